// The service's rules under concurrency: many operations on one user, one challenge and one phone at
// once, on more worker threads than cores, all against one SQLite file. Afterwards every counter and
// rule holds exactly: wrong codes per challenge, single use, send cooldowns and caps, the password
// lockout, the bound on pending password checks; no text is sent twice and no audit row is lost.
// Expected figures come from the rules set in each test, never from the service.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "store/Schema.h"

#include <QTest>

#include <liboath/oath.h>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kTutorialSecret = u"8MJJfCY4ERBtotvenSc3"_s;
const QString kPhone = u"+1 201 555 0123"_s;
const QString kPassword = u"correct horse battery"_s;
constexpr int kWorkers = 8; // storage threads: more than the cores, so the threads really interleave
constexpr int kRounds = 3; // every hammer test repeats, each round on a fresh database

QString oathCode(const QString& secret, qint64 unixSeconds)
{
    const QByteArray key = secret.toLatin1();
    char code[10] = {};
    oath_totp_generate(key.constData(), size_t(key.size()), time_t(unixSeconds), 30, 0, 6, code);
    return QString::fromLatin1(code);
}

ServiceFixture::Options hammerOptions()
{
    ServiceFixture::Options options;
    options.service.storageThreads = kWorkers;
    options.service.passwordThreads = 4;
    options.service.maxPendingPasswordWork = 1000;
    return options;
}

int count(Database& database, const QString& sql)
{
    auto query = database.exec(sql);
    return query && query->next() ? query->value(0).toInt() : -1;
}

template <typename T> QList<Result<T>> waitForAll(const QList<QFuture<Result<T>>>& futures)
{
    QList<Result<T>> results;
    for (const auto& future : futures) {
        results.append(waitFor(future, 60000));
    }
    return results;
}

template <typename T> int countCode(const QList<Result<T>>& results, const QString& code)
{
    int n = 0;
    for (const auto& result : results) {
        if (code.isEmpty() ? result.has_value() : (!result && result.error().code == code)) {
            ++n;
        }
    }
    return n;
}

// A user with two-factor by text message, enrolled with the tutorial secret at the fixture's time.
User enrolledUser(ServiceFixture& f, const QString& email = u"richard@example.com"_s, const QString& phone = kPhone)
{
    auto user = waitFor(f.service->createUser({email, {}, u"Richard"_s, phone, kPassword}));
    if (!user) {
        qFatal("%s", qPrintable(user.error().message));
    }
    auto enabled
        = waitFor(f.service->enableTwoFactor(user->id, oathCode(kTutorialSecret, f.clock.currentSecsSinceEpoch()),
                                             kTutorialSecret, TwoFactorDelivery::TextMessage));
    if (!enabled) {
        qFatal("%s", qPrintable(enabled.error().message));
    }
    return enabled->user;
}

} // namespace

class TestTwoFactorServiceConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(oath_init(), int(OATH_OK)); }
    void cleanupTestCase() { oath_done(); }

    void wrongCodesOnOneChallengeStopAtTheLimit();
    void oneChallengeCompletesExactlyOnce();
    void resendFloodOnOneChallengeSendsOnce();
    void enrollmentFloodToOnePhoneHoldsThePhoneCap();
    void floodAcrossPhonesStopsAtTheHourlyCap();
    void passwordGuessesAtOnceStopAtTheLockout();
    void enableRaceEnablesOnce();
    void oneRecoveryCodeOnManyChallengesWorksOnce();
    void pendingPasswordChecksAreBounded();
};

