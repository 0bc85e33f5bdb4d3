// Attacks on the program as it is deployed: `twofactor-kiosk --headless --api` started as its own process
// from the built binary (its API key made with its own `api-key create`), texting through a Twilio sink in
// this test. tst_apiattacks proves each cap in depth against an in-process server with a fixed clock; this
// proves that the shipped program, on the real clock and its real start-up path, holds the same caps:
// guessing one challenge, replaying an accepted code, telling users apart, calling without a key, and hostile
// HTTP; and that after all of it the program still serves and stops cleanly on SIGTERM.

#include "ApiTestClient.h"
#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "auth/TwoFactorRules.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "sms/sink/TwilioSink.h"
#include "totp/TotpGenerator.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ApiTestClient;
using tfk::test::HttpResult;

namespace {

const QString kPassword = u"Correct horse 7 battery"_s;
const QString kAuthToken = u"headless-attacks-auth-token"_s;

QByteArray json(const QString& text)
{
    return text.toUtf8();
}

} // namespace

class TestHeadlessAttacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guessingOneChallengeStopsAtTheCap();
    void anAcceptedCodeIsNeverAcceptedAgain();
    void existingAndUnknownLoginIdsLookAlike();
    void nothingAnswersWithoutAValidKey();
    void hostileRequestsGetA4xxAndTheProgramServesOn();
    void cleanupTestCase();

private:
    // The newest code the sink carried to the user's phone, once it has more than `before` messages.
    QString nextCode(qsizetype before);
    // A sign-in with the password: the twoFactorId, and the code texted for it.
    std::pair<QString, QString> signIn();
    // Codes the program accepts around now (look-behind and look-ahead, and a step boundary in between).
    QSet<QString> validCodes() const;

    tfk::test::QcaTestEnvironment m_qca;
    QTemporaryDir m_dir;
    std::optional<TwilioSink> m_sink;
    QProcess m_kiosk;
    QByteArray m_log;
    QUrl m_baseUrl;
    std::optional<ApiTestClient> m_api;
    QString m_secret;
};

void TestHeadlessAttacks::initTestCase()
{
    TFK_REQUIRE_QCA(m_qca);
    QVERIFY(m_dir.isValid());
    TwilioSink::Options sinkOptions;
    sinkOptions.accountSid = u"AC0123456789abcdef0123456789abcdef"_s;
    sinkOptions.authToken = kAuthToken;
    sinkOptions.statusStepMs = 0;
    m_sink.emplace(sinkOptions);
    TFK_VERIFY_OK(m_sink->start());
    const QString settingsPath = m_dir.filePath(u"kiosk.conf"_s);
    {
        Settings settings(settingsPath);
        settings.setValue(Settings::Key::TwilioApiUrl, m_sink->baseUrl().toString());
        settings.setValue(Settings::Key::TwilioAccountSid, sinkOptions.accountSid);
        settings.setValue(Settings::Key::TwilioFromNumber, u"+15005550006"_s);
        settings.setValue(Settings::Key::TwilioProxy, u"none"_s);
    }
    {
        SecretStore secrets(SecretStore::pathBeside(settingsPath), SecretStore::Storage::File);
        TFK_VERIFY_OK(secrets.setSecret(SecretStore::kTwilioAuthToken.toString(), kAuthToken));
    }
    const QStringList files {u"--settings"_s, settingsPath, u"--database"_s, m_dir.filePath(u"kiosk.db"_s)};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir.path());
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // the secrets file, never a keychain of the machine

    // The key, as an administrator makes it: with the program's own command.
    QProcess keyCommand;
    keyCommand.setProcessEnvironment(environment);
    keyCommand.start(QStringLiteral(TFK_KIOSK_BINARY), files + QStringList {u"api-key"_s, u"create"_s});
    QVERIFY(keyCommand.waitForFinished(60000));
    QCOMPARE(keyCommand.exitCode(), 0);
    const QString key = QString::fromUtf8(keyCommand.readAllStandardOutput()).trimmed();
    QVERIFY2(!key.isEmpty(), keyCommand.readAllStandardError().constData());

    m_kiosk.setProcessEnvironment(environment);
    m_kiosk.setReadChannel(QProcess::StandardError);
    m_kiosk.start(QStringLiteral(TFK_KIOSK_BINARY),
                  files + QStringList {u"--headless"_s, u"--api"_s, u"--api-listen"_s, u"127.0.0.1:0"_s});
    QVERIFY2(m_kiosk.waitForStarted(10000), qPrintable(m_kiosk.errorString()));
    const QRegularExpression listening(u"API listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    QRegularExpressionMatch match;
    while (!(match = listening.match(QString::fromUtf8(m_log))).hasMatch()) {
        QVERIFY2(m_kiosk.waitForReadyRead(60000), m_log.constData());
        m_log += m_kiosk.readAllStandardError();
    }
    m_baseUrl = QUrl(match.captured(1));
    m_api.emplace(m_baseUrl);
    m_api->setApiKey(key);

    // One enrolled user, the way a helpdesk's own software would do it over the API.
    const HttpResult created = m_api->request(
        "POST", u"/api/user"_s,
        json(uR"({"user":{"email":"gilfoyle@example.com","password":"%1","mobilePhone":"+1 415 555 0142"}})"_s.arg(
            kPassword)));
    QCOMPARE(created.status, 200);
    const QString userId = created.json.value(u"user"_s).toObject().value(u"id"_s).toString();
    const HttpResult secret = m_api->request("GET", u"/api/two-factor/secret"_s);
    QCOMPARE(secret.status, 200);
    m_secret = secret.json.value(u"secret"_s).toString();
    const qsizetype before = m_sink->messages().size();
    QCOMPARE(m_api
                 ->request("POST", u"/api/two-factor/send"_s,
                           json(uR"({"mobilePhone":"+14155550142","secret":"%1"})"_s.arg(m_secret)))
                 .status,
             200);
    const QString code = nextCode(before);
    const HttpResult enabled
        = m_api->request("POST", u"/api/user/two-factor/"_s + userId,
                         json(uR"({"code":"%1","secret":"%2","delivery":"TextMessage"})"_s.arg(code, m_secret)));
    QCOMPARE(enabled.status, 200);
}

