// libphonenumber behind PhoneNumberEngine: built as libtfk-phonenumbers.so, which PhoneNumberParser loads
// at the first question. The only code that talks to libphonenumber; it calls nothing of tfk_core's but
// inline functions (Error, fail, tr), since the programs that load it do not export their symbols.

#include "phone/PhoneNumberEngine.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

namespace lpn = i18n::phonenumbers;
using Util = lpn::PhoneNumberUtil;

// Enough of what was typed to recognise it, never a whole pasted document.
constexpr int kEchoLength = 32;

// Twilio's magic numbers +15005550000..+15005550009; the rest of +1 500 is real personal numbers.
const QString kTwilioTestPrefix = u"+1500555000"_s;

// The library's singleton is thread-safe and lives until exit.
const Util& util()
{
    return *Util::GetInstance();
}

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString format(const lpn::PhoneNumber& number, Util::PhoneNumberFormat style)
{
    std::string out;
    util().Format(number, style, &out);
    return fromStd(out);
}

Error phoneError(QString message)
{
    return Error {u"[invalid]mobilePhone"_s, std::move(message), 400, u"mobilePhone"_s};
}

// What the operator typed, for a message: at most kEchoLength characters, invisible ones made visible.
QString echo(QStringView text)
{
    QString shown;
    qsizetype i = 0;
    for (int count = 0; i < text.size() && count < kEchoLength; ++count) {
        char32_t codePoint = text[i].unicode();
        qsizetype length = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        if (QChar::isPrint(codePoint)) {
            shown += text.mid(i, length);
        } else {
            shown += QChar(QChar::ReplacementCharacter);
        }
        i += length;
    }
    if (i < text.size()) {
        shown += u'\u2026';
    }
    return shown;
}

// Invisible formatting characters (bidi marks, zero-width spaces) come along when a number is copied from a
// web page or a contact card; they carry no meaning in a phone number.
bool isFormatCharacter(QChar c)
{
    return c.category() == QChar::Other_Format;
}

// Digits of any script and the separators people write numbers with; libphonenumber reads all of them.
bool isNumberCharacter(QChar c)
{
    // Spaces of any width, but no tabs or line breaks inside a number (trimming removes them at the ends).
    if (c.isDigit() || c.category() == QChar::Separator_Space) {
        return true;
    }
    switch (c.unicode()) {
    case u'+':
    case 0xFF0B: // full-width plus
    case u'-':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015: // horizontal bar
    case 0x2212: // minus sign
    case 0xFF0D: // full-width hyphen-minus
    case u'(':
    case u')':
    case 0xFF08:
    case 0xFF09:
    case u'.':
    case 0xFF0E:
    case u'/':
    case 0xFF0F:
        return true;
    default:
        return false;
    }
}

bool isNumberText(QStringView text)
{
    return std::ranges::all_of(text, isNumberCharacter);
}

// "00 49 ..." with any digits and separators: the first two digits are zeros and no plus comes before them.
qsizetype indexAfterLeadingDoubleZero(QStringView text)
{
    int zeros = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit()) {
            if (c.digitValue() != 0) {
                return -1;
            }
            if (++zeros == 2) {
                return i + 1;
            }
        } else if (!c.isSpace() && c != u'(' && c != u')' && c != u'-' && c != u'.') {
            return -1;
        }
    }
    return -1;
}

QString territoryName(const QString& regionCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    // Qt knows every region libphonenumber has today; the code itself is the fallback for a newer library.
    return territory == QLocale::AnyTerritory ? regionCode : QLocale::territoryToString(territory);
}

struct RegionTable
{
    QList<QPair<QString, int>> sorted;
    QSet<QString> codes;
};

const RegionTable& regionTable()
{
    static const RegionTable table = [] {
        std::set<std::string> regions;
        util().GetSupportedRegions(&regions);
        RegionTable result;
        QList<std::pair<QString, QPair<QString, int>>> named;
        for (const std::string& region : regions) {
            const QString code = fromStd(region);
            named.append({territoryName(code), {code, util().GetCountryCodeForRegion(region)}});
            result.codes.insert(code);
        }
        // English names in English collation, so "Åland Islands" sorts with the A's.
        const QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
        std::ranges::sort(named, [&collator](const auto& a, const auto& b) {
            const int byName = collator.compare(a.first, b.first);
            return byName != 0 ? byName < 0 : a.second.first < b.second.first;
        });
        result.sorted.reserve(named.size());
        for (const auto& entry : named) {
            result.sorted.append(entry.second);
        }
        return result;
    }();
    return table;
}

QString normalizedRegion(const QString& region)
{
    return region.trimmed().toUpper();
}

