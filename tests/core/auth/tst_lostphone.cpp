// The operator side of the workflow through the service: recovery codes (made on enable, each works
// once, a wrong one counts toward the challenge's limit, a new set voids the old, never stored or
// logged in clear), the helpdesk's lost-phone reset (only for an operator allowed to, recorded with
// operator, method and reason, a notice to the old number), a new number needs a code sent to it,
// and operator and API-key management by role, every step audited with its actor.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <liboath/oath.h>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kSecret = u"8MJJfCY4ERBtotvenSc3"_s;
const QString kPhone = u"+1 201 555 0123"_s;
const QString kNewPhone = u"+1 201 555 0188"_s;
const QString kPassword = u"correct horse battery"_s;
const QString kOperatorPassword = u"operator password 1"_s;

QString oathCode(qint64 unixSeconds)
{
    const QByteArray key = kSecret.toLatin1();
    char code[10] = {};
    oath_totp_generate(key.constData(), size_t(key.size()), time_t(unixSeconds), 30, 0, 6, code);
    return QString::fromLatin1(code);
}

RequestContext as(const QString& actor)
{
    return RequestContext {{}, u"127.0.0.1"_s, actor};
}

struct Enrolled
{
    User user;
    QStringList codes;
};

Enrolled enroll(ServiceFixture& f, const QString& email, const QString& phone = kPhone)
{
    auto user = waitFor(f.service->createUser({email, {}, u"User"_s, phone, kPassword}));
    if (!user) {
        qFatal("%s", qPrintable(user.error().message));
    }
    auto enabled = waitFor(f.service->enableTwoFactor(user->id, oathCode(f.clock.currentSecsSinceEpoch()), kSecret,
                                                      TwoFactorDelivery::TextMessage));
    if (!enabled) {
        qFatal("%s", qPrintable(enabled.error().message));
    }
    return Enrolled {enabled->user, enabled->recoveryCodes};
}

QString challenge(ServiceFixture& f, const QString& email)
{
    f.clock.advanceSecs(31);
    auto login = waitFor(f.service->login({email, kPassword, {}, {}}));
    if (!login || login->status != LoginResult::Status::TwoFactorRequired) {
        qFatal("no challenge for %s", qPrintable(email));
    }
    return login->twoFactorId;
}

Operator addOperator(ServiceFixture& f, const std::optional<Operator>& by, const QString& name, OperatorRole role)
{
    auto added = waitFor(f.service->addOperator(by, name, {}, kOperatorPassword, role));
    if (!added) {
        qFatal("%s", qPrintable(added.error().message));
    }
    return *added;
}

} // namespace

class TestLostPhone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(oath_init(), int(OATH_OK)); }
    void cleanupTestCase() { oath_done(); }

    void recoveryCodesWorkOnceEach();
    void wrongRecoveryCodesCountTowardTheLimit();
    void newSetVoidsTheOldAndOtherUsersCodesFail();
    void recoveryCodeDisablesTwoFactor();
    void recoveryCodesNeverInClear();

    void lostPhoneResetNeedsAnOperatorWhoMay();
    void lostPhoneResetIsRecordedAndNoticed();
    void newNumberNeedsACodeSentToIt();

    void operatorsAndApiKeysByRole();
};

void TestLostPhone::recoveryCodesWorkOnceEach()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Enrolled e = enroll(f, u"r@example.com"_s);
    QCOMPARE(e.codes.size(), 10);
    QCOMPARE(QSet<QString>(e.codes.cbegin(), e.codes.cend()).size(), 10);
    for (int i = 0; i < 10; ++i) {
        auto done = waitFor(f.service->completeTwoFactorLogin(challenge(f, u"r@example.com"_s), e.codes.at(i), false));
        TFK_VERIFY_OK(done);
        QCOMPARE(done->recoveryCodesLeft, 9 - i);
    }
    // The eleventh attempt: every code is spent.
    for (const QString& code : e.codes) {
        auto again = waitFor(f.service->completeTwoFactorLogin(challenge(f, u"r@example.com"_s), code, false));
        TFK_VERIFY_ERROR(again, "[invalid]code");
        QCOMPARE(again.error().httpStatus, 421);
    }
    auto left = waitFor(f.service->recoveryCodes(e.user.id));
    TFK_VERIFY_OK(left);
    QCOMPARE(left->remaining, 0);
    QVERIFY(left->codes.isEmpty());
}

