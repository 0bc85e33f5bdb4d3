#pragma once

// What libphonenumber answers, behind an interface. Its implementation (engine/LibphonenumberEngine.cpp) is
// a library of its own, libtfk-phonenumbers.so, which PhoneNumberParser loads at the first question:
// libphonenumber, protobuf and abseil are twelve shared objects that no window needs to be painted.

#include "phone/PhoneNumberParser.h"

namespace tfk {

class PhoneNumberEngine
{
public:
    virtual ~PhoneNumberEngine() = default;

    // PhoneNumberParser::parse, without its cache.
    virtual Result<PhoneNumber> parse(const QString& text, const QString& region,
                                      const PhoneNumberParser::Options& options) const
        = 0;
    // The country code of a number written with one (E.164), 0 when it does not parse.
    virtual int countryCodeOf(const QString& e164) const = 0;
    // libphonenumber's INTERNATIONAL format; e164 itself when it does not parse.
    virtual QString international(const QString& e164) const = 0;
    virtual QList<QPair<QString, int>> supportedRegions() const = 0;
    virtual bool isSupportedRegion(const QString& region) const = 0;
};

// The library's file (found through the program's RUNPATH) and the function it exports.
inline constexpr char kPhoneNumberEngineLibrary[] = "libtfk-phonenumbers.so";
inline constexpr char kPhoneNumberEngineEntry[] = "tfk_phone_number_engine";
using PhoneNumberEngineEntry = const PhoneNumberEngine* (*)();

} // namespace tfk
