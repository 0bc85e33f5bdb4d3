// Twilio's rules for a From (shared/reference/twilio-messages.md, "Senders and segments"): an E.164
// number, a short code of 5 or 6 digits, or an alphanumeric sender ID of at most 11 ASCII letters,
// digits and spaces with at least one letter, which +1 destinations do not take.

#include "ResultAssertions.h"
#include "sms/SenderId.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

Q_DECLARE_METATYPE(tfk::SenderId::Kind)

class TestSenderId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessKind_data();
    void guessKind();
    void validation_data();
    void validation();
    void kindChosenOnPurpose_data();
    void kindChosenOnPurpose();
    void destinations_data();
    void destinations();
};

void TestSenderId::guessKind_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<SenderId::Kind>("kind");
    QTest::newRow("e164") << u"+15005550006"_s << SenderId::Kind::PhoneNumber;
    QTest::newRow("plus garbage") << u"+ACME"_s << SenderId::Kind::PhoneNumber;
    QTest::newRow("5 digits") << u"12345"_s << SenderId::Kind::ShortCode;
    QTest::newRow("4 digits") << u"1234"_s << SenderId::Kind::ShortCode;
    QTest::newRow("10 digits: a number without +") << u"5005550006"_s << SenderId::Kind::PhoneNumber;
    QTest::newRow("letters") << u"ACME IT"_s << SenderId::Kind::Alphanumeric;
    QTest::newRow("digits and a space") << u"1234 5678"_s << SenderId::Kind::Alphanumeric;
}

void TestSenderId::guessKind()
{
    QFETCH(QString, from);
    QFETCH(SenderId::Kind, kind);
    QCOMPARE(SenderId::guessKind(from), kind);
}

void TestSenderId::validation_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("sentence"); // empty: valid

    // Valid ones of each kind.
    QTest::newRow("e164 us") << u"+15005550006"_s << QString();
    QTest::newRow("e164 uk") << u"+447700900123"_s << QString();
    QTest::newRow("e164 15 digits") << u"+123456789012345"_s << QString();
    QTest::newRow("short code 5") << u"12345"_s << QString();
    QTest::newRow("short code 6") << u"123456"_s << QString();
    QTest::newRow("alnum with space") << u"ACME IT"_s << QString();
    QTest::newRow("alnum 11") << u"HelpdeskABC"_s << QString();
    QTest::newRow("alnum one letter") << u"A"_s << QString();
    QTest::newRow("alnum digits and a letter") << u"2FA 123"_s << QString();
    QTest::newRow("alnum lower case") << u"acme"_s << QString();

    // Numbers.
    const QString e164 = u"The From number must be in E.164 form: + and the country code, e.g. +15005550006."_s;
    QTest::newRow("number without +") << u"5005550006"_s << e164;
    QTest::newRow("leading zero") << u"+05005550006"_s << e164;
    QTest::newRow("16 digits") << u"+1234567890123456"_s << e164;
    QTest::newRow("spaces in a number") << u"+1 500 555 0006"_s << e164;
    QTest::newRow("plus alone") << u"+"_s << e164;

    // Short codes.
    QTest::newRow("short code 4") << u"1234"_s << u"A short code has 5 or 6 digits; 1234 has 4."_s;

    // Alphanumeric sender IDs, one sentence for each way to be wrong.
    QTest::newRow("alnum 12") << u"Helpdesk ABC"_s
                              << u"An alphanumeric sender ID has at most 11 characters; \"Helpdesk ABC\" has 12."_s;
    QTest::newRow("alnum hyphen") << u"ACME-IT"_s
                                  << u"An alphanumeric sender ID may hold only the letters A to Z (upper or lower "
                                     "case), the digits 0 to 9 and spaces; \"ACME-IT\" holds \"-\"."_s;
    QTest::newRow("alnum accent") << u"Bücherei"_s
                                  << u"An alphanumeric sender ID may hold only the letters A to Z (upper or lower "
                                     "case), the digits 0 to 9 and spaces; \"Bücherei\" holds \"ü\"."_s;
    QTest::newRow("alnum ampersand") << u"A&B"_s
                                     << u"An alphanumeric sender ID may hold only the letters A to Z (upper or lower "
                                        "case), the digits 0 to 9 and spaces; \"A&B\" holds \"&\"."_s;
    QTest::newRow("alnum emoji") << u"IT 😀"_s
                                 << u"An alphanumeric sender ID may hold only the letters A to Z (upper or lower "
                                    "case), the digits 0 to 9 and spaces; \"IT 😀\" holds \"😀\"."_s;
    QTest::newRow("alnum bad character before length") << u"ACME_HELPDESK"_s
                                                       << u"An alphanumeric sender ID may hold only the letters A to "
                                                          "Z (upper or lower case), the digits 0 to 9 and spaces; "
                                                          "\"ACME_HELPDESK\" holds \"_\"."_s;
    QTest::newRow("alnum no letter")
        << u"1234 5678"_s << u"An alphanumeric sender ID needs at least one letter; \"1234 5678\" has none."_s;
}

