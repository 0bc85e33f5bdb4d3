// Phone-number normalisation: whatever an operator types, parse() answers E.164 or a sentence, and
// mask() never shows more than the last four digits.

#include "FuzzCheck.h"
#include "phone/PhoneNumberParser.h"

using namespace Qt::StringLiterals;

namespace {

bool isE164(const QString& text)
{
    if (text.size() < 3 || text.size() > 16 || text.front() != u'+' || text.at(1) == u'0') {
        return false;
    }
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9') {
            return false;
        }
    }
    return true;
}

int trailingDigits(const QString& text)
{
    int digits = 0;
    for (qsizetype i = text.size() - 1; i >= 0 && text.at(i) >= u'0' && text.at(i) <= u'9'; --i) {
        ++digits;
    }
    return digits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> input = tfk::fuzz::parts(tfk::fuzz::bytes(data, size), 2);
    const QString text = QString::fromUtf8(input.at(0));
    const QString region = QString::fromUtf8(input.at(1));
    static const tfk::PhoneNumberParser parser;
    static const tfk::PhoneNumberParser testParser(tfk::PhoneNumberParser::Options {u"GB"_s, true});

    for (const tfk::PhoneNumberParser* p : {&parser, &testParser}) {
        for (const auto& parsed : {p->parse(text), p->parse(text, region)}) {
            if (!parsed) {
                FUZZ_CHECK(!parsed.error().message.isEmpty(), "a refused number has a sentence");
                FUZZ_CHECK(parsed.error().httpStatus == 400, "a refused number is a 400");
                continue;
            }
            FUZZ_CHECK(text.size() <= tfk::PhoneNumberParser::kMaxInputLength, "over-long input is refused");
            FUZZ_CHECK(isE164(parsed->e164), "a parsed number is E.164");
            FUZZ_CHECK(parsed->countryCode > 0, "a parsed number has a country code");
            // Normalising is idempotent: the stored form parses to itself.
            const auto again = p->parse(parsed->e164);
            FUZZ_CHECK(again && again->e164 == parsed->e164, "E.164 parses to itself");
            const QString masked = parsed->masked();
            FUZZ_CHECK(trailingDigits(masked) <= 4, "a masked number shows at most 4 digits");
            FUZZ_CHECK(!masked.contains(parsed->e164.mid(1)), "a masked number is not the number");
        }
    }
    const QString masked = tfk::PhoneNumberParser::mask(text);
    FUZZ_CHECK(masked.size() <= 24, "mask() is short");
    FUZZ_CHECK(trailingDigits(masked) <= 4, "mask() shows at most 4 trailing digits");
    return 0;
}
