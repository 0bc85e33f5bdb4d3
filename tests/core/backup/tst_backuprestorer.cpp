// BackupRestorer: a restore replaces the database and the data key together and keeps what it replaced;
// every bad archive (wrong passphrase, cut off, a newer schema, no key, a flipped byte) is one clear
// sentence and leaves the files in place byte for byte; a database in use is refused.

#include "BackupTestKit.h"
#include "ResultAssertions.h"
#include "backup/BackupRestorer.h"
#include "backup/BackupWriter.h"
#include "backup/DurableFile.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using namespace tfk::test;

namespace {

constexpr QByteArrayView kOldDatabase = "old database bytes";
const QByteArray kOldKeyText = QByteArray(32, 'o').toBase64() + '\n';

} // namespace

class TestBackupRestorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { oath_done(); }
    void init();
    void restoresBothAndKeepsTheReplacedFiles();
    void aSecondRestoreKeepsTheFirstsFilesToo();
    void badArchivesChangeNothing_data();
    void badArchivesChangeNothing();
    void aDatabaseInUseIsRefused();
    void keyImportRefusesAKeyOfAnotherDatabase();
    void environmentKeyIsWarnedAbout();

private:
    // The targets: a database and a key that are not the backup's.
    RestoreTargets targets() const
    {
        RestoreTargets t;
        t.database.path = m_targets->filePath(u"kiosk.db"_s);
        t.dataKeyPath = m_targets->filePath(u"data.key"_s);
        return t;
    }
    void writeOldFiles()
    {
        QFile db(targets().database.path);
        QVERIFY(db.open(QIODevice::WriteOnly));
        db.write(kOldDatabase.toByteArray());
        db.close();
        QFile key(targets().dataKeyPath);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(kOldKeyText);
    }
    void verifyUntouched()
    {
        QCOMPARE(fileBytes(targets().database.path), kOldDatabase.toByteArray());
        QCOMPARE(fileBytes(targets().dataKeyPath), kOldKeyText);
        QStringList names = QDir(m_targets->path()).entryList(QDir::Files | QDir::Hidden);
        names.sort();
        QCOMPARE(names, (QStringList {u"data.key"_s, u"kiosk.db"_s}));
    }
    QString archive(const QString& name) const { return m_archives.filePath(name); }

    std::unique_ptr<ServiceFixture> m_fixture;
    QTemporaryDir m_archives;
    std::unique_ptr<QTemporaryDir> m_targets;
};

