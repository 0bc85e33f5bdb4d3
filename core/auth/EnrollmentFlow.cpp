#include "EnrollmentFlow.h"

#include "totp/TotpGenerator.h"
#include "totp/TotpSecret.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// A secret as typed by a client, with its errors on the field "secret".
Result<TotpSecret> parseSecret(const QString& secret)
{
    auto parsed = TotpSecret::fromSecret(secret);
    if (!parsed) {
        Error error = parsed.error();
        error.httpStatus = 400;
        error.field = u"secret"_s;
        return fail(error);
    }
    return parsed;
}

} // namespace

EnrollmentFlow::EnrollmentFlow(Workflow& workflow, CodeDelivery& delivery)
    : m_workflow(workflow)
    , m_delivery(delivery)
{
}

Result<PlannedSend> EnrollmentFlow::planEnrollmentSend(const QString& mobilePhone, const QString& secret,
                                                       const RequestContext& context)
{
    const QString event = u"two-factor.send.enrollment"_s;
    auto phone = m_workflow.phones().parse(mobilePhone);
    if (!phone) {
        m_workflow.audit(event, phone.error(), {}, context);
        return fail(phone.error());
    }
    auto parsedSecret = parseSecret(secret);
    if (!parsedSecret) {
        m_workflow.audit(event, parsedSecret.error(), {}, context, phone->masked());
        return fail(parsedSecret.error());
    }
    auto generator = TotpGenerator::create(parsedSecret->key());
    if (!generator) {
        return fail(generator.error());
    }
    auto step = m_workflow.chooseStepToSend({}, *generator, m_workflow.now());
    if (!step) {
        return fail(step.error());
    }
    return m_delivery.reserve(u"enrollment"_s, *phone, generator->codeForStep(*step), {}, context, true);
}

Result<PlannedSend> EnrollmentFlow::planUserSend(const QString& userId, const RequestContext& context)
{
    const QString event = u"two-factor.send.user"_s;
    auto user = m_workflow.users().findById(userId);
    if (!user) {
        m_workflow.audit(event, user.error(), {}, context);
        return fail(user.error());
    }
    if (!user->twoFactorEnabled || user->mobilePhone.isEmpty()) {
        const Error error = Workflow::validation(
            u"[TwoFactorNotEnabled]"_s, u"userId"_s,
            user->twoFactorEnabled ? tr("%1 has no mobile phone to text a code to.").arg(user->loginId())
                                   : tr("Two-factor authentication is not enabled for %1.").arg(user->loginId()));
        m_workflow.audit(event, error, userId, context);
        return fail(error);
    }
    auto phone = m_workflow.phones().parse(user->mobilePhone);
    if (!phone) {
        return fail(phone.error());
    }
    auto generator = m_workflow.generatorFor(userId);
    if (!generator) {
        return fail(generator.error());
    }
    auto step = m_workflow.chooseStepToSend(userId, *generator, m_workflow.now());
    if (!step) {
        m_workflow.audit(event, step.error(), userId, context, phone->masked());
        return fail(step.error());
    }
    return m_delivery.reserve(u"user"_s, *phone, generator->codeForStep(*step), userId, context, true);
}

