#include "TwilioSmsSender.h"

#include "TwilioMessageJob.h"
#include "TwilioStatusPoller.h"

#include <QPromise>

#include <memory>

using namespace Qt::StringLiterals;

namespace tfk {

TwilioSmsSender::TwilioSmsSender(TwilioConfig config, QNetworkAccessManager* network, QObject* parent)
    : SmsSender(parent)
    , m_network(network)
{
    setConfig(config);
}

void TwilioSmsSender::setConfig(const TwilioConfig& config)
{
    m_config = config;
    m_transport = TwilioTransport::fromConfig(m_config);
    m_transport.install(m_network);
}

TwilioSmsSender::~TwilioSmsSender()
{
    cancelAll();
}

QString TwilioSmsSender::description() const
{
    return m_config.description();
}

QString TwilioSmsSender::senderFor(const QString& to) const
{
    return m_config.messagingServiceSid.isEmpty() ? m_config.senderFor(to) : m_config.messagingServiceSid;
}

QFuture<Result<SmsReceipt>> TwilioSmsSender::send(const SmsMessage& message)
{
    auto promise = std::make_shared<QPromise<Result<SmsReceipt>>>();
    promise->start();
    auto* job = new TwilioMessageJob(m_config, m_transport, message, m_network, this);
    connect(job, &TwilioMessageJob::exchanged, this, &TwilioSmsSender::exchanged);
    connect(job, &TwilioMessageJob::finished, this, [this, job, promise](const Result<SmsReceipt>& result) {
        job->deleteLater();
        promise->addResult(result);
        promise->finish();
        if (result && m_config.trackDelivery) {
            auto* poller
                = new TwilioStatusPoller(m_config, m_transport, result->messageId, result->status, m_network, this);
            connect(poller, &TwilioStatusPoller::statusChanged, this, &SmsSender::deliveryStatusChanged);
            connect(poller, &TwilioStatusPoller::exchanged, this, &TwilioSmsSender::exchanged);
            connect(poller, &TwilioStatusPoller::stopped, poller, &QObject::deleteLater);
            poller->start();
        }
    });
    job->start();
    return promise->future();
}

void TwilioSmsSender::cancelAll()
{
    for (TwilioMessageJob* job : findChildren<TwilioMessageJob*>(Qt::FindDirectChildrenOnly)) {
        job->cancel();
        delete job;
    }
    qDeleteAll(findChildren<TwilioStatusPoller*>(Qt::FindDirectChildrenOnly));
}

int TwilioSmsSender::pendingCount() const
{
    return int(findChildren<TwilioMessageJob*>(Qt::FindDirectChildrenOnly).size());
}

} // namespace tfk
