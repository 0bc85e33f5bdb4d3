// The Demo menu's scenarios, driven as a presenter does: choose one from the menu, read the banner, send a code
// on the Enroll screen (through the real Twilio client to the mock sink) and check what the operator sees;
// "Back to normal" undoes every knob. And "Reset demo...": after its confirmation, the demo users are back and
// the phone and the logs are empty.

#include "../UiTestHelpers.h"
#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "activity/ActivityPage.h"
#include "common/CooldownButton.h"
#include "enroll/EnrollPage.h"
#include "mainwindow/MainWindow.h"
#include "phone/PhoneMessageModel.h"
#include "phone/PhoneWindow.h"
#include "runtime/Runtime.h"
#include "sms/sink/TwilioSink.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

ServiceFixture::Options sinkOptions()
{
    ServiceFixture::Options options;
    options.useSink = true;
    return options;
}

template <typename T> T* child(QWidget& parent, const QString& name)
{
    auto* widget = parent.findChild<T*>(name);
    if (!widget) {
        qFatal("no child %s", qPrintable(name));
    }
    return widget;
}

QAction* menuAction(MainWindow& window, const QString& name)
{
    auto* menu = window.findChild<QMenu*>(u"demoMenu"_s);
    if (!menu) {
        return nullptr;
    }
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->objectName() == name) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

class TestDemoScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuListsTheScenariosOnlyWithTheSink();
    void scenarioShowsWhatTheOperatorSees_data();
    void scenarioShowsWhatTheOperatorSees();
    void backToNormalUndoesEveryKnob();
    void resetAsksThenBringsBackTheDemo();
    void zoomScalesTheWholeWindow();
    void phoneDocksAndFloats();
};

void TestDemoScenarios::menuListsTheScenariosOnlyWithTheSink()
{
    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    MainWindowContext context;
    context.service = f.service.get();
    context.clock = &f.clock;
    {
        MainWindow plain(context);
        QVERIFY(!plain.findChild<QMenu*>(u"demoMenu"_s));
    }
    MainWindow window(context);
    window.enableDemo({f.sink.get(), {}});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* menu = window.findChild<QMenu*>(u"demoMenu"_s);
    QVERIFY(menu);
    QCOMPARE(menu->title(), u"&Demo"_s);
    QStringList titles;
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (!action->isSeparator()) {
            titles << action->text();
        }
    }
    QCOMPARE(titles,
             (QStringList {u"Slow network"_s, u"Twilio rate limit"_s, u"Twilio outage"_s, u"Phone switched off"_s,
                           u"Landline"_s, u"Back to normal"_s}));
    QVERIFY(menuAction(window, u"scenarioAction-normal"_s)->isChecked());
    QVERIFY(!menuAction(window, u"resetDemoAction"_s)); // no reset given
    QVERIFY(!child<QWidget>(window, u"scenarioBanner"_s)->isVisible());
    // Never in kiosk mode.
    window.enterKioskMode({120});
    QVERIFY(!window.menuBar()->isVisible());
    window.leaveKioskMode();
    QVERIFY(window.menuBar()->isVisible());
}

void TestDemoScenarios::scenarioShowsWhatTheOperatorSees_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("explanationPart");
    QTest::addColumn<QString>("statusPart"); // what the Enroll screen's status line ends up saying
    QTest::addColumn<int>("messagesInSink");
    QTest::addColumn<int>("minimumRequests");

    QTest::newRow("slow network") << u"scenarioAction-slow-network"_s << u"Demo scenario: Slow network"_s
                                  << u"takes 3 seconds"_s << u" - delivered"_s << 1 << 1;
    // Retry-After: 2 honoured twice, the third 429 is reported.
    QTest::newRow("rate limit") << u"scenarioAction-rate-limit"_s << u"Demo scenario: Twilio rate limit"_s
                                << u"429 Too Many Requests with Retry-After: 2"_s
                                << u"Twilio is busy with too many requests at once. Try again in a moment. (Twilio "
                                   "20429)"_s
                                << 0 << 3;
    QTest::newRow("outage") << u"scenarioAction-outage"_s << u"Demo scenario: Twilio outage"_s
                            << u"500 Internal Server Error"_s
                            << u"Twilio had an internal error and did not send the text. Try again in a few minutes; "
                               "status.twilio.com says whether Twilio has an outage. (Twilio 20500)"_s
                            << 0 << 1;
    QTest::newRow("phone switched off")
        << u"scenarioAction-phone-off"_s << u"Demo scenario: Phone switched off"_s << u"(Twilio 30003)"_s
        << u"The phone is switched off or out of coverage; the text was not delivered. (Twilio 30003)"_s << 1 << 1;
    QTest::newRow("landline") << u"scenarioAction-landline"_s << u"Demo scenario: Landline"_s << u"21614"_s
                              << u"This number cannot receive text messages: it is not a mobile number. (Twilio "
                                 "21614)"_s
                              << 0 << 1;
}

