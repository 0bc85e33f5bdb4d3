// Segment counting against cases worked out by hand from the GSM 03.38 tables and the carriers' limits
// (GSM-7: 160 septets alone, 153 per part; UCS-2: 70 UTF-16 units alone, 67 per part).

#include "sms/SmsSegments.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

class TestSmsSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void analysis_data();
    void analysis();
    void encoding();
    void septets();
    void wholeBasicTableIsGsm7();
};

namespace {

const QString kEmoji = u"😀"_s; // U+1F600: two UTF-16 units

} // namespace

void TestSmsSegments::counts_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("segments");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("the kiosk's code") << u"Two Factor Code: 123456"_s << 1;
    // GSM-7 without extension characters: 160 fit, 161 split into 153 + 8.
    QTest::newRow("gsm 160") << QString(160, u'a') << 1;
    QTest::newRow("gsm 161") << QString(161, u'a') << 2;
    QTest::newRow("gsm 306 = 2 x 153") << QString(306, u'a') << 2;
    QTest::newRow("gsm 307") << QString(307, u'a') << 3;
    QTest::newRow("gsm 459 = 3 x 153") << QString(459, u'a') << 3;
    QTest::newRow("gsm 460") << QString(460, u'a') << 4;
    QTest::newRow("gsm accents are gsm") << QString(160, u'é') << 1;
    // With extension characters (two septets each): 158 + one '{' is 160 septets, + one more 'a' 161.
    QTest::newRow("gsm 158 + { = 160 septets") << QString(QString(158, u'a') + u'{') << 1;
    QTest::newRow("gsm 159 + { = 161 septets") << QString(QString(159, u'a') + u'{') << 2;
    QTest::newRow("euro 80 = 160 septets") << QString(80, u'€') << 1;
    QTest::newRow("euro 81 = 162 septets") << QString(81, u'€') << 2;
    // 153 septets a part: 76 euros (152) + one 'a' fill part one exactly; 76 + 1 more euro in part two.
    QTest::newRow("euro split 153 + 153") << QString(QString(76, u'€') + u'a' + QString(76, u'€') + u'a') << 2;
    // 152 + (2) does not fit 153: the escape pair starts part two, and one 'a' is left for part three.
    QTest::newRow("escape pair never split") << QString(QString(152, u'a') + u'€' + QString(152, u'a')) << 3;
    // UCS-2: 70 fit, 71 split into 67 + 4.
    QTest::newRow("ucs2 70") << QString(70, u'ą') << 1;
    QTest::newRow("ucs2 71") << QString(71, u'ą') << 2;
    QTest::newRow("ucs2 134 = 2 x 67") << QString(134, u'ą') << 2;
    QTest::newRow("ucs2 135") << QString(135, u'ą') << 3;
    QTest::newRow("ucs2 201 = 3 x 67") << QString(201, u'ą') << 3;
    // One 'ó' among GSM characters makes the whole text UCS-2: 69 + 'ó' = 70, + 1 = 71.
    QTest::newRow("one ó in 70") << QString(QString(69, u'a') + u'ó') << 1;
    QTest::newRow("one ó in 71") << QString(QString(70, u'a') + u'ó') << 2;
    // Emoji: two UTF-16 units each.
    QTest::newRow("35 emoji = 70 units") << kEmoji.repeated(35) << 1;
    QTest::newRow("36 emoji = 72 units") << kEmoji.repeated(36) << 2;
    QTest::newRow("69 a + emoji = 71 units") << QString(QString(69, u'a') + kEmoji) << 2;
    QTest::newRow("68 a + emoji = 70 units") << QString(QString(68, u'a') + kEmoji) << 1;
    // 66 units, then the pair does not fit 67: part two holds it and 65 more, part three the last one.
    QTest::newRow("surrogate pair never split") << QString(QString(66, u'a') + kEmoji + QString(66, u'a')) << 3;
}

