// The workflow service end to end: FusionAuth's tutorial replayed step by step, then every error
// path. Codes are checked against liboath (an independent RFC 6238 implementation) or against the
// test vectors, never against the engine the service itself uses.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "store/Schema.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <liboath/oath.h>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kTutorialSecret = u"8MJJfCY4ERBtotvenSc3"_s;
const QString kPhone = u"+1 201 555 0123"_s;
const QString kPhoneE164 = u"+12015550123"_s;
const QString kPassword = u"correct horse battery"_s;
const RequestContext kContext {QString::fromLatin1(Schema::kTutorialApplicationId), u"192.168.1.42"_s};

// liboath's code for a Unix time: the independent oracle.
QString oathCode(const QString& secret, qint64 unixSeconds)
{
    const QByteArray key = secret.toLatin1();
    char code[10] = {};
    oath_totp_generate(key.constData(), size_t(key.size()), time_t(unixSeconds), 30, 0, 6, code);
    return QString::fromLatin1(code);
}

QStringList allLoggedText(Database& database)
{
    QStringList text;
    for (const QString& sql :
         {u"SELECT event, outcome, COALESCE(user_id,''), COALESCE(application_id,''), "
          "COALESCE(ip_address,''), COALESCE(phone_masked,''), COALESCE(detail,'') FROM audit_log"_s,
          u"SELECT purpose, phone_hash, phone_masked, COALESCE(user_id,''), COALESCE(message_id,''), "
          "status, COALESCE(error_code,''), COALESCE(error_message,'') FROM sms_log"_s}) {
        auto query = database.exec(sql);
        if (!query) {
            qFatal("%s", qPrintable(query.error().message));
        }
        while (query->next()) {
            for (int i = 0; i < 8; ++i) {
                text << query->value(i).toString();
            }
        }
    }
    return text;
}

int count(Database& database, const QString& sql)
{
    auto query = database.exec(sql);
    return query && query->next() ? query->value(0).toInt() : -1;
}

} // namespace

class TestTwoFactorService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(oath_init(), int(OATH_OK)); }
    void cleanupTestCase() { oath_done(); }

    void tutorialScenario();
    void generatedSecretsHaveTheFusionAuthShape();

    void enrollmentRejectsTheTutorialsInvalidPhone();
    void enrollmentRejectsABadSecret();
    void enableRejectsAWrongCode();
    void enableValidation();
    void enableAndLoginInOneStepNeverTextAUsedCode();
    void acceptedCodeCannotBeReused();

    void unknownLoginIdAndWrongPasswordLookTheSame();
    void lockoutAfterFivePasswordFailures();
    void loginWithoutTwoFactorAuthenticatesAtOnce();
    void trustedComputerSkipsTheCodeFor30Days();

    void challengeExpires();
    void sixthWrongCodeIsRefused();
    void resendCooldownAndChallengeStatus();
    void sendLimitsPerPhone();
    void globalHourlySendCap();
    void smsFailureIsReportedWithTheProviderCode();
    void smsLogRecordsSenderAndSegments();
    void loginStillGivesATwoFactorIdWhenTheTextFails();

    void disableWithACodeTextedToTheUser();

    void userManagement();
    void userLimitsAreNamed();
    void hostileLoginIds_data();
    void hostileLoginIds();
    void unicodeNamesAreSearchable();
    void passwordIsRehashedWhenLimitsChange();

    void enableIsAtomic();
    void noSecretCodeOrPhoneInTheLogs();
};

void TestTwoFactorService::tutorialScenario()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    TwoFactorService& service = *f.service;

    auto user = waitFor(service.createUser({u"richard@example.com"_s, {}, u"Richard Hendricks"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    QCOMPARE(user->mobilePhone, kPhoneE164);

    // 2. Send a code to the phone being enrolled: the current TOTP of the secret.
    auto sent = waitFor(service.sendEnrollmentCode(kPhone, kTutorialSecret, kContext));
    TFK_VERIFY_OK(sent);
    QCOMPARE(sent->phoneMasked, u"+1 ... 0123"_s);
    QCOMPARE(f.sms.sent().size(), 1);
    QCOMPARE(f.sms.last().to, kPhoneE164);
    // RFC 6238 time 1234567890 with the tutorial secret: 830023 (shared/reference/test-vectors.md).
    QCOMPARE(f.sms.last().body, u"Two Factor Code: 830023"_s);

    // 3. Enable with the texted code.
    auto enabled = waitFor(
        service.enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage, kContext));
    TFK_VERIFY_OK(enabled);
    QVERIFY(enabled->user.twoFactorEnabled);
    QCOMPARE(enabled->user.delivery, TwoFactorDelivery::TextMessage);
    // Ten recovery codes come with it, in FusionAuth's shape.
    QCOMPARE(enabled->recoveryCodes.size(), 10);
    for (const QString& code : enabled->recoveryCodes) {
        QVERIFY2(QRegularExpression(u"^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$"_s).match(code).hasMatch(),
                 qPrintable(code));
    }

    // 5. Login in the same 30 s step: two-factor required, a twoFactorId, and a text sent.
    auto login = waitFor(service.login({u"richard@example.com"_s, kPassword, kContext, {}}));
    TFK_VERIFY_OK(login);
    QCOMPARE(login->status, LoginResult::Status::TwoFactorRequired);
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(login->twoFactorId).hasMatch(),
             qPrintable(login->twoFactorId));
    QVERIFY(!login->deliveryError);
    QCOMPARE(f.sms.sent().size(), 2);
    QCOMPARE(f.sms.last().to, kPhoneE164);
    // 830023 was spent enabling; the text carries the next step's code, which liboath confirms.
    const QString loginCode = f.sms.lastCode();
    QCOMPARE(loginCode, oathCode(kTutorialSecret, 1234567890 + 30));
    QVERIFY(loginCode != u"830023"_s);

    // 6. The user asks for another code after the cooldown: the same step, so the same code.
    f.clock.advanceSecs(31);
    auto resent = waitFor(service.resendLoginCode(login->twoFactorId, kContext));
    TFK_VERIFY_OK(resent);
    QCOMPARE(f.sms.sent().size(), 3);
    QCOMPARE(f.sms.lastCode(), loginCode);

    // 7. Complete.
    auto done = waitFor(service.completeTwoFactorLogin(login->twoFactorId, loginCode, false, kContext));
    TFK_VERIFY_OK(done);
    QCOMPARE(done->status, LoginResult::Status::Authenticated);
    QCOMPARE(done->user.id, user->id);
    QCOMPARE(done->user.lastLoginAt, f.clock.currentMSecsSinceEpoch());
    QVERIFY(done->twoFactorTrustId.isEmpty());

    // The twoFactorId is spent.
    auto again = waitFor(service.completeTwoFactorLogin(login->twoFactorId, loginCode, false, kContext));
    TFK_VERIFY_ERROR(again, "[TwoFactorTimeout]");
    QCOMPARE(again.error().httpStatus, 404);

    // Every step is in the audit log, newest first.
    auto audit = waitFor(service.recentAudit({}, 50));
    TFK_VERIFY_OK(audit);
    QStringList events;
    for (const AuditEntry& entry : *audit) {
        events.prepend(entry.event % u':' % entry.outcome);
    }
    QCOMPARE(events,
             QStringList({u"user.create:ok"_s, u"two-factor.send.enrollment:ok"_s, u"two-factor.enable:ok"_s,
                          u"login:two-factor-required"_s, u"two-factor.send.login:ok"_s, u"two-factor.send.login:ok"_s,
                          u"two-factor.login:ok"_s, u"two-factor.login:[TwoFactorTimeout]"_s}));
    QCOMPARE(audit->first().ipAddress, u"192.168.1.42"_s);
    QCOMPARE(audit->first().applicationId, QString::fromLatin1(Schema::kTutorialApplicationId));
}

