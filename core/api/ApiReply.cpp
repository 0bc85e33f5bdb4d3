#include "ApiReply.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tfk {

ApiReply ApiReply::empty(int status)
{
    ApiReply reply;
    reply.m_status = status;
    return reply;
}

ApiReply ApiReply::json(int status, const QJsonObject& body)
{
    ApiReply reply;
    reply.m_status = status;
    reply.m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.m_headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json;charset=UTF-8");
    return reply;
}

QJsonObject ApiReply::errorsJson(const Error& error)
{
    const QJsonObject entry {{u"code"_s, error.code}, {u"message"_s, error.message}};
    if (!error.field.isEmpty()) {
        return QJsonObject {{u"fieldErrors"_s, QJsonObject {{error.field, QJsonArray {entry}}}}};
    }
    return QJsonObject {{u"generalErrors"_s, QJsonArray {entry}}};
}

ApiReply ApiReply::fromError(const Error& error)
{
    const int status = error.httpStatus >= 400 && error.httpStatus <= 599 ? error.httpStatus : 500;
    ApiReply reply = status == 401 || status == 404 || status == 421 ? empty(status) : json(status, errorsJson(error));
    if ((status == 409 || status == 429 || status == 503) && error.retryAfterSeconds > 0) {
        reply.withHeader(QHttpHeaders::WellKnownHeader::RetryAfter, QByteArray::number(error.retryAfterSeconds));
    }
    return reply;
}

ApiReply ApiReply::generalError(int status, const QString& code, const QString& message)
{
    return json(status, errorsJson(Error {code, message, status}));
}

ApiReply& ApiReply::withHeader(QHttpHeaders::WellKnownHeader name, const QByteArray& value)
{
    m_headers.replaceOrAppend(name, value);
    return *this;
}

void ApiReply::send(QHttpServerResponder& responder) const
{
    // 242 and 421 are not in every enumeration of status codes; the responder writes any number.
    responder.write(m_body, m_headers, QHttpServerResponder::StatusCode(m_status));
}

} // namespace tfk
