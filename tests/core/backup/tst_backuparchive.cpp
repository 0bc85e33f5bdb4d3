// BackupArchive: the format round-trips, and every kind of bad archive gets its own sentence: not an
// archive, a newer format, cut off, a flipped byte anywhere, a wrong passphrase, a forged checksum.

#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "backup/BackupArchive.h"

#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

const QString kPassphrase = u"correct horse battery staple"_s;
const QString kName = u"kiosk.tfkbackup"_s;

BackupPayload samplePayload()
{
    BackupPayload payload;
    payload.database = QByteArray(5000, 'd') + "SQLite format 3";
    payload.dataKey = QByteArray(32, 'k');
    payload.schemaVersion = 4;
    payload.createdAtMs = 1700000000123;
    payload.programVersion = u"0.1.0"_s;
    payload.source = u"/srv/kiosk/kiosk.db"_s;
    return payload;
}

// The archive with its trailing checksum recomputed, as someone altering it on purpose would.
QByteArray withFreshChecksum(QByteArray archive)
{
    archive.chop(BackupArchive::kChecksumSize);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(archive.constData()), quint64(archive.size()));
    return archive + QByteArray(reinterpret_cast<const char*>(digest), sizeof digest);
}

} // namespace

class TestBackupArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TFK_REQUIRE_QCA(m_qca);
        QVERIFY(sodium_init() >= 0);
        auto sealed = BackupArchive::seal(samplePayload(), kPassphrase, PasswordHashingLimits::fastForTests());
        TFK_VERIFY_OK(sealed);
        m_archive = *sealed;
    }
    void roundTrip();
    void headerIsAsDocumented();
    void defaultLimitsAreModerate();
    void wrongPassphrase();
    void notAnArchive();
    void newerFormat();
    void truncated_data();
    void truncated();
    void flippedByte_data();
    void flippedByte();
    void forgedChecksumIsStillCaught_data();
    void forgedChecksumIsStillCaught();
    void hostileKdfCostsAreRefused();
    void shortPassphrasesAreRefused();

private:
    tfk::test::QcaTestEnvironment m_qca;
    QByteArray m_archive;
};

void TestBackupArchive::roundTrip()
{
    auto opened = BackupArchive::open(m_archive, kPassphrase, kName);
    TFK_VERIFY_OK(opened);
    const BackupPayload expected = samplePayload();
    QCOMPARE(opened->contents, BackupContents::DatabaseAndKey);
    QCOMPARE(opened->database, expected.database);
    QCOMPARE(opened->dataKey, expected.dataKey);
    QCOMPARE(opened->schemaVersion, 4);
    QCOMPARE(opened->createdAtMs, expected.createdAtMs);
    QCOMPARE(opened->source, expected.source);
    // Two archives of the same data differ: a fresh salt and nonce each time.
    auto again = BackupArchive::seal(samplePayload(), kPassphrase, PasswordHashingLimits::fastForTests());
    TFK_VERIFY_OK(again);
    QVERIFY(again->mid(20, 28) != m_archive.mid(20, 28));
    // Nothing of the key or the database is readable in the file.
    QVERIFY(!m_archive.contains(QByteArray(32, 'k')));
    QVERIFY(!m_archive.contains("SQLite format 3"));
}

void TestBackupArchive::headerIsAsDocumented()
{
    auto header = BackupArchive::inspect(m_archive, kName);
    TFK_VERIFY_OK(header);
    QCOMPARE(m_archive.first(8), QByteArray("\x89TFKBAK\n"));
    QCOMPARE(header->formatVersion, quint16(1));
    QCOMPARE(header->contents, BackupContents::DatabaseAndKey);
    QCOMPARE(header->limits.opsLimit, PasswordHashingLimits::fastForTests().opsLimit);
    QCOMPARE(header->salt.size(), 16);
    QCOMPARE(header->nonce.size(), 12);
    QCOMPARE(qint64(m_archive.size()), qint64(72 + header->ciphertextSize + 16 + 32));
}

void TestBackupArchive::defaultLimitsAreModerate()
{
    QCOMPARE(BackupArchive::defaultLimits(), PasswordHashingLimits::moderate());
}

void TestBackupArchive::wrongPassphrase()
{
    auto opened = BackupArchive::open(m_archive, u"correct horse battery stapler"_s, kName);
    TFK_VERIFY_ERROR(opened, "[BackupWrongPassphrase]");
    QCOMPARE(opened.error().message,
             u"The passphrase does not open the backup archive kiosk.tfkbackup. Nothing was restored; check the "
             "passphrase (it is case-sensitive) and try again."_s);
}

