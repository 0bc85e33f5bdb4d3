#include "SmsSegments.h"

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// GSM 03.38 default alphabet (the escape position 0x1B left out) and its extension table.
constexpr QStringView kBasic = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                               u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
constexpr QStringView kExtension = u"\f^{}\\[]~|€";

constexpr int kSingleGsm = 160;
constexpr int kPartGsm = 153;
constexpr int kSingleUcs2 = 70;
constexpr int kPartUcs2 = 67;

// Septets of one character, 0 when it is not in GSM-7 at all.
int septetsOf(QChar c)
{
    if (kBasic.contains(c)) {
        return 1;
    }
    if (kExtension.contains(c)) {
        return 2;
    }
    return 0;
}

} // namespace

SmsSegments::Encoding SmsSegments::encodingFor(QStringView body)
{
    for (const QChar c : body) {
        if (septetsOf(c) == 0) {
            return Encoding::Ucs2;
        }
    }
    return Encoding::Gsm7;
}

int SmsSegments::septets(QStringView body)
{
    int total = 0;
    for (const QChar c : body) {
        total += septetsOf(c);
    }
    return total;
}

int SmsSegments::count(QStringView body)
{
    if (body.isEmpty()) {
        return 0;
    }
    const bool gsm = encodingFor(body) == Encoding::Gsm7;
    const int single = gsm ? kSingleGsm : kSingleUcs2;
    const int part = gsm ? kPartGsm : kPartUcs2;
    const qsizetype units = gsm ? septets(body) : body.size();
    if (units <= single) {
        return 1;
    }
    // Fill parts greedily; a character that does not fit whole starts the next part.
    int parts = 1;
    int used = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        int width = gsm ? septetsOf(body[i]) : 1;
        if (!gsm && body[i].isHighSurrogate() && i + 1 < body.size() && body[i + 1].isLowSurrogate()) {
            width = 2;
            ++i;
        }
        if (used + width > part) {
            ++parts;
            used = 0;
        }
        used += width;
    }
    return parts;
}

} // namespace tfk
