#include "ApiServer.h"

#include "ApiAnswers.h"
#include "ApiRequests.h"
#include "ApiTcpServer.h"
#include "auth/UserImport.h"
#include "common/Futures.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace tfk {

struct ApiServer::Call
{
    quint64 id = 0;
    Endpoint endpoint = Endpoint::Secret;
    QString method; // "GET", "POST", ...
    QString route; // the template, for the log
    QString argument; // the path's {userId} or {twoFactorId}
    QUrlQuery query;
    QJsonObject body;
    QString remoteAddress;
    QString actor; // for the audit log: "api-key NAME", or "api user" on the open endpoints
    QElapsedTimer timer;
};

namespace {

using Method = QHttpServerRequest::Method;

struct RouteInfo
{
    const char16_t* route;
    QList<Method> methods;
    bool needsKey;
};

RouteInfo infoFor(int endpoint)
{
    // Same order as ApiServer::Endpoint.
    static const RouteInfo infos[] = {
        {u"/api/two-factor/secret", {Method::Get}, true},
        {u"/api/two-factor/send", {Method::Post}, true},
        // FusionAuth leaves these two open: the twoFactorId is the credential.
        {u"/api/two-factor/send/{twoFactorId}", {Method::Post}, false},
        {u"/api/user/two-factor/{userId}", {Method::Put, Method::Post, Method::Delete}, true},
        {u"/api/user/two-factor", {Method::Delete}, true},
        {u"/api/login", {Method::Post}, true},
        {u"/api/two-factor/login", {Method::Post}, false},
        {u"/api/user", {Method::Get, Method::Post}, true},
        {u"/api/user/{userId}", {Method::Get}, true},
        {u"/api/user/two-factor/recovery-code/{userId}", {Method::Get, Method::Post}, true},
        {u"/api/user/import", {Method::Post}, true},
        {u"/api/user/search", {Method::Get}, true},
    };
    return infos[endpoint];
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return u"GET"_s;
    case Method::Put:
        return u"PUT"_s;
    case Method::Delete:
        return u"DELETE"_s;
    case Method::Post:
        return u"POST"_s;
    case Method::Head:
        return u"HEAD"_s;
    case Method::Options:
        return u"OPTIONS"_s;
    case Method::Patch:
        return u"PATCH"_s;
    case Method::Connect:
        return u"CONNECT"_s;
    case Method::Trace:
        return u"TRACE"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

Error fieldError(const QString& code, const QString& field, const QString& message)
{
    return Error {code, message, 400, field};
}

} // namespace

Result<ApiServerOptions> ApiServerOptions::withListen(const QString& text, ApiServerOptions base)
{
    const qsizetype colon = text.lastIndexOf(u':');
    QString host = colon > 0 ? text.first(colon) : QString();
    const QString portText = colon > 0 ? text.sliced(colon + 1) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.sliced(1, host.size() - 2);
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    QHostAddress address = host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(host);
    if (!ok || port > 65535 || address.isNull()) {
        return fail(Error {u"[invalid]api-listen"_s,
                           ApiServer::tr("--api-listen takes ADDRESS:PORT, such as 127.0.0.1:9011 or [::1]:9011, "
                                         "not \"%1\".")
                               .arg(text.left(80)),
                           400});
    }
    base.address = address;
    base.port = quint16(port);
    return base;
}

ApiServer::ApiServer(TwoFactorService& service, ApiKeyStore& keys, const JwtSigner& signer, ApiServerOptions options,
                     QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_keys(keys)
    , m_signer(signer)
    , m_options(std::move(options))
    , m_http(std::make_unique<QHttpServer>())
{
    addRoutes();
}

ApiServer::~ApiServer()
{
    // Unanswered requests end with their connections; their responders must go before the server.
    m_pending.clear();
    m_http.reset();
}

qint64 ApiServer::now() const
{
    return (m_options.clock ? *m_options.clock : static_cast<const Clock&>(m_systemClock)).currentMSecsSinceEpoch();
}

void ApiServer::addRoutes()
{
    const auto plain = [this](Endpoint endpoint) {
        return [this, endpoint](const QHttpServerRequest& request, QHttpServerResponder& responder) {
            accept(endpoint, {}, request, responder);
        };
    };
    const auto withArgument = [this](Endpoint endpoint) {
        return [this, endpoint](const QString& argument, const QHttpServerRequest& request,
                                QHttpServerResponder& responder) {
            accept(endpoint, argument, request, responder);
        };
    };
    // Every method reaches the handler, which answers 405 with Allow for the wrong ones. Specific
    // paths first: the first matching rule wins.
    m_http->route(u"/api/two-factor/secret"_s, this, plain(Endpoint::Secret));
    m_http->route(u"/api/two-factor/send"_s, this, plain(Endpoint::Send));
    m_http->route(u"/api/two-factor/send/<arg>"_s, this, withArgument(Endpoint::Resend));
    m_http->route(u"/api/two-factor/login"_s, this, plain(Endpoint::TwoFactorLogin));
    m_http->route(u"/api/user/two-factor"_s, this, plain(Endpoint::TwoFactorByQuery));
    m_http->route(u"/api/user/two-factor/recovery-code/<arg>"_s, this, withArgument(Endpoint::RecoveryCodes));
    m_http->route(u"/api/user/two-factor/<arg>"_s, this, withArgument(Endpoint::TwoFactor));
    m_http->route(u"/api/login"_s, this, plain(Endpoint::Login));
    m_http->route(u"/api/user/import"_s, this, plain(Endpoint::Import));
    m_http->route(u"/api/user/search"_s, this, plain(Endpoint::Search));
    m_http->route(u"/api/user"_s, this, plain(Endpoint::Users));
    m_http->route(u"/api/user/<arg>"_s, this, withArgument(Endpoint::User));
    m_http->setMissingHandler(this, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        // FusionAuth answers an unknown API path 404 with an empty body.
        ApiReply::empty(404).send(responder);
        Q_EMIT requestFinished(methodName(request.method()), request.url().path().left(80), 404, 0);
    });
}

Result<quint16> ApiServer::listen()
{
    if (m_tcp) {
        return m_tcp->serverPort();
    }
    const QString address = m_options.address.toString();
    if (!m_options.address.isLoopback() && !m_options.allowRemote) {
        return fail(Error {u"[RemoteApiRefused]"_s,
                           tr("Refusing to serve the API on %1, which other computers can reach. Add "
                              "--allow-remote-api if that is really wanted, or listen on 127.0.0.1.")
                               .arg(address),
                           500});
    }
    auto* tcp = new ApiTcpServer(m_options.maxBodyBytes, m_options.maxImportBodyBytes, m_http.get());
    if (!tcp->listen(m_options.address, m_options.port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return fail(Error {u"[ApiListenFailed]"_s,
                           tr("The API cannot listen on %1 port %2: %3.").arg(address).arg(m_options.port).arg(reason),
                           500});
    }
    if (!m_http->bind(tcp)) {
        delete tcp;
        return fail(Error {u"[ApiListenFailed]"_s, tr("The API cannot serve on %1.").arg(address), 500});
    }
    m_tcp = tcp;
    if (!m_options.address.isLoopback()) {
        m_warning = tr("Warning: the API listens on %1 port %2, where other computers can reach it. Every request "
                       "except a two-factor resend or completion needs an API key; use a firewall or TLS proxy.")
                        .arg(address)
                        .arg(m_tcp->serverPort());
    }
    return m_tcp->serverPort();
}

bool ApiServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 ApiServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl ApiServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_options.address.toString());
    url.setPort(port());
    return url;
}

