// Twilio misbehaving, through the mock sink's fault knobs, with the real Twilio client under the
// service: latency, 429 (once, and on every attempt), 500, a dropped connection and a hang (the
// client's timeout). For each: the operator gets a plain sentence naming what happened, the program
// never sends a text twice by itself (the sink counts the requests and the messages it took), the
// SMS log says what became of the text, and nothing is lost: the next try enrolls the user, and a
// sign-in whose text failed completes after a resend.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kPassword = u"correct horse battery"_s;
const QString kPhone = u"+1 201 555 0123"_s;
const QString kE164 = u"+12015550123"_s;

enum class Fault
{
    Latency,
    TooManyRequestsOnce,
    TooManyRequestsAlways,
    ServerError,
    DroppedConnection,
    Hang
};

void inject(TwilioSink& sink, Fault fault, int attempts)
{
    switch (fault) {
    case Fault::Latency:
        sink.setLatency(400);
        break;
    case Fault::TooManyRequestsOnce:
        sink.injectTooManyRequests(1, 0);
        break;
    case Fault::TooManyRequestsAlways:
        sink.injectTooManyRequests(attempts, 0);
        break;
    case Fault::ServerError:
        sink.injectServerError(1);
        break;
    case Fault::DroppedConnection:
        sink.injectDroppedConnection(1);
        break;
    case Fault::Hang:
        sink.injectHang(1);
        break;
    }
}

ServiceFixture::Options options()
{
    ServiceFixture::Options o;
    o.useSink = true;
    o.rules.maxSendsPerPhone = 100;
    return o;
}

// Fast enough for a test: a hang is given up on after a second, retries come after 50 ms. No delivery
// polling: its GETs would count as requests, and could take a fault meant for a POST.
void quickClient(ServiceFixture& f)
{
    TwilioConfig config = f.twilio->config();
    config.timeoutMs = 1000;
    config.backoffMs = 50;
    config.trackDelivery = false;
    f.twilio->setConfig(config);
}

} // namespace

class TestTwilioFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enrollmentText_data();
    void enrollmentText();
    void signInText_data() { enrollmentText_data(); }
    void signInText();
};

void TestTwilioFaults::enrollmentText_data()
{
    QTest::addColumn<Fault>("fault");
    // What the SMS log records as the cause (empty: the text went), the words the operator reads, the
    // requests the sink saw and the messages it took.
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("messages");
    QTest::newRow("latency 400 ms") << Fault::Latency << QString() << QString() << 1 << 1;
    // Twilio guarantees a 429 was not processed: the one retry is safe, and one text arrives.
    QTest::newRow("429 once") << Fault::TooManyRequestsOnce << QString() << QString() << 2 << 1;
    QTest::newRow("429 on every attempt")
        << Fault::TooManyRequestsAlways << u"twilio:20429"_s << u"too many requests"_s << 3 << 0;
    QTest::newRow("500") << Fault::ServerError << u"twilio:20500"_s << u"internal error"_s << 1 << 0;
    // Whether these reached Twilio is unknown: never sent again.
    QTest::newRow("dropped connection") << Fault::DroppedConnection << u"[TwilioConnectionDropped]"_s
                                        << u"not sent again"_s << 1 << 0;
    QTest::newRow("hang") << Fault::Hang << u"[TwilioTimeout]"_s << u"did not answer within 1 seconds"_s << 1 << 0;
}

void TestTwilioFaults::enrollmentText()
{
    QFETCH(Fault, fault);
    QFETCH(QString, cause);
    QFETCH(QString, words);
    QFETCH(int, requests);
    QFETCH(int, messages);
    ServiceFixture f(options());
    TFK_REQUIRE_FIXTURE(f);
    quickClient(f);
    auto user = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    const QString secret = f.service->generateSecret().secret();

    inject(*f.sink, fault, f.twilio->config().maxAttempts);
    auto sent = waitFor(f.service->sendEnrollmentCode(kPhone, secret), 20000);
    QCOMPARE(f.sink->requestCount(), requests);
    QCOMPARE(f.sink->messages().size(), messages);
    auto log = waitFor(f.service->recentSms(1));
    TFK_VERIFY_OK(log);
    QCOMPARE(log->size(), 1);
    if (cause.isEmpty()) {
        TFK_VERIFY_OK(sent);
        QCOMPARE(log->first().status, u"queued"_s);
    } else {
        TFK_VERIFY_ERROR(sent, "[TwoFactorSendFailed]");
        // A sentence for the operator: where it went, and what Twilio did.
        QVERIFY2(sent.error().message.startsWith(u"The code could not be texted to +1 ... 0123: "_s),
                 qPrintable(sent.error().message));
        QVERIFY2(sent.error().message.contains(words, Qt::CaseInsensitive), qPrintable(sent.error().message));
        QCOMPARE(log->first().status, u"failed"_s);
        QCOMPARE(log->first().errorCode, cause);
        // Nothing lost: the operator tries again (after the 30 s cooldown) and the user is enrolled.
        f.clock.advanceSecs(31);
        TFK_VERIFY_OK(waitFor(f.service->sendEnrollmentCode(kPhone, secret), 20000));
        QCOMPARE(f.sink->messages().size(), 1);
    }
    auto enabled
        = waitFor(f.service->enableTwoFactor(user->id, f.lastSinkCode(kE164), secret, TwoFactorDelivery::TextMessage));
    TFK_VERIFY_OK(enabled);
    QVERIFY(enabled->user.twoFactorEnabled);
}

void TestTwilioFaults::signInText()
{
    QFETCH(Fault, fault);
    QFETCH(QString, cause);
    QFETCH(QString, words);
    QFETCH(int, requests);
    QFETCH(int, messages);
    ServiceFixture f(options());
    TFK_REQUIRE_FIXTURE(f);
    quickClient(f);
    auto user = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    const QString secret = f.service->generateSecret().secret();
    TFK_VERIFY_OK(waitFor(f.service->sendEnrollmentCode(kPhone, secret)));
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(user->id, f.lastSinkCode(kE164), secret, TwoFactorDelivery::TextMessage)));
    f.sink->clear();
    f.clock.advanceSecs(60);

    inject(*f.sink, fault, f.twilio->config().maxAttempts);
    auto login = waitFor(f.service->login({u"richard@example.com"_s, kPassword, {}, {}}), 20000);
    TFK_VERIFY_OK(login);
    // The password was right: the challenge stands whatever became of the text.
    QCOMPARE(login->status, LoginResult::Status::TwoFactorRequired);
    QVERIFY(!login->twoFactorId.isEmpty());
    QCOMPARE(f.sink->requestCount(), requests);
    QCOMPARE(f.sink->messages().size(), messages);
    if (cause.isEmpty()) {
        QVERIFY(!login->deliveryError);
    } else {
        QVERIFY(login->deliveryError);
        QVERIFY2(login->deliveryError->message.contains(words, Qt::CaseInsensitive),
                 qPrintable(login->deliveryError->message));
        // The user asks for another code after the cooldown; it goes once and signs them in.
        f.clock.advanceSecs(31);
        TFK_VERIFY_OK(waitFor(f.service->resendLoginCode(login->twoFactorId), 20000));
        QCOMPARE(f.sink->messages().size(), 1);
    }
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, f.lastSinkCode(kE164), false)));
}

QTEST_GUILESS_MAIN(TestTwilioFaults)
#include "tst_twiliofaults.moc"
