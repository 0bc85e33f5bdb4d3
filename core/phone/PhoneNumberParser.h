#pragma once

// Turns what an operator types into a phone number a text message can go to (E.164, mobile only),
// or into a sentence saying why not. libphonenumber answers through PhoneNumberEngine, loaded at the
// first question.

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace tfk {

enum class PhoneNumberKind
{
    Mobile,
    // North American numbers: libphonenumber cannot tell mobile from fixed line there.
    FixedLineOrMobile,
    // Twilio's magic test numbers +15005550000..+15005550009 (libphonenumber types them PERSONAL_NUMBER).
    TestNumber
};

struct PhoneNumber
{
    QString e164; // "+12015550123"
    QString regionCode; // "US"; the region that owns the number, which may differ from the one typed in
    int countryCode = 0; // 1
    PhoneNumberKind kind = PhoneNumberKind::Mobile;

    // libphonenumber's INTERNATIONAL format ("+1 201-555-0123"), computed from e164; e164 itself when it
    // does not parse.
    QString international() const;
    // PhoneNumberParser::mask(e164): safe for logs.
    QString masked() const;

    bool operator==(const PhoneNumber&) const = default;
};

class PhoneNumberParser
{
    Q_DECLARE_TR_FUNCTIONS(tfk::PhoneNumberParser)

public:
    // Longer input is refused before libphonenumber sees it (its own limit is 250).
    static constexpr int kMaxInputLength = 64;

    struct Options
    {
        // ISO 3166-1 alpha-2, for numbers typed without a country code.
        QString defaultRegion = QStringLiteral("US");
        // Accept Twilio's magic test numbers (kind TestNumber); only for Twilio test credentials.
        bool allowTestNumbers = false;
    };

    // Two constructors rather than "Options options = {}": a nested class's default member initializers are not
    // usable in a default argument of its enclosing class (GCC and Clang refuse it).
    PhoneNumberParser()
        : PhoneNumberParser(Options {})
    {
    }
    explicit PhoneNumberParser(Options options);

    // Parses what an operator typed ("(201) 555-0123", "+44 7911 123456", "00 49 1512 3456789") in the
    // default region. Errors have httpStatus 400 and the field "mobilePhone" ("region" for [invalid]region).
    // Accepts any Unicode decimal digits (full-width, Arabic-Indic...) and the full-width plus, since the
    // stored result is plain E.164; refuses letters, extensions and numbers that cannot receive SMS.
    Result<PhoneNumber> parse(const QString& text) const;
    // The same, with an explicit region (the UI's country selector) overriding the default; an empty region
    // means "no selection" and falls back to the default.
    Result<PhoneNumber> parse(const QString& text, const QString& region) const;

    // For logs and the audit log. Strict E.164 input gives "+<country code> ... <last 4 digits>" ("+1 ... 0123"),
    // fewer digits when the national number is short (last 2 below 8 digits, none below 6). Anything else
    // gives "..." followed by its last 2 characters only if both are ASCII digits and the text holds at
    // least 6 of them; "" for an empty string. Never more than the last 4 digits.
    static QString mask(const QString& e164);

    // Regions libphonenumber supports, sorted by their English name, for a country selector:
    // pairs (region code, calling code).
    static QList<QPair<QString, int>> supportedRegions();
    // Case-insensitive ("us" is "US").
    bool isSupportedRegion(const QString& region) const;

    // libphonenumber lives in a library of its own (PhoneNumberEngine.h), loaded at the first question;
    // this loads it, and its metadata, on a worker thread now (the window does once it is painted).
    static void loadInBackground();

    const Options& options() const { return m_options; }

private:
    Result<PhoneNumber> parseUncached(const QString& text, const QString& region) const;

    Options m_options;
};

} // namespace tfk