void TestTwoFactorService::generatedSecretsHaveTheFusionAuthShape()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const TotpSecret secret = f.service->generateSecret();
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9+/]{20}$"_s).match(secret.secret()).hasMatch());
    QVERIFY(QRegularExpression(u"^[A-Z2-7]{32}$"_s).match(secret.secretBase32Encoded()).hasMatch());
}

void TestTwoFactorService::enrollmentRejectsTheTutorialsInvalidPhone()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto sent = waitFor(f.service->sendEnrollmentCode(u"555-555-5555"_s, kTutorialSecret));
    TFK_VERIFY_ERROR(sent, "[invalid]mobilePhone");
    QCOMPARE(sent.error().httpStatus, 400);
    QCOMPARE(sent.error().field, u"mobilePhone"_s);
    QVERIFY2(sent.error().message.contains(u"555"_s), qPrintable(sent.error().message));
    QVERIFY(f.sms.sent().isEmpty()); // never reaches Twilio
}

void TestTwoFactorService::enrollmentRejectsABadSecret()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto sent = waitFor(f.service->sendEnrollmentCode(kPhone, u"has space"_s));
    TFK_VERIFY_ERROR(sent, "[invalid]secret");
    QCOMPARE(sent.error().httpStatus, 400);
    auto blank = waitFor(f.service->sendEnrollmentCode(kPhone, QString()));
    TFK_VERIFY_ERROR(blank, "[blank]secret");
    QVERIFY(f.sms.sent().isEmpty());
}

void TestTwoFactorService::enableRejectsAWrongCode()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"a@example.com"_s, {}, u"A"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    auto wrong
        = waitFor(f.service->enableTwoFactor(user->id, u"123456"_s, kTutorialSecret, TwoFactorDelivery::TextMessage));
    TFK_VERIFY_ERROR(wrong, "[invalid]code");
    QCOMPARE(wrong.error().httpStatus, 421);
    auto shape
        = waitFor(f.service->enableTwoFactor(user->id, u"83002"_s, kTutorialSecret, TwoFactorDelivery::TextMessage));
    TFK_VERIFY_ERROR(shape, "[invalid]code");
    QVERIFY(!waitFor(f.service->findUser(user->id))->twoFactorEnabled);
    // The window: the previous step's code (slow SMS) is still accepted.
    auto late = waitFor(f.service->enableTwoFactor(user->id, oathCode(kTutorialSecret, 1234567890 - 30),
                                                   kTutorialSecret, TwoFactorDelivery::TextMessage));
    TFK_VERIFY_OK(late);
}

void TestTwoFactorService::enableValidation()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto noPhone = waitFor(f.service->createUser({u"b@example.com"_s, {}, u"B"_s, {}, kPassword}));
    TFK_VERIFY_OK(noPhone);
    auto textWithoutPhone = waitFor(
        f.service->enableTwoFactor(noPhone->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage));
    TFK_VERIFY_ERROR(textWithoutPhone, "[blank]user.mobilePhone");
    QCOMPARE(textWithoutPhone.error().httpStatus, 400);

    auto unknown = waitFor(f.service->enableTwoFactor(u"00000000-0000-0000-0000-000000000000"_s, u"830023"_s,
                                                      kTutorialSecret, TwoFactorDelivery::TextMessage));
    TFK_VERIFY_ERROR(unknown, "[notFound]user");
    QCOMPARE(unknown.error().httpStatus, 404);

    auto blank = waitFor(f.service->enableTwoFactor(noPhone->id, u" "_s, kTutorialSecret, TwoFactorDelivery::None));
    TFK_VERIFY_ERROR(blank, "[blank]code");
    QCOMPARE(blank.error().httpStatus, 400);

    auto badSecret = waitFor(f.service->enableTwoFactor(noPhone->id, u"830023"_s, u"ü"_s, TwoFactorDelivery::None));
    TFK_VERIFY_ERROR(badSecret, "[invalid]secret");

    // Delivery None (an authenticator app) needs no phone.
    auto none = waitFor(f.service->enableTwoFactor(noPhone->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::None));
    TFK_VERIFY_OK(none);
    auto twice
        = waitFor(f.service->enableTwoFactor(noPhone->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::None));
    TFK_VERIFY_ERROR(twice, "[TwoFactorAlreadyEnabled]");
}

