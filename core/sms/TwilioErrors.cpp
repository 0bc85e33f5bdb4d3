#include "TwilioErrors.h"

using namespace Qt::StringLiterals;

namespace tfk {

QString TwilioErrors::describe(int code, const QString& twilioMessage)
{
    QString sentence;
    switch (code) {
    case 20003:
        sentence = tr("Twilio refused the credentials: check the Account SID and the auth token or API key in "
                      "Settings.");
        break;
    case 20404:
        sentence = tr("Twilio does not know this account or message: check the Account SID in Settings.");
        break;
    case 20429:
        sentence = tr("Twilio is busy with too many requests at once. Try again in a moment.");
        break;
    case 20500:
        sentence = tr("Twilio had an internal error and did not send the text. Try again in a few minutes; "
                      "status.twilio.com says whether Twilio has an outage.");
        break;
    case 21211:
        sentence = tr("Twilio says the number is not a valid phone number.");
        break;
    case 21212:
        sentence = tr("The sender (From) number in Settings is not a valid phone number.");
        break;
    case 21401:
        sentence = tr("Twilio does not accept the sender (From) in Settings: it is neither a valid phone number nor "
                      "a valid alphanumeric sender ID.");
        break;
    case 21408:
        sentence = tr("This Twilio account may not send text messages to that country; allow it in Twilio's Geo "
                      "Permissions.");
        break;
    case 21602:
        sentence = tr("The text message was empty.");
        break;
    case 21606:
        sentence = tr("The sender (From) number in Settings cannot send text messages from this Twilio account.");
        break;
    case 21610:
        sentence = tr("The recipient has unsubscribed by replying STOP; they must text START to the sender to receive "
                      "codes again.");
        break;
    case 21611:
        sentence = tr("The sender number's message queue is full. Try again later.");
        break;
    case 21612:
        sentence = tr("Twilio cannot send text messages from the configured sender to this number.");
        break;
    case 21659:
        sentence = tr("The sender (From) in Settings is not a number or short code of this Twilio account, or it is a "
                      "short code of another country than the recipient's.");
        break;
    case 21614:
        sentence = tr("This number cannot receive text messages: it is not a mobile number.");
        break;
    case 21617:
        sentence = tr("The text message is longer than 1,600 characters.");
        break;
    case 30003:
        sentence = tr("The phone is switched off or out of coverage; the text was not delivered.");
        break;
    case 30004:
        sentence = tr("The text was blocked by the recipient or their carrier.");
        break;
    case 30005:
        sentence = tr("The carrier does not know this phone number; the text was not delivered.");
        break;
    case 30006:
        sentence = tr("The number is a landline or its carrier cannot take text messages.");
        break;
    case 30007:
        sentence = tr("The carrier filtered the text as unwanted.");
        break;
    case 30008:
        sentence = tr("The text was not delivered for an unknown reason.");
        break;
    default:
        sentence = twilioMessage.isEmpty() ? tr("Twilio refused the text message.")
                                           : tr("Twilio refused the text message: %1").arg(twilioMessage.left(300));
        break;
    }
    return tr("%1 (Twilio %2)").arg(sentence).arg(code);
}

QString TwilioErrors::alphanumericNotDelivered(const QString& sender, bool blockedPrefix)
{
    const QString sentence = blockedPrefix
        ? tr("Alphanumeric sender IDs such as \"%1\" are not delivered to +1 numbers (the United States, Canada and "
             "the rest of North America): set a fallback From number in Settings.")
              .arg(sender)
        : tr("Twilio does not deliver texts from the alphanumeric sender ID \"%1\" to this number's country: use a "
             "From number there, or a Messaging Service that holds a number as well.")
              .arg(sender);
    return tr("%1 (Twilio %2)").arg(sentence).arg(21612);
}

Error TwilioErrors::fromResponse(int httpStatus, const QJsonObject& body, qint64 retryAfterSeconds)
{
    const int code = body.value(u"code"_s).toInt();
    const QString message = body.value(u"message"_s).toString();
    if (code == 0) {
        return Error {u"twilio:http%1"_s.arg(httpStatus),
                      tr("Twilio answered with HTTP status %1 and no error code.").arg(httpStatus), httpStatus,
                      QString(), retryAfterSeconds};
    }
    return Error {u"twilio:%1"_s.arg(code), describe(code, message), httpStatus, QString(), retryAfterSeconds};
}

bool TwilioErrors::isTerminalStatus(const QString& status)
{
    return status == u"delivered"_s || status == u"undelivered"_s || status == u"failed"_s || status == u"canceled"_s
        || status == u"read"_s;
}

} // namespace tfk