void TestLostPhone::wrongRecoveryCodesCountTowardTheLimit()
{
    ServiceFixture::Options options;
    options.rules.maxWrongCodes = 3;
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    const Enrolled e = enroll(f, u"r@example.com"_s);
    const QString id = challenge(f, u"r@example.com"_s);
    for (int i = 0; i < 3; ++i) {
        auto wrong = waitFor(f.service->completeTwoFactorLogin(id, u"ZZZZZ-ZZZZZ"_s, false));
        TFK_VERIFY_ERROR(wrong, "[invalid]code");
    }
    // The challenge is dead: even a right recovery code no longer helps, and it is not spent.
    auto dead = waitFor(f.service->completeTwoFactorLogin(id, e.codes.first(), false));
    TFK_VERIFY_ERROR(dead, "[LoginPreventedExceptionTooManyTwoFactorAttempts]");
    QCOMPARE(waitFor(f.service->recoveryCodes(e.user.id))->remaining, 10);
}

void TestLostPhone::newSetVoidsTheOldAndOtherUsersCodesFail()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Enrolled alice = enroll(f, u"alice@example.com"_s);
    const Enrolled bob = enroll(f, u"bob@example.com"_s, u"+1 201 555 0177"_s);
    // Bob's code does not open Alice's challenge.
    auto other
        = waitFor(f.service->completeTwoFactorLogin(challenge(f, u"alice@example.com"_s), bob.codes.first(), false));
    TFK_VERIFY_ERROR(other, "[invalid]code");
    auto renewed = waitFor(f.service->regenerateRecoveryCodes(alice.user.id, as(u"desk-1"_s)));
    TFK_VERIFY_OK(renewed);
    QCOMPARE(renewed->codes.size(), 10);
    QCOMPARE(renewed->remaining, 10);
    QVERIFY(!renewed->codes.contains(alice.codes.first()));
    const QString id = challenge(f, u"alice@example.com"_s);
    TFK_VERIFY_ERROR(waitFor(f.service->completeTwoFactorLogin(id, alice.codes.first(), false)), "[invalid]code");
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(id, renewed->codes.last(), false)));
    // Bob's set is untouched by Alice's renewal.
    QCOMPARE(waitFor(f.service->recoveryCodes(bob.user.id))->remaining, 10);
}

void TestLostPhone::recoveryCodeDisablesTwoFactor()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Enrolled e = enroll(f, u"r@example.com"_s);
    TFK_VERIFY_ERROR(waitFor(f.service->disableTwoFactor(e.user.id, u"ABCDE-FGHJK"_s)), "[invalid]code");
    auto off = waitFor(f.service->disableTwoFactor(e.user.id, e.codes.at(7)));
    TFK_VERIFY_OK(off);
    QVERIFY(!off->twoFactorEnabled);
    // The codes went with two-factor.
    TFK_VERIFY_ERROR(waitFor(f.service->recoveryCodes(e.user.id)), "[TwoFactorNotEnabled]");
    auto rows = f.database->exec(u"SELECT count(*) FROM recovery_codes"_s);
    QVERIFY(rows && rows->next());
    QCOMPARE(rows->value(0).toInt(), 0);
}

void TestLostPhone::recoveryCodesNeverInClear()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Enrolled e = enroll(f, u"r@example.com"_s);
    TFK_VERIFY_OK(waitFor(f.service->completeTwoFactorLogin(challenge(f, u"r@example.com"_s), e.codes.at(0), false)));
    (void)waitFor(f.service->completeTwoFactorLogin(challenge(f, u"r@example.com"_s), u"ZZZZZ-ZZZZZ"_s, false));
    TFK_VERIFY_OK(waitFor(f.service->disableTwoFactor(e.user.id, e.codes.at(1))));
    f.service->waitForIdle(5000);
    f.database->closeThreadConnection();
    // Every byte of the database file (and its WAL) and every log row: no code, with or without its dash.
    const QByteArray bytes = tfk::test::TestDatabases::storedBytes(*f.database);
    QVERIFY(bytes.size() > 1000);
    for (const QString& code : e.codes) {
        QVERIFY2(!bytes.contains(code.toLatin1()), qPrintable(code));
        QVERIFY2(!bytes.contains(QString(code).remove(u'-').toLatin1()), qPrintable(code));
    }
    auto audit = waitFor(f.service->recentAudit({}, 200));
    TFK_VERIFY_OK(audit);
    for (const AuditEntry& entry : *audit) {
        for (const QString& code : e.codes) {
            QVERIFY(!entry.detail.contains(code) && !entry.outcome.contains(code));
        }
    }
}

