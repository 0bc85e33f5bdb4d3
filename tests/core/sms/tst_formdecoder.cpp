#include "ResultAssertions.h"
#include "sms/sink/FormDecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

using Fields = FormDecoder::Fields;

class TestFormDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void firstValueWins();
};

void TestFormDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Fields>("expected");

    QTest::newRow("encoded plus") << "To=%2B15005550006&Body=Hi"_ba
                                  << Fields {{u"To"_s, u"+15005550006"_s}, {u"Body"_s, u"Hi"_s}};
    // The pitfall the sink exists to catch: a raw '+' is a space.
    QTest::newRow("raw plus is a space") << "To=+15005550006"_ba << Fields {{u"To"_s, u" 15005550006"_s}};
    QTest::newRow("plus then escape") << "Body=Hello+World%21"_ba << Fields {{u"Body"_s, u"Hello World!"_s}};
    // '+' becomes a space before percent-decoding, so an escaped %2B stays a plus.
    QTest::newRow("escaped plus next to raw plus") << "k=%2B+%2B"_ba << Fields {{u"k"_s, u"+ +"_s}};
    QTest::newRow("lower-case hex") << "k=%2b"_ba << Fields {{u"k"_s, u"+"_s}};
    QTest::newRow("utf-8 euro") << "k=%E2%82%AC"_ba << Fields {{u"k"_s, u"€"_s}};
    QTest::newRow("escaped key") << "%41=1"_ba << Fields {{u"A"_s, u"1"_s}};
    QTest::newRow("empty value") << "a="_ba << Fields {{u"a"_s, QString()}};
    QTest::newRow("equals in value") << "a=b=c"_ba << Fields {{u"a"_s, u"b=c"_s}};
    QTest::newRow("empty pairs skipped") << "a=1&&b=2&"_ba << Fields {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}};
    QTest::newRow("duplicates kept in order") << "a=1&a=2"_ba << Fields {{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}};
    QTest::newRow("empty body") << QByteArray() << Fields {};
    QTest::newRow("escaped newline") << "Body=line1%0Aline2"_ba << Fields {{u"Body"_s, u"line1\nline2"_s}};
}

void TestFormDecoder::decodes()
{
    QFETCH(QByteArray, body);
    QFETCH(Fields, expected);
    const auto decoded = FormDecoder::decode(body);
    TFK_VERIFY_OK(decoded);
    QCOMPARE(*decoded, expected);
}

void TestFormDecoder::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("where");

    QTest::newRow("bad escape") << "To=%zz"_ba << u"at byte 3."_s;
    QTest::newRow("short escape") << "To=%2"_ba << u"at byte 3."_s;
    QTest::newRow("lone percent") << "a=1&b=%"_ba << u"at byte 6."_s;
    QTest::newRow("no equals") << "novalue"_ba << u"at byte 0."_s;
    QTest::newRow("second pair without equals") << "a=1&b"_ba << u"at byte 4."_s;
    QTest::newRow("empty name") << "=x"_ba << u"at byte 0."_s;
    QTest::newRow("raw space") << "k=a b"_ba << u"at byte 3."_s;
    QTest::newRow("raw high byte") << "k=\xff"_ba << u"at byte 2."_s;
    QTest::newRow("raw NUL") << QByteArray("k=\0x", 4) << u"at byte 2."_s;
    QTest::newRow("binary junk") << "\x01\x02\xfe\xff"_ba << u"at byte 0."_s;
    QTest::newRow("escaped invalid utf-8") << "k=%FF%FE"_ba << u"at byte 2."_s;
}

void TestFormDecoder::rejectsMalformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, where);
    const auto decoded = FormDecoder::decode(body);
    TFK_VERIFY_ERROR(decoded, "[MalformedForm]");
    QCOMPARE(decoded.error().httpStatus, 400);
    QVERIFY2(decoded.error().message.endsWith(where), qPrintable(decoded.error().message));
}

void TestFormDecoder::firstValueWins()
{
    const auto decoded = FormDecoder::decode("To=%2B1&To=%2B2&Body=x");
    TFK_VERIFY_OK(decoded);
    QCOMPARE(FormDecoder::value(*decoded, u"To"), std::optional<QString>(u"+1"_s));
    QCOMPARE(FormDecoder::value(*decoded, u"Body"), std::optional<QString>(u"x"_s));
    // Twilio's parameter names are case-sensitive.
    QCOMPARE(FormDecoder::value(*decoded, u"to"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestFormDecoder)
#include "tst_formdecoder.moc"
