// The line between the person at the desk and the operator behind it: in kiosk mode nothing but the
// operator sign-in leads from the walk-up side to an operator screen (navigation, shortcuts, Tab,
// mnemonics, dialogs); the operator side locks after the idle time and on Ctrl+L; roles decide what an
// operator sees; the first run creates an administrator; --demo starts signed in.

#include "../UiTestHelpers.h"
#include "mainwindow/MainWindow.h"
#include "operators/OperatorSession.h"
#include "operators/OperatorSignInDialog.h"
#include "settings/Settings.h"
#include "signin/SignInPage.h"
#include "users/UsersPage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

MainWindowContext contextFor(ServiceFixture& f, Settings* settings = nullptr)
{
    MainWindowContext context;
    context.service = f.service.get();
    context.clock = &f.clock;
    context.settings = settings;
    return context;
}

bool isInside(const QWidget* widget, const QWidget* ancestor)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w == ancestor) {
            return true;
        }
    }
    return false;
}

// Closes the operator sign-in dialog if something opened it (it is the one dialog allowed).
void closeSignInDialog(MainWindow& window)
{
    if (auto* dialog = window.operatorSignInDialog()) {
        dialog->reject();
    }
    QCoreApplication::processEvents();
}

} // namespace

class TestOperatorSide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void kioskWalkUpReachesNoOperatorScreen();
    void signInFromTheWalkUpSide();
    void signInLockoutShowsTheSeconds();
    void locksAfterIdle();
    void locksOnCtrlL();
    void helpdeskCannotOpenSettingsAdminCan();
    void firstRunCreatesAnAdmin();
    void kioskNeverOffersTheFirstRun();
    void demoStartsSignedInAndShowsThePassword();
    void organisationFromSettings();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOperatorSide::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOperatorSide::kioskWalkUpReachesNoOperatorScreen()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    tfk::test::firstAdmin(f);
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    MainWindow window(contextFor(f, &settings));
    window.enterKioskMode({120});
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Its pages are built at the first sign-in; built here, as an earlier operator's visit leaves them.
    QVERIFY(!window.operatorSideBuilt());
    QVERIFY(window.enrollPage());
    auto* operatorSide = window.findChild<QWidget*>(u"operatorSide"_s);
    auto* navigation = window.findChild<QListWidget*>(u"navigationList"_s);
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    const QWidget* pageBefore = pages->currentWidget();
    QStringList problems;
    const auto check = [&](const QString& what) {
        if (window.currentPage() != MainWindow::SignInPageIndex || window.operatorSideShown()) {
            problems << what + u": an operator page became current"_s;
        }
        if (window.session()->isSignedIn()) {
            problems << what + u": an operator is signed in"_s;
        }
        if (QApplication::focusWidget() && isInside(QApplication::focusWidget(), operatorSide)) {
            problems << what + u": focus went to "_s + QApplication::focusWidget()->objectName();
        }
        for (const QString& dialog : tfk::test::visibleDialogs()) {
            if (dialog != u"operatorSignInDialog"_s) {
                problems << what + u": the dialog "_s + dialog + u" opened"_s;
            }
        }
    };
    check(u"start"_s);
    QVERIFY(!navigation->isVisible());
    QVERIFY(!operatorSide->isEnabled());

    // The navigation, even driven directly.
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QVERIFY(!window.showPage(row + 1));
        check(u"navigation row %1"_s.arg(row));
    }
    QCOMPARE(pages->currentWidget(), pageBefore);

    // Every shortcut of the window, and the usual suspects.
    QList<QKeySequence> sequences;
    const QList<QShortcut*> shortcuts = window.findChildren<QShortcut*>();
    QVERIFY(shortcuts.size() >= 7);
    for (QShortcut* shortcut : shortcuts) {
        sequences << shortcut->keys();
    }
    for (int i = 1; i <= 9; ++i) {
        sequences << QKeySequence(u"Ctrl+%1"_s.arg(i));
    }
    sequences << QKeySequence(QKeySequence::Save) << QKeySequence(u"Ctrl+L"_s) << QKeySequence(u"F1"_s)
              << QKeySequence(u"Ctrl+Tab"_s) << QKeySequence(u"Ctrl+PgDown"_s);
    for (const QKeySequence& sequence : std::as_const(sequences)) {
        window.activateWindow();
        QTest::keySequence(&window, sequence);
        QCoreApplication::processEvents();
        check(sequence.toString());
        closeSignInDialog(window);
    }

    // Alt + every letter and digit (mnemonics), from the walk-up side's fields.
    window.findChild<QLineEdit*>(u"loginIdEdit"_s)->setFocus();
    for (char key = 'A'; key <= 'Z'; ++key) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, Qt::Key(Qt::Key_A + (key - 'A')), Qt::AltModifier);
        QCoreApplication::processEvents();
        check(u"Alt+%1"_s.arg(QLatin1Char(key)));
        closeSignInDialog(window);
    }
    for (int digit = 0; digit <= 9; ++digit) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, Qt::Key(Qt::Key_0 + digit), Qt::AltModifier);
        check(u"Alt+%1"_s.arg(digit));
        closeSignInDialog(window);
    }

    // Tab and Shift+Tab through everything focusable.
    window.findChild<QLineEdit*>(u"loginIdEdit"_s)->setFocus();
    QSet<QWidget*> visited;
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.insert(QApplication::focusWidget());
        check(u"Tab %1"_s.arg(i));
    }
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        visited.insert(QApplication::focusWidget());
        check(u"Shift+Tab %1"_s.arg(i));
    }
    // The walk-up side's own stops were reached: the fields, Sign in, Operator sign-in.
    QVERIFY(visited.contains(window.findChild<QWidget*>(u"passwordEdit"_s)));
    QVERIFY(visited.contains(window.findChild<QWidget*>(u"operatorSignInOpenButton"_s)));
    for (QWidget* widget : std::as_const(visited)) {
        QVERIFY2(!isInside(widget, operatorSide), qPrintable(widget->objectName()));
    }

    // The one way in: the operator sign-in, which asks for a password.
    QTest::mouseClick(window.findChild<QPushButton*>(u"operatorSignInOpenButton"_s), Qt::LeftButton);
    QTRY_VERIFY(window.operatorSignInDialog() && window.operatorSignInDialog()->isVisible());
    check(u"operator sign-in button"_s);
    QTest::keyClick(window.operatorSignInDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!window.operatorSignInDialog());
    check(u"Escape"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

void TestOperatorSide::signInFromTheWalkUpSide()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    tfk::test::addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    MainWindow window(contextFor(f));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The shortcut opens the same dialog as the button.
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.operatorSignInDialog() && window.operatorSignInDialog()->isVisible());
    OperatorSignInDialog* dialog = window.operatorSignInDialog();
    QCOMPARE(dialog->purpose(), OperatorSignInDialog::Purpose::OperatorSide);
    auto* name = dialog->findChild<QLineEdit*>(u"operatorNameEdit"_s);
    auto* password = dialog->findChild<QLineEdit*>(u"operatorPasswordEdit"_s);
    auto* button = dialog->findChild<QPushButton*>(u"operatorSignInButton"_s);
    auto* error = dialog->findChild<QLabel*>(u"operatorSignInErrorLabel"_s);
    QVERIFY(!button->isEnabled()); // nothing typed yet
    QVERIFY(!name->accessibleName().isEmpty());
    QVERIFY(!password->accessibleName().isEmpty());
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    // Unknown name and wrong password get the same answer.
    QTest::keyClicks(name, u"nobody"_s);
    QTest::keyClicks(password, u"whatever it is"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!error->text().isEmpty());
    const QString unknownAnswer = error->text();
    QVERIFY(!window.session()->isSignedIn());
    name->clear();
    QTest::keyClicks(name, u"dana"_s);
    QTest::keyClicks(password, u"whatever it is"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!button->text().isEmpty() && !dialog->busy());
    QCOMPARE(error->text(), unknownAnswer);

    QTest::keyClicks(password, tfk::test::kOperatorPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(window.session()->isSignedIn());
    QVERIFY(window.operatorSideShown());
    QCOMPARE(window.findChild<QLabel*>(u"operatorStatusLabel"_s)->text(), u"Operator: DANA (Helpdesk)"_s);
    QCOMPARE(window.session()->requestContext().actor, u"dana"_s);
    // Who signed in is in the audit log under their name.
    auto audit = waitFor(f.service->recentAudit({}, 50, u"dana"_s));
    QVERIFY(audit);
    QVERIFY(std::ranges::any_of(*audit, [](const AuditEntry& e) { return e.event == u"operator.sign-in"_s; }));
}

