// The HTTP API against a real loopback server on a fixture service (fixed clock, fast hashing,
// recording SMS sender): every error status, every bad request, API keys, and that nothing blocks.

#include "ApiTestClient.h"
#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "api/ApiServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ApiTestClient;
using tfk::test::HttpResult;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

const QString kSecret = u"8MJJfCY4ERBtotvenSc3"_s; // its code at the fixture's time is 830023
const QString kCode = u"830023"_s;
const QString kPhone = u"+1 201 555 0123"_s;
const QString kPassword = u"correct horse battery"_s;
const QString kApplicationId = u"10000000-0000-0002-0000-000000000001"_s;

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A fixture service behind a listening API server with one valid key.
struct Harness
{
    explicit Harness(ServiceFixture::Options options = {})
        : f(options)
    {
        if (!f.problem().isEmpty()) {
            return;
        }
        keys = std::make_unique<ApiKeyStore>(*f.database, *f.cipher, f.clock);
        signer = std::make_unique<JwtSigner>(QByteArray(32, 'j'));
        ApiServerOptions serverOptions;
        serverOptions.port = 0;
        serverOptions.clock = &f.clock;
        server = std::make_unique<ApiServer>(*f.service, *keys, *signer, serverOptions);
        auto listening = server->listen();
        if (!listening) {
            qFatal("%s", qPrintable(listening.error().message));
        }
        client = std::make_unique<ApiTestClient>(server->baseUrl());
        client->setApiKey(keys->create(u"tests"_s)->key);
    }

    ~Harness()
    {
        client.reset();
        server.reset();
    }

    // A user with a phone, optionally enrolled with the tutorial secret.
    QString user(const QString& email, bool enrolled)
    {
        auto created = waitFor(f.service->createUser({email, {}, u"Test User"_s, kPhone, kPassword}));
        if (!created) {
            qFatal("%s", qPrintable(created.error().message));
        }
        if (enrolled) {
            auto enabled
                = waitFor(f.service->enableTwoFactor(created->id, kCode, kSecret, TwoFactorDelivery::TextMessage));
            if (!enabled) {
                qFatal("%s", qPrintable(enabled.error().message));
            }
        }
        return created->id;
    }

    QString twoFactorId(const QString& email)
    {
        const HttpResult login = client->postJson(
            u"/api/login"_s, {{u"loginId"_s, email}, {u"password"_s, kPassword}, {u"applicationId"_s, kApplicationId}});
        if (login.status != 242) {
            qFatal("login answered %d: %s", login.status, login.body.constData());
        }
        return login.json.value(u"twoFactorId"_s).toString();
    }

    ServiceFixture f;
    std::unique_ptr<ApiKeyStore> keys;
    std::unique_ptr<JwtSigner> signer;
    std::unique_ptr<ApiServer> server;
    std::unique_ptr<ApiTestClient> client;
};

} // namespace

#define REQUIRE_HARNESS(h) TFK_REQUIRE_FIXTURE((h).f)

class TestApiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secret();
    void apiKeys();
    void unauthenticatedEndpointsAreOpen();
    void users();
    void sendErrors();
    void enableAndDisableErrors();
    void loginStatuses();
    void lockoutIs409WithActions();
    void twoFactorLoginStatuses();
    void recoveryCodes();
    void importUsers();
    void searchUsers();
    void trustedComputer();
    void resendStatuses();
    void badRequests();
    void bodySizeLimits();
    void methodsAndRoutes();
    void slowTextsDoNotBlockOtherRequests();
    void clientGoneBeforeTheAnswer();
    void listenAddresses();
};

void TestApiServer::secret()
{
    Harness h;
    REQUIRE_HARNESS(h);
    const HttpResult result = h.client->request("GET", u"/api/two-factor/secret"_s);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9+/]{20}$"_s).match(result.json.value(u"secret"_s).toString()).hasMatch());
    QVERIFY(QRegularExpression(u"^[A-Z2-7]{32}$"_s)
                .match(result.json.value(u"secretBase32Encoded"_s).toString())
                .hasMatch());
}

void TestApiServer::apiKeys()
{
    Harness h;
    REQUIRE_HARNESS(h);
    const QString valid = h.client->apiKey();
    const QList<std::optional<QString>> refused = {
        QString(), // no header at all
        u"wrong-key"_s, QString(valid).replace(0, 1, valid.startsWith(u'A') ? u"B"_s : u"A"_s),
        u"Bearer "_s + valid, // FusionAuth's key is the header itself
    };
    for (const auto& key : refused) {
        const HttpResult result = h.client->request("GET", u"/api/two-factor/secret"_s, {}, {}, key);
        QCOMPARE(result.status, 401);
        QVERIFY(result.body.isEmpty());
    }
    QCOMPARE(h.client->request("GET", u"/api/two-factor/secret"_s).status, 200);
    // Every endpoint but the two open ones needs the key.
    for (const auto& [method, path] :
         QList<std::pair<QByteArray, QString>> {{"POST", u"/api/two-factor/send"_s},
                                                {"PUT", u"/api/user/two-factor/x"_s},
                                                {"POST", u"/api/user/two-factor/x"_s},
                                                {"DELETE", u"/api/user/two-factor/x?code=1"_s},
                                                {"DELETE", u"/api/user/two-factor?userId=x&code=1"_s},
                                                {"POST", u"/api/login"_s},
                                                {"POST", u"/api/user"_s},
                                                {"GET", u"/api/user?loginId=x"_s},
                                                {"GET", u"/api/user/x"_s}}) {
        const HttpResult result = h.client->request(method, path, "{}", "application/json", QString());
        QVERIFY2(result.status == 401, qPrintable(path));
    }
    // Revoked: refused from the next request on.
    const QString id = h.keys->list()->first().id;
    TFK_VERIFY_OK(h.keys->revoke(id));
    QCOMPARE(h.client->request("GET", u"/api/two-factor/secret"_s).status, 401);
    QVERIFY(h.keys->list()->first().lastUsedAt > 0);
}

