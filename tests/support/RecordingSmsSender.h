#pragma once

// An SmsSender that records every message and answers as a test tells it: at once, with an
// error, or only when the test releases it.

#include "sms/SmsSender.h"

#include <QList>
#include <QPromise>

#include <memory>

namespace tfk::test {

class RecordingSmsSender final : public SmsSender
{
    Q_OBJECT

public:
    using SmsSender::SmsSender;

    QFuture<Result<SmsReceipt>> send(const SmsMessage& message) override;

    QString description() const override { return QStringLiteral("recording fake"); }
    // What the SMS log is told the sender is (empty unless set).
    QString senderFor(const QString&) const override { return m_sender; }
    void setSender(const QString& sender) { m_sender = sender; }

    const QList<SmsMessage>& sent() const { return m_sent; }
    SmsMessage last() const { return m_sent.isEmpty() ? SmsMessage {} : m_sent.last(); }
    // The code in the last message: its last run of digits.
    QString lastCode() const;

    // Following sends fail with this error (until cleared with std::nullopt).
    void failWith(std::optional<Error> error) { m_error = std::move(error); }
    // Following sends stay pending until release().
    void hold(bool on) { m_hold = on; }
    void release();

private:
    void finish(QPromise<Result<SmsReceipt>>& promise);

    QList<SmsMessage> m_sent;
    std::optional<Error> m_error;
    bool m_hold = false;
    QString m_sender;
    QList<std::shared_ptr<QPromise<Result<SmsReceipt>>>> m_held;
};

} // namespace tfk::test
