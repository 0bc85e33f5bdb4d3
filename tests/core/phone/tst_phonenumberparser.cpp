#include "ResultAssertions.h"
#include "phone/PhoneNumberParser.h"

#include <QCollator>
#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using tfk::PhoneNumber;
using tfk::PhoneNumberKind;
using tfk::PhoneNumberParser;

Q_DECLARE_METATYPE(tfk::PhoneNumberKind)

class TestPhoneNumberParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultOptions();
    void parsesNumbers_data();
    void parsesNumbers();
    void rejectsNumbers_data();
    void rejectsNumbers();
    void rejectsUnknownRegions_data();
    void rejectsUnknownRegions();
    void unknownDefaultRegion();
    void twilioTestNumbers_data();
    void twilioTestNumbers();
    void hugeInputIsAnsweredQuicklyAndShortly_data();
    void hugeInputIsAnsweredQuicklyAndShortly();
    void mask_data();
    void mask();
    void emptyPhoneNumber();
    void supportedRegions();
    void isSupportedRegion_data();
    void isSupportedRegion();
};

void TestPhoneNumberParser::defaultOptions()
{
    const PhoneNumberParser parser;
    QCOMPARE(parser.options().defaultRegion, u"US"_s);
    QCOMPARE(parser.options().allowTestNumbers, false);
    const PhoneNumberParser german({.defaultRegion = u"DE"_s, .allowTestNumbers = true});
    QCOMPARE(german.options().defaultRegion, u"DE"_s);
    QCOMPARE(german.options().allowTestNumbers, true);
}

void TestPhoneNumberParser::parsesNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region"); // empty: the parser's default (US)
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("regionCode");
    QTest::addColumn<int>("countryCode");
    QTest::addColumn<PhoneNumberKind>("kind");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("masked");

    const auto us = [](const char* name, const QString& text, const QString& region = {}) {
        QTest::newRow(name) << text << region << u"+12015550123"_s << u"US"_s << 1 << PhoneNumberKind::FixedLineOrMobile
                            << u"+1 201-555-0123"_s << u"+1 ... 0123"_s;
    };
    us("us international", u"+1 201 555 0123"_s);
    us("us national", u"(201) 555-0123"_s);
    us("us national, explicit region", u"(201) 555-0123"_s, u"US"_s);
    us("us national, region in lower case", u"(201) 555-0123"_s, u"us"_s);
    us("us with trunk prefix 1", u"1 201 555 0123"_s);
    us("us with slash and dots", u"201/555.0123"_s);
    us("us with en dashes", u"201\u2013555\u20130123"_s);
    us("us surrounded by spaces", u"  +1 (201) 555-0123 \t"_s);
    us("us with bidi mark and zero-width space", u"\u200E+1 201\u200B555 0123"_s);
    us("us full-width digits and plus",
       u"\uFF0B\uFF11 \uFF12\uFF10\uFF11 \uFF15\uFF15\uFF15 \uFF10\uFF11\uFF12\uFF13"_s);
    us("us arabic-indic digits", u"+\u0661 \u0662\u0660\u0661 \u0665\u0665\u0665 \u0660\u0661\u0662\u0663"_s);
    us("us international while GB is selected", u"+1 201 555 0123"_s, u"GB"_s);

    QTest::newRow("canada") << u"+1 204 555 0123"_s << QString() << u"+12045550123"_s << u"CA"_s << 1
                            << PhoneNumberKind::FixedLineOrMobile << u"+1 204-555-0123"_s << u"+1 ... 0123"_s;

    // libphonenumber assigns 07911 to Guernsey (a +44 region of its own), not to GB.
    const auto uk7911 = [](const char* name, const QString& text, const QString& region = {}) {
        QTest::newRow(name) << text << region << u"+447911123456"_s << u"GG"_s << 44 << PhoneNumberKind::Mobile
                            << u"+44 7911 123456"_s << u"+44 ... 3456"_s;
    };
    uk7911("uk mobile international", u"+44 7911 123456"_s);
    uk7911("uk mobile national in GB", u"07911 123456"_s, u"GB"_s);
    uk7911("uk mobile dialled from the US with 011", u"011 44 7911 123456"_s);
    uk7911("uk mobile with 00 from the US", u"00 44 7911 123456"_s);
    QTest::newRow("uk mobile owned by GB") << u"+44 7400 123456"_s << QString() << u"+447400123456"_s << u"GB"_s << 44
                                           << PhoneNumberKind::Mobile << u"+44 7400 123456"_s << u"+44 ... 3456"_s;

    const auto de = [](const char* name, const QString& text, const QString& region = {}) {
        QTest::newRow(name) << text << region << u"+4915123456789"_s << u"DE"_s << 49 << PhoneNumberKind::Mobile
                            << u"+49 1512 3456789"_s << u"+49 ... 6789"_s;
    };
    de("german mobile international", u"+49 1512 3456789"_s);
    de("german mobile with 00 from the US", u"00 49 1512 3456789"_s);
    de("german mobile with 00 in DE", u"00 49 1512 3456789"_s, u"DE"_s);
    de("german mobile national in DE", u"01512 3456789"_s, u"DE"_s);
    de("german mobile national with slash", u"01512/3456789"_s, u"DE"_s);
}

