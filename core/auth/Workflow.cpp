#include "Workflow.h"

#include "totp/TotpGenerator.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace tfk {

Workflow::Workflow(Database& database, const Clock& clock, const SecretCipher& cipher, const PasswordHasher& hasher,
                   PhoneNumberParser phones, TwoFactorRules rules)
    : m_database(database)
    , m_clock(clock)
    , m_cipher(cipher)
    , m_hasher(hasher)
    , m_phones(std::move(phones))
    , m_rules(std::move(rules))
    , m_users(database, clock)
    , m_twoFactor(database)
    , m_activity(database)
    , m_recovery(database, cipher, clock)
{
}

QString Workflow::hashed(const QString& value) const
{
    return QString::fromLatin1(m_cipher.keyedHash(value.toUtf8()).toHex());
}

void Workflow::audit(const QString& event, const QString& outcome, const QString& userId, const RequestContext& context,
                     const QString& phoneMasked, const QString& detail)
{
    auditWithin(event, outcome, userId, context, phoneMasked, detail);
    announceActivity();
}

void Workflow::auditWithin(const QString& event, const QString& outcome, const QString& userId,
                           const RequestContext& context, const QString& phoneMasked, const QString& detail)
{
    auto written = m_activity.audit(AuditEntry {0, now(), event, outcome, userId, context.applicationId,
                                                context.ipAddress, phoneMasked, detail, context.actor});
    if (!written) {
        qWarning("audit log write failed: %s", qPrintable(written.error().message));
    }
}

void Workflow::announceActivity() const
{
    if (m_listener.activityRecorded) {
        m_listener.activityRecorded();
    }
}

void Workflow::audit(const QString& event, const Error& error, const QString& userId, const RequestContext& context,
                     const QString& phoneMasked)
{
    audit(event, error.code, userId, context, phoneMasked, error.message);
}

Result<User> Workflow::recordUserStep(const QString& event, const QString& userId, const RequestContext& context,
                                      Result<User> outcome, const QString& detail)
{
    if (outcome) {
        audit(event, u"ok"_s, outcome->id, context, PhoneNumberParser::mask(outcome->mobilePhone), detail);
        announceUserChanged(outcome->id);
    } else {
        audit(event, outcome.error(), userId, context);
    }
    return outcome;
}

void Workflow::announceUserChanged(const QString& userId) const
{
    if (m_listener.userChanged) {
        m_listener.userChanged(userId);
    }
}

Result<QString> Workflow::userPhone(const QString& typed) const
{
    if (typed.trimmed().isEmpty()) {
        return QString();
    }
    auto parsed = m_phones.parse(typed);
    if (!parsed) {
        // The same check as for enrollment, reported on the user's field.
        Error error = parsed.error();
        error.code.replace(u"]mobilePhone"_s, u"]user.mobilePhone"_s);
        error.field = u"user.mobilePhone"_s;
        return fail(error);
    }
    return parsed->e164;
}

Result<TotpGenerator> Workflow::generatorFor(const QString& userId)
{
    auto sealed = m_users.sealedSecret(userId);
    if (!sealed) {
        return fail(sealed.error());
    }
    if (sealed->isEmpty()) {
        return fail(Error {u"[TwoFactorNotEnabled]"_s, tr("This user has no two-factor secret."), 400});
    }
    auto secret = m_cipher.open(*sealed, userId.toLatin1());
    if (!secret) {
        return fail(secret.error());
    }
    return TotpGenerator::create(*secret);
}

Result<qint64> Workflow::chooseStepToSend(const QString& userId, TotpGenerator& generator, qint64 nowMs)
{
    const qint64 current = generator.stepAt(nowMs / 1000);
    QSet<qint64> used;
    if (!userId.isEmpty()) {
        auto steps = m_twoFactor.usedSteps(userId, current, current + m_rules.lookAheadSteps);
        if (!steps) {
            return fail(steps.error());
        }
        used = *steps;
    }
    // Single use would refuse a step already spent (say, the code that just enabled two-factor):
    // text the first step from now on that verification still accepts and nobody has used.
    for (qint64 step = current; step <= current + m_rules.lookAheadSteps; ++step) {
        if (!used.contains(step)) {
            return step;
        }
    }
    const qint64 wait = secondsUntil(nowMs, generator.stepStart(current + 1) * 1000);
    return fail(
        Error {u"[TooManyRequests]"_s,
               tr("Every code valid right now has already been used. A new code can be sent in %1 seconds.").arg(wait),
               429, QString(), wait});
}

Result<qint64> Workflow::verifyCode(const QString& userId, TotpGenerator& generator, const QString& code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty()) {
        return fail(validation(u"[blank]code"_s, u"code"_s, tr("Enter the code from the text message.")));
    }
    if (!TotpGenerator::isWellFormedCode(trimmed, generator.parameters().digits)) {
        return fail(invalidCode(tr("A code is exactly %1 digits.").arg(generator.parameters().digits)));
    }
    const auto step = generator.verify(trimmed, m_clock.currentSecsSinceEpoch(),
                                       VerificationWindow {m_rules.lookBehindSteps, m_rules.lookAheadSteps});
    if (!step) {
        return fail(invalidCode(tr("That code is not right, or it has expired. Check the newest text message.")));
    }
    if (!userId.isEmpty()) {
        // Single use (read side): callers hold a write transaction, so no other thread or process can
        // spend this step between this read and their INSERT; the primary key (user_id, step) of
        // two_factor_used_steps is the last line of defence.
        auto used = m_twoFactor.usedSteps(userId, *step, *step);
        if (!used) {
            return fail(used.error());
        }
        if (!used->isEmpty()) {
            return fail(invalidCode(tr("That code has already been used. Use the newest code.")));
        }
    }
    return *step;
}

Result<qint64> Workflow::verifyCodeOrRecoveryCode(const QString& userId, TotpGenerator& generator, const QString& code,
                                                  int* recoveryLeft)
{
    if (!RecoveryCodes::looksLikeRecoveryCode(code)) {
        return verifyCode(userId, generator, code);
    }
    auto left = m_recovery.consumeWithin(userId, code, now());
    if (!left) {
        return fail(left.error());
    }
    if (recoveryLeft) {
        *recoveryLeft = *left;
    }
    return -1;
}

Error Workflow::validation(const QString& code, const QString& field, const QString& message)
{
    return Error {code, message, 400, field};
}

Error Workflow::invalidCode(const QString& message)
{
    return Error {u"[invalid]code"_s, message, 421, u"code"_s};
}

qint64 Workflow::secondsUntil(qint64 fromMs, qint64 toMs)
{
    return std::max<qint64>(1, (toMs - fromMs + 999) / 1000);
}

} // namespace tfk
