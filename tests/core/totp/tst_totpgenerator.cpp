#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "totp/TotpGenerator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tfk::HashAlgorithm;
using tfk::TotpGenerator;
using tfk::TotpParameters;
using tfk::VerificationWindow;

Q_DECLARE_METATYPE(tfk::HashAlgorithm)

namespace {

// RFC 6238's reference code uses a key of the hash's output length for each algorithm.
QByteArray rfc6238Key(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha256:
        return "12345678901234567890123456789012"_ba;
    case HashAlgorithm::Sha512:
        return "1234567890123456789012345678901234567890123456789012345678901234"_ba;
    case HashAlgorithm::Sha1:
        break;
    }
    return "12345678901234567890"_ba;
}

TotpGenerator makeGenerator(const QByteArray& key, TotpParameters parameters = {})
{
    auto generator = TotpGenerator::create(key, parameters);
    if (!generator) {
        qFatal("cannot create a generator: %s", qPrintable(generator.error().message));
    }
    return std::move(*generator);
}

const QByteArray kTutorialKey = "8MJJfCY4ERBtotvenSc3"_ba;

} // namespace

class TestTotpGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TFK_REQUIRE_QCA(m_qca); }

    void hotpRfc4226_data();
    void hotpRfc4226();
    void totpRfc6238_data();
    void totpRfc6238();
    void sixDigitCodesAreZeroPadded_data();
    void sixDigitCodesAreZeroPadded();
    void tutorialSecretCodes_data();
    void tutorialSecretCodes();
    void stepArithmeticUses64BitTime();
    void stepArithmeticHonoursT0AndStep();
    void rejectsInvalidParameters_data();
    void rejectsInvalidParameters();

    void verifyReturnsTheMatchedStep();
    void verifyWindowEdges_data();
    void verifyWindowEdges();
    void verifyLookBehindForSlowSms();
    void verifyRejectsMalformedCodes_data();
    void verifyRejectsMalformedCodes();
    void verifyRejectsOutOfRangeWindows();
    void verifyDoesNotMatchBeforeStepZero();
    void generatorIsReusableAcrossKeys();

private:
    tfk::test::QcaTestEnvironment m_qca;
};

void TestTotpGenerator::hotpRfc4226_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("code");
    const char* codes[]
        = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"};
    for (quint64 i = 0; i < 10; ++i) {
        QTest::addRow("count %llu", i) << i << QString::fromLatin1(codes[i]);
    }
}

void TestTotpGenerator::hotpRfc4226()
{
    QFETCH(quint64, counter);
    QFETCH(QString, code);
    auto generator = makeGenerator("12345678901234567890"_ba);
    QCOMPARE(generator.hotp(counter), code);
}

void TestTotpGenerator::totpRfc6238_data()
{
    QTest::addColumn<HashAlgorithm>("algorithm");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    struct Row
    {
        qint64 time;
        const char* sha1;
        const char* sha256;
        const char* sha512;
    };
    // RFC 6238 Appendix B.
    const Row rows[] = {
        {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"}, {20000000000LL, "65353130", "77737706", "47863826"},
    };
    for (const Row& row : rows) {
        QTest::addRow("sha1 %lld", row.time) << HashAlgorithm::Sha1 << row.time << QString::fromLatin1(row.sha1);
        QTest::addRow("sha256 %lld", row.time) << HashAlgorithm::Sha256 << row.time << QString::fromLatin1(row.sha256);
        QTest::addRow("sha512 %lld", row.time) << HashAlgorithm::Sha512 << row.time << QString::fromLatin1(row.sha512);
    }
}

void TestTotpGenerator::totpRfc6238()
{
    QFETCH(HashAlgorithm, algorithm);
    QFETCH(qint64, time);
    QFETCH(QString, code);
    auto generator = makeGenerator(rfc6238Key(algorithm), {.algorithm = algorithm, .digits = 8});
    QCOMPARE(generator.codeAt(time), code);
    // The matched step is the one the time falls in.
    QCOMPARE(generator.verify(code, time, {0, 0}), std::optional<qint64>(time / 30));
}

void TestTotpGenerator::sixDigitCodesAreZeroPadded_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    QTest::newRow("59") << qint64(59) << u"287082"_s;
    QTest::newRow("1111111109") << qint64(1111111109) << u"081804"_s;
    QTest::newRow("1111111111") << qint64(1111111111) << u"050471"_s;
    QTest::newRow("1234567890") << qint64(1234567890) << u"005924"_s;
    QTest::newRow("2000000000") << qint64(2000000000) << u"279037"_s;
    QTest::newRow("20000000000") << qint64(20000000000LL) << u"353130"_s;
}

