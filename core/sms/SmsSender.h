#pragma once

// The one door through which a text message leaves the program. The Twilio client and the test
// fakes implement it; the workflow service only ever sees this interface.

#include "common/Error.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace tfk {

struct SmsMessage
{
    QString to; // E.164
    QString body; // the rendered text, e.g. "Two Factor Code: 123456"
};

struct SmsReceipt
{
    QString messageId; // the provider's id (Twilio: "SM" + 32 hex)
    QString status; // the provider's first status ("queued", "accepted", ...)
    // The From the provider reports ("ACME IT", "+15005550006"); a Messaging Service's SID until the
    // service has picked one.
    QString sender = {};

    bool operator==(const SmsReceipt&) const = default;
};

class SmsSender : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts sending; the future finishes with the receipt or an Error whose code names the
    // provider's own code ("twilio:21614") and whose message is a plain sentence for the operator.
    // The future must finish exactly once, on this object's thread.
    virtual QFuture<Result<SmsReceipt>> send(const SmsMessage& message) = 0;

    // What the status bar shows: "Twilio (AC1234...)" or "mock SMS sink".
    virtual QString description() const = 0;

    // The sender a text to `to` (E.164) goes out from, for the SMS log: a number, a short code, an
    // alphanumeric sender ID, or a Messaging Service's SID; empty when the sender does not say.
    virtual QString senderFor(const QString& to) const
    {
        Q_UNUSED(to);
        return {};
    }

Q_SIGNALS:
    // A later delivery report for a sent message ("sent", "delivered", "undelivered" + 30003, ...).
    // errorMessage is a plain sentence when errorCode is set.
    void deliveryStatusChanged(const QString& messageId, const QString& status, int errorCode,
                               const QString& errorMessage);
};

} // namespace tfk
