// The first-run reminder to export a new data key, through the main window: it appears to an administrator
// once a run while the key has not been exported ("Remind me later" asks again at the next start), never to a
// helpdesk operator, and never again once "Export data key..." has written an export the core opens.

#include "../UiTestHelpers.h"
#include "ResultAssertions.h"
#include "backup/BackupHistory.h"
#include "mainwindow/MainWindow.h"
#include "settings/DatabasePanel.h"
#include "settings/PassphraseDialog.h"
#include "settings/Settings.h"

#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tfk;
using namespace tfk::test;

namespace {

const QString kPassphrase = u"correct horse battery staple"_s;

QDialog* reminder()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"dataKeyReminderDialog"_s && widget->isVisible()) {
            return qobject_cast<QDialog*>(widget);
        }
    }
    return nullptr;
}

} // namespace

class TestDataKeyReminder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void appearsOnceARunUntilExported();
    void notForHelpdeskNorWithoutANewKey();

private:
    std::unique_ptr<MainWindow> window(ServiceFixture& f, Settings& settings)
    {
        m_tools.database = f.database->config();
        m_tools.dataKey = DataKey::fromBytes(ServiceFixture::dataKeyBytes());
        m_tools.dataKeyPath = m_dir->filePath(u"data.key"_s);
        m_tools.environment = QProcessEnvironment();
        m_tools.limits = PasswordHashingLimits::fastForTests();
        MainWindowContext context;
        context.service = f.service.get();
        context.clock = &f.clock;
        context.settings = &settings;
        context.databaseTools = &m_tools;
        auto made = std::make_unique<MainWindow>(context);
        made->show();
        return made;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseTools m_tools;
};

void TestDataKeyReminder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDataKeyReminder::appearsOnceARunUntilExported()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator admin = firstAdmin(f);
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    TFK_VERIFY_OK(BackupHistory::recordKeyCreated(settings)); // what the runtime does when it makes a key

    {
        auto first = window(f, settings);
        QVERIFY(!reminder());
        first->signIn(admin);
        QVERIFY(reminder());
        screenshot(reminder(), u"data-key-reminder"_s);
        const QPointer<QDialog> shown = reminder();
        QTest::mouseClick(shown->findChild<QPushButton*>(u"dataKeyReminderLaterButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!shown); // closed and gone, so nothing of it stands in the way of a second one
        QVERIFY(BackupHistory::keyExportReminderDue(settings));
        // Once a run: signing in again does not nag.
        first->lock();
        first->signIn(admin);
        QVERIFY(!reminder());
    }

    // The next run asks again; this time the administrator exports.
    const QString exported = m_dir->filePath(u"key-export.tfkbackup"_s);
    {
        auto second = window(f, settings);
        second->databasePanel()->setFileChooser(
            [&](const QString&, const QString&, bool save) { return save ? exported : QString(); });
        second->signIn(admin);
        QVERIFY(reminder());
        QTest::mouseClick(reminder()->findChild<QPushButton*>(u"dataKeyReminderExportButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!reminder());
        // Settings > Database, with the export's passphrase dialog open.
        QCOMPARE(second->currentPage(), int(MainWindow::SettingsPageIndex));
        auto* tabs = second->findChild<QTabWidget*>(u"settingsTabs"_s);
        QCOMPARE(tabs->currentWidget(), second->databasePanel());
        PassphraseDialog* dialog = nullptr;
        for (PassphraseDialog* candidate : second->databasePanel()->findChildren<PassphraseDialog*>()) {
            if (candidate->isVisible()) {
                dialog = candidate;
            }
        }
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"passphraseEdit"_s), kPassphrase);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"passphraseRepeatEdit"_s), kPassphrase);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"passphraseOkButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!second->databasePanel()->isBusy(), 30000);
    }
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto opened = BackupArchive::open(file.readAll(), kPassphrase, exported);
    TFK_VERIFY_OK(opened);
    QCOMPARE(opened->contents, BackupContents::DataKeyOnly);
    QCOMPARE(opened->dataKey, ServiceFixture::dataKeyBytes());
    QVERIFY(!BackupHistory::keyExportReminderDue(settings));
    // The setting is in the file, not only in memory.
    Settings reread(m_dir->filePath(u"kiosk.conf"_s));
    QVERIFY(!BackupHistory::keyExportReminderDue(reread));
    QCOMPARE(BackupHistory::lastKeyExportAtMs(reread), std::optional<qint64>(f.clock.currentMSecsSinceEpoch()));

    // Exported: no reminder in later runs.
    auto third = window(f, settings);
    third->signIn(admin);
    QVERIFY(!reminder());
}

void TestDataKeyReminder::notForHelpdeskNorWithoutANewKey()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator helpdesk = addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    const Operator admin = firstAdmin(f);
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    {
        // A key that was there before (no reminder due): nothing, even for an administrator.
        auto plain = window(f, settings);
        plain->signIn(admin);
        QVERIFY(!reminder());
    }
    TFK_VERIFY_OK(BackupHistory::recordKeyCreated(settings));
    auto run = window(f, settings);
    run->signIn(helpdesk);
    QVERIFY(!reminder());
    // The administrator after the helpdesk operator, in the same run, still gets it.
    run->lock();
    run->signIn(admin);
    QVERIFY(reminder());
    // Locking closes it, like every operator dialog.
    run->lock();
    QTRY_VERIFY(!reminder());
}

QTEST_MAIN(TestDataKeyReminder)
#include "tst_datakeyreminder.moc"
