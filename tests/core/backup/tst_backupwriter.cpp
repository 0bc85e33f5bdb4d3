// BackupWriter: backups of a kiosk in full use. While the service enrolls users and signs them in on
// its worker threads, 20 backups are taken; each is restored into a fresh folder, where it must pass
// SQLite's integrity check and sign in every enrolled user it holds with codes liboath computes from the
// restored secrets. Also: PostgreSQL gets the key and the pg_dump advice, and nothing is written on failure.

#include "BackupTestKit.h"
#include "ResultAssertions.h"
#include "backup/BackupRestorer.h"
#include "backup/BackupWriter.h"
#include "backup/DurableFile.h"

#include <QDir>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace tfk;
using namespace tfk::test;

class TestBackupWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(oath_init(), int(OATH_OK)); }
    void cleanupTestCase() { oath_done(); }
    void twentyBackupsUnderLoadEachRestoresAndSignsEveryoneIn();
    void postgresGetsTheKeyAndThePgDumpAdvice();
    void aShortPassphraseOrAMissingDatabaseWritesNothing();
    void aWrongKeyIsCaughtBeforeAnythingIsWritten();
    void aFolderThatCannotBeMadeIsNamed();
    void durableFileSaysWhatItCouldNotWrite();
};

void TestBackupWriter::twentyBackupsUnderLoadEachRestoresAndSignsEveryoneIn()
{
    ServiceFixture::Options options;
    options.rules.maxSendsPerHour = 100000;
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    // A few users before the first backup, so even it has someone to sign in.
    for (int i = 0; i < 3; ++i) {
        const QString enrolled = enrollUser(f, i);
        QVERIFY2(enrolled.isEmpty(), qPrintable(enrolled));
    }

    QTemporaryDir archives;
    QVERIFY(archives.isValid());
    DatabaseConfig live = f.database->config();
    const DataKey key = DataKey::fromBytes(ServiceFixture::dataKeyBytes());
    constexpr int kBackups = 20;
    // The backups run on a thread of their own, as the scheduler's do; the service keeps serving meanwhile.
    QFuture<QList<Result<BackupReport>>> backups = QtConcurrent::run([&] {
        QList<Result<BackupReport>> reports;
        for (int i = 0; i < kBackups; ++i) {
            reports.append(BackupWriter::writeBackup(live, key, kBackupPassphrase,
                                                     archives.filePath(u"b%1.tfkbackup"_s.arg(i)), f.clock,
                                                     PasswordHashingLimits::fastForTests()));
        }
        return reports;
    });
    int enrolledUsers = 3;
    int signIns = 0;
    while (!backups.isFinished()) {
        if (enrolledUsers < 100) {
            const QString enrolled = enrollUser(f, enrolledUsers);
            QVERIFY2(enrolled.isEmpty(), qPrintable(enrolled));
            ++enrolledUsers;
        }
        const QString signedIn = signIn(f, signIns % enrolledUsers);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        ++signIns;
        // Every step of every user is single-use: move on so sign-ins never run out of steps.
        f.clock.advanceSecs(30);
    }
    const QList<Result<BackupReport>> reports = backups.result();
    qInfo("%d users enrolled and %d sign-ins while %d backups were taken", enrolledUsers, signIns, kBackups);
    QVERIFY(signIns > 0);

    int previousUsers = 0;
    for (int i = 0; i < kBackups; ++i) {
        TFK_VERIFY_OK(reports.at(i));
        const BackupReport& report = *reports.at(i);
        QVERIFY(report.databaseIncluded);
        QCOMPARE(report.check.schemaVersion, Schema::kCurrentVersion);
        QVERIFY(report.check.users >= previousUsers);
        previousUsers = report.check.users;

        QTemporaryDir fresh;
        RestoreTargets targets;
        targets.database.path = fresh.filePath(u"restored/kiosk.db"_s);
        targets.dataKeyPath = fresh.filePath(u"config/data.key"_s);
        BackupRestorer restorer(targets, f.clock);
        TFK_VERIFY_OK(restorer.load(report.file));
        TFK_VERIFY_OK(restorer.unlock(kBackupPassphrase));
        auto restored = restorer.commit();
        TFK_VERIFY_OK(restored);
        QVERIFY(restored->keptFiles.isEmpty());

        {
            DatabaseConfig config;
            config.path = targets.database.path;
            config.connectionPrefix = u"integrity-%1"_s.arg(i);
            Database database(config);
            auto integrity = database.exec(u"PRAGMA integrity_check"_s);
            TFK_VERIFY_OK(integrity);
            QVERIFY(integrity->next());
            QCOMPARE(integrity->value(0).toString(), u"ok"_s);
        }
        QString why;
        const int signedIn
            = signInEveryone(targets.database.path, targets.dataKeyPath, f.clock.currentSecsSinceEpoch() + 3600, &why);
        QVERIFY2(signedIn >= 0, qPrintable(why));
        QCOMPARE(signedIn, report.check.sealedSecrets);
        QVERIFY(signedIn >= 3);
    }
}

void TestBackupWriter::postgresGetsTheKeyAndThePgDumpAdvice()
{
    QcaTestEnvironment qca;
    TFK_REQUIRE_QCA(qca);
    QTemporaryDir dir;
    DatabaseConfig postgres;
    postgres.driver = SqlDriver::Postgres;
    postgres.host = u"db.example.com"_s;
    postgres.userName = u"kiosk"_s;
    postgres.databaseName = u"twofactor"_s;
    ManualClock clock(1700000000000);
    const QString file = dir.filePath(u"pg.tfkbackup"_s);
    auto report = BackupWriter::writeBackup(postgres, DataKey::fromBytes(ServiceFixture::dataKeyBytes()),
                                            kBackupPassphrase, file, clock, PasswordHashingLimits::fastForTests());
    TFK_VERIFY_OK(report);
    QVERIFY(!report->databaseIncluded);
    QVERIFY2(report->note.contains(u"pg_dump --format=custom --host=db.example.com --port=5432 --username=kiosk"_s),
             qPrintable(report->note));
    auto opened = BackupArchive::open(fileBytes(file), kBackupPassphrase, file);
    TFK_VERIFY_OK(opened);
    QCOMPARE(opened->contents, BackupContents::DataKeyOnly);
    QCOMPARE(opened->dataKey, ServiceFixture::dataKeyBytes());
    QVERIFY(opened->database.isEmpty());
}

