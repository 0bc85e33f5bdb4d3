#include "../UiTestHelpers.h"
#include "FutureWait.h"
#include "ServiceFixture.h"
#include "activity/ActivityPage.h"
#include "auth/UserImport.h"
#include "backup/BackupScheduler.h"
#include "enroll/EnrollPage.h"
#include "mainwindow/MainWindow.h"
#include "operators/OperatorSession.h"
#include "operators/OperatorSignInDialog.h"
#include "runtime/ClockCheck.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "signin/SignInPage.h"
#include "users/UserListModel.h"
#include "users/UsersPage.h"

#include <QComboBox>
#include <QDialog>
#include <QPushButton>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using tfk::test::waitFor;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTitleIconStatusAndWalkUpSide();
    void operatorSideAfterSignIn();
    void operatorPagesBuiltWhenFirstNeeded();
    void zoomBeforeTheFirstSignInReachesThePages();
    void warningsForOperatorsOnly();
    void emptyDatabaseSaysSo();
    void listsAndSearchesUsersFromTheDatabase();
    void pagesThroughManyUsers();
    void pagesBeyondTheCountedThousand();
    void olderSearchAnswerNeverWins();
    void closingWaitsForWorkInFlight();
    void kioskIdleResetWipesEveryField();
    void leavingKioskModeTakesAnAdmin();
};

namespace {

tfk::MainWindowContext contextFor(tfk::test::ServiceFixture& f, const tfk::StatusInfo& status = {})
{
    tfk::MainWindowContext context;
    context.service = f.service.get();
    context.clock = &f.clock;
    context.status = status;
    return context;
}

} // namespace

void TestMainWindow::showsTitleIconStatusAndWalkUpSide()
{
    tfk::test::ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    tfk::MainWindow window(contextFor(f, {u"/tmp/kiosk.db"_s, u"mock SMS sink at http://127.0.0.1:1"_s}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"TwoFactorKiosk"_s);
    QVERIFY2(!window.windowIcon().isNull(), "the SVG icon did not load (resources or the SVG plugin missing)");
    // Nobody signed in: the walk-up side, without navigation.
    QCOMPARE(window.currentPage(), int(tfk::MainWindow::SignInPageIndex));
    QVERIFY(!window.operatorSideShown());
    QVERIFY(window.signInPage()->isVisible());
    // The operator side's pages are not even built before an operator gets in.
    QVERIFY(!window.operatorSideBuilt());
    QVERIFY(!window.findChild<QListWidget*>(u"navigationList"_s));
    auto* operatorButton = window.findChild<QPushButton*>(u"operatorSignInOpenButton"_s);
    QVERIFY(operatorButton->isVisible());
    QVERIFY(operatorButton->height() >= 44);
    QCOMPARE(window.findChild<QLabel*>(u"organizationNameLabel"_s)->text(), u"TwoFactorKiosk"_s);
    QVERIFY(!window.findChild<QLabel*>(u"organizationLogoLabel"_s)->pixmap().isNull());
    QCOMPARE(window.findChild<QLabel*>(u"databaseStatusLabel"_s)->text(), u"Database: /tmp/kiosk.db"_s);
    QCOMPARE(window.findChild<QLabel*>(u"smsStatusLabel"_s)->text(), u"SMS: mock SMS sink at http://127.0.0.1:1"_s);
    QCOMPARE(window.findChild<QLabel*>(u"operatorStatusLabel"_s)->text(), u"No operator signed in"_s);
    QVERIFY(!window.findChild<QWidget*>(u"lockButton"_s)->isVisible());
    // Large targets for a touch screen.
    for (const char* name : {"loginIdEdit", "passwordEdit", "signInButton"}) {
        QVERIFY2(window.findChild<QWidget*>(QString::fromLatin1(name))->height() >= 44, name);
    }
    // The operator pages cannot be shown.
    QVERIFY(!window.showPage(tfk::MainWindow::UsersPageIndex));
    QCOMPARE(window.currentPage(), int(tfk::MainWindow::SignInPageIndex));
}

void TestMainWindow::operatorSideAfterSignIn()
{
    tfk::test::ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const tfk::Operator admin = tfk::test::firstAdmin(f);
    tfk::MainWindow window(contextFor(f));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.signIn(admin);
    QVERIFY(window.operatorSideShown());
    QCOMPARE(window.currentPage(), int(tfk::MainWindow::EnrollPageIndex));
    auto* navigation = window.findChild<QListWidget*>(u"navigationList"_s);
    QVERIFY(navigation->isVisible());
    // Without settings there is no Settings screen.
    QStringList shown;
    for (int i = 0; i < navigation->count(); ++i) {
        if (!navigation->item(i)->isHidden()) {
            shown << navigation->item(i)->text();
        }
        QVERIFY2(!navigation->item(i)->icon().isNull(), qPrintable(navigation->item(i)->text()));
    }
    QCOMPARE(shown, (QStringList {u"Enroll"_s, u"Users"_s, u"Activity"_s}));
    QCOMPARE(window.findChild<QStackedWidget*>(u"pages"_s)->currentWidget(), window.enrollPage());
    // Keyboard navigation between screens.
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window.findChild<QStackedWidget*>(u"pages"_s)->currentWidget(), window.usersPage());
    QCOMPARE(window.findChild<QLabel*>(u"operatorStatusLabel"_s)->text(), u"Operator: Alex Admin (Administrator)"_s);
    QVERIFY(window.findChild<QWidget*>(u"lockButton"_s)->isVisible());
    // The walk-up side signs the operator out.
    QVERIFY(window.showPage(tfk::MainWindow::SignInPageIndex));
    QVERIFY(!window.session()->isSignedIn());
    QVERIFY(!navigation->isVisible());
}

