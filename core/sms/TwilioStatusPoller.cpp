#include "TwilioStatusPoller.h"

#include "TwilioErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace tfk {

TwilioStatusPoller::TwilioStatusPoller(const TwilioConfig& config, const TwilioTransport& transport,
                                       const QString& messageSid, const QString& initialStatus,
                                       QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_transport(transport)
    , m_sid(messageSid)
    , m_status(initialStatus)
    , m_network(network)
    , m_intervalMs(config.pollInitialMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TwilioStatusPoller::poll);
}

TwilioStatusPoller::~TwilioStatusPoller()
{
    if (m_reply) {
        m_reply->abort();
    }
}

void TwilioStatusPoller::start()
{
    m_elapsed.start();
    scheduleNext();
}

void TwilioStatusPoller::scheduleNext()
{
    if (m_elapsed.elapsed() + m_intervalMs > m_config.pollDeadlineMs) {
        Q_EMIT stopped(m_sid, u"deadline"_s);
        return;
    }
    m_timer.start(m_intervalMs);
    m_intervalMs = std::min(m_intervalMs * 2, m_config.pollMaxMs);
}

void TwilioStatusPoller::poll()
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) % u"/2010-04-01/Accounts/"_s % m_config.accountSid
                % u"/Messages/"_s % m_sid % u".json"_s);
    QNetworkRequest request(url);
    const QString user = m_config.usesApiKey() ? m_config.apiKeySid : m_config.accountSid;
    const QString password = m_config.usesApiKey() ? m_config.apiKeySecret : m_config.authToken;
    request.setRawHeader("Authorization", "Basic " + (user % u':' % password).toUtf8().toBase64());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_config.timeoutMs);
    m_transport.prepare(request);
    m_exchange = TwilioExchange {u"GET"_s, url, {}, TwilioExchange::maskedAuthorization(user)};
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &TwilioStatusPoller::onReply);
}

void TwilioStatusPoller::onReply()
{
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    m_exchange.status = status;
    m_exchange.responseBody = body;
    if (status == 401 || status == 403 || status == 404) {
        Q_EMIT exchanged(m_exchange);
    }
    if (status == 403) {
        // Test credentials may only create messages; there is nothing to follow.
        Q_EMIT stopped(m_sid, u"test-credentials"_s);
        return;
    }
    if (status == 404 || status == 401) {
        Q_EMIT stopped(m_sid, u"http%1"_s.arg(status));
        return;
    }
    if (status == 200) {
        const QJsonObject message = QJsonDocument::fromJson(body).object();
        const QString current = message.value(u"status"_s).toString();
        if (!current.isEmpty() && current != m_status) {
            m_status = current;
            m_exchange.deliveryStatus = current;
            Q_EMIT exchanged(m_exchange);
            const int errorCode = message.value(u"error_code"_s).toInt();
            Q_EMIT statusChanged(m_sid, current, errorCode,
                                 errorCode != 0
                                     ? TwilioErrors::describe(errorCode, message.value(u"error_message"_s).toString())
                                     : QString());
        }
        if (TwilioErrors::isTerminalStatus(m_status)) {
            Q_EMIT stopped(m_sid, m_status);
            return;
        }
    }
    // Network errors and 5xx: keep trying until the deadline.
    scheduleNext();
}

} // namespace tfk