void TestBackupWriter::aShortPassphraseOrAMissingDatabaseWritesNothing()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"x.tfkbackup"_s);
    const DataKey key = DataKey::fromBytes(ServiceFixture::dataKeyBytes());
    TFK_VERIFY_ERROR(BackupWriter::writeBackup(f.database->config(), key, u"short"_s, file, f.clock),
                     "[BackupPassphraseTooShort]");
    DatabaseConfig missing;
    missing.path = dir.filePath(u"nothing-here.db"_s);
    TFK_VERIFY_ERROR(BackupWriter::writeBackup(missing, key, kBackupPassphrase, file, f.clock,
                                               PasswordHashingLimits::fastForTests()),
                     "[DatabaseMissing]");
    QVERIFY(!QFileInfo::exists(missing.path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestBackupWriter::aWrongKeyIsCaughtBeforeAnythingIsWritten()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QVERIFY(enrollUser(f, 1).isEmpty());
    QTemporaryDir dir;
    const QString file = dir.filePath(u"x.tfkbackup"_s);
    TFK_VERIFY_ERROR(BackupWriter::writeBackup(f.database->config(), DataKey::fromBytes(QByteArray(32, 'k')),
                                               kBackupPassphrase, file, f.clock, PasswordHashingLimits::fastForTests()),
                     "[DataKeyMismatch]");
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestBackupWriter::aFolderThatCannotBeMadeIsNamed()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QTemporaryDir dir;
    // A plain file where the backup folder should be: no folder can be made under it (not even by root).
    const QString blocker = dir.filePath(u"not-a-folder"_s);
    QFile plain(blocker);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString file = blocker + u"/x.tfkbackup"_s;
    const DataKey key = DataKey::fromBytes(ServiceFixture::dataKeyBytes());

    auto full = BackupWriter::writeBackup(f.database->config(), key, kBackupPassphrase, file, f.clock,
                                          PasswordHashingLimits::fastForTests());
    TFK_VERIFY_ERROR(full, "[FileNotWritten]");
    QVERIFY2(
        full.error().message.startsWith(u"Cannot write in the folder %1: "_s.arg(QDir::toNativeSeparators(blocker))),
        qPrintable(full.error().message));
    QCOMPARE(full.error().httpStatus, 500);

    auto keyOnly
        = BackupWriter::writeDataKey(key, kBackupPassphrase, file, f.clock, PasswordHashingLimits::fastForTests());
    TFK_VERIFY_ERROR(keyOnly, "[FileNotWritten]");
    QCOMPARE(keyOnly.error().message,
             u"Cannot write %1: its folder cannot be created."_s.arg(QDir::toNativeSeparators(file)));
    TFK_VERIFY_ERROR(BackupWriter::writeDataKey(key, u"short"_s, dir.filePath(u"k.tfkbackup"_s), f.clock,
                                                PasswordHashingLimits::fastForTests()),
                     "[BackupPassphraseTooShort]");
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList {u"not-a-folder"_s});
}

void TestBackupWriter::durableFileSaysWhatItCouldNotWrite()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(u"plain"_s);
    TFK_VERIFY_OK(DurableFile::write(blocker, "abc"));
    QFile written(blocker);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("abc"));
    QCOMPARE(written.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    // Under a plain file no folder can be made.
    const QString under = blocker + u"/deeper/file.txt"_s;
    auto noFolder = DurableFile::write(under, "x");
    TFK_VERIFY_ERROR(noFolder, "[FileNotWritten]");
    QCOMPARE(noFolder.error().message,
             u"Cannot write %1: its folder cannot be created."_s.arg(QDir::toNativeSeparators(under)));

    // Syncing or moving a file that is not there names the file and the system's reason.
    const QString missing = dir.filePath(u"missing.txt"_s);
    auto notSynced = DurableFile::sync(missing);
    TFK_VERIFY_ERROR(notSynced, "[FileNotWritten]");
    QCOMPARE(notSynced.error().message,
             u"Cannot write %1: No such file or directory."_s.arg(QDir::toNativeSeparators(missing)));
    const QString target = dir.filePath(u"target.txt"_s);
    auto notMoved = DurableFile::replace(missing, target);
    TFK_VERIFY_ERROR(notMoved, "[FileNotWritten]");
    QCOMPARE(notMoved.error().message,
             u"Cannot write %1: No such file or directory."_s.arg(QDir::toNativeSeparators(target)));
    QVERIFY(!QFileInfo::exists(target));

    // A folder (not empty) where the file should go: the temporary copy is written, cannot replace the
    // folder and is removed again.
    const QString folder = dir.filePath(u"folder"_s);
    QVERIFY(QDir().mkpath(folder + u"/inside"_s));
    auto notReplaced = DurableFile::write(folder, "y");
    TFK_VERIFY_ERROR(notReplaced, "[FileNotWritten]");
    QCOMPARE(notReplaced.error().message, u"Cannot write %1: Is a directory."_s.arg(QDir::toNativeSeparators(folder)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList {u"folder"_s, u"plain"_s}));
}

QTEST_GUILESS_MAIN(TestBackupWriter)
#include "tst_backupwriter.moc"
