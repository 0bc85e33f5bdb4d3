// BackupScheduler: one archive a day off the owner's thread, exactly the last N kept, and the warning
// state (none, older than 7 days, no passphrase, not configured, failed) on an injected clock.

#include "BackupTestKit.h"
#include "ResultAssertions.h"
#include "backup/BackupScheduler.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using namespace tfk::test;

namespace {

constexpr qint64 kDay = 24 * 3600;

} // namespace

class TestBackupScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(oath_init(), int(OATH_OK));
        TFK_REQUIRE_FIXTURE(m_fixture);
        QVERIFY(enrollUser(m_fixture, 1).isEmpty());
    }
    void cleanupTestCase() { oath_done(); }
    void namesSortByTime();
    void retentionKeepsExactlyN();
    void takesOneADayAndKeepsTheLastN();
    void warnsWhenTheLastBackupIsTooOld();
    void statesWithoutFolderOrPassphrase();
    void aFailureIsReportedAndRetriedLater();

private:
    BackupScheduler::Config config(const QString& directory, int keep = 3,
                                   const QString& passphrase = kBackupPassphrase)
    {
        BackupScheduler::Config c;
        c.directory = directory;
        c.keep = keep;
        c.database = m_fixture.database->config();
        c.dataKey = ServiceFixture::dataKeyBytes();
        c.passphrase = [passphrase] {
            return passphrase;
        };
        c.limits = PasswordHashingLimits::fastForTests();
        return c;
    }

    ServiceFixture m_fixture;
};

void TestBackupScheduler::namesSortByTime()
{
    QCOMPARE(BackupScheduler::archiveName(1234567890000), u"twofactor-kiosk-20090213T233130Z.tfkbackup"_s);
    QVERIFY(BackupScheduler::archiveName(1234567890000) < BackupScheduler::archiveName(1234567891000));
}

