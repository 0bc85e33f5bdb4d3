#include "sms/sink/SmsSegments.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

class TestSmsSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void encoding();
    void septets();
};

void TestSmsSegments::counts_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("segments");

    const QString emoji = u"😀"_s; // two UTF-16 units
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("the kiosk's code") << u"Two Factor Code: 123456"_s << 1;
    QTest::newRow("gsm 160") << QString(160, u'a') << 1;
    QTest::newRow("gsm 161") << QString(161, u'a') << 2;
    QTest::newRow("gsm 306 = 2 x 153") << QString(306, u'a') << 2;
    QTest::newRow("gsm 307") << QString(307, u'a') << 3;
    QTest::newRow("gsm accents are gsm") << QString(160, u'é') << 1;
    QTest::newRow("euro 80 = 160 septets") << QString(80, u'€') << 1;
    QTest::newRow("euro 81 = 162 septets") << QString(81, u'€') << 2;
    // 152 + (2) does not fit 153: the escape pair starts part two, and one 'a' is left for part three.
    QTest::newRow("escape pair never split") << QString(QString(152, u'a') + u'€' + QString(152, u'a')) << 3;
    QTest::newRow("ucs2 70") << QString(70, u'ą') << 1;
    QTest::newRow("ucs2 71") << QString(71, u'ą') << 2;
    QTest::newRow("ucs2 134 = 2 x 67") << QString(134, u'ą') << 2;
    QTest::newRow("ucs2 135") << QString(135, u'ą') << 3;
    QTest::newRow("35 emoji = 70 units") << emoji.repeated(35) << 1;
    QTest::newRow("36 emoji = 72 units") << emoji.repeated(36) << 2;
    // 66 units, then the pair does not fit 67: part two holds it and 65 more, part three the last one.
    QTest::newRow("surrogate pair never split") << QString(QString(66, u'a') + emoji + QString(66, u'a')) << 3;
}

void TestSmsSegments::counts()
{
    QFETCH(QString, body);
    QFETCH(int, segments);
    QCOMPARE(SmsSegments::count(body), segments);
}

void TestSmsSegments::encoding()
{
    QCOMPARE(SmsSegments::encodingFor(u"Hello @ £5, ok? {x}"_s), SmsSegments::Encoding::Gsm7);
    QCOMPARE(SmsSegments::encodingFor(u"Привет"_s), SmsSegments::Encoding::Ucs2);
    QCOMPARE(SmsSegments::encodingFor(u"ç"_s), SmsSegments::Encoding::Ucs2); // only upper-case Ç is GSM-7
}

void TestSmsSegments::septets()
{
    QCOMPARE(SmsSegments::septets(u"abc"_s), 3);
    QCOMPARE(SmsSegments::septets(u"{}"_s), 4);
    QCOMPARE(SmsSegments::septets(u"€\f"_s), 4);
}

QTEST_GUILESS_MAIN(TestSmsSegments)
#include "tst_smssegments.moc"
