#pragma once

// Counts the SMS segments a body costs, as a carrier splits it: GSM-7 (160 septets alone, 153 per
// concatenated part) when every character is in the GSM 03.38 tables, otherwise UCS-2 (70 UTF-16
// units alone, 67 per part).

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

    static Encoding encodingFor(QStringView body);
    // 0 for an empty body. A GSM-7 escape pair and a UTF-16 surrogate pair never straddle two parts.
    static int count(QStringView body);
    // GSM-7 septets: 2 for the extension characters (^ { } \ [ ] ~ | € and form feed), 1 for the rest.
    static int septets(QStringView body);
};

} // namespace tfk
