#include "ResultAssertions.h"
#include "auth/TwoFactorRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tfk::TwoFactorRules;

class TestTwoFactorRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreThePeersDefaults();
    void rejectsOutOfRangeValues_data();
    void rejectsOutOfRangeValues();
    void rendersTheSmsTemplate();
};

void TestTwoFactorRules::defaultsAreThePeersDefaults()
{
    const TwoFactorRules rules;
    TFK_VERIFY_OK(rules.validate());
    QCOMPARE(rules.lookBehindSteps, 1);
    QCOMPARE(rules.lookAheadSteps, 1);
    QCOMPARE(rules.challengeLifetimeSeconds, qint64(300));
    QCOMPARE(rules.maxWrongCodes, 5);
    QCOMPARE(rules.sendCooldownSeconds, qint64(30));
    QCOMPARE(rules.maxSendsPerPhone, 5);
    QCOMPARE(rules.phoneSendWindowSeconds, qint64(600));
    QCOMPARE(rules.maxPasswordFailures, 5);
    QCOMPARE(rules.passwordFailureWindowSeconds, qint64(60));
    QCOMPARE(rules.lockoutSeconds, qint64(180));
    QCOMPARE(rules.trustLifetimeSeconds, qint64(30 * 86400));
}

void TestTwoFactorRules::rejectsOutOfRangeValues_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("code");
    QTest::newRow("look-behind 11") << 0 << u"[invalid]lookBehindSteps"_s;
    QTest::newRow("negative look-ahead") << 1 << u"[invalid]lookAheadSteps"_s;
    QTest::newRow("zero wrong codes") << 2 << u"[invalid]maxWrongCodes"_s;
    QTest::newRow("template without code") << 3 << u"[invalid]smsTemplate"_s;
    QTest::newRow("huge template") << 4 << u"[tooLong]smsTemplate"_s;
}

void TestTwoFactorRules::rejectsOutOfRangeValues()
{
    QFETCH(int, which);
    QFETCH(QString, code);
    TwoFactorRules rules;
    switch (which) {
    case 0:
        rules.lookBehindSteps = 11;
        break;
    case 1:
        rules.lookAheadSteps = -1;
        break;
    case 2:
        rules.maxWrongCodes = 0;
        break;
    case 3:
        rules.smsTemplate = u"Your code"_s;
        break;
    default:
        rules.smsTemplate = u"{code}"_s + QString(1000, u'x');
        break;
    }
    const auto valid = rules.validate();
    QVERIFY(!valid.has_value());
    QCOMPARE(valid.error().code, code);
    QCOMPARE(valid.error().httpStatus, 400);
}

void TestTwoFactorRules::rendersTheSmsTemplate()
{
    TwoFactorRules rules;
    QCOMPARE(rules.renderSms(u"123456"_s), u"Two Factor Code: 123456"_s);
    rules.smsTemplate = u"{code} is your Acme code. {code}"_s;
    QCOMPARE(rules.renderSms(u"000042"_s), u"000042 is your Acme code. 000042"_s);
}

QTEST_GUILESS_MAIN(TestTwoFactorRules)
#include "tst_twofactorrules.moc"
