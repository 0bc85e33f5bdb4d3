#pragma once

// The values that cross the service's interface: who asks, what a send or a login gave, and what the
// kiosk's forms submit. Plain copyable data, so they travel between threads in futures.

#include "store/User.h"

#include "common/Error.h"

#include <QString>

#include <optional>

namespace tfk {

// Who is asking: FusionAuth's applicationId and ipAddress, recorded in the audit log.
struct RequestContext
{
    QString applicationId;
    QString ipAddress;
};

struct SendReceipt
{
    QString phoneMasked; // "+1 ... 0123"
    QString messageId; // the provider's id
    QString status; // the provider's first status
    qint64 sentAt = 0; // ms
};

struct LoginRequest
{
    QString loginId;
    QString password;
    RequestContext context;
    QString twoFactorTrustId; // from an earlier "trust this computer"
};

struct LoginResult
{
    enum class Status
    {
        Authenticated, // FusionAuth 200
        TwoFactorRequired // FusionAuth 242
    };
    Status status = Status::Authenticated;
    User user;
    QString twoFactorId; // with TwoFactorRequired: 43 base64url characters
    QString twoFactorTrustId; // with Authenticated after "trust this computer"
    QString phoneMasked; // where the code went
    qint64 challengeExpiresAt = 0;
    // TwoFactorRequired, but the automatic text could not be sent: the operator sees why and the
    // user can ask for another code.
    std::optional<Error> deliveryError;
};

// What a sign-in dialog shows about a pending challenge.
struct ChallengeStatus
{
    QString phoneMasked;
    qint64 expiresAt = 0; // ms
    int attemptsLeft = 0; // wrong codes still allowed
    qint64 nextSendAt = 0; // ms; the resend cooldown ends then
    int sends = 0;
};

struct UserRequest
{
    QString email;
    QString username;
    QString fullName;
    QString mobilePhone; // as typed; stored as E.164
    QString password; // required to create; empty on update keeps the password
};

} // namespace tfk
