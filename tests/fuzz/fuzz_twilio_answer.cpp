// Twilio's answers to a message POST and the Retry-After header: whatever comes back, the job gets a
// receipt with a message id or an error with a sentence and a stable code, never a crash.

#include "FuzzCheck.h"
#include "sms/TwilioErrors.h"
#include "sms/TwilioMessageJob.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // status (two bytes), Retry-After header, body.
    const QList<QByteArray> input = tfk::fuzz::parts(tfk::fuzz::bytes(data, size), 2);
    const QByteArray& head = input.at(0);
    const int status = head.size() >= 2
        ? 100 + (static_cast<unsigned char>(head.at(0)) * 256 + static_cast<unsigned char>(head.at(1))) % 500
        : 201;
    const QByteArray header = head.mid(2);
    const QByteArray& body = input.at(1);

    const QDateTime now(QDate(2026, 11, 30), QTime(10, 0), QTimeZone::UTC);
    const qint64 retryAfter = tfk::TwilioMessageJob::retryAfterSeconds(header, now);
    FUZZ_CHECK(retryAfter >= -1, "Retry-After is seconds or -1");

    const auto answer = tfk::TwilioMessageJob::readAnswer(status, body, std::max<qint64>(retryAfter, 0),
                                                          QUrl(u"https://api.twilio.com"_s));
    if (answer) {
        FUZZ_CHECK(status == 201, "only a 201 is a receipt");
        FUZZ_CHECK(!answer->messageId.isEmpty(), "a receipt has a message id");
    } else {
        const tfk::Error& error = answer.error();
        FUZZ_CHECK(!error.message.isEmpty(), "an error has a sentence");
        FUZZ_CHECK(error.code == u"[TwilioBadResponse]"_s || error.code.startsWith(u"twilio:"_s),
                   "an error has a stable code");
        FUZZ_CHECK(error.httpStatus >= 100 && error.httpStatus <= 599, "an error has an HTTP status");
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString sentence
        = tfk::TwilioErrors::describe(object.value(u"code"_s).toInt(), object.value(u"message"_s).toString());
    FUZZ_CHECK(!sentence.isEmpty(), "every Twilio code has a sentence");
    (void)tfk::TwilioErrors::isTerminalStatus(object.value(u"status"_s).toString());
    return 0;
}