void TestDemoScenarios::scenarioShowsWhatTheOperatorSees()
{
    QFETCH(QString, action);
    QFETCH(QString, title);
    QFETCH(QString, explanationPart);
    QFETCH(QString, statusPart);
    QFETCH(int, messagesInSink);
    QFETCH(int, minimumRequests);

    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    auto user
        = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard Hendricks"_s, {}, u"password123"_s}));
    QVERIFY(user);
    MainWindowContext context;
    context.service = f.service.get();
    context.clock = &f.clock;
    MainWindow window(context);
    window.enableDemo({f.sink.get(), {}});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.signIn(test::firstAdmin(f));
    QVERIFY(window.showPage(MainWindow::EnrollPageIndex));

    QAction* chosen = menuAction(window, action);
    QVERIFY(chosen);
    chosen->trigger();
    QVERIFY(chosen->isChecked());
    auto* banner = child<QWidget>(window, u"scenarioBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(child<QLabel>(window, u"scenarioTitleLabel"_s)->text(), title);
    const QString explanation = child<QLabel>(window, u"scenarioExplanationLabel"_s)->text();
    QVERIFY2(explanation.contains(explanationPart), qPrintable(explanation));
    QVERIFY(banner->accessibleDescription().contains(explanationPart));
    test::screenshot(&window, u"scenario-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));

    EnrollPage* page = window.enrollPage();
    page->selectUser(user->id);
    auto* phone = child<QLineEdit>(*page, u"phoneEdit"_s);
    QTest::keyClicks(phone, u"(201) 555-0123"_s);
    auto* send = child<CooldownButton>(*page, u"sendCodeButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    auto* status = child<QLabel>(*page, u"sendStatusLabel"_s);
    QVERIFY2(status->text().startsWith(u"Sending a code to +1 ... 0123"_s), qPrintable(status->text()));
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(statusPart), qPrintable(status->text()), 20000);
    QCOMPARE(int(f.sink->messages().size()), messagesInSink);
    QVERIFY2(f.sink->requestCount() >= minimumRequests, qPrintable(QString::number(f.sink->requestCount())));
    // What was typed stays.
    QCOMPARE(phone->text(), u"(201) 555-0123"_s);
}

void TestDemoScenarios::backToNormalUndoesEveryKnob()
{
    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    MainWindowContext context;
    context.service = f.service.get();
    context.clock = &f.clock;
    MainWindow window(context);
    window.enableDemo({f.sink.get(), {}});
    TwilioSink& sink = *f.sink;
    window.chooseScenario(DemoScenario::SlowNetwork);
    QCOMPARE(sink.options().latencyMs, 3000);
    window.chooseScenario(DemoScenario::RateLimit);
    QCOMPARE(sink.options().latencyMs, 0);
    QCOMPARE(sink.standingFault(), TwilioSink::StandingFault::TooManyRequests);
    window.chooseScenario(DemoScenario::PhoneSwitchedOff);
    QCOMPARE(sink.standingFault(), TwilioSink::StandingFault::None);
    QVERIFY(sink.allUndeliverable());
    window.chooseScenario(DemoScenario::Landline);
    QVERIFY(!sink.allUndeliverable());
    QVERIFY(sink.allLandlines());
    menuAction(window, u"scenarioAction-normal"_s)->trigger();
    QCOMPARE(window.scenario(), DemoScenario::Normal);
    QCOMPARE(sink.options().latencyMs, 0);
    QCOMPARE(sink.standingFault(), TwilioSink::StandingFault::None);
    QVERIFY(!sink.allUndeliverable());
    QVERIFY(!sink.allLandlines());
    QVERIFY(!child<QWidget>(window, u"scenarioBanner"_s)->isVisible());
}

void TestDemoScenarios::resetAsksThenBringsBackTheDemo()
{
    test::QcaTestEnvironment qca;
    TFK_REQUIRE_QCA(qca);
    QTemporaryDir dir;
    RuntimeOptions options;
    options.settingsPath = dir.filePath(u"demo.conf"_s);
    options.databasePath = dir.filePath(u"demo.db"_s);
    options.mockSms = true;
    options.demoData = true;
    options.environment = QProcessEnvironment();
    auto created = Runtime::create(options);
    TFK_VERIFY_OK(created);
    Runtime& r = **created;
    const SystemClock clock;
    MainWindowContext context;
    context.service = &r.service();
    context.clock = &clock;
    context.demoOperator = r.demoOperator();
    MainWindow window(context);
    window.enableDemo({r.sink(), [&r] {
                           return r.resetDemo();
                       }});
    PhoneWindow phone(r.sink());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The demo as a presenter leaves it: a user added, a text sent, a scenario on.
    TFK_VERIFY_OK(
        waitFor(r.service().createUser({u"guest@example.com"_s, {}, u"Guest Speaker"_s, {}, u"password123"_s})));
    TFK_VERIFY_OK(waitFor(r.service().sendEnrollmentCode(u"+12015550123"_s, u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s)));
    QTRY_COMPARE(phone.model()->rowCount(), 1);
    window.chooseScenario(DemoScenario::Outage);
    auto before = waitFor(r.service().searchUsers({}, 0, 100));
    TFK_VERIFY_OK(before);
    QCOMPARE(before->total, 5);
    QVERIFY(!waitFor(r.service().recentAudit({}, 100))->isEmpty());

    // Cancel changes nothing.
    menuAction(window, u"resetDemoAction"_s)->trigger();
    auto* dialog = window.findChild<QMessageBox*>(u"resetDemoDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->text(),
             u"Reset the demo? Every user, text and log entry goes and the demo users come back; "
             "operators, API keys and settings stay."_s);
    QTest::mouseClick(child<QPushButton>(*dialog, u"resetDemoCancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QMessageBox*>(u"resetDemoDialog"_s));
    QCOMPARE(phone.model()->rowCount(), 1);
    QCOMPARE(window.scenario(), DemoScenario::Outage);

    menuAction(window, u"resetDemoAction"_s)->trigger();
    dialog = window.findChild<QMessageBox*>(u"resetDemoDialog"_s);
    QVERIFY(dialog);
    QSignalSpy finished(&window, &MainWindow::demoResetFinished);
    QTest::mouseClick(child<QPushButton>(*dialog, u"resetDemoConfirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), true);

    QCOMPARE(phone.model()->rowCount(), 0);
    QVERIFY(r.sink()->messages().isEmpty());
    QCOMPARE(window.scenario(), DemoScenario::Normal);
    QCOMPARE(r.sink()->standingFault(), TwilioSink::StandingFault::None);
    auto users = waitFor(r.service().searchUsers({}, 0, 100));
    TFK_VERIFY_OK(users);
    QStringList emails;
    for (const User& user : std::as_const(users->users)) {
        emails << user.email;
    }
    emails.sort();
    QCOMPARE(emails,
             (QStringList {u"erlich@example.com"_s, u"jared@example.com"_s, u"monica@example.com"_s,
                           u"richard@example.com"_s}));
    // Empty logs but for the demo users' creation, which the reset itself records.
    auto sms = waitFor(r.service().recentSms(100));
    TFK_VERIFY_OK(sms);
    QVERIFY(sms->isEmpty());
    auto audit = waitFor(r.service().recentAudit({}, 100));
    TFK_VERIFY_OK(audit);
    for (const AuditEntry& entry : std::as_const(*audit)) {
        QVERIFY2(entry.event == u"user.create"_s, qPrintable(entry.event));
    }
    // The demo's administrator is still there and signed in.
    QVERIFY(window.operatorSideShown());
}

void TestDemoScenarios::zoomScalesTheWholeWindow()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    MainWindowContext context;
    context.service = f.service.get();
    context.clock = &f.clock;
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* zoomIn = window.findChild<QAction*>(u"zoomInAction"_s);
    auto* zoomOut = window.findChild<QAction*>(u"zoomOutAction"_s);
    auto* actualSize = window.findChild<QAction*>(u"zoomResetAction"_s);
    QVERIFY(zoomIn && zoomOut && actualSize);
    QCOMPARE(zoomIn->shortcut(), QKeySequence(QKeySequence::ZoomIn));
    QCOMPARE(zoomOut->shortcut(), QKeySequence(QKeySequence::ZoomOut));
    QCOMPARE(actualSize->shortcut(), QKeySequence(u"Ctrl+0"_s));
    QCOMPARE(window.findChild<QMenu*>(u"viewMenu"_s)->title(), u"&View"_s);

    auto* heading = child<QLabel>(window, u"organizationNameLabel"_s); // its own, larger type
    auto* field = child<QLineEdit>(window, u"loginIdEdit"_s); // the window's type
    const qreal headingBase = heading->font().pointSizeF();
    const qreal fieldBase = field->font().pointSizeF();
    QVERIFY(headingBase > fieldBase);
    zoomIn->trigger();
    zoomIn->trigger();
    QCOMPARE(window.zoom(), 150);
    QCOMPARE(heading->font().pointSizeF(), headingBase * 1.5);
    QCOMPARE(field->font().pointSizeF(), fieldBase * 1.5);
    zoomOut->trigger();
    QCOMPARE(window.zoom(), 125);
    QCOMPARE(heading->font().pointSizeF(), headingBase * 1.25);
    actualSize->trigger();
    QCOMPARE(heading->font().pointSizeF(), headingBase);
    QCOMPARE(field->font().pointSizeF(), fieldBase);
    // Bounded both ways.
    for (int i = 0; i < 20; ++i) {
        zoomOut->trigger();
    }
    QCOMPARE(window.zoom(), 50);
    window.setZoom(1000);
    QCOMPARE(window.zoom(), 300);
}

void TestDemoScenarios::phoneDocksAndFloats()
{
    ServiceFixture f(sinkOptions());
    TFK_REQUIRE_FIXTURE(f);
    MainWindowContext context;
    context.service = f.service.get();
    context.clock = &f.clock;
    MainWindow window(context);
    PhoneWindow phone(f.sink.get());
    window.setPhoneWindow(&phone);
    window.show();
    phone.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(phone.isWindow());
    QVERIFY(!window.phoneDocked());
    auto* dock = child<QWidget>(window, u"phoneDock"_s);
    QVERIFY(!dock->isVisible());

    auto* dockAction = window.findChild<QAction*>(u"dockPhoneAction"_s);
    QVERIFY(dockAction);
    QCOMPARE(dockAction->text(), u"&Dock the phone"_s);
    dockAction->trigger();
    QVERIFY(window.phoneDocked());
    QVERIFY(!phone.isWindow());
    QVERIFY(dock->isVisible());
    QVERIFY(phone.isVisible());
    QVERIFY(window.isAncestorOf(&phone));
    test::screenshot(&window, u"phone-docked"_s);

    dockAction->trigger();
    QVERIFY(!window.phoneDocked());
    QVERIFY(phone.isWindow());
    QVERIFY(phone.isVisible());
    QVERIFY(!dock->isVisible());
    QVERIFY(!window.isAncestorOf(&phone));
}

QTEST_MAIN(TestDemoScenarios)
#include "tst_demoscenarios.moc"