void TestMainWindow::operatorPagesBuiltWhenFirstNeeded()
{
    // The walk-up side paints first; the operator side's pages come at the first sign-in, and work then.
    tfk::test::ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QVERIFY(waitFor(f.service->createUser({u"monica@example.com"_s, {}, u"Monica Hall"_s, {}, u"password123"_s})));
    const tfk::Operator admin = tfk::test::firstAdmin(f);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    tfk::Settings settings(dir.filePath(u"kiosk.conf"_s));
    settings.setValue(tfk::Settings::Key::IdentityCheckMethods, QStringList {u"Badge"_s, u"Passport"_s});
    tfk::MainWindowContext context = contextFor(f);
    context.settings = &settings;
    QList<tfk::SettingsPage*> ready;
    context.settingsPageReady = [&ready](tfk::SettingsPage* page) {
        ready << page;
    };
    tfk::MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.operatorSideBuilt());
    QVERIFY(!window.findChild<tfk::UsersPage*>());
    QVERIFY(ready.isEmpty());
    window.lock(); // locking, the kiosk's wipe and new settings need no pages either
    window.resetToStart();
    window.applyKioskSettings();
    QVERIFY(!window.operatorSideBuilt());

    window.signIn(admin);
    QVERIFY(window.operatorSideBuilt());
    QCOMPARE(window.currentPage(), int(tfk::MainWindow::EnrollPageIndex));
    QCOMPARE(ready, (QList<tfk::SettingsPage*> {window.settingsPage()}));
    auto* navigation = window.findChild<QListWidget*>(u"navigationList"_s);
    QVERIFY(navigation->isVisible());
    QCOMPARE(navigation->count(), 4);
    // Every page, through the navigation, shown and working.
    navigation->setCurrentRow(1);
    QCOMPARE(window.currentPage(), int(tfk::MainWindow::UsersPageIndex));
    QVERIFY(window.usersPage()->isVisible());
    auto* table = window.findChild<QTableView*>(u"usersTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, tfk::UserListModel::NameColumn).data().toString(), u"Monica Hall"_s);
    navigation->setCurrentRow(2);
    QVERIFY(window.activityPage()->isVisible());
    navigation->setCurrentRow(3);
    QVERIFY(window.settingsPage()->isVisible());
    QVERIFY(window.findChild<QTabWidget*>(u"settingsTabs"_s)->count() >= 3);
    // The identity checks from the settings reached the Users page built after them.
    QCOMPARE(window.usersPage()->identityCheckMethods(), (QStringList {u"Badge"_s, u"Passport"_s}));

    // Locked and signed in again: the same pages, built once.
    tfk::UsersPage* users = window.usersPage();
    window.lock();
    window.signIn(admin);
    QCOMPARE(window.usersPage(), users);
    QCOMPARE(ready.size(), 1);
}

