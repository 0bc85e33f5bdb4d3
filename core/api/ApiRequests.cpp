#include "ApiRequests.h"

#include "ApiServer.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// The sentences stay in ApiServer's translation context, where the API's other answers are.
Error fieldError(const QString& code, const QString& field, const QString& message)
{
    return Error {code, message, 400, field};
}

// A string member: absent or null reads as empty; any other JSON type is a 400 naming the field.
Result<QString> text(const QJsonObject& object, const QString& name, const QString& path = {})
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return QString();
    }
    if (!value.isString()) {
        const QString field = path.isEmpty() ? name : path;
        return fail(fieldError(u"[invalid]"_s % field, field, ApiServer::tr("%1 must be a JSON string.").arg(field)));
    }
    return value.toString();
}

Result<bool> flag(const QJsonObject& object, const QString& name)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return false;
    }
    if (!value.isBool()) {
        return fail(fieldError(u"[invalid]"_s % name, name, ApiServer::tr("%1 must be true or false.").arg(name)));
    }
    return value.toBool();
}

// Reads several string members at once; the first bad one is the answer.
class Fields
{
public:
    explicit Fields(const QJsonObject& object, QString prefix = {})
        : m_object(object)
        , m_prefix(std::move(prefix))
    {
    }

    std::optional<Error> error;

    QString operator()(const QString& name)
    {
        auto value = text(m_object, name, m_prefix.isEmpty() ? QString() : m_prefix % u'.' % name);
        if (!value) {
            if (!error) {
                error = value.error();
            }
            return {};
        }
        return *value;
    }

private:
    const QJsonObject& m_object;
    QString m_prefix;
};

bool isJson(const QByteArray& contentType)
{
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    return mime == "application/json";
}

} // namespace

Result<QJsonObject> ApiRequests::object(const QByteArray& body, const QByteArray& contentType)
{
    if (!isJson(contentType)) {
        return fail(Error {u"[InvalidContentType]"_s,
                           ApiServer::tr("Send the request body as JSON with the header Content-Type: "
                                         "application/json (not \"%1\").")
                               .arg(QString::fromLatin1(contentType.left(80))),
                           400});
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(Error {u"[invalid]"_s,
                           parseError.error != QJsonParseError::NoError
                               ? ApiServer::tr("The request body is not valid JSON: %1 at offset %2.")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset)
                               : ApiServer::tr("The request body must be a JSON object."),
                           400});
    }
    return document.object();
}

Result<ApiRequests::Send> ApiRequests::send(const QJsonObject& body)
{
    Fields field {body};
    Send send;
    send.userId = field(u"userId"_s);
    send.mobilePhone = field(u"mobilePhone"_s);
    send.secret = field(u"secret"_s);
    send.applicationId = field(u"applicationId"_s);
    if (field.error) {
        return fail(*field.error);
    }
    if (send.userId.isEmpty() && send.mobilePhone.isEmpty() && send.secret.isEmpty()) {
        return fail(
            fieldError(u"[blank]mobilePhone"_s, u"mobilePhone"_s,
                       ApiServer::tr("Send a mobilePhone and a secret (enrollment) or a userId (an enrolled user).")));
    }
    return send;
}

Result<ApiRequests::Enable> ApiRequests::enable(const QJsonObject& body)
{
    Fields field {body};
    Enable enable;
    enable.code = field(u"code"_s);
    enable.secret = field(u"secret"_s);
    const QString deliveryText = field(u"delivery"_s);
    const QString method = field(u"method"_s);
    enable.applicationId = field(u"applicationId"_s);
    if (field.error) {
        return fail(*field.error);
    }
    if (!deliveryText.isEmpty()) {
        if (!parseDelivery(deliveryText, &enable.delivery)) {
            return fail(
                fieldError(u"[invalid]delivery"_s, u"delivery"_s,
                           ApiServer::tr("delivery is None or TextMessage, not \"%1\".").arg(deliveryText.left(40))));
        }
    } else if (method == u"sms"_s) {
        // FusionAuth 1.26+ names text-message delivery "method": "sms".
        enable.delivery = TwoFactorDelivery::TextMessage;
    }
    return enable;
}

