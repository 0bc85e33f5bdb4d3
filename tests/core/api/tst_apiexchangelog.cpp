// The API view's record of the window's steps, on the service itself: turning two-factor off as the requests a
// FusionAuth client sends (a spent code 421, the code texted to the user, then 200), an invalid phone as the 400
// the API answers, nothing recorded for the API's own clients, and outside demo mode nothing secret kept.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "api/ApiExchangeLog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kTutorialSecret = u"8MJJfCY4ERBtotvenSc3"_s; // 830023 at the fixture's time (RFC 6238's 1234567890)

} // namespace

class TestApiExchangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turningOffAsRequests();
};

void TestApiExchangeLog::turningOffAsRequests()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"m@example.com"_s, {}, u"M"_s, u"+1 201 555 0123"_s, u"pw-123456"_s}));
    TFK_VERIFY_OK(user);
    ApiExchangeLog log(*f.service, JwtSigner(QByteArray(32, 'k')), false, &f.clock);
    const RequestContext desk {{}, {}, u"admin"_s}; // an operator at the window

    TFK_VERIFY_OK(waitFor(
        f.service->enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage, desk)));
    TFK_VERIFY_ERROR(waitFor(f.service->disableTwoFactor(user->id, u"830023"_s, desk)), "[invalid]code"); // spent
    TFK_VERIFY_OK(waitFor(f.service->sendCodeToUser(user->id, desk)));
    const QString texted = f.sms.lastCode();
    TFK_VERIFY_OK(waitFor(f.service->disableTwoFactor(user->id, texted, desk)));
    TFK_VERIFY_ERROR(waitFor(f.service->sendEnrollmentCode(u"555-555-5555"_s, kTutorialSecret, desk)),
                     "[invalid]mobilePhone");
    // The API's own clients: their access log has them, the view does not repeat them.
    f.service->generateSecret({{}, {}, Actors::apiKey(u"ops"_s)});
    TFK_VERIFY_ERROR(waitFor(f.service->sendCodeToUser(user->id, {{}, {}, Actors::apiKey(u"ops"_s)})),
                     "[TwoFactorNotEnabled]");
    QVERIFY(!waitFor(f.service->resendLoginCode(u"unknown"_s, {{}, {}, Actors::apiUser()})));

    QStringList lines;
    for (const ApiExchange& exchange : log.exchanges()) {
        lines << exchange.summary();
    }
    QCOMPARE(lines.size(), 5);
    QCOMPARE(
        lines.at(0),
        u"POST /api/user/two-factor/%1 {\"code\":\"••••••\",\"delivery\":\"TextMessage\",\"secret\":\"••••••\"} -> 200 "
        "{\"recoveryCodes\":[\"••••••\",\"••••••\",\"••••••\",\"••••••\",\"••••••\",\"••••••\",\"••••••\",\"••••••\","
        "\"••••••\",\"••••••\"]}"_s.arg(user->id));
    QCOMPARE(lines.at(1), u"DELETE /api/user/two-factor/%1?code=•••••• -> 421"_s.arg(user->id));
    QCOMPARE(lines.at(2), u"POST /api/two-factor/send {\"userId\":\"%1\"} -> 200"_s.arg(user->id));
    QCOMPARE(lines.at(3), u"DELETE /api/user/two-factor/%1?code=•••••• -> 200"_s.arg(user->id));
    QVERIFY2(
        lines.at(4).startsWith(u"POST /api/two-factor/send {\"mobilePhone\":\"555-555-5555\",\"secret\":\"••••••\"} "
                               "-> 400 {\"fieldErrors\":{\"mobilePhone\":[{\"code\":\"[invalid]mobilePhone\","
                               "\"message\":\""_s),
        qPrintable(lines.at(4)));
    // Outside demo mode the codes never stay in memory, not even unmasked behind the view.
    for (const ApiExchange& exchange : log.exchanges()) {
        QVERIFY(!exchange.path.contains(texted));
        QVERIFY(!exchange.requestLine().contains(u"830023"_s));
        QVERIFY(!exchange.requestLine().contains(kTutorialSecret));
    }

    log.clear();
    QVERIFY(log.exchanges().isEmpty());
}

QTEST_GUILESS_MAIN(TestApiExchangeLog)
#include "tst_apiexchangelog.moc"