void TestSenderId::validation()
{
    QFETCH(QString, from);
    QFETCH(QString, sentence);
    const auto valid = SenderId::validate(from);
    if (sentence.isEmpty()) {
        TFK_VERIFY_OK(valid);
        return;
    }
    TFK_VERIFY_ERROR(valid, "[invalid]from");
    QCOMPARE(valid.error().message, sentence);
    QCOMPARE(valid.error().field, u"from"_s);
}

void TestSenderId::kindChosenOnPurpose_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<SenderId::Kind>("kind");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("short code with a letter")
        << u"1234A"_s << SenderId::Kind::ShortCode << u"A short code is digits only: \"1234A\" holds \"A\"."_s;
    QTest::newRow("short code 7") << u"1234567"_s << SenderId::Kind::ShortCode
                                  << u"A short code has 5 or 6 digits; 1234567 has 7."_s;
    QTest::newRow("number typed as alnum") << u"+15005550006"_s << SenderId::Kind::Alphanumeric
                                           << u"An alphanumeric sender ID may hold only the letters A to Z (upper or "
                                              "lower case), the digits 0 to 9 and spaces; \"+15005550006\" holds "
                                              "\"+\"."_s;
    QTest::newRow("alnum typed as number") << u"ACME IT"_s << SenderId::Kind::PhoneNumber
                                           << u"The From number must be in E.164 form: + and the country code, e.g. "
                                              "+15005550006."_s;
    QTest::newRow("digits as alnum") << u"12345"_s << SenderId::Kind::Alphanumeric
                                     << u"An alphanumeric sender ID needs at least one letter; \"12345\" has none."_s;
}

void TestSenderId::kindChosenOnPurpose()
{
    QFETCH(QString, from);
    QFETCH(SenderId::Kind, kind);
    QFETCH(QString, sentence);
    const auto valid = SenderId::validate(from, kind);
    TFK_VERIFY_ERROR(valid, "[invalid]from");
    QCOMPARE(valid.error().message, sentence);
}

void TestSenderId::destinations_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("takesAlphanumeric");
    QTest::newRow("united states") << u"+12015550123"_s << false;
    QTest::newRow("canada") << u"+14165550123"_s << false;
    QTest::newRow("puerto rico") << u"+17875550123"_s << false;
    QTest::newRow("united kingdom") << u"+447700900123"_s << true;
    QTest::newRow("germany") << u"+4915123456789"_s << true;
    QTest::newRow("spain") << u"+34612345678"_s << true;
    QTest::newRow("mexico (+52, not +1)") << u"+525512345678"_s << true;
}

void TestSenderId::destinations()
{
    QFETCH(QString, to);
    QFETCH(bool, takesAlphanumeric);
    QCOMPARE(SenderId::takesAlphanumeric(to), takesAlphanumeric);
    QCOMPARE(SenderId::alphanumericBlockedPrefixes(), QStringList {u"+1"_s});
}

QTEST_GUILESS_MAIN(TestSenderId)
#include "tst_senderid.moc"