QString parseErrorMessage(Util::ErrorType error, const QString& shown)
{
    switch (error) {
    case Util::INVALID_COUNTRY_CODE_ERROR:
        return PhoneNumberParser::tr("\"%1\" has no valid country code; start with + and the country code, e.g. +44.")
            .arg(shown);
    case Util::TOO_SHORT_AFTER_IDD:
        return PhoneNumberParser::tr("\"%1\" is too short: after the international prefix come the country code "
                                     "and the whole number.")
            .arg(shown);
    case Util::TOO_SHORT_NSN:
        return PhoneNumberParser::tr("\"%1\" is too short to be a phone number.").arg(shown);
    case Util::TOO_LONG_NSN:
        return PhoneNumberParser::tr("\"%1\" is too long to be a phone number.").arg(shown);
    case Util::NOT_A_NUMBER:
    case Util::NO_PARSING_ERROR:
        break;
    }
    return PhoneNumberParser::tr("\"%1\" is not a phone number: enter the number with its area code.").arg(shown);
}

// One whole sentence per kind, so translators never have to assemble one.
QString notMobileMessage(Util::PhoneNumberType type, const QString& shown)
{
    switch (type) {
    case Util::FIXED_LINE:
        return PhoneNumberParser::tr("%1 is a landline number; text messages need a mobile number.").arg(shown);
    case Util::TOLL_FREE:
        return PhoneNumberParser::tr("%1 is a toll-free number; text messages need a mobile number.").arg(shown);
    case Util::PREMIUM_RATE:
        return PhoneNumberParser::tr("%1 is a premium-rate number; text messages need a mobile number.").arg(shown);
    case Util::SHARED_COST:
        return PhoneNumberParser::tr("%1 is a shared-cost number; text messages need a mobile number.").arg(shown);
    case Util::VOIP:
        return PhoneNumberParser::tr("%1 is an internet telephony (VoIP) number; text messages need a mobile number.")
            .arg(shown);
    case Util::PERSONAL_NUMBER:
        return PhoneNumberParser::tr(
                   "%1 is a personal number that forwards calls to another phone; enter that mobile number instead.")
            .arg(shown);
    case Util::PAGER:
        return PhoneNumberParser::tr("%1 is a pager number; text messages need a mobile number.").arg(shown);
    case Util::UAN:
        return PhoneNumberParser::tr("%1 is a company switchboard number; text messages need a mobile number.")
            .arg(shown);
    case Util::VOICEMAIL:
        return PhoneNumberParser::tr("%1 is a voicemail access number; text messages need a mobile number.").arg(shown);
    case Util::MOBILE:
    case Util::FIXED_LINE_OR_MOBILE:
    case Util::UNKNOWN:
        break;
    }
    return PhoneNumberParser::tr("%1 is not a mobile number; text messages need a mobile number.").arg(shown);
}

// The region a message names: the selected one when the number belongs to it, else the country code's main one.
QString regionForMessage(const lpn::PhoneNumber& number, const QString& selectedRegion)
{
    if (util().GetCountryCodeForRegion(selectedRegion.toStdString()) == number.country_code()) {
        return selectedRegion;
    }
    std::string main;
    util().GetRegionCodeForCountryCode(number.country_code(), &main);
    return fromStd(main);
}

QString invalidNumberMessage(const lpn::PhoneNumber& number, const QString& selectedRegion)
{
    const QString shown = format(number, Util::INTERNATIONAL);
    const QString region = territoryName(regionForMessage(number, selectedRegion));
    switch (util().IsPossibleNumberWithReason(number)) {
    case Util::TOO_SHORT:
        return PhoneNumberParser::tr("%1 is too short for a phone number in %2.").arg(shown, region);
    case Util::TOO_LONG:
        return PhoneNumberParser::tr("%1 is too long for a phone number in %2.").arg(shown, region);
    case Util::IS_POSSIBLE_LOCAL_ONLY:
        return PhoneNumberParser::tr("%1 is missing its area code: it looks like a local number in %2.")
            .arg(shown, region);
    default:
        break;
    }
    return PhoneNumberParser::tr("%1 is not a valid phone number in %2: check the area code and the number of digits.")
        .arg(shown, region);
}

Error extensionError(const QString& shown)
{
    return phoneError(PhoneNumberParser::tr("\"%1\" has an extension; text messages cannot be sent to an "
                                            "extension: enter the mobile number alone.")
                          .arg(shown));
}

