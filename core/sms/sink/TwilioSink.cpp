#include "TwilioSink.h"

#include "common/Clock.h"
#include "crypto/ConstantTime.h"
#include "sms/SenderId.h"
#include "sms/sink/FormDecoder.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace tfk {

// One answer, or the decision not to answer (an injected fault).
struct SinkResponse
{
    enum class Action
    {
        Answer,
        Drop,
        Hang
    };
    Action action = Action::Answer;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool close = false; // close the connection after this answer
    qint64 drain = 0; // the refused body's announced length, read and dropped before closing
};

// What the sink knows about one open connection.
struct TwilioSink::Connection
{
    HttpRequestParser parser;
    QByteArray buffer; // received, not yet parsed
    bool busy = false; // an answer waits for its latency; later requests wait behind it (pipelining order)
    bool hung = false; // an injected hang: everything further is read and dropped
    bool closing = false; // the last answer is written; close once it is flushed and the body drained
    qint64 drainRemaining = 0; // bytes of a refused body still to read, so closing does not reset the peer
};

struct TwilioSink::StoredMessage
{
    SinkMessage message;
    qint64 createdAtMs = 0; // on m_monotonic: status steps are counted from here
    int stage = 0; // index into stagesFor()
    bool viaService = false;
    bool undeliverable = false;
};

namespace {

constexpr QStringView kApiVersion = u"2010-04-01";
constexpr int kMaxBodyCharacters = 1600;
constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
// How long a closing connection may take to drain a refused body before it is cut.
constexpr int kLingerMs = 2000;

const QRegularExpression& e164()
{
    static const QRegularExpression re(u"^\\+[1-9]\\d{1,14}$"_s);
    return re;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return u"OK"_s;
    case 201:
        return u"Created"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 411:
        return u"Length Required"_s;
    case 413:
        return u"Content Too Large"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 431:
        return u"Request Header Fields Too Large"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 505:
        return u"HTTP Version Not Supported"_s;
    default:
        return u"Unknown"_s;
    }
}

// "Thu, 27 Nov 2026 10:42:00 +0000", what Twilio puts in date_created and friends.
QString rfc2822(const QDateTime& dateTime)
{
    return QLocale::c().toString(dateTime.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
}

// "Thu, 27 Nov 2026 10:42:00 GMT", the HTTP Date header (RFC 9110 IMF-fixdate).
QByteArray httpDate(const QDateTime& dateTime)
{
    return QLocale::c().toString(dateTime.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QString randomHex32()
{
    std::array<quint32, 4> words {};
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    QString hex;
    for (const quint32 word : words) {
        hex += u"%1"_s.arg(word, 8, 16, QChar(u'0'));
    }
    return hex;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Twilio's error body; the texts imitate Twilio's own English wording (they are wire format, not UI).
SinkResponse twilioError(int httpStatus, int code, const QString& message, QJsonObject extra = {})
{
    extra.insert(u"code"_s, code);
    extra.insert(u"message"_s, message);
    extra.insert(u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code));
    extra.insert(u"status"_s, httpStatus);
    SinkResponse response;
    response.status = httpStatus;
    response.body = json(extra);
    return response;
}

// Twilio accepts an E.164 number, a short code or an alphanumeric sender ID as From (SenderId holds
// the rules); a malformed number is 21212, a malformed alphanumeric ID 21401.
std::optional<SinkResponse> senderError(const QString& from)
{
    if (SenderId::validate(from)) {
        return std::nullopt;
    }
    if (SenderId::guessKind(from) == SenderId::Kind::Alphanumeric) {
        return twilioError(400, 21401,
                           u"Invalid From: %1 is not a valid phone number or alphanumeric sender ID."_s.arg(from));
    }
    return twilioError(
        400, 21212,
        u"The 'From' number %1 is not a valid phone number, shortcode, or alphanumeric sender ID."_s.arg(from));
}

SinkResponse notFound(const QByteArray& path)
{
    return twilioError(404, 20404, u"The requested resource %1 was not found"_s.arg(QString::fromLatin1(path)));
}

SinkResponse methodNotAllowed(const QByteArray& allow)
{
    auto response = twilioError(405, 20004, u"Method not allowed"_s);
    response.headers.append(QPair<QByteArray, QByteArray> {"Allow", allow});
    return response;
}

// The statuses a message walks through; the last one becomes "undelivered" for an undeliverable number.
const QStringList& stagesFor(bool viaService)
{
    static const QStringList direct {u"queued"_s, u"sending"_s, u"sent"_s, u"delivered"_s};
    static const QStringList service {u"accepted"_s, u"queued"_s, u"sending"_s, u"sent"_s, u"delivered"_s};
    return viaService ? service : direct;
}

QString percentEncoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

TwilioSink::TwilioSink(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.tlsCertificate.isNull()) {
        m_server = std::make_unique<QTcpServer>();
    } else {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_options.tlsCertificate);
        tls.setLocalCertificateChain(QList<QSslCertificate> {m_options.tlsCertificate} + m_options.tlsChain);
        tls.setPrivateKey(m_options.tlsKey);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(tls);
        m_server = std::move(server);
    }
    // A burst of connections (a test opens 100 at once) must not wait for SYN retransmits.
    m_server->setListenBacklogSize(1024);
    m_server->setMaxPendingConnections(1024);
    // A QSslServer queues a connection only once its TLS handshake is done (pendingConnectionAvailable).
    if (m_options.tlsCertificate.isNull()) {
        connect(m_server.get(), &QTcpServer::newConnection, this, &TwilioSink::onNewConnection);
    } else {
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &TwilioSink::onNewConnection);
    }
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_statusTimer, &QTimer::timeout, this, &TwilioSink::advanceStatuses);
    m_monotonic.start();
}

