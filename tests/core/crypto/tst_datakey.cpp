#include "crypto/DataKey.h"

#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tfk::DataKey;

namespace {

constexpr QFileDevice::Permissions kPermissionBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// Bytes 0x00..0x1f and 0x20..0x3f, with their base64 written out by hand.
const QByteArray kKeyA = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
constexpr auto kKeyABase64 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const QByteArray kKeyB = QByteArray::fromHex("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f");
constexpr auto kKeyBBase64 = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

QProcessEnvironment environmentWithKey(const QString& value)
{
    QProcessEnvironment environment;
    environment.insert(u"TFK_DATA_KEY"_s, value);
    return environment;
}

bool writeFile(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.setPermissions(permissions);
}

} // namespace

class TestDataKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void environmentWinsOverFile();
    void environmentAloneNeedsNoFile();
    void malformedEnvironmentIsRejectedWithoutItsValue_data();
    void malformedEnvironmentIsRejectedWithoutItsValue();
    void missingFileIsCreatedOwnerOnly();
    void secondLoadReadsTheSameKey();
    void parentDirectoriesAreCreatedOwnerOnly();
    void missingFileWithoutCreateNamesThePathAndTheWayOut();
    void handWrittenFileIsRead_data();
    void handWrittenFileIsRead();
    void malformedFileIsRejected_data();
    void malformedFileIsRejected();
    void fileReadableByOthersLoadsWithAWarning();
    void fromBytesKeepsTheBytes();

private:
    tfk::test::QcaTestEnvironment m_qca;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_keyPath;
};

void TestDataKey::initTestCase()
{
    TFK_REQUIRE_QCA(m_qca);
}

void TestDataKey::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keyPath = m_dir->filePath(u"data.key"_s);
}