class LibphonenumberEngine final : public PhoneNumberEngine
{
public:
    Result<PhoneNumber> parse(const QString& text, const QString& region,
                              const PhoneNumberParser::Options& options) const override
    {
        const QString regionCode = normalizedRegion(region.trimmed().isEmpty() ? options.defaultRegion : region);
        if (!isSupportedRegion(regionCode)) {
            const QString message = regionCode.isEmpty()
                ? PhoneNumberParser::tr("No country is selected for the phone number; choose one from the list.")
                : PhoneNumberParser::tr(
                      "\"%1\" is not a country code known for phone numbers; choose a country from the list.")
                      .arg(echo(regionCode));
            return fail(Error {u"[invalid]region"_s, message, 400, u"region"_s});
        }

        if (std::ranges::all_of(text, [](QChar c) { return c.isSpace() || isFormatCharacter(c); })) {
            return fail(Error {u"[blank]mobilePhone"_s, PhoneNumberParser::tr("Enter a mobile phone number."), 400,
                               u"mobilePhone"_s});
        }
        if (text.size() > PhoneNumberParser::kMaxInputLength) {
            return fail(
                phoneError(PhoneNumberParser::tr("\"%1\" is not a phone number: it is longer than %2 characters.")
                               .arg(echo(text))
                               .arg(PhoneNumberParser::kMaxInputLength)));
        }

        QString cleaned = text;
        cleaned.removeIf(isFormatCharacter);
        cleaned = cleaned.trimmed();
        const QString shown = echo(cleaned);

        if (!isNumberText(cleaned)) {
            // "ext. 5", "x5", "#5" after a number: the number may be right, but SMS cannot reach an extension.
            static const QRegularExpression extension(
                uR"(^(.*?\d.*?)\s*[,;]?\s*(?:ext(?:ension|n)?[.:]?|x|#|ext=)\s*\d{1,10}\s*#?$)"_s,
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            const QRegularExpressionMatch match = extension.match(cleaned);
            if (match.hasMatch() && isNumberText(match.capturedView(1))) {
                return fail(extensionError(shown));
            }
            return fail(
                phoneError(PhoneNumberParser::tr(
                               "\"%1\" is not a phone number: only digits, spaces, +, -, /, ( ) and . are allowed.")
                               .arg(shown)));
        }

        // Each libphonenumber question finds the number's region again (a regular expression per candidate
        // region) and matches the number against its region's type patterns. A number is valid exactly when
        // its type is known (IsValidNumber() is the region plus GetNumberType()'s pattern match != UNKNOWN), so
        // the type answers both questions: one region lookup and one type match fewer than asking each.
        std::string owner;
        Util::PhoneNumberType type = Util::UNKNOWN;
        const auto isValid = [&owner, &type](const lpn::PhoneNumber& candidate) {
            owner.clear();
            util().GetRegionCodeForNumber(candidate, &owner);
            type = util().GetNumberType(candidate);
            return type != Util::UNKNOWN;
        };
        lpn::PhoneNumber number;
        Util::ErrorType error = util().Parse(cleaned.toStdString(), regionCode.toStdString(), &number);
        bool valid = error == Util::NO_PARSING_ERROR && isValid(number);
        if (!valid) {
            // 00 is the international prefix in most of the world but not in all regions (the US dials 011): when
            // the selected region's reading is no valid number, the operator meant "+".
            const qsizetype afterZeros = indexAfterLeadingDoubleZero(cleaned);
            lpn::PhoneNumber international;
            if (afterZeros > 0
                && util().Parse(QString(u'+' + cleaned.mid(afterZeros)).toStdString(), "ZZ", &international)
                    == Util::NO_PARSING_ERROR) {
                number = international;
                error = Util::NO_PARSING_ERROR;
                valid = isValid(number);
            }
        }
        if (error != Util::NO_PARSING_ERROR) {
            return fail(phoneError(parseErrorMessage(error, shown)));
        }
        if (number.has_extension()) {
            return fail(extensionError(shown));
        }
        if (!valid) {
            return fail(phoneError(invalidNumberMessage(number, regionCode)));
        }

        PhoneNumber result;
        result.e164 = format(number, Util::E164);
        result.countryCode = number.country_code();
        result.regionCode = fromStd(owner);

        if (result.e164.size() == kTwilioTestPrefix.size() + 1 && result.e164.startsWith(kTwilioTestPrefix)) {
            if (!options.allowTestNumbers) {
                return fail(
                    phoneError(PhoneNumberParser::tr("%1 is a Twilio test number; it is accepted only in test mode.")
                                   .arg(international(result.e164))));
            }
            result.kind = PhoneNumberKind::TestNumber;
        } else if (type == Util::MOBILE) {
            result.kind = PhoneNumberKind::Mobile;
        } else if (type == Util::FIXED_LINE_OR_MOBILE) {
            result.kind = PhoneNumberKind::FixedLineOrMobile;
        } else {
            return fail(phoneError(notMobileMessage(type, international(result.e164))));
        }
        return result;
    }

    int countryCodeOf(const QString& e164) const override
    {
        const std::optional<lpn::PhoneNumber> number = withCountryCode(e164);
        return number ? number->country_code() : 0;
    }

    QString international(const QString& e164) const override
    {
        const std::optional<lpn::PhoneNumber> number = withCountryCode(e164);
        return number ? format(*number, Util::INTERNATIONAL) : e164;
    }

    QList<QPair<QString, int>> supportedRegions() const override { return regionTable().sorted; }

    bool isSupportedRegion(const QString& region) const override
    {
        return regionTable().codes.contains(normalizedRegion(region));
    }

private:
    // "ZZ": no region, so only a number written with its country code parses.
    static std::optional<lpn::PhoneNumber> withCountryCode(const QString& e164)
    {
        lpn::PhoneNumber number;
        if (e164.isEmpty() || util().Parse(e164.toStdString(), "ZZ", &number) != Util::NO_PARSING_ERROR) {
            return std::nullopt;
        }
        return number;
    }
};

} // namespace

} // namespace tfk

extern "C" __attribute__((visibility("default"))) const tfk::PhoneNumberEngine* tfk_phone_number_engine()
{
    static const tfk::LibphonenumberEngine engine;
    return &engine;
}
