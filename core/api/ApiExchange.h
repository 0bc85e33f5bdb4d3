#pragma once

// One two-factor step written as the FusionAuth request it corresponds to and the answer the API gives for it
// (the API view's entries): the request line, its JSON body, the status and body of the answer, the masked form
// shown outside demo mode, and a curl command that sends the same request to the kiosk's API.

#include "ApiReply.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace tfk {

struct ApiExchange
{
    // What stands for a secret, code, password, token or twoFactorId outside demo mode.
    static constexpr QStringView kMask = u"••••••";

    QString method; // "POST"
    QString path; // "/api/two-factor/send", with ids and a query as sent
    QJsonObject request; // the JSON body; empty: none
    bool hasRequestBody = false;
    bool needsKey = true; // false for the two open endpoints (the twoFactorId is the credential)
    // The end of `path` when it is a credential (the twoFactorId of a resend, the code of a DELETE), masked
    // with the rest.
    QString secretInPath;
    int status = 0;
    QByteArray response; // the body exactly as the API sends it (compact JSON, or empty)
    QByteArray retryAfter; // the Retry-After header, if any
    qint64 atMs = 0;

    // From the request and the ApiReply the API builds for the step.
    static ApiExchange of(QString method, QString path, const ApiReply& reply, const QJsonObject& request = {},
                          bool hasRequestBody = false);

    // Secrets, codes, passwords, tokens, twoFactorIds and recovery codes replaced with kMask, in the path, the
    // request and the answer.
    ApiExchange masked() const;
    // "POST /api/two-factor/send {"mobilePhone":"+12015550123","secret":"..."}"
    QString requestLine() const;
    // "200", "242 {"twoFactorId":"..."}", "429 Retry-After: 30 {...}"
    QString answer() const;
    // requestLine() + " -> " + answer()
    QString summary() const;
    // A POSIX shell command that sends this request with curl to `apiBase` ("http://127.0.0.1:9011") and
    // prints the status line and the answer (-i). Keyed endpoints take the key from $TFK_API_KEY.
    QString curl(const QUrl& apiBase) const;

    // Shell single quotes around `text` ('it'\''s').
    static QString shellQuote(const QString& text);
};

} // namespace tfk