bool ApiServer::drain(int timeoutMs)
{
    if (m_tcp) {
        m_tcp->close();
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_pending.empty() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return m_pending.empty();
}

int ApiServer::refusedBeforeReading() const
{
    return m_tcp ? m_tcp->refusedRequests() : 0;
}

void ApiServer::accept(Endpoint endpoint, const QString& argument, const QHttpServerRequest& request,
                       QHttpServerResponder& responder)
{
    const RouteInfo info = infoFor(int(endpoint));
    auto call = std::make_shared<Call>();
    call->timer.start();
    call->id = ++m_nextCall;
    call->endpoint = endpoint;
    call->method = methodName(request.method());
    call->route = QString::fromUtf16(info.route);
    call->argument = argument;
    call->query = request.query();
    call->remoteAddress = request.remoteAddress().toString();
    m_pending.emplace(call->id, std::make_unique<QHttpServerResponder>(std::move(responder)));

    if (!info.methods.contains(request.method())) {
        QStringList allowed;
        for (Method method : info.methods) {
            allowed << methodName(method);
        }
        ApiReply reply = ApiReply::generalError(
            405, u"[MethodNotAllowed]"_s,
            tr("%1 does not accept %2; use %3.").arg(call->route, call->method, allowed.join(u", "_s)));
        reply.withHeader(QHttpHeaders::WellKnownHeader::Allow, allowed.join(u", "_s).toLatin1());
        finish(call, reply);
        return;
    }
    const QByteArray body = request.body();
    const qint64 maxBody = endpoint == Endpoint::Import ? m_options.maxImportBodyBytes : m_options.maxBodyBytes;
    if (body.size() > maxBody) {
        finish(call,
               ApiReply::generalError(
                   413, u"[RequestTooLarge]"_s,
                   tr("The request body is larger than %1 bytes, the most this API accepts.").arg(maxBody)));
        return;
    }
    if (info.needsKey) {
        const QByteArray presented
            = request.headers().value(QHttpHeaders::WellKnownHeader::Authorization).toByteArray();
        auto key = m_keys.authenticate(QString::fromLatin1(presented.trimmed()));
        if (!key) {
            finish(call, ApiReply::fromError(key.error()));
            return;
        }
        if (!*key) {
            // FusionAuth: 401 with an empty body, for a missing, wrong or revoked key alike.
            finish(call, ApiReply::empty(401));
            return;
        }
        call->actor = Actors::apiKey((*key)->name);
    } else {
        // The twoFactorId is the credential: whoever holds it is the user signing in.
        call->actor = Actors::apiUser();
    }
    const bool bodyRequired = request.method() == Method::Post || request.method() == Method::Put;
    const bool bodyIgnored = request.method() == Method::Get || endpoint == Endpoint::Resend;
    if (!body.isEmpty() && !bodyIgnored) {
        auto object = ApiRequests::object(
            body, request.headers().value(QHttpHeaders::WellKnownHeader::ContentType).toByteArray());
        if (!object) {
            finish(call, ApiReply::fromError(object.error()));
            return;
        }
        call->body = *object;
    } else if (body.isEmpty() && bodyRequired && endpoint != Endpoint::Resend && endpoint != Endpoint::RecoveryCodes) {
        finish(call, ApiReply::generalError(400, u"[invalid]"_s, tr("This request needs a JSON body.")));
        return;
    }
    dispatch(call);
}

void ApiServer::dispatch(const std::shared_ptr<Call>& call)
{
    switch (call->endpoint) {
    case Endpoint::Secret:
        return secret(call);
    case Endpoint::Send:
        return send(call);
    case Endpoint::Resend:
        return resend(call);
    case Endpoint::TwoFactor:
        return call->method == u"DELETE"_s ? disable(call) : enable(call);
    case Endpoint::TwoFactorByQuery:
        return disable(call);
    case Endpoint::Login:
        return login(call);
    case Endpoint::TwoFactorLogin:
        return twoFactorLogin(call);
    case Endpoint::Users:
        return call->method == u"POST"_s ? createUser(call) : findUserByLoginId(call);
    case Endpoint::User:
        return findUser(call);
    case Endpoint::RecoveryCodes:
        return recoveryCodes(call);
    case Endpoint::Import:
        return importUsers(call);
    case Endpoint::Search:
        return searchUsers(call);
    }
}

void ApiServer::finish(const std::shared_ptr<Call>& call, const ApiReply& reply)
{
    const auto pending = m_pending.find(call->id);
    if (pending == m_pending.end()) {
        return;
    }
    reply.send(*pending->second);
    // The responder goes now, so the connection reads its next request.
    m_pending.erase(pending);
    Q_EMIT requestFinished(call->method, call->route, reply.status(), call->timer.elapsed());
}

template <typename T, typename F>
void ApiServer::finishLater(const std::shared_ptr<Call>& call, QFuture<T> future, F answer)
{
    // Destroying the server destroys the watcher with it: nothing is answered then.
    whenFinished(
        future, this, [this, call, answer](const T& result) { finish(call, answer(result)); },
        [this, call] {
            finish(call, ApiReply::generalError(500, u"[InternalError]"_s, tr("The request was cancelled.")));
        });
}

void ApiServer::secret(const std::shared_ptr<Call>& call)
{
    finish(call, ApiAnswers::secret(m_service.generateSecret(RequestContext {{}, call->remoteAddress, call->actor})));
}

void ApiServer::send(const std::shared_ptr<Call>& call)
{
    auto parsed = ApiRequests::send(call->body);
    if (!parsed) {
        return finish(call, ApiReply::fromError(parsed.error()));
    }
    const RequestContext context {parsed->applicationId, call->remoteAddress, call->actor};
    const QFuture<Result<SendReceipt>> sending = !parsed->userId.isEmpty()
        ? m_service.sendCodeToUser(parsed->userId, context)
        : m_service.sendEnrollmentCode(parsed->mobilePhone, parsed->secret, context);
    finishLater(call, sending, [](const Result<SendReceipt>& sent) { return ApiAnswers::sent(sent); });
}

void ApiServer::resend(const std::shared_ptr<Call>& call)
{
    finishLater(call, m_service.resendLoginCode(call->argument, RequestContext {{}, call->remoteAddress, call->actor}),
                [](const Result<SendReceipt>& sent) { return ApiAnswers::sent(sent); });
}

void ApiServer::enable(const std::shared_ptr<Call>& call)
{
    auto parsed = ApiRequests::enable(call->body);
    if (!parsed) {
        return finish(call, ApiReply::fromError(parsed.error()));
    }
    const RequestContext context {parsed->applicationId, call->remoteAddress, call->actor};
    finishLater(call,
                m_service.enableTwoFactor(call->argument, parsed->code, parsed->secret, parsed->delivery, context),
                [](const Result<TwoFactorEnabled>& enabled) { return ApiAnswers::enabled(enabled); });
}

void ApiServer::disable(const std::shared_ptr<Call>& call)
{
    auto parsed = ApiRequests::disable(call->body);
    if (!parsed) {
        return finish(call, ApiReply::fromError(parsed.error()));
    }
    const QString bodyCode = parsed->code;
    const RequestContext context {parsed->applicationId, call->remoteAddress, call->actor};
    const QString userId
        = call->argument.isEmpty() ? call->query.queryItemValue(u"userId"_s, QUrl::FullyDecoded) : call->argument;
    const QString code
        = call->query.hasQueryItem(u"code"_s) ? call->query.queryItemValue(u"code"_s, QUrl::FullyDecoded) : bodyCode;
    if (userId.isEmpty()) {
        return finish(call,
                      ApiReply::fromError(fieldError(u"[blank]userId"_s, u"userId"_s,
                                                     tr("Name the user: /api/user/two-factor/{userId}."))));
    }
    finishLater(call, m_service.disableTwoFactor(userId, code, context),
                [](const Result<User>& disabled) { return ApiAnswers::disabled(disabled); });
}

void ApiServer::login(const std::shared_ptr<Call>& call)
{
    auto parsed = ApiRequests::login(call->body);
    if (!parsed) {
        return finish(call, ApiReply::fromError(parsed.error()));
    }
    LoginRequest request = parsed->request;
    if (request.context.ipAddress.isEmpty()) {
        request.context.ipAddress = call->remoteAddress;
    }
    request.context.actor = call->actor;
    const QString applicationId = request.context.applicationId;
    const bool withoutJwt = parsed->noJwt;
    finishLater(call, m_service.login(request), [this, applicationId, withoutJwt](const Result<LoginResult>& result) {
        if (result && result->deliveryError) {
            // Still 242: the user can ask for another code; the operator's log says why this one failed.
            qWarning("two-factor code not delivered: %s", qPrintable(result->deliveryError->message));
        }
        return ApiAnswers::login(result, m_signer, applicationId, withoutJwt, now());
    });
}

void ApiServer::twoFactorLogin(const std::shared_ptr<Call>& call)
{
    auto parsed = ApiRequests::twoFactorLogin(call->body);
    if (!parsed) {
        return finish(call, ApiReply::fromError(parsed.error()));
    }
    const QString applicationId = parsed->applicationId;
    const RequestContext context {applicationId, parsed->ipAddress.isEmpty() ? call->remoteAddress : parsed->ipAddress,
                                  call->actor};
    const bool withoutJwt = parsed->noJwt;
    finishLater(call,
                m_service.completeTwoFactorLogin(parsed->twoFactorId, parsed->code, parsed->trustComputer, context),
                [this, applicationId, withoutJwt](const Result<LoginResult>& done) {
                    return ApiAnswers::twoFactorLogin(done, m_signer, applicationId, withoutJwt, now());
                });
}

void ApiServer::createUser(const std::shared_ptr<Call>& call)
{
    auto parsed = ApiRequests::createUser(call->body);
    if (!parsed) {
        return finish(call, ApiReply::fromError(parsed.error()));
    }
    const RequestContext context {parsed->applicationId, call->remoteAddress, call->actor};
    finishLater(call, m_service.createUser(parsed->user, context), [](const Result<User>& created) {
        return created ? ApiReply::json(200, QJsonObject {{u"user"_s, ApiAnswers::user(*created)}})
                       : ApiReply::fromError(created.error());
    });
}

void ApiServer::findUserByLoginId(const std::shared_ptr<Call>& call)
{
    QString loginId;
    for (const QString& name : {u"loginId"_s, u"email"_s, u"username"_s}) {
        if (call->query.hasQueryItem(name)) {
            loginId = call->query.queryItemValue(name, QUrl::FullyDecoded);
            break;
        }
    }
    if (loginId.trimmed().isEmpty()) {
        return finish(call,
                      ApiReply::fromError(fieldError(u"[blank]loginId"_s, u"loginId"_s,
                                                     tr("Name the user: /api/user?loginId=EMAIL-OR-USERNAME."))));
    }
    finishLater(call, m_service.findUserByLoginId(loginId), [](const Result<std::optional<User>>& found) {
        if (!found) {
            return ApiReply::fromError(found.error());
        }
        return *found ? ApiReply::json(200, QJsonObject {{u"user"_s, ApiAnswers::user(**found)}})
                      : ApiReply::empty(404);
    });
}

void ApiServer::searchUsers(const std::shared_ptr<Call>& call)
{
    // FusionAuth's User Search in its simple form. The text matches like the Users page: contains on name,
    // email and username, or the end of the mobile phone; "*" or nothing lists everybody, by name.
    QString text = call->query.queryItemValue(u"queryString"_s, QUrl::FullyDecoded).trimmed();
    if (text == u"*"_s) {
        text.clear();
    }
    if (text.size() > kMaxSearchTextLength) {
        return finish(call,
                      ApiReply::fromError(
                          fieldError(u"[tooLong]queryString"_s, u"queryString"_s,
                                     tr("The queryString is longer than %1 characters.").arg(kMaxSearchTextLength))));
    }
    const auto number = [&](const QString& name, int fallback, int lowest, int highest) -> std::optional<int> {
        if (!call->query.hasQueryItem(name)) {
            return fallback;
        }
        bool ok = false;
        const int value = call->query.queryItemValue(name).toInt(&ok);
        if (!ok || value < lowest || value > highest) {
            return std::nullopt;
        }
        return value;
    };
    const std::optional<int> results = number(u"numberOfResults"_s, 25, 1, kMaxSearchResults);
    if (!results) {
        return finish(call,
                      ApiReply::fromError(
                          fieldError(u"[invalid]numberOfResults"_s, u"numberOfResults"_s,
                                     tr("numberOfResults is a whole number from 1 to %1.").arg(kMaxSearchResults))));
    }
    const std::optional<int> start = number(u"startRow"_s, 0, 0, kMaxSearchWindow - *results);
    if (!start) {
        return finish(call,
                      ApiReply::fromError(
                          fieldError(u"[invalid]startRow"_s, u"startRow"_s,
                                     tr("startRow is a whole number from 0, and startRow + numberOfResults at most %1: "
                                        "narrow the queryString to reach users further down.")
                                         .arg(kMaxSearchWindow))));
    }
    finishLater(call, m_service.searchUsers(text, *start, *results), [](const Result<UserPage>& page) {
        if (!page) {
            return ApiReply::fromError(page.error());
        }
        QJsonArray users;
        for (const User& user : page->users) {
            users.append(ApiAnswers::user(user));
        }
        // Like FusionAuth without accurateTotal (which caps at 10,000), the total is exact up to a cap.
        return ApiReply::json(200, QJsonObject {{u"total"_s, page->total}, {u"users"_s, users}});
    });
}

void ApiServer::recoveryCodes(const std::shared_ptr<Call>& call)
{
    const RequestContext context {{}, call->remoteAddress, call->actor};
    // Only keyed hashes of the codes are kept, so GET answers how many are left and an empty list;
    // POST makes a new set (the old one is void) and answers its codes this once.
    auto codes = call->method == u"POST"_s ? m_service.regenerateRecoveryCodes(call->argument, context)
                                           : m_service.recoveryCodes(call->argument);
    finishLater(call, codes, [](const Result<RecoveryCodeSet>& set) {
        if (!set) {
            return ApiReply::fromError(set.error());
        }
        return ApiReply::json(200,
                              QJsonObject {{u"recoveryCodes"_s, QJsonArray::fromStringList(set->codes)},
                                           {u"remaining"_s, set->remaining}});
    });
}

void ApiServer::importUsers(const std::shared_ptr<Call>& call)
{
    auto request = ApiRequests::importUsers(call->body);
    if (!request) {
        return finish(call, ApiReply::fromError(request.error()));
    }
    const RequestContext context {{}, call->remoteAddress, call->actor};
    finishLater(call, m_service.importUsers(*request, context), [](const Result<ImportOutcome>& outcome) {
        if (!outcome) {
            return ApiReply::fromError(outcome.error());
        }
        if (outcome->errors.isEmpty()) {
            // FusionAuth: 200 with an empty body when every user was imported.
            return ApiReply::empty(200);
        }
        // Every bad user at once, FusionAuth's field-error map ("users[12].email": [...]).
        QJsonObject fieldErrors;
        for (const Error& error : outcome->errors) {
            QJsonArray list = fieldErrors.value(error.field).toArray();
            list.append(QJsonObject {{u"code"_s, error.code}, {u"message"_s, error.message}});
            fieldErrors.insert(error.field, list);
        }
        return ApiReply::json(400, QJsonObject {{u"fieldErrors"_s, fieldErrors}});
    });
}

void ApiServer::findUser(const std::shared_ptr<Call>& call)
{
    finishLater(call, m_service.findUser(call->argument), [](const Result<User>& found) {
        return found ? ApiReply::json(200, QJsonObject {{u"user"_s, ApiAnswers::user(*found)}})
                     : ApiReply::fromError(found.error());
    });
}

} // namespace tfk