void TestSmsSegments::counts()
{
    QFETCH(QString, body);
    QFETCH(int, segments);
    QCOMPARE(SmsSegments::count(body), segments);
    QCOMPARE(SmsSegments::analyze(body).segments, segments);
}

void TestSmsSegments::analysis_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("units");
    QTest::addColumn<QString>("forcedBy");

    const int gsm = int(SmsSegments::Encoding::Gsm7);
    const int ucs2 = int(SmsSegments::Encoding::Ucs2);
    QTest::newRow("english default") << u"Two Factor Code: 12345678"_s << gsm << 25 << QString();
    QTest::newRow("german default") << u"Zwei-Faktor-Code: 12345678"_s << gsm << 26 << QString();
    QTest::newRow("spanish default") << u"Código de doble factor: 12345678"_s << ucs2 << 32 << u"ó"_s;
    QTest::newRow("german quotes") << u"Ihr „Code“: 1"_s << ucs2 << 13 << u"„"_s;
    QTest::newRow("extension counts twice") << u"[1] {2}"_s << gsm << 11 << QString();
    QTest::newRow("emoji is the reason, whole") << u"ok 😀 ó"_s << ucs2 << 7 << kEmoji;
    QTest::newRow("tab is not gsm") << u"a\tb"_s << ucs2 << 3 << u"\t"_s;
    QTest::newRow("lower-case ç is not gsm") << u"Ç ç"_s << ucs2 << 3 << u"ç"_s;
}

void TestSmsSegments::analysis()
{
    QFETCH(QString, body);
    QFETCH(int, encoding);
    QFETCH(int, units);
    QFETCH(QString, forcedBy);
    const SmsSegments::Analysis result = SmsSegments::analyze(body);
    QCOMPARE(int(result.encoding), encoding);
    QCOMPARE(result.units, units);
    QCOMPARE(result.forcedBy, forcedBy);
    QCOMPARE(result.segments, 1);
}

void TestSmsSegments::encoding()
{
    QCOMPARE(SmsSegments::encodingFor(u"Hello @ £5, ok? {x}"_s), SmsSegments::Encoding::Gsm7);
    QCOMPARE(SmsSegments::encodingFor(u"Привет"_s), SmsSegments::Encoding::Ucs2);
    QCOMPARE(SmsSegments::encodingFor(u"ç"_s), SmsSegments::Encoding::Ucs2); // only upper-case Ç is GSM-7
    QCOMPARE(SmsSegments::encodingName(SmsSegments::Encoding::Gsm7), u"GSM-7"_s);
    QCOMPARE(SmsSegments::encodingName(SmsSegments::Encoding::Ucs2), u"UCS-2"_s);
}

void TestSmsSegments::septets()
{
    QCOMPARE(SmsSegments::septets(u"abc"_s), 3);
    QCOMPARE(SmsSegments::septets(u"{}"_s), 4);
    QCOMPARE(SmsSegments::septets(u"€\f"_s), 4);
    QCOMPARE(SmsSegments::septets(u"^~\\|[]"_s), 12);
}

void TestSmsSegments::wholeBasicTableIsGsm7()
{
    // GSM 03.38's 128 basic positions, 0x1B (the escape) left out, typed from the standard's table.
    const QString table = u"@£$¥èéùìòÇ\nØø\rÅå"
                          u"Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
                          u" !\"#¤%&'()*+,-./"
                          u"0123456789:;<=>?"
                          u"¡ABCDEFGHIJKLMNO"
                          u"PQRSTUVWXYZÄÖÑÜ§"
                          u"¿abcdefghijklmno"
                          u"pqrstuvwxyzäöñüà"_s;
    QCOMPARE(table.size(), 127);
    const SmsSegments::Analysis result = SmsSegments::analyze(table);
    QCOMPARE(result.encoding, SmsSegments::Encoding::Gsm7);
    QCOMPARE(result.units, 127);
    QCOMPARE(result.forcedBy, QString());
}

QTEST_GUILESS_MAIN(TestSmsSegments)
#include "tst_smssegments.moc"