void TestTwoFactorService::enableAndLoginInOneStepNeverTextAUsedCode()
{
    // Enable, login, complete, login again, all inside steps where single use bites.
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    f.clock.setSecs(1234567890 - 20); // 10 s into step 41152262... the step starts at 1234567860
    auto user = waitFor(f.service->createUser({u"c@example.com"_s, {}, u"C"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    const QString enableCode = oathCode(kTutorialSecret, f.clock.currentSecsSinceEpoch());
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(user->id, enableCode, kTutorialSecret, TwoFactorDelivery::TextMessage)));

    auto login = waitFor(f.service->login({u"c@example.com"_s, kPassword, {}, {}}));
    TFK_VERIFY_OK(login);
    const QString texted = f.sms.lastCode();
    QVERIFY(texted != enableCode);
    QCOMPARE(texted, oathCode(kTutorialSecret, f.clock.currentSecsSinceEpoch() + 30));
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, texted, false)));

    // Both codes valid right now are spent: the next login says how long to wait instead of
    // texting a code that would be refused.
    f.clock.advanceSecs(1);
    auto second = waitFor(f.service->login({u"c@example.com"_s, kPassword, {}, {}}));
    TFK_VERIFY_OK(second);
    QVERIFY(second->deliveryError.has_value());
    QCOMPARE(second->deliveryError->code, u"[TooManyRequests]"_s);
    QVERIFY(second->deliveryError->retryAfterSeconds > 0 && second->deliveryError->retryAfterSeconds <= 30);
    // Once the next step begins the resend works and the code completes the login.
    f.clock.advanceSecs(second->deliveryError->retryAfterSeconds + 30);
    auto resent = waitFor(f.service->resendLoginCode(second->twoFactorId));
    TFK_VERIFY_OK(resent);
    QVERIFY(f.sms.lastCode() != texted && f.sms.lastCode() != enableCode);
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(second->twoFactorId, f.sms.lastCode(), false)));
}

void TestTwoFactorService::acceptedCodeCannotBeReused()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"d@example.com"_s, {}, u"D"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage)));
    f.clock.advanceSecs(60);
    auto login = waitFor(f.service->login({u"d@example.com"_s, kPassword, {}, {}}));
    TFK_VERIFY_OK(login);
    // The code that enabled two-factor is still inside the look-behind window, but it is spent.
    f.clock.setSecs(1234567890 + 25);
    auto replay = waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, u"830023"_s, false));
    TFK_VERIFY_ERROR(replay, "[invalid]code");
    QVERIFY2(replay.error().message.contains(u"already been used"_s), qPrintable(replay.error().message));
    QVERIFY2(replay.error().message.contains(u"Attempts left: 4"_s), qPrintable(replay.error().message));
}

void TestTwoFactorService::unknownLoginIdAndWrongPasswordLookTheSame()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    TFK_VERIFY_OK(waitFor(f.service->createUser({u"e@example.com"_s, {}, u"E"_s, {}, kPassword})));
    auto wrongPassword = waitFor(f.service->login({u"e@example.com"_s, u"not the password"_s, {}, {}}));
    auto unknownId = waitFor(f.service->login({u"nobody@example.com"_s, u"not the password"_s, {}, {}}));
    TFK_VERIFY_ERROR(wrongPassword, "[InvalidLogin]");
    TFK_VERIFY_ERROR(unknownId, "[InvalidLogin]");
    QCOMPARE(wrongPassword.error(), unknownId.error());
    QCOMPARE(unknownId.error().httpStatus, 404);
    // Login ids are case-blind and trimmed.
    auto ok = waitFor(f.service->login({u"  E@Example.COM "_s, kPassword, {}, {}}));
    TFK_VERIFY_OK(ok);
}

void TestTwoFactorService::lockoutAfterFivePasswordFailures()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    TFK_VERIFY_OK(waitFor(f.service->createUser({u"f@example.com"_s, {}, u"F"_s, {}, kPassword})));
    for (int i = 0; i < 5; ++i) {
        TFK_VERIFY_ERROR(waitFor(f.service->login({u"f@example.com"_s, u"wrong"_s, {}, {}})), "[InvalidLogin]");
        f.clock.advanceSecs(10);
    }
    // Five failures within 60 s: even the right password is refused, with the time left.
    auto locked = waitFor(f.service->login({u"f@example.com"_s, kPassword, {}, {}}));
    TFK_VERIFY_ERROR(locked, "[LoginPreventedException]");
    QCOMPARE(locked.error().httpStatus, 409);
    QCOMPARE(locked.error().retryAfterSeconds, qint64(180 - 10));
    f.clock.advanceSecs(169);
    TFK_VERIFY_ERROR(waitFor(f.service->login({u"f@example.com"_s, kPassword, {}, {}})), "[LoginPreventedException]");
    f.clock.advanceSecs(2);
    TFK_VERIFY_OK(waitFor(f.service->login({u"f@example.com"_s, kPassword, {}, {}})));

    // Failures spread wider than 60 s never lock.
    for (int i = 0; i < 6; ++i) {
        TFK_VERIFY_ERROR(waitFor(f.service->login({u"f@example.com"_s, u"wrong"_s, {}, {}})), "[InvalidLogin]");
        f.clock.advanceSecs(16);
    }
    TFK_VERIFY_OK(waitFor(f.service->login({u"f@example.com"_s, kPassword, {}, {}})));

    // Unknown ids lock the same way, so a lockout does not reveal which ids exist.
    for (int i = 0; i < 5; ++i) {
        (void)waitFor(f.service->login({u"ghost@example.com"_s, u"wrong"_s, {}, {}}));
    }
    TFK_VERIFY_ERROR(waitFor(f.service->login({u"ghost@example.com"_s, u"wrong"_s, {}, {}})),
                     "[LoginPreventedException]");
}

