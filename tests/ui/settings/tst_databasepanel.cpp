// Settings > Database against a real service on a temporary SQLite database, driven through its buttons and
// dialogs: "Back up now" writes off the window's thread an archive that the core's restorer opens, verifies and
// restores elsewhere, where the enrolled user is read back and signs in; the Activity page shows it. A restore
// with a wrong passphrase or a cut archive shows the core's sentence and changes nothing; a confirmed restore
// is put in place once the service has closed the database. Helpdesk operators see no buttons; PostgreSQL gets
// pg_dump advice and the key export only.

#include "../../core/backup/BackupTestKit.h"
#include "../UiTestHelpers.h"
#include "ResultAssertions.h"
#include "activity/ActivityPage.h"
#include "activity/BackupAgeLabel.h"
#include "backup/BackupHistory.h"
#include "backup/BackupRestorer.h"
#include "mainwindow/MainWindow.h"
#include "operators/OperatorSession.h"
#include "runtime/Runtime.h"
#include "settings/DatabasePanel.h"
#include "settings/PassphraseDialog.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tfk;
using namespace tfk::test;

namespace {

template <typename T> T* visibleChild(QObject* parent, const QString& name = {})
{
    const QList<T*> children = parent->findChildren<T*>();
    for (T* child : children) {
        if (child->isVisible() && (name.isEmpty() || child->objectName() == name)) {
            return child;
        }
    }
    return nullptr;
}

QString resultText(DatabasePanel& panel)
{
    return panel.findChild<QLabel*>(u"databaseResultLabel"_s)->text();
}

// Types into the open passphrase dialog (twice for a new one) and presses OK.
bool answerPassphrase(QObject* parent, const QString& passphrase)
{
    auto* dialog = visibleChild<PassphraseDialog>(parent);
    if (!dialog) {
        return false;
    }
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"passphraseEdit"_s), passphrase);
    if (auto* repeat = dialog->findChild<QLineEdit*>(u"passphraseRepeatEdit"_s)) {
        QTest::keyClicks(repeat, passphrase);
    }
    auto* ok = dialog->findChild<QPushButton*>(u"passphraseOkButton"_s);
    if (!ok->isEnabled()) {
        return false;
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    return true;
}

QStringList filesIn(const QString& directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestDatabasePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(oath_init(), int(OATH_OK)); }
    void cleanupTestCase() { oath_done(); }
    void init();
    void backUpNowMakesAnArchiveTheRestorerAccepts();
    void passphraseDialogChecksLengthAndRepeat();
    void wrongPassphraseShowsTheSentenceAndChangesNothing();
    void cutArchiveIsToldBeforeThePassphrase();
    void confirmedRestoreIsPutInPlaceAfterTheDatabaseCloses();
    void restoreAfterTheRuntimeStopsAsTheProgramDoes();
    void helpdeskSeesNoButtons();
    void postgresOffersPgDumpAdviceAndTheKeyExport();