void TestOperatorSide::signInLockoutShowsTheSeconds()
{
    ServiceFixture::Options options;
    options.rules.maxPasswordFailures = 2;
    options.rules.lockoutSeconds = 180;
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    tfk::test::firstAdmin(f);
    OperatorSignInDialog dialog(f.service.get(), OperatorSignInDialog::Purpose::OperatorSide);
    dialog.show();
    auto* name = dialog.findChild<QLineEdit*>(u"operatorNameEdit"_s);
    auto* password = dialog.findChild<QLineEdit*>(u"operatorPasswordEdit"_s);
    auto* button = dialog.findChild<QPushButton*>(u"operatorSignInButton"_s);
    auto* error = dialog.findChild<QLabel*>(u"operatorSignInErrorLabel"_s);
    QTest::keyClicks(name, u"admin"_s);
    for (int i = 0; i < 3; ++i) {
        QTest::keyClicks(password, u"wrong password %1"_s.arg(i));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!dialog.busy());
    }
    // Locked out: the sentence says for how long, and the button waits it out where everyone sees it.
    QVERIFY2(error->text().contains(u"180"_s) || error->text().contains(u"3 minutes"_s), qPrintable(error->text()));
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->text().contains(u" s)"_s), qPrintable(button->text()));
    tfk::test::screenshot(&dialog, u"operator-signin-locked"_s);
}

