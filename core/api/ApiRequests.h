#pragma once

// Reads the JSON bodies of the API's requests into plain values, or into the 400 that names what is
// wrong: everything a client can put in a body passes through here before the service sees it.

#include "auth/ServiceTypes.h"
#include "auth/UserImport.h"
#include "common/Error.h"
#include "store/User.h"

#include <QByteArray>
#include <QJsonObject>

namespace tfk {

class ApiRequests
{
public:
    // The body as a JSON object: "[InvalidContentType]" unless Content-Type is application/json,
    // "[invalid]" for JSON that does not parse or is not an object.
    static Result<QJsonObject> object(const QByteArray& body, const QByteArray& contentType);

    struct Send
    {
        QString userId; // an enrolled user ...
        QString mobilePhone; // ... or an enrollment: a phone and a secret
        QString secret;
        QString applicationId;
    };
    // POST /api/two-factor/send
    static Result<Send> send(const QJsonObject& body);

    struct Enable
    {
        QString code;
        QString secret;
        TwoFactorDelivery delivery = TwoFactorDelivery::None;
        QString applicationId;
    };
    // POST/PUT /api/user/two-factor/{userId}
    static Result<Enable> enable(const QJsonObject& body);

    struct Disable
    {
        QString code;
        QString applicationId;
    };
    // DELETE /api/user/two-factor/{userId} and /api/user/two-factor?userId=
    static Result<Disable> disable(const QJsonObject& body);

    struct Login
    {
        LoginRequest request; // context.ipAddress: the body's ipAddress, empty when not given
        bool noJwt = false;
    };
    // POST /api/login
    static Result<Login> login(const QJsonObject& body);

    struct TwoFactorLogin
    {
        QString twoFactorId;
        QString code;
        QString applicationId;
        QString ipAddress;
        bool trustComputer = false;
        bool noJwt = false;
    };
    // POST /api/two-factor/login
    static Result<TwoFactorLogin> twoFactorLogin(const QJsonObject& body);

    struct CreateUser
    {
        UserRequest user; // fullName is "" rather than null: the store needs a name, if an empty one
        QString applicationId;
    };
    // POST /api/user
    static Result<CreateUser> createUser(const QJsonObject& body);

    // POST /api/user/import
    static Result<ImportRequest> importUsers(const QJsonObject& body);
};

} // namespace tfk
