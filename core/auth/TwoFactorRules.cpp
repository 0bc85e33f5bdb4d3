#include "TwoFactorRules.h"

#include "totp/TotpParameters.h"

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

Error outOfRange(const QString& rule, qint64 value, qint64 min, qint64 max)
{
    return Error {u"[invalid]"_s % rule,
                  TwoFactorRules::tr("The setting %1 is %2; it must be between %3 and %4.")
                      .arg(rule)
                      .arg(value)
                      .arg(min)
                      .arg(max),
                  400, rule};
}

} // namespace

Result<void> TwoFactorRules::validate() const
{
    struct Check
    {
        const char* name;
        qint64 value;
        qint64 min;
        qint64 max;
    };
    const Check checks[] = {
        {"lookBehindSteps", lookBehindSteps, 0, VerificationWindow::kMaxLookBehind},
        {"lookAheadSteps", lookAheadSteps, 0, VerificationWindow::kMaxLookAhead},
        {"challengeLifetimeSeconds", challengeLifetimeSeconds, 30, 3600},
        {"maxWrongCodes", maxWrongCodes, 1, 100},
        {"maxWrongCodesPerUserPerHour", maxWrongCodesPerUserPerHour, 1, 100000},
        {"sendCooldownSeconds", sendCooldownSeconds, 0, 3600},
        {"maxSendsPerPhone", maxSendsPerPhone, 1, 1000},
        {"phoneSendWindowSeconds", phoneSendWindowSeconds, 60, 86400},
        {"maxSendsPerHour", maxSendsPerHour, 1, 1000000},
        {"maxPasswordFailures", maxPasswordFailures, 1, 1000},
        {"passwordFailureWindowSeconds", passwordFailureWindowSeconds, 1, 86400},
        {"lockoutSeconds", lockoutSeconds, 1, 7 * 86400},
        {"trustLifetimeSeconds", trustLifetimeSeconds, 60, 365LL * 86400},
    };
    for (const Check& check : checks) {
        if (check.value < check.min || check.value > check.max) {
            return fail(outOfRange(QString::fromLatin1(check.name), check.value, check.min, check.max));
        }
    }
    if (!smsTemplate.isEmpty() && !smsTemplate.contains(u"{code}"_s)) {
        return fail(Error {u"[invalid]smsTemplate"_s, tr("The SMS template must contain {code} where the code goes."),
                           400, u"smsTemplate"_s});
    }
    if (smsTemplate.size() > 1000) {
        return fail(Error {u"[tooLong]smsTemplate"_s, tr("The SMS template may be at most 1000 characters long."), 400,
                           u"smsTemplate"_s});
    }
    return {};
}

QString TwoFactorRules::renderSms(const QString& code) const
{
    QString text = smsTemplate.isEmpty() ? tr(kDefaultSmsTemplate) : smsTemplate;
    return text.replace(u"{code}"_s, code);
}

} // namespace tfk