void TestOperatorSide::locksAfterIdle()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator admin = tfk::test::firstAdmin(f);
    QVERIFY(waitFor(f.service->createUser({u"a@example.com"_s, {}, u"Ann"_s, {}, u"password123"_s})));
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    settings.setValue(Settings::Key::OperatorIdleLockSeconds, 1);
    MainWindow window(contextFor(f, &settings));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.signIn(admin);
    QVERIFY(window.showPage(MainWindow::UsersPageIndex));
    // An operator opens "New user..." and walks away from it.
    QTest::mouseClick(window.findChild<QPushButton*>(u"newUserButton"_s), Qt::LeftButton);
    QDialog* userDialog = nullptr;
    QTRY_VERIFY((userDialog = window.findChild<QDialog*>(u"userDialog"_s)) && userDialog->isVisible());
    const QPointer<QDialog> watched = userDialog;
    QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isSignedIn(), 4000);
    QVERIFY(!window.operatorSideShown());
    QCOMPARE(window.currentPage(), int(MainWindow::SignInPageIndex));
    QVERIFY(!watched || !watched->isVisible());
    QCOMPARE(window.findChild<QLabel*>(u"operatorStatusLabel"_s)->text(), u"No operator signed in"_s);
}

void TestOperatorSide::locksOnCtrlL()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator admin = tfk::test::firstAdmin(f);
    MainWindow window(contextFor(f));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.signIn(admin);
    QVERIFY(window.operatorSideShown());
    // Input keeps it open (the default idle lock is minutes away).
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!window.session()->isSignedIn());
    QVERIFY(!window.operatorSideShown());
    // And the Lock button in the status bar.
    window.signIn(admin);
    auto* lockButton = window.findChild<QAbstractButton*>(u"lockButton"_s);
    QVERIFY(lockButton->isVisible());
    QTest::mouseClick(lockButton, Qt::LeftButton);
    QVERIFY(!window.session()->isSignedIn());
    QVERIFY(!lockButton->isVisible());
}

