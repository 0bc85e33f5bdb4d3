#include "SenderId.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isAsciiDigit);
}

Error invalid(const QString& message)
{
    return Error {u"[invalid]from"_s, message, 400, u"from"_s};
}

} // namespace

SenderId::Kind SenderId::guessKind(QStringView from)
{
    if (from.startsWith(u'+')) {
        return Kind::PhoneNumber;
    }
    if (allDigits(from)) {
        return from.size() <= 6 ? Kind::ShortCode : Kind::PhoneNumber;
    }
    return Kind::Alphanumeric;
}

Result<void> SenderId::validate(const QString& from, Kind kind)
{
    switch (kind) {
    case Kind::PhoneNumber: {
        static const QRegularExpression e164(u"^\\+[1-9][0-9]{1,14}$"_s);
        if (!e164.match(from).hasMatch()) {
            return fail(invalid(tr("The From number must be in E.164 form: + and the country code, e.g. "
                                   "+15005550006.")));
        }
        return {};
    }
    case Kind::ShortCode:
        for (const QChar c : from) {
            if (!isAsciiDigit(c)) {
                return fail(invalid(tr("A short code is digits only: \"%1\" holds \"%2\".").arg(from, QString(c))));
            }
        }
        if (from.size() < 5 || from.size() > 6) {
            return fail(invalid(tr("A short code has 5 or 6 digits; %1 has %2.").arg(from).arg(from.size())));
        }
        return {};
    case Kind::Alphanumeric:
        break;
    }
    // Twilio: A-Z, a-z, 0-9 and space only; no accents, punctuation or symbols.
    for (qsizetype i = 0; i < from.size(); ++i) {
        const QChar c = from[i];
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u' ') {
            const bool pair = c.isHighSurrogate() && i + 1 < from.size() && from[i + 1].isLowSurrogate();
            return fail(invalid(tr("An alphanumeric sender ID may hold only the letters A to Z (upper or lower case), "
                                   "the digits 0 to 9 and spaces; \"%1\" holds \"%2\".")
                                    .arg(from, from.sliced(i, pair ? 2 : 1))));
        }
    }
    if (from.size() > kMaxAlphanumericLength) {
        return fail(invalid(tr("An alphanumeric sender ID has at most %1 characters; \"%2\" has %3.")
                                .arg(kMaxAlphanumericLength)
                                .arg(from)
                                .arg(from.size())));
    }
    if (!std::any_of(from.begin(), from.end(), isAsciiLetter)) {
        return fail(invalid(tr("An alphanumeric sender ID needs at least one letter; \"%1\" has none.").arg(from)));
    }
    return {};
}

const QStringList& SenderId::alphanumericBlockedPrefixes()
{
    // Twilio documents that alphanumeric sender IDs are not delivered to the United States, Canada and
    // Puerto Rico. They share +1 with the rest of the North American Numbering Plan, and the prefix
    // alone cannot tell them apart, so all of +1 gets the fallback number: a number is delivered there
    // everywhere, an alphanumeric ID would be refused (21612). Other countries' rules change and many
    // need registration; a Messaging Service with both kinds of sender is Twilio's answer for those.
    static const QStringList prefixes {u"+1"_s};
    return prefixes;
}

bool SenderId::takesAlphanumeric(QStringView to)
{
    const QStringList& prefixes = alphanumericBlockedPrefixes();
    return std::none_of(prefixes.begin(), prefixes.end(),
                        [to](const QString& prefix) { return to.startsWith(prefix); });
}

} // namespace tfk
