#include "SmsSegments.h"

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// GSM 03.38 default alphabet (the escape position 0x1B left out) and its extension table.
constexpr QStringView kBasic = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                               u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
constexpr QStringView kExtension = u"\f^{}\\[]~|€";

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

// The width of the character at `i` in the body's encoding; `length` is 2 for a surrogate pair.
int widthAt(QStringView body, qsizetype i, bool gsm, qsizetype& length)
{
    length = 1;
    if (gsm) {
        return septetsOf(body[i]);
    }
    if (body[i].isHighSurrogate() && i + 1 < body.size() && body[i + 1].isLowSurrogate()) {
        length = 2;
        return 2;
    }
    return 1;
}

} // namespace

SmsSegments::Analysis SmsSegments::analyze(QStringView body)
{
    Analysis analysis;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (septetsOf(body[i]) == 0) {
            const bool pair = body[i].isHighSurrogate() && i + 1 < body.size() && body[i + 1].isLowSurrogate();
            analysis.encoding = Encoding::Ucs2;
            analysis.forcedBy = body.sliced(i, pair ? 2 : 1).toString();
            break;
        }
    }
    const bool gsm = analysis.encoding == Encoding::Gsm7;
    analysis.units = gsm ? septets(body) : int(body.size());
    if (body.isEmpty()) {
        return analysis;
    }
    const int single = gsm ? kSingleGsm7 : kSingleUcs2;
    const int part = gsm ? kPartGsm7 : kPartUcs2;
    if (analysis.units <= single) {
        analysis.segments = 1;
        return analysis;
    }
    // Fill parts greedily; a character that does not fit whole starts the next part.
    int parts = 1;
    int used = 0;
    for (qsizetype i = 0; i < body.size();) {
        qsizetype length = 1;
        const int width = widthAt(body, i, gsm, length);
        if (used + width > part) {
            ++parts;
            used = 0;
        }
        used += width;
        i += length;
    }
    analysis.segments = parts;
    return analysis;
}

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
    return analyze(body).segments;
}

QString SmsSegments::encodingName(Encoding encoding)
{
    return encoding == Encoding::Gsm7 ? u"GSM-7"_s : u"UCS-2"_s;
}

} // namespace tfk
