// The clock jumping during a challenge (an NTP correction, a dead RTC battery, an operator fixing the
// time): an expired or future code never gets through, and a valid user is never kept out longer than
// the rules say. Expectations are worked out by hand from the default rules (window one step either
// side, a challenge lives 300 s, 30 s between texts, 5 wrong passwords in 60 s lock for 180 s, 20
// wrong codes per user per hour); the codes the user holds come from liboath.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"

#include <QTest>

#include <liboath/oath.h>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kSecret = u"8MJJfCY4ERBtotvenSc3"_s;
const QString kPassword = u"correct horse battery"_s;
const QString kLogin = u"richard@example.com"_s;
// RFC 6238's test time, the first second of time step 41152263.
constexpr qint64 kEnrolledAt = 1234567890;
// The sign-in starts two steps later (step 41152265), so no code of the enrollment is in its window.
constexpr qint64 kLoginAt = kEnrolledAt + 60;

QString oathCode(qint64 unixSeconds)
{
    const QByteArray key = kSecret.toLatin1();
    char code[10] = {};
    oath_totp_generate(key.constData(), size_t(key.size()), time_t(unixSeconds), 30, 0, 6, code);
    return QString::fromLatin1(code);
}

ServiceFixture::Options options()
{
    ServiceFixture::Options o;
    o.startSecs = kEnrolledAt;
    o.rules.maxSendsPerPhone = 100; // the wrong-code cap needs more logins than one phone's default
    return o;
}

} // namespace

class TestClockJumps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(oath_init(), int(OATH_OK)); }
    void cleanupTestCase() { oath_done(); }

    void forwardPastTheLifetimeEndsTheChallenge();
    void forwardTwoStepsRefusesTheOldCode();
    void forwardOneStepStillAcceptsTheCode();
    void backwardRefusesTheCodeButNotANewOne();
    void anExpiredChallengeStaysExpiredWhenTheClockGoesBack();
    void backwardDoesNotExtendAPasswordLockout();
    void smallSkewBackKeepsTheLockout();
    void forwardEndsAPasswordLockout();
    void backwardDoesNotExtendTheWrongCodeCap();

private:
    // Richard, enrolled at kEnrolledAt, the clock at kLoginAt.
    static bool enroll(ServiceFixture& f);
    // Signs in at the fixture's time: the twoFactorId (the code went to f.sms).
    static QString challenge(ServiceFixture& f);
};

bool TestClockJumps::enroll(ServiceFixture& f)
{
    if (!f.problem().isEmpty()) {
        qWarning("%s", f.problem().constData());
        return false;
    }
    auto user = waitFor(f.service->createUser({kLogin, {}, u"Richard"_s, u"+1 201 555 0123"_s, kPassword}));
    if (!user) {
        return false;
    }
    auto enabled
        = waitFor(f.service->enableTwoFactor(user->id, oathCode(kEnrolledAt), kSecret, TwoFactorDelivery::TextMessage));
    f.clock.setSecs(kLoginAt);
    return enabled.has_value();
}

QString TestClockJumps::challenge(ServiceFixture& f)
{
    auto login = waitFor(f.service->login({kLogin, kPassword, {}, {}}));
    if (!login || login->status != LoginResult::Status::TwoFactorRequired) {
        qWarning("login: %s", login ? "no challenge" : qPrintable(login.error().message));
        return {};
    }
    return login->twoFactorId;
}

void TestClockJumps::forwardPastTheLifetimeEndsTheChallenge()
{
    ServiceFixture f(options());
    QVERIFY(enroll(f));
    const QString id = challenge(f);
    QVERIFY(!id.isEmpty());
    QCOMPARE(f.sms.lastCode(), oathCode(kLoginAt));
    f.clock.advanceSecs(10 * 60); // 600 s > the 300 s a challenge lives
    TFK_VERIFY_ERROR(waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt), false)), "[TwoFactorTimeout]");
    TFK_VERIFY_ERROR(waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt + 600), false)),
                     "[TwoFactorTimeout]");
    // Not kept out: a new sign-in at the new time goes through.
    const QString again = challenge(f);
    QVERIFY(!again.isEmpty());
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(again, oathCode(kLoginAt + 600), false)));
}

void TestClockJumps::forwardTwoStepsRefusesTheOldCode()
{
    ServiceFixture f(options());
    QVERIFY(enroll(f));
    const QString id = challenge(f);
    QVERIFY(!id.isEmpty());
    f.clock.advanceSecs(60); // the code's step is now two behind; the window looks back one
    auto late = waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt), false));
    TFK_VERIFY_ERROR(late, "[invalid]code");
    QCOMPARE(late.error().httpStatus, 421);
    // 60 s since the text, more than the 30 s cooldown: another code at once, and it works.
    TFK_VERIFY_OK(waitFor(f.service->resendLoginCode(id)));
    QCOMPARE(f.sms.lastCode(), oathCode(kLoginAt + 60));
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt + 60), false)));
}

void TestClockJumps::forwardOneStepStillAcceptsTheCode()
{
    ServiceFixture f(options());
    QVERIFY(enroll(f));
    const QString id = challenge(f);
    QVERIFY(!id.isEmpty());
    f.clock.advanceSecs(30); // one step behind: inside the window
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt), false)));
}

