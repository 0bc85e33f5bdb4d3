#include "ApiExchangeLog.h"

#include "ApiAnswers.h"
#include "auth/TwoFactorService.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace tfk {

ApiExchangeLog::ApiExchangeLog(TwoFactorService& service, JwtSigner signer, bool keepSecrets, const Clock* clock,
                               QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_signer(std::move(signer))
    , m_clock(clock)
    , m_keepSecrets(keepSecrets)
{
    m_service.setObserver(this);
}

ApiExchangeLog::~ApiExchangeLog()
{
    if (m_service.observer() == this) {
        m_service.setObserver(nullptr);
    }
}

qint64 ApiExchangeLog::now() const
{
    return (m_clock ? *m_clock : static_cast<const Clock&>(m_systemClock)).currentMSecsSinceEpoch();
}

void ApiExchangeLog::clear()
{
    m_exchanges.clear();
    Q_EMIT cleared();
}

void ApiExchangeLog::record(ApiExchange exchange)
{
    exchange.atMs = now();
    if (!m_keepSecrets) {
        exchange = exchange.masked();
    }
    if (m_exchanges.size() >= kMaxEntries) {
        m_exchanges.removeFirst();
    }
    m_exchanges.append(exchange);
    Q_EMIT recorded(exchange);
}

bool ApiExchangeLog::observes(const RequestContext& context) const
{
    return context.actor != Actors::apiUser() && !context.actor.startsWith(Actors::apiKey({}));
}

void ApiExchangeLog::secretGenerated(const TotpSecret& secret)
{
    record(ApiExchange::of(u"GET"_s, u"/api/two-factor/secret"_s, ApiAnswers::secret(secret)));
}

void ApiExchangeLog::enrollmentCodeSent(const QString& mobilePhone, const QString& secret,
                                        const Result<SendReceipt>& sent)
{
    record(ApiExchange::of(u"POST"_s, u"/api/two-factor/send"_s, ApiAnswers::sent(sent),
                           ApiAnswers::sendRequest(mobilePhone, secret)));
}

void ApiExchangeLog::userCodeSent(const QString& userId, const Result<SendReceipt>& sent)
{
    record(ApiExchange::of(u"POST"_s, u"/api/two-factor/send"_s, ApiAnswers::sent(sent),
                           ApiAnswers::sendToUserRequest(userId)));
}

void ApiExchangeLog::twoFactorEnabled(const QString& userId, const QString& code, const QString& secret,
                                      TwoFactorDelivery delivery, const RequestContext& context,
                                      const Result<TwoFactorEnabled>& enabled)
{
    record(ApiExchange::of(u"POST"_s, u"/api/user/two-factor/"_s + userId, ApiAnswers::enabled(enabled),
                           ApiAnswers::enableRequest(code, secret, delivery, context.applicationId)));
}

void ApiExchangeLog::twoFactorDisabled(const QString& userId, const QString& code, const Result<User>& disabled)
{
    const QString encodedCode = QString::fromLatin1(QUrl::toPercentEncoding(code));
    ApiExchange exchange = ApiExchange::of(u"DELETE"_s, u"/api/user/two-factor/"_s + userId + u"?code="_s + encodedCode,
                                           ApiAnswers::disabled(disabled));
    exchange.secretInPath = encodedCode;
    record(exchange);
}

void ApiExchangeLog::loggedIn(const LoginRequest& request, const Result<LoginResult>& result)
{
    record(ApiExchange::of(u"POST"_s, u"/api/login"_s,
                           ApiAnswers::login(result, m_signer, request.context.applicationId, false, now()),
                           ApiAnswers::loginRequest(request)));
}

void ApiExchangeLog::loginCodeResent(const QString& twoFactorId, const Result<SendReceipt>& sent)
{
    ApiExchange exchange = ApiExchange::of(u"POST"_s, u"/api/two-factor/send/"_s + twoFactorId, ApiAnswers::sent(sent));
    exchange.needsKey = false;
    exchange.secretInPath = twoFactorId;
    record(exchange);
}

void ApiExchangeLog::twoFactorLoginCompleted(const QString& twoFactorId, const QString& code, bool trustComputer,
                                             const RequestContext& context, const Result<LoginResult>& result)
{
    ApiExchange exchange
        = ApiExchange::of(u"POST"_s, u"/api/two-factor/login"_s,
                          ApiAnswers::twoFactorLogin(result, m_signer, context.applicationId, false, now()),
                          ApiAnswers::twoFactorLoginRequest(twoFactorId, code, trustComputer, context));
    exchange.needsKey = false;
    record(exchange);
}

} // namespace tfk
