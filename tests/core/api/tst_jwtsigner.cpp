// The login token: HS256 over header.payload, checked here with Qt's own HMAC (not QCA, which the
// signer uses), FusionAuth's claims, and the key from TFK_JWT_KEY or derived from the data key.

#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "api/JwtSigner.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

const QByteArray kKey = QByteArray("0123456789abcdef0123456789abcdef");

QByteArray decode(const QByteArray& part)
{
    return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestJwtSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TFK_REQUIRE_QCA(m_qca); }
    void signatureIsHs256OverHeaderAndPayload();
    void loginClaims();
    void keyFromTheEnvironment();
    void keyDerivedFromTheDataKey();

private:
    tfk::test::QcaTestEnvironment m_qca;
};

void TestJwtSigner::signatureIsHs256OverHeaderAndPayload()
{
    const JwtSigner signer(kKey);
    const QString token = signer.sign(QJsonObject {{u"sub"_s, u"42"_s}});
    const QList<QByteArray> parts = token.toLatin1().split('.');
    QCOMPARE(parts.size(), 3);
    for (const QByteArray& part : parts) {
        QVERIFY2(!part.contains('=') && !part.contains('+') && !part.contains('/'), part.constData());
    }
    QCOMPARE(QJsonDocument::fromJson(decode(parts[0])).object(),
             QJsonObject({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}}));
    QCOMPARE(QJsonDocument::fromJson(decode(parts[1])).object(), QJsonObject({{u"sub"_s, u"42"_s}}));
    const QByteArray expected
        = QMessageAuthenticationCode::hash(QByteArray(parts[0] + '.' + parts[1]), kKey, QCryptographicHash::Sha256);
    QCOMPARE(decode(parts[2]), expected);
    // Another key, another signature.
    QVERIFY(JwtSigner(QByteArray(32, 'x')).sign(QJsonObject {{u"sub"_s, u"42"_s}}) != token);
}

void TestJwtSigner::loginClaims()
{
    const JwtSigner signer(kKey, u"kiosk.example"_s, 600);
    User user;
    user.id = u"a1b2"_s;
    user.email = u"richard@example.com"_s;
    user.username = u"richard"_s;
    const QString token = signer.tokenFor(user, u"10000000-0000-0002-0000-000000000001"_s, 1234567890123);
    const QJsonObject claims = QJsonDocument::fromJson(decode(token.toLatin1().split('.')[1])).object();
    QCOMPARE(claims.value(u"sub"_s).toString(), u"a1b2"_s);
    QCOMPARE(claims.value(u"aud"_s).toString(), u"10000000-0000-0002-0000-000000000001"_s);
    QCOMPARE(claims.value(u"applicationId"_s).toString(), u"10000000-0000-0002-0000-000000000001"_s);
    QCOMPARE(claims.value(u"iat"_s).toInteger(), 1234567890);
    QCOMPARE(claims.value(u"exp"_s).toInteger(), 1234567890 + 600);
    QCOMPARE(claims.value(u"iss"_s).toString(), u"kiosk.example"_s);
    QCOMPARE(claims.value(u"authenticationType"_s).toString(), u"PASSWORD"_s);
    QCOMPARE(claims.value(u"email"_s).toString(), u"richard@example.com"_s);
    QCOMPARE(claims.value(u"preferred_username"_s).toString(), u"richard"_s);
    QCOMPARE(claims.value(u"jti"_s).toString().size(), 36);
    // Without an application there is no audience.
    const QString bare = signer.tokenFor(user, {}, 0);
    QVERIFY(!QJsonDocument::fromJson(decode(bare.toLatin1().split('.')[1])).object().contains(u"aud"_s));
}

void TestJwtSigner::keyFromTheEnvironment()
{
    const DataKey dataKey = DataKey::fromBytes(QByteArray(32, 'd'));
    QProcessEnvironment environment;
    environment.insert(u"TFK_JWT_KEY"_s, QString::fromLatin1(kKey.toBase64()));
    QCOMPARE(JwtSigner::keyFor(environment, dataKey).value(), kKey);
    environment.insert(u"TFK_JWT_KEY"_s,
                       QString::fromLatin1(QByteArray(40, '\xfb').toBase64(QByteArray::Base64UrlEncoding)));
    QCOMPARE(JwtSigner::keyFor(environment, dataKey).value(), QByteArray(40, '\xfb'));
    environment.insert(u"TFK_JWT_KEY"_s, QString::fromLatin1(QByteArray(16, 'k').toBase64()));
    auto tooShort = JwtSigner::keyFor(environment, dataKey);
    TFK_VERIFY_ERROR(tooShort, "[invalid]TFK_JWT_KEY");
    QVERIFY(!tooShort.error().message.contains(QString::fromLatin1(QByteArray(16, 'k').toBase64())));
    environment.insert(u"TFK_JWT_KEY"_s, u"not base64 at all!"_s);
    TFK_VERIFY_ERROR(JwtSigner::keyFor(environment, dataKey), "[invalid]TFK_JWT_KEY");
}

void TestJwtSigner::keyDerivedFromTheDataKey()
{
    const QProcessEnvironment none;
    const auto first = JwtSigner::keyFor(none, DataKey::fromBytes(QByteArray(32, 'd')));
    TFK_VERIFY_OK(first);
    QCOMPARE(first->size(), 32);
    // Stable for one data key (tokens survive a restart), different for another, never the key itself.
    QCOMPARE(JwtSigner::keyFor(none, DataKey::fromBytes(QByteArray(32, 'd'))).value(), *first);
    QVERIFY(JwtSigner::keyFor(none, DataKey::fromBytes(QByteArray(32, 'e'))).value() != *first);
    QVERIFY(*first != QByteArray(32, 'd'));
}

QTEST_GUILESS_MAIN(TestJwtSigner)
#include "tst_jwtsigner.moc"