void TestDataKey::environmentWinsOverFile()
{
    QVERIFY(writeFile(m_keyPath, QByteArray(kKeyABase64) + '\n', QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const auto key = DataKey::load(m_keyPath, true, environmentWithKey(QString::fromLatin1(kKeyBBase64)));
    TFK_VERIFY_OK(key);
    QCOMPARE(key->bytes(), kKeyB);
    QCOMPARE(key->source(), u"the environment variable TFK_DATA_KEY"_s);
    QVERIFY(key->warning().isEmpty());
}

void TestDataKey::environmentAloneNeedsNoFile()
{
    const auto key = DataKey::load(m_keyPath, true, environmentWithKey(QString::fromLatin1(kKeyABase64)));
    TFK_VERIFY_OK(key);
    QCOMPARE(key->bytes(), kKeyA);
    QVERIFY2(!QFileInfo::exists(m_keyPath), "a key from the environment must not create a key file");
}

void TestDataKey::malformedEnvironmentIsRejectedWithoutItsValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("not base64") << u"this is not a key!"_s;
    // 16 and 33 bytes, valid base64 of the wrong length.
    QTest::newRow("16 bytes") << u"AAECAwQFBgcICQoLDA0ODw=="_s;
    QTest::newRow("33 bytes") << u"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g"_s;
    QTest::newRow("unpadded") << u"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"_s;
    QTest::newRow("empty") << QString();
}

void TestDataKey::malformedEnvironmentIsRejectedWithoutItsValue()
{
    QFETCH(QString, value);
    // A good key file is there: a bad variable is reported, not silently replaced by the file.
    QVERIFY(writeFile(m_keyPath, QByteArray(kKeyABase64) + '\n', QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const auto key = DataKey::load(m_keyPath, true, environmentWithKey(value));
    TFK_VERIFY_ERROR(key, "[DataKeyInvalid]");
    QCOMPARE(key.error().httpStatus, 500);
    QVERIFY2(key.error().message.contains(u"TFK_DATA_KEY"_s), qPrintable(key.error().message));
    if (!value.isEmpty()) {
        QVERIFY2(!key.error().message.contains(value), qPrintable(key.error().message));
    }
}

void TestDataKey::missingFileIsCreatedOwnerOnly()
{
    const auto key = DataKey::load(m_keyPath, true, QProcessEnvironment());
    TFK_VERIFY_OK(key);
    QCOMPARE(key->bytes().size(), 32);
    QVERIFY(key->source().contains(QDir::toNativeSeparators(m_keyPath)));
    QVERIFY2(!key->warning().isEmpty(), "a new key must be announced so it gets backed up");
    QVERIFY2(key->created(), "the first-run reminder to export the key starts from this");

    QFile file(m_keyPath);
    QCOMPARE(file.permissions() & kPermissionBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QCOMPARE(content.size(), 45); // 44 base64 characters and a newline
    QVERIFY(content.endsWith('\n'));
    QCOMPARE(QByteArray::fromBase64(content.trimmed()), key->bytes());
    QVERIFY2(!QFileInfo::exists(m_keyPath + u".lock"_s), "the creation lock must be released");
}

void TestDataKey::secondLoadReadsTheSameKey()
{
    const auto first = DataKey::load(m_keyPath, true, QProcessEnvironment());
    TFK_VERIFY_OK(first);
    const auto second = DataKey::load(m_keyPath, false, QProcessEnvironment());
    TFK_VERIFY_OK(second);
    QCOMPARE(second->bytes(), first->bytes());
    QVERIFY(second->warning().isEmpty());
    QVERIFY(first->created());
    QVERIFY(!second->created());
    // And two created keys are not the same key.
    const auto other = DataKey::load(m_dir->filePath(u"other.key"_s), true, QProcessEnvironment());
    TFK_VERIFY_OK(other);
    QVERIFY(other->bytes() != first->bytes());
}

void TestDataKey::parentDirectoriesAreCreatedOwnerOnly()
{
    const QString path = m_dir->filePath(u"state/keys/data.key"_s);
    const auto key = DataKey::load(path, true, QProcessEnvironment());
    TFK_VERIFY_OK(key);
    QVERIFY(QFileInfo::exists(path));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QCOMPARE(QFileInfo(m_dir->filePath(u"state"_s)).permissions() & kPermissionBits, ownerOnly);
    QCOMPARE(QFileInfo(m_dir->filePath(u"state/keys"_s)).permissions() & kPermissionBits, ownerOnly);
    QCOMPARE(QFile(path).permissions() & kPermissionBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestDataKey::missingFileWithoutCreateNamesThePathAndTheWayOut()
{
    const auto key = DataKey::load(m_keyPath, false, QProcessEnvironment());
    TFK_VERIFY_ERROR(key, "[DataKeyMissing]");
    QCOMPARE(key.error().httpStatus, 500);
    QVERIFY2(key.error().message.contains(QDir::toNativeSeparators(m_keyPath)), qPrintable(key.error().message));
    QVERIFY2(key.error().message.contains(u"TFK_DATA_KEY"_s), qPrintable(key.error().message));
    QVERIFY2(key.error().message.contains(u"backup"_s), qPrintable(key.error().message));
    QVERIFY2(!QFileInfo::exists(m_keyPath), "no key file may be created without createIfMissing");
}

void TestDataKey::handWrittenFileIsRead_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("no newline") << QByteArray(kKeyABase64);
    QTest::newRow("newline") << QByteArray(kKeyABase64) + '\n';
    QTest::newRow("crlf") << QByteArray(kKeyABase64) + "\r\n";
}

void TestDataKey::handWrittenFileIsRead()
{
    QFETCH(QByteArray, content);
    QVERIFY(writeFile(m_keyPath, content, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const auto key = DataKey::load(m_keyPath, false, QProcessEnvironment());
    TFK_VERIFY_OK(key);
    QCOMPARE(key->bytes(), kKeyA);
    QCOMPARE(key->source(), u"the file "_s + QDir::toNativeSeparators(m_keyPath));
    QVERIFY(key->warning().isEmpty());
}

void TestDataKey::malformedFileIsRejected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << "hello, this is not a key\n"_ba;
    QTest::newRow("31 bytes") << "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==\n"_ba;
    QTest::newRow("raw 32 bytes") << kKeyA;
    QTest::newRow("two newlines") << QByteArray(kKeyABase64) + "\n\n";
    QTest::newRow("leading space") << " "_ba + kKeyABase64;
    QTest::newRow("two keys") << QByteArray(kKeyABase64) + '\n' + kKeyBBase64 + '\n';
}

void TestDataKey::malformedFileIsRejected()
{
    QFETCH(QByteArray, content);
    QVERIFY(writeFile(m_keyPath, content, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const auto key = DataKey::load(m_keyPath, true, QProcessEnvironment());
    TFK_VERIFY_ERROR(key, "[DataKeyInvalid]");
    QCOMPARE(key.error().httpStatus, 500);
    QVERIFY2(key.error().message.contains(QDir::toNativeSeparators(m_keyPath)), qPrintable(key.error().message));
    // createIfMissing never replaces a file that is there, however broken.
    QFile file(m_keyPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestDataKey::fileReadableByOthersLoadsWithAWarning()
{
    QVERIFY(
        writeFile(m_keyPath, QByteArray(kKeyABase64) + '\n',
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto key = DataKey::load(m_keyPath, false, QProcessEnvironment());
    TFK_VERIFY_OK(key);
    QCOMPARE(key->bytes(), kKeyA);
    QVERIFY2(key->warning().contains(u"chmod 600"_s), qPrintable(key->warning()));
    QVERIFY(key->warning().contains(QDir::toNativeSeparators(m_keyPath)));
    // Told, not fixed.
    QVERIFY(QFile(m_keyPath).permissions() & QFileDevice::ReadOther);
}

void TestDataKey::fromBytesKeepsTheBytes()
{
    QCOMPARE(DataKey::fromBytes(kKeyB).bytes(), kKeyB);
}

QTEST_GUILESS_MAIN(TestDataKey)
#include "tst_datakey.moc"