void TestTwoFactorService::loginWithoutTwoFactorAuthenticatesAtOnce()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({{}, u"gilfoyle"_s, u"Bertram Gilfoyle"_s, {}, kPassword}));
    TFK_VERIFY_OK(user);
    auto login = waitFor(f.service->login({u"GILFOYLE"_s, kPassword, kContext, {}}));
    TFK_VERIFY_OK(login);
    QCOMPARE(login->status, LoginResult::Status::Authenticated);
    QVERIFY(login->twoFactorId.isEmpty());
    QCOMPARE(login->user.lastLoginAt, f.clock.currentMSecsSinceEpoch());
    QVERIFY(f.sms.sent().isEmpty());

    auto badApp = waitFor(f.service->login({u"gilfoyle"_s, kPassword, {u"not-an-app"_s, {}}, {}}));
    TFK_VERIFY_ERROR(badApp, "[invalid]applicationId");
}

void TestTwoFactorService::trustedComputerSkipsTheCodeFor30Days()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"g@example.com"_s, {}, u"G"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage)));
    auto login = waitFor(f.service->login({u"g@example.com"_s, kPassword, {}, {}}));
    TFK_VERIFY_OK(login);
    auto done = waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, f.sms.lastCode(), true));
    TFK_VERIFY_OK(done);
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(done->twoFactorTrustId).hasMatch());
    const int textsBefore = int(f.sms.sent().size());

    f.clock.advanceSecs(29 * 86400);
    auto trusted = waitFor(f.service->login({u"g@example.com"_s, kPassword, {}, done->twoFactorTrustId}));
    TFK_VERIFY_OK(trusted);
    QCOMPARE(trusted->status, LoginResult::Status::Authenticated);
    QCOMPARE(f.sms.sent().size(), textsBefore);

    // A made-up trust id does not skip the code, and after 30 days the real one is gone.
    auto madeUp = waitFor(f.service->login({u"g@example.com"_s, kPassword, {}, u"made-up-trust-id"_s}));
    TFK_VERIFY_OK(madeUp);
    QCOMPARE(madeUp->status, LoginResult::Status::TwoFactorRequired);
    f.clock.advanceSecs(86400 + 1);
    auto expired = waitFor(f.service->login({u"g@example.com"_s, kPassword, {}, done->twoFactorTrustId}));
    TFK_VERIFY_OK(expired);
    QCOMPARE(expired->status, LoginResult::Status::TwoFactorRequired);
}

void TestTwoFactorService::challengeExpires()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"i@example.com"_s, {}, u"I"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage)));
    auto login = waitFor(f.service->login({u"i@example.com"_s, kPassword, {}, {}}));
    TFK_VERIFY_OK(login);
    QCOMPARE(login->challengeExpiresAt, f.clock.currentMSecsSinceEpoch() + 300 * 1000);
    f.clock.advanceSecs(300);
    const qint64 late = f.clock.currentSecsSinceEpoch();
    auto expired
        = waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, oathCode(kTutorialSecret, late), false));
    TFK_VERIFY_ERROR(expired, "[TwoFactorTimeout]");
    QCOMPARE(expired.error().httpStatus, 404);
    TFK_VERIFY_ERROR(waitFor(f.service->resendLoginCode(login->twoFactorId)), "[TwoFactorTimeout]");
    TFK_VERIFY_ERROR(waitFor(f.service->challengeStatus(login->twoFactorId)), "[TwoFactorTimeout]");
    TFK_VERIFY_ERROR(waitFor(f.service->completeTwoFactorLogin(u"made-up"_s, u"123456"_s, false)),
                     "[TwoFactorTimeout]");
}

void TestTwoFactorService::sixthWrongCodeIsRefused()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"j@example.com"_s, {}, u"J"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage)));
    auto login = waitFor(f.service->login({u"j@example.com"_s, kPassword, {}, {}}));
    TFK_VERIFY_OK(login);
    const QString right = f.sms.lastCode();
    const QString wrong = right == u"000000"_s ? u"111111"_s : u"000000"_s;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        auto refused = waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, wrong, false));
        TFK_VERIFY_ERROR(refused, "[invalid]code");
        QCOMPARE(refused.error().httpStatus, 421);
        QCOMPARE(waitFor(f.service->challengeStatus(login->twoFactorId))->attemptsLeft, 5 - attempt);
    }
    // The challenge is dead: even the right code gets 409, and so does a resend.
    auto sixth = waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, right, false));
    TFK_VERIFY_ERROR(sixth, "[LoginPreventedExceptionTooManyTwoFactorAttempts]");
    QCOMPARE(sixth.error().httpStatus, 409);
    f.clock.advanceSecs(31);
    TFK_VERIFY_ERROR(waitFor(f.service->resendLoginCode(login->twoFactorId)),
                     "[LoginPreventedExceptionTooManyTwoFactorAttempts]");
}

void TestTwoFactorService::resendCooldownAndChallengeStatus()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"k@example.com"_s, {}, u"K"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage)));
    auto login = waitFor(f.service->login({u"k@example.com"_s, kPassword, {}, {}}));
    TFK_VERIFY_OK(login);
    auto status = waitFor(f.service->challengeStatus(login->twoFactorId));
    TFK_VERIFY_OK(status);
    QCOMPARE(status->phoneMasked, u"+1 ... 0123"_s);
    QCOMPARE(status->attemptsLeft, 5);
    QCOMPARE(status->sends, 1);
    QCOMPARE(status->nextSendAt, f.clock.currentMSecsSinceEpoch() + 30 * 1000);

    f.clock.advanceSecs(12);
    auto early = waitFor(f.service->resendLoginCode(login->twoFactorId));
    TFK_VERIFY_ERROR(early, "[TooManyRequests]");
    QCOMPARE(early.error().httpStatus, 429);
    QCOMPARE(early.error().retryAfterSeconds, qint64(18));
    QVERIFY2(early.error().message.contains(u"18 seconds"_s), qPrintable(early.error().message));
    QCOMPARE(f.sms.sent().size(), 1); // only the login's own text
}