void TestPhoneNumberParser::parsesNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(QString, regionCode);
    QFETCH(int, countryCode);
    QFETCH(PhoneNumberKind, kind);
    QFETCH(QString, international);
    QFETCH(QString, masked);

    const PhoneNumberParser parser;
    const auto result = region.isEmpty() ? parser.parse(text) : parser.parse(text, region);
    TFK_VERIFY_OK(result);
    QCOMPARE(result->e164, e164);
    QCOMPARE(result->regionCode, regionCode);
    QCOMPARE(result->countryCode, countryCode);
    QCOMPARE(result->kind, kind);
    QCOMPARE(result->international(), international);
    QCOMPARE(result->masked(), masked);
    QCOMPARE(*result, (PhoneNumber {e164, regionCode, countryCode, kind}));
}

void TestPhoneNumberParser::rejectsNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString blank = u"[blank]mobilePhone"_s;
    const QString invalid = u"[invalid]mobilePhone"_s;
    const QString onlyDigits = u"only digits, spaces, +, -, /, ( ) and . are allowed."_s;

    QTest::newRow("empty") << QString() << QString() << blank << u"Enter a mobile phone number."_s;
    QTest::newRow("spaces and tab") << u"   \t  "_s << QString() << blank << u"Enter a mobile phone number."_s;
    QTest::newRow("zero-width space") << u"\u200B"_s << QString() << blank << u"Enter a mobile phone number."_s;

    // Parses (libphonenumber is lenient) but is no number: a clear message, not a Twilio 21211 later.
    QTest::newRow("tutorial 555-555-5555")
        << u"555-555-5555"_s << QString() << invalid
        << u"+1 555-555-5555 is not a valid phone number in United States: check the area code and the number of "
           "digits."_s;
    QTest::newRow("tutorial 555-555-5555 in Canada")
        << u"555-555-5555"_s << u"CA"_s << invalid
        << u"+1 555-555-5555 is not a valid phone number in Canada: check the area code and the number of digits."_s;
    QTest::newRow("12") << u"12"_s << QString() << invalid
                        << u"+1 12 is too short for a phone number in United States."_s;
    QTest::newRow("one digit too many") << u"+1 201 555 01234"_s << QString() << invalid
                                        << u"+1 20155501234 is too long for a phone number in United States."_s;
    QTest::newRow("local number without area code")
        << u"555 0123"_s << QString() << invalid
        << u"+1 5550123 is missing its area code: it looks like a local number in United States."_s;
    QTest::newRow("uk drama number 07700 900xxx")
        << u"+44 7700 900123"_s << QString() << invalid
        << u"+44 7700 900123 is not a valid phone number in United Kingdom: check the area code and the number of "
           "digits."_s;
    QTest::newRow("00 and too few digits")
        << u"00 49 151"_s << QString() << invalid
        << u"+49 151 is missing its area code: it looks like a local number in Germany."_s;

    QTest::newRow("unknown country code") << u"+999 1234567"_s << QString() << invalid
                                          << u"\"+999 1234567\" has no valid country code; start with + and the "
                                             "country code, e.g. +44."_s;
    QTest::newRow("plus alone") << u"+"_s << QString() << invalid
                                << u"\"+\" is not a phone number: enter the number with its area code."_s;
    QTest::newRow("punctuation only") << u"()-."_s << QString() << invalid
                                      << u"\"()-.\" is not a phone number: enter the number with its area code."_s;
    QTest::newRow("country code, one digit")
        << u"+44 1"_s << QString() << invalid << u"\"+44 1\" is too short to be a phone number."_s;
    QTest::newRow("21 digits") << u"123456789012345678901"_s << QString() << invalid
                               << u"\"123456789012345678901\" is too long to be a phone number."_s;

    QTest::newRow("uk landline") << u"+44 20 7946 0018"_s << QString() << invalid
                                 << u"+44 20 7946 0018 is a landline number; text messages need a mobile number."_s;
    QTest::newRow("german landline") << u"030 123456"_s << u"DE"_s << invalid
                                     << u"+49 30 123456 is a landline number; text messages need a mobile number."_s;
    QTest::newRow("us toll-free") << u"+1 800 555 0199"_s << QString() << invalid
                                  << u"+1 800-555-0199 is a toll-free number; text messages need a mobile number."_s;
    QTest::newRow("us premium rate")
        << u"+1 900 555 0199"_s << QString() << invalid
        << u"+1 900-555-0199 is a premium-rate number; text messages need a mobile number."_s;
    QTest::newRow("uk voip") << u"+44 56 1234 5678"_s << QString() << invalid
                             << u"+44 56 1234 5678 is an internet telephony (VoIP) number; text messages need a "
                                "mobile number."_s;
    QTest::newRow("uk pager") << u"+44 76 2345 6789"_s << QString() << invalid
                              << u"+44 76 2345 6789 is a pager number; text messages need a mobile number."_s;
    QTest::newRow("uk company number")
        << u"+44 55 1234 5678"_s << QString() << invalid
        << u"+44 55 1234 5678 is a company switchboard number; text messages need a mobile number."_s;
    QTest::newRow("uk personal number")
        << u"+44 70 1234 5678"_s << QString() << invalid
        << u"+44 70 1234 5678 is a personal number that forwards calls to another phone; enter that mobile number "
           "instead."_s;
    QTest::newRow("twilio test number outside test mode")
        << u"+15005550006"_s << QString() << invalid
        << u"+1 500-555-0006 is a Twilio test number; it is accepted only in test mode."_s;

    const QString extension = u"has an extension; text messages cannot be sent to an extension: enter the mobile "
                              "number alone."_s;
    QTest::newRow("extension ext.") << u"+1 201 555 0123 ext. 5"_s << QString() << invalid
                                    << u"\"+1 201 555 0123 ext. 5\" "_s + extension;
    QTest::newRow("extension x") << u"+1 201 555 0123 x5"_s << QString() << invalid
                                 << u"\"+1 201 555 0123 x5\" "_s + extension;
    QTest::newRow("extension upper case")
        << u"(201) 555-0123 EXT 42"_s << QString() << invalid << u"\"(201) 555-0123 EXT 42\" "_s + extension;
    QTest::newRow("extension word") << u"2015550123 extension 7"_s << QString() << invalid
                                    << u"\"2015550123 extension 7\" "_s + extension;
    QTest::newRow("extension #") << u"+1 201 555 0123 #5"_s << QString() << invalid
                                 << u"\"+1 201 555 0123 #5\" "_s + extension;
    QTest::newRow("extension after comma")
        << u"+1 201 555 0123, ext 5"_s << QString() << invalid << u"\"+1 201 555 0123, ext 5\" "_s + extension;

    QTest::newRow("words") << u"call me"_s << QString() << invalid
                           << u"\"call me\" is not a phone number: "_s + onlyDigits;
    QTest::newRow("vanity number") << u"1-800-FLOWERS"_s << QString() << invalid
                                   << u"\"1-800-FLOWERS\" is not a phone number: "_s + onlyDigits;
    QTest::newRow("x without number") << u"+1 201 555 0123 x"_s << QString() << invalid
                                      << u"\"+1 201 555 0123 x\" is not a phone number: "_s + onlyDigits;
    QTest::newRow("sql injection") << u"'; DROP TABLE users; --"_s << QString() << invalid
                                   << u"\"'; DROP TABLE users; --\" is not a phone number: "_s + onlyDigits;
    QTest::newRow("markup") << u"<b>2015550123</b>"_s << QString() << invalid
                            << u"\"<b>2015550123</b>\" is not a phone number: "_s + onlyDigits;
    QTest::newRow("tel uri") << u"tel:+1-201-555-0123"_s << QString() << invalid
                             << u"\"tel:+1-201-555-0123\" is not a phone number: "_s + onlyDigits;
    QTest::newRow("emoji") << u"\U0001F4F1 201 555 0123"_s << QString() << invalid
                           << u"\"\U0001F4F1 201 555 0123\" is not a phone number: "_s + onlyDigits;
    QTest::newRow("control character") << u"201\u0007555 0123"_s << QString() << invalid
                                       << u"\"201\uFFFD555 0123\" is not a phone number: "_s + onlyDigits;
    QTest::newRow("newline inside") << u"201\n555 0123"_s << QString() << invalid
                                    << u"\"201\uFFFD555 0123\" is not a phone number: "_s + onlyDigits;
    QTest::newRow("65 digits") << QString(65, u'1') << QString() << invalid
                               << u"\"11111111111111111111111111111111\u2026\" is not a phone number: it is longer "
                                  "than 64 characters."_s;
}