QString TestHeadlessAttacks::nextCode(qsizetype before)
{
    if (!QTest::qWaitFor([&] { return m_sink->messages().size() > before; }, 20000)) {
        qWarning("no text reached the sink; the program said: %s", m_log.constData());
        return {};
    }
    return QRegularExpression(u"(\\d{6})"_s).match(m_sink->messages().last().body).captured(1);
}

std::pair<QString, QString> TestHeadlessAttacks::signIn()
{
    const qsizetype before = m_sink->messages().size();
    const HttpResult login = m_api->request(
        "POST", u"/api/login"_s, json(uR"({"loginId":"gilfoyle@example.com","password":"%1"})"_s.arg(kPassword)));
    if (login.status != 242) {
        qWarning("the sign-in answered %d: %s", login.status, login.body.constData());
        return {};
    }
    return {login.json.value(u"twoFactorId"_s).toString(), nextCode(before)};
}

QSet<QString> TestHeadlessAttacks::validCodes() const
{
    auto generator = TotpGenerator::create(m_secret.toLatin1());
    QSet<QString> codes;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int step = -3; step <= 3; ++step) {
        codes.insert(generator->codeAt(now + step * 30));
    }
    return codes;
}

void TestHeadlessAttacks::guessingOneChallengeStopsAtTheCap()
{
    const auto [twoFactorId, rightCode] = signIn();
    QVERIFY(!twoFactorId.isEmpty() && !rightCode.isEmpty());
    const QSet<QString> valid = validCodes();
    // 300 guesses, 20 in flight at a time, then the right code: the fifth wrong code ends the challenge.
    QMap<int, int> statuses;
    int guess = 0;
    for (int batch = 0; batch < 15; ++batch) {
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 20; ++i) {
            QString code;
            do {
                code = u"%1"_s.arg((++guess * 7919) % 1000000, 6, 10, QChar(u'0'));
            } while (valid.contains(code));
            replies << m_api->start("POST", u"/api/two-factor/login"_s,
                                    json(uR"({"twoFactorId":"%1","code":"%2"})"_s.arg(twoFactorId, code)),
                                    "application/json", QString());
        }
        for (QNetworkReply* reply : replies) {
            ++statuses[ApiTestClient::collect(reply).status];
        }
    }
    const HttpResult right = m_api->request("POST", u"/api/two-factor/login"_s,
                                            json(uR"({"twoFactorId":"%1","code":"%2"})"_s.arg(twoFactorId, rightCode)),
                                            "application/json", QString());
    ++statuses[right.status];
    qInfo("300 wrong guesses and then the right code at one twoFactorId of the running program: 421 x %d, 409 x %d, "
          "200 x %d",
          statuses.value(421), statuses.value(409), statuses.value(200));
    QCOMPARE(statuses.value(421), TwoFactorRules {}.maxWrongCodes);
    QCOMPARE(statuses.value(409), 301 - TwoFactorRules {}.maxWrongCodes);
    QCOMPARE(statuses.value(200), 0);
    QCOMPARE(statuses.size(), 2);
}

void TestHeadlessAttacks::anAcceptedCodeIsNeverAcceptedAgain()
{
    const auto [twoFactorId, code] = signIn();
    QVERIFY(!twoFactorId.isEmpty() && !code.isEmpty());
    const QByteArray body = json(uR"({"twoFactorId":"%1","code":"%2"})"_s.arg(twoFactorId, code));
    const HttpResult accepted = m_api->request("POST", u"/api/two-factor/login"_s, body, "application/json", QString());
    QCOMPARE(accepted.status, 200);
    QVERIFY(!accepted.json.value(u"token"_s).toString().isEmpty());
    // The same request again, from a second client with its own connection: the challenge is gone.
    ApiTestClient second(m_baseUrl);
    QCOMPARE(second.request("POST", u"/api/two-factor/login"_s, body, "application/json", QString()).status, 404);
    QCOMPARE(m_api->request("POST", u"/api/two-factor/login"_s, body, "application/json", QString()).status, 404);
    // The same code on a new challenge in the same time step: spent, a wrong code.
    const auto [nextId, nextCodeSent] = signIn();
    QVERIFY(!nextId.isEmpty());
    Q_UNUSED(nextCodeSent);
    const HttpResult replayed = m_api->request("POST", u"/api/two-factor/login"_s,
                                               json(uR"({"twoFactorId":"%1","code":"%2"})"_s.arg(nextId, code)),
                                               "application/json", QString());
    QVERIFY2(replayed.status == 421, replayed.body.constData());
    qInfo("an accepted code offered again: 404 on its challenge (both clients), 421 on a new challenge");
}