private:
    DatabaseTools tools(ServiceFixture& f) const
    {
        DatabaseTools t;
        t.database = f.database->config();
        t.dataKey = DataKey::fromBytes(ServiceFixture::dataKeyBytes());
        t.dataKeyPath = m_dir->filePath(u"data.key"_s);
        t.environment = QProcessEnvironment();
        t.limits = PasswordHashingLimits::fastForTests();
        return t;
    }
    // An archive of the fixture's database made by the core, as the command would.
    QString coreArchive(ServiceFixture& f, const QString& name)
    {
        const QString file = m_dir->filePath(name);
        auto report
            = BackupWriter::writeBackup(f.database->config(), DataKey::fromBytes(ServiceFixture::dataKeyBytes()),
                                        kBackupPassphrase, file, f.clock, PasswordHashingLimits::fastForTests());
        if (!report) {
            qWarning("%s", qPrintable(report.error().message));
            return {};
        }
        return file;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabasePanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabasePanel::backUpNowMakesAnArchiveTheRestorerAccepts()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QCOMPARE(enrollUser(f, 1), QString());
    const Operator admin = firstAdmin(f);
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    const DatabaseTools databaseTools = tools(f);
    MainWindowContext context;
    context.service = f.service.get();
    context.clock = &f.clock;
    context.settings = &settings;
    context.databaseTools = &databaseTools;
    MainWindow window(context);
    window.show();
    window.signIn(admin);
    QVERIFY(window.showPage(MainWindow::SettingsPageIndex));
    DatabasePanel* panel = window.databasePanel();
    QVERIFY(panel);
    auto* tabs = window.findChild<QTabWidget*>(u"settingsTabs"_s);
    QCOMPARE(tabs->tabText(tabs->indexOf(panel)), u"&Database"_s);
    tabs->setCurrentWidget(panel);
    auto* ageLabel = window.activityPage()->backupAgeLabel();
    QVERIFY(ageLabel->text().startsWith(u"No backup yet."_s));

    const QString file = m_dir->filePath(u"usb/kiosk"_s); // the chooser's answer: no suffix, a folder to make
    QVERIFY(QDir().mkpath(m_dir->filePath(u"usb"_s)));
    int asked = 0;
    panel->setFileChooser([&](const QString&, const QString& suggested, bool save) {
        ++asked;
        // The suggestion is a dated archive name in the home folder (no scheduled backups, none made yet).
        if (!save || !suggested.endsWith(u".tfkbackup"_s) || !suggested.startsWith(QDir::homePath())) {
            return QString();
        }
        return file;
    });
    QSignalSpy made(panel, &DatabasePanel::backupMade);
    QTest::mouseClick(panel->findChild<QPushButton*>(u"backUpNowButton"_s), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(answerPassphrase(panel, kBackupPassphrase));
    // The writer runs on the panel's thread: the click returned before the archive exists, with the buttons
    // held until it answers.
    QVERIFY(panel->isBusy());
    QVERIFY(!panel->findChild<QPushButton*>(u"backUpNowButton"_s)->isEnabled());
    QVERIFY(!panel->findChild<QPushButton*>(u"restoreBackupButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
    QCOMPARE(made.size(), 1);

    const QString archive = file + u".tfkbackup"_s;
    QVERIFY2(QFileInfo(archive).isFile(), qPrintable(resultText(*panel)));
    const QString result = resultText(*panel);
    QVERIFY2(result.startsWith(u"Backed up the database and the data key to "_s + QDir::toNativeSeparators(archive)),
             qPrintable(result));
    QVERIFY2(result.contains(u'(' + QLocale().formattedDataSize(QFileInfo(archive).size()) + u')'), qPrintable(result));
    QVERIFY2(result.contains(u"users: 1, secrets: 1"_s), qPrintable(result));
    QCOMPARE(QFileInfo(archive).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // Remembered, and the Activity page says so at once.
    const auto last = BackupHistory::lastManual(settings);
    QVERIFY(last);
    QCOMPARE(last->file, QDir::toNativeSeparators(archive));
    QCOMPARE(last->atMs, f.clock.currentMSecsSinceEpoch());
    QCOMPARE(ageLabel->text(), u"Last backup: just now, "_s + QDir::toNativeSeparators(archive));

    // The core's own checks: the archive opens and its database verifies with its key...
    QTemporaryDir elsewhere;
    const QString restoredDatabase = elsewhere.filePath(u"restored.db"_s);
    const QString restoredKey = elsewhere.filePath(u"restored.key"_s);
    DatabaseConfig target;
    target.path = restoredDatabase;
    BackupRestorer restorer(RestoreTargets {target, restoredKey, QProcessEnvironment()}, f.clock);
    TFK_VERIFY_OK(restorer.load(archive));
    TFK_VERIFY_OK(restorer.unlock(kBackupPassphrase));
    QCOMPARE(restorer.check().users, 1);
    QCOMPARE(restorer.check().sealedSecrets, 1);
    QCOMPARE(restorer.payload().dataKey, ServiceFixture::dataKeyBytes());
    auto committed = restorer.commit();
    TFK_VERIFY_OK(committed);
    auto verified = DatabaseSnapshot::verify(restoredDatabase, DataKey::fromBytes(ServiceFixture::dataKeyBytes()));
    TFK_VERIFY_OK(verified);
    QCOMPARE(verified->users, 1);
    // ...and the user is there, and signs in with a code from the restored secret (liboath's, not ours).
    {
        DatabaseConfig config;
        config.path = restoredDatabase;
        config.connectionPrefix = u"read-back"_s;
        Database database(config);
        auto users = database.exec(u"SELECT email, full_name FROM users"_s);
        TFK_VERIFY_OK(users);
        QVERIFY(users->next());
        QCOMPARE(users->value(0).toString(), u"user1@example.com"_s);
        QCOMPARE(users->value(1).toString(), u"User 1"_s);
        QVERIFY(!users->next());
    }
    QString why;
    QCOMPARE(signInEveryone(restoredDatabase, restoredKey, f.clock.currentSecsSinceEpoch() + 120, &why), 1);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    screenshot(panel, u"database-panel-backed-up"_s);
}

void TestDatabasePanel::passphraseDialogChecksLengthAndRepeat()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::New, u"t"_s, u"intro"_s);
    dialog.show();
    auto* first = dialog.findChild<QLineEdit*>(u"passphraseEdit"_s);
    auto* second = dialog.findChild<QLineEdit*>(u"passphraseRepeatEdit"_s);
    auto* ok = dialog.findChild<QPushButton*>(u"passphraseOkButton"_s);
    auto* message = dialog.findChild<QLabel*>(u"passphraseMessageLabel"_s);
    auto* strength = dialog.findChild<QLabel*>(u"passphraseStrengthLabel"_s);
    QCOMPARE(first->echoMode(), QLineEdit::Password);
    QCOMPARE(second->echoMode(), QLineEdit::Password);
    QVERIFY(!ok->isEnabled()); // empty
    QTest::keyClicks(first, u"short"_s);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(message->text(), u"The backup passphrase must have at least 10 characters."_s);
    QCOMPARE(strength->text(), u"Strength: too short"_s);
    first->clear();
    QTest::keyClicks(first, u"aaaaaaaaaaaa"_s); // long enough, but four letters would find it
    QVERIFY(strength->text().startsWith(u"Strength: weak"_s));
    first->clear();
    QTest::keyClicks(first, u"correct horse battery staple"_s);
    QCOMPARE(strength->text(), u"Strength: strong"_s);
    QVERIFY(!ok->isEnabled()); // not repeated yet
    QTest::keyClicks(second, u"correct horse"_s); // on the way: no complaint yet
    QVERIFY(message->isHidden());
    QTest::keyClicks(second, u" batter!"_s);
    QCOMPARE(message->text(), u"The two passphrases are not the same."_s);
    QVERIFY(!ok->isEnabled());
    second->clear();
    QTest::keyClicks(second, u"correct horse battery staple"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(message->isHidden());

    // Hand-computed: 12 lower-case letters are 12 * log2(26) = 56 bits (fair), 10 are 47 (weak); adding digits
    // and capitals to 12 characters gives 12 * log2(62) = 71 bits (strong).
    QCOMPARE(PassphraseDialog::strength(u"abcdefghijkl"_s), PassphraseDialog::Strength::Fair);
    QCOMPARE(PassphraseDialog::strength(u"abcdefghij"_s), PassphraseDialog::Strength::Weak);
    QCOMPARE(PassphraseDialog::strength(u"abcdefGHIJ12"_s), PassphraseDialog::Strength::Strong);
    QCOMPARE(PassphraseDialog::strength(u"abcdefghi"_s), PassphraseDialog::Strength::TooShort);
    QCOMPARE(PassphraseDialog::strength(QString()), PassphraseDialog::Strength::Empty);
}

void TestDatabasePanel::wrongPassphraseShowsTheSentenceAndChangesNothing()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QCOMPARE(enrollUser(f, 1), QString());
    const QString archive = coreArchive(f, u"kiosk.tfkbackup"_s);
    QVERIFY(!archive.isEmpty());
    // The files a restore would replace: a database and a key, each with bytes of its own.
    QTemporaryDir targetDir;
    const QString targetDatabase = targetDir.filePath(u"kiosk.db"_s);
    const QString targetKey = targetDir.filePath(u"data.key"_s);
    for (const auto& [path, bytes] : {std::pair {targetDatabase, QByteArray("the database as it is")},
                                      std::pair {targetKey, QByteArray("the key as it is\n")}}) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    DatabaseTools databaseTools = tools(f);
    databaseTools.database.path = targetDatabase;
    databaseTools.dataKeyPath = targetKey;
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    OperatorSession session;
    session.signIn(firstAdmin(f));
    DatabasePanel panel(databaseTools, &settings, &session, f.clock);
    panel.setFileChooser([&](const QString&, const QString&, bool save) { return save ? QString() : archive; });
    panel.show();
    QSignalSpy confirmed(&panel, &DatabasePanel::restoreConfirmed);

    QTest::mouseClick(panel.findChild<QPushButton*>(u"restoreBackupButton"_s), Qt::LeftButton);
    QTRY_VERIFY(visibleChild<PassphraseDialog>(&panel));
    QVERIFY(visibleChild<PassphraseDialog>(&panel)->findChild<QLineEdit*>(u"passphraseRepeatEdit"_s) == nullptr);
    QVERIFY(answerPassphrase(&panel, u"not the passphrase at all"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 30000);

    const QString result = resultText(panel);
    QCOMPARE(result,
             BackupArchive::open(fileBytes(archive), u"not the passphrase at all"_s, QDir::toNativeSeparators(archive))
                 .error()
                 .message);
    QVERIFY2(
        result.startsWith(u"The passphrase does not open the backup archive "_s + QDir::toNativeSeparators(archive)),
        qPrintable(result));
    QVERIFY(!visibleChild<QMessageBox>(&panel));
    QCOMPARE(confirmed.size(), 0);
    QCOMPARE(fileBytes(targetDatabase), QByteArray("the database as it is"));
    QCOMPARE(fileBytes(targetKey), QByteArray("the key as it is\n"));
    QCOMPARE(filesIn(targetDir.path()), QStringList({u"data.key"_s, u"kiosk.db"_s}));
}

void TestDatabasePanel::cutArchiveIsToldBeforeThePassphrase()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const QString archive = coreArchive(f, u"whole.tfkbackup"_s);
    QVERIFY(!archive.isEmpty());
    const QByteArray whole = fileBytes(archive);
    const QString cut = m_dir->filePath(u"cut.tfkbackup"_s);
    {
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(whole.left(100));
    }
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    OperatorSession session;
    session.signIn(firstAdmin(f));
    DatabasePanel panel(tools(f), &settings, &session, f.clock);
    panel.setFileChooser([&](const QString&, const QString&, bool) { return cut; });
    panel.show();
    panel.restore();
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY(!visibleChild<PassphraseDialog>(&panel));
    QCOMPARE(resultText(panel),
             u"The backup archive %1 is incomplete: it has 100 bytes of %2. It was cut off while being copied or "
             "written; nothing was restored, use another copy."_s.arg(QDir::toNativeSeparators(cut))
                 .arg(whole.size()));
}

void TestDatabasePanel::confirmedRestoreIsPutInPlaceAfterTheDatabaseCloses()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QCOMPARE(enrollUser(f, 1), QString());
    const QString archive = coreArchive(f, u"before-user-2.tfkbackup"_s);
    QVERIFY(!archive.isEmpty());
    QCOMPARE(enrollUser(f, 2), QString()); // after the backup: the restore takes it away
    const QString keyPath = m_dir->filePath(u"data.key"_s);
    {
        QFile key(keyPath);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(ServiceFixture::dataKeyBytes().toBase64() + '\n');
    }
    const QString live = f.databasePath();
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    TFK_VERIFY_OK(BackupHistory::recordKeyCreated(settings));
    OperatorSession session;
    session.signIn(firstAdmin(f));
    DatabasePanel panel(tools(f), &settings, &session, f.clock);
    panel.setFileChooser([&](const QString&, const QString&, bool) { return archive; });
    panel.show();
    QSignalSpy confirmed(&panel, &DatabasePanel::restoreConfirmed);

    panel.restore();
    QTRY_VERIFY(visibleChild<PassphraseDialog>(&panel));
    QVERIFY(answerPassphrase(&panel, kBackupPassphrase));
    QTRY_VERIFY_WITH_TIMEOUT(visibleChild<QMessageBox>(&panel, u"restoreConfirmBox"_s), 30000);
    auto* box = visibleChild<QMessageBox>(&panel, u"restoreConfirmBox"_s);
    // It names what is replaced, where the old files stay, and that the program closes and starts again.
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(archive)), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"users: 1"_s), qPrintable(box->text()));
    const QString details = box->informativeText();
    QVERIFY2(details.contains(QDir::toNativeSeparators(live) + u".before-restore"_s), qPrintable(details));
    QVERIFY2(details.contains(QDir::toNativeSeparators(keyPath) + u".before-restore"_s), qPrintable(details));
    QVERIFY2(details.contains(u"closes, puts these files in place and starts again"_s), qPrintable(details));
    screenshot(box, u"restore-confirm"_s);
    QTest::mouseClick(box->findChild<QPushButton*>(u"restoreConfirmButton"_s), Qt::LeftButton);
    QCOMPARE(confirmed.size(), 1);
    auto restorer = confirmed.first().first().value<std::shared_ptr<BackupRestorer>>();
    QVERIFY(restorer);

    // While the service has the database open, nothing can be put in place...
    auto refused = DatabasePanel::finishRestore(*restorer, settings);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"[DatabaseInUse]"_s);
    QVERIFY(!QFileInfo::exists(live + u".before-restore"_s));
    // ...once it is closed (as the program does before it starts again), the archive goes in.
    f.service.reset();
    f.database.reset();
    auto restored = DatabasePanel::finishRestore(*restorer, settings);
    TFK_VERIFY_OK(restored);
    QVERIFY2(restored->startsWith(u"Restored the database and the data key from the backup made "_s),
             qPrintable(*restored));
    QVERIFY2(restored->contains(QDir::toNativeSeparators(live) + u".before-restore"_s), qPrintable(*restored));
    QVERIFY(QFileInfo::exists(keyPath + u".before-restore"_s));
    QVERIFY2(!BackupHistory::keyExportReminderDue(settings), "a key from an archive has a copy already");
    QString why;
    QCOMPARE(signInEveryone(live, keyPath, f.clock.currentSecsSinceEpoch() + 120, &why), 1);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // The replaced database still has the user made after the backup.
    QCOMPARE(signInEveryone(live + u".before-restore"_s, keyPath, f.clock.currentSecsSinceEpoch() + 240, &why), 2);
}

