// The fallback secret file: owner-only from the first byte, round trip of any text, removal, and a
// sentence when it cannot be written. (The build has no QtKeychain, so the file is what runs.)

#include "ResultAssertions.h"
#include "settings/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tfk::SecretStore;

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileIsOwnerOnly();
    void roundTrip();
    void emptyValueRemoves();
    void unwritablePathIsReported();
    void warningNamesTheFile();
    void pathBesideTheSettings();

private:
    QTemporaryDir m_dir;
};

void TestSecretStore::fileIsOwnerOnly()
{
    const QString path = m_dir.filePath(u"owner/secrets.ini"_s);
    SecretStore store(path);
    TFK_VERIFY_OK(store.setSecret(u"twilio/authToken"_s, u"token-0001"_s));
    QCOMPARE(QFile(path).permissions(),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    // Rewriting a file someone loosened makes it owner-only again.
    QVERIFY(QFile::setPermissions(path, QFile(path).permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    TFK_VERIFY_OK(store.setSecret(u"twilio/authToken"_s, u"token-0002"_s));
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

void TestSecretStore::roundTrip()
{
    const QString path = m_dir.filePath(u"round/secrets.ini"_s);
    {
        SecretStore store(path);
        QCOMPARE(store.path(), path);
        QCOMPARE(store.secret(u"twilio/authToken"_s), QString());
        TFK_VERIFY_OK(store.setSecret(u"twilio/authToken"_s, u"a=b c\n#d%e+é"_s));
        TFK_VERIFY_OK(store.setSecret(u"twilio/apiKeySecret"_s, u"second"_s));
    }
    SecretStore reread(path);
    QCOMPARE(reread.secret(u"twilio/authToken"_s), u"a=b c\n#d%e+é"_s);
    QCOMPARE(reread.secret(u"twilio/apiKeySecret"_s), u"second"_s);
    QCOMPARE(reread.secret(u"other"_s), QString());
    // Encoded on disk: one line per secret whatever it contains.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("twilio/authToken=a%3Db%20c%0A%23d%25e%2B%C3%A9\n"), text.constData());
}

void TestSecretStore::emptyValueRemoves()
{
    const QString path = m_dir.filePath(u"remove/secrets.ini"_s);
    SecretStore store(path);
    TFK_VERIFY_OK(store.setSecret(u"one"_s, u"1"_s));
    TFK_VERIFY_OK(store.setSecret(u"two"_s, u"2"_s));
    TFK_VERIFY_OK(store.setSecret(u"one"_s, QString()));
    QCOMPARE(store.secret(u"one"_s), QString());
    QCOMPARE(store.secret(u"two"_s), u"2"_s);
    // The last one gone, the file goes too.
    TFK_VERIFY_OK(store.setSecret(u"two"_s, QString()));
    QVERIFY(!QFile::exists(path));
    TFK_VERIFY_OK(store.setSecret(u"never-set"_s, QString()));
}

void TestSecretStore::unwritablePathIsReported()
{
    // A file stands where the folder should be (a chmod would not stop root, which CI may be).
    const QString blocker = m_dir.filePath(u"blocker"_s);
    QFile block(blocker);
    QVERIFY(block.open(QIODevice::WriteOnly));
    block.close();
    SecretStore store(blocker + u"/secrets.ini"_s);
    const auto saved = store.setSecret(u"twilio/authToken"_s, u"s3cr3t-value"_s);
    TFK_VERIFY_ERROR(saved, "[SecretNotSaved]");
    QVERIFY2(saved.error().message.contains(QDir::toNativeSeparators(blocker)), qPrintable(saved.error().message));
    QVERIFY(!saved.error().message.contains(u"s3cr3t"_s)); // never echoes the secret
    QCOMPARE(store.secret(u"twilio/authToken"_s), QString());
}

void TestSecretStore::warningNamesTheFile()
{
    const QString path = m_dir.filePath(u"warn/secrets.ini"_s);
    SecretStore store(path);
    QVERIFY(!store.usesKeychain());
    QCOMPARE(store.storageWarning(),
             u"The auth token is kept in %1, readable only by you; no system keychain is available."_s.arg(path));
    TFK_VERIFY_OK(store.setSecret(u"x"_s, u"y"_s));
    QVERIFY(QFile::setPermissions(path, QFile(path).permissions() | QFileDevice::ReadOther));
    QCOMPARE(store.storageWarning(),
             u"The auth token is kept in %1, which other users can read: restrict it with \"chmod 600 %1\"; "
             "no system keychain is available."_s.arg(path));
}

void TestSecretStore::pathBesideTheSettings()
{
    QCOMPARE(SecretStore::pathBeside(u"/etc/kiosk/twofactor-kiosk.conf"_s), u"/etc/kiosk/secrets.ini"_s);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