void TestBackupRestorer::initTestCase()
{
    QCOMPARE(oath_init(), int(OATH_OK));
    m_fixture = std::make_unique<ServiceFixture>();
    TFK_REQUIRE_FIXTURE(*m_fixture);
    for (int i = 0; i < 2; ++i) {
        const QString enrolled = enrollUser(*m_fixture, i);
        QVERIFY2(enrolled.isEmpty(), qPrintable(enrolled));
    }
    const DataKey key = DataKey::fromBytes(ServiceFixture::dataKeyBytes());
    TFK_VERIFY_OK(BackupWriter::writeBackup(m_fixture->database->config(), key, kBackupPassphrase,
                                            archive(u"good.tfkbackup"_s), m_fixture->clock,
                                            PasswordHashingLimits::fastForTests()));

    // A hand-made archive without the key.
    // Database bytes as a backup holds them: a consistent copy (the live file alone lacks its WAL).
    const auto copyOfLive = [this](const QString& name) {
        const QString path = m_archives.filePath(name);
        const auto taken = DatabaseSnapshot::take(m_fixture->database->config(), path);
        return taken ? fileBytes(path) : QByteArray();
    };
    BackupPayload noKey;
    noKey.database = copyOfLive(u"nokey.db"_s);
    QVERIFY(!noKey.database.isEmpty());
    auto sealed = BackupArchive::seal(noKey, kBackupPassphrase, PasswordHashingLimits::fastForTests());
    TFK_VERIFY_OK(sealed);
    QFile file(archive(u"nokey.tfkbackup"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*sealed);
    file.close();

    // A database from a newer program: schema version 99.
    TFK_VERIFY_OK(Schema::setMetaValue(*m_fixture->database, u"schema_version"_s, u"99"_s));
    TFK_VERIFY_OK(BackupWriter::writeDataKey(key, kBackupPassphrase, archive(u"keyonly.tfkbackup"_s), m_fixture->clock,
                                             PasswordHashingLimits::fastForTests()));
    BackupPayload newer;
    newer.database = copyOfLive(u"newer.db"_s);
    QVERIFY(!newer.database.isEmpty());
    newer.dataKey = ServiceFixture::dataKeyBytes();
    newer.schemaVersion = 99;
    auto newerSealed = BackupArchive::seal(newer, kBackupPassphrase, PasswordHashingLimits::fastForTests());
    TFK_VERIFY_OK(newerSealed);
    QFile newerFile(archive(u"newer.tfkbackup"_s));
    QVERIFY(newerFile.open(QIODevice::WriteOnly));
    newerFile.write(*newerSealed);
    newerFile.close();
    TFK_VERIFY_OK(
        Schema::setMetaValue(*m_fixture->database, u"schema_version"_s, QString::number(Schema::kCurrentVersion)));

    QByteArray good = fileBytes(archive(u"good.tfkbackup"_s));
    QFile truncated(archive(u"truncated.tfkbackup"_s));
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    truncated.write(good.first(good.size() / 2));
    truncated.close();
    good[good.size() / 2] = char(good.at(good.size() / 2) ^ 0x04);
    QFile flipped(archive(u"flipped.tfkbackup"_s));
    QVERIFY(flipped.open(QIODevice::WriteOnly));
    flipped.write(good);
}

void TestBackupRestorer::init()
{
    m_targets = std::make_unique<QTemporaryDir>();
    QVERIFY(m_targets->isValid());
}

void TestBackupRestorer::restoresBothAndKeepsTheReplacedFiles()
{
    writeOldFiles();
    BackupRestorer restorer(targets(), m_fixture->clock);
    TFK_VERIFY_OK(restorer.load(archive(u"good.tfkbackup"_s)));
    TFK_VERIFY_OK(restorer.unlock(kBackupPassphrase));
    QCOMPARE(restorer.check().sealedSecrets, 2);
    const QStringList plan = restorer.plan();
    QCOMPARE(plan.size(), 2);
    QVERIFY2(plan.first().contains(u"kiosk.db.before-restore"_s), qPrintable(plan.first()));
    // Unlocking staged the database beside the target and nothing else changed yet.
    QCOMPARE(fileBytes(targets().database.path), kOldDatabase.toByteArray());

    auto report = restorer.commit();
    TFK_VERIFY_OK(report);
    QCOMPARE(report->keptFiles,
             (QStringList {QDir::toNativeSeparators(targets().database.path + u".before-restore"_s),
                           QDir::toNativeSeparators(targets().dataKeyPath + u".before-restore"_s)}));
    QCOMPARE(fileBytes(targets().database.path + u".before-restore"_s), kOldDatabase.toByteArray());
    QCOMPARE(fileBytes(targets().dataKeyPath + u".before-restore"_s), kOldKeyText);
    QCOMPARE(fileBytes(targets().dataKeyPath), ServiceFixture::dataKeyBytes().toBase64() + '\n');
    QCOMPARE(QFile::permissions(targets().dataKeyPath) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             DurableFile::kOwnerOnly);
    // No temporary file is left behind.
    QCOMPARE(QDir(m_targets->path()).entryList(QDir::Files | QDir::Hidden).size(), 4);

    QString why;
    QCOMPARE(signInEveryone(targets().database.path, targets().dataKeyPath,
                            m_fixture->clock.currentSecsSinceEpoch() + 600, &why),
             2);
}

void TestBackupRestorer::aSecondRestoreKeepsTheFirstsFilesToo()
{
    writeOldFiles();
    for (int round = 0; round < 2; ++round) {
        BackupRestorer restorer(targets(), m_fixture->clock);
        TFK_VERIFY_OK(restorer.load(archive(u"good.tfkbackup"_s)));
        TFK_VERIFY_OK(restorer.unlock(kBackupPassphrase));
        TFK_VERIFY_OK(restorer.commit());
    }
    QCOMPARE(fileBytes(targets().database.path + u".before-restore"_s), kOldDatabase.toByteArray());
    const QStringList stamped
        = QDir(m_targets->path()).entryList({u"kiosk.db.before-restore-*"_s}, QDir::Files | QDir::Hidden);
    QCOMPARE(stamped.size(), 1);
}

void TestBackupRestorer::badArchivesChangeNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("wrong passphrase") << u"good.tfkbackup"_s << u"wrong horse battery staple"_s
                                      << u"[BackupWrongPassphrase]"_s << u"The passphrase does not open"_s;
    QTest::newRow("truncated") << u"truncated.tfkbackup"_s << kBackupPassphrase << u"[BackupTruncated]"_s
                               << u"is incomplete"_s;
    QTest::newRow("flipped byte") << u"flipped.tfkbackup"_s << kBackupPassphrase << u"[BackupDamaged]"_s
                                  << u"is damaged"_s;
    QTest::newRow("newer schema") << u"newer.tfkbackup"_s << kBackupPassphrase << u"[DatabaseTooNew]"_s
                                  << u"schema version 99, newer than this program's"_s;
    QTest::newRow("no key") << u"nokey.tfkbackup"_s << kBackupPassphrase << u"[BackupNoKey]"_s
                            << u"holds no data key"_s;
    QTest::newRow("key only") << u"keyonly.tfkbackup"_s << kBackupPassphrase << u"[BackupNoDatabase]"_s
                              << u"data-key import"_s;
}