void TestTwoFactorServiceConcurrency::wrongCodesOnOneChallengeStopAtTheLimit()
{
    for (int round = 0; round < kRounds; ++round) {
        ServiceFixture::Options options = hammerOptions();
        options.rules.maxWrongCodes = 5;
        ServiceFixture f(options);
        TFK_REQUIRE_FIXTURE(f);
        enrolledUser(f);
        f.clock.advanceSecs(90);
        auto login = waitFor(f.service->login({u"richard@example.com"_s, kPassword, {}, {}}));
        TFK_VERIFY_OK(login);
        const int auditBefore = count(*f.database, u"SELECT count(*) FROM audit_log"_s);

        constexpr int kAttempts = 64;
        QList<QFuture<Result<LoginResult>>> futures;
        for (int i = 0; i < kAttempts; ++i) {
            futures.append(f.service->completeTwoFactorLogin(login->twoFactorId, u"000000"_s, false));
        }
        const auto results = waitForAll(futures);
        // Exactly maxWrongCodes answers counted the wrong code (421); every other one found the
        // challenge spent (409). Not one more guess was checked.
        QCOMPARE(countCode(results, u"[invalid]code"_s), 5);
        QCOMPARE(countCode(results, u"[LoginPreventedExceptionTooManyTwoFactorAttempts]"_s), kAttempts - 5);
        QCOMPARE(count(*f.database, u"SELECT wrong_codes FROM two_factor_challenges"_s), 5);
        // One audit row per attempt, none lost.
        QCOMPARE(count(*f.database, u"SELECT count(*) FROM audit_log"_s), auditBefore + kAttempts);
        // The right code no longer helps either.
        const QString right = f.sms.lastCode();
        auto late = waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, right, false));
        TFK_VERIFY_ERROR(late, "[LoginPreventedExceptionTooManyTwoFactorAttempts]");
    }
}

void TestTwoFactorServiceConcurrency::oneChallengeCompletesExactlyOnce()
{
    for (int round = 0; round < kRounds; ++round) {
        ServiceFixture f(hammerOptions());
        TFK_REQUIRE_FIXTURE(f);
        enrolledUser(f);
        f.clock.advanceSecs(90);
        auto login = waitFor(f.service->login({u"richard@example.com"_s, kPassword, {}, {}}));
        TFK_VERIFY_OK(login);
        const QString code = oathCode(kTutorialSecret, f.clock.currentSecsSinceEpoch());
        QCOMPARE(f.sms.lastCode(), code);

        constexpr int kAttempts = 32;
        QList<QFuture<Result<LoginResult>>> futures;
        for (int i = 0; i < kAttempts; ++i) {
            futures.append(f.service->completeTwoFactorLogin(login->twoFactorId, code, i % 2 == 0));
        }
        const auto results = waitForAll(futures);
        QCOMPARE(countCode(results, QString()), 1);
        QCOMPARE(countCode(results, u"[TwoFactorTimeout]"_s), kAttempts - 1);
        QCOMPARE(count(*f.database, u"SELECT count(*) FROM two_factor_challenges"_s), 0);
        QCOMPARE(
            count(*f.database, u"SELECT count(*) FROM audit_log WHERE event = 'two-factor.login' AND outcome = 'ok'"_s),
            1);
        // At most the one winner trusted this computer.
        QVERIFY(count(*f.database, u"SELECT count(*) FROM trusted_computers"_s) <= 1);
    }
}

void TestTwoFactorServiceConcurrency::resendFloodOnOneChallengeSendsOnce()
{
    for (int round = 0; round < kRounds; ++round) {
        ServiceFixture f(hammerOptions());
        TFK_REQUIRE_FIXTURE(f);
        enrolledUser(f);
        f.clock.advanceSecs(90);
        auto login = waitFor(f.service->login({u"richard@example.com"_s, kPassword, {}, {}}));
        TFK_VERIFY_OK(login);
        QCOMPARE(f.sms.sent().size(), 1);
        f.clock.advanceSecs(31); // the challenge's cooldown (30 s) is over: one more text is allowed

        constexpr int kAttempts = 48;
        QList<QFuture<Result<SendReceipt>>> futures;
        for (int i = 0; i < kAttempts; ++i) {
            futures.append(f.service->resendLoginCode(login->twoFactorId));
        }
        const auto results = waitForAll(futures);
        QCOMPARE(countCode(results, QString()), 1);
        QCOMPARE(countCode(results, u"[TooManyRequests]"_s), kAttempts - 1);
        QCOMPARE(f.sms.sent().size(), 2);
        QCOMPARE(count(*f.database, u"SELECT sends FROM two_factor_challenges"_s), 2);
        QCOMPARE(count(*f.database, u"SELECT count(*) FROM sms_log"_s), 2);
        QCOMPARE(count(*f.database, u"SELECT count(*) FROM audit_log WHERE event = 'two-factor.send.login'"_s),
                 1 + kAttempts);
    }
}

