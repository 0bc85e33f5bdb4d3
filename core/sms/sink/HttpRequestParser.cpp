#include "HttpRequestParser.h"

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// RFC 9110 "tchar": what a method and a header name may contain.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const char c : text) {
        if (!isTokenChar(c)) {
            return false;
        }
    }
    return true;
}

// A comma-separated header value (Connection, Expect) holds `token`, compared case-insensitively.
bool listContains(QByteArrayView value, QByteArrayView token)
{
    for (const QByteArrayView item : QByteArray(value).split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// The end of the header block: the first empty line, with CRLF or bare LF line ends.
qsizetype headEnd(QByteArrayView buffer, qsizetype* separatorLength)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        *separatorLength = 4;
        return crlf;
    }
    if (lf >= 0) {
        *separatorLength = 2;
        return lf;
    }
    return -1;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("Connection");
    if (minorVersion >= 1) {
        return !listContains(connection, "close");
    }
    return listContains(connection, "keep-alive");
}

QByteArray HttpRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.first(question);
}

QByteArray HttpRequest::query() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.sliced(question + 1);
}

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits {})
{
}

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{
}

HttpRequestParser::Status HttpRequestParser::failWith(int httpStatus, const QString& reason, qint64 discard)
{
    m_state = State::Failed;
    m_failure = Failure {httpStatus, reason, discard};
    return Status::Failed;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArray& buffer)
{
    if (m_state == State::Failed) {
        return Status::Failed;
    }
    if (m_state == State::Done) {
        return Status::Complete;
    }
    if (m_state == State::Head) {
        // RFC 9112 2.2: ignore empty lines before a request line (some clients add CRLF after a body).
        qsizetype skip = 0;
        while (skip < buffer.size() && (buffer[skip] == '\r' || buffer[skip] == '\n')) {
            ++skip;
        }
        buffer.remove(0, skip);
        qsizetype separator = 0;
        const qsizetype end = headEnd(buffer, &separator);
        if (end < 0) {
            if (buffer.size() > m_limits.maxHeaderBytes) {
                return failWith(
                    431, tr("The request line and headers are longer than %1 bytes.").arg(m_limits.maxHeaderBytes));
            }
            return Status::NeedMore;
        }
        if (end + separator > m_limits.maxHeaderBytes) {
            return failWith(431,
                            tr("The request line and headers are longer than %1 bytes.").arg(m_limits.maxHeaderBytes));
        }
        const Status head = parseHead(QByteArrayView(buffer).first(end));
        if (head == Status::Failed) {
            return head;
        }
        buffer.remove(0, end + separator);
        if (m_contentLength > m_limits.maxBodyBytes) {
            return failWith(413,
                            tr("The request body of %1 bytes is larger than the limit of %2 bytes.")
                                .arg(m_contentLength)
                                .arg(m_limits.maxBodyBytes),
                            m_contentLength);
        }
        m_state = State::Body;
    }
    if (buffer.size() < m_contentLength) {
        return Status::NeedMore;
    }
    m_request.body = buffer.first(m_contentLength);
    buffer.remove(0, m_contentLength);
    m_expectContinue = false;
    m_state = State::Done;
    return Status::Complete;
}

HttpRequestParser::Status HttpRequestParser::parseHead(QByteArrayView head)
{
    m_request = HttpRequest {};
    m_contentLength = 0;
    m_expectContinue = false;

    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start <= head.size();) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0) {
            end = head.size();
        }
        QByteArrayView line = head.sliced(start, end - start);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        lines.append(line);
        start = end + 1;
    }

    const QList<QByteArray> parts = lines.first().toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
        return failWith(400, tr("The request line is not \"METHOD target HTTP/1.1\"."));
    }
    for (const char c : parts[1]) {
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
            return failWith(400, tr("The request target contains a byte that must be percent-encoded."));
        }
    }
    if (!parts[1].startsWith('/') && !parts[1].startsWith("http://")) {
        return failWith(400, tr("The request target must be a path starting with '/'."));
    }
    const QByteArray& version = parts[2];
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0' || version[5] > '9'
        || version[7] < '0' || version[7] > '9') {
        return failWith(400, tr("The request line does not end with an HTTP version."));
    }
    if (version[5] != '1') {
        return failWith(505, tr("Only HTTP/1.0 and HTTP/1.1 are supported."));
    }
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.minorVersion = version[7] - '0';

    bool haveLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t')) {
            return failWith(400, tr("Folded header lines are not allowed."));
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            return failWith(400, tr("A header line is not \"Name: value\"."));
        }
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        for (const char c : value) {
            const auto byte = static_cast<unsigned char>(c);
            if ((byte < 0x20 && c != '\t') || byte == 0x7f) {
                return failWith(400, tr("A header value contains a control character."));
            }
        }
        m_request.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
        const QByteArrayView name = line.first(colon);
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = !value.isEmpty() && value.size() <= 18;
            for (const char c : value) {
                ok = ok && c >= '0' && c <= '9';
            }
            const qint64 length = ok ? value.toLongLong(&ok) : -1;
            if (!ok || (haveLength && length != m_contentLength)) {
                return failWith(400, tr("The Content-Length header is not one non-negative number."));
            }
            m_contentLength = length;
            haveLength = true;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            // Chunked request bodies are not supported: no Twilio client sends one for a small form.
            return failWith(411, tr("Send the body with a Content-Length; Transfer-Encoding is not supported."));
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            m_expectContinue = listContains(value, "100-continue");
        }
    }
    return Status::Complete;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest {};
    if (m_state == State::Done) {
        m_state = State::Head;
    }
    return request;
}

bool HttpRequestParser::takeContinueRequest()
{
    if (m_state != State::Body || !m_expectContinue || m_contentLength == 0) {
        return false;
    }
    m_expectContinue = false;
    return true;
}

} // namespace tfk