void TestBackupRestorer::badArchivesChangeNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, passphrase);
    QFETCH(QString, code);
    QFETCH(QString, sentence);
    writeOldFiles();
    {
        BackupRestorer restorer(targets(), m_fixture->clock);
        Result<void> outcome = restorer.load(archive(file)).transform([](const BackupHeader&) { });
        if (outcome) {
            outcome = restorer.unlock(passphrase);
        }
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, code);
        QVERIFY2(outcome.error().message.contains(sentence), qPrintable(outcome.error().message));
        QVERIFY2(outcome.error().message.contains(u"nothing was restored"_s, Qt::CaseInsensitive),
                 qPrintable(outcome.error().message));
        TFK_VERIFY_ERROR(restorer.commit(), "[BackupNotUnlocked]");
    }
    verifyUntouched();
}

void TestBackupRestorer::aDatabaseInUseIsRefused()
{
    // The live fixture database: its service's connections are open.
    RestoreTargets live = targets();
    TFK_VERIFY_OK(DatabaseSnapshot::take(m_fixture->database->config(), live.database.path));
    {
        DatabaseConfig config;
        config.path = live.database.path;
        config.connectionPrefix = u"holder"_s;
        Database holder(config);
        TFK_VERIFY_OK(holder.exec(u"SELECT count(*) FROM users"_s));
        auto inUse = DatabaseSnapshot::inUse(live.database.path);
        TFK_VERIFY_OK(inUse);
        QVERIFY(*inUse);
        const QByteArray before = fileBytes(live.database.path);
        BackupRestorer restorer(live, m_fixture->clock);
        TFK_VERIFY_OK(restorer.load(archive(u"good.tfkbackup"_s)));
        TFK_VERIFY_OK(restorer.unlock(kBackupPassphrase));
        auto refused = restorer.commit();
        TFK_VERIFY_ERROR(refused, "[DatabaseInUse]");
        QVERIFY(refused.error().message.contains(u"Stop it first"_s));
        QCOMPARE(fileBytes(live.database.path), before);
        QVERIFY(!QFileInfo::exists(live.dataKeyPath));
    }
    auto inUse = DatabaseSnapshot::inUse(live.database.path);
    TFK_VERIFY_OK(inUse);
    QVERIFY(!*inUse);
}

void TestBackupRestorer::keyImportRefusesAKeyOfAnotherDatabase()
{
    RestoreTargets t = targets();
    // A database set up with another key.
    {
        DatabaseConfig config;
        config.path = t.database.path;
        config.connectionPrefix = u"other"_s;
        Database other(config);
        TFK_VERIFY_OK(TwoFactorService::prepareStorage(other, SecretCipher(DataKey::fromBytes(QByteArray(32, 'z')))));
    }
    QFile key(t.dataKeyPath);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(kOldKeyText);
    key.close();
    BackupRestorer restorer(t, m_fixture->clock);
    TFK_VERIFY_OK(restorer.load(archive(u"keyonly.tfkbackup"_s)));
    TFK_VERIFY_OK(restorer.unlock(kBackupPassphrase, true));
    auto refused = restorer.commitKey();
    TFK_VERIFY_ERROR(refused, "[DataKeyMismatch]");
    QVERIFY(refused.error().message.contains(u"belongs to another database"_s));
    QCOMPARE(fileBytes(t.dataKeyPath), kOldKeyText);

    // Without a database it goes in, and the old key is kept.
    QFile::remove(t.database.path);
    auto imported = restorer.commitKey();
    TFK_VERIFY_OK(imported);
    QCOMPARE(fileBytes(t.dataKeyPath), ServiceFixture::dataKeyBytes().toBase64() + '\n');
    QCOMPARE(fileBytes(t.dataKeyPath + u".before-restore"_s), kOldKeyText);
}

void TestBackupRestorer::environmentKeyIsWarnedAbout()
{
    RestoreTargets t = targets();
    t.environment.insert(u"TFK_DATA_KEY"_s, QString::fromLatin1(QByteArray(32, 'e').toBase64()));
    BackupRestorer restorer(t, m_fixture->clock);
    TFK_VERIFY_OK(restorer.load(archive(u"good.tfkbackup"_s)));
    TFK_VERIFY_OK(restorer.unlock(kBackupPassphrase));
    auto report = restorer.commit();
    TFK_VERIFY_OK(report);
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY(report->warnings.first().contains(u"TFK_DATA_KEY"_s));
}

QTEST_GUILESS_MAIN(TestBackupRestorer)
#include "tst_backuprestorer.moc"
