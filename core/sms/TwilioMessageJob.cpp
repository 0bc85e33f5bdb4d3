#include "TwilioMessageJob.h"

#include "SenderId.h"
#include "TwilioErrors.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <cstring>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// The request body as a device that can be read once only. QNetworkAccessManager silently sends a
// POST again when a connection closes before the answer; with a body it cannot rewind it reports
// ContentReSendError instead, so a text is never sent twice behind our back.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

QString TwilioExchange::maskedAuthorization(const QString& user)
{
    return u"Basic •••••• ("_s + user + u')';
}

TwilioMessageJob::TwilioMessageJob(const TwilioConfig& config, const TwilioTransport& transport,
                                   const SmsMessage& message, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_transport(transport)
    , m_message(message)
    , m_network(network)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &TwilioMessageJob::sendAttempt);
}

TwilioMessageJob::~TwilioMessageJob()
{
    if (m_reply) {
        m_aborted = true;
        m_reply->abort();
    }
}

QByteArray TwilioMessageJob::formBody(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

qint64 TwilioMessageJob::retryAfterSeconds(const QByteArray& header, const QDateTime& now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok) {
        return seconds >= 0 ? seconds : -1;
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid()) {
        return -1;
    }
    return std::max<qint64>(0, now.secsTo(when));
}

void TwilioMessageJob::start()
{
    if (auto valid = m_config.validate(); !valid) {
        // Report on the next turn of the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, error = valid.error()] { finish(fail(error)); });
        return;
    }
    if (const auto& problem = m_transport.problem()) {
        QTimer::singleShot(0, this, [this, error = *problem] { finish(fail(error)); });
        return;
    }
    sendAttempt();
}

void TwilioMessageJob::cancel()
{
    m_retryTimer.stop();
    if (m_reply) {
        m_aborted = true;
        m_reply->abort();
    }
    finish(fail(Error {u"[SmsCanceled]"_s, tr("Sending the text message was canceled."), 499}));
}

qint64 TwilioMessageJob::backoffMs() const
{
    const qint64 base = qint64(m_config.backoffMs) << std::min(m_attempts - 1, 10);
    return base + QRandomGenerator::global()->bounded(qint64(m_config.backoffMs / 2 + 1));
}

void TwilioMessageJob::sendAttempt()
{
    ++m_attempts;
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) % u"/2010-04-01/Accounts/"_s % m_config.accountSid
                % u"/Messages.json"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, "TwoFactorKiosk"_ba);
    const QString user = m_config.usesApiKey() ? m_config.apiKeySid : m_config.accountSid;
    const QString password = m_config.usesApiKey() ? m_config.apiKeySecret : m_config.authToken;
    // Sent with the first request: no round trip waiting for a 401 challenge.
    request.setRawHeader("Authorization", "Basic " + (user % u':' % password).toUtf8().toBase64());
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_transport.prepare(request);

    QList<std::pair<QString, QString>> fields {{u"To"_s, m_message.to}};
    if (!m_config.messagingServiceSid.isEmpty()) {
        fields.append({u"MessagingServiceSid"_s, m_config.messagingServiceSid});
    } else {
        fields.append({u"From"_s, m_config.senderFor(m_message.to)});
    }
    fields.append({u"Body"_s, m_message.body});

    const QByteArray body = formBody(fields);
    m_exchange = TwilioExchange {u"POST"_s, url, body, TwilioExchange::maskedAuthorization(user)};
    m_exchange.attempt = m_attempts;
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto* upload = new OneShotBody(body, this);
    m_aborted = false;
    m_reply = m_network->post(request, upload);
    upload->setParent(m_reply);
    connect(m_reply, &QNetworkReply::finished, this, &TwilioMessageJob::onReplyFinished);
}

void TwilioMessageJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    m_reply = nullptr;
    if (m_aborted || m_finished) {
        return;
    }

    const QString host = m_config.baseUrl.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    m_exchange.status = status;
    m_exchange.responseBody = body;
    m_exchange.retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After"));
    m_exchange.networkError = status == 0 ? reply->errorString() : QString();
    Q_EMIT exchanged(m_exchange);

    if (status == 0) {
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            // Nothing reached Twilio: safe to try again.
            if (m_attempts < m_config.maxAttempts) {
                retryLater(backoffMs());
                return;
            }
            finish(fail(Error {u"[TwilioUnreachable]"_s,
                               tr("Cannot reach Twilio at %1 (%2), after %3 attempts. Check the network connection.")
                                   .arg(host, reply->errorString())
                                   .arg(m_attempts),
                               503}));
            return;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            finish(fail(Error {u"[TwilioTimeout]"_s,
                               tr("Twilio did not answer within %1 seconds. The text may or may not have been sent; it "
                                  "was not sent again, to avoid a second text. Check the phone before asking for "
                                  "another code.")
                                   .arg(m_config.timeoutMs / 1000),
                               504}));
            return;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            finish(fail(Error {u"[TwilioTls]"_s,
                               tr("The secure connection to %1 failed: %2. %3")
                                   .arg(host, reply->errorString(), m_transport.tlsAdvice()),
                               502}));
            return;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError:
            finish(fail(Error {u"[TwilioConnectionDropped]"_s,
                               tr("The connection to Twilio dropped before it answered. The text may or may not have "
                                  "been sent; it was not sent again, to avoid a second text."),
                               502}));
            return;
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyTimeoutError:
            // The proxy itself did not answer: nothing reached Twilio.
            finish(fail(Error {u"[TwilioProxy]"_s,
                               tr("Cannot reach Twilio at %1: the proxy %2 does not answer (%3). Check that the "
                                  "proxy runs and that twilio/proxy (or https_proxy) names it right.")
                                   .arg(host, m_transport.proxyDescription(m_config.baseUrl), reply->errorString()),
                               502}));
            return;
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownProxyError:
            finish(fail(proxyRefused(reply->errorString())));
            return;
        default:
            // Qt reports a proxy's refusal of a CONNECT (a 407 after wrong credentials) as an unknown error.
            if (!m_transport.proxyDescription(m_config.baseUrl).isEmpty()) {
                finish(fail(proxyRefused(reply->errorString())));
                return;
            }
            finish(fail(Error {u"[TwilioUnreachable]"_s,
                               tr("The request to Twilio at %1 failed: %2.").arg(host, reply->errorString()), 502}));
            return;
        }
    }

    const qint64 retryAfter = retryAfterSeconds(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    const Result<SmsReceipt> answer = readAnswer(status, body, std::max<qint64>(retryAfter, 0), m_config.baseUrl);
    if (status == 429 && !answer && answer.error().code != u"[TwilioBadResponse]"_s) {
        // Twilio guarantees a 429 was not processed: retry, honouring Retry-After.
        const qint64 delay = retryAfter >= 0 ? retryAfter * 1000 : backoffMs();
        if (m_attempts < m_config.maxAttempts && delay <= m_config.maxRetryAfterMs) {
            retryLater(delay);
            return;
        }
    }
    if (answer) {
        // Twilio's own "from" says what was used; a Messaging Service has not picked one yet.
        SmsReceipt receipt = *answer;
        if (receipt.sender.isEmpty()) {
            receipt.sender = m_config.messagingServiceSid.isEmpty() ? m_config.senderFor(m_message.to)
                                                                    : m_config.messagingServiceSid;
        }
        finish(receipt);
        return;
    }
    Error error = answer.error();
    const QString sender = m_config.senderFor(m_message.to);
    if (error.code == u"twilio:21612"_s && !sender.isEmpty()
        && SenderId::guessKind(sender) == SenderId::Kind::Alphanumeric) {
        error.message = TwilioErrors::alphanumericNotDelivered(sender, !SenderId::takesAlphanumeric(m_message.to));
    }
    finish(fail(error));
}

Result<SmsReceipt> TwilioMessageJob::readAnswer(int status, const QByteArray& body, qint64 retryAfterSeconds,
                                                const QUrl& baseUrl)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (status == 201) {
        const QJsonObject object = json.object();
        const QString sid = object.value(u"sid"_s).toString();
        if (parseError.error != QJsonParseError::NoError || sid.isEmpty()) {
            return fail(Error {u"[TwilioBadResponse]"_s,
                               tr("Twilio accepted the text but its answer could not be read (no message id). The "
                                  "text was not sent again."),
                               502});
        }
        return SmsReceipt {sid, object.value(u"status"_s).toString(), object.value(u"from"_s).toString()};
    }
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        return fail(Error {u"[TwilioBadResponse]"_s,
                           tr("Twilio answered with HTTP status %1 and a body that is not JSON; is the Twilio API "
                              "address (%2) right?")
                               .arg(status)
                               .arg(baseUrl.toString(QUrl::RemoveUserInfo)),
                           502});
    }
    return fail(TwilioErrors::fromResponse(status, json.object(), retryAfterSeconds));
}

Error TwilioMessageJob::proxyRefused(const QString& why) const
{
    // The proxy answered but would not carry the request (credentials, or a rule against the host).
    return Error {u"[TwilioProxy]"_s,
                  tr("The proxy %1 refused to carry the request to Twilio at %2 (%3). Check its user name and "
                     "password (the user in twilio/proxy, the password in the secret twilio/proxyPassword) and that "
                     "it lets this computer reach %2.")
                      .arg(m_transport.proxyDescription(m_config.baseUrl), m_config.baseUrl.host(), why),
                  502};
}

void TwilioMessageJob::retryLater(qint64 delayMs)
{
    m_retryTimer.start(std::chrono::milliseconds(delayMs));
}

void TwilioMessageJob::finish(const Result<SmsReceipt>& result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace tfk
