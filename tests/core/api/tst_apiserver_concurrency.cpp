// 50 clients at once, each on its own connection pool, each creating a user, enrolling, logging in
// (242) and completing, while the texts travel the real path (Twilio client -> HTTP -> mock sink).
// Afterwards every phone has received exactly its two texts: none lost, none duplicated.

#include "ApiTestClient.h"
#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "api/ApiServer.h"
#include "sms/TwilioSmsSender.h"
#include "sms/sink/TwilioSink.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ApiTestClient;
using tfk::test::HttpResult;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

constexpr int kClients = 50;
const QString kPassword = u"correct horse battery"_s;

// Codes for this phone, oldest first, from the sink.
QStringList codesFor(const TwilioSink& sink, const QString& e164)
{
    static const QRegularExpression pattern(u"(\\d{6})$"_s);
    QStringList codes;
    for (const SinkMessage& message : sink.messages()) {
        if (message.to == e164) {
            codes << pattern.match(message.body).captured(1);
        }
    }
    return codes;
}

// One client walking the flow; each step starts when the previous answer arrives.
class FlowClient : public QObject
{
public:
    FlowClient(int index, const QUrl& base, const QString& apiKey, const TwilioSink& sink)
        : m_client(base)
        , m_sink(sink)
        , m_index(index)
    {
        m_client.setApiKey(apiKey);
        // Half the phones in New Jersey, half in California.
        m_phone = index % 2 == 0 ? u"+1201555%1"_s.arg(100 + index, 4, 10, QChar(u'0'))
                                 : u"+1415555%1"_s.arg(100 + index, 4, 10, QChar(u'0'));
        m_secret = TotpSecret::generate().secret();
    }

    void start()
    {
        post(
            "POST", u"/api/user"_s,
            QJsonObject {{u"user"_s,
                          QJsonObject {{u"email"_s, u"client%1@example.com"_s.arg(m_index)},
                                       {u"password"_s, kPassword},
                                       {u"mobilePhone"_s, m_phone}}}},
            [this](const HttpResult& created) {
                m_userId = created.json.value(u"user"_s).toObject().value(u"id"_s).toString();
                sendEnrollment();
            },
            200);
    }

    bool done() const { return m_done; }
    QString failure() const { return m_failure; }
    const QString& phone() const { return m_phone; }

private:
    void sendEnrollment()
    {
        post(
            "POST", u"/api/two-factor/send"_s, {{u"mobilePhone"_s, m_phone}, {u"secret"_s, m_secret}},
            [this](const HttpResult&) { enable(); }, 200);
    }

    void enable()
    {
        const QStringList codes = codesFor(m_sink, m_phone);
        if (codes.size() != 1) {
            return fail(u"expected 1 enrollment text, the sink has %1"_s.arg(codes.size()));
        }
        post(
            "PUT", u"/api/user/two-factor/"_s + m_userId,
            {{u"code"_s, codes.first()}, {u"secret"_s, m_secret}, {u"delivery"_s, u"TextMessage"_s}},
            [this](const HttpResult&) { login(); }, 200);
    }

    void login()
    {
        post(
            "POST", u"/api/login"_s,
            {{u"loginId"_s, u"client%1@example.com"_s.arg(m_index)},
             {u"password"_s, kPassword},
             {u"applicationId"_s, u"10000000-0000-0002-0000-000000000001"_s},
             {u"ipAddress"_s, u"192.168.1.42"_s}},
            [this](const HttpResult& challenged) { complete(challenged.json.value(u"twoFactorId"_s).toString()); },
            242);
    }

    void complete(const QString& twoFactorId)
    {
        const QStringList codes = codesFor(m_sink, m_phone);
        if (codes.size() != 2) {
            return fail(u"expected 2 texts after the login, the sink has %1"_s.arg(codes.size()));
        }
        post(
            "POST", u"/api/two-factor/login"_s, {{u"twoFactorId"_s, twoFactorId}, {u"code"_s, codes.last()}},
            [this](const HttpResult& signedIn) {
                if (signedIn.json.value(u"user"_s).toObject().value(u"mobilePhone"_s).toString() != m_phone) {
                    return fail(u"signed in as somebody else"_s);
                }
                m_done = true;
            },
            200);
    }

    template <typename Next>
    void post(const QByteArray& method, const QString& path, const QJsonObject& body, Next next, int expected)
    {
        QNetworkReply* reply
            = m_client.start(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
        connect(reply, &QNetworkReply::finished, this, [this, reply, next, expected, path] {
            const HttpResult result = ApiTestClient::collect(reply);
            if (result.status != expected) {
                return fail(u"%1 answered %2: %3"_s.arg(path).arg(result.status).arg(QString::fromUtf8(result.body)));
            }
            next(result);
        });
    }

    void fail(const QString& why)
    {
        if (m_failure.isEmpty()) {
            m_failure = m_phone + u": "_s + why;
        }
    }

    ApiTestClient m_client;
    const TwilioSink& m_sink;
    int m_index;
    QString m_phone;
    QString m_secret;
    QString m_userId;
    bool m_done = false;
    QString m_failure;
};

} // namespace

class TestApiServerConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiftyClientsCompleteTheFlow();
    void passwordChecksAreBoundedAndCheapRequestsDoNotWait();
};

