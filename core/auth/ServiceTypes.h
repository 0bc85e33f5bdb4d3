#pragma once

// The values that cross the service's interface: who asks, what a send or a login gave, and what the
// kiosk's forms submit. Plain copyable data, so they travel between threads in futures.

#include "store/User.h"

#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tfk {

// Who is asking: FusionAuth's applicationId and ipAddress, and who acted at the kiosk, all recorded in
// the audit log.
struct RequestContext
{
    QString applicationId;
    QString ipAddress;
    // The operator's login name, "walk-up" (the person at the kiosk's sign-in side) or "api-key NAME"
    // (the HTTP API); see Actors.
    QString actor = {};
};

// The actor names that are not operators.
namespace Actors {
inline QString walkUp()
{
    return QStringLiteral("walk-up");
}
inline QString apiKey(const QString& name)
{
    return QStringLiteral("api-key ") + name;
}
// The open endpoints of the API (resend, completion): whoever holds the twoFactorId.
inline QString apiUser()
{
    return QStringLiteral("api user");
}
} // namespace Actors

// Two-factor turned on: the user, and the recovery codes made for them, shown this once.
struct TwoFactorEnabled
{
    User user;
    QStringList recoveryCodes;
};

// A user's recovery codes: the unused count; the codes themselves only right after a new set was
// made (they are stored as keyed hashes and can never be shown again).
struct RecoveryCodeSet
{
    QStringList codes;
    int remaining = 0;
};

// The helpdesk's "Lost phone...": how the identity was checked and why.
struct LostPhoneReset
{
    QString userId;
    QString method; // one of the settings' identity-check methods, as shown to the operator
    QString reason; // typed by the operator
};

// A lost-phone reset done: the user (two-factor off) and the notice texted to the old number.
struct LostPhoneOutcome
{
    User user;
    QString oldPhoneMasked;
    std::optional<Error> noticeError; // the notice could not be sent (the reset stands)
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
    // Authenticated with a recovery code: how many the user has left; -1 when none was used.
    int recoveryCodesLeft = -1;
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
    // Changing the mobile phone of a user with two-factor on: the code texted to the new number by
    // sendPhoneChangeCode(), so codes are never silently re-routed.
    QString phoneVerificationCode = {};
};

} // namespace tfk