void TestTwoFactorServiceConcurrency::enrollmentFloodToOnePhoneHoldsThePhoneCap()
{
    for (int round = 0; round < kRounds; ++round) {
        ServiceFixture::Options options = hammerOptions();
        options.rules.sendCooldownSeconds = 0; // only the count per phone limits
        options.rules.maxSendsPerPhone = 5;
        ServiceFixture f(options);
        TFK_REQUIRE_FIXTURE(f);

        constexpr int kAttempts = 40;
        QList<QFuture<Result<SendReceipt>>> futures;
        for (int i = 0; i < kAttempts; ++i) {
            futures.append(f.service->sendEnrollmentCode(kPhone, TotpSecret::generate().secret()));
        }
        const auto results = waitForAll(futures);
        QCOMPARE(countCode(results, QString()), 5);
        QCOMPARE(countCode(results, u"[TooManyRequests]"_s), kAttempts - 5);
        QCOMPARE(f.sms.sent().size(), 5);
        QCOMPARE(count(*f.database, u"SELECT count(*) FROM sms_log"_s), 5);
    }
}

void TestTwoFactorServiceConcurrency::floodAcrossPhonesStopsAtTheHourlyCap()
{
    for (int round = 0; round < kRounds; ++round) {
        ServiceFixture::Options options = hammerOptions();
        options.rules.maxSendsPerHour = 10;
        ServiceFixture f(options);
        TFK_REQUIRE_FIXTURE(f);

        constexpr int kAttempts = 40;
        QList<QFuture<Result<SendReceipt>>> futures;
        for (int i = 0; i < kAttempts; ++i) {
            futures.append(
                f.service->sendEnrollmentCode(u"+1201555%1"_s.arg(1000 + i), TotpSecret::generate().secret()));
        }
        const auto results = waitForAll(futures);
        QCOMPARE(countCode(results, QString()), 10);
        QCOMPARE(countCode(results, u"[SmsHourlyLimit]"_s), kAttempts - 10);
        QCOMPARE(f.sms.sent().size(), 10);
        QCOMPARE(count(*f.database, u"SELECT count(*) FROM sms_log"_s), 10);
    }
}

void TestTwoFactorServiceConcurrency::passwordGuessesAtOnceStopAtTheLockout()
{
    for (int round = 0; round < kRounds; ++round) {
        ServiceFixture::Options options = hammerOptions();
        options.rules.maxPasswordFailures = 5;
        ServiceFixture f(options);
        TFK_REQUIRE_FIXTURE(f);
        auto user = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard"_s, kPhone, kPassword}));
        TFK_VERIFY_OK(user);

        constexpr int kAttempts = 40;
        QList<QFuture<Result<LoginResult>>> futures;
        for (int i = 0; i < kAttempts; ++i) {
            futures.append(f.service->login({u"richard@example.com"_s, u"guess number %1"_s.arg(i), {}, {}}));
        }
        const auto results = waitForAll(futures);
        // Exactly maxPasswordFailures guesses were checked; every other one met the lock first.
        QCOMPARE(countCode(results, u"[InvalidLogin]"_s), 5);
        QCOMPARE(countCode(results, u"[LoginPreventedException]"_s), kAttempts - 5);
        QCOMPARE(count(*f.database, u"SELECT count(*) FROM login_failures"_s), 5);
        // Locked for the right password too.
        auto right = waitFor(f.service->login({u"richard@example.com"_s, kPassword, {}, {}}));
        TFK_VERIFY_ERROR(right, "[LoginPreventedException]");
    }
}

