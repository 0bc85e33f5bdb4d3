#include "crypto/ConstantTime.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestConstantTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparesEqualValues();
    void detectsADifferenceAnywhere();
    void differentLengthsNeverMatch();
};

void TestConstantTime::comparesEqualValues()
{
    QVERIFY(tfk::constantTimeEquals("123456"_ba, "123456"_ba));
    QVERIFY(tfk::constantTimeEquals(QByteArray(), QByteArray()));
}

void TestConstantTime::detectsADifferenceAnywhere()
{
    const QByteArray reference = "12345678"_ba;
    for (qsizetype i = 0; i < reference.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray changed = reference;
            changed[i] = char(changed[i] ^ (1 << bit));
            QVERIFY2(!tfk::constantTimeEquals(reference, changed), qPrintable(u"byte %1 bit %2"_s.arg(i).arg(bit)));
        }
    }
}

void TestConstantTime::differentLengthsNeverMatch()
{
    QVERIFY(!tfk::constantTimeEquals("12345"_ba, "123456"_ba));
    QVERIFY(!tfk::constantTimeEquals("123456"_ba, QByteArray()));
}

QTEST_GUILESS_MAIN(TestConstantTime)
#include "tst_constanttime.moc"