void TestTwoFactorService::sendLimitsPerPhone()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    TFK_VERIFY_OK(waitFor(f.service->sendEnrollmentCode(kPhone, kTutorialSecret)));
    // One per 30 s to the same phone, however it is written.
    auto tooSoon = waitFor(f.service->sendEnrollmentCode(u"(201) 555-0123"_s, kTutorialSecret));
    TFK_VERIFY_ERROR(tooSoon, "[TooManyRequests]");
    QCOMPARE(tooSoon.error().retryAfterSeconds, qint64(30));
    // Another phone is not affected.
    TFK_VERIFY_OK(waitFor(f.service->sendEnrollmentCode(u"+1 201 555 0199"_s, kTutorialSecret)));
    for (int i = 0; i < 4; ++i) {
        f.clock.advanceSecs(31);
        TFK_VERIFY_OK(waitFor(f.service->sendEnrollmentCode(kPhone, kTutorialSecret)));
    }
    // Five in 10 minutes: the sixth waits until the first leaves the window.
    f.clock.advanceSecs(31);
    auto sixth = waitFor(f.service->sendEnrollmentCode(kPhone, kTutorialSecret));
    TFK_VERIFY_ERROR(sixth, "[TooManyRequests]");
    QCOMPARE(sixth.error().retryAfterSeconds, qint64(600 - 5 * 31));
    QCOMPARE(f.sms.sent().size(), 6);
}

void TestTwoFactorService::globalHourlySendCap()
{
    ServiceFixture::Options options;
    options.rules.maxSendsPerHour = 3;
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    const QString phones[] = {u"+1 201 555 0101"_s, u"+1 201 555 0102"_s, u"+1 201 555 0103"_s, u"+1 201 555 0104"_s};
    for (int i = 0; i < 3; ++i) {
        TFK_VERIFY_OK(waitFor(f.service->sendEnrollmentCode(phones[i], kTutorialSecret)));
        f.clock.advanceSecs(60);
    }
    auto capped = waitFor(f.service->sendEnrollmentCode(phones[3], kTutorialSecret));
    TFK_VERIFY_ERROR(capped, "[SmsHourlyLimit]");
    QCOMPARE(capped.error().httpStatus, 429);
    QCOMPARE(capped.error().retryAfterSeconds, qint64(3600 - 180));
    QCOMPARE(f.sms.sent().size(), 3);
}

void TestTwoFactorService::smsFailureIsReportedWithTheProviderCode()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    f.sms.failWith(Error {u"twilio:21614"_s, u"This number cannot receive text messages (Twilio 21614)."_s, 400});
    auto sent = waitFor(f.service->sendEnrollmentCode(kPhone, kTutorialSecret));
    TFK_VERIFY_ERROR(sent, "[TwoFactorSendFailed]");
    QVERIFY2(sent.error().message.contains(u"21614"_s), qPrintable(sent.error().message));
    QVERIFY(sent.error().message.contains(u"+1 ... 0123"_s));
    auto log = waitFor(f.service->recentSms(5));
    TFK_VERIFY_OK(log);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().status, u"failed"_s);
    QCOMPARE(log->first().errorCode, u"twilio:21614"_s);
    QCOMPARE(log->first().phoneMasked, u"+1 ... 0123"_s);
}

void TestTwoFactorService::smsLogRecordsSenderAndSegments()
{
    ServiceFixture::Options options;
    // 64 GSM characters, then 'ó' (UCS-2), a space and the 6-digit code: 72 UTF-16 units, over 70.
    options.rules.smsTemplate = QString(64, u'a') + u"ó {code}"_s;
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    f.sms.setSender(u"ACME IT"_s);
    TFK_VERIFY_OK(waitFor(f.service->sendEnrollmentCode(kPhone, kTutorialSecret)));
    f.sms.failWith(Error {u"twilio:21612"_s, u"Not from this sender (Twilio 21612)."_s, 400});
    f.clock.advanceSecs(60);
    TFK_VERIFY_ERROR(waitFor(f.service->sendEnrollmentCode(kPhone, kTutorialSecret)), "[TwoFactorSendFailed]");
    auto log = waitFor(f.service->recentSms(5));
    TFK_VERIFY_OK(log);
    QCOMPARE(log->size(), 2);
    for (const SmsLogEntry& entry : *log) {
        QCOMPARE(entry.sender, u"ACME IT"_s); // the failed one too: it says which sender was refused
        QCOMPARE(entry.segments, 2);
        QCOMPARE(entry.encoding, u"UCS-2"_s);
    }
    QCOMPARE(log->at(0).status, u"failed"_s);
    QCOMPARE(log->at(1).status, u"queued"_s);
}

void TestTwoFactorService::loginStillGivesATwoFactorIdWhenTheTextFails()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"l@example.com"_s, {}, u"L"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage)));
    f.sms.failWith(Error {u"twilio:30003"_s, u"Unreachable handset (Twilio 30003)."_s, 400});
    auto login = waitFor(f.service->login({u"l@example.com"_s, kPassword, {}, {}}));
    TFK_VERIFY_OK(login);
    QCOMPARE(login->status, LoginResult::Status::TwoFactorRequired);
    QVERIFY(login->deliveryError.has_value());
    QVERIFY(login->deliveryError->message.contains(u"30003"_s));
    // The user asks again once the provider recovers.
    f.sms.failWith(std::nullopt);
    f.clock.advanceSecs(30);
    TFK_VERIFY_OK(waitFor(f.service->resendLoginCode(login->twoFactorId)));
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, f.sms.lastCode(), false)));
}

