// FusionAuth's "Two Factor with Twilio" tutorial replayed literally over HTTP against a running kiosk
// (Runtime with the in-process mock SMS sink, real clock, real Argon2), reading each texted code from
// the sink. Codes and the token's signature are checked with Qt's own HMAC, not the kiosk's engine.

#include "ApiTestClient.h"
#include "FutureWait.h"
#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "api/ApiHost.h"
#include "runtime/Runtime.h"
#include "sms/sink/TwilioSink.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ApiTestClient;
using tfk::test::HttpResult;
using tfk::test::waitFor;

namespace {

const QString kSecret = u"8MJJfCY4ERBtotvenSc3"_s;
const QString kApplicationId = u"10000000-0000-0002-0000-000000000001"_s;
const QString kIpAddress = u"192.168.1.42"_s;
const QString kPhone = u"+1 201 555 0123"_s;
const QString kPhoneE164 = u"+12015550123"_s;
const QByteArray kJwtKey = "tutorial-jwt-key-0123456789abcdef"_ba;

// RFC 6238 with Qt's HMAC-SHA1: the key is the ASCII of the secret, as FusionAuth does.
QString totp(const QString& secret, qint64 step)
{
    QByteArray counter(8, '\0');
    qToBigEndian(quint64(step), counter.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, secret.toLatin1(), QCryptographicHash::Sha1);
    const int offset = mac.back() & 0x0f;
    const quint32 value = qFromBigEndian<quint32>(mac.constData() + offset) & 0x7fffffff;
    return u"%1"_s.arg(value % 1000000, 6, 10, QChar(u'0'));
}

bool isCurrentCode(const QString& code)
{
    const qint64 step = QDateTime::currentSecsSinceEpoch() / 30;
    for (qint64 s = step - 2; s <= step + 2; ++s) {
        if (totp(kSecret, s) == code) {
            return true;
        }
    }
    return false;
}

QString codeIn(const SinkMessage& message)
{
    static const QRegularExpression pattern(u"^Two Factor Code: (\\d{6})$"_s);
    return pattern.match(message.body).captured(1);
}

QByteArray decode(const QByteArray& part)
{
    return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestApiServerTutorial : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tutorial();

private:
    tfk::test::QcaTestEnvironment m_qca;
    QTemporaryDir m_dir;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ApiHost> m_host;
};

void TestApiServerTutorial::initTestCase()
{
    TFK_REQUIRE_QCA(m_qca);
    {
        Settings settings(m_dir.filePath(u"kiosk.conf"_s));
        // The tutorial asks for another code at once (step 6), and the final disable needs one more
        // unused step in the same 30 s: no resend cooldown, two steps of look-ahead.
        settings.setValue(Settings::Key::SendCooldownSeconds, 0);
        settings.setValue(Settings::Key::LookAheadSteps, 2);
        TFK_VERIFY_OK(settings.save());
    }
    RuntimeOptions options;
    options.settingsPath = m_dir.filePath(u"kiosk.conf"_s);
    options.databasePath = m_dir.filePath(u"kiosk.db"_s);
    options.mockSms = true;
    options.environment = QProcessEnvironment();
    auto runtime = Runtime::create(options);
    TFK_VERIFY_OK(runtime);
    m_runtime = std::move(*runtime);
    ApiServerOptions apiOptions;
    apiOptions.port = 0;
    QProcessEnvironment environment;
    environment.insert(u"TFK_JWT_KEY"_s, QString::fromLatin1(kJwtKey.toBase64()));
    auto host = ApiHost::start(*m_runtime, apiOptions, environment);
    TFK_VERIFY_OK(host);
    m_host = std::move(*host);
    QVERIFY(m_host->server().isListening());
    QCOMPARE(m_host->server().baseUrl().host(), u"127.0.0.1"_s);
}

void TestApiServerTutorial::cleanupTestCase()
{
    m_host.reset();
    m_runtime.reset();
}

void TestApiServerTutorial::tutorial()
{
    TwilioSink& sink = *m_runtime->sink();
    ApiTestClient api(m_host->server().baseUrl());
    api.setApiKey(m_host->keys().create(u"tutorial"_s)->key);

    // 0. The user the tutorial starts from.
    const HttpResult created = api.request(
        "POST", u"/api/user"_s,
        R"({"user":{"email":"richard@piedpiper.com","password":"password","mobilePhone":"+1 201 555 0123","fullName":"Richard Hendricks"}})"_ba);
    QCOMPARE(created.status, 200);
    const QString userId = created.json.value(u"user"_s).toObject().value(u"id"_s).toString();
    QVERIFY(!userId.isEmpty());

    // 1. Generate a secret.
    const HttpResult secret = api.request("GET", u"/api/two-factor/secret"_s);
    QCOMPARE(secret.status, 200);
    QCOMPARE(secret.json.keys(), QStringList({u"secret"_s, u"secretBase32Encoded"_s}));
    QCOMPARE(secret.json.value(u"secret"_s).toString().size(), 20);
    QCOMPARE(secret.json.value(u"secretBase32Encoded"_s).toString().size(), 32);

    // 2. Send a code to the phone: the tutorial's own number is not a real one, and nothing is sent.
    const HttpResult tutorialPhone = api.request(
        "POST", u"/api/two-factor/send"_s, R"({"mobilePhone":"555-555-5555","secret":"8MJJfCY4ERBtotvenSc3"})"_ba);
    QCOMPARE(tutorialPhone.status, 400);
    const QJsonObject phoneError
        = tutorialPhone.json.value(u"fieldErrors"_s).toObject().value(u"mobilePhone"_s).toArray().first().toObject();
    QCOMPARE(phoneError.value(u"code"_s).toString(), u"[invalid]mobilePhone"_s);
    QVERIFY2(phoneError.value(u"message"_s).toString().contains(u"555-555-5555 is not a valid phone number"_s),
             qPrintable(phoneError.value(u"message"_s).toString()));
    QCOMPARE(sink.messages().size(), 0);
    // The same request with a fictional number that exists.
    const HttpResult sent = api.request("POST", u"/api/two-factor/send"_s,
                                        R"({"mobilePhone":"+1 201 555 0123","secret":"8MJJfCY4ERBtotvenSc3"})"_ba);
    QCOMPARE(sent.status, 200);
    QVERIFY(sent.body.isEmpty());
    QCOMPARE(sink.messages().size(), 1);
    QCOMPARE(sink.messages().last().to, kPhoneE164);
    const QString enrollmentCode = codeIn(sink.messages().last());
    QVERIFY2(isCurrentCode(enrollmentCode), qPrintable(sink.messages().last().body));

    // 3. Enable with the texted code.
    const HttpResult enabled = api.request(
        "PUT", u"/api/user/two-factor/"_s + userId,
        (u"{\"code\":\"%1\",\"secret\":\"8MJJfCY4ERBtotvenSc3\",\"delivery\":\"TextMessage\"}"_s.arg(enrollmentCode))
            .toUtf8());
    QCOMPARE(enabled.status, 200);
    QCOMPARE(enabled.json.value(u"recoveryCodes"_s).toArray().size(), 10);
    const HttpResult user = api.request("GET", u"/api/user/"_s + userId);
    QCOMPARE(user.status, 200);
    QCOMPARE(user.json.value(u"user"_s).toObject().value(u"twoFactorEnabled"_s).toBool(), true);
    QCOMPARE(user.json.value(u"user"_s).toObject().value(u"twoFactorDelivery"_s).toString(), u"TextMessage"_s);

    // 5. Login: 242 with a twoFactorId, and the code is texted.
    const HttpResult login = api.request(
        "POST", u"/api/login"_s,
        R"({"loginId":"richard@piedpiper.com","password":"password","applicationId":"10000000-0000-0002-0000-000000000001","ipAddress":"192.168.1.42"})"_ba);
    QCOMPARE(login.status, 242);
    QCOMPARE(login.json.keys(), QStringList {u"twoFactorId"_s});
    const QString twoFactorId = login.json.value(u"twoFactorId"_s).toString();
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(twoFactorId).hasMatch(), qPrintable(twoFactorId));
    QCOMPARE(sink.messages().size(), 2);
    QCOMPARE(sink.messages().last().to, kPhoneE164);
    QVERIFY(isCurrentCode(codeIn(sink.messages().last())));
    // The enrollment code is spent; the login text carries another.
    QVERIFY(codeIn(sink.messages().last()) != enrollmentCode);

