#pragma once

// What a text costs as carriers count it: GSM-7 (160 septets alone, 153 per concatenated part; the
// extension table's characters take two) when every character is in the GSM 03.38 tables, otherwise
// UCS-2 (70 UTF-16 units alone, 67 per part; an emoji takes two), and which character forced UCS-2.

#include <QString>
#include <QStringView>

namespace tfk {

class SmsSegments
{
public:
    enum class Encoding
    {
        Gsm7,
        Ucs2
    };

    // Everything about one body, from one pass over it.
    struct Analysis
    {
        Encoding encoding = Encoding::Gsm7;
        int segments = 0; // 0 for an empty body
        int units = 0; // GSM-7 septets, or UTF-16 units for UCS-2
        QString forcedBy; // the first character outside GSM-7 (a whole surrogate pair); empty for GSM-7

        bool operator==(const Analysis&) const = default;
    };

    static constexpr int kSingleGsm7 = 160;
    static constexpr int kPartGsm7 = 153; // 7 septets of each part go to the concatenation header
    static constexpr int kSingleUcs2 = 70;
    static constexpr int kPartUcs2 = 67;

    static Analysis analyze(QStringView body);
    static Encoding encodingFor(QStringView body);
    // 0 for an empty body. A GSM-7 escape pair and a UTF-16 surrogate pair never straddle two parts.
    static int count(QStringView body);
    // GSM-7 septets: 2 for the extension characters (^ { } \ [ ] ~ | € and form feed), 1 for the rest.
    static int septets(QStringView body);
    // "GSM-7" or "UCS-2", as Twilio's documentation names them (the same in every language).
    static QString encodingName(Encoding encoding);
};

} // namespace tfk
