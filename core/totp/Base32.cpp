#include "Base32.h"

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        return c - u'A';
    }
    if (c >= u'a' && c <= u'z') {
        return c - u'a';
    }
    if (c >= u'2' && c <= u'7') {
        return c - u'2' + 26;
    }
    return -1;
}

// Number of characters left in the last 8-character group for 0..4 trailing bytes; others are impossible.
bool isPossibleTailLength(qsizetype tail)
{
    return tail == 0 || tail == 2 || tail == 4 || tail == 5 || tail == 7;
}

} // namespace

QString Base32::encode(const QByteArray& data, Padding padding)
{
    QString out;
    out.reserve((data.size() + 4) / 5 * 8);
    quint64 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0) {
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    }
    if (padding == Padding::Include) {
        while (out.size() % 8 != 0) {
            out.append(u'=');
        }
    }
    return out;
}

Result<QByteArray> Base32::decode(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == u'=') {
        --end;
    }
    // The most specific complaint first: a wrong character says more than a wrong length.
    for (qsizetype i = 0; i < end; ++i) {
        if (valueOf(text[i].unicode()) < 0) {
            return fail(u"[invalid]base32"_s,
                        tr("The base32 text contains '%1' at position %2; only the letters A-Z and the digits 2-7 "
                           "are allowed.")
                            .arg(text[i])
                            .arg(i + 1));
        }
    }
    const qsizetype padding = text.size() - end;
    if (padding > 0 && (text.size() % 8 != 0 || padding > 6)) {
        return fail(u"[invalid]base32"_s, tr("The base32 text has the wrong amount of '=' padding."));
    }
    if (!isPossibleTailLength(end % 8)) {
        return fail(u"[invalid]base32"_s,
                    tr("The base32 text has a length of %1, which no base32 encoding can have.").arg(end));
    }

    QByteArray out;
    out.reserve(end * 5 / 8);
    quint64 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < end; ++i) {
        buffer = (buffer << 5) | quint64(valueOf(text[i].unicode()));
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    return out;
}

} // namespace tfk
