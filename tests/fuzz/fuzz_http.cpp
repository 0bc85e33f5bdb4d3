// The Twilio sink's HTTP/1.x request parser: any byte stream gives requests or one failure with a
// 4xx/5xx status, never reads past its limits, and gives the same answers however the stream is cut
// into pieces (the network may deliver it one byte at a time).

#include "FuzzCheck.h"
#include "sms/sink/HttpRequestParser.h"

#include <QString>

namespace {

struct Outcome
{
    QList<QByteArray> requests; // each request flattened: method, target, version, headers, body
    int failure = 0; // the failure's status, 0 when none
    bool operator==(const Outcome&) const = default;
};

QByteArray flatten(const tfk::HttpRequest& request)
{
    QByteArray flat = request.method + ' ' + request.target + ' ' + QByteArray::number(request.minorVersion) + '\n';
    for (const auto& [name, value] : request.headers) {
        flat += name + ':' + value + '\n';
    }
    return flat + '\n' + request.body;
}

// Feeds `stream` in pieces whose sizes come from `cuts` (cycled); an empty `cuts` feeds it whole.
Outcome run(const QByteArray& stream, const QByteArray& cuts)
{
    const tfk::HttpRequestParser::Limits limits {512, 2048};
    tfk::HttpRequestParser parser(limits);
    Outcome outcome;
    QByteArray buffer;
    qsizetype fed = 0;
    int cut = 0;
    while (true) {
        const auto status = parser.parse(buffer);
        if (status == tfk::HttpRequestParser::Status::Complete) {
            const tfk::HttpRequest request = parser.takeRequest();
            FUZZ_CHECK(!request.method.isEmpty()
                           && (request.target.startsWith('/') || request.target.startsWith("http://")),
                       "a request has a method and a target");
            FUZZ_CHECK(request.body.size() <= limits.maxBodyBytes, "a body stays within its limit");
            FUZZ_CHECK(request.minorVersion >= 0 && request.minorVersion <= 9, "the version is HTTP/1.x");
            FUZZ_CHECK((request.target.contains('?') ? request.path() + '?' + request.query() : request.path())
                           == request.target,
                       "path and query make up the target");
            (void)request.keepAlive();
            outcome.requests << flatten(request);
            continue;
        }
        if (status == tfk::HttpRequestParser::Status::Failed) {
            const int code = parser.failure().httpStatus;
            FUZZ_CHECK(code == 400 || code == 411 || code == 413 || code == 431 || code == 505,
                       "a failure is one of the documented statuses");
            FUZZ_CHECK(!parser.failure().reason.isEmpty(), "a failure has a sentence");
            FUZZ_CHECK(parser.parse(buffer) == tfk::HttpRequestParser::Status::Failed, "a failed parser stays failed");
            outcome.failure = code;
            return outcome;
        }
        FUZZ_CHECK(buffer.size() <= limits.maxHeaderBytes + limits.maxBodyBytes + 1 + stream.size(),
                   "the buffer does not grow beyond what was sent");
        if (fed >= stream.size()) {
            return outcome;
        }
        const qsizetype piece
            = cuts.isEmpty() ? stream.size() : 1 + static_cast<unsigned char>(cuts.at(cut++ % cuts.size())) % 64;
        buffer += stream.mid(fed, piece);
        fed += piece;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The first part says how to cut the stream, the rest is the stream.
    const QList<QByteArray> input = tfk::fuzz::parts(tfk::fuzz::bytes(data, size), 2);
    const QByteArray& stream = input.at(1).isEmpty() ? input.at(0) : input.at(1);
    const Outcome whole = run(stream, {});
    FUZZ_CHECK(run(stream, input.at(0).isEmpty() ? QByteArray("\x00", 1) : input.at(0)) == whole,
               "pieces give the same requests as the whole stream");
    FUZZ_CHECK(run(stream, QByteArray("\x00", 1)) == whole, "one byte at a time gives the same requests");
    return 0;
}