void TestApiServer::unauthenticatedEndpointsAreOpen()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"open@example.com"_s, true);
    const QString twoFactorId = h.twoFactorId(u"open@example.com"_s);
    const QString code = h.f.sms.lastCode();
    h.f.clock.advanceSecs(31);
    // No key at all: the twoFactorId is the credential.
    const HttpResult resent = h.client->request("POST", u"/api/two-factor/send/"_s + twoFactorId, {}, {}, QString());
    QCOMPARE(resent.status, 200);
    QVERIFY(resent.body.isEmpty());
    const HttpResult done = h.client->request(
        "POST", u"/api/two-factor/login"_s,
        json({{u"twoFactorId"_s, twoFactorId}, {u"code"_s, h.f.sms.lastCode()}, {u"applicationId"_s, kApplicationId}}),
        "application/json", QString());
    QCOMPARE(done.status, 200);
    QVERIFY(!done.json.value(u"token"_s).toString().isEmpty());
    Q_UNUSED(code);
    // A wrong key on an open endpoint does not matter either.
    QCOMPARE(h.client->request("POST", u"/api/two-factor/send/unknown"_s, {}, {}, u"nonsense"_s).status, 404);
}

void TestApiServer::users()
{
    Harness h;
    REQUIRE_HARNESS(h);
    const QJsonObject body {{u"user"_s,
                             QJsonObject {{u"email"_s, u"Richard@Example.com"_s},
                                          {u"password"_s, kPassword},
                                          {u"mobilePhone"_s, kPhone},
                                          {u"fullName"_s, u"Richard Hendricks"_s},
                                          {u"username"_s, u"richard"_s},
                                          {u"birthDate"_s, u"1990-01-01"_s}}},
                            {u"skipVerification"_s, true}};
    const HttpResult created = h.client->postJson(u"/api/user"_s, body);
    QCOMPARE(created.status, 200);
    const QJsonObject user = created.json.value(u"user"_s).toObject();
    const QString id = user.value(u"id"_s).toString();
    QVERIFY(QRegularExpression(u"^[0-9a-f-]{36}$"_s).match(id).hasMatch());
    QCOMPARE(user.value(u"email"_s).toString(), u"Richard@Example.com"_s);
    QCOMPARE(user.value(u"username"_s).toString(), u"richard"_s);
    QCOMPARE(user.value(u"fullName"_s).toString(), u"Richard Hendricks"_s);
    QCOMPARE(user.value(u"mobilePhone"_s).toString(), u"+12015550123"_s);
    QCOMPARE(user.value(u"twoFactorEnabled"_s).toBool(true), false);
    QCOMPARE(user.value(u"twoFactorDelivery"_s).toString(), u"None"_s);
    QCOMPARE(user.value(u"active"_s).toBool(), true);
    QCOMPARE(user.value(u"insertInstant"_s).toInteger(), h.f.clock.currentMSecsSinceEpoch());
    QVERIFY(!user.contains(u"password"_s));
    QVERIFY(!user.contains(u"lastLoginInstant"_s));

    const HttpResult byId = h.client->request("GET", u"/api/user/"_s + id);
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.json.value(u"user"_s).toObject(), user);
    const HttpResult byLogin = h.client->request("GET", u"/api/user?loginId=richard%40example.com"_s);
    QCOMPARE(byLogin.status, 200);
    QCOMPARE(byLogin.json.value(u"user"_s).toObject().value(u"id"_s).toString(), id);
    QCOMPARE(h.client->request("GET", u"/api/user?username=richard"_s).status, 200);
    // Only a login id and a password are required.
    const HttpResult minimal = h.client->postJson(
        u"/api/user"_s, {{u"user"_s, QJsonObject {{u"username"_s, u"gilfoyle"_s}, {u"password"_s, kPassword}}}});
    QCOMPARE(minimal.status, 200);
    QVERIFY(!minimal.json.value(u"user"_s).toObject().contains(u"fullName"_s));

    const HttpResult unknown = h.client->request("GET", u"/api/user/00000000-0000-0000-0000-000000000000"_s);
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.body.isEmpty());
    QCOMPARE(h.client->request("GET", u"/api/user?loginId=nobody%40example.com"_s).status, 404);
    const HttpResult blank = h.client->request("GET", u"/api/user"_s);
    QCOMPARE(blank.status, 400);
    QCOMPARE(blank.fieldCode(u"loginId"_s), u"[blank]loginId"_s);

    const HttpResult duplicate = h.client->postJson(u"/api/user"_s, body);
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(duplicate.fieldCode(u"user.email"_s), u"[duplicate]user.email"_s);
    const HttpResult badPhone = h.client->postJson(
        u"/api/user"_s,
        {{u"user"_s,
          QJsonObject {
              {u"email"_s, u"p@example.com"_s}, {u"password"_s, kPassword}, {u"mobilePhone"_s, u"555-555-5555"_s}}}});
    QCOMPARE(badPhone.status, 400);
    QCOMPARE(badPhone.fieldCode(u"user.mobilePhone"_s), u"[invalid]user.mobilePhone"_s);
    const HttpResult noUser = h.client->postJson(u"/api/user"_s, {{u"email"_s, u"flat@example.com"_s}});
    QCOMPARE(noUser.status, 400);
    QCOMPARE(noUser.fieldCode(u"user"_s), u"[blank]user"_s);
    const HttpResult wrongType
        = h.client->postJson(u"/api/user"_s, {{u"user"_s, QJsonObject {{u"email"_s, 42}, {u"password"_s, kPassword}}}});
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(wrongType.fieldCode(u"user.email"_s), u"[invalid]user.email"_s);
}