void TestApiServerConcurrency::fiftyClientsCompleteTheFlow()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    TwilioSink::Options sinkOptions;
    sinkOptions.statusStepMs = 0; // no delivery reports to chase
    TwilioSink sink(sinkOptions);
    QVERIFY(sink.start().has_value());
    QNetworkAccessManager network;
    TwilioConfig config;
    config.baseUrl = sink.baseUrl();
    config.accountSid = sinkOptions.accountSid;
    config.authToken = sinkOptions.authToken;
    config.fromNumber = u"+15005550006"_s;
    config.trackDelivery = false;
    TwilioSmsSender sender(config, &network);
    // The fixture's pieces with a sender that really talks HTTP to the sink. The default limits hold:
    // 100 texts in the hour (limit 300), two per phone (limit 5 per 10 minutes).
    // Fifty user creations arrive at once: admit them all (the bound itself is tested below).
    ServiceOptions serviceOptions;
    serviceOptions.maxPendingPasswordWork = 2 * kClients;
    TwoFactorService service(*f.database, sender, f.clock, *f.cipher, *f.hasher, PhoneNumberParser(), TwoFactorRules(),
                             serviceOptions);
    ApiKeyStore keys(*f.database, *f.cipher, f.clock);
    const JwtSigner signer(QByteArray(32, 'c'));
    ApiServerOptions options;
    options.port = 0;
    ApiServer server(service, keys, signer, options);
    QVERIFY(server.listen().has_value());
    const QString key = keys.create(u"load"_s)->key;

    std::vector<std::unique_ptr<FlowClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<FlowClient>(i, server.baseUrl(), key, sink));
    }
    for (auto& client : clients) {
        client->start();
    }
    const auto finished = [&] {
        return std::all_of(clients.begin(), clients.end(),
                           [](const auto& client) { return client->done() || !client->failure().isEmpty(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(finished(), 60000);
    for (const auto& client : clients) {
        QVERIFY2(client->failure().isEmpty(), qPrintable(client->failure()));
        QVERIFY(client->done());
    }
    // No text lost or duplicated: two per phone, a hundred in all, and the log agrees.
    QCOMPARE(sink.messages().size(), 2 * kClients);
    for (const auto& client : clients) {
        QCOMPARE(codesFor(sink, client->phone()).size(), 2);
    }
    auto logged = waitFor(service.recentSms(1000));
    QCOMPARE(logged->size(), 2 * kClients);
    QCOMPARE(server.pendingRequests(), 0);
}

void TestApiServerConcurrency::passwordChecksAreBoundedAndCheapRequestsDoNotWait()
{
    // Real Argon2id (tens of ms per check), one password thread, two checks admitted at a time.
    ServiceFixture::Options fixtureOptions;
    fixtureOptions.hashing = PasswordHashingLimits::interactive();
    fixtureOptions.service.passwordThreads = 1;
    fixtureOptions.service.maxPendingPasswordWork = 2;
    ServiceFixture f(fixtureOptions);
    TFK_REQUIRE_FIXTURE(f);
    ApiKeyStore keys(*f.database, *f.cipher, f.clock);
    const JwtSigner signer(QByteArray(32, 'c'));
    ApiServerOptions options;
    options.port = 0;
    ApiServer server(*f.service, keys, signer, options);
    QVERIFY(server.listen().has_value());
    ApiTestClient client(server.baseUrl());
    client.setApiKey(keys.create(u"load"_s)->key);
    TFK_VERIFY_OK(waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard"_s, {}, kPassword})));

    const QByteArray login
        = QJsonDocument(QJsonObject {{u"loginId"_s, u"richard@example.com"_s}, {u"password"_s, kPassword}})
              .toJson(QJsonDocument::Compact);
    // Six sign-ins at once (QNetworkAccessManager opens six connections to one host).
    QList<QNetworkReply*> logins;
    for (int i = 0; i < 6; ++i) {
        logins.append(client.start("POST", u"/api/login"_s, login));
    }
    // A cheap request sent after them is answered while password checks are still running.
    QTRY_VERIFY_WITH_TIMEOUT(server.pendingRequests() > 0, 10000);
    const HttpResult secret = ApiTestClient::collect(client.start("GET", u"/api/two-factor/secret"_s));
    QCOMPARE(secret.status, 200);
    const bool loginsStillRunning
        = std::any_of(logins.cbegin(), logins.cend(), [](QNetworkReply* reply) { return !reply->isFinished(); });
    QVERIFY2(loginsStillRunning, "every sign-in finished before the cheap request was answered");

    int ok = 0;
    int busy = 0;
    for (QNetworkReply* reply : logins) {
        const HttpResult result = ApiTestClient::collect(reply);
        if (result.status == 200) {
            ++ok;
        } else {
            QCOMPARE(result.status, 503);
            QCOMPARE(result.header("Retry-After"), QByteArray("1"));
            QVERIFY(result.body.contains("[ServiceBusy]"));
            ++busy;
        }
    }
    // Two admitted at a time: at least the first two are answered, and the rest wait for nobody.
    QVERIFY2(ok >= 2 && busy >= 1, qPrintable(u"%1 answered 200, %2 answered 503"_s.arg(ok).arg(busy)));
    QCOMPARE(ok + busy, 6);
    QTRY_COMPARE_WITH_TIMEOUT(server.pendingRequests(), 0, 10000);
}

QTEST_GUILESS_MAIN(TestApiServerConcurrency)
#include "tst_apiserver_concurrency.moc"
