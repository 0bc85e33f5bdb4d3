#pragma once

// The SmsSender that talks to Twilio's Messages API (or anything speaking it, like the mock sink)
// through one injected QNetworkAccessManager, and follows each message's delivery.

#include "TwilioConfig.h"
#include "TwilioExchange.h"
#include "TwilioTransport.h"
#include "sms/SmsSender.h"

class QNetworkAccessManager;

namespace tfk {

class TwilioSmsSender : public SmsSender
{
    Q_OBJECT

public:
    TwilioSmsSender(TwilioConfig config, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~TwilioSmsSender() override;

    QFuture<Result<SmsReceipt>> send(const SmsMessage& message) override;
    QString description() const override;
    QString senderFor(const QString& to) const override;

    const TwilioConfig& config() const { return m_config; }
    // Also sets up the network path (proxy, CA certificates) on the QNetworkAccessManager.
    void setConfig(const TwilioConfig& config);
    const TwilioTransport& transport() const { return m_transport; }
    // Stops every message under way and every delivery poll.
    void cancelAll();
    int pendingCount() const;

Q_SIGNALS:
    // Every HTTP exchange with Twilio (or the sink): each POST attempt, and each poll that found a new delivery
    // status; for the API view.
    void exchanged(const tfk::TwilioExchange& exchange);

private:
    TwilioConfig m_config;
    TwilioTransport m_transport;
    QNetworkAccessManager* m_network;
};

} // namespace tfk
