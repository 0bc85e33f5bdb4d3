#pragma once

// A small HTTP client for the API tests: real requests over loopback with QNetworkAccessManager, one
// call at a time (request) or many in flight (start + collect), and raw bytes over a socket for what
// QNetworkAccessManager will not send (chunked bodies, lying Content-Length).

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace tfk::test {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json; // the body, when it is a JSON object
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
    // The first field error's or general error's code.
    QString fieldCode(const QString& field) const
    {
        return json.value(QStringLiteral("fieldErrors"))
            .toObject()
            .value(field)
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString generalCode() const
    {
        return json.value(QStringLiteral("generalErrors"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

class ApiTestClient
{
public:
    explicit ApiTestClient(QUrl base)
        : m_base(std::move(base))
        , m_nam(std::make_unique<QNetworkAccessManager>())
    {
        // Every request goes straight to the server, never through a proxy from the environment.
        m_nam->setProxy(QNetworkProxy::NoProxy);
    }

    void setApiKey(const QString& key) { m_apiKey = key; }
    const QString& apiKey() const { return m_apiKey; }

    // Starts a request; `apiKey` overrides the client's key (an empty string sends no header).
    QNetworkReply* start(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                         const QByteArray& contentType = "application/json",
                         const std::optional<QString>& apiKey = std::nullopt)
    {
        QNetworkRequest request(QUrl(m_base.toString() + pathAndQuery));
        request.setTransferTimeout(30000);
        const QString key = apiKey.value_or(m_apiKey);
        if (!key.isEmpty()) {
            request.setRawHeader("Authorization", key.toLatin1());
        }
        if (!body.isEmpty() && !contentType.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        }
        return m_nam->sendCustomRequest(request, method, body);
    }

    static HttpResult collect(QNetworkReply* reply, int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!reply->isFinished() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        HttpResult result;
        if (!reply->isFinished()) {
            reply->abort();
            result.error = QNetworkReply::TimeoutError;
        } else {
            result.error = reply->error();
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        if (document.isObject()) {
            result.json = document.object();
        }
        reply->deleteLater();
        return result;
    }

    HttpResult request(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                       const QByteArray& contentType = "application/json",
                       const std::optional<QString>& apiKey = std::nullopt)
    {
        return collect(start(method, pathAndQuery, body, contentType, apiKey));
    }

    HttpResult postJson(const QString& path, const QJsonObject& body)
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // Sends raw bytes and reads until the server closes or `timeoutMs` passes.
    QByteArray raw(const QByteArray& bytes, int timeoutMs = 5000)
    {
        QTcpSocket socket;
        socket.connectToHost(m_base.host(), quint16(m_base.port()));
        if (!socket.waitForConnected(timeoutMs)) {
            return {};
        }
        socket.write(bytes);
        QByteArray answer;
        QDeadlineTimer deadline(timeoutMs);
        while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            socket.waitForReadyRead(10);
            answer += socket.readAll();
        }
        answer += socket.readAll();
        return answer;
    }

    QUrl base() const { return m_base; }

private:
    QUrl m_base;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_apiKey;
};

} // namespace tfk::test