void TestMainWindow::zoomBeforeTheFirstSignInReachesThePages()
{
    // A presenter zooms on the walk-up side, then signs in: the pages look as if they had been zoomed too.
    tfk::test::ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const tfk::Operator admin = tfk::test::firstAdmin(f);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    tfk::Settings settings(dir.filePath(u"kiosk.conf"_s));
    tfk::MainWindowContext context = contextFor(f);
    context.settings = &settings;
    const auto sizes = [](tfk::MainWindow& window) {
        QList<qreal> points;
        const QList<QWidget*> widgets = window.findChild<QWidget*>(u"operatorSide"_s)->findChildren<QWidget*>();
        for (const QWidget* widget : widgets) {
            points << widget->font().pointSizeF();
        }
        return points;
    };
    tfk::MainWindow early(context); // built, then zoomed
    early.signIn(admin);
    early.setZoom(150);
    tfk::MainWindow late(context); // zoomed, then built
    late.setZoom(150);
    QVERIFY(!late.operatorSideBuilt());
    late.signIn(admin);
    QVERIFY(late.operatorSideBuilt());
    QVERIFY(sizes(early).size() > 50);
    QCOMPARE(sizes(late), sizes(early));
    QCOMPARE(late.zoom(), 150);
    early.setZoom(100);
    late.setZoom(100);
    QCOMPARE(sizes(late), sizes(early));
}

void TestMainWindow::warningsForOperatorsOnly()
{
    tfk::test::ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const tfk::Operator admin = tfk::test::firstAdmin(f);
    // No backup folder set: the scheduler asks for attention. A clock 42 s behind the server's.
    tfk::BackupScheduler backups(tfk::BackupScheduler::Config {}, f.clock);
    tfk::ClockCheck clockCheck(*f.database, f.clock);
    tfk::MainWindowContext context = contextFor(f);
    context.backups = &backups;
    context.clockCheck = &clockCheck;
    tfk::MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Q_EMIT clockCheck.skewMeasured(-42000, true);
    auto* warnings = window.findChild<QToolButton*>(u"healthWarningButton"_s);
    QVERIFY(warnings);
    // Never on the walk-up side, where anybody stands.
    QVERIFY(!warnings->isVisible());
    window.signIn(admin);
    QTRY_VERIFY(warnings->isVisible());
    QCOMPARE(warnings->text(), u"2 warnings..."_s);
    QVERIFY2(warnings->toolTip().contains(u"backup"_s), qPrintable(warnings->toolTip()));
    QVERIFY2(warnings->toolTip().contains(u"42"_s), qPrintable(warnings->toolTip()));
    // The clock is fine again: one warning left.
    Q_EMIT clockCheck.skewMeasured(1000, false);
    QTRY_COMPARE(warnings->text(), u"1 warning..."_s);
    window.lock();
    QVERIFY(!warnings->isVisible());
}

