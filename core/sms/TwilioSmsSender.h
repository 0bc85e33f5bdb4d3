#pragma once

// The SmsSender that talks to Twilio's Messages API (or anything speaking it, like the mock sink)
// through one injected QNetworkAccessManager, and follows each message's delivery.

#include "TwilioConfig.h"
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

    const TwilioConfig& config() const { return m_config; }
    void setConfig(const TwilioConfig& config) { m_config = config; }
    // Stops every message under way and every delivery poll.
    void cancelAll();
    int pendingCount() const;

private:
    TwilioConfig m_config;
    QNetworkAccessManager* m_network;
};

} // namespace tfk
