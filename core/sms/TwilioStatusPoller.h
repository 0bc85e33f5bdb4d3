#pragma once

// Follows one sent message's delivery: polls GET .../Messages/{Sid}.json with growing pauses until
// a terminal status or a deadline, and reports each change.

#include "TwilioConfig.h"
#include "TwilioExchange.h"
#include "TwilioTransport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace tfk {

class TwilioStatusPoller : public QObject
{
    Q_OBJECT

public:
    TwilioStatusPoller(const TwilioConfig& config, const TwilioTransport& transport, const QString& messageSid,
                       const QString& initialStatus, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~TwilioStatusPoller() override;

    void start();
    const QString& messageSid() const { return m_sid; }

Q_SIGNALS:
    void statusChanged(const QString& messageSid, const QString& status, int errorCode, const QString& errorMessage);
    // A poll that found a new status, or ended the polling with an error status, for the API view.
    void exchanged(const tfk::TwilioExchange& exchange);
    // Polling ended: terminal status, deadline, test credentials (403) or an unknown message.
    void stopped(const QString& messageSid, const QString& reason);

private:
    void poll();
    void onReply();
    void scheduleNext();

    TwilioConfig m_config;
    TwilioTransport m_transport;
    QString m_sid;
    QString m_status;
    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    TwilioExchange m_exchange; // the poll under way
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_intervalMs;
};

} // namespace tfk