void TestApiServer::sendErrors()
{
    Harness h;
    REQUIRE_HARNESS(h);
    // The tutorial's own number does not exist.
    const HttpResult tutorialPhone = h.client->postJson(
        u"/api/two-factor/send"_s, {{u"mobilePhone"_s, u"555-555-5555"_s}, {u"secret"_s, kSecret}});
    QCOMPARE(tutorialPhone.status, 400);
    QCOMPARE(tutorialPhone.fieldCode(u"mobilePhone"_s), u"[invalid]mobilePhone"_s);
    QVERIFY(!tutorialPhone.json.contains(u"generalErrors"_s));
    const HttpResult badSecret
        = h.client->postJson(u"/api/two-factor/send"_s, {{u"mobilePhone"_s, kPhone}, {u"secret"_s, u"has space"_s}});
    QCOMPARE(badSecret.status, 400);
    QCOMPARE(badSecret.fieldCode(u"secret"_s), u"[invalid]secret"_s);
    const HttpResult nothing = h.client->postJson(u"/api/two-factor/send"_s, {{u"applicationId"_s, kApplicationId}});
    QCOMPARE(nothing.status, 400);
    QCOMPARE(nothing.fieldCode(u"mobilePhone"_s), u"[blank]mobilePhone"_s);
    QVERIFY(h.f.sms.sent().isEmpty());

    const HttpResult sent
        = h.client->postJson(u"/api/two-factor/send"_s, {{u"mobilePhone"_s, kPhone}, {u"secret"_s, kSecret}});
    QCOMPARE(sent.status, 200);
    QVERIFY(sent.body.isEmpty());
    QCOMPARE(h.f.sms.lastCode(), kCode);
    // Within the cooldown: 429 with Retry-After.
    h.f.clock.advanceSecs(10);
    const HttpResult again
        = h.client->postJson(u"/api/two-factor/send"_s, {{u"mobilePhone"_s, kPhone}, {u"secret"_s, kSecret}});
    QCOMPARE(again.status, 429);
    QCOMPARE(again.header("Retry-After"), "20"_ba);
    QCOMPARE(again.generalCode(), u"[TooManyRequests]"_s);
    // The provider fails: 500 with its reason.
    h.f.clock.advanceSecs(30);
    h.f.sms.failWith(Error {u"twilio:21614"_s, u"not a mobile number (Twilio 21614)"_s});
    const HttpResult failed
        = h.client->postJson(u"/api/two-factor/send"_s, {{u"mobilePhone"_s, kPhone}, {u"secret"_s, kSecret}});
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.generalCode(), u"[TwoFactorSendFailed]"_s);
    QVERIFY(failed.body.contains("21614"));
    h.f.sms.failWith(std::nullopt);
    // To a user: unknown is 404, not enrolled is 400.
    QCOMPARE(h.client->postJson(u"/api/two-factor/send"_s, {{u"userId"_s, u"nobody"_s}}).status, 404);
    const QString plain = h.user(u"plain@example.com"_s, false);
    const HttpResult notEnrolled = h.client->postJson(u"/api/two-factor/send"_s, {{u"userId"_s, plain}});
    QCOMPARE(notEnrolled.status, 400);
    QCOMPARE(notEnrolled.fieldCode(u"userId"_s), u"[TwoFactorNotEnabled]"_s);
}

void TestApiServer::enableAndDisableErrors()
{
    Harness h;
    REQUIRE_HARNESS(h);
    const QString id = h.user(u"e@example.com"_s, false);
    const QString path = u"/api/user/two-factor/"_s + id;
    const auto enable = [&](const QByteArray& method, const QString& code, const QString& delivery) {
        return h.client->request(method, path,
                                 json({{u"code"_s, code}, {u"secret"_s, kSecret}, {u"delivery"_s, delivery}}));
    };
    const HttpResult wrong = enable("PUT", u"123456"_s, u"TextMessage"_s);
    QCOMPARE(wrong.status, 421);
    QVERIFY(wrong.body.isEmpty());
    const HttpResult blank = enable("PUT", QString(), u"TextMessage"_s);
    QCOMPARE(blank.status, 400);
    QCOMPARE(blank.fieldCode(u"code"_s), u"[blank]code"_s);
    const HttpResult badDelivery = enable("PUT", kCode, u"Carrier pigeon"_s);
    QCOMPARE(badDelivery.status, 400);
    QCOMPARE(badDelivery.fieldCode(u"delivery"_s), u"[invalid]delivery"_s);
    const HttpResult unknownUser
        = h.client->request("PUT", u"/api/user/two-factor/00000000-0000-0000-0000-000000000000"_s,
                            json({{u"code"_s, kCode}, {u"secret"_s, kSecret}, {u"delivery"_s, u"TextMessage"_s}}));
    QCOMPARE(unknownUser.status, 404);
    QVERIFY(unknownUser.body.isEmpty());
    auto noPhone = waitFor(h.f.service->createUser({u"nophone@example.com"_s, {}, u"N"_s, {}, kPassword}));
    const HttpResult withoutPhone
        = h.client->request("POST", u"/api/user/two-factor/"_s + noPhone->id,
                            json({{u"code"_s, kCode}, {u"secret"_s, kSecret}, {u"delivery"_s, u"TextMessage"_s}}));
    QCOMPARE(withoutPhone.status, 400);
    QCOMPARE(withoutPhone.fieldCode(u"user.mobilePhone"_s), u"[blank]user.mobilePhone"_s);
    // POST (the client libraries' verb) enables.
    const HttpResult enabled = enable("POST", kCode, u"TextMessage"_s);
    QCOMPARE(enabled.status, 200);
    // FusionAuth 1.26+: the enable answer carries the ten recovery codes.
    QCOMPARE(enabled.json.value(u"recoveryCodes"_s).toArray().size(), 10);
    QVERIFY(waitFor(h.f.service->findUser(id))->twoFactorEnabled);
    const HttpResult twice = enable("PUT", kCode, u"TextMessage"_s);
    QCOMPARE(twice.status, 400);

    // Disable: a used code is 421, the other forms reach the same user.
    const HttpResult used = h.client->request("DELETE", path + u"?code="_s + kCode);
    QCOMPARE(used.status, 421);
    QVERIFY(used.body.isEmpty());
    QCOMPARE(h.client->request("DELETE", u"/api/user/two-factor/nobody?code=123456"_s).status, 404);
    QCOMPARE(h.client->request("DELETE", u"/api/user/two-factor?code=123456"_s).status, 400);
    h.f.clock.advanceSecs(30);
    const HttpResult sent = h.client->postJson(u"/api/two-factor/send"_s, {{u"userId"_s, id}});
    QCOMPARE(sent.status, 200);
    const HttpResult disabled
        = h.client->request("DELETE", u"/api/user/two-factor?userId="_s + id + u"&code="_s + h.f.sms.lastCode());
    QCOMPARE(disabled.status, 200);
    QVERIFY(!waitFor(h.f.service->findUser(id))->twoFactorEnabled);
    const HttpResult notEnabled = h.client->request("DELETE", path + u"?code=123456"_s);
    QCOMPARE(notEnabled.status, 400);
    QCOMPARE(notEnabled.fieldCode(u"userId"_s), u"[TwoFactorNotEnabled]"_s);
}