void TestMainWindow::emptyDatabaseSaysSo()
{
    tfk::test::ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const tfk::Operator admin = tfk::test::firstAdmin(f);
    tfk::MainWindow window(contextFor(f));
    window.signIn(admin);
    QVERIFY(window.showPage(tfk::MainWindow::UsersPageIndex));
    window.show();
    auto* table = window.findChild<QTableView*>(u"usersTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->headerData(tfk::UserListModel::PhoneColumn, Qt::Horizontal).toString(), u"Mobile phone"_s);
    QTRY_COMPARE(window.findChild<QLabel*>(u"usersStateLabel"_s)->text(),
                 u"No users yet. The user database is empty."_s);
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestMainWindow::listsAndSearchesUsersFromTheDatabase()
{
    tfk::test::ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QVERIFY(waitFor(f.service->createUser(
        {u"richard@example.com"_s, {}, u"Richard Hendricks"_s, u"+1 201 555 0123"_s, u"password123"_s})));
    QVERIFY(waitFor(f.service->createUser({u"monica@example.com"_s, {}, u"Monica Hall"_s, {}, u"password123"_s})));
    const tfk::Operator admin = tfk::test::firstAdmin(f);
    tfk::MainWindow window(contextFor(f));
    window.signIn(admin);
    QVERIFY(window.showPage(tfk::MainWindow::UsersPageIndex));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* table = window.findChild<QTableView*>(u"usersTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    // Ordered by name; the phone is masked even on screen.
    QCOMPARE(table->model()->index(0, tfk::UserListModel::NameColumn).data().toString(), u"Monica Hall"_s);
    QCOMPARE(table->model()->index(1, tfk::UserListModel::PhoneColumn).data().toString(), u"+1 ... 0123"_s);
    QCOMPARE(table->model()->index(1, tfk::UserListModel::TwoFactorColumn).data().toString(), u"Off"_s);
    QCOMPARE(table->model()->index(1, tfk::UserListModel::LastLoginColumn).data().toString(), u"Never"_s);

    // Keyboard: Alt+S to the search field, type, the list narrows.
    QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);
    auto* search = window.findChild<QLineEdit*>(u"userSearchEdit"_s);
    QTRY_VERIFY(search->hasFocus());
    auto* model = window.usersPage()->model();
    QSignalSpy loads(model, &tfk::UserListModel::loadingChanged);
    QTest::keyClicks(search, u"0123"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_VERIFY(!model->loading());
    // Four keystrokes, one query: the search waits for a pause in the typing.
    QCOMPARE(loads.count(), 2);
    QCOMPARE(loads.first().first().toBool(), true);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Richard Hendricks"_s);
    search->clear();
    QTest::keyClicks(search, u"nobody"_s);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QCOMPARE(window.findChild<QLabel*>(u"usersStateLabel"_s)->text(), u"No user matches \"nobody\"."_s);

    // A change in the service shows at once.
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QVERIFY(waitFor(f.service->createUser({u"jared@example.com"_s, {}, u"Jared Dunn"_s, {}, u"password123"_s})));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QTRY_COMPARE(window.findChild<QLabel*>(u"usersStateLabel"_s)->text(), u"3 users"_s);
}

void TestMainWindow::pagesThroughManyUsers()
{
    tfk::test::ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    // Faster than the service: the rows as the store writes them.
    for (int i = 0; i < 450; ++i) {
        QVERIFY(f.users().create({u"u%1@example.com"_s.arg(i),
                                  {},
                                  u"User %1"_s.arg(i, 3, 10, QLatin1Char('0')),
                                  {},
                                  "$argon2id$unused"_ba}));
    }
    tfk::UserListModel model(f.service.get());
    model.reload();
    // Nothing to page on before the first answer (which may already be there: a continuation runs at once
    // when the worker was faster than then()).
    QVERIFY(model.loading() ? !model.canFetchMore({}) : model.rowCount() == tfk::UserListModel::kPageSize);
    QTRY_COMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), tfk::UserListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({}); // ignored: a page is already on its way
    QTRY_COMPARE(model.rowCount(), 2 * tfk::UserListModel::kPageSize);
    QTRY_VERIFY(!model.loading());
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 450);
    QTRY_VERIFY(!model.loading());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(449, 0).data().toString(), u"User 449"_s);

    // Qt's own consistency checks, through a reset and a search (the tester fetches every page).
    tfk::UserListModel checked(f.service.get());
    QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
    checked.reload();
    checked.setFilter(u"User 1"_s);
    QTRY_COMPARE(checked.totalCount(), 100);
    QTRY_COMPARE(checked.rowCount(), 100);
}