void TestPhoneNumberParser::rejectsNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const PhoneNumberParser parser;
    const auto result = region.isEmpty() ? parser.parse(text) : parser.parse(text, region);
    QVERIFY2(!result.has_value(), qPrintable(u"accepted as "_s + result.value_or(PhoneNumber {}).e164));
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().message, message);
    QCOMPARE(result.error().httpStatus, 400);
    QCOMPARE(result.error().field, u"mobilePhone"_s);
}

void TestPhoneNumberParser::rejectsUnknownRegions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("message");
    QTest::newRow("XX") << u"XX"_s
                        << u"\"XX\" is not a country code known for phone numbers; choose a country from the list."_s;
    QTest::newRow("ZZ, libphonenumber's unknown region")
        << u"ZZ"_s << u"\"ZZ\" is not a country code known for phone numbers; choose a country from the list."_s;
    QTest::newRow("001, non-geographical entity")
        << u"001"_s << u"\"001\" is not a country code known for phone numbers; choose a country from the list."_s;
    QTest::newRow("country name") << u"Germany"_s
                                  << u"\"GERMANY\" is not a country code known for phone numbers; choose a country "
                                     "from the list."_s;
}

void TestPhoneNumberParser::rejectsUnknownRegions()
{
    QFETCH(QString, region);
    QFETCH(QString, message);
    const PhoneNumberParser parser;
    // Even a number with its country code: an unknown region is a broken selector, not a detail to skip.
    for (const QString& text : {u"+1 201 555 0123"_s, u"(201) 555-0123"_s, QString()}) {
        const auto result = parser.parse(text, region);
        TFK_VERIFY_ERROR(result, "[invalid]region");
        QCOMPARE(result.error().message, message);
        QCOMPARE(result.error().httpStatus, 400);
        QCOMPARE(result.error().field, u"region"_s);
    }
}