void TestOperatorSide::helpdeskCannotOpenSettingsAdminCan()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator admin = tfk::test::firstAdmin(f);
    const Operator dana = tfk::test::addOperator(f, u"dana"_s, OperatorRole::Helpdesk);
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    MainWindow window(contextFor(f, &settings));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    window.signIn(dana);
    auto* navigation = window.findChild<QListWidget*>(u"navigationList"_s);
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    auto* settingsScreen = window.findChild<QWidget*>(u"settingsTabs"_s);
    QVERIFY(window.showPage(MainWindow::EnrollPageIndex));
    QVERIFY(window.showPage(MainWindow::UsersPageIndex));
    QVERIFY(window.showPage(MainWindow::ActivityPageIndex));
    QVERIFY(!window.showPage(MainWindow::SettingsPageIndex));
    QVERIFY(navigation->item(MainWindow::SettingsPageIndex - 1)->isHidden());
    QVERIFY(!settingsScreen->isEnabled());
    navigation->setCurrentRow(MainWindow::SettingsPageIndex - 1);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QVERIFY(pages->currentWidget() != settingsScreen);
    // The lost-phone reset is theirs.
    window.showPage(MainWindow::UsersPageIndex);
    QVERIFY(window.findChild<QPushButton*>(u"lostPhoneButton"_s)->isVisible());

    window.lock();
    window.signIn(admin);
    QVERIFY(!navigation->item(MainWindow::SettingsPageIndex - 1)->isHidden());
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), settingsScreen);
    QCOMPARE(window.currentPage(), int(MainWindow::SettingsPageIndex));
    QVERIFY(settingsScreen->isEnabled());
    QVERIFY(window.findChild<QWidget*>(u"operatorsPanel"_s));
    QVERIFY(window.findChild<QWidget*>(u"apiKeysPanel"_s));
    // Locked again, Settings goes with everything else.
    window.lock();
    QVERIFY(!window.showPage(MainWindow::SettingsPageIndex));
    QVERIFY(navigation->item(MainWindow::SettingsPageIndex - 1)->isHidden());
}

void TestOperatorSide::firstRunCreatesAnAdmin()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    MainWindow window(contextFor(f));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.promptFirstRunIfNeeded();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(u"firstRunDialog"_s)) && dialog->isVisible());
    // The walk-up side works meanwhile (the dialog is not application-modal).
    QCOMPARE(dialog->windowModality() == Qt::ApplicationModal, false);
    auto* name = dialog->findChild<QLineEdit*>(u"operatorFormNameEdit"_s);
    auto* display = dialog->findChild<QLineEdit*>(u"operatorFormDisplayNameEdit"_s);
    auto* password = dialog->findChild<QLineEdit*>(u"operatorFormPasswordEdit"_s);
    auto* confirm = dialog->findChild<QLineEdit*>(u"operatorFormConfirmEdit"_s);
    auto* error = dialog->findChild<QLabel*>(u"operatorFormErrorLabel"_s);
    QVERIFY(!dialog->findChild<QWidget*>(u"operatorFormRoleCombo"_s)); // it is an administrator
    QTest::keyClicks(name, u"pat"_s);
    QTest::keyClicks(display, u"Pat Lee"_s);
    QTest::keyClicks(password, u"short"_s);
    QTest::keyClicks(confirm, u"shorter"_s);
    QTest::keyClick(confirm, Qt::Key_Return);
    QCOMPARE(error->text(), u"The two passwords are not the same."_s);
    // The service's own sentence for a password too short.
    confirm->clear();
    QTest::keyClicks(confirm, u"short"_s);
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(!error->text().isEmpty() && error->text() != u"The two passwords are not the same."_s);
    QVERIFY2(error->text().contains(u"10"_s), qPrintable(error->text()));
    QCOMPARE(waitFor(f.service->operatorCount()).value_or(-1), 0);

    password->clear();
    confirm->clear();
    QTest::keyClicks(password, tfk::test::kOperatorPassword);
    QTest::keyClicks(confirm, tfk::test::kOperatorPassword);
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(window.session()->isSignedIn());
    QCOMPARE(window.session()->current()->name, u"pat"_s);
    QCOMPARE(window.session()->current()->role, OperatorRole::Admin);
    QVERIFY(window.operatorSideShown());
    auto operators = waitFor(f.service->listOperators());
    QVERIFY(operators);
    QCOMPARE(operators->size(), 1);
    QCOMPARE(operators->first().displayName, u"Pat Lee"_s);
    QCOMPARE(operators->first().role, OperatorRole::Admin);

    // Once there is an operator, "Operator sign-in" asks for a password instead.
    window.lock();
    window.openOperatorSignIn();
    QTRY_VERIFY(window.operatorSignInDialog());
    QVERIFY(!window.findChild<QDialog*>(u"firstRunDialog"_s)
            || !window.findChild<QDialog*>(u"firstRunDialog"_s)->isVisible());
}