void TestTotpGenerator::sixDigitCodesAreZeroPadded()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    auto generator = makeGenerator("12345678901234567890"_ba);
    QCOMPARE(generator.codeAt(time), code);
    QCOMPARE(generator.codeAt(time).size(), 6);
}

void TestTotpGenerator::tutorialSecretCodes_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    QTest::newRow("59") << qint64(59) << u"938015"_s;
    QTest::newRow("1111111109") << qint64(1111111109) << u"769980"_s;
    QTest::newRow("1234567890") << qint64(1234567890) << u"830023"_s;
    QTest::newRow("2000000000") << qint64(2000000000) << u"282857"_s;
}

void TestTotpGenerator::tutorialSecretCodes()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    auto generator = makeGenerator(kTutorialKey);
    QCOMPARE(generator.codeAt(time), code);
}

void TestTotpGenerator::stepArithmeticUses64BitTime()
{
    auto generator = makeGenerator(kTutorialKey);
    QCOMPARE(generator.stepAt(20000000000LL), qint64(666666666));
    QCOMPARE(generator.stepAt(29), qint64(0));
    QCOMPARE(generator.stepAt(30), qint64(1));
    QCOMPARE(generator.stepAt(-1), qint64(-1));
    QCOMPARE(generator.stepStart(666666666), qint64(19999999980LL));
}

void TestTotpGenerator::stepArithmeticHonoursT0AndStep()
{
    auto generator = makeGenerator(kTutorialKey, {.stepSeconds = 60, .t0 = 100});
    QCOMPARE(generator.stepAt(100), qint64(0));
    QCOMPARE(generator.stepAt(159), qint64(0));
    QCOMPARE(generator.stepAt(160), qint64(1));
    QCOMPARE(generator.stepStart(2), qint64(220));
    // Same HMAC input as the 30 s generator at step 1.
    auto standard = makeGenerator(kTutorialKey);
    QCOMPARE(generator.codeAt(160), standard.codeForStep(1));
}

void TestTotpGenerator::rejectsInvalidParameters_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("5 digits") << kTutorialKey << 5 << 30 << u"[invalid]digits"_s;
    QTest::newRow("9 digits") << kTutorialKey << 9 << 30 << u"[invalid]digits"_s;
    QTest::newRow("10 digits would overflow 32 bits") << kTutorialKey << 10 << 30 << u"[invalid]digits"_s;
    QTest::newRow("zero step") << kTutorialKey << 6 << 0 << u"[invalid]stepSeconds"_s;
    QTest::newRow("negative step") << kTutorialKey << 6 << -30 << u"[invalid]stepSeconds"_s;
    QTest::newRow("empty key") << QByteArray() << 6 << 30 << u"[invalid]key"_s;
}

void TestTotpGenerator::rejectsInvalidParameters()
{
    QFETCH(QByteArray, key);
    QFETCH(int, digits);
    QFETCH(int, step);
    QFETCH(QString, errorCode);
    const auto generator = TotpGenerator::create(key, {.digits = digits, .stepSeconds = step});
    QVERIFY(!generator.has_value());
    QCOMPARE(generator.error().code, errorCode);
    QVERIFY(!generator.error().message.isEmpty());
}

void TestTotpGenerator::verifyReturnsTheMatchedStep()
{
    auto generator = makeGenerator(kTutorialKey);
    const qint64 now = 1234567890; // step 41152263
    const qint64 step = generator.stepAt(now);
    QCOMPARE(generator.verify(u"830023", now), std::optional<qint64>(step));
    QCOMPARE(generator.verify(generator.codeForStep(step - 1), now), std::optional<qint64>(step - 1));
    QCOMPARE(generator.verify(generator.codeForStep(step + 1), now), std::optional<qint64>(step + 1));
}