void TestBackupArchive::notAnArchive()
{
    auto opened = BackupArchive::open("SQLite format 3\0 and so on"_ba, kPassphrase, kName);
    TFK_VERIFY_ERROR(opened, "[BackupNotAnArchive]");
    QCOMPARE(opened.error().message, u"kiosk.tfkbackup is not a TwoFactorKiosk backup archive."_s);
    TFK_VERIFY_ERROR(BackupArchive::inspect({}, kName), "[BackupNotAnArchive]");
}

void TestBackupArchive::newerFormat()
{
    QByteArray newer = m_archive;
    newer[9] = 2;
    auto opened = BackupArchive::open(withFreshChecksum(newer), kPassphrase, kName);
    TFK_VERIFY_ERROR(opened, "[BackupTooNew]");
    QVERIFY(opened.error().message.contains(u"format 2"_s));
}

void TestBackupArchive::truncated_data()
{
    QTest::addColumn<int>("keep");
    QTest::newRow("inside the header") << 40;
    QTest::newRow("after the header") << 72;
    QTest::newRow("inside the ciphertext") << 1000;
    QTest::newRow("without the checksum") << int(m_archive.size() - 32);
    QTest::newRow("one byte short") << int(m_archive.size() - 1);
}

void TestBackupArchive::truncated()
{
    QFETCH(int, keep);
    auto opened = BackupArchive::open(m_archive.first(keep), kPassphrase, kName);
    TFK_VERIFY_ERROR(opened, "[BackupTruncated]");
    QVERIFY2(opened.error().message.contains(u"is incomplete"_s), qPrintable(opened.error().message));
}

void TestBackupArchive::flippedByte_data()
{
    QTest::addColumn<int>("at");
    for (int at : {9, 12, 20, 40, 50, 64, 72, 100, 3000, int(m_archive.size()) - 40, int(m_archive.size()) - 1}) {
        QTest::addRow("byte %d", at) << at;
    }
}

void TestBackupArchive::flippedByte()
{
    QFETCH(int, at);
    QByteArray damaged = m_archive;
    damaged[at] = char(damaged.at(at) ^ 0x10);
    auto opened = BackupArchive::open(damaged, kPassphrase, kName);
    QVERIFY(!opened);
    // A flip in the version or the length reads as another format or a cut; everywhere else the checksum says it.
    const QStringList expected = at == 9 ? QStringList {u"[BackupTooNew]"_s}
        : at >= 64 && at < 72            ? QStringList {u"[BackupTruncated]"_s, u"[BackupDamaged]"_s}
                                         : QStringList {u"[BackupDamaged]"_s};
    QVERIFY2(expected.contains(opened.error().code), qPrintable(opened.error().code));
}

void TestBackupArchive::forgedChecksumIsStillCaught_data()
{
    QTest::addColumn<int>("at");
    QTest::addColumn<QString>("code");
    QTest::newRow("memlimit") << 19 << u"[BackupWrongPassphrase]"_s;
    QTest::newRow("salt") << 25 << u"[BackupWrongPassphrase]"_s;
    QTest::newRow("passphrase check") << 50 << u"[BackupWrongPassphrase]"_s;
    QTest::newRow("nonce") << 40 << u"[BackupTampered]"_s;
    QTest::newRow("ciphertext") << 2000 << u"[BackupTampered]"_s;
    QTest::newRow("tag") << int(m_archive.size() - 40) << u"[BackupTampered]"_s;
}

void TestBackupArchive::forgedChecksumIsStillCaught()
{
    QFETCH(int, at);
    QFETCH(QString, code);
    QByteArray forged = m_archive;
    forged[at] = char(forged.at(at) ^ 0x01);
    auto opened = BackupArchive::open(withFreshChecksum(forged), kPassphrase, kName);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, code);
}

void TestBackupArchive::hostileKdfCostsAreRefused()
{
    QByteArray hostile = m_archive;
    // memlimit 0xFFFFFFFF KiB: about 4 TiB.
    hostile.replace(16, 4, "\xff\xff\xff\xff"_ba);
    auto opened = BackupArchive::open(withFreshChecksum(hostile), kPassphrase, kName);
    TFK_VERIFY_ERROR(opened, "[BackupDamaged]");
    QVERIFY(opened.error().message.contains(u"key-derivation costs"_s));
}

void TestBackupArchive::shortPassphrasesAreRefused()
{
    TFK_VERIFY_ERROR(BackupArchive::validatePassphrase(u"123456789"_s), "[BackupPassphraseTooShort]");
    TFK_VERIFY_OK(BackupArchive::validatePassphrase(u"1234567890"_s));
}

QTEST_GUILESS_MAIN(TestBackupArchive)
#include "tst_backuparchive.moc"