void TestApiServer::loginStatuses()
{
    Harness h;
    REQUIRE_HARNESS(h);
    const QString plainId = h.user(u"plain@example.com"_s, false);
    h.user(u"twofactor@example.com"_s, true);
    const auto login = [&](const QString& loginId, const QString& password) {
        return h.client->postJson(u"/api/login"_s,
                                  {{u"loginId"_s, loginId},
                                   {u"password"_s, password},
                                   {u"applicationId"_s, kApplicationId},
                                   {u"ipAddress"_s, u"192.168.1.42"_s}});
    };
    // 404 with an empty body, the same for an unknown id and a wrong password.
    const HttpResult unknown = login(u"nobody@example.com"_s, kPassword);
    const HttpResult wrong = login(u"plain@example.com"_s, u"wrong password"_s);
    for (const HttpResult& result : {unknown, wrong}) {
        QCOMPARE(result.status, 404);
        QVERIFY(result.body.isEmpty());
    }
    // 200 without two-factor: the user and a token.
    const HttpResult plain = login(u"plain@example.com"_s, kPassword);
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.json.value(u"user"_s).toObject().value(u"id"_s).toString(), plainId);
    QCOMPARE(plain.json.value(u"user"_s).toObject().value(u"lastLoginInstant"_s).toInteger(),
             h.f.clock.currentMSecsSinceEpoch());
    QCOMPARE(plain.json.value(u"token"_s).toString().count(u'.'), 2);
    QVERIFY(!plain.json.contains(u"twoFactorTrustId"_s));
    const HttpResult noJwt = h.client->postJson(
        u"/api/login"_s, {{u"loginId"_s, u"plain@example.com"_s}, {u"password"_s, kPassword}, {u"noJWT"_s, true}});
    QCOMPARE(noJwt.status, 200);
    QVERIFY(!noJwt.json.contains(u"token"_s));
    // 242 with two-factor: only the twoFactorId, and the text went out.
    const int textsBefore = int(h.f.sms.sent().size());
    const HttpResult challenged = login(u"twofactor@example.com"_s, kPassword);
    QCOMPARE(challenged.status, 242);
    QCOMPARE(challenged.json.keys(), QStringList {u"twoFactorId"_s});
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s)
                .match(challenged.json.value(u"twoFactorId"_s).toString())
                .hasMatch());
    QCOMPARE(h.f.sms.sent().size(), textsBefore + 1);
    // 400 for validation, as fieldErrors.
    const HttpResult blank = login(QString(), kPassword);
    QCOMPARE(blank.status, 400);
    QCOMPARE(blank.fieldCode(u"loginId"_s), u"[blank]loginId"_s);
    const HttpResult badApplication = h.client->postJson(
        u"/api/login"_s,
        {{u"loginId"_s, u"plain@example.com"_s}, {u"password"_s, kPassword}, {u"applicationId"_s, u"nope"_s}});
    QCOMPARE(badApplication.status, 400);
    QCOMPARE(badApplication.fieldCode(u"applicationId"_s), u"[invalid]applicationId"_s);
    // The body's ipAddress reaches the audit log; without one, the client's address does.
    auto audit = waitFor(h.f.service->recentAudit({}, 50));
    TFK_VERIFY_OK(audit);
    QStringList addresses;
    for (const AuditEntry& entry : *audit) {
        if (entry.event == u"login"_s) {
            addresses << entry.ipAddress;
        }
    }
    QVERIFY(addresses.contains(u"192.168.1.42"_s));
    QVERIFY(addresses.contains(h.server->baseUrl().host()));
}

void TestApiServer::lockoutIs409WithActions()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"locked@example.com"_s, false);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(h.client->postJson(u"/api/login"_s, {{u"loginId"_s, u"locked@example.com"_s}, {u"password"_s, u"x"_s}})
                     .status,
                 404);
    }
    const HttpResult locked
        = h.client->postJson(u"/api/login"_s, {{u"loginId"_s, u"locked@example.com"_s}, {u"password"_s, kPassword}});
    QCOMPARE(locked.status, 409);
    QCOMPARE(locked.generalCode(), u"[LoginPreventedException]"_s);
    QCOMPARE(locked.header("Retry-After"), "180"_ba);
    const QJsonObject action = locked.json.value(u"actions"_s).toArray().first().toObject();
    QCOMPARE(action.value(u"expiry"_s).toInteger(), h.f.clock.currentMSecsSinceEpoch() + 180 * 1000);
    QVERIFY(!action.value(u"localizedReason"_s).toString().isEmpty());
    h.f.clock.advanceSecs(181);
    QCOMPARE(h.client->postJson(u"/api/login"_s, {{u"loginId"_s, u"locked@example.com"_s}, {u"password"_s, kPassword}})
                 .status,
             200);
}