void TestTwoFactorService::disableWithACodeTextedToTheUser()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"m@example.com"_s, {}, u"M"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    TFK_VERIFY_ERROR(waitFor(f.service->sendCodeToUser(user->id)), "[TwoFactorNotEnabled]");
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage)));
    TFK_VERIFY_ERROR(waitFor(f.service->disableTwoFactor(user->id, u"830023"_s)), "[invalid]code"); // spent
    TFK_VERIFY_OK(waitFor(f.service->sendCodeToUser(user->id)));
    QCOMPARE(f.sms.last().to, kPhoneE164);
    auto disabled = waitFor(f.service->disableTwoFactor(user->id, f.sms.lastCode()));
    TFK_VERIFY_OK(disabled);
    QVERIFY(!disabled->twoFactorEnabled);
    QCOMPARE(disabled->delivery, TwoFactorDelivery::None);
    auto login = waitFor(f.service->login({u"m@example.com"_s, kPassword, {}, {}}));
    TFK_VERIFY_OK(login);
    QCOMPARE(login->status, LoginResult::Status::Authenticated);
    TFK_VERIFY_ERROR(waitFor(f.service->disableTwoFactor(user->id, u"123456"_s)), "[TwoFactorNotEnabled]");
    TFK_VERIFY_ERROR(waitFor(f.service->sendCodeToUser(u"nobody"_s)), "[notFound]user");
}