void TestLostPhone::lostPhoneResetNeedsAnOperatorWhoMay()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Enrolled e = enroll(f, u"r@example.com"_s);
    const LostPhoneReset reset {e.user.id, u"Photo ID seen"_s, u"Phone lost on the train"_s};
    auto nobody = waitFor(f.service->resetLostPhone(std::nullopt, reset, as(u"walk-up"_s)));
    TFK_VERIFY_ERROR(nobody, "[OperatorRequired]");
    QCOMPARE(nobody.error().httpStatus, 403);

    const Operator admin = addOperator(f, std::nullopt, u"ada"_s, OperatorRole::Admin);
    const Operator helpdesk = addOperator(f, admin, u"hal"_s, OperatorRole::Helpdesk);
    // An operator the database no longer knows as such (disabled since signing in) is refused.
    TFK_VERIFY_OK(waitFor(f.service->disableOperator(admin, u"hal"_s)));
    TFK_VERIFY_ERROR(waitFor(f.service->resetLostPhone(helpdesk, reset)), "[NotAllowed]");
    // Method and reason are required.
    TFK_VERIFY_ERROR(waitFor(f.service->resetLostPhone(admin, {e.user.id, {}, u"lost"_s})), "[blank]method");
    TFK_VERIFY_ERROR(waitFor(f.service->resetLostPhone(admin, {e.user.id, u"Photo ID seen"_s, u"  "_s})),
                     "[blank]reason");
    QVERIFY(waitFor(f.service->findUser(e.user.id))->twoFactorEnabled);
}

void TestLostPhone::lostPhoneResetIsRecordedAndNoticed()
{
    ServiceFixture::Options options;
    options.useSink = true;
    options.service.helpdeskPhone = u"+1 201 555 0100"_s;
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    const Enrolled e = enroll(f, u"r@example.com"_s);
    const Operator admin = addOperator(f, std::nullopt, u"ada"_s, OperatorRole::Admin);
    const Operator helpdesk = addOperator(f, admin, u"hal"_s, OperatorRole::Helpdesk);
    f.clock.advanceSecs(60);

    auto done = waitFor(f.service->resetLostPhone(
        helpdesk, {e.user.id, u"Known in person"_s, u"Phone stolen; police report 4711"_s}, as(u"hal"_s)));
    TFK_VERIFY_OK(done);
    QVERIFY(!done->user.twoFactorEnabled);
    QCOMPARE(done->oldPhoneMasked, u"+1 ... 0123"_s);
    QVERIFY2(!done->noticeError, done->noticeError ? qPrintable(done->noticeError->message) : "");
    // The notice reached the old number, through the real Twilio client and the mock sink.
    QTRY_VERIFY(!f.sink->messages().isEmpty());
    const SinkMessage notice = f.sink->messages().last();
    QCOMPARE(notice.to, u"+12015550123"_s);
    QVERIFY2(notice.body.contains(u"turned off at the helpdesk"_s), qPrintable(notice.body));
    QVERIFY(notice.body.contains(u"+1 201 555 0100"_s));
    // The audit entry names the operator, the method and the reason.
    auto audit = waitFor(f.service->recentAudit(u"two-factor.lost-phone-reset"_s, 10));
    TFK_VERIFY_OK(audit);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().actor, u"hal"_s);
    QCOMPARE(audit->first().outcome, u"ok"_s);
    QVERIFY(audit->first().detail.contains(u"Known in person"_s));
    QVERIFY(audit->first().detail.contains(u"police report 4711"_s));
    // Recovery codes and trusted computers went with it; the user can be enrolled again at once.
    TFK_VERIFY_ERROR(waitFor(f.service->recoveryCodes(e.user.id)), "[TwoFactorNotEnabled]");
    auto actors = waitFor(f.service->auditActors());
    TFK_VERIFY_OK(actors);
    QVERIFY(actors->contains(u"hal"_s));
}

void TestLostPhone::newNumberNeedsACodeSentToIt()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const Enrolled e = enroll(f, u"r@example.com"_s);
    UserRequest change {u"r@example.com"_s, {}, u"User"_s, kNewPhone, {}};
    auto refused = waitFor(f.service->updateUser(e.user.id, change));
    TFK_VERIFY_ERROR(refused, "[blank]phoneVerificationCode");
    f.clock.advanceSecs(31);
    TFK_VERIFY_ERROR(waitFor(f.service->sendPhoneChangeCode(e.user.id, kPhone)), "[unchanged]mobilePhone");
    auto sent = waitFor(f.service->sendPhoneChangeCode(e.user.id, kNewPhone));
    TFK_VERIFY_OK(sent);
    // The code went to the NEW number, never to the old one.
    QCOMPARE(f.sms.last().to, u"+12015550188"_s);
    change.phoneVerificationCode = f.sms.lastCode() == u"000000"_s ? u"111111"_s : u"000000"_s;
    TFK_VERIFY_ERROR(waitFor(f.service->updateUser(e.user.id, change)), "[invalid]code");
    change.phoneVerificationCode = f.sms.lastCode();
    auto changed = waitFor(f.service->updateUser(e.user.id, change));
    TFK_VERIFY_OK(changed);
    QCOMPARE(changed->mobilePhone, u"+12015550188"_s);
    // The code was spent.
    change.mobilePhone = kPhone;
    TFK_VERIFY_ERROR(waitFor(f.service->updateUser(e.user.id, change)), "[invalid]code");
    // Other fields change freely.
    TFK_VERIFY_OK(waitFor(f.service->updateUser(e.user.id, {u"r@example.com"_s, {}, u"Renamed"_s, kNewPhone, {}})));
}