void TestApiServer::recoveryCodes()
{
    Harness h;
    REQUIRE_HARNESS(h);
    const QString id = h.user(u"rc@example.com"_s, false);
    const HttpResult enabled
        = h.client->postJson(u"/api/user/two-factor/"_s + id,
                             {{u"code"_s, kCode}, {u"secret"_s, kSecret}, {u"delivery"_s, u"TextMessage"_s}});
    QCOMPARE(enabled.status, 200);
    const QJsonArray codes = enabled.json.value(u"recoveryCodes"_s).toArray();
    QCOMPARE(codes.size(), 10);

    // GET: only the count (the codes exist as keyed hashes only).
    const HttpResult listed = h.client->request("GET", u"/api/user/two-factor/recovery-code/"_s + id);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json.value(u"remaining"_s).toInt(), 10);
    QVERIFY(listed.json.value(u"recoveryCodes"_s).toArray().isEmpty());
    QCOMPARE(h.client->request("GET", u"/api/user/two-factor/recovery-code/"_s + id, {}, {}, QString()).status, 401);

    // A recovery code completes a login in place of the texted code, once.
    h.f.clock.advanceSecs(31);
    const auto complete = [&](const QString& twoFactorId, const QString& code) {
        return h.client->postJson(
            u"/api/two-factor/login"_s,
            {{u"twoFactorId"_s, twoFactorId}, {u"code"_s, code}, {u"applicationId"_s, kApplicationId}});
    };
    const HttpResult done = complete(h.twoFactorId(u"rc@example.com"_s), codes.at(3).toString().toLower());
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json.value(u"recoveryCodesRemaining"_s).toInt(), 9);
    h.f.clock.advanceSecs(31);
    QCOMPARE(complete(h.twoFactorId(u"rc@example.com"_s), codes.at(3).toString()).status, 421);

    // POST: a new set; the old codes are void.
    const HttpResult renewed = h.client->request("POST", u"/api/user/two-factor/recovery-code/"_s + id);
    QCOMPARE(renewed.status, 200);
    const QJsonArray fresh = renewed.json.value(u"recoveryCodes"_s).toArray();
    QCOMPARE(fresh.size(), 10);
    QCOMPARE(renewed.json.value(u"remaining"_s).toInt(), 10);
    h.f.clock.advanceSecs(31);
    const QString challenge = h.twoFactorId(u"rc@example.com"_s);
    QCOMPARE(complete(challenge, codes.at(5).toString()).status, 421);
    QCOMPARE(complete(challenge, fresh.at(0).toString()).status, 200);

    // Unknown user 404; a user without two-factor 400.
    QCOMPARE(h.client->request("GET", u"/api/user/two-factor/recovery-code/nobody"_s).status, 404);
    const QString plain = h.user(u"plain@example.com"_s, false);
    QCOMPARE(h.client->request("POST", u"/api/user/two-factor/recovery-code/"_s + plain).status, 400);
    QCOMPARE(h.client->request("DELETE", u"/api/user/two-factor/recovery-code/"_s + plain).status, 405);

    // The audit log names who acted: the key for keyed calls, "api user" for the open completion.
    auto keyed = waitFor(h.f.service->recentAudit(u"two-factor.recovery-codes"_s, 10));
    TFK_VERIFY_OK(keyed);
    QVERIFY(!keyed->isEmpty());
    QCOMPARE(keyed->first().actor, u"api-key tests"_s);
    auto open = waitFor(h.f.service->recentAudit(u"two-factor.login"_s, 10));
    TFK_VERIFY_OK(open);
    QVERIFY(!open->isEmpty());
    QCOMPARE(open->first().actor, u"api user"_s);
}

void TestApiServer::importUsers()
{
    Harness h;
    REQUIRE_HARNESS(h);
    QJsonArray users;
    for (int i = 0; i < 3; ++i) {
        users.append(QJsonObject {{u"email"_s, u"imp%1@example.com"_s.arg(i)},
                                  {u"fullName"_s, u"Imported %1"_s.arg(i)},
                                  {u"mobilePhone"_s, u"+1 201 555 01%1"_s.arg(30 + i)},
                                  {u"password"_s, u"imported password"_s},
                                  {u"registrations"_s, QJsonArray {}}});
    }
    QJsonArray bad = users;
    bad[1] = QJsonObject {{u"email"_s, u"nope"_s}, {u"password"_s, u"imported password"_s}};
    bad[2] = QJsonObject {{u"email"_s, u"imp0@example.com"_s}, {u"password"_s, u"imported password"_s}};
    const HttpResult refused = h.client->postJson(u"/api/user/import"_s, {{u"users"_s, bad}});
    QCOMPARE(refused.status, 400);
    const QJsonObject fieldErrors = refused.json.value(u"fieldErrors"_s).toObject();
    QCOMPARE(fieldErrors.keys(), (QStringList {u"users[1].email"_s, u"users[2].email"_s}));
    QCOMPARE(refused.fieldCode(u"users[2].email"_s), u"[duplicate]users[2].email"_s);
    QVERIFY(waitFor(h.f.service->findUserByLoginId(u"imp0@example.com"_s))->value_or(User {}).id.isEmpty());

    const HttpResult imported = h.client->postJson(u"/api/user/import"_s, {{u"users"_s, users}});
    QCOMPARE(imported.status, 200);
    QVERIFY(imported.body.isEmpty());
    const HttpResult found = h.client->request("GET", u"/api/user?loginId=imp2@example.com"_s);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json.value(u"user"_s).toObject().value(u"mobilePhone"_s).toString(), u"+12015550132"_s);
    // Again: every user is now a duplicate.
    QCOMPARE(h.client->postJson(u"/api/user/import"_s, {{u"users"_s, users}}).status, 400);
    QCOMPARE(h.client->postJson(u"/api/user/import"_s, {{u"users"_s, u"all"_s}}).status, 400);
    QCOMPARE(h.client->postJson(u"/api/user/import"_s, {{u"users"_s, users}, {u"encryptionScheme"_s, u"md5"_s}}).status,
             400);
    QCOMPARE(h.client->request("GET", u"/api/user/import"_s).status, 405);
}