Result<TwoFactorEnabled> EnrollmentFlow::enable(const QString& userId, const QString& code, const QString& secret,
                                                TwoFactorDelivery delivery, const RequestContext& context)
{
    QStringList recoveryCodes;
    UserStore& users = m_workflow.users();
    TwoFactorStore& twoFactor = m_workflow.twoFactor();
    auto outcome = [&]() -> Result<User> {
        auto parsedSecret = parseSecret(secret);
        Result<TotpGenerator> generator = fail(parsedSecret ? Error {} : parsedSecret.error());
        if (parsedSecret) {
            generator = TotpGenerator::create(parsedSecret->key());
        }
        // Checked and written in one write transaction: two enables racing for one user cannot both
        // pass "not enabled yet", and the code's step is spent together with the switch (single use).
        auto transaction = Transaction::begin(m_workflow.database());
        if (!transaction) {
            return fail(transaction.error());
        }
        auto user = users.findById(userId);
        if (!user) {
            return user;
        }
        if (user->twoFactorEnabled) {
            return fail(Workflow::validation(u"[TwoFactorAlreadyEnabled]"_s, u"userId"_s,
                                             tr("Two-factor authentication is already enabled for %1. Disable it "
                                                "first to enroll again.")
                                                 .arg(user->loginId())));
        }
        if (delivery == TwoFactorDelivery::TextMessage && user->mobilePhone.isEmpty()) {
            return fail(Workflow::validation(u"[blank]user.mobilePhone"_s, u"user.mobilePhone"_s,
                                             tr("Text-message delivery needs a mobile phone number on the user.")));
        }
        if (!generator) {
            return fail(generator.error());
        }
        auto step = m_workflow.verifyCode(userId, *generator, code);
        if (!step) {
            return fail(step.error());
        }
        auto sealed = m_workflow.cipher().seal(parsedSecret->key(), userId.toLatin1());
        if (!sealed) {
            return fail(sealed.error());
        }
        if (auto marked = twoFactor.markStepUsed(userId, *step, m_workflow.now()); !marked) {
            return fail(marked.error());
        }
        auto set = users.setTwoFactor(userId, true, delivery, *sealed);
        if (!set) {
            return fail(set.error());
        }
        // Ten recovery codes, made in the same transaction: two-factor is never on without them.
        auto codes = m_workflow.recovery().generateWithin(userId);
        if (!codes) {
            return fail(codes.error());
        }
        recoveryCodes = *codes;
        (void)twoFactor.forgetStepsBefore(userId, *step - VerificationWindow::kMaxLookBehind - 1);
        // The user as the transaction left it, without reading it again.
        User enabled = *user;
        enabled.twoFactorEnabled = true;
        enabled.delivery = delivery;
        enabled.updatedAt = *set;
        // The audit entry commits with the change (one commit for both).
        m_workflow.auditWithin(u"two-factor.enable"_s, u"ok"_s, userId, context,
                               PhoneNumberParser::mask(enabled.mobilePhone), deliveryName(delivery));
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        return enabled;
    }();
    if (!outcome) {
        m_workflow.audit(u"two-factor.enable"_s, outcome.error(), userId, context);
        return fail(outcome.error());
    }
    m_workflow.announceActivity();
    m_workflow.announceUserChanged(userId);
    return TwoFactorEnabled {*outcome, recoveryCodes};
}

Result<User> EnrollmentFlow::findEnabledUser(const QString& userId)
{
    auto user = m_workflow.users().findById(userId);
    if (!user) {
        return user;
    }
    if (!user->twoFactorEnabled) {
        return fail(Workflow::validation(u"[TwoFactorNotEnabled]"_s, u"userId"_s,
                                         tr("Two-factor authentication is not enabled for %1.").arg(user->loginId())));
    }
    return user;
}

Result<void> EnrollmentFlow::switchOff(const QString& userId)
{
    TwoFactorStore& twoFactor = m_workflow.twoFactor();
    // The secret goes, so do its spent steps, its recovery codes and every computer trusted under it.
    if (auto cleared = m_workflow.recovery().clear(userId); !cleared) {
        return cleared;
    }
    if (auto forgotten = twoFactor.forgetStepsBefore(userId, std::numeric_limits<qint64>::max()); !forgotten) {
        return forgotten;
    }
    if (auto untrusted = twoFactor.forgetTrust(userId); !untrusted) {
        return untrusted;
    }
    if (auto off = m_workflow.users().setTwoFactor(userId, false, TwoFactorDelivery::None, {}); !off) {
        return fail(off.error());
    }
    return {};
}

