#pragma once

// One HTTP exchange of the Twilio client, as the API view's Twilio list shows it: the request as it went on the
// wire (the form body percent-encoded, so "+" reads %2B; the Authorization masked) and Twilio's answer, or why
// none came.

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace tfk {

struct TwilioExchange
{
    QString method; // "POST" to .../Messages.json, "GET" of .../Messages/{Sid}.json when polling
    QUrl url;
    QByteArray requestBody; // the form body exactly as sent; empty for a GET
    QString authorization; // "Basic ••••••" with the account (or API key) SID it names beside it
    int status = 0; // 0: no HTTP answer (see networkError)
    QByteArray responseBody = {};
    QString retryAfter = {}; // the answer's Retry-After header, if any
    QString networkError = {}; // when status is 0
    int attempt = 1; // of the POST: 2 and up are retries
    QString deliveryStatus = {}; // of a poll: the status it found, when that was new

    // "Basic •••••• (ACxxxx)": the secret half never shown.
    static QString maskedAuthorization(const QString& user);
};

} // namespace tfk