void TestTwoFactorServiceConcurrency::enableRaceEnablesOnce()
{
    for (int round = 0; round < kRounds; ++round) {
        ServiceFixture f(hammerOptions());
        TFK_REQUIRE_FIXTURE(f);
        auto user = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard"_s, kPhone, kPassword}));
        TFK_VERIFY_OK(user);
        const QString code = oathCode(kTutorialSecret, f.clock.currentSecsSinceEpoch());

        constexpr int kAttempts = 24;
        QList<QFuture<Result<TwoFactorEnabled>>> futures;
        for (int i = 0; i < kAttempts; ++i) {
            futures.append(f.service->enableTwoFactor(user->id, code, kTutorialSecret, TwoFactorDelivery::TextMessage));
        }
        const auto results = waitForAll(futures);
        QCOMPARE(countCode(results, QString()), 1);
        QCOMPARE(countCode(results, u"[TwoFactorAlreadyEnabled]"_s), kAttempts - 1);
        QCOMPARE(count(*f.database, u"SELECT count(*) FROM two_factor_used_steps"_s), 1);
        QCOMPARE(count(*f.database, u"SELECT count(*) FROM audit_log WHERE event = 'two-factor.enable'"_s), kAttempts);
    }
}

void TestTwoFactorServiceConcurrency::oneRecoveryCodeOnManyChallengesWorksOnce()
{
    for (int round = 0; round < kRounds; ++round) {
        ServiceFixture::Options options = hammerOptions();
        options.rules.maxSendsPerPhone = 100; // many challenges for one phone
        options.rules.sendCooldownSeconds = 0;
        ServiceFixture f(options);
        TFK_REQUIRE_FIXTURE(f);
        auto user = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard"_s, kPhone, kPassword}));
        TFK_VERIFY_OK(user);
        auto enabled
            = waitFor(f.service->enableTwoFactor(user->id, oathCode(kTutorialSecret, f.clock.currentSecsSinceEpoch()),
                                                 kTutorialSecret, TwoFactorDelivery::TextMessage));
        TFK_VERIFY_OK(enabled);
        const QString recoveryCode = enabled->recoveryCodes.first();

        constexpr int kChallenges = 16;
        QStringList challenges;
        for (int i = 0; i < kChallenges; ++i) {
            auto login = waitFor(f.service->login({u"richard@example.com"_s, kPassword, {}, {}}));
            TFK_VERIFY_OK(login);
            challenges << login->twoFactorId;
        }
        QList<QFuture<Result<LoginResult>>> futures;
        for (const QString& id : std::as_const(challenges)) {
            futures.append(f.service->completeTwoFactorLogin(id, recoveryCode, false));
        }
        const auto results = waitForAll(futures);
        QCOMPARE(countCode(results, QString()), 1);
        QCOMPARE(countCode(results, u"[invalid]code"_s), kChallenges - 1);
        QCOMPARE(count(*f.database, u"SELECT count(*) FROM recovery_codes WHERE used_at IS NOT NULL"_s), 1);
    }
}

void TestTwoFactorServiceConcurrency::pendingPasswordChecksAreBounded()
{
    ServiceFixture::Options options;
    // Real Argon2id (tens of ms per check) so that the calls below all arrive while the first two
    // are still running.
    options.hashing = PasswordHashingLimits::interactive();
    options.service.passwordThreads = 1;
    options.service.maxPendingPasswordWork = 2;
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard"_s, {}, kPassword}));
    TFK_VERIFY_OK(user);

    constexpr int kAttempts = 10;
    QList<QFuture<Result<LoginResult>>> futures;
    for (int i = 0; i < kAttempts; ++i) {
        futures.append(f.service->login({u"richard@example.com"_s, kPassword, {}, {}}));
    }
    const auto results = waitForAll(futures);
    QCOMPARE(countCode(results, QString()), 2);
    QCOMPARE(countCode(results, u"[ServiceBusy]"_s), kAttempts - 2);
    for (const auto& result : results) {
        if (!result) {
            QCOMPARE(result.error().httpStatus, 503);
            QVERIFY(result.error().retryAfterSeconds > 0);
        }
    }
    // Once they are done, logins are admitted again, and nothing is left pending.
    TFK_VERIFY_OK(waitFor(f.service->login({u"richard@example.com"_s, kPassword, {}, {}})));
    QVERIFY(f.service->waitForIdle(5000));
    QCOMPARE(f.service->pendingOperations(), 0);
}

QTEST_GUILESS_MAIN(TestTwoFactorServiceConcurrency)
#include "tst_twofactorservice_concurrency.moc"
