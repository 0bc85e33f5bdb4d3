// The Activity page's last-backup line on an injected clock: none yet (with why it matters), the age in the
// unit people read ("3 hours ago"), a warning past 7 days, the newer of the last backup by hand and the newest
// scheduled archive, and PostgreSQL's pg_dump instead.

#include "ManualClock.h"
#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "activity/ActivityPage.h"
#include "activity/BackupAgeLabel.h"
#include "backup/BackupHistory.h"
#include "backup/BackupScheduler.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ManualClock;

namespace {

// 2025-06-01 12:00:00 UTC.
constexpr qint64 kNowMs = 1748779200000;
constexpr qint64 kHourMs = 3600 * 1000;

BackupReport manualBackup(const QString& file, qint64 atMs)
{
    BackupReport report;
    report.file = file;
    report.createdAtMs = atMs;
    report.databaseIncluded = true;
    return report;
}

} // namespace

class TestBackupAgeLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ageTexts();
    void noBackupYetSaysWhyItMatters();
    void lastBackupByHandAgesWithTheClock();
    void newestScheduledArchiveWins();
    void postgresPointsToPgDump();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackupAgeLabel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackupAgeLabel::ageTexts()
{
    QCOMPARE(BackupAgeLabel::ageText(0), u"just now"_s);
    QCOMPARE(BackupAgeLabel::ageText(59), u"just now"_s);
    QCOMPARE(BackupAgeLabel::ageText(60), u"1 minute ago"_s);
    QCOMPARE(BackupAgeLabel::ageText(3599), u"59 minutes ago"_s);
    QCOMPARE(BackupAgeLabel::ageText(3600), u"1 hour ago"_s);
    QCOMPARE(BackupAgeLabel::ageText(3 * 3600 + 1799), u"3 hours ago"_s);
    QCOMPARE(BackupAgeLabel::ageText(47 * 3600), u"47 hours ago"_s);
    QCOMPARE(BackupAgeLabel::ageText(48 * 3600), u"2 days ago"_s);
    QCOMPARE(BackupAgeLabel::ageText(9 * 86400 + 3600), u"9 days ago"_s);
}

void TestBackupAgeLabel::noBackupYetSaysWhyItMatters()
{
    ManualClock clock(kNowMs);
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    ActivityPage page(nullptr);
    BackupAgeLabel* label = page.backupAgeLabel();
    QVERIFY(label->isHidden()); // until it knows where backups are recorded
    page.watchBackups(&settings, nullptr, &clock, false);
    page.show();
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(),
             u"No backup yet. Without one, a broken disk or a deleted file loses every user and enrollment, and "
             "users with two-factor on can no longer sign in. An administrator makes one in Settings > Database "
             "(or sets scheduled backups)."_s);
    QCOMPARE(label->accessibleName(), u"Last backup"_s);
}

void TestBackupAgeLabel::lastBackupByHandAgesWithTheClock()
{
    ManualClock clock(kNowMs);
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    ActivityPage page(nullptr);
    page.watchBackups(&settings, nullptr, &clock, false);
    page.show();
    BackupAgeLabel* label = page.backupAgeLabel();

    // Made 3 h 20 min ago (what Settings > Database records, then tells the page).
    TFK_VERIFY_OK(BackupHistory::recordBackup(
        settings, manualBackup(u"/media/usb/kiosk.tfkbackup"_s, kNowMs - 3 * kHourMs - 20 * 60 * 1000)));
    page.refreshBackupAge();
    QCOMPARE(label->text(), u"Last backup: 3 hours ago, /media/usb/kiosk.tfkbackup"_s);
    QVERIFY(label->styleSheet().isEmpty());

    clock.advanceSecs(2 * 86400);
    page.refreshBackupAge();
    QCOMPARE(label->text(), u"Last backup: 2 days ago, /media/usb/kiosk.tfkbackup"_s);

    // Past 7 days: said, in red.
    clock.advanceSecs(6 * 86400);
    page.refreshBackupAge();
    QCOMPARE(label->text(),
             u"Last backup: 8 days ago, /media/usb/kiosk.tfkbackup It is more than 7 days old: make one now in "
             "Settings > Database, or check the scheduled backups."_s);
    QVERIFY(label->styleSheet().contains(u"color"_s));

    // Showing the page again reads the clock again.
    page.hide();
    clock.advanceSecs(86400);
    page.show();
    QVERIFY(label->text().startsWith(u"Last backup: 9 days ago, "_s));
}

void TestBackupAgeLabel::newestScheduledArchiveWins()
{
    tfk::test::QcaTestEnvironment qca;
    ManualClock clock(kNowMs);
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    TFK_VERIFY_OK(
        BackupHistory::recordBackup(settings, manualBackup(u"/media/usb/old.tfkbackup"_s, kNowMs - 5 * 86400 * 1000)));
    const QString folder = m_dir->filePath(u"scheduled"_s);
    QVERIFY(QDir().mkpath(folder));
    // An archive made 30 minutes ago by the scheduler (its name carries its time).
    const QString name = BackupScheduler::archiveName(kNowMs - 30 * 60 * 1000);
    QCOMPARE(name, u"twofactor-kiosk-20250601T113000Z.tfkbackup"_s);
    {
        QFile archive(QDir(folder).filePath(name));
        QVERIFY(archive.open(QIODevice::WriteOnly));
    }
    BackupScheduler::Config config;
    config.directory = folder;
    config.passphrase = [] {
        return QString(); // no passphrase: the scheduler looks at the folder and makes nothing
    };
    BackupScheduler scheduler(config, clock);
    ActivityPage page(nullptr);
    page.watchBackups(&settings, &scheduler, &clock, false);
    page.show();
    BackupAgeLabel* label = page.backupAgeLabel();
    QCOMPARE(label->text(), u"Last backup: 5 days ago, /media/usb/old.tfkbackup"_s);

    // The scheduler's look at its folder (as after every scheduled backup) updates the page by itself.
    QSignalSpy changed(&scheduler, &BackupScheduler::statusChanged);
    scheduler.start(3600 * 1000);
    QTRY_VERIFY(changed.size() >= 1);
    QCOMPARE(label->text(), u"Last backup: 30 minutes ago, "_s + QDir::toNativeSeparators(QDir(folder).filePath(name)));
    scheduler.stop();
}

void TestBackupAgeLabel::postgresPointsToPgDump()
{
    ManualClock clock(kNowMs);
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    ActivityPage page(nullptr);
    page.watchBackups(&settings, nullptr, &clock, true);
    page.show();
    QCOMPARE(page.backupAgeLabel()->text(),
             u"Backups: the database is on a PostgreSQL server; it is backed up there with pg_dump, not by this "
             "program. Export the data key in Settings > Database."_s);
}

QTEST_MAIN(TestBackupAgeLabel)
#include "tst_backupagelabel.moc"
