#include "crypto/CryptoRuntime.h"

#include "ResultAssertions.h"

#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using tfk::CryptoRuntime;

class TestCryptoRuntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequiredFeatureIsAvailable();
    void theOpenSslProviderIsLoaded();
    void noOtherProviderIsLoaded();
    void missingFeaturesAreNamedWithTheFix();
    void rfc4226HmacThroughQca();

private:
    CryptoRuntime m_runtime;
};

void TestCryptoRuntime::everyRequiredFeatureIsAvailable()
{
    const auto supported = CryptoRuntime::checkSupport();
    TFK_VERIFY_OK(supported);
    QVERIFY(CryptoRuntime::requiredFeatures().contains(u"hmac(sha1)"_s));
    QVERIFY(CryptoRuntime::requiredFeatures().contains(u"aes256-gcm"_s));
}

void TestCryptoRuntime::theOpenSslProviderIsLoaded()
{
    QStringList providers;
    for (QCA::Provider* provider : QCA::providers()) {
        providers << provider->name();
    }
    QVERIFY2(providers.contains(u"qca-ossl"_s), qPrintable(providers.join(u", "_s)));
}

void TestCryptoRuntime::noOtherProviderIsLoaded()
{
    // QCA would load all five of Debian's providers (SASL, GnuPG, logger, soft store, OpenSSL) with
    // their libraries; the program inserts OpenSSL's alone (before missingFeaturesAreNamedWithTheFix, whose
    // unknown feature makes QCA scan its folders).
    QStringList providers;
    for (QCA::Provider* provider : QCA::providers()) {
        providers << provider->name();
    }
    QCOMPARE(providers, QStringList {u"qca-ossl"_s});
    // Set only for QCA's first look: programs started from here scan as usual.
    QVERIFY(!qEnvironmentVariableIsSet("QCA_NO_PLUGINS"));
}

void TestCryptoRuntime::missingFeaturesAreNamedWithTheFix()
{
    const auto result = CryptoRuntime::checkSupport({u"hmac(sha1)"_s, u"hmac(no-such-hash)"_s});
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, u"[CryptoUnavailable]"_s);
    QVERIFY2(result.error().message.contains(u"hmac(no-such-hash)"_s), qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(u"hmac(sha1)"_s));
    QVERIFY(result.error().message.contains(u"libqca-qt6-plugins"_s));
}

void TestCryptoRuntime::rfc4226HmacThroughQca()
{
    // RFC 4226 Appendix D, count 1: proves the provider computes, not just loads.
    QCA::MessageAuthenticationCode mac(u"hmac(sha1)"_s, QCA::SymmetricKey("12345678901234567890"_ba));
    mac.update(QCA::MemoryRegion(QByteArray("\0\0\0\0\0\0\0\1", 8)));
    QCOMPARE(mac.final().toByteArray().toHex(), "75a48a19d4cbe100644e8ac1397eea747a2d33ab"_ba);
}

QTEST_GUILESS_MAIN(TestCryptoRuntime)
#include "tst_cryptoruntime.moc"
