#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "totp/TotpSecret.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using tfk::TotpSecret;

class TestTotpSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TFK_REQUIRE_QCA(m_qca); }
    void tutorialSecret();
    void generatedSecretsHaveFusionAuthShape();
    void generatedSecretsDiffer();
    void fromBase32AcceptsAuthenticatorSpelling();
    void rejectsBadSecrets_data();
    void rejectsBadSecrets();
    void rejectsBadBase32();

private:
    tfk::test::QcaTestEnvironment m_qca;
};

void TestTotpSecret::tutorialSecret()
{
    const auto secret = TotpSecret::fromSecret(u"8MJJfCY4ERBtotvenSc3"_s);
    QVERIFY(secret.has_value());
    QCOMPARE(secret->secretBase32Encoded(), u"HBGUUSTGINMTIRKSIJ2G65DWMVXFGYZT"_s);
    QCOMPARE(secret->key(), "8MJJfCY4ERBtotvenSc3"_ba);
}

void TestTotpSecret::generatedSecretsHaveFusionAuthShape()
{
    static const QRegularExpression shape(u"^[A-Za-z0-9+/]{20}$"_s);
    for (int i = 0; i < 200; ++i) {
        const TotpSecret secret = TotpSecret::generate();
        QVERIFY2(shape.match(secret.secret()).hasMatch(), qPrintable(secret.secret()));
        // 20 bytes -> 32 base32 characters, no padding.
        QCOMPARE(secret.secretBase32Encoded().size(), 32);
        QVERIFY(!secret.secretBase32Encoded().contains(u'='));
        QCOMPARE(TotpSecret::fromBase32(secret.secretBase32Encoded()).value(), secret);
    }
}

void TestTotpSecret::generatedSecretsDiffer()
{
    QSet<QString> seen;
    QSet<QChar> characters;
    for (int i = 0; i < 1000; ++i) {
        const QString secret = TotpSecret::generate().secret();
        QVERIFY2(!seen.contains(secret), "a 120-bit random secret repeated");
        seen.insert(secret);
        for (const QChar c : secret) {
            characters.insert(c);
        }
    }
    // 20,000 draws from a 64-character alphabet: every character shows up unless the source is broken.
    QCOMPARE(characters.size(), 64);
}

void TestTotpSecret::fromBase32AcceptsAuthenticatorSpelling()
{
    const auto lower = TotpSecret::fromBase32(u"hbguustginmtirksij2g65dwmvxfgyzt");
    QVERIFY(lower.has_value());
    QCOMPARE(lower->secret(), u"8MJJfCY4ERBtotvenSc3"_s);
}

void TestTotpSecret::rejectsBadSecrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << u"[blank]secret"_s;
    QTest::newRow("space") << u"8MJJfCY4 ERBtotvenSc3"_s << u"[invalid]secret"_s;
    QTest::newRow("non-ascii") << u"8MJJfCY4ÉRBtotvenSc3"_s << u"[invalid]secret"_s;
    QTest::newRow("control") << u"8MJJfCY4\tRBtotvenSc3"_s << u"[invalid]secret"_s;
    QTest::newRow("too long") << QString(257, u'a') << u"[tooLong]secret"_s;
}

void TestTotpSecret::rejectsBadSecrets()
{
    QFETCH(QString, secret);
    QFETCH(QString, code);
    const auto result = TotpSecret::fromSecret(secret);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
}

void TestTotpSecret::rejectsBadBase32()
{
    const auto invalid = TotpSecret::fromBase32(u"HBGUUSTG1NMTIRKS");
    QVERIFY(!invalid.has_value());
    QCOMPARE(invalid.error().code, u"[invalid]base32"_s);
    // Valid base32 whose bytes are not printable ASCII: not a FusionAuth secret.
    const auto binary = TotpSecret::fromBase32(u"AAAQEAYEAUDAOCAJ");
    QVERIFY(!binary.has_value());
    QCOMPARE(binary.error().code, u"[invalid]secret"_s);
}

QTEST_GUILESS_MAIN(TestTotpSecret)
#include "tst_totpsecret.moc"