// What the program does (app/main.cpp): a whole Runtime with its scheduler running serves the window; the restore
// confirmed there is put in place after the window and the runtime are gone, and the next start sees it.
void TestDatabasePanel::restoreAfterTheRuntimeStopsAsTheProgramDoes()
{
    QcaTestEnvironment qca;
    TFK_REQUIRE_QCA(qca);
    RuntimeOptions options;
    options.settingsPath = m_dir->filePath(u"kiosk.conf"_s);
    options.databasePath = m_dir->filePath(u"kiosk.db"_s);
    options.demoData = true;
    options.environment = QProcessEnvironment();
    auto runtime = Runtime::create(options);
    TFK_VERIFY_OK(runtime);
    QVERIFY2(BackupHistory::keyExportReminderDue((*runtime)->settings()), "the runtime made a new key");
    (*runtime)->backups().start();
    const QString archive = m_dir->filePath(u"demo.tfkbackup"_s);
    const SystemClock clock;
    TFK_VERIFY_OK(BackupWriter::writeBackup((*runtime)->database().config(), (*runtime)->dataKey(), kBackupPassphrase,
                                            archive, clock, PasswordHashingLimits::fastForTests()));
    TFK_VERIFY_OK(waitFor((*runtime)->service().createUser(
        {u"later@example.com"_s, {}, u"Made Later"_s, u"+1 201 555 0188"_s, u"password123"_s})));

    std::shared_ptr<BackupRestorer> pending;
    {
        DatabaseTools databaseTools;
        databaseTools.database = (*runtime)->database().config();
        databaseTools.dataKey = (*runtime)->dataKey();
        databaseTools.dataKeyPath = (*runtime)->settings().dataKeyPath();
        databaseTools.environment = QProcessEnvironment();
        MainWindowContext context;
        context.service = &(*runtime)->service();
        context.clock = &clock;
        context.settings = &(*runtime)->settings();
        context.backups = &(*runtime)->backups();
        context.databaseTools = &databaseTools;
        MainWindow window(context);
        QObject::connect(&window, &MainWindow::restoreRequested, &window,
                         [&pending](std::shared_ptr<BackupRestorer> restorer) { pending = std::move(restorer); });
        window.show();
        window.signIn((*runtime)->demoOperator()->account);
        // The new key's reminder comes first; later.
        QDialog* reminder = visibleChild<QDialog>(&window, u"dataKeyReminderDialog"_s);
        QVERIFY(reminder);
        reminder->reject();
        DatabasePanel* panel = window.databasePanel();
        panel->setFileChooser([&](const QString&, const QString&, bool) { return archive; });
        panel->restore();
        QTRY_VERIFY(visibleChild<PassphraseDialog>(panel));
        QVERIFY(answerPassphrase(panel, kBackupPassphrase));
        QTRY_VERIFY_WITH_TIMEOUT(visibleChild<QMessageBox>(panel, u"restoreConfirmBox"_s), 30000);
        QTest::mouseClick(visibleChild<QMessageBox>(panel, u"restoreConfirmBox"_s)
                              ->findChild<QPushButton*>(u"restoreConfirmButton"_s),
                          Qt::LeftButton);
        QVERIFY(pending);
    }
    runtime->reset();
    Settings settings(options.settingsPath);
    auto restored = DatabasePanel::finishRestore(*pending, settings);
    TFK_VERIFY_OK(restored);
    pending.reset();

    // The next start: the demo users are there, the user made after the backup is not, and no reminder (the key
    // came from an archive).
    options.demoData = false;
    auto again = Runtime::create(options);
    TFK_VERIFY_OK(again);
    QVERIFY(!BackupHistory::keyExportReminderDue((*again)->settings()));
    auto richard = waitFor((*again)->service().findUserByLoginId(u"richard@example.com"_s));
    TFK_VERIFY_OK(richard);
    QVERIFY(richard->has_value());
    auto later = waitFor((*again)->service().findUserByLoginId(u"later@example.com"_s));
    TFK_VERIFY_OK(later);
    QVERIFY(!later->has_value());
}