void TestTotpGenerator::verifyWindowEdges_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("lookBehind");
    QTest::addColumn<int>("lookAhead");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("current, no window") << 0 << 0 << 0 << true;
    QTest::newRow("previous, no window") << -1 << 0 << 0 << false;
    QTest::newRow("next, no window") << 1 << 0 << 0 << false;
    QTest::newRow("previous, default window") << -1 << 1 << 1 << true;
    QTest::newRow("next, default window") << 1 << 1 << 1 << true;
    QTest::newRow("two behind, default window") << -2 << 1 << 1 << false;
    QTest::newRow("two ahead, default window") << 2 << 1 << 1 << false;
    QTest::newRow("ten behind, look-behind 10") << -10 << 10 << 1 << true;
    QTest::newRow("eleven behind, look-behind 10") << -11 << 10 << 1 << false;
    QTest::newRow("two ahead, look-behind only") << 2 << 10 << 0 << false;
}

void TestTotpGenerator::verifyWindowEdges()
{
    QFETCH(int, offset);
    QFETCH(int, lookBehind);
    QFETCH(int, lookAhead);
    QFETCH(bool, accepted);
    auto generator = makeGenerator(kTutorialKey);
    const qint64 now = 2000000000;
    const qint64 step = generator.stepAt(now);
    const QString code = generator.codeForStep(step + offset);
    const auto matched = generator.verify(code, now, {lookBehind, lookAhead});
    QCOMPARE(matched.has_value(), accepted);
    if (accepted) {
        QCOMPARE(*matched, step + offset);
    }
}

void TestTotpGenerator::verifyLookBehindForSlowSms()
{
    // A code texted at the start of a step, read back 29 s into the next one.
    auto generator = makeGenerator(kTutorialKey);
    const qint64 sentAt = 1800;
    const QString code = generator.codeAt(sentAt);
    QVERIFY(generator.verify(code, sentAt + 30 + 29).has_value());
    QVERIFY(!generator.verify(code, sentAt + 60).has_value());
    QVERIFY(generator.verify(code, sentAt + 60, {2, 1}).has_value());
}

void TestTotpGenerator::verifyRejectsMalformedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << u"93801"_s;
    QTest::newRow("long") << u"9380155"_s;
    QTest::newRow("leading space") << u" 938015"_s;
    QTest::newRow("trailing space") << u"938015 "_s;
    QTest::newRow("inner space") << u"938 015"_s;
    QTest::newRow("letter") << u"93801a"_s;
    QTest::newRow("sign") << u"+38015"_s;
    QTest::newRow("arabic-indic digits") << u"٩٣٨٠١٥"_s;
    QTest::newRow("fullwidth digits") << u"９３８０１５"_s;
    QTest::newRow("nul") << QString::fromUtf16(u"93801\0", 6);
}

void TestTotpGenerator::verifyRejectsMalformedCodes()
{
    QFETCH(QString, code);
    auto generator = makeGenerator(kTutorialKey);
    // 59 s: the valid code is 938015; every variant of it must be refused.
    QVERIFY(generator.verify(u"938015", 59).has_value());
    QVERIFY(!generator.verify(code, 59).has_value());
    QVERIFY(!TotpGenerator::isWellFormedCode(code, 6));
}

void TestTotpGenerator::verifyRejectsOutOfRangeWindows()
{
    auto generator = makeGenerator(kTutorialKey);
    QVERIFY(!generator.verify(u"938015", 59, {-1, 1}).has_value());
    QVERIFY(!generator.verify(u"938015", 59, {1, -1}).has_value());
    QVERIFY(!generator.verify(u"938015", 59, {VerificationWindow::kMaxLookBehind + 1, 1}).has_value());
    QVERIFY(!generator.verify(u"938015", 59, {1, VerificationWindow::kMaxLookAhead + 1}).has_value());
}

void TestTotpGenerator::verifyDoesNotMatchBeforeStepZero()
{
    auto generator = makeGenerator(kTutorialKey);
    // At t=10 the look-behind would reach step -1, whose counter would wrap to 2^64-1.
    const QString wrapped = generator.hotp(~quint64(0));
    const auto matched = generator.verify(wrapped, 10);
    QVERIFY(!matched.has_value() || *matched >= 0);
}

void TestTotpGenerator::generatorIsReusableAcrossKeys()
{
    // Reusing the keyed MAC object must not leak state from one code into the next.
    auto a = makeGenerator(kTutorialKey);
    auto b = makeGenerator("12345678901234567890"_ba);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(a.codeAt(59), u"938015"_s);
        QCOMPARE(b.codeAt(59), u"287082"_s);
    }
    TotpGenerator moved = std::move(a);
    QCOMPARE(moved.codeAt(59), u"938015"_s);
}

QTEST_GUILESS_MAIN(TestTotpGenerator)
#include "tst_totpgenerator.moc"