void TestClockJumps::backwardRefusesTheCodeButNotANewOne()
{
    ServiceFixture f(options());
    QVERIFY(enroll(f));
    const QString id = challenge(f);
    QVERIFY(!id.isEmpty());
    f.clock.advanceSecs(-10 * 60); // the code's step is now 20 ahead; the window looks ahead one
    TFK_VERIFY_ERROR(waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt), false)), "[invalid]code");
    // The last text is dated 10 minutes ahead of the clock: it does not hold the 30 s cooldown for 630 s.
    auto resent = waitFor(f.service->resendLoginCode(id));
    TFK_VERIFY_OK(resent);
    QCOMPARE(f.sms.lastCode(), oathCode(kLoginAt - 600));
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt - 600), false)));
}

void TestClockJumps::anExpiredChallengeStaysExpiredWhenTheClockGoesBack()
{
    ServiceFixture f(options());
    QVERIFY(enroll(f));
    const QString id = challenge(f);
    QVERIFY(!id.isEmpty());
    f.clock.advanceSecs(301); // one second past the lifetime
    TFK_VERIFY_ERROR(waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt), false)), "[TwoFactorTimeout]");
    f.clock.setSecs(kLoginAt); // back to when the code was right
    TFK_VERIFY_ERROR(waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt), false)), "[TwoFactorTimeout]");
    TFK_VERIFY_ERROR(waitFor(f.service->resendLoginCode(id)), "[TwoFactorTimeout]");
}

void TestClockJumps::backwardDoesNotExtendAPasswordLockout()
{
    ServiceFixture f(options());
    QVERIFY(enroll(f));
    for (int i = 0; i < 5; ++i) {
        TFK_VERIFY_ERROR(waitFor(f.service->login({kLogin, u"wrong"_s, {}, {}})), "[InvalidLogin]");
    }
    auto locked = waitFor(f.service->login({kLogin, kPassword, {}, {}}));
    TFK_VERIFY_ERROR(locked, "[LoginPreventedException]");
    QCOMPARE(locked.error().retryAfterSeconds, 180);
    // The failures are now dated 10 minutes ahead: honouring them would lock Richard out for 780 s.
    f.clock.advanceSecs(-10 * 60);
    const QString id = challenge(f);
    QVERIFY(!id.isEmpty());
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt - 600), false)));
}

void TestClockJumps::smallSkewBackKeepsTheLockout()
{
    ServiceFixture f(options());
    QVERIFY(enroll(f));
    for (int i = 0; i < 5; ++i) {
        TFK_VERIFY_ERROR(waitFor(f.service->login({kLogin, u"wrong"_s, {}, {}})), "[InvalidLogin]");
    }
    // 5 s back (within the 10 s two desks' clocks may differ by): still locked, 180 s from the last
    // failure, which is 185 s from now.
    f.clock.advanceSecs(-5);
    auto locked = waitFor(f.service->login({kLogin, kPassword, {}, {}}));
    TFK_VERIFY_ERROR(locked, "[LoginPreventedException]");
    QCOMPARE(locked.error().retryAfterSeconds, 185);
    f.clock.advanceSecs(185);
    QVERIFY(!challenge(f).isEmpty());
}

void TestClockJumps::forwardEndsAPasswordLockout()
{
    ServiceFixture f(options());
    QVERIFY(enroll(f));
    for (int i = 0; i < 5; ++i) {
        TFK_VERIFY_ERROR(waitFor(f.service->login({kLogin, u"wrong"_s, {}, {}})), "[InvalidLogin]");
    }
    f.clock.advanceSecs(179);
    TFK_VERIFY_ERROR(waitFor(f.service->login({kLogin, kPassword, {}, {}})), "[LoginPreventedException]");
    f.clock.advanceSecs(10 * 60);
    QVERIFY(!challenge(f).isEmpty());
}

void TestClockJumps::backwardDoesNotExtendTheWrongCodeCap()
{
    ServiceFixture f(options());
    QVERIFY(enroll(f));
    // 20 wrong codes, 5 per challenge (each challenge dies at 5), all at one time.
    for (int c = 0; c < 4; ++c) {
        const QString id = challenge(f);
        QVERIFY(!id.isEmpty());
        for (int i = 0; i < 5; ++i) {
            TFK_VERIFY_ERROR(waitFor(f.service->completeTwoFactorLogin(id, u"000000"_s, false)), "[invalid]code");
        }
    }
    QString id = challenge(f);
    QVERIFY(!id.isEmpty());
    auto capped = waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt), false));
    TFK_VERIFY_ERROR(capped, "[LoginPreventedExceptionTooManyTwoFactorAttempts]");
    QCOMPARE(capped.error().retryAfterSeconds, 3600);
    // Dated 10 minutes ahead, the wrong codes would keep Richard out for 4200 s, not the hour the rule says.
    f.clock.advanceSecs(-10 * 60);
    id = challenge(f);
    QVERIFY(!id.isEmpty());
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(id, oathCode(kLoginAt - 600), false)));
}

QTEST_GUILESS_MAIN(TestClockJumps)
#include "tst_clockjumps.moc"