void TestDatabasePanel::helpdeskSeesNoButtons()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator helpdesk = addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    OperatorSession session;
    session.signIn(helpdesk);
    DatabasePanel panel(tools(f), &settings, &session, f.clock);
    int asked = 0;
    panel.setFileChooser([&](const QString&, const QString&, bool) {
        ++asked;
        return m_dir->filePath(u"x.tfkbackup"_s);
    });
    panel.show();
    const QStringList buttons = {u"backUpNowButton"_s, u"restoreBackupButton"_s, u"exportDataKeyButton"_s};
    for (const QString& name : buttons) {
        QVERIFY2(!panel.findChild<QPushButton*>(name)->isVisible(), qPrintable(name));
    }
    QVERIFY(panel.findChild<QLabel*>(u"databaseAdminOnlyLabel"_s)->isVisible());
    // Not even called directly.
    panel.backUpNow();
    panel.restore();
    panel.exportDataKey();
    QCOMPARE(asked, 0);
    QVERIFY(!visibleChild<PassphraseDialog>(&panel));

    // An administrator signing in at the same desk gets them; locking takes them away again.
    session.signIn(firstAdmin(f));
    for (const QString& name : buttons) {
        QVERIFY2(panel.findChild<QPushButton*>(name)->isVisible(), qPrintable(name));
    }
    session.lock();
    for (const QString& name : buttons) {
        QVERIFY2(!panel.findChild<QPushButton*>(name)->isVisible(), qPrintable(name));
    }
}