void TestTwoFactorService::userManagement()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto created
        = waitFor(f.service->createUser({u"n@example.com"_s, u"nelson"_s, u"Nelson Bighetti"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(created);
    TFK_VERIFY_ERROR(waitFor(f.service->createUser({u"N@EXAMPLE.com"_s, {}, u"Other"_s, {}, kPassword})),
                     "[duplicate]user.email");
    // A username may not be somebody's email either.
    TFK_VERIFY_ERROR(waitFor(f.service->createUser({{}, u"n@example.com"_s, u"Other"_s, {}, kPassword})),
                     "[duplicate]user.username");
    TFK_VERIFY_ERROR(waitFor(f.service->createUser({{}, {}, u"Nameless"_s, {}, kPassword})), "[blank]user.email");
    // A name is optional (FusionAuth's POST /api/user may leave it out).
    auto unnamed = waitFor(f.service->createUser({u"unnamed@example.com"_s, {}, QString(), {}, kPassword}));
    TFK_VERIFY_OK(unnamed);
    QCOMPARE(unnamed->fullName, QString());
    TFK_VERIFY_ERROR(waitFor(f.service->createUser({u"not-an-email"_s, {}, u"X"_s, {}, kPassword})),
                     "[invalid]user.email");
    TFK_VERIFY_ERROR(waitFor(f.service->createUser({u"o@example.com"_s, {}, u"X"_s, {}, u"short"_s})),
                     "[tooShort]user.password");
    TFK_VERIFY_ERROR(waitFor(f.service->createUser({u"o@example.com"_s, {}, u"X"_s, u"555-555-5555"_s, kPassword})),
                     "[invalid]user.mobilePhone");

    QCOMPARE(waitFor(f.service->findUserByLoginId(u"NELSON"_s))->value().id, created->id);
    QVERIFY(!waitFor(f.service->findUserByLoginId(u"nobody"_s))->has_value());
    QCOMPARE(waitFor(f.service->findUsersByPhone(u"(201) 555-0123"_s))->size(), 1);

    auto updated = waitFor(f.service->updateUser(
        created->id,
        {u"bighead@example.com"_s, u"nelson"_s, u"Big Head"_s, u"+1 201 555 0199"_s, u"a new password"_s}));
    TFK_VERIFY_OK(updated);
    QCOMPARE(updated->email, u"bighead@example.com"_s);
    QCOMPARE(updated->mobilePhone, u"+12015550199"_s);
    // Found by the new number only (on SQLite through the search index, which the update re-indexed).
    QCOMPARE(waitFor(f.service->findUsersByPhone(u"+1 201 555 0199"_s))->size(), 1);
    QCOMPARE(waitFor(f.service->findUsersByPhone(u"(201) 555-0123"_s))->size(), 0);
    TFK_VERIFY_OK(waitFor(f.service->login({u"bighead@example.com"_s, u"a new password"_s, {}, {}})));
    TFK_VERIFY_ERROR(waitFor(f.service->login({u"n@example.com"_s, u"a new password"_s, {}, {}})), "[InvalidLogin]");
    TFK_VERIFY_ERROR(waitFor(f.service->updateUser(u"nobody"_s, {u"x@example.com"_s, {}, {}, {}, {}})),
                     "[notFound]user");

    // Paging through 25 users, ordered by name.
    for (int i = 0; i < 25; ++i) {
        TFK_VERIFY_OK(waitFor(f.service->createUser({u"user%1@example.com"_s.arg(i, 2, 10, QLatin1Char('0')),
                                                     {},
                                                     u"User %1"_s.arg(i, 2, 10, QLatin1Char('0')),
                                                     {},
                                                     kPassword})));
    }
    auto page = waitFor(f.service->searchUsers(u"user"_s, 10, 10));
    TFK_VERIFY_OK(page);
    QCOMPARE(page->total, 25);
    QCOMPARE(page->users.size(), 10);
    QCOMPARE(page->users.first().fullName, u"User 10"_s);
    QCOMPARE(waitFor(f.service->searchUsers(QString(), 0, 100))->total, 27);
    // Last four digits of the phone.
    QCOMPARE(waitFor(f.service->searchUsers(u"0199"_s, 0, 10))->users.first().id, created->id);
    // LIKE wildcards are literal.
    QCOMPARE(waitFor(f.service->searchUsers(u"%"_s, 0, 10))->total, 0);
    QCOMPARE(waitFor(f.service->searchUsers(u"_"_s, 0, 10))->total, 0);
}

void TestTwoFactorService::hostileLoginIds_data()
{
    QTest::addColumn<QString>("loginId");
    QTest::addColumn<QString>("code");
    QTest::newRow("sql injection") << u"' OR '1'='1' --"_s << u"[InvalidLogin]"_s;
    QTest::newRow("sql injection 2") << u"a@example.com'; DROP TABLE users; --"_s << u"[InvalidLogin]"_s;
    QTest::newRow("like wildcard") << u"%"_s << u"[InvalidLogin]"_s;
    QTest::newRow("10 kB") << QString(10 * 1024, u'a') << u"[tooLong]loginId"_s;
    QTest::newRow("nul") << QString::fromUtf16(u"a@example.com\0x", 15) << u"[InvalidLogin]"_s;
    QTest::newRow("unicode") << u"ñoño@ejemplo.es"_s << u"[InvalidLogin]"_s;
}

void TestTwoFactorService::hostileLoginIds()
{
    QFETCH(QString, loginId);
    QFETCH(QString, code);
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    TFK_VERIFY_OK(waitFor(f.service->createUser({u"a@example.com"_s, {}, u"A"_s, {}, kPassword})));
    auto login = waitFor(f.service->login({loginId, kPassword, {}, {}}));
    QVERIFY(!login.has_value());
    QCOMPARE(login.error().code, code);
    QVERIFY(login.error().message.size() < 300);
    // Nothing was dropped or damaged.
    QCOMPARE(count(*f.database, u"SELECT count(*) FROM users"_s), 1);
    auto created = waitFor(f.service->createUser({loginId.left(300), {}, u"X"_s, {}, kPassword}));
    if (created) {
        QCOMPARE(created->email, loginId.left(300));
    }
    auto tooLong = waitFor(f.service->createUser({QString(10 * 1024, u'a') + u"@x"_s, {}, u"X"_s, {}, kPassword}));
    TFK_VERIFY_ERROR(tooLong, "[tooLong]user.email");
}

void TestTwoFactorService::unicodeNamesAreSearchable()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto zoe = waitFor(f.service->createUser({u"zoe@example.com"_s, {}, u"Zoë Ünal"_s, {}, kPassword}));
    auto yamada = waitFor(f.service->createUser({u"yamada@example.jp"_s, {}, u"山田 太郎"_s, {}, kPassword}));
    auto strasse = waitFor(f.service->createUser({{}, u"ÆSIR"_s, u"Straße"_s, {}, kPassword}));
    TFK_VERIFY_OK(zoe);
    TFK_VERIFY_OK(yamada);
    TFK_VERIFY_OK(strasse);
    QCOMPARE(waitFor(f.service->findUser(zoe->id))->fullName, u"Zoë Ünal"_s);
    QCOMPARE(waitFor(f.service->searchUsers(u"ünal"_s, 0, 10))->users.value(0).id, zoe->id);
    QCOMPARE(waitFor(f.service->searchUsers(u"ÜNAL"_s, 0, 10))->users.value(0).id, zoe->id);
    QCOMPARE(waitFor(f.service->searchUsers(u"山田"_s, 0, 10))->users.value(0).id, yamada->id);
    QCOMPARE(waitFor(f.service->searchUsers(u"STRAßE"_s, 0, 10))->users.value(0).id, strasse->id);
    TFK_VERIFY_OK(waitFor(f.service->login({u"æsir"_s, kPassword, {}, {}})));
}

void TestTwoFactorService::passwordIsRehashedWhenLimitsChange()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"p@example.com"_s, {}, u"P"_s, {}, kPassword}));
    TFK_VERIFY_OK(user);
    const QByteArray before = *f.users().passwordHash(user->id);
    QVERIFY(before.startsWith("$argon2id$"));

    // The same database served with stronger limits.
    PasswordHashingLimits stronger = PasswordHashingLimits::fastForTests();
    stronger.opsLimit += 1;
    PasswordHasher strongerHasher(stronger);
    TwoFactorService upgraded(*f.database, f.sms, f.clock, *f.cipher, strongerHasher, PhoneNumberParser(),
                              TwoFactorRules());
    TFK_VERIFY_OK(waitFor(upgraded.login({u"p@example.com"_s, kPassword, {}, {}})));
    const QByteArray after = *f.users().passwordHash(user->id);
    QVERIFY(after != before);
    QVERIFY(!strongerHasher.needsRehash(after));
    QVERIFY(strongerHasher.verify(after, kPassword));
    // A wrong password never rewrites the hash.
    TFK_VERIFY_ERROR(waitFor(f.service->login({u"p@example.com"_s, u"wrong password"_s, {}, {}})), "[InvalidLogin]");
    QCOMPARE(*f.users().passwordHash(user->id), after);
}

void TestTwoFactorService::enableIsAtomic()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"q@example.com"_s, {}, u"Q"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    // The database refuses enable's second write (the user row) after the first (the spent step).
    if (f.database->dialect().isPostgres()) {
        TFK_VERIFY_OK(f.database->exec(u"CREATE FUNCTION refuse_enable() RETURNS trigger LANGUAGE plpgsql AS "
                                       "'BEGIN RAISE EXCEPTION ''injected failure''; END'"_s));
        TFK_VERIFY_OK(f.database->exec(u"CREATE TRIGGER refuse_enable BEFORE UPDATE OF two_factor_enabled ON users "
                                       "FOR EACH ROW EXECUTE FUNCTION refuse_enable()"_s));
    } else {
        TFK_VERIFY_OK(f.database->exec(u"CREATE TRIGGER refuse_enable BEFORE UPDATE OF two_factor_enabled ON users "
                                       "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    }
    auto enabled
        = waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage));
    QVERIFY(!enabled.has_value());
    QVERIFY2(enabled.error().message.contains(u"injected failure"_s), qPrintable(enabled.error().message));
    // Nothing half-done: not enabled, no secret, and the step not spent.
    QCOMPARE(count(*f.database, u"SELECT count(*) FROM two_factor_used_steps"_s), 0);
    QCOMPARE(count(*f.database,
                   u"SELECT count(*) FROM users WHERE two_factor_enabled = 1 OR two_factor_secret IS "
                   "NOT NULL"_s),
             0);
    // Once the database accepts writes again, the very same code works.
    TFK_VERIFY_OK(f.database->exec(f.database->dialect().isPostgres() ? u"DROP TRIGGER refuse_enable ON users"_s
                                                                      : u"DROP TRIGGER refuse_enable"_s));
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage)));
}

