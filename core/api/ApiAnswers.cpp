#include "ApiAnswers.h"

#include "JwtSigner.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

void insertIfSet(QJsonObject& object, const QString& name, const QString& value)
{
    if (!value.isEmpty()) {
        object.insert(name, value);
    }
}

} // namespace

QJsonObject ApiAnswers::user(const User& user)
{
    QJsonObject json {
        {u"id"_s, user.id},
        {u"active"_s, true},
        {u"verified"_s, true},
        {u"passwordChangeRequired"_s, false},
        {u"twoFactorEnabled"_s, user.twoFactorEnabled},
        {u"twoFactorDelivery"_s, deliveryName(user.delivery)},
        {u"insertInstant"_s, user.createdAt},
        {u"lastUpdateInstant"_s, user.updatedAt},
    };
    insertIfSet(json, u"email"_s, user.email);
    insertIfSet(json, u"username"_s, user.username);
    insertIfSet(json, u"fullName"_s, user.fullName);
    insertIfSet(json, u"mobilePhone"_s, user.mobilePhone);
    if (user.lastLoginAt > 0) {
        json.insert(u"lastLoginInstant"_s, user.lastLoginAt);
    }
    return json;
}

ApiReply ApiAnswers::secret(const TotpSecret& secret)
{
    return ApiReply::json(
        200, QJsonObject {{u"secret"_s, secret.secret()}, {u"secretBase32Encoded"_s, secret.secretBase32Encoded()}});
}

ApiReply ApiAnswers::sent(const Result<SendReceipt>& sent)
{
    return sent ? ApiReply::empty(200) : ApiReply::fromError(sent.error());
}

ApiReply ApiAnswers::enabled(const Result<TwoFactorEnabled>& enabled)
{
    // FusionAuth 1.26+: the new recovery codes, shown this once.
    return enabled
        ? ApiReply::json(200, QJsonObject {{u"recoveryCodes"_s, QJsonArray::fromStringList(enabled->recoveryCodes)}})
        : ApiReply::fromError(enabled.error());
}

ApiReply ApiAnswers::disabled(const Result<User>& disabled)
{
    return disabled ? ApiReply::empty(200) : ApiReply::fromError(disabled.error());
}

ApiReply ApiAnswers::loginSuccess(const LoginResult& result, const JwtSigner& signer, const QString& applicationId,
                                  bool noJwt, qint64 nowMs)
{
    if (result.status == LoginResult::Status::TwoFactorRequired) {
        return ApiReply::json(242, QJsonObject {{u"twoFactorId"_s, result.twoFactorId}});
    }
    QJsonObject body {{u"user"_s, user(result.user)}};
    if (!noJwt) {
        body.insert(u"token"_s, signer.tokenFor(result.user, applicationId, nowMs));
        body.insert(u"tokenExpirationInstant"_s, (nowMs / 1000 + signer.lifetimeSeconds()) * 1000);
    }
    if (!result.twoFactorTrustId.isEmpty()) {
        body.insert(u"twoFactorTrustId"_s, result.twoFactorTrustId);
    }
    if (result.recoveryCodesLeft >= 0) {
        // Completed with a recovery code: how many the user has left.
        body.insert(u"recoveryCodesRemaining"_s, result.recoveryCodesLeft);
    }
    return ApiReply::json(200, body);
}

ApiReply ApiAnswers::login(const Result<LoginResult>& result, const JwtSigner& signer, const QString& applicationId,
                           bool noJwt, qint64 nowMs)
{
    if (result) {
        return loginSuccess(*result, signer, applicationId, noJwt, nowMs);
    }
    if (result.error().httpStatus != 409) {
        return ApiReply::fromError(result.error());
    }
    // FusionAuth's 409 lists the actions that prevent the login.
    QJsonObject body = ApiReply::errorsJson(result.error());
    body.insert(u"actions"_s,
                QJsonArray {QJsonObject {{u"reasonCode"_s, result.error().code},
                                         {u"localizedReason"_s, result.error().message},
                                         {u"expiry"_s, nowMs + result.error().retryAfterSeconds * 1000}}});
    ApiReply reply = ApiReply::json(409, body);
    if (result.error().retryAfterSeconds > 0) {
        reply.withHeader(QHttpHeaders::WellKnownHeader::RetryAfter,
                         QByteArray::number(result.error().retryAfterSeconds));
    }
    return reply;
}

ApiReply ApiAnswers::twoFactorLogin(const Result<LoginResult>& result, const JwtSigner& signer,
                                    const QString& applicationId, bool noJwt, qint64 nowMs)
{
    return result ? loginSuccess(*result, signer, applicationId, noJwt, nowMs) : ApiReply::fromError(result.error());
}

QJsonObject ApiAnswers::sendRequest(const QString& mobilePhone, const QString& secret)
{
    return QJsonObject {{u"mobilePhone"_s, mobilePhone}, {u"secret"_s, secret}};
}

QJsonObject ApiAnswers::sendToUserRequest(const QString& userId)
{
    return QJsonObject {{u"userId"_s, userId}};
}

QJsonObject ApiAnswers::enableRequest(const QString& code, const QString& secret, TwoFactorDelivery delivery,
                                      const QString& applicationId)
{
    QJsonObject body {{u"code"_s, code}, {u"secret"_s, secret}, {u"delivery"_s, deliveryName(delivery)}};
    insertIfSet(body, u"applicationId"_s, applicationId);
    return body;
}

QJsonObject ApiAnswers::loginRequest(const LoginRequest& request)
{
    QJsonObject body {{u"loginId"_s, request.loginId}, {u"password"_s, request.password}};
    insertIfSet(body, u"applicationId"_s, request.context.applicationId);
    insertIfSet(body, u"ipAddress"_s, request.context.ipAddress);
    insertIfSet(body, u"twoFactorTrustId"_s, request.twoFactorTrustId);
    return body;
}

QJsonObject ApiAnswers::twoFactorLoginRequest(const QString& twoFactorId, const QString& code, bool trustComputer,
                                              const RequestContext& context)
{
    QJsonObject body {{u"twoFactorId"_s, twoFactorId}, {u"code"_s, code}, {u"trustComputer"_s, trustComputer}};
    insertIfSet(body, u"applicationId"_s, context.applicationId);
    insertIfSet(body, u"ipAddress"_s, context.ipAddress);
    return body;
}

} // namespace tfk
