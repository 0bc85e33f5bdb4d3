#include "FormDecoder.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

Error malformed(const QString& what, qsizetype offset)
{
    return Error {u"[MalformedForm]"_s,
                  FormDecoder::tr("The form body is malformed: %1 at byte %2.").arg(what).arg(offset), 400};
}

// Decodes one key or value that starts at `offset` in the whole body (for the error position).
Result<QString> decodeComponent(QByteArrayView raw, qsizetype offset)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '+') {
            // The form rule: '+' is a space, and only an escaped %2B is a plus sign.
            bytes.append(' ');
        } else if (c == '%') {
            const int high = i + 1 < raw.size() ? hexValue(raw[i + 1]) : -1;
            const int low = i + 2 < raw.size() ? hexValue(raw[i + 2]) : -1;
            if (high < 0 || low < 0) {
                return fail(malformed(FormDecoder::tr("a '%' not followed by two hex digits"), offset + i));
            }
            bytes.append(char(high * 16 + low));
            i += 2;
        } else if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e) {
            return fail(malformed(
                FormDecoder::tr("the unencoded byte 0x%1").arg(uint(static_cast<unsigned char>(c)), 2, 16, QChar(u'0')),
                offset + i));
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        return fail(malformed(FormDecoder::tr("a value that is not valid UTF-8"), offset));
    }
    return text;
}

} // namespace

Result<FormDecoder::Fields> FormDecoder::decode(QByteArrayView body)
{
    Fields fields;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0) {
            end = body.size();
        }
        const QByteArrayView pair = body.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            if (equals < 0) {
                return fail(malformed(FormDecoder::tr("a field without '='"), start));
            }
            if (equals == 0) {
                return fail(malformed(FormDecoder::tr("a field without a name"), start));
            }
            auto key = decodeComponent(pair.first(equals), start);
            if (!key) {
                return fail(key.error());
            }
            auto value = decodeComponent(pair.sliced(equals + 1), start + equals + 1);
            if (!value) {
                return fail(value.error());
            }
            fields.append({std::move(*key), std::move(*value)});
        }
        start = end + 1;
    }
    return fields;
}

std::optional<QString> FormDecoder::value(const Fields& fields, QStringView name)
{
    for (const auto& [key, value] : fields) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace tfk
