#pragma once

// The limits of the two-factor workflow, with defaults from the best peers (FusionAuth, Twilio
// Verify, Keycloak); every one configurable and every one on by default.

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace tfk {

struct TwoFactorRules
{
    Q_DECLARE_TR_FUNCTIONS(tfk::TwoFactorRules)

public:
    // Verification window in 30 s steps. Look-behind may grow to 10 for slow SMS routes.
    int lookBehindSteps = 1;
    int lookAheadSteps = 1;
    // A twoFactorId lives this long and dies after this many wrong codes.
    qint64 challengeLifetimeSeconds = 300;
    int maxWrongCodes = 5;
    // Wrong codes for one user across all challenges within an hour: a caller who knows the password
    // opens challenge after challenge (one opens even when the phone may not be texted), so without it
    // guesses are bounded only by logins. 20 makes a lucky guess take longer than with Twilio Verify.
    int maxWrongCodesPerUserPerHour = 20;
    // Sends: at most one per cooldown per challenge and per phone, a count per phone per window,
    // and a global hourly cap against SMS pumping.
    qint64 sendCooldownSeconds = 30;
    int maxSendsPerPhone = 5;
    qint64 phoneSendWindowSeconds = 600;
    int maxSendsPerHour = 300;
    // Password failures: this many within the window lock the login id for the lockout.
    int maxPasswordFailures = 5;
    qint64 passwordFailureWindowSeconds = 60;
    qint64 lockoutSeconds = 180;
    // "Trust this computer".
    qint64 trustLifetimeSeconds = 30LL * 24 * 3600;
    // The SMS text; "{code}" is replaced by the code. Empty: the translated default
    // "Two Factor Code: {code}".
    QString smsTemplate;
    // The default SMS text before translation (context "tfk::TwoFactorRules"); each language's version
    // is written to stay in one segment (see SmsSegments).
    static constexpr const char* kDefaultSmsTemplate
        = QT_TRANSLATE_NOOP("tfk::TwoFactorRules", "Two Factor Code: {code}");

    // "[invalid]<rule>" naming the first rule outside its range.
    Result<void> validate() const;
    // The template to use (the translated default when smsTemplate is empty), rendered.
    QString renderSms(const QString& code) const;
};

} // namespace tfk