void TestApiServer::searchUsers()
{
    Harness h;
    REQUIRE_HARNESS(h);
    QJsonArray users;
    // 30 Hendricks (phones ending 0100-0129) and one Bachman.
    for (int i = 0; i < 30; ++i) {
        users.append(QJsonObject {{u"email"_s, u"hendricks%1@example.com"_s.arg(i, 2, 10, QChar(u'0'))},
                                  {u"fullName"_s, u"Richard Hendricks %1"_s.arg(i, 2, 10, QChar(u'0'))},
                                  {u"mobilePhone"_s, u"+1 201 555 01%1"_s.arg(i, 2, 10, QChar(u'0'))},
                                  {u"password"_s, u"imported password"_s}});
    }
    users.append(QJsonObject {{u"email"_s, u"erlich@aviato.com"_s},
                              {u"fullName"_s, u"Erlich Bachman"_s},
                              {u"password"_s, u"imported password"_s}});
    QCOMPARE(h.client->postJson(u"/api/user/import"_s, {{u"users"_s, users}}).status, 200);
    const auto names = [](const HttpResult& result) {
        QStringList list;
        for (const QJsonValue& user : result.json.value(u"users"_s).toArray()) {
            list << user.toObject().value(u"fullName"_s).toString();
        }
        return list;
    };

    // Contains, case-insensitive, FusionAuth's default page of 25, ordered by name; the total counts all.
    const HttpResult first = h.client->request("GET", u"/api/user/search?queryString=HENDRICKS"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"total"_s).toInt(), 30);
    QCOMPARE(names(first).size(), 25);
    QCOMPARE(names(first).first(), u"Richard Hendricks 00"_s);
    QCOMPARE(names(first).last(), u"Richard Hendricks 24"_s);
    const HttpResult second
        = h.client->request("GET", u"/api/user/search?queryString=hendricks&startRow=25&numberOfResults=10"_s);
    QCOMPARE(names(second),
             (QStringList {u"Richard Hendricks 25"_s, u"Richard Hendricks 26"_s, u"Richard Hendricks 27"_s,
                           u"Richard Hendricks 28"_s, u"Richard Hendricks 29"_s}));
    // The end of a phone number; an email domain; everybody with "*"; nobody.
    QCOMPARE(names(h.client->request("GET", u"/api/user/search?queryString=0117"_s)),
             QStringList {u"Richard Hendricks 17"_s});
    const HttpResult domain = h.client->request("GET", u"/api/user/search?queryString=aviato"_s);
    QCOMPARE(names(domain), QStringList {u"Erlich Bachman"_s});
    QCOMPARE(domain.json.value(u"users"_s).toArray().first().toObject().value(u"email"_s).toString(),
             u"erlich@aviato.com"_s);
    QCOMPARE(
        h.client->request("GET", u"/api/user/search?queryString=*&numberOfResults=1"_s).json.value(u"total"_s).toInt(),
        31);
    const HttpResult none = h.client->request("GET", u"/api/user/search?queryString=gilfoyle"_s);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json.value(u"total"_s).toInt(), 0);
    QCOMPARE(none.json.value(u"users"_s).toArray().size(), 0);

    // Bad paging: a sentence naming the field; the key is required.
    QCOMPARE(
        h.client->request("GET", u"/api/user/search?queryString=a&numberOfResults=0"_s).fieldCode(u"numberOfResults"_s),
        u"[invalid]numberOfResults"_s);
    QCOMPARE(h.client->request("GET", u"/api/user/search?numberOfResults=many"_s).status, 400);
    QCOMPARE(h.client->request("GET", u"/api/user/search?startRow=-1"_s).fieldCode(u"startRow"_s),
             u"[invalid]startRow"_s);
    QCOMPARE(h.client->request("GET", u"/api/user/search?startRow=9990&numberOfResults=25"_s).status, 400);
    QCOMPARE(h.client->request("POST", u"/api/user/search"_s).status, 405);
    h.client->setApiKey(QString());
    QCOMPARE(h.client->request("GET", u"/api/user/search?queryString=hendricks"_s).status, 401);
}

void TestApiServer::twoFactorLoginStatuses()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"tf@example.com"_s, true);
    const QString twoFactorId = h.twoFactorId(u"tf@example.com"_s);
    const QString code = h.f.sms.lastCode();
    const QString wrongCode = code == u"000000"_s ? u"111111"_s : u"000000"_s;
    const auto complete = [&](const QString& id, const QString& c) {
        return h.client->postJson(u"/api/two-factor/login"_s,
                                  {{u"twoFactorId"_s, id},
                                   {u"code"_s, c},
                                   {u"applicationId"_s, kApplicationId},
                                   {u"ipAddress"_s, u"192.168.1.42"_s},
                                   {u"trustComputer"_s, false}});
    };
    const HttpResult unknown = complete(u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s, code);
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.body.isEmpty());
    const HttpResult blank = complete(twoFactorId, QString());
    QCOMPARE(blank.status, 400);
    QCOMPARE(blank.fieldCode(u"code"_s), u"[blank]code"_s);
    for (int i = 0; i < 5; ++i) {
        const HttpResult wrong = complete(twoFactorId, wrongCode);
        QCOMPARE(wrong.status, 421);
        QVERIFY(wrong.body.isEmpty());
    }
    const HttpResult dead = complete(twoFactorId, code);
    QCOMPARE(dead.status, 409);
    QCOMPARE(dead.generalCode(), u"[LoginPreventedExceptionTooManyTwoFactorAttempts]"_s);
    // A fresh challenge expires after 300 s: 404.
    h.f.clock.advanceSecs(31);
    const QString second = h.twoFactorId(u"tf@example.com"_s);
    h.f.clock.advanceSecs(301);
    QCOMPARE(complete(second, h.f.sms.lastCode()).status, 404);
    // trustComputer must be a boolean.
    const HttpResult badTrust = h.client->postJson(
        u"/api/two-factor/login"_s, {{u"twoFactorId"_s, second}, {u"code"_s, code}, {u"trustComputer"_s, u"yes"_s}});
    QCOMPARE(badTrust.status, 400);
    QCOMPARE(badTrust.fieldCode(u"trustComputer"_s), u"[invalid]trustComputer"_s);
}

