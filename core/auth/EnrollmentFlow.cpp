#include "EnrollmentFlow.h"

#include "totp/TotpGenerator.h"
#include "totp/TotpSecret.h"

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

Result<User> EnrollmentFlow::enable(const QString& userId, const QString& code, const QString& secret,
                                    TwoFactorDelivery delivery, const RequestContext& context)
{
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
        if (auto set = users.setTwoFactor(userId, true, delivery, *sealed); !set) {
            return fail(set.error());
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        (void)twoFactor.forgetStepsBefore(userId, *step - VerificationWindow::kMaxLookBehind - 1);
        return users.findById(userId);
    }();
    return m_workflow.recordUserStep(u"two-factor.enable"_s, userId, context, std::move(outcome),
                                     deliveryName(delivery));
}

Result<User> EnrollmentFlow::disable(const QString& userId, const QString& code, const RequestContext& context)
{
    UserStore& users = m_workflow.users();
    TwoFactorStore& twoFactor = m_workflow.twoFactor();
    auto outcome = [&]() -> Result<User> {
        // One write transaction from the check to the switch: the code's step cannot be spent twice.
        auto transaction = Transaction::begin(m_workflow.database());
        if (!transaction) {
            return fail(transaction.error());
        }
        auto user = users.findById(userId);
        if (!user) {
            return user;
        }
        if (!user->twoFactorEnabled) {
            return fail(
                Workflow::validation(u"[TwoFactorNotEnabled]"_s, u"userId"_s,
                                     tr("Two-factor authentication is not enabled for %1.").arg(user->loginId())));
        }
        auto generator = m_workflow.generatorFor(userId);
        if (!generator) {
            return fail(generator.error());
        }
        auto step = m_workflow.verifyCode(userId, *generator, code);
        if (!step) {
            return fail(step.error());
        }
        // The secret goes, so do its spent steps and every computer trusted under it.
        if (auto forgotten = twoFactor.forgetStepsBefore(userId, std::numeric_limits<qint64>::max()); !forgotten) {
            return fail(forgotten.error());
        }
        if (auto untrusted = twoFactor.forgetTrust(userId); !untrusted) {
            return fail(untrusted.error());
        }
        if (auto set = users.setTwoFactor(userId, false, TwoFactorDelivery::None, {}); !set) {
            return fail(set.error());
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        return users.findById(userId);
    }();
    return m_workflow.recordUserStep(u"two-factor.disable"_s, userId, context, std::move(outcome));
}

} // namespace tfk