void TestBackupScheduler::retentionKeepsExactlyN()
{
    QTemporaryDir dir;
    for (int i = 0; i < 10; ++i) {
        QFile file(dir.filePath(BackupScheduler::archiveName(1700000000000 + i * kDay * 1000)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    // Other files in the folder are never touched.
    for (const QString& other : {u"notes.txt"_s, u"twofactor-kiosk-manual.tfkbackup"_s}) {
        QFile file(dir.filePath(other));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(BackupScheduler::applyRetention(dir.path(), 4).size(), 6);
    const QStringList left = BackupScheduler::archives(dir.path());
    QCOMPARE(left.size(), 4);
    QCOMPARE(left.first(), BackupScheduler::archiveName(1700000000000 + 9 * kDay * 1000));
    QCOMPARE(left.last(), BackupScheduler::archiveName(1700000000000 + 6 * kDay * 1000));
    QVERIFY(QFileInfo::exists(dir.filePath(u"notes.txt"_s)));
    QVERIFY(QFileInfo::exists(dir.filePath(u"twofactor-kiosk-manual.tfkbackup"_s)));
}

void TestBackupScheduler::takesOneADayAndKeepsTheLastN()
{
    QTemporaryDir dir;
    ManualClock clock(1700000000000);
    BackupScheduler scheduler(config(dir.filePath(u"backups"_s), 3), clock);
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    QSignalSpy started(&scheduler, &BackupScheduler::backupStarted);
    QCOMPARE(scheduler.state(), BackupScheduler::State::Overdue);
    QVERIFY(!scheduler.lastBackupAge());

    // On the scheduler's pool, not the calling thread.
    Qt::HANDLE backupThread = nullptr;
    connect(
        &scheduler, &BackupScheduler::backupStarted, this, [&] { backupThread = QThread::currentThreadId(); },
        Qt::DirectConnection);
    scheduler.start(20);
    for (int day = 0; day < 5; ++day) {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), day + 1, 20000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        // A check within the day takes no second backup.
        clock.advanceSecs(kDay / 2);
        QTest::qWait(100);
        QCOMPARE(finished.size(), day + 1);
        clock.advanceSecs(kDay / 2);
    }
    scheduler.stop();
    QCOMPARE(started.size(), 5);
    QVERIFY(backupThread != nullptr);
    QVERIFY(backupThread != QThread::currentThreadId());
    const QStringList kept = BackupScheduler::archives(dir.filePath(u"backups"_s));
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.first(), BackupScheduler::archiveName(1700000000000 + 4 * kDay * 1000));
    QCOMPARE(scheduler.state(), BackupScheduler::State::Current);
    QCOMPARE(scheduler.lastBackupAge(), std::optional<qint64>(kDay));
    QCOMPARE(scheduler.statusText(), u"Last backup 24 hour(s) ago."_s);
    // What it wrote is a real archive.
    auto opened = BackupArchive::open(fileBytes(dir.filePath(u"backups/"_s + kept.first())), kBackupPassphrase, {});
    TFK_VERIFY_OK(opened);
    QCOMPARE(opened->dataKey, ServiceFixture::dataKeyBytes());
}

void TestBackupScheduler::warnsWhenTheLastBackupIsTooOld()
{
    QTemporaryDir dir;
    ManualClock clock(1700000000000);
    BackupScheduler scheduler(config(dir.path()), clock);
    auto now = waitFor(scheduler.backupNow(), 20000);
    TFK_VERIFY_OK(now);
    QCOMPARE(scheduler.state(), BackupScheduler::State::Current);
    QVERIFY(!scheduler.needsAttention());

    clock.advanceSecs(7 * kDay);
    QCOMPARE(scheduler.lastBackupAge(), std::optional<qint64>(7 * kDay));
    QVERIFY(!scheduler.needsAttention());
    clock.advanceSecs(1);
    QCOMPARE(scheduler.state(), BackupScheduler::State::Overdue);
    QVERIFY(scheduler.needsAttention());
    QVERIFY2(scheduler.statusText().startsWith(u"The last backup is 7 day(s) old"_s),
             qPrintable(scheduler.statusText()));
}

void TestBackupScheduler::statesWithoutFolderOrPassphrase()
{
    ManualClock clock(1700000000000);
    BackupScheduler unconfigured(config({}), clock);
    QCOMPARE(unconfigured.state(), BackupScheduler::State::NotConfigured);
    QVERIFY(unconfigured.needsAttention());
    QVERIFY(unconfigured.statusText().contains(u"backup/directory"_s));

    QTemporaryDir dir;
    BackupScheduler noPassphrase(config(dir.path(), 3, {}), clock);
    QCOMPARE(noPassphrase.state(), BackupScheduler::State::NoPassphrase);
    QVERIFY(noPassphrase.statusText().contains(u"--set-passphrase"_s));
    auto refused = waitFor(noPassphrase.backupNow(), 20000);
    TFK_VERIFY_ERROR(refused, "[BackupNoPassphrase]");
    QVERIFY(BackupScheduler::archives(dir.path()).isEmpty());
}

void TestBackupScheduler::aFailureIsReportedAndRetriedLater()
{
    QTemporaryDir dir;
    ManualClock clock(1700000000000);
    BackupScheduler::Config c = config(dir.path());
    c.dataKey = QByteArray(32, 'w'); // not this database's key: the copy's check fails
    BackupScheduler scheduler(c, clock);
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    scheduler.start(20);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!finished.first().at(0).toBool());
    QCOMPARE(scheduler.state(), BackupScheduler::State::Failed);
    QVERIFY(scheduler.statusText().startsWith(u"The last scheduled backup failed: "_s));
    // Not retried at every check: only after an hour.
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    clock.advanceSecs(BackupScheduler::kRetryAfterSecs);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    scheduler.stop();
    QVERIFY(BackupScheduler::archives(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestBackupScheduler)
#include "tst_backupscheduler.moc"
