#pragma once

// Owns the reading of HTTP/1.x requests from a connection's byte stream: one request at a time,
// from data that may arrive in pieces, within limits on the header block and the body.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace tfk {

struct HttpRequest
{
    QByteArray method; // "GET", "POST": case-sensitive, as RFC 9110 says
    QByteArray target; // "/2010-04-01/Accounts/AC.../Messages.json?PageSize=2", undecoded
    int minorVersion = 1; // HTTP/1.<minorVersion>
    QList<QPair<QByteArray, QByteArray>> headers; // in order, names as sent, values trimmed
    QByteArray body;

    // The first value of a header, the name compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 only with "keep-alive".
    bool keepAlive() const;
    QByteArray path() const; // the target up to '?'
    QByteArray query() const; // the target after '?', empty when none
};

class HttpRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(tfk::HttpRequestParser)

public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024; // request line + headers; RFC 6585's 431 beyond it
        qint64 maxBodyBytes = 64 * 1024; // Content-Length beyond it: 413 before reading the body
    };

    enum class Status
    {
        NeedMore,
        Complete,
        Failed
    };

    // Why a request could not be read. The connection must be closed after answering it.
    struct Failure
    {
        int httpStatus = 400; // 400, 411, 413, 431, 505
        QString reason; // one sentence for the response body
        qint64 bodyBytesToDiscard = 0; // a 413's announced body length (some may be buffered already): read
                                       // and drop it before closing, so the peer is not reset
    };

    HttpRequestParser();
    explicit HttpRequestParser(Limits limits);

    // Consumes what it can from the front of `buffer`. Complete: takeRequest() has the request and
    // `buffer` starts with whatever the client pipelined after it. Failed: failure() says why; the
    // parser stays failed.
    Status parse(QByteArray& buffer);
    HttpRequest takeRequest();
    const Failure& failure() const { return m_failure; }

    // True once per request whose head asked for "Expect: 100-continue" and whose body is still to
    // come: the server should send "HTTP/1.1 100 Continue" now.
    bool takeContinueRequest();

private:
    enum class State
    {
        Head,
        Body,
        Done,
        Failed
    };

    Status failWith(int httpStatus, const QString& reason, qint64 discard = 0);
    Status parseHead(QByteArrayView head);

    Limits m_limits;
    State m_state = State::Head;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    bool m_expectContinue = false;
    Failure m_failure;
};

} // namespace tfk