void TestPhoneNumberParser::unknownDefaultRegion()
{
    const PhoneNumberParser parser({.defaultRegion = u"XX"_s});
    TFK_VERIFY_ERROR(parser.parse(u"(201) 555-0123"_s), "[invalid]region");
    // An explicit, known region replaces the broken default; an empty one does not.
    TFK_VERIFY_OK(parser.parse(u"(201) 555-0123"_s, u"US"_s));
    TFK_VERIFY_ERROR(parser.parse(u"(201) 555-0123"_s, QString()), "[invalid]region");

    const PhoneNumberParser noDefault({.defaultRegion = QString()});
    const auto result = noDefault.parse(u"+1 201 555 0123"_s);
    TFK_VERIFY_ERROR(result, "[invalid]region");
    QCOMPARE(result.error().message, u"No country is selected for the phone number; choose one from the list."_s);
}

void TestPhoneNumberParser::twilioTestNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("international");
    // Twilio's magic "To" numbers: 0006 valid, 0001 invalid, 0002 unroutable, 0003 no international
    // permission, 0004 blocked, 0009 incapable of SMS.
    QTest::newRow("0006") << u"+15005550006"_s << u"+1 500-555-0006"_s;
    QTest::newRow("0001") << u"+1 500 555 0001"_s << u"+1 500-555-0001"_s;
    QTest::newRow("0009") << u"(500) 555-0009"_s << u"+1 500-555-0009"_s;
    QTest::newRow("0000") << u"+15005550000"_s << u"+1 500-555-0000"_s;
}