void TestMainWindow::pagesBeyondTheCountedThousand()
{
    tfk::test::ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    tfk::ImportRequest request;
    request.encryptionScheme = u"argon2id"_s;
    const QString hash = QString::fromLatin1(*f.hasher->hash(u"password123"_s));
    for (int i = 0; i < 1130; ++i) {
        request.users << tfk::ImportedUser {
            u"m%1@example.com"_s.arg(i), {}, u"Member %1"_s.arg(i, 4, 10, QLatin1Char('0')), {}, hash, {}};
    }
    auto imported = tfk::test::waitFor(f.service->importUsers(request), 60000);
    QVERIFY(imported && imported->imported == 1130);
    tfk::UsersPage page(f.service.get());
    page.show();
    auto* model = page.findChild<tfk::UserListModel*>();
    QVERIFY(model);
    QTRY_COMPARE(model->totalCount(), 1000);
    QVERIFY(model->totalIsLowerBound());
    QTRY_COMPARE(page.findChild<QLabel*>(u"usersStateLabel"_s)->text(), u"More than 1,000 users"_s);
    // Keyset pages past the counted thousand, to the very last row, then no more.
    for (int guard = 0; guard < 40 && model->canFetchMore({}); ++guard) {
        model->fetchMore({});
        QTRY_VERIFY(!model->loading());
    }
    QCOMPARE(model->rowCount(), 1130);
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->index(1129, 0).data().toString(), u"Member 1129"_s);
}

void TestMainWindow::olderSearchAnswerNeverWins()
{
    tfk::test::ServiceFixture::Options options;
    options.service.storageThreads = 4; // answers may come back in any order
    tfk::test::ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    for (int i = 0; i < 300; ++i) {
        QVERIFY(f.users().create({u"u%1@example.com"_s.arg(i),
                                  {},
                                  u"User %1"_s.arg(i, 3, 10, QLatin1Char('0')),
                                  {},
                                  "$argon2id$unused"_ba}));
    }
    tfk::UserListModel model(f.service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Whenever rows are shown, they are the answer for the search set at that moment.
    QStringList mismatches;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = model.index(row, 0).data().toString();
            if (!name.startsWith(model.filter())) {
                mismatches << u"%1 shown for \"%2\""_s.arg(name, model.filter());
                return;
            }
        }
    });
    // Many searches in a row, the broad ones last but one: only the newest answer may show.
    for (int round = 0; round < 20; ++round) {
        model.setFilter(QString());
        model.setFilter(u"User 2"_s);
    }
    model.setFilter(u"User 01"_s);
    QTRY_VERIFY(!model.loading());
    QSignalSpy late(&model, &QAbstractItemModel::modelReset);
    QTest::qWait(100); // answers to older searches, if any were still out, would land now
    QCOMPARE(late.count(), 0);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u", "_s)));
    QCOMPARE(model.filter(), u"User 01"_s);
    QCOMPARE(model.totalCount(), 10);
    QCOMPARE(model.rowCount(), 10);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY2(model.index(row, 0).data().toString().startsWith(u"User 01"_s),
                 qPrintable(model.index(row, 0).data().toString()));
    }
}

void TestMainWindow::closingWaitsForWorkInFlight()
{
    tfk::test::ServiceFixture::Options options;
    options.hashing = tfk::PasswordHashingLimits::interactive(); // a sign-in takes a real hash
    tfk::test::ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    QVERIFY(waitFor(f.service->createUser({u"a@example.com"_s, {}, u"Ann"_s, {}, u"password123"_s})));
    tfk::MainWindow window(contextFor(f));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClicks(window.findChild<QLineEdit*>(u"loginIdEdit"_s), u"a@example.com"_s);
    QTest::keyClicks(window.findChild<QLineEdit*>(u"passwordEdit"_s), u"password123"_s);
    QTest::mouseClick(window.findChild<QPushButton*>(u"signInButton"_s), Qt::LeftButton);
    QVERIFY(f.service->pendingOperations() > 0);
    QVERIFY(window.close());
    QCOMPARE(f.service->pendingOperations(), 0);
}