    // 6. Resend during login (no API key).
    const HttpResult resent = api.request("POST", u"/api/two-factor/send/"_s + twoFactorId, {}, {}, QString());
    QCOMPARE(resent.status, 200);
    QVERIFY(resent.body.isEmpty());
    QCOMPARE(sink.messages().size(), 3);
    const QString loginCode = codeIn(sink.messages().last());
    QVERIFY(isCurrentCode(loginCode));

    // 7. Complete (no API key): the tutorial's body with the texted code and the twoFactorId.
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const HttpResult done = api.request(
        "POST", u"/api/two-factor/login"_s,
        (uR"({"applicationId":"10000000-0000-0002-0000-000000000001","code":"%1","ipAddress":"192.168.1.42","twoFactorId":"%2","trustComputer":false})"_s
             .arg(loginCode, twoFactorId))
            .toUtf8(),
        "application/json", QString());
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(done.status, 200);
    QVERIFY(!done.json.contains(u"twoFactorTrustId"_s));
    const QJsonObject signedIn = done.json.value(u"user"_s).toObject();
    QCOMPARE(signedIn.value(u"id"_s).toString(), userId);
    QCOMPARE(signedIn.value(u"email"_s).toString(), u"richard@piedpiper.com"_s);
    QCOMPARE(signedIn.value(u"fullName"_s).toString(), u"Richard Hendricks"_s);
    QCOMPARE(signedIn.value(u"mobilePhone"_s).toString(), kPhoneE164);
    QCOMPARE(signedIn.value(u"twoFactorEnabled"_s).toBool(), true);
    QCOMPARE(signedIn.value(u"twoFactorDelivery"_s).toString(), u"TextMessage"_s);
    QCOMPARE(signedIn.value(u"active"_s).toBool(), true);
    QCOMPARE(signedIn.value(u"verified"_s).toBool(), true);
    QVERIFY(signedIn.value(u"lastLoginInstant"_s).toInteger() >= before * 1000);
    QVERIFY(signedIn.value(u"insertInstant"_s).toInteger() > 0);