void TestPhoneNumberParser::twilioTestNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, international);

    const auto refused = PhoneNumberParser().parse(text);
    TFK_VERIFY_ERROR(refused, "[invalid]mobilePhone");
    QCOMPARE(refused.error().message, international + u" is a Twilio test number; it is accepted only in test mode."_s);

    const PhoneNumberParser testMode({.allowTestNumbers = true});
    const auto accepted = testMode.parse(text);
    TFK_VERIFY_OK(accepted);
    QCOMPARE(accepted->kind, PhoneNumberKind::TestNumber);
    QCOMPARE(accepted->regionCode, u"US"_s);
    QCOMPARE(accepted->countryCode, 1);
    QCOMPARE(accepted->international(), international);

    // The rest of +1 500 is real personal numbers (libphonenumber PERSONAL_NUMBER too): never test numbers.
    const auto personal = testMode.parse(u"+1 500 555 0123"_s);
    TFK_VERIFY_ERROR(personal, "[invalid]mobilePhone");
    QCOMPARE(personal.error().message,
             u"+1 500-555-0123 is a personal number that forwards calls to another phone; enter that mobile number "
             "instead."_s);
    TFK_VERIFY_ERROR(testMode.parse(u"+1 500 555 0010"_s), "[invalid]mobilePhone");
    // Test mode changes nothing else.
    TFK_VERIFY_ERROR(testMode.parse(u"+1 800 555 0199"_s), "[invalid]mobilePhone");
    TFK_VERIFY_ERROR(testMode.parse(u"555-555-5555"_s), "[invalid]mobilePhone");
}

void TestPhoneNumberParser::hugeInputIsAnsweredQuicklyAndShortly_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("10 kB of digits") << QString(10 * 1024, u'9');
    QTest::newRow("10 kB of letters") << QString(10 * 1024, u'a');
    QTest::newRow("10 kB of spaces, then a number") << QString(10 * 1024, u' ') + u"2015550123"_s;
    QTest::newRow("a number, then 10 kB of x") << u"2015550123"_s + QString(10 * 1024, u'x');
    QString emoji;
    for (int i = 0; i < 2560; ++i) {
        emoji += u"\U0001F4F1"_s;
    }
    QTest::newRow("10 kB of emoji") << emoji;
}

void TestPhoneNumberParser::hugeInputIsAnsweredQuicklyAndShortly()
{
    QFETCH(QString, text);
    const PhoneNumberParser parser;
    QElapsedTimer timer;
    timer.start();
    const auto result = parser.parse(text);
    // Generous for a sanitizer build; the real cost is microseconds.
    QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed()) + u" ms"_s));
    TFK_VERIFY_ERROR(result, "[invalid]mobilePhone");
    QVERIFY2(result.error().message.size() < 300, qPrintable(QString::number(result.error().message.size())));
    QVERIFY(result.error().message.contains(u'\u2026'));
    QVERIFY(result.error().message.endsWith(u"is not a phone number: it is longer than 64 characters."_s));
    // No broken surrogate pair in the shortened echo.
    QVERIFY(result.error().message.isValidUtf16());
}

void TestPhoneNumberParser::mask_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("us") << u"+12015550123"_s << u"+1 ... 0123"_s;
    QTest::newRow("uk") << u"+447911123456"_s << u"+44 ... 3456"_s;
    QTest::newRow("germany") << u"+4915123456789"_s << u"+49 ... 6789"_s;
    QTest::newRow("three-digit country code") << u"+353851234567"_s << u"+353 ... 4567"_s;
    QTest::newRow("invalid number, valid country code") << u"+15555555555"_s << u"+1 ... 5555"_s;
    QTest::newRow("iceland, 7-digit national number") << u"+3546112345"_s << u"+354 ... 45"_s;
    QTest::newRow("niue, 4-digit national number") << u"+6831234"_s << u"+683 ..."_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("garbage") << u"garbage"_s << u"..."_s;
    QTest::newRow("short digits") << u"12"_s << u"..."_s;
    QTest::newRow("five digits") << u"12345"_s << u"..."_s;
    QTest::newRow("national number") << u"2015550123"_s << u"...23"_s;
    QTest::newRow("formatted, not e164") << u"+1 201 555 0123"_s << u"...23"_s;
    QTest::newRow("unknown country code") << u"+9991234567890"_s << u"...90"_s;
    QTest::newRow("16 digits") << u"+1201555012345678"_s << u"...78"_s;
    QTest::newRow("leading zero") << u"+0123456789"_s << u"...89"_s;
    QTest::newRow("secret with digits") << u"password123"_s << u"..."_s;
    QTest::newRow("extension") << u"+12015550123 ext. 5"_s << u"..."_s;
    QTest::newRow("full-width digits") << u"\uFF0B\uFF11\uFF12\uFF10\uFF11\uFF15\uFF15\uFF15\uFF10\uFF11\uFF12\uFF13"_s
                                       << u"..."_s;
    QTest::newRow("plus alone") << u"+"_s << u"..."_s;
    QTest::newRow("10 kB of digits") << QString(10 * 1024, u'7') << u"...77"_s;
}