void TestApiServer::trustedComputer()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"trust@example.com"_s, true);
    const QString twoFactorId = h.twoFactorId(u"trust@example.com"_s);
    const HttpResult done = h.client->postJson(
        u"/api/two-factor/login"_s,
        {{u"twoFactorId"_s, twoFactorId}, {u"code"_s, h.f.sms.lastCode()}, {u"trustComputer"_s, true}});
    QCOMPARE(done.status, 200);
    const QString trustId = done.json.value(u"twoFactorTrustId"_s).toString();
    QCOMPARE(trustId.size(), 43);
    const int texts = int(h.f.sms.sent().size());
    const HttpResult trusted = h.client->postJson(
        u"/api/login"_s,
        {{u"loginId"_s, u"trust@example.com"_s}, {u"password"_s, kPassword}, {u"twoFactorTrustId"_s, trustId}});
    QCOMPARE(trusted.status, 200);
    QCOMPARE(trusted.json.value(u"twoFactorTrustId"_s).toString(), trustId);
    QCOMPARE(h.f.sms.sent().size(), texts);
}

void TestApiServer::resendStatuses()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"resend@example.com"_s, true);
    const QString twoFactorId = h.twoFactorId(u"resend@example.com"_s);
    const HttpResult soon = h.client->request("POST", u"/api/two-factor/send/"_s + twoFactorId);
    QCOMPARE(soon.status, 429);
    QCOMPARE(soon.header("Retry-After"), "30"_ba);
    h.f.clock.advanceSecs(30);
    QCOMPARE(h.client->request("POST", u"/api/two-factor/send/"_s + twoFactorId).status, 200);
    // A JSON body (FusionAuth's clients send one) is accepted and ignored.
    h.f.clock.advanceSecs(30);
    QCOMPARE(h.client->request("POST", u"/api/two-factor/send/"_s + twoFactorId, R"({"method":"sms"})"_ba).status, 200);
    const HttpResult unknown = h.client->request("POST", u"/api/two-factor/send/AAAA"_s);
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.body.isEmpty());
}

void TestApiServer::badRequests()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"bad@example.com"_s, false);
    const HttpResult malformed = h.client->request("POST", u"/api/login"_s, R"({"loginId": "bad@example.com",)"_ba);
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.generalCode(), u"[invalid]"_s);
    QVERIFY(!malformed.json.contains(u"fieldErrors"_s));
    const HttpResult array = h.client->request("POST", u"/api/login"_s, R"(["bad@example.com"])"_ba);
    QCOMPARE(array.status, 400);
    QCOMPARE(array.generalCode(), u"[invalid]"_s);
    const HttpResult empty = h.client->request("POST", u"/api/login"_s);
    QCOMPARE(empty.status, 400);
    QCOMPARE(empty.generalCode(), u"[invalid]"_s);
    const HttpResult form = h.client->request("POST", u"/api/login"_s, "loginId=bad%40example.com&password=x",
                                              "application/x-www-form-urlencoded");
    QCOMPARE(form.status, 400);
    QCOMPARE(form.generalCode(), u"[InvalidContentType]"_s);
    const HttpResult text = h.client->request("POST", u"/api/two-factor/send"_s, "{}", "text/plain");
    QCOMPARE(text.status, 400);
    QCOMPARE(text.generalCode(), u"[InvalidContentType]"_s);
    // Parameters and case of the media type do not matter.
    const QByteArray body = json({{u"loginId"_s, u"bad@example.com"_s}, {u"password"_s, kPassword}});
    QCOMPARE(h.client->request("POST", u"/api/login"_s, body, "Application/JSON; charset=utf-8").status, 200);
    // Unknown fields are ignored.
    const HttpResult extra = h.client->postJson(u"/api/login"_s,
                                                {{u"loginId"_s, u"bad@example.com"_s},
                                                 {u"password"_s, kPassword},
                                                 {u"metaData"_s, QJsonObject {{u"device"_s, 1}}},
                                                 {u"someFutureField"_s, QJsonArray {1, 2}}});
    QCOMPARE(extra.status, 200);
    // A field of the wrong type is a field error.
    const HttpResult number = h.client->postJson(u"/api/login"_s, {{u"loginId"_s, 5}, {u"password"_s, kPassword}});
    QCOMPARE(number.status, 400);
    QCOMPARE(number.fieldCode(u"loginId"_s), u"[invalid]loginId"_s);
    // Garbage on the socket closes that connection and nothing else.
    h.client->raw("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http\r\n\r\n"_ba, 1000);
    QCOMPARE(h.client->request("GET", u"/api/two-factor/secret"_s).status, 200);
}