void TestMainWindow::kioskIdleResetWipesEveryField()
{
    tfk::test::ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"a@example.com"_s, {}, u"Ann"_s, {}, u"password123"_s}));
    QVERIFY(user);
    const tfk::Operator admin = tfk::test::firstAdmin(f);
    tfk::MainWindow window(contextFor(f));
    window.enterKioskMode({1});
    QVERIFY(window.inKioskMode());
    QVERIFY(window.isFullScreen());
    QVERIFY(window.windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(!window.operatorSideShown());

    // Someone starts signing in, walks away; an operator enrolls someone and walks away too.
    QTest::keyClicks(window.findChild<QLineEdit*>(u"loginIdEdit"_s), u"a@example.com"_s);
    QTest::keyClicks(window.findChild<QLineEdit*>(u"passwordEdit"_s), u"secret typed"_s);
    window.signIn(admin);
    QVERIFY(window.showPage(tfk::MainWindow::EnrollPageIndex));
    auto* userCombo = window.findChild<QComboBox*>(u"enrollUserCombo"_s);
    QTRY_VERIFY(userCombo->findData(user->id) >= 0);
    userCombo->setCurrentIndex(userCombo->findData(user->id));
    QTest::keyClicks(window.findChild<QLineEdit*>(u"phoneEdit"_s), u"201 555 0123"_s);

    QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), int(tfk::MainWindow::SignInPageIndex), 5000);
    QVERIFY(!window.session()->isSignedIn());
    QVERIFY(!window.operatorSideShown());
    QVERIFY(window.findChild<QLineEdit*>(u"loginIdEdit"_s)->text().isEmpty());
    QVERIFY(window.findChild<QLineEdit*>(u"passwordEdit"_s)->text().isEmpty());
    QVERIFY(window.findChild<QLineEdit*>(u"phoneEdit"_s)->text().isEmpty());
    QCOMPARE(userCombo->currentIndex(), 0);
}

void TestMainWindow::leavingKioskModeTakesAnAdmin()
{
    tfk::test::ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    tfk::test::firstAdmin(f);
    tfk::test::addOperator(f, u"dana"_s, tfk::OperatorRole::Helpdesk);
    tfk::MainWindow window(contextFor(f));
    window.enterKioskMode({120});
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.operatorSignInDialog()) && dialog->isVisible());
    QCOMPARE(window.operatorSignInDialog()->purpose(), tfk::OperatorSignInDialog::Purpose::LeaveKiosk);
    auto* name = dialog->findChild<QLineEdit*>(u"operatorNameEdit"_s);
    auto* password = dialog->findChild<QLineEdit*>(u"operatorPasswordEdit"_s);
    auto* error = dialog->findChild<QLabel*>(u"operatorSignInErrorLabel"_s);

    // A helpdesk operator is refused, even with the right password.
    QTest::keyClicks(name, u"dana"_s);
    QTest::keyClicks(password, tfk::test::kOperatorPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!error->text().isEmpty());
    QCOMPARE(error->text(), u"DANA is a helpdesk operator: only an administrator can leave kiosk mode."_s);
    QVERIFY(window.inKioskMode());
    QVERIFY(!window.session()->isSignedIn());

    // A wrong password, the service's sentence.
    name->clear();
    QTest::keyClicks(name, u"admin"_s);
    QTest::keyClicks(password, u"wrong password!"_s);
    QTest::keyClick(password, Qt::Key_Return);
    // The answer, not the moment the old sentence is cleared.
    QTRY_VERIFY(!window.operatorSignInDialog()->busy() && !error->text().isEmpty());
    QVERIFY(error->text() != u"DANA is a helpdesk operator: only an administrator can leave kiosk mode."_s);
    QVERIFY(window.inKioskMode());

    // An administrator leaves kiosk mode and is signed in.
    QTest::keyClicks(password, tfk::test::kOperatorPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!window.inKioskMode());
    QVERIFY(!window.isFullScreen());
    QVERIFY(window.session()->isSignedIn());
    QCOMPARE(window.session()->current()->name, u"admin"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
