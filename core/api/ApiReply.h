#pragma once

// One HTTP answer of the local API, built the way FusionAuth builds it: status, headers and body, with
// workflow errors turned into FusionAuth's Errors JSON (fieldErrors a map, generalErrors a list) or an
// empty body where FusionAuth sends none.

#include "common/Error.h"

#include <QByteArray>
#include <QHttpHeaders>
#include <QJsonObject>

class QHttpServerResponder;

namespace tfk {

class ApiReply
{
public:
    ApiReply() = default;

    static ApiReply empty(int status);
    static ApiReply json(int status, const QJsonObject& body);
    // fieldErrors when the error names a field, else generalErrors; an empty body for 401, 404 and 421
    // (FusionAuth's own answers); Retry-After from retryAfterSeconds on 409 and 429; a status of 0 (an
    // error that never meant to reach HTTP) becomes 500.
    static ApiReply fromError(const Error& error);
    // The Errors JSON alone, for callers that need its shape (the 409 login body adds to it).
    static QJsonObject errorsJson(const Error& error);
    static ApiReply generalError(int status, const QString& code, const QString& message);

    int status() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    const QHttpHeaders& headers() const { return m_headers; }
    ApiReply& withHeader(QHttpHeaders::WellKnownHeader name, const QByteArray& value);

    // Writes the answer; the responder is spent afterwards.
    void send(QHttpServerResponder& responder) const;

private:
    int m_status = 200;
    QByteArray m_body;
    QHttpHeaders m_headers;
};

} // namespace tfk