void TestHeadlessAttacks::existingAndUnknownLoginIdsLookAlike()
{
    const auto attempt = [this](const QString& loginId) {
        return m_api->request("POST", u"/api/login"_s,
                              json(uR"({"loginId":"%1","password":"not the password"})"_s.arg(loginId)));
    };
    const HttpResult existing = attempt(u"gilfoyle@example.com"_s);
    const HttpResult unknown = attempt(u"dinesh@example.com"_s);
    QCOMPARE(existing.status, 404);
    QCOMPARE(unknown.status, existing.status);
    QCOMPARE(unknown.body, existing.body);
    // The wrong password counted towards a lockout: clear it with the right one (a new challenge).
    QVERIFY(!signIn().first.isEmpty());
}

void TestHeadlessAttacks::nothingAnswersWithoutAValidKey()
{
    const QStringList keys {QString(), u"wrong-key"_s, m_api->apiKey() + u"x"_s, u"Bearer wrong-key"_s};
    for (const QString& key : keys) {
        for (const auto& [method, path] :
             {std::pair {"GET", u"/api/two-factor/secret"_s}, std::pair {"POST", u"/api/user"_s},
              std::pair {"GET", u"/api/user/search?queryString=gil"_s}, std::pair {"POST", u"/api/login"_s}}) {
            const HttpResult result = m_api->request(method, path, "{}", "application/json", key);
            QVERIFY2(result.status == 401,
                     qPrintable(u"%1 %2 with key '%3': %4"_s.arg(QLatin1String(method), path, key).arg(result.status)));
            QVERIFY2(result.body.isEmpty(), result.body.constData());
        }
    }
}

void TestHeadlessAttacks::hostileRequestsGetA4xxAndTheProgramServesOn()
{
    const QList<QByteArray> bodies {"{",
                                    "[]",
                                    "null",
                                    "{\"loginId\":5}",
                                    "\"x\"",
                                    "{\"a\":" + QByteArray(5000, '['),
                                    QByteArray(60000, 'x'),
                                    "\xff\xfe\x00",
                                    "{\"twoFactorId\":[],\"code\":{}}",
                                    "{\"user\":{\"email\":true}}"};
    const QStringList paths {u"/api/login"_s, u"/api/two-factor/login"_s, u"/api/user"_s, u"/api/two-factor/send"_s,
                             u"/api/two-factor/send/x"_s};
    int answered = 0;
    for (const QString& path : paths) {
        for (const QByteArray& body : bodies) {
            const HttpResult result = m_api->request("POST", path, body);
            QVERIFY2(result.status >= 400 && result.status < 500,
                     qPrintable(u"POST %1 answered %2 to %3"_s.arg(path)
                                    .arg(result.status)
                                    .arg(QString::fromLatin1(body.left(40)))));
            ++answered;
        }
    }
    // Bytes no HTTP client library would send.
    const QList<QByteArray> raw {
        "POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{}",
        "POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}",
        "POST /api/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
        "GET /" + QByteArray(100000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n",
        "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",
        "GET /api/two-factor/secret HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(1 << 20, 'b') + "\r\n\r\n"};
    for (const QByteArray& bytes : raw) {
        const QByteArray answer = m_api->raw(bytes, 1500);
        QVERIFY2(!answer.startsWith("HTTP/1.1 2") && !answer.startsWith("HTTP/1.1 5"), answer.left(80).constData());
        ++answered;
    }
    qInfo("%d hostile requests to the running program: every one refused with a 4xx or the connection closed",
          answered);
    // Still serving, and still the same process.
    QCOMPARE(m_kiosk.state(), QProcess::Running);
    QCOMPARE(m_api->request("GET", u"/api/two-factor/secret"_s).status, 200);
}

void TestHeadlessAttacks::cleanupTestCase()
{
    if (m_kiosk.state() != QProcess::Running) {
        return;
    }
    m_kiosk.terminate();
    QVERIFY(m_kiosk.waitForFinished(30000));
    m_log += m_kiosk.readAllStandardError();
    QCOMPARE(m_kiosk.exitStatus(), QProcess::NormalExit);
    QVERIFY2(m_kiosk.exitCode() == 0, m_log.right(2000).constData());
    QVERIFY2(m_log.trimmed().endsWith("stopped"), m_log.right(500).constData());
}

QTEST_GUILESS_MAIN(TestHeadlessAttacks)
#include "tst_headlessattacks.moc"
