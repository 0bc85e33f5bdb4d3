// Base32 decoding: any text decodes or is refused with a sentence; what decodes encodes back to
// the same bytes; any bytes survive encode then decode.

#include "FuzzCheck.h"
#include "totp/Base32.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = tfk::fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);
    const auto decoded = tfk::Base32::decode(text);
    if (decoded) {
        for (auto padding : {tfk::Base32::Padding::Omit, tfk::Base32::Padding::Include}) {
            const QString encoded = tfk::Base32::encode(*decoded, padding);
            const auto again = tfk::Base32::decode(encoded);
            FUZZ_CHECK(again && *again == *decoded, "decoded bytes encode and decode to themselves");
        }
        FUZZ_CHECK(decoded->size() <= text.size() * 5 / 8 + 1, "decoding never grows the data");
    } else {
        FUZZ_CHECK(!decoded.error().message.isEmpty(), "a refusal has a sentence");
        FUZZ_CHECK(decoded.error().code == QStringLiteral("[invalid]base32"), "a refusal is [invalid]base32");
    }
    // Any bytes at all survive a round trip.
    for (auto padding : {tfk::Base32::Padding::Omit, tfk::Base32::Padding::Include}) {
        const QString encoded = tfk::Base32::encode(input, padding);
        FUZZ_CHECK(padding == tfk::Base32::Padding::Omit || encoded.size() % 8 == 0, "padded output is whole blocks");
        const auto back = tfk::Base32::decode(encoded);
        FUZZ_CHECK(back && *back == input, "encode then decode gives the input back");
        const auto lower = tfk::Base32::decode(encoded.toLower());
        FUZZ_CHECK(lower && *lower == input, "lower case decodes the same");
    }
    return 0;
}
