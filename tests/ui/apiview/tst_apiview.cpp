// The API view, driven as an operator and a user do: an enrollment on the Enroll screen and a sign-in with a wrong
// code, a resend and the right code, then the view's entries read back: exactly FusionAuth's request lines and
// statuses (masked outside demo mode, the real values in it), the Twilio client's POST with "+" as %2B, and
// "Copy as curl" run against a headless API started here, answering the status the view shows.

#include "../UiTestHelpers.h"
#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "api/ApiExchangeLog.h"
#include "api/ApiHost.h"
#include "apiview/ApiViewPanel.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "enroll/EnrollPage.h"
#include "mainwindow/MainWindow.h"
#include "recovery/RecoveryCodesDialog.h"
#include "runtime/Runtime.h"
#include "signin/SignInPage.h"
#include "signin/VerificationDialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kApp = u"10000000-0000-0002-0000-000000000001"_s; // the kiosk's application id (the tutorial's)
const QString kMask = u"••••••"_s;

template <typename T> T* child(QWidget& parent, const QString& name)
{
    auto* widget = parent.findChild<T*>(name);
    if (!widget) {
        qFatal("no child %s", qPrintable(name));
    }
    return widget;
}

ServiceFixture::Options fixtureOptions()
{
    ServiceFixture::Options options;
    options.useSink = true;
    options.rules.sendCooldownSeconds = 2; // "Send another code" after a short wait
    return options;
}

JwtSigner testSigner()
{
    return JwtSigner(QByteArray(32, 'k'));
}

// What a test needs around the window: the log the service reports to, and the panel in the window's dock.
struct Desk
{
    explicit Desk(ServiceFixture& f, bool showSecrets, const QUrl& apiBase = {})
        : log(*f.service, testSigner(), showSecrets, &f.clock)
    {
        MainWindowContext context;
        context.service = f.service.get();
        context.clock = &f.clock;
        window = std::make_unique<MainWindow>(context);
        panel = new ApiViewPanel(&log, f.twilio.get(), {showSecrets, apiBase});
        window->setApiView(panel);
        window->resize(1400, 900);
        window->show();
    }

    ApiExchangeLog log;
    std::unique_ptr<MainWindow> window;
    ApiViewPanel* panel = nullptr;
};

// Chooses the user on the Enroll screen and texts a code to (201) 555-0123; true once Twilio answered.
bool sendEnrollmentCode(MainWindow& window, const QString& userId, const QString& expectStatus)
{
    EnrollPage* page = window.enrollPage();
    auto* combo = child<QComboBox>(*page, u"enrollUserCombo"_s);
    if (!QTest::qWaitFor([&] { return combo->findData(userId) >= 0; }, 10000)) {
        return false;
    }
    page->selectUser(userId);
    QTest::keyClicks(child<QLineEdit>(*page, u"phoneEdit"_s), u"(201) 555-0123"_s);
    auto* send = child<CooldownButton>(*page, u"sendCodeButton"_s);
    if (!QTest::qWaitFor([&] { return send->isEnabled(); }, 10000)) {
        return false;
    }
    QTest::mouseClick(send, Qt::LeftButton);
    auto* status = child<QLabel>(*page, u"sendStatusLabel"_s);
    return QTest::qWaitFor([&] { return status->text().contains(expectStatus); }, 15000);
}

} // namespace

class TestApiView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void viewMenuShowsAndHidesTheDock();
    void enrollmentAndSignInAsFusionAuthRequests_data();
    void enrollmentAndSignInAsFusionAuthRequests();
    void copyAsCurlRunsAgainstTheHeadlessApi();
};