void TestLostPhone::operatorsAndApiKeysByRole()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QCOMPARE(*waitFor(f.service->operatorCount()), 0);
    // First run: the first operator must be an admin, and needs nobody signed in.
    TFK_VERIFY_ERROR(
        waitFor(f.service->addOperator(std::nullopt, u"hal"_s, {}, kOperatorPassword, OperatorRole::Helpdesk)),
        "[NotAllowed]");
    const Operator admin = addOperator(f, std::nullopt, u"ada"_s, OperatorRole::Admin);
    // After that, only an admin adds operators.
    TFK_VERIFY_ERROR(
        waitFor(f.service->addOperator(std::nullopt, u"eve"_s, {}, kOperatorPassword, OperatorRole::Admin)),
        "[OperatorRequired]");
    const Operator helpdesk = addOperator(f, admin, u"hal"_s, OperatorRole::Helpdesk);
    TFK_VERIFY_ERROR(waitFor(f.service->addOperator(helpdesk, u"eve"_s, {}, kOperatorPassword, OperatorRole::Admin)),
                     "[NotAllowed]");
    TFK_VERIFY_ERROR(waitFor(f.service->disableOperator(helpdesk, u"ada"_s)), "[NotAllowed]");
    // Operators change their own password; only an admin changes another's.
    TFK_VERIFY_OK(waitFor(f.service->setOperatorPassword(helpdesk, u"hal"_s, u"a new password 2"_s)));
    TFK_VERIFY_ERROR(waitFor(f.service->setOperatorPassword(helpdesk, u"ada"_s, u"a new password 2"_s)),
                     "[NotAllowed]");
    // Sign-in.
    TFK_VERIFY_ERROR(waitFor(f.service->signInOperator(u"hal"_s, kOperatorPassword)), "[InvalidLogin]");
    auto signedIn = waitFor(f.service->signInOperator(u"HAL"_s, u"a new password 2"_s));
    TFK_VERIFY_OK(signedIn);
    QCOMPARE(signedIn->role, OperatorRole::Helpdesk);
    // API keys: admins only.
    TFK_VERIFY_ERROR(waitFor(f.service->createApiKey(helpdesk, u"ci"_s)), "[NotAllowed]");
    TFK_VERIFY_ERROR(waitFor(f.service->listApiKeys(helpdesk)), "[NotAllowed]");
    auto key = waitFor(f.service->createApiKey(admin, u"ci"_s, as(u"ada"_s)));
    TFK_VERIFY_OK(key);
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(key->key).hasMatch());
    auto keys = waitFor(f.service->listApiKeys(admin));
    TFK_VERIFY_OK(keys);
    QCOMPARE(keys->size(), 1);
    TFK_VERIFY_ERROR(waitFor(f.service->revokeApiKey(helpdesk, key->info.id)), "[NotAllowed]");
    auto revoked = waitFor(f.service->revokeApiKey(admin, key->info.id, as(u"ada"_s)));
    TFK_VERIFY_OK(revoked);
    QVERIFY(revoked->revoked);
    // Every step is audited with its actor; the key itself never.
    auto audit = waitFor(f.service->recentAudit({}, 100, u"ada"_s));
    TFK_VERIFY_OK(audit);
    QStringList events;
    for (const AuditEntry& entry : *audit) {
        events << entry.event;
        QVERIFY(!entry.detail.contains(key->key));
    }
    QVERIFY2(events.contains(u"api-key.create"_s) && events.contains(u"api-key.revoke"_s),
             qPrintable(events.join(u", "_s)));
    auto signIns = waitFor(f.service->recentAudit(u"operator.sign-in"_s, 10));
    TFK_VERIFY_OK(signIns);
    QCOMPARE(signIns->size(), 2);
    QCOMPARE(signIns->first().actor, u"hal"_s);
    QCOMPARE(signIns->first().outcome, u"ok"_s);
}

QTEST_GUILESS_MAIN(TestLostPhone)
#include "tst_lostphone.moc"