void TestPhoneNumberParser::mask()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(PhoneNumberParser::mask(input), masked);
}

void TestPhoneNumberParser::emptyPhoneNumber()
{
    const PhoneNumber empty;
    QCOMPARE(empty.international(), QString());
    QCOMPARE(empty.masked(), QString());
    const PhoneNumber garbage {u"not a number"_s, QString(), 0, PhoneNumberKind::Mobile};
    QCOMPARE(garbage.international(), u"not a number"_s);
    QCOMPARE(garbage.masked(), u"..."_s);
}

void TestPhoneNumberParser::supportedRegions()
{
    const QList<QPair<QString, int>> regions = PhoneNumberParser::supportedRegions();
    QVERIFY2(regions.size() > 200, qPrintable(QString::number(regions.size())));
    QVERIFY(regions.contains(qMakePair(u"US"_s, 1)));
    QVERIFY(regions.contains(qMakePair(u"DE"_s, 49)));
    QVERIFY(regions.contains(qMakePair(u"GB"_s, 44)));
    QVERIFY(regions.contains(qMakePair(u"CA"_s, 1)));
    QVERIFY(regions.contains(qMakePair(u"JP"_s, 81)));
    QCOMPARE(regions.first(), qMakePair(u"AF"_s, 93)); // Afghanistan
    QCOMPARE(regions.last(), qMakePair(u"ZW"_s, 263)); // Zimbabwe

    const auto indexOf = [&regions](const QString& code) {
        for (qsizetype i = 0; i < regions.size(); ++i) {
            if (regions[i].first == code) {
                return i;
            }
        }
        return qsizetype(-1);
    };
    // Germany < United Kingdom < United States < Uruguay: by name, not by code.
    QVERIFY(indexOf(u"DE"_s) < indexOf(u"GB"_s));
    QVERIFY(indexOf(u"GB"_s) < indexOf(u"US"_s));
    QVERIFY(indexOf(u"US"_s) < indexOf(u"UY"_s));

    const QCollator english(QLocale(QLocale::English, QLocale::UnitedStates));
    for (qsizetype i = 1; i < regions.size(); ++i) {
        const QString before = QLocale::territoryToString(QLocale::codeToTerritory(regions[i - 1].first));
        const QString after = QLocale::territoryToString(QLocale::codeToTerritory(regions[i].first));
        QVERIFY2(english.compare(before, after) <= 0, qPrintable(before + u" > "_s + after));
    }
    // Each region once.
    QSet<QString> codes;
    for (const auto& region : regions) {
        QVERIFY2(!codes.contains(region.first), qPrintable(region.first));
        codes.insert(region.first);
        QVERIFY(region.second > 0);
    }
}

void TestPhoneNumberParser::isSupportedRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("supported");
    QTest::newRow("US") << u"US"_s << true;
    QTest::newRow("us") << u"us"_s << true;
    QTest::newRow("GB") << u"GB"_s << true;
    QTest::newRow("GG") << u"GG"_s << true;
    QTest::newRow("DE with spaces") << u" DE "_s << true;
    QTest::newRow("XX") << u"XX"_s << false;
    QTest::newRow("ZZ") << u"ZZ"_s << false;
    QTest::newRow("UK is not ISO 3166") << u"UK"_s << false;
    QTest::newRow("001") << u"001"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("USA") << u"USA"_s << false;
}

void TestPhoneNumberParser::isSupportedRegion()
{
    QFETCH(QString, region);
    QFETCH(bool, supported);
    QCOMPARE(PhoneNumberParser().isSupportedRegion(region), supported);
}

QTEST_GUILESS_MAIN(TestPhoneNumberParser)
#include "tst_phonenumberparser.moc"