void TestApiServer::bodySizeLimits()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"size@example.com"_s, false);
    // Exactly 64 KiB is fine (the padding is an unknown field).
    const QByteArray start = R"({"loginId":"size@example.com","password":")" + kPassword.toUtf8() + R"(","pad":")";
    const QByteArray exact = start + QByteArray(64 * 1024 - start.size() - 2, 'p') + R"("})";
    QCOMPARE(exact.size(), 64 * 1024);
    QCOMPARE(h.client->request("POST", u"/api/login"_s, exact).status, 200);
    // One byte more is 413, refused from the announced length before the body is read.
    QByteArray over = exact;
    over.insert(over.size() - 2, 'p');
    const HttpResult tooLarge = h.client->request("POST", u"/api/login"_s, over);
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.generalCode(), u"[RequestTooLarge]"_s);
    QCOMPARE(h.server->refusedBeforeReading(), 1);
    // Far larger: still 413, and the server is fine.
    const QByteArray huge = "{\"pad\":\"" + QByteArray(4 * 1024 * 1024, 'p') + "\"}";
    const HttpResult hugeResult = h.client->request("POST", u"/api/login"_s, huge);
    QVERIFY2(hugeResult.status == 413 || hugeResult.error == QNetworkReply::RemoteHostClosedError,
             qPrintable(QString::number(hugeResult.status)));
    // A lying Content-Length far beyond the limit, without the body: answered at once.
    const QByteArray announced = h.client->raw("POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                                               "\r\nContent-Length: 999999999999\r\n\r\n{"_ba);
    QVERIFY2(announced.startsWith("HTTP/1.1 413 "), announced.constData());
    // Chunked bodies have no announced length: 411.
    const QByteArray chunked = h.client->raw("POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                                             "\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"_ba);
    QVERIFY2(chunked.startsWith("HTTP/1.1 411 "), chunked.constData());
    // A head that arrives in pieces is not inspected early; the server checks the body itself.
    QTcpSocket socket;
    socket.connectToHost(h.server->baseUrl().host(), h.server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/login HTTP/1.1\r\n");
    QVERIFY(socket.waitForBytesWritten(5000));
    QTest::qWait(100);
    socket.write("Host: x\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(over.size())
                 + "\r\n\r\n" + over);
    QByteArray split;
    QTRY_VERIFY_WITH_TIMEOUT((split += socket.readAll()).contains("generalErrors"), 10000);
    QVERIFY2(split.startsWith("HTTP/1.1 413 "), split.constData());
    QCOMPARE(h.client->request("GET", u"/api/two-factor/secret"_s).status, 200);
}

void TestApiServer::methodsAndRoutes()
{
    Harness h;
    REQUIRE_HARNESS(h);
    for (const QString& path :
         {u"/api/nothing"_s, u"/api/two-factor/secrets"_s, u"/"_s, u"/api/user/a/b"_s, u"/api/two-factor/send/a/b"_s}) {
        const HttpResult result = h.client->request("GET", path);
        QVERIFY2(result.status == 404, qPrintable(path));
        QVERIFY(result.body.isEmpty());
    }
    const HttpResult deleteSecret = h.client->request("DELETE", u"/api/two-factor/secret"_s);
    QCOMPARE(deleteSecret.status, 405);
    QCOMPARE(deleteSecret.header("Allow"), "GET"_ba);
    QCOMPARE(deleteSecret.generalCode(), u"[MethodNotAllowed]"_s);
    const HttpResult patch = h.client->request("PATCH", u"/api/user/two-factor/x"_s, "{}");
    QCOMPARE(patch.status, 405);
    QCOMPARE(patch.header("Allow"), "PUT, POST, DELETE"_ba);
    QCOMPARE(h.client->request("GET", u"/api/login"_s).header("Allow"), "POST"_ba);
    QCOMPARE(h.client->request("PUT", u"/api/user"_s, "{}").header("Allow"), "GET, POST"_ba);
    QCOMPARE(h.client->request("GET", u"/api/two-factor/login"_s).status, 405);
    // No key needed to learn that a method is wrong, but nothing else either.
    QCOMPARE(h.client->request("DELETE", u"/api/login"_s, {}, {}, QString()).status, 405);
}

void TestApiServer::slowTextsDoNotBlockOtherRequests()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.f.sms.hold(true);
    QNetworkReply* sending = h.client->start("POST", u"/api/two-factor/send"_s,
                                             json({{u"mobilePhone"_s, kPhone}, {u"secret"_s, kSecret}}));
    QTRY_COMPARE(h.server->pendingRequests(), 1);
    // Meanwhile another client is answered at once.
    ApiTestClient other(h.server->baseUrl());
    other.setApiKey(h.client->apiKey());
    QCOMPARE(other.request("GET", u"/api/two-factor/secret"_s).status, 200);
    QVERIFY(!sending->isFinished());
    h.f.sms.release();
    const HttpResult sent = ApiTestClient::collect(sending);
    QCOMPARE(sent.status, 200);
    QCOMPARE(h.server->pendingRequests(), 0);
}

void TestApiServer::clientGoneBeforeTheAnswer()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.f.sms.hold(true);
    QNetworkReply* sending = h.client->start("POST", u"/api/two-factor/send"_s,
                                             json({{u"mobilePhone"_s, kPhone}, {u"secret"_s, kSecret}}));
    QTRY_COMPARE(h.server->pendingRequests(), 1);
    sending->abort();
    sending->deleteLater();
    QTest::qWait(50);
    h.f.sms.release();
    QTRY_COMPARE(h.server->pendingRequests(), 0);
    QCOMPARE(h.client->request("GET", u"/api/two-factor/secret"_s).status, 200);
    // A server that goes away with a request pending does not crash either.
    h.f.sms.hold(true);
    h.f.clock.advanceSecs(31);
    QNetworkReply* orphan = h.client->start("POST", u"/api/two-factor/send"_s,
                                            json({{u"mobilePhone"_s, kPhone}, {u"secret"_s, kSecret}}));
    QTRY_COMPARE(h.server->pendingRequests(), 1);
    h.server.reset();
    h.f.sms.release();
    const HttpResult result = ApiTestClient::collect(orphan, 5000);
    QVERIFY(result.status == 0);
}

void TestApiServer::listenAddresses()
{
    auto parsed = ApiServerOptions::withListen(u"127.0.0.1:9011"_s, {});
    TFK_VERIFY_OK(parsed);
    QCOMPARE(parsed->address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(parsed->port, 9011);
    QCOMPARE(ApiServerOptions::withListen(u"[::1]:8080"_s, {})->address, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(ApiServerOptions::withListen(u"localhost:0"_s, {})->port, 0);
    for (const QString& bad : {u"9011"_s, u"127.0.0.1"_s, u"127.0.0.1:70000"_s, u"example.com:80"_s, u":80"_s}) {
        TFK_VERIFY_ERROR(ApiServerOptions::withListen(bad, {}), "[invalid]api-listen");
    }
    // An address other computers can reach is refused without the explicit flag (nothing is bound).
    Harness h;
    REQUIRE_HARNESS(h);
    ApiServerOptions remote;
    remote.address = QHostAddress(u"192.0.2.10"_s);
    ApiServer server(*h.f.service, *h.keys, *h.signer, remote);
    auto refused = server.listen();
    TFK_VERIFY_ERROR(refused, "[RemoteApiRefused]");
    QVERIFY(refused.error().message.contains(u"--allow-remote-api"_s));
    QVERIFY(!server.isListening());
    ApiServerOptions any;
    any.address = QHostAddress(QHostAddress::Any);
    TFK_VERIFY_ERROR(ApiServer(*h.f.service, *h.keys, *h.signer, any).listen(), "[RemoteApiRefused]");
}

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