TwilioSink::~TwilioSink()
{
    // Sockets must not call back into a sink that is half destroyed.
    for (const auto& entry : m_connections) {
        entry.first->disconnect(this);
        delete entry.first;
    }
    m_connections.clear();
}

Result<void> TwilioSink::start()
{
    if (m_server->isListening()) {
        return {};
    }
    if (!m_options.logFile.isEmpty() && !m_log.isOpen()) {
        m_log.setFileName(m_options.logFile);
        // Append seeks to the end, which a FIFO or a device (a terminal, /dev/stdout) cannot do.
        const QFileInfo info(m_options.logFile);
        const bool seekable = !info.exists() || info.isFile();
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Unbuffered
                        | (seekable ? QIODevice::Append : QIODevice::NotOpen))) {
            qWarning().noquote()
                << tr("twilio-sink: cannot open the message log %1: %2").arg(m_options.logFile, m_log.errorString());
            m_logWarned = true;
        }
    }
    if (!m_server->listen(m_options.address, m_options.port)) {
        QString cause;
        switch (m_server->serverError()) {
        case QAbstractSocket::AddressInUseError:
            cause = tr("the port is already in use by another program");
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            cause = tr("this computer has no such address");
            break;
        case QAbstractSocket::SocketAccessError:
            cause = tr("permission denied (ports below 1024 need privileges)");
            break;
        default:
            cause = m_server->errorString();
            break;
        }
        return fail(Error {u"[SinkListenFailed]"_s,
                           tr("The mock SMS sink cannot listen on %1 port %2: %3.")
                               .arg(m_options.address.toString())
                               .arg(m_options.port)
                               .arg(cause),
                           500});
    }
    return {};
}

bool TwilioSink::isListening() const
{
    return m_server->isListening();
}

quint16 TwilioSink::port() const
{
    return m_server->serverPort();
}

QUrl TwilioSink::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.tlsCertificate.isNull() ? u"http"_s : u"https"_s);
    const QHostAddress address = m_server->isListening() ? m_server->serverAddress() : m_options.address;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4) {
        url.setHost(u"127.0.0.1"_s);
    } else if (address == QHostAddress::AnyIPv6) {
        url.setHost(u"::1"_s);
    } else {
        url.setHost(address.toString());
    }
    url.setPort(port());
    return url;
}

