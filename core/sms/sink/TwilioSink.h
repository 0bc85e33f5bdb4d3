#pragma once

// The mock SMS sink: a loopback HTTP/1.1 server that owns a fake Twilio account's Messages resource
// and answers the real Twilio client exactly as api.twilio.com would (wire format, error codes, test
// credentials' magic numbers, status progression), with faults that tests can inject.

#include "common/Error.h"
#include "sms/SmsSegments.h"
#include "sms/sink/HttpRequestParser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>

class QTcpSocket;

namespace tfk {

class Clock;
struct SinkResponse;

// One message as the sink holds it; the JSON a client sees is made from this.
struct SinkMessage
{
    QString sid; // "SM" + 32 lowercase hex
    QString accountSid;
    QString to;
    QString from; // empty when only a MessagingServiceSid was given (JSON null)
    QString messagingServiceSid; // empty when not given (JSON null)
    QString body;
    QString status; // queued/accepted, sending, sent, delivered or undelivered
    int errorCode = 0; // 30003 for an undeliverable number once undelivered; 0 otherwise (JSON null)
    QDateTime dateCreated, dateUpdated, dateSent; // UTC; dateSent invalid until "sent" (JSON null)
    int numSegments = 1; // as a carrier counts them (SmsSegments: GSM-7 160/153, UCS-2 70/67)
    SmsSegments::Encoding encoding = SmsSegments::Encoding::Gsm7;
};

class TwilioSink : public QObject
{
    Q_OBJECT

public:
    // A fake but well-formed account, so a client's own format checks pass against the sink.
    static constexpr QStringView kDemoAccountSid = u"AC00000000000000000000000000000000";
    static constexpr QStringView kDemoAuthToken = u"twilio-sink-demo-auth-token";

    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: an ephemeral port, see baseUrl()
        QString accountSid = kDemoAccountSid.toString();
        QString authToken = kDemoAuthToken.toString();
        QList<QPair<QString, QString>> apiKeys; // "SK..." sid -> secret, also accepted for Basic auth
        // Twilio's test-account behaviour: the whole From/To magic-number table, and every GET is a
        // 403/20008. Without it the To magic numbers still fail (handy in demos) and any From is fine.
        bool testCredentials = false;
        int latencyMs = 0; // every answer waits this long (the request is processed at once)
        // queued -> sending -> sent -> delivered (with a MessagingServiceSid: accepted -> queued -> ...),
        // one step per statusStepMs; 0 or less: messages stay in their first status.
        int statusStepMs = 1000;
        QStringList undeliverableNumbers; // these end "undelivered" with error_code 30003
        QString logFile; // one JSON line per accepted message, appended and flushed per line
        qint64 maxBodyBytes = 64 * 1024; // a larger request body is answered 413 and the connection closed
        const Clock* clock = nullptr; // the dates in messages and in Date headers; nullptr: the system clock
        // HTTPS instead of HTTP when set (baseUrl() says https://): the server's certificate, the CAs
        // between it and the root (if any) and its private key.
        QSslCertificate tlsCertificate;
        QList<QSslCertificate> tlsChain;
        QSslKey tlsKey;
    };

    explicit TwilioSink(Options options, QObject* parent = nullptr);
    ~TwilioSink() override;

    // Starts listening; "[SinkListenFailed]" with a sentence naming the address and the cause.
    Result<void> start();
    bool isListening() const;
    quint16 port() const;
    // "http://127.0.0.1:PORT" (https with a TLS certificate): what a client uses instead of https://api.twilio.com.
    QUrl baseUrl() const;
    const Options& options() const { return m_options; }

    // Every accepted message, oldest first.
    QList<SinkMessage> messages() const;
    std::optional<SinkMessage> message(const QString& sid) const;
    // Forgets the messages, the queued faults and the request count (not the standing conditions).
    void clear();

    // Faults for the next `count` requests of any kind, queued behind faults already injected.
    void injectTooManyRequests(int count, int retryAfterSeconds = -1); // 429/20429; -1: no Retry-After
    void injectServerError(int count); // 500/20500, nothing processed
    void injectDroppedConnection(int count); // reads the request, then closes without answering
    void injectHang(int count); // reads the request and never answers; the socket stays open
    void setLatency(int ms);
    // Standing conditions (the demo's scenarios), kept until changed, behind any queued fault:
    // every request answered 429/20429 (with Retry-After when >= 0) or 500/20500, nothing processed.
    enum class StandingFault
    {
        None,
        TooManyRequests,
        ServerError
    };
    void setStandingFault(StandingFault fault, int retryAfterSeconds = -1);
    StandingFault standingFault() const { return m_standingFault; }
    // Every message accepted from now on ends "undelivered" with 30003 (a phone switched off).
    void setAllUndeliverable(bool on);
    bool allUndeliverable() const { return m_allUndeliverable; }
    // Every 'To' is answered 400/21614, not a mobile number (a landline).
    void setAllLandlines(bool on);
    bool allLandlines() const { return m_allLandlines; }
    // Every HTTP request received, answered or not (malformed ones included).
    int requestCount() const { return m_requestCount; }

Q_SIGNALS:
    void messageReceived(const tfk::SinkMessage& message);
    void messageStatusChanged(const QString& sid, const QString& status, int errorCode);
    // clear() forgot every message.
    void cleared();

private:
    struct Connection;
    struct StoredMessage;
    enum class Fault
    {
        TooManyRequests,
        ServerError,
        DropConnection,
        Hang
    };
    struct QueuedFault
    {
        Fault fault;
        int retryAfterSeconds = -1;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void onBytesWritten(QTcpSocket* socket);
    void onDisconnected(QTcpSocket* socket);
    void processBuffer(QTcpSocket* socket);
    void send(QTcpSocket* socket, const SinkResponse& response);
    void closeIfDone(QTcpSocket* socket);
    Connection* connectionFor(QTcpSocket* socket);

    SinkResponse handle(const HttpRequest& request);
    SinkResponse createMessage(const HttpRequest& request, const QString& accountSid);
    SinkResponse fetchMessage(const QString& sid, const QByteArray& path);
    SinkResponse listMessages(const HttpRequest& request);
    bool authenticated(const HttpRequest& request) const;
    QByteArray serialize(const SinkResponse& response, bool keepAlive) const;

    QString newMessageSid() const;
    QJsonObject messageJson(const StoredMessage& stored) const;
    void writeLogLine(const SinkMessage& message);
    void advanceStatuses();
    void scheduleStatusTimer();
    QDateTime now() const;

    Options m_options;
    std::unique_ptr<QTcpServer> m_server; // a QSslServer with a TLS certificate
    std::map<QTcpSocket*, std::unique_ptr<Connection>> m_connections;
    QList<StoredMessage> m_messages;
    QHash<QString, qsizetype> m_indexBySid;
    QList<QueuedFault> m_faults;
    int m_requestCount = 0;
    StandingFault m_standingFault = StandingFault::None;
    int m_standingRetryAfterSeconds = -1;
    bool m_allUndeliverable = false;
    bool m_allLandlines = false;
    quint64 m_sequence = 0;
    QElapsedTimer m_monotonic;
    QTimer m_statusTimer;
    QFile m_log;
    bool m_logWarned = false;
};

} // namespace tfk
