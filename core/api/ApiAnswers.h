#pragma once

// FusionAuth's answers to the two-factor steps, built once for everyone who shows them: the HTTP API sends
// them, the API view shows the same bytes beside the window. Also the request bodies those steps take, so a
// step taken in the window can be written as the request a FusionAuth client would send.

#include "ApiReply.h"
#include "auth/ServiceTypes.h"
#include "store/User.h"
#include "totp/TotpSecret.h"

#include <QJsonObject>

namespace tfk {

class JwtSigner;

class ApiAnswers
{
public:
    // FusionAuth's User object with the legacy two-factor fields; empty values are left out as FusionAuth
    // leaves out nulls.
    static QJsonObject user(const User& user);

    // GET /api/two-factor/secret: 200 {secret, secretBase32Encoded}.
    static ApiReply secret(const TotpSecret& secret);
    // POST /api/two-factor/send and /api/two-factor/send/{twoFactorId}: 200 with no body, or the error.
    static ApiReply sent(const Result<SendReceipt>& sent);
    // POST/PUT /api/user/two-factor/{userId}: 200 {recoveryCodes} (FusionAuth 1.26+), or the error.
    static ApiReply enabled(const Result<TwoFactorEnabled>& enabled);
    // DELETE /api/user/two-factor/{userId}: 200 with no body, or the error.
    static ApiReply disabled(const Result<User>& disabled);
    // POST /api/login: 242 {twoFactorId}, 200 {user, token, ...}, 409 with FusionAuth's actions, or the error.
    // `nowMs` stamps the token and the lockout's expiry.
    static ApiReply login(const Result<LoginResult>& result, const JwtSigner& signer, const QString& applicationId,
                          bool noJwt, qint64 nowMs);
    // POST /api/two-factor/login: 200 {user, token, twoFactorTrustId?, recoveryCodesRemaining?}, or the error.
    static ApiReply twoFactorLogin(const Result<LoginResult>& result, const JwtSigner& signer,
                                   const QString& applicationId, bool noJwt, qint64 nowMs);

    // The request bodies, with ApiRequests' field names; empty values are left out.
    static QJsonObject sendRequest(const QString& mobilePhone, const QString& secret);
    static QJsonObject sendToUserRequest(const QString& userId);
    static QJsonObject enableRequest(const QString& code, const QString& secret, TwoFactorDelivery delivery,
                                     const QString& applicationId);
    static QJsonObject loginRequest(const LoginRequest& request);
    static QJsonObject twoFactorLoginRequest(const QString& twoFactorId, const QString& code, bool trustComputer,
                                             const RequestContext& context);

private:
    static ApiReply loginSuccess(const LoginResult& result, const JwtSigner& signer, const QString& applicationId,
                                 bool noJwt, qint64 nowMs);
};

} // namespace tfk