void TestOperatorSide::kioskNeverOffersTheFirstRun()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    MainWindow window(contextFor(f));
    window.enterKioskMode({120});
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.promptFirstRunIfNeeded();
    window.openOperatorSignIn();
    QTRY_VERIFY(window.operatorSignInDialog());
    QCoreApplication::processEvents();
    QCOMPARE(tfk::test::visibleDialogs(), QStringList {u"operatorSignInDialog"_s});
}

void TestOperatorSide::demoStartsSignedInAndShowsThePassword()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Operator admin = tfk::test::firstAdmin(f);
    MainWindowContext context = contextFor(f);
    context.demoOperator = DemoOperator {admin, tfk::test::kOperatorPassword};
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.session()->isSignedIn());
    QVERIFY(window.operatorSideShown());
    auto* demo = window.findChild<QLabel*>(u"demoOperatorLabel"_s);
    QVERIFY(demo->isVisible());
    QCOMPARE(demo->text(), u"Demo administrator: admin, password correct horse battery"_s);

    // Without the demo: nobody signed in, no password anywhere.
    MainWindow plain(contextFor(f));
    plain.show();
    QVERIFY(!plain.session()->isSignedIn());
    QVERIFY(!plain.findChild<QLabel*>(u"demoOperatorLabel"_s)->isVisible());
    QVERIFY(!plain.signInDemoOperator());
}

void TestOperatorSide::organisationFromSettings()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    Settings settings(m_dir->filePath(u"kiosk.conf"_s));
    QImage logo(64, 32, QImage::Format_ARGB32);
    logo.fill(Qt::darkBlue);
    const QString logoPath = m_dir->filePath(u"logo.png"_s);
    QVERIFY(logo.save(logoPath));
    settings.setValue(Settings::Key::OrganizationName, u"Hooli IT Helpdesk"_s);
    settings.setValue(Settings::Key::OrganizationLogo, logoPath);
    MainWindow window(contextFor(f, &settings));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* name = window.findChild<QLabel*>(u"organizationNameLabel"_s);
    QCOMPARE(name->text(), u"Hooli IT Helpdesk"_s);
    QVERIFY(name->font().pointSizeF() > window.font().pointSizeF() * 1.5);
    auto* logoLabel = window.findChild<QLabel*>(u"organizationLogoLabel"_s);
    QCOMPARE(logoLabel->pixmap().toImage().pixelColor(40, 20), QColor(Qt::darkBlue));
    QCOMPARE(logoLabel->accessibleName(), u"Logo of Hooli IT Helpdesk"_s);
    tfk::test::screenshot(&window, u"walkup-side"_s);
}

QTEST_MAIN(TestOperatorSide)
#include "tst_operatorside.moc"