QList<SinkMessage> TwilioSink::messages() const
{
    QList<SinkMessage> result;
    result.reserve(m_messages.size());
    for (const StoredMessage& stored : m_messages) {
        result.append(stored.message);
    }
    return result;
}

std::optional<SinkMessage> TwilioSink::message(const QString& sid) const
{
    const auto it = m_indexBySid.constFind(sid);
    if (it == m_indexBySid.cend()) {
        return std::nullopt;
    }
    return m_messages.at(*it).message;
}

void TwilioSink::clear()
{
    m_messages.clear();
    m_indexBySid.clear();
    m_faults.clear();
    m_requestCount = 0;
    m_statusTimer.stop();
    Q_EMIT cleared();
}

void TwilioSink::injectTooManyRequests(int count, int retryAfterSeconds)
{
    for (int i = 0; i < count; ++i) {
        m_faults.append({Fault::TooManyRequests, retryAfterSeconds});
    }
}

void TwilioSink::injectServerError(int count)
{
    for (int i = 0; i < count; ++i) {
        m_faults.append({Fault::ServerError});
    }
}

void TwilioSink::injectDroppedConnection(int count)
{
    for (int i = 0; i < count; ++i) {
        m_faults.append({Fault::DropConnection});
    }
}

void TwilioSink::injectHang(int count)
{
    for (int i = 0; i < count; ++i) {
        m_faults.append({Fault::Hang});
    }
}

void TwilioSink::setLatency(int ms)
{
    m_options.latencyMs = std::max(0, ms);
}

void TwilioSink::setStandingFault(StandingFault fault, int retryAfterSeconds)
{
    m_standingFault = fault;
    m_standingRetryAfterSeconds = retryAfterSeconds;
}

void TwilioSink::setAllUndeliverable(bool on)
{
    m_allUndeliverable = on;
}

void TwilioSink::setAllLandlines(bool on)
{
    m_allLandlines = on;
}

// --- connections ---------------------------------------------------------------------------------

void TwilioSink::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto connection = std::make_unique<Connection>();
        connection->parser = HttpRequestParser({kMaxHeaderBytes, m_options.maxBodyBytes});
        m_connections.emplace(socket, std::move(connection));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { onBytesWritten(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
        // The state lives until the socket object is gone: disconnected() can arrive in the middle
        // of handling a request (disconnectFromHost() emits it synchronously).
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.erase(socket); });
    }
}

TwilioSink::Connection* TwilioSink::connectionFor(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    return it == m_connections.end() ? nullptr : it->second.get();
}

void TwilioSink::onReadyRead(QTcpSocket* socket)
{
    Connection* connection = connectionFor(socket);
    if (!connection) {
        return;
    }
    const QByteArray data = socket->readAll();
    if (connection->closing) {
        connection->drainRemaining -= data.size();
        closeIfDone(socket);
        return;
    }
    if (connection->hung) {
        return;
    }
    connection->buffer.append(data);
    processBuffer(socket);
}

void TwilioSink::onBytesWritten(QTcpSocket* socket)
{
    closeIfDone(socket);
}

void TwilioSink::onDisconnected(QTcpSocket* socket)
{
    if (Connection* connection = connectionFor(socket)) {
        connection->closing = true;
        connection->busy = false;
    }
    socket->deleteLater();
}