Result<User> EnrollmentFlow::disable(const QString& userId, const QString& code, const RequestContext& context)
{
    auto outcome = [&]() -> Result<User> {
        // One write transaction from the check to the switch: the code (texted or recovery) cannot be
        // spent twice.
        auto transaction = Transaction::begin(m_workflow.database());
        if (!transaction) {
            return fail(transaction.error());
        }
        if (auto user = findEnabledUser(userId); !user) {
            return user;
        }
        auto generator = m_workflow.generatorFor(userId);
        if (!generator) {
            return fail(generator.error());
        }
        if (auto step = m_workflow.verifyCodeOrRecoveryCode(userId, *generator, code, nullptr); !step) {
            return fail(step.error());
        }
        if (auto off = switchOff(userId); !off) {
            return fail(off.error());
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        return m_workflow.users().findById(userId);
    }();
    return m_workflow.recordUserStep(u"two-factor.disable"_s, userId, context, std::move(outcome));
}

Result<RecoveryCodeSet> EnrollmentFlow::recoveryCodes(const QString& userId)
{
    if (auto user = findEnabledUser(userId); !user) {
        return fail(user.error());
    }
    auto left = m_workflow.recovery().remaining(userId);
    if (!left) {
        return fail(left.error());
    }
    return RecoveryCodeSet {{}, *left};
}

Result<RecoveryCodeSet> EnrollmentFlow::regenerateRecoveryCodes(const QString& userId, const RequestContext& context)
{
    const QString event = u"two-factor.recovery-codes"_s;
    auto outcome = [&]() -> Result<QStringList> {
        auto transaction = Transaction::begin(m_workflow.database());
        if (!transaction) {
            return fail(transaction.error());
        }
        if (auto user = findEnabledUser(userId); !user) {
            return fail(user.error());
        }
        auto codes = m_workflow.recovery().generateWithin(userId);
        if (!codes) {
            return codes;
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        return codes;
    }();
    if (!outcome) {
        m_workflow.audit(event, outcome.error(), userId, context);
        return fail(outcome.error());
    }
    m_workflow.audit(event, u"ok"_s, userId, context, {},
                     tr("A new set of %1 recovery codes; the old ones are void.").arg(outcome->size()));
    m_workflow.announceUserChanged(userId);
    return RecoveryCodeSet {*outcome, int(outcome->size())};
}

Result<LostPhonePlan> EnrollmentFlow::resetLostPhone(const Operator& by, const LostPhoneReset& reset,
                                                     const QString& helpdeskPhone, const RequestContext& context)
{
    const QString event = u"two-factor.lost-phone-reset"_s;
    const QString method = reset.method.trimmed();
    const QString reason = reset.reason.trimmed();
    LostPhonePlan plan;
    auto outcome = [&]() -> Result<User> {
        if (method.isEmpty()) {
            return fail(Workflow::validation(u"[blank]method"_s, u"method"_s,
                                             tr("Choose how the person's identity was checked.")));
        }
        if (reason.isEmpty()) {
            return fail(Workflow::validation(u"[blank]reason"_s, u"reason"_s,
                                             tr("Type why two-factor is being turned off (for the audit log).")));
        }
        if (reason.size() > kMaxReasonLength || method.size() > kMaxReasonLength) {
            return fail(Workflow::validation(u"[tooLong]reason"_s, u"reason"_s,
                                             tr("The reason is longer than %1 characters.").arg(kMaxReasonLength)));
        }
        auto transaction = Transaction::begin(m_workflow.database());
        if (!transaction) {
            return fail(transaction.error());
        }
        auto user = findEnabledUser(reset.userId);
        if (!user) {
            return user;
        }
        plan.oldPhone = user->mobilePhone;
        if (auto off = switchOff(reset.userId); !off) {
            return fail(off.error());
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        return m_workflow.users().findById(reset.userId);
    }();
    // Operator, method and reason all go into the audit entry: a talked-into reset can be traced.
    const QString detail = tr("Identity checked: %1. Reason: %2. By operator %3.").arg(method, reason, by.name);
    auto user = m_workflow.recordUserStep(event, reset.userId, context, std::move(outcome), detail);
    if (!user) {
        return fail(user.error());
    }
    plan.user = *user;
    if (plan.oldPhone.isEmpty()) {
        return plan;
    }
    auto phone = m_workflow.phones().parse(plan.oldPhone);
    if (!phone) {
        plan.noticeError = phone.error();
        return plan;
    }
    const QString at = QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(m_workflow.now()), u"HH:mm"_s);
    const QString body = helpdeskPhone.trimmed().isEmpty()
        ? tr("Two-factor sign-in for your account was turned off at the helpdesk at %1. If this was not you, "
             "contact your helpdesk now.")
              .arg(at)
        : tr("Two-factor sign-in for your account was turned off at the helpdesk at %1. If this was not you, "
             "call %2.")
              .arg(at, helpdeskPhone.trimmed());
    // A notice, not a code: outside the per-phone cooldown, inside the hourly cap.
    auto notice = m_delivery.reserveText(u"notice"_s, *phone, body, reset.userId, context);
    if (!notice) {
        plan.noticeError = notice.error();
    } else {
        plan.notice = *notice;
    }
    return plan;
}

Result<PlannedSend> EnrollmentFlow::planPhoneChangeSend(const QString& userId, const QString& newMobilePhone,
                                                        const RequestContext& context)
{
    const QString event = u"two-factor.send.phone-change"_s;
    auto user = findEnabledUser(userId);
    if (!user) {
        m_workflow.audit(event, user.error(), userId, context);
        return fail(user.error());
    }
    auto phone = m_workflow.phones().parse(newMobilePhone);
    if (!phone) {
        m_workflow.audit(event, phone.error(), userId, context);
        return fail(phone.error());
    }
    if (phone->e164 == user->mobilePhone) {
        const Error error = Workflow::validation(u"[unchanged]mobilePhone"_s, u"mobilePhone"_s,
                                                 tr("%1 is already this user's number.").arg(phone->masked()));
        m_workflow.audit(event, error, userId, context, phone->masked());
        return fail(error);
    }
    auto generator = m_workflow.generatorFor(userId);
    if (!generator) {
        return fail(generator.error());
    }
    auto step = m_workflow.chooseStepToSend(userId, *generator, m_workflow.now());
    if (!step) {
        m_workflow.audit(event, step.error(), userId, context, phone->masked());
        return fail(step.error());
    }
    return m_delivery.reserve(u"phone-change"_s, *phone, generator->codeForStep(*step), userId, context, true);
}

} // namespace tfk
