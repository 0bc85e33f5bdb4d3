// The Twilio sink's form decoder: any body decodes or is refused naming the offending byte; what
// decodes, percent-encoded again, decodes to the same pairs.

#include "FuzzCheck.h"
#include "sms/sink/FormDecoder.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = tfk::fuzz::bytes(data, size);
    const auto fields = tfk::FormDecoder::decode(body);
    if (!fields) {
        FUZZ_CHECK(!fields.error().message.isEmpty(), "a refusal has a sentence");
        FUZZ_CHECK(fields.error().code == QStringLiteral("[MalformedForm]"), "a refusal is [MalformedForm]");
        return 0;
    }
    QByteArray encoded;
    for (const auto& [name, value] : *fields) {
        FUZZ_CHECK(!name.isEmpty(), "no empty key is accepted");
        if (!encoded.isEmpty()) {
            encoded += '&';
        }
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    const auto again = tfk::FormDecoder::decode(encoded);
    FUZZ_CHECK(again && *again == *fields, "re-encoded pairs decode to themselves");
    if (!fields->isEmpty()) {
        const auto first = tfk::FormDecoder::value(*fields, fields->first().first);
        FUZZ_CHECK(first && *first == fields->first().second, "value() gives the first value");
    }
    return 0;
}