void TwilioSink::processBuffer(QTcpSocket* socket)
{
    for (;;) {
        Connection* connection = connectionFor(socket);
        if (!connection || connection->busy || connection->hung || connection->closing
            || socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        const auto status = connection->parser.parse(connection->buffer);
        if (status == HttpRequestParser::Status::NeedMore) {
            if (connection->parser.takeContinueRequest()) {
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        if (status == HttpRequestParser::Status::Failed) {
            ++m_requestCount;
            const auto& failure = connection->parser.failure();
            SinkResponse response = twilioError(failure.httpStatus, 20000 + failure.httpStatus, failure.reason);
            response.close = true;
            response.drain = failure.bodyBytesToDiscard;
            send(socket, response);
            return;
        }
        const HttpRequest request = connection->parser.takeRequest();
        SinkResponse response = handle(request);
        response.close = response.close || !request.keepAlive();
        send(socket, response);
    }
}

void TwilioSink::send(QTcpSocket* socket, const SinkResponse& response)
{
    Connection* connection = connectionFor(socket);
    if (!connection) {
        return;
    }
    switch (response.action) {
    case SinkResponse::Action::Drop:
        connection->closing = true;
        connection->buffer.clear();
        socket->disconnectFromHost();
        return;
    case SinkResponse::Action::Hang:
        connection->hung = true;
        connection->buffer.clear();
        return;
    case SinkResponse::Action::Answer:
        break;
    }
    const QByteArray bytes = serialize(response, !response.close);
    const bool close = response.close;
    const qint64 drain = response.drain;
    auto deliver = [this, socket, bytes, close, drain] {
        Connection* connection = connectionFor(socket);
        if (!connection || socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        connection->busy = false;
        socket->write(bytes);
        if (close) {
            connection->closing = true;
            connection->drainRemaining = drain - connection->buffer.size();
            connection->buffer.clear();
            // A client that never finishes sending the refused body is cut off eventually.
            QTimer::singleShot(kLingerMs, socket, [socket] { socket->abort(); });
            closeIfDone(socket);
        }
    };
    if (m_options.latencyMs > 0) {
        connection->busy = true;
        QTimer::singleShot(m_options.latencyMs, socket, [this, socket, deliver] {
            deliver();
            processBuffer(socket);
        });
    } else {
        deliver();
    }
}

void TwilioSink::closeIfDone(QTcpSocket* socket)
{
    Connection* connection = connectionFor(socket);
    if (!connection || !connection->closing || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    if (socket->bytesToWrite() == 0 && connection->drainRemaining <= 0) {
        socket->disconnectFromHost();
    }
}

QByteArray TwilioSink::serialize(const SinkResponse& response, bool keepAlive) const
{
    QByteArray out;
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status).toLatin1() + "\r\n";
    out += "Date: " + httpDate(now()) + "\r\n";
    if (!response.body.isEmpty()) {
        out += "Content-Type: application/json; charset=utf-8\r\n";
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "Twilio-Request-Id: RQ" + randomHex32().toLatin1() + "\r\n";
    for (const auto& [name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "\r\n";
    out += response.body;
    return out;
}

// --- the API -------------------------------------------------------------------------------------

SinkResponse TwilioSink::handle(const HttpRequest& request)
{
    ++m_requestCount;
    std::optional<QueuedFault> pending;
    if (!m_faults.isEmpty()) {
        pending = m_faults.takeFirst();
    } else if (m_standingFault == StandingFault::TooManyRequests) {
        pending = QueuedFault {Fault::TooManyRequests, m_standingRetryAfterSeconds};
    } else if (m_standingFault == StandingFault::ServerError) {
        pending = QueuedFault {Fault::ServerError};
    }
    if (pending) {
        const QueuedFault fault = *pending;
        SinkResponse response;
        switch (fault.fault) {
        case Fault::TooManyRequests:
            response = twilioError(429, 20429, u"Too Many Requests"_s);
            if (fault.retryAfterSeconds >= 0) {
                response.headers.append(
                    QPair<QByteArray, QByteArray> {"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
            }
            return response;
        case Fault::ServerError:
            return twilioError(500, 20500, u"Internal Server Error"_s);
        case Fault::DropConnection:
            response.action = SinkResponse::Action::Drop;
            return response;
        case Fault::Hang:
            response.action = SinkResponse::Action::Hang;
            return response;
        }
    }

    // Twilio authenticates before it looks at the path.
    if (!authenticated(request)) {
        SinkResponse response = twilioError(401, 20003, u"Authenticate"_s,
                                            {{u"detail"_s, u"Your AccountSid or AuthToken was incorrect."_s}});
        response.headers.append(QPair<QByteArray, QByteArray> {"WWW-Authenticate", "Basic realm=\"Twilio API\""});
        return response;
    }

    static const QRegularExpression listPath(u"^/2010-04-01/Accounts/([^/]+)/Messages\\.json$"_s);
    static const QRegularExpression itemPath(u"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)\\.json$"_s);
    const QByteArray path = request.path();
    const QString pathText = QString::fromLatin1(path);
    const auto list = listPath.match(pathText);
    const auto item = list.hasMatch() ? QRegularExpressionMatch() : itemPath.match(pathText);
    if (!list.hasMatch() && !item.hasMatch()) {
        return notFound(path);
    }
    const bool isGet = request.method == "GET";
    if (list.hasMatch() && !isGet && request.method != "POST") {
        return methodNotAllowed("GET, POST");
    }
    if (item.hasMatch() && !isGet) {
        return methodNotAllowed("GET");
    }
    // Valid credentials for another account: Twilio says the resource does not exist.
    const QString accountSid = list.hasMatch() ? list.captured(1) : item.captured(1);
    if (accountSid != m_options.accountSid) {
        return notFound(path);
    }
    if (isGet && m_options.testCredentials) {
        return twilioError(403, 20008, u"Resource not accessible with Test Account Credentials"_s);
    }
    if (item.hasMatch()) {
        return fetchMessage(item.captured(2), path);
    }
    return isGet ? listMessages(request) : createMessage(request, accountSid);
}

bool TwilioSink::authenticated(const HttpRequest& request) const
{
    const QByteArray header = request.header("Authorization");
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || QByteArrayView(header).first(space).compare("Basic", Qt::CaseInsensitive) != 0) {
        return false;
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(header.sliced(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return false;
    }
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0) {
        return false;
    }
    const QByteArray user = decoded.decoded.first(colon);
    const QByteArray password = decoded.decoded.sliced(colon + 1);
    bool ok = user == m_options.accountSid.toUtf8() && constantTimeEquals(password, m_options.authToken.toUtf8());
    for (const auto& [keySid, secret] : m_options.apiKeys) {
        ok = ok || (user == keySid.toUtf8() && constantTimeEquals(password, secret.toUtf8()));
    }
    return ok;
}

SinkResponse TwilioSink::createMessage(const HttpRequest& request, const QString& accountSid)
{
    FormDecoder::Fields fields;
    // Like Twilio, a body that is not a form (JSON, say) is simply not read: then "To" is missing.
    const QByteArray contentType = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (contentType == "application/x-www-form-urlencoded") {
        auto decoded = FormDecoder::decode(request.body);
        if (!decoded) {
            return twilioError(400, 20400, decoded.error().message);
        }
        fields = std::move(*decoded);
    }
    const QString to = FormDecoder::value(fields, u"To").value_or(QString());
    const QString from = FormDecoder::value(fields, u"From").value_or(QString());
    const QString service = FormDecoder::value(fields, u"MessagingServiceSid").value_or(QString());
    const std::optional<QString> body = FormDecoder::value(fields, u"Body");
    const std::optional<QString> validity = FormDecoder::value(fields, u"ValidityPeriod");
    const std::optional<QString> callback = FormDecoder::value(fields, u"StatusCallback");

    if (to.isEmpty()) {
        return twilioError(400, 21604, u"A 'To' phone number is required."_s);
    }
    if (!e164().match(to).hasMatch()) {
        return twilioError(400, 21211, u"The 'To' number %1 is not a valid phone number."_s.arg(to));
    }
    if (from.isEmpty() && service.isEmpty()) {
        return twilioError(400, 21603, u"A 'From' phone number is required."_s);
    }
    if (!from.isEmpty()) {
        if (auto refused = senderError(from)) {
            return *refused;
        }
    }
    static const QRegularExpression serviceSid(u"^MG[0-9a-fA-F]{32}$"_s);
    if (!service.isEmpty() && !serviceSid.match(service).hasMatch()) {
        return twilioError(400, 21701, u"The Messaging Service Sid %1 is invalid."_s.arg(service));
    }
    if (!body || body->isEmpty()) {
        return twilioError(400, 21602, u"Message body is required."_s);
    }
    // Counted in UTF-16 units, as Twilio counts UCS-2 characters.
    if (body->size() > kMaxBodyCharacters) {
        return twilioError(400, 21617, u"The concatenated message body exceeds the 1600 character limit."_s);
    }
    if (validity) {
        bool ok = false;
        const int seconds = validity->toInt(&ok);
        if (!ok || seconds < 1 || seconds > 36000) {
            return twilioError(400, 21624, u"Invalid validity period value"_s);
        }
    }
    if (callback && !callback->isEmpty()) {
        const QUrl url(*callback, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
            return twilioError(400, 21609, u"The StatusCallback URL %1 is not a valid URL."_s.arg(*callback));
        }
    }
    // Twilio's test credentials: the From magic numbers first, then the To ones.
    if (m_options.testCredentials && !from.isEmpty() && from != u"+15005550006"_s) {
        if (from == u"+15005550001"_s) {
            return twilioError(
                400, 21212,
                u"The 'From' number %1 is not a valid phone number, shortcode, or alphanumeric sender ID."_s.arg(from));
        }
        if (from == u"+15005550008"_s) {
            return twilioError(429, 21611, u"This 'From' number has exceeded the maximum number of queued messages."_s);
        }
        return twilioError(400, 21606,
                           u"The From phone number %1 is not a valid, SMS-capable inbound phone number or short "
                           "code for your account."_s.arg(from));
    }
    // Alphanumeric sender IDs are one-way and not delivered to North America (+1).
    if (!from.isEmpty() && SenderId::guessKind(from) == SenderId::Kind::Alphanumeric
        && !SenderId::takesAlphanumeric(to)) {
        return twilioError(400, 21612,
                           u"Message cannot be sent with the current combination of 'To' (%1) and/or 'From' (%2) "
                           "parameters"_s.arg(to, from));
    }
    if (to == u"+15005550001"_s) {
        return twilioError(400, 21211, u"The 'To' number %1 is not a valid phone number."_s.arg(to));
    }
    if (to == u"+15005550002"_s) {
        return twilioError(400, 21612,
                           u"The 'To' phone number: %1, is not currently reachable using the 'From' phone number: "
                           "%2 via SMS."_s.arg(to, from.isEmpty() ? service : from));
    }
    if (to == u"+15005550003"_s) {
        return twilioError(
            400, 21408,
            u"Permission to send an SMS has not been enabled for the region indicated by the 'To' number: %1."_s.arg(
                to));
    }
    if (to == u"+15005550004"_s) {
        return twilioError(400, 21610, u"Attempt to send to unsubscribed recipient"_s);
    }
    if (to == u"+15005550009"_s || m_allLandlines) {
        return twilioError(400, 21614, u"'To' number is not a valid mobile number"_s);
    }

    StoredMessage stored;
    stored.viaService = !service.isEmpty();
    stored.undeliverable = m_allUndeliverable || m_options.undeliverableNumbers.contains(to);
    stored.createdAtMs = m_monotonic.elapsed();
    SinkMessage& message = stored.message;
    message.sid = newMessageSid();
    message.accountSid = accountSid;
    message.to = to;
    message.from = from;
    message.messagingServiceSid = service;
    message.body = *body;
    message.status = stored.viaService ? u"accepted"_s : u"queued"_s;
    message.dateCreated = now();
    message.dateUpdated = message.dateCreated;
    const SmsSegments::Analysis cost = SmsSegments::analyze(message.body);
    message.numSegments = cost.segments;
    message.encoding = cost.encoding;

    SinkResponse response;
    response.status = 201;
    response.body = json(messageJson(stored));
    m_indexBySid.insert(message.sid, m_messages.size());
    m_messages.append(stored);
    if (m_options.statusStepMs > 0 && !m_statusTimer.isActive()) {
        m_statusTimer.start(m_options.statusStepMs);
    }
    writeLogLine(stored.message);
    Q_EMIT messageReceived(stored.message);
    return response;
}

SinkResponse TwilioSink::fetchMessage(const QString& sid, const QByteArray& path)
{
    advanceStatuses();
    const auto it = m_indexBySid.constFind(sid);
    if (it == m_indexBySid.cend()) {
        return notFound(path);
    }
    SinkResponse response;
    response.body = json(messageJson(m_messages.at(*it)));
    return response;
}

SinkResponse TwilioSink::listMessages(const HttpRequest& request)
{
    advanceStatuses();
    // Query strings follow the form rules too: an unencoded '+' is a space.
    auto query = FormDecoder::decode(request.query());
    if (!query) {
        return twilioError(400, 20400, query.error().message);
    }
    const std::optional<QString> to = FormDecoder::value(*query, u"To");
    const std::optional<QString> from = FormDecoder::value(*query, u"From");
    bool ok = false;
    int pageSize = FormDecoder::value(*query, u"PageSize").value_or(QString()).toInt(&ok);
    pageSize = ok ? std::clamp(pageSize, 1, 1000) : 50;
    int page = FormDecoder::value(*query, u"Page").value_or(QString()).toInt(&ok);
    page = ok ? std::max(page, 0) : 0;

    QList<const StoredMessage*> matching;
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if ((!to || it->message.to == *to) && (!from || it->message.from == *from)) {
            matching.append(&*it);
        }
    }
    const qsizetype start = qsizetype(page) * pageSize;
    QJsonArray items;
    for (qsizetype i = start; i < std::min<qsizetype>(matching.size(), start + pageSize); ++i) {
        items.append(messageJson(*matching[i]));
    }

    const QString base = u"/2010-04-01/Accounts/%1/Messages.json?"_s.arg(m_options.accountSid);
    QString filters;
    if (to) {
        filters += u"To="_s + percentEncoded(*to) + u'&';
    }
    if (from) {
        filters += u"From="_s + percentEncoded(*from) + u'&';
    }
    auto pageUri = [&](int number, const QString& token) {
        QString uri = base + filters + u"PageSize=%1&Page=%2"_s.arg(pageSize).arg(number);
        return token.isEmpty() ? uri : uri + u"&PageToken="_s + token;
    };
    const bool hasNext = start + pageSize < matching.size();
    const QJsonValue next = hasNext
        ? QJsonValue(pageUri(page + 1, u"PA"_s + matching[start + pageSize - 1]->message.sid))
        : QJsonValue(QJsonValue::Null);
    QJsonValue previous = QJsonValue::Null;
    if (page > 0) {
        const qsizetype first = std::min<qsizetype>(start, matching.size()) - 1;
        previous = pageUri(page - 1, first >= 0 ? u"PB"_s + matching[first]->message.sid : QString());
    }
    QJsonObject object {
        {u"messages"_s, items},
        {u"page"_s, page},
        {u"page_size"_s, pageSize},
        {u"first_page_uri"_s, pageUri(0, {})},
        {u"next_page_uri"_s, next},
        {u"previous_page_uri"_s, previous},
        {u"uri"_s, pageUri(page, {})},
        {u"start"_s, qint64(start)},
        // Twilio's "end" is the index of the last item on the page (inclusive).
        {u"end"_s, qint64(items.isEmpty() ? start : start + items.size() - 1)},
    };
    SinkResponse response;
    response.body = json(object);
    return response;
}

QString TwilioSink::newMessageSid() const
{
    QString sid;
    do {
        sid = u"SM"_s + randomHex32();
    } while (m_indexBySid.contains(sid));
    return sid;
}

QJsonObject TwilioSink::messageJson(const StoredMessage& stored) const
{
    const SinkMessage& m = stored.message;
    const QString uriBase = u"/2010-04-01/Accounts/%1/Messages/%2"_s.arg(m.accountSid, m.sid);
    auto nullable = [](const QString& text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    // A Messaging Service has not picked a sender yet while "accepted": Twilio reports 0 segments.
    const int segments = m.status == u"accepted"_s ? 0 : m.numSegments;
    return QJsonObject {
        {u"account_sid"_s, m.accountSid},
        {u"api_version"_s, kApiVersion.toString()},
        {u"body"_s, m.body},
        {u"date_created"_s, rfc2822(m.dateCreated)},
        {u"date_sent"_s, m.dateSent.isValid() ? QJsonValue(rfc2822(m.dateSent)) : QJsonValue(QJsonValue::Null)},
        {u"date_updated"_s, rfc2822(m.dateUpdated)},
        {u"direction"_s, u"outbound-api"_s},
        {u"error_code"_s, m.errorCode != 0 ? QJsonValue(m.errorCode) : QJsonValue(QJsonValue::Null)},
        {u"error_message"_s,
         m.errorCode == 30003 ? QJsonValue(u"Unreachable destination handset"_s) : QJsonValue(QJsonValue::Null)},
        {u"from"_s, nullable(m.from)},
        {u"messaging_service_sid"_s, nullable(m.messagingServiceSid)},
        {u"num_media"_s, u"0"_s},
        {u"num_segments"_s, QString::number(segments)},
        {u"price"_s, QJsonValue::Null},
        {u"price_unit"_s, u"USD"_s},
        {u"sid"_s, m.sid},
        {u"status"_s, m.status},
        {u"subresource_uris"_s, QJsonObject {{u"media"_s, QString(uriBase + u"/Media.json"_s)}}},
        {u"to"_s, m.to},
        {u"uri"_s, QString(uriBase + u".json"_s)},
    };
}

void TwilioSink::writeLogLine(const SinkMessage& message)
{
    if (!m_log.isOpen()) {
        return;
    }
    const QByteArray line
        = json(QJsonObject {
              {u"sid"_s, message.sid},
              {u"to"_s, message.to},
              {u"from"_s, message.from.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(message.from)},
              {u"body"_s, message.body},
              {u"num_segments"_s, QString::number(message.numSegments)},
              {u"encoding"_s, SmsSegments::encodingName(message.encoding)},
              {u"date_created"_s, rfc2822(message.dateCreated)},
          })
        + '\n';
    // Unbuffered: each line reaches the file (or fails) right here.
    if (m_log.write(line) != line.size() && !m_logWarned) {
        m_logWarned = true;
        qWarning().noquote()
            << tr("twilio-sink: cannot write to the message log %1: %2").arg(m_options.logFile, m_log.errorString());
    }
}

void TwilioSink::advanceStatuses()
{
    const int step = m_options.statusStepMs;
    if (step <= 0) {
        return;
    }
    struct Change
    {
        QString sid;
        QString status;
        int errorCode;
    };
    QList<Change> changes;
    const qint64 nowMs = m_monotonic.elapsed();
    for (StoredMessage& stored : m_messages) {
        const QStringList& stages = stagesFor(stored.viaService);
        const int last = int(stages.size()) - 1;
        const int due = int(std::min<qint64>(last, (nowMs - stored.createdAtMs) / step));
        while (stored.stage < due) {
            ++stored.stage;
            SinkMessage& message = stored.message;
            message.status = stages.at(stored.stage);
            if (stored.stage == last && stored.undeliverable) {
                message.status = u"undelivered"_s;
                message.errorCode = 30003;
            }
            message.dateUpdated = now();
            if (message.status == u"sent"_s) {
                message.dateSent = message.dateUpdated;
            }
            changes.append({message.sid, message.status, message.errorCode});
        }
    }
    scheduleStatusTimer();
    // Emitted after the loop: a receiver may call clear().
    for (const Change& change : changes) {
        Q_EMIT messageStatusChanged(change.sid, change.status, change.errorCode);
    }
}

void TwilioSink::scheduleStatusTimer()
{
    const int step = m_options.statusStepMs;
    qint64 next = -1;
    for (const StoredMessage& stored : m_messages) {
        const int last = int(stagesFor(stored.viaService).size()) - 1;
        if (stored.stage < last) {
            const qint64 due = stored.createdAtMs + qint64(stored.stage + 1) * step;
            next = next < 0 ? due : std::min(next, due);
        }
    }
    if (next < 0) {
        m_statusTimer.stop();
        return;
    }
    m_statusTimer.start(int(std::max<qint64>(0, next - m_monotonic.elapsed())));
}

QDateTime TwilioSink::now() const
{
    if (m_options.clock) {
        return QDateTime::fromMSecsSinceEpoch(m_options.clock->currentMSecsSinceEpoch(), QTimeZone::UTC);
    }
    return QDateTime::currentDateTimeUtc();
}

} // namespace tfk
