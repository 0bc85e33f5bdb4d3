#pragma once

// One text message on its way to Twilio: builds the form-encoded POST, owns the reply, retries
// only what Twilio guarantees was not processed, and finishes exactly once.

#include "TwilioConfig.h"
#include "TwilioExchange.h"
#include "TwilioTransport.h"
#include "sms/SmsSender.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace tfk {

class TwilioMessageJob : public QObject
{
    Q_OBJECT

public:
    TwilioMessageJob(const TwilioConfig& config, const TwilioTransport& transport, const SmsMessage& message,
                     QNetworkAccessManager* network, QObject* parent = nullptr);
    ~TwilioMessageJob() override;

    void start();
    // Stops at once; finishes with "[SmsCanceled]". A message already handed to Twilio may still go.
    void cancel();

    int attempts() const { return m_attempts; }

    // The form body: every value percent-encoded, so "+" travels as %2B (QUrlQuery leaves it raw,
    // and a form decoder turns a raw "+" into a space).
    static QByteArray formBody(const QList<std::pair<QString, QString>>& fields);
    // Seconds from a Retry-After header (delta-seconds or an HTTP date); -1 when absent or unreadable.
    static qint64 retryAfterSeconds(const QByteArray& header, const QDateTime& now);
    // What Twilio's answer to the POST says: the receipt of a 201 (its sid and status), else the error
    // it names ("twilio:<code>"), or "[TwilioBadResponse]" for a body that cannot be read.
    static Result<SmsReceipt> readAnswer(int status, const QByteArray& body, qint64 retryAfterSeconds,
                                         const QUrl& baseUrl);

Q_SIGNALS:
    void finished(const tfk::Result<tfk::SmsReceipt>& result);
    // Each attempt's request and answer (or why none came), for the API view.
    void exchanged(const tfk::TwilioExchange& exchange);

private:
    void sendAttempt();
    void onReplyFinished();
    void retryLater(qint64 delayMs);
    void finish(const Result<SmsReceipt>& result);
    qint64 backoffMs() const;
    Error proxyRefused(const QString& why) const;

    TwilioConfig m_config;
    TwilioTransport m_transport;
    SmsMessage m_message;
    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    TwilioExchange m_exchange; // the attempt under way
    int m_attempts = 0;
    bool m_aborted = false;
    bool m_finished = false;
};

} // namespace tfk
