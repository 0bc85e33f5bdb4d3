#include "ApiTcpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// A request head larger than this is left to Qt HTTP Server's own parser.
constexpr qint64 kMaxInspectedHead = 16 * 1024;
// How long a refused client may keep sending before the connection is cut.
constexpr int kDrainMs = 2000;

QByteArray errorBody(const QString& code, const QString& message)
{
    const QJsonObject entry {{u"code"_s, code}, {u"message"_s, message}};
    return QJsonDocument(QJsonObject {{u"generalErrors"_s, QJsonArray {entry}}}).toJson(QJsonDocument::Compact);
}

} // namespace

ApiTcpServer::ApiTcpServer(qint64 maxBodyBytes, qint64 maxImportBodyBytes, QObject* parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_maxImportBodyBytes(maxImportBodyBytes)
{
}

void ApiTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before Qt HTTP Server connects its own reader, so this sees each request first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    addPendingConnection(socket);
}

void ApiTcpServer::inspect(QTcpSocket* socket)
{
    const QByteArray head = socket->peek(std::min(socket->bytesAvailable(), kMaxInspectedHead));
    // Only the start of a request is judged; the middle of a body or of a split head is not.
    static const QRegularExpression requestLine(u"^[A-Z]{3,10} [^ \\r\\n]+ HTTP/1\\.[01]\\r?\\n"_s);
    if (!requestLine.match(QString::fromLatin1(head.left(512))).hasMatch()) {
        return;
    }
    qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        end = head.indexOf("\n\n");
    }
    if (end < 0) {
        return;
    }
    const QList<QByteArray> lines = head.first(end).split('\n');
    const QList<QByteArray> requestParts = lines.first().split(' ');
    const bool isImport = requestParts.size() >= 2 && requestParts.at(1).split('?').first() == "/api/user/import";
    const qint64 limit = isImport ? m_maxImportBodyBytes : m_maxBodyBytes;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length > limit) {
                refuse(
                    socket, 413, "Payload Too Large",
                    errorBody(u"[RequestTooLarge]"_s,
                              tr("The request body is larger than %1 bytes, the most this API accepts.").arg(limit)));
                return;
            }
        } else if (name == "transfer-encoding") {
            refuse(socket, 411, "Length Required",
                   errorBody(u"[LengthRequired]"_s,
                             tr("Send the request body with a Content-Length header; chunked bodies are not "
                                "accepted.")));
            return;
        }
    }
}

void ApiTcpServer::refuse(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& body)
{
    ++m_refused;
    // Nobody else reads this request: Qt HTTP Server's reader is skipped for the rest of this emission.
    disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // Close politely: answer, stop sending, and drop what the client still sends for a moment, so it
    // reads the answer instead of a connection reset.
    socket->flush();
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
    QTimer::singleShot(kDrainMs, socket, [socket] { socket->abort(); });
}

} // namespace tfk
