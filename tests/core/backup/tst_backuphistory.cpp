// BackupHistory: what the settings file remembers about backups made by hand and data-key exports (written to
// the file at once), when the first-run reminder is due, and which backup is the newest when the scheduler has
// one too.

#include "ResultAssertions.h"
#include "backup/BackupHistory.h"
#include "backup/BackupScheduler.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "ManualClock.h"

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

BackupReport report(const QString& file, qint64 atMs, bool databaseIncluded)
{
    BackupReport r;
    r.file = file;
    r.createdAtMs = atMs;
    r.databaseIncluded = databaseIncluded;
    return r;
}

} // namespace

class TestBackupHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void nothingRecordedAtFirst();
    void backupsByHandAreSavedToTheFile();
    void keyOnlyArchiveCountsAsAnExport();
    void reminderFromCreationToExport();
    void newestOfHandAndSchedule();

private:
    QString settingsPath() const { return m_dir->filePath(u"kiosk.conf"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackupHistory::nothingRecordedAtFirst()
{
    Settings settings(settingsPath());
    QVERIFY(!BackupHistory::lastManual(settings));
    QVERIFY(!BackupHistory::lastKeyExportAtMs(settings));
    QVERIFY(!BackupHistory::keyExportReminderDue(settings));
    QVERIFY(!BackupHistory::newest(settings, nullptr));
}

void TestBackupHistory::backupsByHandAreSavedToTheFile()
{
    {
        Settings settings(settingsPath());
        TFK_VERIFY_OK(BackupHistory::recordBackup(settings, report(u"/media/usb/a.tfkbackup"_s, 1748779200000, true)));
    }
    Settings reread(settingsPath());
    const auto last = BackupHistory::lastManual(reread);
    QVERIFY(last);
    QCOMPARE(last->atMs, 1748779200000);
    QCOMPARE(last->file, QDir::toNativeSeparators(u"/media/usb/a.tfkbackup"_s));
    QVERIFY(!last->scheduled);
    QCOMPARE(reread.value(Settings::Key::BackupLastManualAt).toLongLong(), 1748779200000);
    // A full archive holds the key, but is not the export on its own the reminder asks for.
    QVERIFY(!BackupHistory::lastKeyExportAtMs(reread));
}

void TestBackupHistory::keyOnlyArchiveCountsAsAnExport()
{
    Settings settings(settingsPath());
    TFK_VERIFY_OK(BackupHistory::recordKeyCreated(settings));
    TFK_VERIFY_OK(BackupHistory::recordBackup(settings, report(u"/media/usb/key.tfkbackup"_s, 1748779200000, false)));
    QVERIFY(!BackupHistory::lastManual(settings)); // PostgreSQL's database is in pg_dump's hands
    QCOMPARE(BackupHistory::lastKeyExportAtMs(settings), std::optional<qint64>(1748779200000));
    QVERIFY(!BackupHistory::keyExportReminderDue(settings));
}

void TestBackupHistory::reminderFromCreationToExport()
{
    Settings settings(settingsPath());
    TFK_VERIFY_OK(BackupHistory::recordKeyExport(settings, 1000));
    // A new key: an older export is of another key, so it no longer counts.
    TFK_VERIFY_OK(BackupHistory::recordKeyCreated(settings));
    QVERIFY(BackupHistory::keyExportReminderDue(settings));
    QVERIFY(!BackupHistory::lastKeyExportAtMs(settings));
    QVERIFY(BackupHistory::keyExportReminderDue(Settings(settingsPath())));
    TFK_VERIFY_OK(BackupHistory::recordKeyExport(settings, 2000));
    QVERIFY(!BackupHistory::keyExportReminderDue(Settings(settingsPath())));
    QCOMPARE(BackupHistory::lastKeyExportAtMs(Settings(settingsPath())), std::optional<qint64>(2000));
    // A restored key came from an archive: no reminder either.
    TFK_VERIFY_OK(BackupHistory::recordKeyCreated(settings));
    TFK_VERIFY_OK(BackupHistory::recordKeyRestored(settings));
    QVERIFY(!BackupHistory::keyExportReminderDue(Settings(settingsPath())));
}

void TestBackupHistory::newestOfHandAndSchedule()
{
    Settings settings(settingsPath());
    const qint64 now = 1748779200000; // 2025-06-01 12:00:00 UTC
    tfk::test::ManualClock clock(now);
    const QString folder = m_dir->filePath(u"scheduled"_s);
    QVERIFY(QDir().mkpath(folder));
    {
        QFile archive(QDir(folder).filePath(u"twofactor-kiosk-20250601T090000Z.tfkbackup"_s));
        QVERIFY(archive.open(QIODevice::WriteOnly));
    }
    BackupScheduler::Config config;
    config.directory = folder;
    BackupScheduler scheduler(config, clock);
    QSignalSpy changed(&scheduler, &BackupScheduler::statusChanged);
    scheduler.start(3600 * 1000);
    QTRY_VERIFY(changed.size() >= 1);
    scheduler.stop();

    // By hand 4 hours ago; scheduled 3 hours ago (09:00 UTC): the scheduled one.
    TFK_VERIFY_OK(BackupHistory::recordBackup(settings, report(u"/media/usb/a.tfkbackup"_s, now - 4 * 3600000, true)));
    auto newest = BackupHistory::newest(settings, &scheduler);
    QVERIFY(newest);
    QCOMPARE(newest->atMs, now - 3 * 3600000);
    QCOMPARE(newest->file,
             QDir::toNativeSeparators(QDir(folder).filePath(u"twofactor-kiosk-20250601T090000Z.tfkbackup"_s)));
    QVERIFY(newest->scheduled);
    // By hand 1 hour ago: that one.
    TFK_VERIFY_OK(BackupHistory::recordBackup(settings, report(u"/media/usb/b.tfkbackup"_s, now - 3600000, true)));
    newest = BackupHistory::newest(settings, &scheduler);
    QCOMPARE(newest->file, QDir::toNativeSeparators(u"/media/usb/b.tfkbackup"_s));
    QVERIFY(!newest->scheduled);
}

QTEST_MAIN(TestBackupHistory)
#include "tst_backuphistory.moc"
