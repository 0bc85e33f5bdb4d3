#include "totp/Base32.h"

#include "ResultAssertions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tfk::Base32;

class TestBase32 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesRfc4648Vectors_data();
    void encodesRfc4648Vectors();
    void decodesRfc4648Vectors_data() { encodesRfc4648Vectors_data(); }
    void decodesRfc4648Vectors();
    void decodesWithoutPaddingAndInLowerCase_data() { encodesRfc4648Vectors_data(); }
    void decodesWithoutPaddingAndInLowerCase();
    void encodesTheTutorialSecret();
    void roundTripsEveryByteValue();
    void rejectsInvalidText_data();
    void rejectsInvalidText();
};

void TestBase32::encodesRfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QString>("padded");
    // RFC 4648 section 10.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << "f"_ba << u"MY======"_s;
    QTest::newRow("fo") << "fo"_ba << u"MZXQ===="_s;
    QTest::newRow("foo") << "foo"_ba << u"MZXW6==="_s;
    QTest::newRow("foob") << "foob"_ba << u"MZXW6YQ="_s;
    QTest::newRow("fooba") << "fooba"_ba << u"MZXW6YTB"_s;
    QTest::newRow("foobar") << "foobar"_ba << u"MZXW6YTBOI======"_s;
}

void TestBase32::encodesRfc4648Vectors()
{
    QFETCH(QByteArray, plain);
    QFETCH(QString, padded);
    QCOMPARE(Base32::encode(plain, Base32::Padding::Include), padded);
    QString unpadded = padded;
    unpadded.remove(u'=');
    QCOMPARE(Base32::encode(plain), unpadded);
}

void TestBase32::decodesRfc4648Vectors()
{
    QFETCH(QByteArray, plain);
    QFETCH(QString, padded);
    const auto decoded = Base32::decode(padded);
    TFK_VERIFY_OK(decoded);
    QCOMPARE(*decoded, plain);
}

void TestBase32::decodesWithoutPaddingAndInLowerCase()
{
    QFETCH(QByteArray, plain);
    QFETCH(QString, padded);
    QString text = padded.toLower();
    text.remove(u'=');
    const auto decoded = Base32::decode(text);
    TFK_VERIFY_OK(decoded);
    QCOMPARE(*decoded, plain);
}

void TestBase32::encodesTheTutorialSecret()
{
    // FusionAuth's tutorial: secret -> secretBase32Encoded.
    QCOMPARE(Base32::encode("8MJJfCY4ERBtotvenSc3"_ba), u"HBGUUSTGINMTIRKSIJ2G65DWMVXFGYZT"_s);
    QCOMPARE(Base32::decode(u"HBGUUSTGINMTIRKSIJ2G65DWMVXFGYZT").value(), "8MJJfCY4ERBtotvenSc3"_ba);
}

void TestBase32::roundTripsEveryByteValue()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i) {
        all.append(char(i));
    }
    for (int length = 0; length <= all.size(); length += 7) {
        const QByteArray slice = all.left(length);
        QCOMPARE(Base32::decode(Base32::encode(slice)).value(), slice);
        QCOMPARE(Base32::decode(Base32::encode(slice, Base32::Padding::Include)).value(), slice);
    }
}

void TestBase32::rejectsInvalidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("digit 1") << u"MZXW1YTB"_s << u"'1' at position 5"_s;
    QTest::newRow("digit 0") << u"0ZXW6YTB"_s << u"'0' at position 1"_s;
    QTest::newRow("digit 8") << u"MZXW6YT8"_s << u"'8' at position 8"_s;
    QTest::newRow("space") << u"MZXW 6YTB"_s << u"' ' at position 5"_s;
    QTest::newRow("base64 char") << u"MZXW6YT+"_s << u"'+' at position 8"_s;
    QTest::newRow("non-ascii") << u"MZXWÄYTB"_s << u"'Ä' at position 5"_s;
    QTest::newRow("padding inside") << u"MY======MY======"_s << u"'=' at position 3"_s;
    QTest::newRow("impossible length 1") << u"M"_s << u"no base32 encoding"_s;
    QTest::newRow("impossible length 3") << u"MZX"_s << u"no base32 encoding"_s;
    QTest::newRow("impossible length 6") << u"MZXW6Y"_s << u"no base32 encoding"_s;
    QTest::newRow("padding to odd length") << u"MY====="_s << u"padding"_s;
    QTest::newRow("seven pads") << u"M======="_s << u"padding"_s;
}

void TestBase32::rejectsInvalidText()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const auto decoded = Base32::decode(text);
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, u"[invalid]base32"_s);
    QVERIFY2(decoded.error().message.contains(messagePart), qPrintable(decoded.error().message));
}

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
