#include "QcaTestEnvironment.h"
#include "totp/OtpAuthUri.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using tfk::OtpAuthUri;
using tfk::TotpSecret;

class TestOtpAuthUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tutorialSecretUri();
    void encodesSpecialCharacters();
    void carriesNonDefaultParameters();
    void worksWithoutIssuer();
    void carriesNoncharactersAsReplacementCharacters();
};

void TestOtpAuthUri::tutorialSecretUri()
{
    const auto secret = TotpSecret::fromSecret(u"8MJJfCY4ERBtotvenSc3"_s).value();
    QCOMPARE(OtpAuthUri::build(secret, u"TwoFactorKiosk"_s, u"richard@example.com"_s),
             u"otpauth://totp/TwoFactorKiosk:richard%40example.com?secret=HBGUUSTGINMTIRKSIJ2G65DWMVXFGYZT"
             "&issuer=TwoFactorKiosk&algorithm=SHA1&digits=6&period=30"_s);
}

void TestOtpAuthUri::encodesSpecialCharacters()
{
    const auto secret = TotpSecret::fromSecret(u"abc"_s).value();
    const QString uri = OtpAuthUri::build(secret, u"ACME: Help&Desk"_s, u"Zoë Müller"_s);
    QVERIFY2(uri.startsWith(u"otpauth://totp/ACME%3A%20Help%26Desk:Zo%C3%AB%20M%C3%BCller?"_s), qPrintable(uri));
    // A standard URL parser reads the same values back.
    const QUrl url(uri);
    QVERIFY(url.isValid());
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"issuer"_s, QUrl::FullyDecoded), u"ACME: Help&Desk"_s);
    QCOMPARE(query.queryItemValue(u"secret"_s), u"MFRGG"_s);
}

void TestOtpAuthUri::carriesNonDefaultParameters()
{
    const auto secret = TotpSecret::fromSecret(u"abc"_s).value();
    const QString uri = OtpAuthUri::build(secret, u"X"_s, u"y"_s,
                                          {.algorithm = tfk::HashAlgorithm::Sha512, .digits = 8, .stepSeconds = 60});
    QVERIFY2(uri.endsWith(u"&algorithm=SHA512&digits=8&period=60"_s), qPrintable(uri));
}

void TestOtpAuthUri::worksWithoutIssuer()
{
    const auto secret = TotpSecret::fromSecret(u"abc"_s).value();
    QCOMPARE(OtpAuthUri::build(secret, QString(), u"y"_s),
             u"otpauth://totp/y?secret=MFRGG&algorithm=SHA1&digits=6&period=30"_s);
}

// Found by fuzzer_otpauth: a percent-encoded noncharacter comes back from QUrl as three U+FFFD, so the URI
// carries one U+FFFD for it, which every decoder reads back the same way.
void TestOtpAuthUri::carriesNoncharactersAsReplacementCharacters()
{
    const auto secret = TotpSecret::fromSecret(u"abc"_s).value();
    const QString issuer = QChar(0xFEFF) + u"Help"_s + QChar(0xFFFF) + u"Desk"_s + QChar(0xFDD0);
    const QString account = u"a"_s + QChar::fromUcs4(0x10FFFE).operator QStringView() + u"😀"_s;
    const QString uri = OtpAuthUri::build(secret, issuer, account);
    QVERIFY2(uri.startsWith(u"otpauth://totp/%EF%BB%BFHelp%EF%BF%BDDesk%EF%BF%BD:a%EF%BF%BD%F0%9F%98%80?"_s),
             qPrintable(uri));
    const QUrl url(uri, QUrl::StrictMode);
    QCOMPARE(url.path(QUrl::FullyDecoded), u"/\uFEFFHelp\uFFFDDesk\uFFFD:a\uFFFD😀"_s);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"issuer"_s, QUrl::FullyDecoded), u"\uFEFFHelp\uFFFDDesk\uFFFD"_s);
}

QTEST_GUILESS_MAIN(TestOtpAuthUri)
#include "tst_otpauthuri.moc"