    // The token: HS256 under the configured key, verified here with Qt's HMAC; FusionAuth's claims.
    const QList<QByteArray> parts = done.json.value(u"token"_s).toString().toLatin1().split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(QJsonDocument::fromJson(decode(parts[0])).object(),
             QJsonObject({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}}));
    QCOMPARE(
        decode(parts[2]),
        QMessageAuthenticationCode::hash(QByteArray(parts[0] + '.' + parts[1]), kJwtKey, QCryptographicHash::Sha256));
    const QJsonObject claims = QJsonDocument::fromJson(decode(parts[1])).object();
    QCOMPARE(claims.value(u"sub"_s).toString(), userId);
    QCOMPARE(claims.value(u"aud"_s).toString(), kApplicationId);
    QCOMPARE(claims.value(u"authenticationType"_s).toString(), u"PASSWORD"_s);
    QCOMPARE(claims.value(u"iss"_s).toString(), u"twofactor-kiosk"_s);
    QCOMPARE(claims.value(u"email"_s).toString(), u"richard@piedpiper.com"_s);
    const qint64 iat = claims.value(u"iat"_s).toInteger();
    QVERIFY(iat >= before && iat <= after);
    QCOMPARE(claims.value(u"exp"_s).toInteger(), iat + 3600);
    QCOMPARE(done.json.value(u"tokenExpirationInstant"_s).toInteger(), (iat + 3600) * 1000);
    // A token whose payload was changed does not verify.
    QVERIFY(QMessageAuthenticationCode::hash(QByteArray(parts[0] + '.' + parts[1] + 'x'), kJwtKey,
                                             QCryptographicHash::Sha256)
            != decode(parts[2]));

    // The twoFactorId is spent: 404 with an empty body.
    const HttpResult again = api.request(
        "POST", u"/api/two-factor/login"_s,
        (uR"({"applicationId":"10000000-0000-0002-0000-000000000001","code":"%1","ipAddress":"192.168.1.42","twoFactorId":"%2","trustComputer":false})"_s
             .arg(loginCode, twoFactorId))
            .toUtf8());
    QCOMPARE(again.status, 404);
    QVERIFY(again.body.isEmpty());

    // 4. Disable: a code texted to the enrolled user, then DELETE with it.
    const HttpResult forDisable
        = api.request("POST", u"/api/two-factor/send"_s, (u"{\"userId\":\"%1\"}"_s.arg(userId)).toUtf8());
    QCOMPARE(forDisable.status, 200);
    QCOMPARE(sink.messages().size(), 4);
    const HttpResult disabled
        = api.request("DELETE", u"/api/user/two-factor/%1?code=%2"_s.arg(userId, codeIn(sink.messages().last())));
    QCOMPARE(disabled.status, 200);
    QCOMPARE(api.request("GET", u"/api/user/"_s + userId).json.value(u"user"_s).toObject().value(u"twoFactorEnabled"_s),
             QJsonValue(false));

    // Every text went to the one phone, once each; the audit log has the tutorial's IP address.
    for (const SinkMessage& message : sink.messages()) {
        QCOMPARE(message.to, kPhoneE164);
    }
    auto audit = waitFor(m_runtime->service().recentAudit(u"two-factor.login"_s, 10));
    TFK_VERIFY_OK(audit);
    QVERIFY(!audit->isEmpty());
    QCOMPARE(audit->last().ipAddress, kIpAddress);
    QCOMPARE(audit->last().applicationId, kApplicationId);
}

QTEST_GUILESS_MAIN(TestApiServerTutorial)
#include "tst_apiserver_tutorial.moc"