Result<ApiRequests::Disable> ApiRequests::disable(const QJsonObject& body)
{
    Fields field {body};
    Disable disable;
    disable.code = field(u"code"_s);
    disable.applicationId = field(u"applicationId"_s);
    if (field.error) {
        return fail(*field.error);
    }
    return disable;
}

Result<ApiRequests::Login> ApiRequests::login(const QJsonObject& body)
{
    Fields field {body};
    Login login;
    login.request.loginId = field(u"loginId"_s);
    login.request.password = field(u"password"_s);
    login.request.twoFactorTrustId = field(u"twoFactorTrustId"_s);
    login.request.context.applicationId = field(u"applicationId"_s);
    login.request.context.ipAddress = field(u"ipAddress"_s);
    auto noJwt = flag(body, u"noJWT"_s);
    if (field.error || !noJwt) {
        return fail(field.error ? *field.error : noJwt.error());
    }
    login.noJwt = *noJwt;
    return login;
}

Result<ApiRequests::TwoFactorLogin> ApiRequests::twoFactorLogin(const QJsonObject& body)
{
    Fields field {body};
    TwoFactorLogin login;
    login.twoFactorId = field(u"twoFactorId"_s);
    login.code = field(u"code"_s);
    login.applicationId = field(u"applicationId"_s);
    login.ipAddress = field(u"ipAddress"_s);
    auto trust = flag(body, u"trustComputer"_s);
    auto noJwt = flag(body, u"noJWT"_s);
    if (field.error || !trust || !noJwt) {
        return fail(field.error ? *field.error : !trust ? trust.error() : noJwt.error());
    }
    login.trustComputer = *trust;
    login.noJwt = *noJwt;
    return login;
}

Result<ApiRequests::CreateUser> ApiRequests::createUser(const QJsonObject& body)
{
    const QJsonValue user = body.value(u"user"_s);
    if (!user.isObject()) {
        return fail(fieldError(u"[blank]user"_s, u"user"_s,
                               ApiServer::tr("Send the new user as {\"user\": {\"email\": ...}}.")));
    }
    const QJsonObject object = user.toObject(); // Fields keeps a reference
    Fields field {object, u"user"_s};
    CreateUser create;
    create.user.email = field(u"email"_s);
    create.user.username = field(u"username"_s);
    create.user.fullName = field(u"fullName"_s);
    create.user.mobilePhone = field(u"mobilePhone"_s);
    create.user.password = field(u"password"_s);
    Fields top {body};
    create.applicationId = top(u"applicationId"_s);
    if (field.error || top.error) {
        return fail(field.error ? *field.error : *top.error);
    }
    if (create.user.fullName.isNull()) {
        create.user.fullName = u""_s;
    }
    return create;
}

Result<ImportRequest> ApiRequests::importUsers(const QJsonObject& body)
{
    const QJsonValue users = body.value(u"users"_s);
    if (!users.isArray()) {
        return fail(fieldError(u"[blank]users"_s, u"users"_s,
                               ApiServer::tr("Send the users to import as {\"users\": [...]}.")));
    }
    Fields top {body};
    ImportRequest request;
    request.encryptionScheme = top(u"encryptionScheme"_s);
    if (top.error) {
        return fail(*top.error);
    }
    const QJsonArray array = users.toArray();
    request.users.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"users[%1]"_s.arg(i);
        if (!array.at(i).isObject()) {
            return fail(fieldError(u"[invalid]"_s % path, path, ApiServer::tr("%1 must be a JSON object.").arg(path)));
        }
        const QJsonObject object = array.at(i).toObject(); // Fields keeps a reference
        Fields field {object, path};
        ImportedUser user;
        user.email = field(u"email"_s);
        user.username = field(u"username"_s);
        user.fullName = field(u"fullName"_s);
        user.mobilePhone = field(u"mobilePhone"_s);
        user.password = field(u"password"_s);
        user.encryptionScheme = field(u"encryptionScheme"_s);
        if (field.error) {
            return fail(*field.error);
        }
        request.users << user;
    }
    return request;
}

} // namespace tfk
