#pragma once

// Turns Twilio's error answers and delivery error codes into plain sentences for the operator,
// each ending with the code ("... (Twilio 21614)") so support can look it up.

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tfk {

class TwilioErrors
{
    Q_DECLARE_TR_FUNCTIONS(tfk::TwilioErrors)

public:
    // The sentence for a Twilio error code; `twilioMessage` is used for codes without one of ours.
    static QString describe(int code, const QString& twilioMessage = {});
    // An Error from a non-2xx answer: code "twilio:<n>", the HTTP status, and for 429 the wait.
    static Error fromResponse(int httpStatus, const QJsonObject& body, qint64 retryAfterSeconds = 0);
    // The sentence for 21612 when the sender was an alphanumeric ID: the destination takes none.
    // `blockedPrefix`: the destination is one the fallback number is for (SenderId), and none is set.
    static QString alphanumericNotDelivered(const QString& sender, bool blockedPrefix);
    // True for Twilio's terminal message statuses.
    static bool isTerminalStatus(const QString& status);
};

} // namespace tfk
