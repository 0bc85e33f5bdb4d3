#pragma once

// Signing in (FusionAuth's tutorial steps 5-7): the password login and its lockout, the two-factor
// challenge (twoFactorId), resending its code, completing it, and what a dialog shows about it.
// Synchronous and safe on any worker thread (see Workflow); the service runs it off the UI and HTTP
// threads, password checks on their own bounded pool.

#include "auth/CodeDelivery.h"
#include "auth/Workflow.h"

#include <optional>

namespace tfk {

class SignInFlow
{
    Q_DECLARE_TR_FUNCTIONS(tfk::TwoFactorService)

public:
    SignInFlow(Workflow& workflow, CodeDelivery& delivery);

    // The password half of a login. With two-factor by text message, the challenge's first code is
    // planned too (or why it could not be: the login still answers 242, the user can ask again).
    struct PasswordStep
    {
        LoginResult result;
        std::optional<PlannedSend> send;
        std::optional<Error> sendError;
    };
    Result<PasswordStep> checkPassword(const LoginRequest& request);

    Result<PlannedSend> planResend(const QString& twoFactorId, const RequestContext& context);
    Result<LoginResult> complete(const QString& twoFactorId, const QString& code, bool trustComputer,
                                 const RequestContext& context);
    Result<ChallengeStatus> status(const QString& twoFactorId);

private:
    Result<qint64> lockedUntil(const QString& loginKeyHash, qint64 nowMs);
    // Checks the lockout and counts this attempt as a failure until its password proves right.
    Result<void> admitAttempt(const QString& loginKeyHash, qint64 nowMs);
    Result<LoginResult> startChallenge(const User& user, const RequestContext& context);
    Result<LoginResult> signedIn(const User& user, const RequestContext& context, qint64 at, const QString& detail);

    Workflow& m_workflow;
    CodeDelivery& m_delivery;
};

} // namespace tfk