void TestDatabasePanel::postgresOffersPgDumpAdviceAndTheKeyExport()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    DatabaseTools databaseTools = tools(f);
    databaseTools.database = DatabaseConfig {};
    databaseTools.database.driver = SqlDriver::Postgres;
    databaseTools.database.host = u"db.example.org"_s;
    databaseTools.database.port = 5433;
    databaseTools.database.userName = u"kiosk"_s;
    databaseTools.database.databaseName = u"twofactor"_s;
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    OperatorSession session;
    session.signIn(firstAdmin(f));
    DatabasePanel panel(databaseTools, &settings, &session, f.clock);
    const QString exported = m_dir->filePath(u"key.tfkbackup"_s);
    panel.setFileChooser([&](const QString&, const QString&, bool save) { return save ? exported : QString(); });
    panel.show();
    QVERIFY(panel.isPostgres());
    QVERIFY(!panel.findChild<QPushButton*>(u"backUpNowButton"_s));
    QVERIFY(!panel.findChild<QPushButton*>(u"restoreBackupButton"_s));
    const QString advice = panel.findChild<QLabel*>(u"pgDumpAdviceLabel"_s)->text();
    QVERIFY2(advice.contains(u"pg_dump --format=custom --host=db.example.org --port=5433 --username=kiosk "
                             "--file=twofactor-kiosk.dump twofactor"_s),
             qPrintable(advice));
    QVERIFY(advice.contains(u"pg_restore"_s));
    QCOMPARE(panel.findChild<QLabel*>(u"dataKeyStateLabel"_s)->text(), u"Not exported yet from this computer."_s);

    QSignalSpy exportedSpy(&panel, &DatabasePanel::dataKeyExported);
    QTest::mouseClick(panel.findChild<QPushButton*>(u"exportDataKeyButton"_s), Qt::LeftButton);
    QVERIFY(answerPassphrase(&panel, kBackupPassphrase));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 30000);
    QCOMPARE(exportedSpy.size(), 1);
    auto opened = BackupArchive::open(fileBytes(exported), kBackupPassphrase, exported);
    TFK_VERIFY_OK(opened);
    QCOMPARE(opened->contents, BackupContents::DataKeyOnly);
    QCOMPARE(opened->dataKey, ServiceFixture::dataKeyBytes());
    QCOMPARE(BackupHistory::lastKeyExportAtMs(settings), std::optional<qint64>(f.clock.currentMSecsSinceEpoch()));
    QVERIFY(panel.findChild<QLabel*>(u"dataKeyStateLabel"_s)->text().startsWith(u"Last exported "_s));
}

QTEST_MAIN(TestDatabasePanel)
#include "tst_databasepanel.moc"