void TestTwoFactorService::noSecretCodeOrPhoneInTheLogs()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    auto user = waitFor(f.service->createUser({u"r@example.com"_s, {}, u"R"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(user);
    QStringList codes;
    TFK_VERIFY_OK(waitFor(f.service->sendEnrollmentCode(kPhone, kTutorialSecret)));
    codes << f.sms.lastCode();
    (void)waitFor(f.service->enableTwoFactor(user->id, u"999999"_s, kTutorialSecret, TwoFactorDelivery::TextMessage));
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(user->id, u"830023"_s, kTutorialSecret, TwoFactorDelivery::TextMessage)));
    (void)waitFor(f.service->login({u"r@example.com"_s, u"wrong password"_s, {}, {}}));
    auto login = waitFor(f.service->login({u"r@example.com"_s, kPassword, {}, {}}));
    TFK_VERIFY_OK(login);
    codes << f.sms.lastCode();
    (void)waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, u"999999"_s, true));
    auto done = waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, f.sms.lastCode(), true));
    TFK_VERIFY_OK(done);

    const QStringList forbidden = {kTutorialSecret,    u"HBGUUSTGINMTIRKSIJ2G65DWMVXFGYZT"_s,
                                   kPassword,          u"wrong password"_s,
                                   kPhoneE164,         u"2015550123"_s,
                                   login->twoFactorId, done->twoFactorTrustId,
                                   codes[0],           codes[1],
                                   u"999999"_s};
    const QStringList logged = allLoggedText(*f.database);
    QVERIFY(logged.size() > 20);
    for (const QString& text : logged) {
        for (const QString& secret : forbidden) {
            QVERIFY2(!text.contains(secret), qPrintable(u"'%1' leaked into the log: %2"_s.arg(secret, text)));
        }
    }
    // Nor in the database in clear: the two-factor secret is sealed, ids and tokens are hashed.
    auto raw = f.database->exec(u"SELECT two_factor_secret FROM users WHERE id = :id"_s, {{u"id"_s, user->id}});
    TFK_VERIFY_OK(raw);
    QVERIFY(raw->next());
    QVERIFY(!raw->value(0).toByteArray().contains(kTutorialSecret.toLatin1()));
    QCOMPARE(count(*f.database,
                   u"SELECT count(*) FROM trusted_computers WHERE token_hash = '"_s % done->twoFactorTrustId % u"'"_s),
             0);
}

void TestTwoFactorService::userLimitsAreNamed()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    // Creating: a name of 201 characters, a password of 1025 (the limits are 200 and 1024).
    auto longName = waitFor(f.service->createUser({u"q@example.com"_s, {}, QString(201, u'n'), {}, kPassword}));
    TFK_VERIFY_ERROR(longName, "[tooLong]user.fullName");
    QCOMPARE(longName.error().message, u"The name is longer than 200 characters."_s);
    QCOMPARE(longName.error().field, u"user.fullName"_s);
    auto longPassword = waitFor(f.service->createUser({u"q@example.com"_s, {}, u"Q"_s, {}, QString(1025, u'p')}));
    TFK_VERIFY_ERROR(longPassword, "[tooLong]user.password");
    QCOMPARE(longPassword.error().message, u"The password is longer than 1024 characters."_s);
    TFK_VERIFY_OK(
        waitFor(f.service->createUser({u"q@example.com"_s, {}, QString(200, u'n'), {}, QString(1024, u'p')})));
    auto created = waitFor(f.service->createUser({u"r@example.com"_s, {}, u"R"_s, kPhone, kPassword}));
    TFK_VERIFY_OK(created);

    // Updating: no login id left, a number that is not one, a password too short or too long.
    auto blank = waitFor(f.service->updateUser(created->id, {u"  "_s, {}, u"R"_s, kPhone, {}}));
    TFK_VERIFY_ERROR(blank, "[blank]user.email");
    QCOMPARE(blank.error().message, u"Enter an email address or a username: the user signs in with it."_s);
    TFK_VERIFY_ERROR(
        waitFor(f.service->updateUser(created->id, {u"r@example.com"_s, {}, u"R"_s, u"555-555-5555"_s, {}})),
        "[invalid]user.mobilePhone");
    for (const QString& password : {u"seven77"_s, QString(1025, u'p')}) {
        auto wrongLength
            = waitFor(f.service->updateUser(created->id, {u"r@example.com"_s, {}, u"R"_s, kPhone, password}));
        TFK_VERIFY_ERROR(wrongLength, "[invalid]user.password");
        QCOMPARE(wrongLength.error().message, u"The password must have between 8 and 1024 characters."_s);
    }
    // Nothing of it was saved: the old password still signs in.
    TFK_VERIFY_OK(waitFor(f.service->login({u"r@example.com"_s, kPassword, {}, {}})));
    QCOMPARE(waitFor(f.service->findUserByLoginId(u"r@example.com"_s))->value().mobilePhone, u"+12015550123"_s);
}

QTEST_GUILESS_MAIN(TestTwoFactorService)
#include "tst_twofactorservice.moc"