void TestApiView::viewMenuShowsAndHidesTheDock()
{
    ServiceFixture f(fixtureOptions());
    TFK_REQUIRE_FIXTURE(f);
    Desk desk(f, false);
    MainWindow& window = *desk.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* dock = child<QDockWidget>(window, u"apiViewDock"_s);
    QCOMPARE(dock->accessibleName(), u"API view"_s);
    QVERIFY(!dock->isVisible());
    QAction* action = window.findChild<QAction*>(u"apiViewAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"A&PI view"_s);
    QVERIFY(action->isCheckable());
    action->trigger();
    QVERIFY(dock->isVisible());
    QVERIFY(window.apiViewShown());
    QCOMPARE(child<QListWidget>(*desk.panel, u"apiExchangeList"_s)->accessibleName(), u"FusionAuth API requests"_s);
    QCOMPARE(child<QListWidget>(*desk.panel, u"twilioExchangeList"_s)->accessibleName(), u"Twilio requests"_s);
    QCOMPARE(child<QPushButton>(*desk.panel, u"copyCurlButton"_s)->accessibleName(), u"Copy as curl"_s);
    QVERIFY(!child<QPushButton>(*desk.panel, u"copyCurlButton"_s)->isEnabled()); // nothing to copy yet
    QCOMPARE(child<QLabel>(*desk.panel, u"apiViewModeLabel"_s)->text(),
             u"Secrets, codes and tokens are masked (••••••); they are shown only in demo mode (--demo or "
             "--mock-sms)."_s);
    // Never on the walk-up users' screen.
    window.enterKioskMode({120});
    QVERIFY(!dock->isVisible());
    QVERIFY(!action->isChecked());
    window.leaveKioskMode();
    action->trigger();
    QVERIFY(dock->isVisible());
    action->trigger();
    QVERIFY(!dock->isVisible());
}

void TestApiView::enrollmentAndSignInAsFusionAuthRequests_data()
{
    QTest::addColumn<bool>("demoMode");
    QTest::newRow("masked") << false;
    QTest::newRow("demo mode") << true;
}

void TestApiView::enrollmentAndSignInAsFusionAuthRequests()
{
    QFETCH(bool, demoMode);
    ServiceFixture f(fixtureOptions());
    TFK_REQUIRE_FIXTURE(f);
    auto richard
        = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard Hendricks"_s, {}, u"password123"_s}));
    QVERIFY(richard);
    Desk desk(f, demoMode);
    MainWindow& window = *desk.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.signIn(test::firstAdmin(f));
    QVERIFY(window.showPage(MainWindow::EnrollPageIndex));
    window.setApiViewShown(true);

    // Enrollment: a secret, the code texted, the code typed back.
    QVERIFY(sendEnrollmentCode(window, richard->id, u" - delivered"_s));
    const QString enrollCode = f.lastSinkCode(u"+12015550123"_s);
    QCOMPARE(enrollCode.size(), 6);
    EnrollPage* page = window.enrollPage();
    QTest::keyClicks(child<CodeLineEdit>(*page, u"enrollCodeEdit"_s), enrollCode);
    QTest::mouseClick(child<QPushButton>(*page, u"enableButton"_s), Qt::LeftButton);
    RecoveryCodesDialog* codes = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((codes = window.findChild<RecoveryCodesDialog*>()) && codes->isVisible(), 10000);
    codes->accept();
    QTRY_VERIFY(child<QLabel>(*page, u"enrollSuccessLabel"_s)->isVisible());

    // Sign-in, one time step later (a code works once): a wrong code, another code, the right one.
    f.clock.advanceSecs(30);
    window.lock();
    SignInPage* signIn = window.signInPage();
    QTest::keyClicks(child<QLineEdit>(*signIn, u"loginIdEdit"_s), u"richard@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(*signIn, u"passwordEdit"_s), u"password123"_s);
    QTest::mouseClick(child<QPushButton>(*signIn, u"signInButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(signIn->verificationDialog() && signIn->verificationDialog()->isVisible(), 10000);
    QTRY_COMPARE(f.sink->messages().size(), 2);
    const QString loginCode = f.lastSinkCode(u"+12015550123"_s);
    VerificationDialog& dialog = *signIn->verificationDialog();
    auto* code = child<CodeLineEdit>(dialog, u"verificationCodeEdit"_s);
    QTest::keyClicks(code, loginCode == u"000000"_s ? u"111111"_s : u"000000"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"verifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(dialog, u"verificationErrorLabel"_s)->text().contains(u"Attempts left: 4"_s));
    auto* resend = child<CooldownButton>(dialog, u"resendButton"_s);
    f.clock.advanceSecs(3);
    QTRY_VERIFY_WITH_TIMEOUT(resend->isEnabled(), 5000);
    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_COMPARE(f.sink->messages().size(), 3);
    QTest::keyClicks(code, loginCode);
    QTest::mouseClick(child<QPushButton>(dialog, u"verifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!signIn->verificationDialog());
    QCOMPARE(child<QLabel>(*signIn, u"welcomeLabel"_s)->text(), u"Welcome, Richard Hendricks. You are signed in."_s);

    const QStringList lines = desk.panel->apiLines();
    QCOMPARE(lines.size(), 7);
    // What each value is in this run: the view must show exactly these in demo mode, and masks elsewhere.
    const QRegularExpression secretPattern(uR"re("secret":"([^"]+)","secretBase32Encoded":"([^"]+)")re"_s);
    const QString twoFactorIdInPath = lines.at(5).section(u' ', 1, 1).section(u'/', 4);
    QString secret = kMask;
    QString secretBase32 = kMask;
    QString twoFactorId = kMask;
    QString enrollShown = kMask;
    QString loginShown = kMask;
    QString wrongShown = kMask;
    QString passwordShown = kMask;
    if (demoMode) {
        const auto match = secretPattern.match(lines.at(0));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(0)));
        secret = match.captured(1);
        secretBase32 = match.captured(2);
        QCOMPARE(secret.size(), 20); // FusionAuth's: 15 random bytes in base64
        QCOMPARE(secretBase32.size(), 32);
        twoFactorId = twoFactorIdInPath;
        QCOMPARE(twoFactorId.size(), 43);
        enrollShown = enrollCode;
        loginShown = loginCode;
        wrongShown = loginCode == u"000000"_s ? u"111111"_s : u"000000"_s;
        passwordShown = u"password123"_s;
    } else {
        QCOMPARE(twoFactorIdInPath, kMask);
    }
    QCOMPARE(lines.at(0),
             u"GET /api/two-factor/secret -> 200 {\"secret\":\"%1\",\"secretBase32Encoded\":\"%2\"}"_s.arg(
                 secret, secretBase32));
    QCOMPARE(lines.at(1),
             u"POST /api/two-factor/send {\"mobilePhone\":\"+12015550123\",\"secret\":\"%1\"} -> 200"_s.arg(secret));
    // Enabling answers the ten recovery codes, shown once.
    const QString enableLine = lines.at(2);
    const QString enablePrefix = u"POST /api/user/two-factor/%1 {\"applicationId\":\"%2\",\"code\":\"%3\",\"delivery\":"
                                 "\"TextMessage\",\"secret\":\"%4\"} -> 200 {\"recoveryCodes\":["_s.arg(
                                     richard->id, kApp, enrollShown, secret);
    QVERIFY2(enableLine.startsWith(enablePrefix), qPrintable(enableLine));
    const QStringList recovery = enableLine.mid(enablePrefix.size()).chopped(2).split(u',');
    QCOMPARE(recovery.size(), 10);
    for (const QString& one : recovery) {
        if (demoMode) {
            QVERIFY2(QRegularExpression(u"^\"[A-Z2-9]{5}-[A-Z2-9]{5}\"$"_s).match(one).hasMatch(), qPrintable(one));
        } else {
            QCOMPARE(one, u"\"••••••\""_s);
        }
    }
    QCOMPARE(
        lines.at(3),
        u"POST /api/login {\"applicationId\":\"%1\",\"ipAddress\":\"127.0.0.1\",\"loginId\":\"richard@example.com\","
        "\"password\":\"%2\"} -> 242 {\"twoFactorId\":\"%3\"}"_s.arg(kApp, passwordShown, twoFactorId));
    const QString completion = u"POST /api/two-factor/login {\"applicationId\":\"%1\",\"code\":\"%2\",\"ipAddress\":"
                               "\"127.0.0.1\",\"trustComputer\":false,\"twoFactorId\":\"%3\"}"_s;
    QCOMPARE(lines.at(4), completion.arg(kApp, wrongShown, twoFactorId) + u" -> 421"_s);
    QCOMPARE(lines.at(5), u"POST /api/two-factor/send/%1 -> 200"_s.arg(twoFactorId));
    // 1234567890 + 33 s, and FusionAuth's hour of token life.
    const QString donePrefix = completion.arg(kApp, loginShown, twoFactorId)
        + u" -> 200 {\"token\":\"%1\",\"tokenExpirationInstant\":1234571523000,\"user\":{\"active\":true,\"email\":"
          "\"richard@example.com\",\"fullName\":\"Richard Hendricks\",\"id\":\"%2\",\"insertInstant\":1234567890000,"_s;
    // The user as FusionAuth's User object: enabled at 1234567890, last signed in 33 s later.
    const QString userJson = u"\"lastLoginInstant\":1234567923000,\"lastUpdateInstant\":1234567890000,\"mobilePhone\":"
                             "\"+12015550123\",\"passwordChangeRequired\":false,\"twoFactorDelivery\":\"TextMessage\","
                             "\"twoFactorEnabled\":true,\"verified\":true}}"_s;
    const QString done = lines.at(6);
    QString token = kMask;
    if (demoMode) {
        const auto match
            = QRegularExpression(uR"re("token":"(eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)")re"_s).match(done);
        QVERIFY2(match.hasMatch(), qPrintable(done));
        token = match.captured(1);
    }
    QCOMPARE(done, donePrefix.arg(token, richard->id) + userJson);
    if (!demoMode) {
        // Nothing secret anywhere in the masked view.
        const QString all = lines.join(u'\n');
        QVERIFY(!all.contains(enrollCode));
        QVERIFY(!all.contains(u"password123"_s));
        QVERIFY(!all.contains(u"eyJ"_s));
    }

    // The Twilio view: the first POST to .../Messages.json as it went on the wire, "+" as %2B, no secret.
    const QStringList twilio = desk.panel->twilioLines();
    QVERIFY(twilio.size() >= 3);
    const QString messages = f.sink->baseUrl().toString() + u"/2010-04-01/Accounts/"_s + f.sink->options().accountSid
        + u"/Messages.json"_s;
    const QStringList post = twilio.first().split(u'\n');
    QCOMPARE(post.at(0), u"POST "_s + messages);
    QCOMPARE(post.at(1), u"Authorization: Basic •••••• (%1)"_s.arg(f.sink->options().accountSid));
    QVERIFY2(post.at(2).startsWith(u"To=%2B12015550123&From="_s), qPrintable(post.at(2)));
    QVERIFY2(post.at(2).endsWith(demoMode ? u"&Body=Two%20Factor%20Code%3A%20"_s + enrollCode : u"&Body=••••••"_s),
             qPrintable(post.at(2)));
    QVERIFY2(post.at(3).startsWith(u"-> 201 {"_s), qPrintable(post.at(3)));
    QVERIFY2(post.at(3).contains(u"\"sid\":\"SM"_s), qPrintable(post.at(3)));
    QVERIFY2(post.at(3).contains(u"\"to\":\"+12015550123\""_s), qPrintable(post.at(3)));
    // The delivery report the enrollment waited for, as the poll that found it.
    const auto delivered = std::ranges::find_if(twilio, [](const QString& entry) {
        return entry.startsWith(u"GET "_s) && entry.endsWith(u"Delivery status: delivered"_s);
    });
    QVERIFY2(delivered != twilio.end(), qPrintable(twilio.join(u"\n\n"_s)));
    test::screenshot(&window, demoMode ? u"api-view-demo"_s : u"api-view-masked"_s);
}

void TestApiView::copyAsCurlRunsAgainstTheHeadlessApi()
{
    ServiceFixture f(fixtureOptions());
    TFK_REQUIRE_FIXTURE(f);
    auto richard
        = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard Hendricks"_s, {}, u"password123"_s}));
    QVERIFY(richard);

    // The headless API, as `twofactor-kiosk --headless --api --mock-sms` starts it, on a free port.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RuntimeOptions options;
    options.settingsPath = dir.filePath(u"kiosk.conf"_s);
    options.databasePath = dir.filePath(u"kiosk.db"_s);
    options.mockSms = true;
    options.environment = QProcessEnvironment();
    auto runtime = Runtime::create(options);
    QVERIFY2(runtime, runtime ? "" : qPrintable(runtime.error().message));
    ApiServerOptions apiOptions;
    apiOptions.port = 0;
    auto host = ApiHost::start(**runtime, apiOptions, QProcessEnvironment());
    QVERIFY2(host, host ? "" : qPrintable(host.error().message));
    auto key = (*host)->keys().create(u"curl test"_s);
    QVERIFY(key);
    const QUrl api = (*host)->server().baseUrl();

    Desk desk(f, true, api);
    MainWindow& window = *desk.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.signIn(test::firstAdmin(f));
    QVERIFY(window.showPage(MainWindow::EnrollPageIndex));
    window.setApiViewShown(true);
    QVERIFY(sendEnrollmentCode(window, richard->id, u"Code sent to +1 ... 0123"_s));

    auto* list = child<QListWidget>(*desk.panel, u"apiExchangeList"_s);
    QCOMPARE(list->count(), 2);
    const QString shown = list->item(1)->text();
    QVERIFY2(shown.startsWith(u"POST /api/two-factor/send {\"mobilePhone\":\"+12015550123\",\"secret\":\""_s),
             qPrintable(shown));
    QVERIFY2(shown.endsWith(u"} -> 200"_s), qPrintable(shown));
    list->setCurrentRow(1);
    QApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(*desk.panel, u"copyCurlButton"_s), Qt::LeftButton);
    const QString command = QApplication::clipboard()->text();
    QCOMPARE(command,
             u"curl -s -i -X POST -H \"Authorization: $TFK_API_KEY\" -H 'Content-Type: application/json' -d '"_s
                 + shown.section(u' ', 2).chopped(7) + u"' '"_s + api.toString() + u"/api/two-factor/send'"_s);

    // Run as a presenter pastes it: the key in the shell's environment.
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TFK_API_KEY"_s, key->key);
    shell.setProcessEnvironment(environment);
    shell.start(u"sh"_s, {u"-c"_s, command});
    QVERIFY(shell.waitForStarted());
    // The API answers on this thread's event loop: wait with it running.
    QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 20000);
    QCOMPARE(shell.exitCode(), 0);
    const QString answer = QString::fromUtf8(shell.readAllStandardOutput());
    const QString statusLine = answer.section(u"\r\n"_s, 0, 0);
    QVERIFY2(statusLine.startsWith(u"HTTP/1.1 "_s), qPrintable(answer));
    QCOMPARE(statusLine.section(u' ', 1, 1), shown.section(u" -> "_s, 1));
    // The headless kiosk's own sink got the text.
    QTRY_COMPARE((*runtime)->sink()->messages().size(), 1);
    QCOMPARE((*runtime)->sink()->messages().first().to, u"+12015550123"_s);

    // Without the API on, the command says so and assumes FusionAuth's address.
    desk.panel->setApiBase({});
    QVERIFY(desk.panel->curlCommand(1).startsWith(
        u"# The API is not on in this window: start twofactor-kiosk with --api first.\ncurl "_s));
    QVERIFY(desk.panel->curlCommand(1).endsWith(u"'http://127.0.0.1:9011/api/two-factor/send'"_s));
}

QTEST_MAIN(TestApiView)
#include "tst_apiview.moc"
