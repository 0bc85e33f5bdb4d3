// The HTTP API attacked the way an attacker would: thousands of code guesses, recovery-code guessing,
// replays, SMS pumping, user enumeration, API-key abuse and hostile HTTP, against a real loopback
// server on a fixture service (fixed clock, fast hashing, recording SMS sender). Each attack asserts
// that the limits hold; the figures (guesses evaluated, expected time to a lucky guess, timings) are
// printed for the README's "Promises and proofs".

#include "ApiTestClient.h"
#include "FutureWait.h"
#include "ServiceFixture.h"
#include "api/ApiServer.h"
#include "totp/TotpGenerator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

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

    QString user(const QString& email, bool enrolled, const QString& phone = kPhone)
    {
        auto created = waitFor(f.service->createUser({email, {}, u"Test User"_s, phone, kPassword}));
        if (!created) {
            qFatal("%s", qPrintable(created.error().message));
        }
        if (enrolled) {
            auto enabled
                = waitFor(f.service->enableTwoFactor(created->id, kCode, kSecret, TwoFactorDelivery::TextMessage));
            if (!enabled) {
                qFatal("%s", qPrintable(enabled.error().message));
            }
            recoveryCodes = enabled->recoveryCodes;
        }
        return created->id;
    }

    HttpResult login(const QString& loginId, const QString& password = kPassword)
    {
        return client->postJson(u"/api/login"_s, {{u"loginId"_s, loginId}, {u"password"_s, password}});
    }

    HttpResult complete(const QString& twoFactorId, const QString& code, ApiTestClient* other = nullptr)
    {
        return (other ? other : client.get())
            ->postJson(u"/api/two-factor/login"_s, {{u"twoFactorId"_s, twoFactorId}, {u"code"_s, code}});
    }

    ServiceFixture f;
    std::unique_ptr<ApiKeyStore> keys;
    std::unique_ptr<JwtSigner> signer;
    std::unique_ptr<ApiServer> server;
    std::unique_ptr<ApiTestClient> client;
    QStringList recoveryCodes;
};

// A six-digit guess that is none of `valid`.
QString wrongCode(int n, const QSet<QString>& valid)
{
    QString guess = u"%1"_s.arg(n % 1000000, 6, 10, QChar(u'0'));
    while (valid.contains(guess)) {
        guess = u"%1"_s.arg((guess.toInt() + 1) % 1000000, 6, 10, QChar(u'0'));
    }
    return guess;
}

// Every code the window accepts at `unixSeconds` for the fixture's secret (look-behind and look-ahead 1),
// from the RFC 6238 generator: guesses avoid them, so a 200 can only mean a limit failed.
QSet<QString> validCodes(qint64 unixSeconds)
{
    auto generator = TotpGenerator::create(kSecret.toLatin1());
    QSet<QString> codes;
    for (int step = -1; step <= 1; ++step) {
        codes.insert(generator->codeAt(unixSeconds + step * 30));
    }
    return codes;
}

qint64 nowSecs(Harness& h)
{
    return h.f.clock.currentMSecsSinceEpoch() / 1000;
}

struct Counts
{
    QMap<int, int> byStatus;
    int of(int status) const { return byStatus.value(status); }
};

// Sends `bodies` to `path`, `inFlight` at a time; counts the statuses.
Counts flood(ApiTestClient& client, const QString& path, const QList<QByteArray>& bodies, int inFlight = 50)
{
    Counts counts;
    for (qsizetype from = 0; from < bodies.size(); from += inFlight) {
        QList<QNetworkReply*> replies;
        for (qsizetype i = from; i < std::min(bodies.size(), from + inFlight); ++i) {
            replies << client.start("POST", path, bodies.at(i));
        }
        for (QNetworkReply* reply : std::as_const(replies)) {
            ++counts.byStatus[ApiTestClient::collect(reply).status];
        }
    }
    return counts;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString describe(const Counts& counts)
{
    QStringList parts;
    for (auto it = counts.byStatus.cbegin(); it != counts.byStatus.cend(); ++it) {
        parts << u"%1: %2"_s.arg(it.key()).arg(it.value());
    }
    return parts.join(u", "_s);
}

} // namespace

#define REQUIRE_HARNESS(h) TFK_REQUIRE_FIXTURE((h).f)

class TestApiAttacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessingOneChallenge();
    void guessingAcrossChallenges();
    void recoveryCodeGuessingAndReuse();
    void replayOfAnAcceptedCode();
    void smsPumping();
    void userEnumeration();
    void apiKeys();
    void hostileHttp();
    void slowAndHalfOpenClients();
};

void TestApiAttacks::guessingOneChallenge()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"victim@example.com"_s, true);
    const QString twoFactorId = h.login(u"victim@example.com"_s).json.value(u"twoFactorId"_s).toString();
    QVERIFY(!twoFactorId.isEmpty());
    const QSet<QString> valid = validCodes(nowSecs(h));
    // 10,000 guesses, 50 in flight at once, the right code among the last ones.
    QList<QByteArray> bodies;
    for (int i = 0; i < 10000; ++i) {
        const QString code = i >= 9990 ? h.f.sms.lastCode() : wrongCode(i * 7919, valid);
        bodies << json({{u"twoFactorId"_s, twoFactorId}, {u"code"_s, code}});
    }
    const Counts counts = flood(*h.client, u"/api/two-factor/login"_s, bodies);
    qInfo("10,000 guesses at one twoFactorId: %s", qPrintable(describe(counts)));
    // Five wrong codes are evaluated (421), then the challenge is dead (409) for the rest, the right
    // code included: nothing got in.
    QCOMPARE(counts.of(200), 0);
    QCOMPARE(counts.of(421), TwoFactorRules {}.maxWrongCodes);
    QCOMPARE(counts.of(409), 10000 - TwoFactorRules {}.maxWrongCodes);
}

void TestApiAttacks::guessingAcrossChallenges()
{
    // The attacker knows the password and opens challenge after challenge for one user (a challenge
    // opens even when the phone may not be texted again), guessing until each one refuses, a login
    // every 20 seconds for one simulated hour.
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"victim@example.com"_s, true);
    const TwoFactorRules rules;
    const int seconds = 3600;
    const int every = 30;
    int challenges = 0;
    int evaluated = 0;
    int refused = 0;
    for (int second = every; second < seconds; second += every) {
        h.f.clock.advanceSecs(every);
        const HttpResult login = h.login(u"victim@example.com"_s);
        QCOMPARE(login.status, 242);
        ++challenges;
        const QString twoFactorId = login.json.value(u"twoFactorId"_s).toString();
        const QSet<QString> valid = validCodes(nowSecs(h));
        for (int guess = 0; guess < rules.maxWrongCodes + 1; ++guess) {
            const HttpResult result = h.complete(twoFactorId, wrongCode(second * 13 + guess, valid));
            QVERIFY2(result.status == 421 || result.status == 409, "a guessed code got in");
            if (result.status != 421) {
                ++refused;
                break;
            }
            ++evaluated;
        }
    }
    // The phone got no more texts than its limit allows in an hour.
    QCOMPARE(h.f.sms.sent().size(), rules.maxSendsPerPhone * (seconds / rules.phoneSendWindowSeconds));
    // Every guess is evaluated only within the account's hourly budget of wrong codes.
    QCOMPARE(evaluated, rules.maxWrongCodesPerUserPerHour);
    // A guess matches one of the codes of the window (look-behind + current + look-ahead).
    const double validPerGuess = double(rules.lookBehindSteps + 1 + rules.lookAheadSteps) / 1e6;
    const double hoursToSucceed = 1.0 / (validPerGuess * evaluated);
    // Twilio Verify: one valid code, 5 wrong per verification, 5 verifications (sends) per phone per 10 minutes:
    // 150 guesses an hour at one in a million.
    const double twilioHours = 1e6 / (6.0 * 5 * 5);
    qInfo("a login every %ds for an hour: %d challenges, %d guesses evaluated, %d refused unread, %d texts; expected "
          "time to a lucky guess %.0f hours (%.1f years); with Twilio Verify's limits %.0f hours",
          every, challenges, evaluated, refused, int(h.f.sms.sent().size()), hoursToSucceed, hoursToSucceed / 8766,
          twilioHours);
    QVERIFY(hoursToSucceed > twilioHours);
    // The budget refills an hour after the first wrong code; the right code still works then.
    h.f.clock.advanceSecs(3600);
    const QString fresh = h.login(u"victim@example.com"_s).json.value(u"twoFactorId"_s).toString();
    QCOMPARE(h.complete(fresh, h.f.sms.lastCode()).status, 200);
}

void TestApiAttacks::recoveryCodeGuessingAndReuse()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"victim@example.com"_s, true);
    const QStringList victimCodes = h.recoveryCodes;
    QCOMPARE(victimCodes.size(), 10);
    const QString otherId = h.user(u"other@example.com"_s, true, u"+1 201 555 0199"_s);
    const QStringList otherCodes = h.recoveryCodes;

    // Guessing: recovery-code-shaped guesses are wrong codes like any other; five kill the challenge.
    const QString challenge = h.login(u"victim@example.com"_s).json.value(u"twoFactorId"_s).toString();
    QRandomGenerator random(14);
    const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QList<QByteArray> bodies;
    for (int i = 0; i < 1000; ++i) {
        QString guess;
        for (int c = 0; c < 10; ++c) {
            guess += alphabet.at(random.bounded(int(alphabet.size())));
        }
        guess.insert(5, u'-');
        QVERIFY(!victimCodes.contains(guess));
        bodies << json({{u"twoFactorId"_s, challenge}, {u"code"_s, guess}});
    }
    const Counts guessed = flood(*h.client, u"/api/two-factor/login"_s, bodies);
    qInfo("1,000 recovery-code guesses at one challenge: %s", qPrintable(describe(guessed)));
    QCOMPARE(guessed.of(200), 0);
    QCOMPARE(guessed.of(421), 5);
    // Even the right recovery code no longer opens that dead challenge.
    QCOMPARE(h.complete(challenge, victimCodes.at(0)).status, 409);

    // Another user's code is a wrong code.
    h.f.clock.advanceSecs(31);
    const QString second = h.login(u"victim@example.com"_s).json.value(u"twoFactorId"_s).toString();
    QCOMPARE(h.complete(second, otherCodes.at(0)).status, 421);
    // The victim's own code works once ...
    const HttpResult used = h.complete(second, victimCodes.at(1));
    QCOMPARE(used.status, 200);
    QCOMPARE(used.json.value(u"recoveryCodesRemaining"_s).toInt(), 9);
    // ... and never again; the other user's codes were not touched.
    h.f.clock.advanceSecs(31);
    const QString third = h.login(u"victim@example.com"_s).json.value(u"twoFactorId"_s).toString();
    QCOMPARE(h.complete(third, victimCodes.at(1)).status, 421);
    QCOMPARE(waitFor(h.f.service->recoveryCodes(otherId))->remaining, 10);
}

void TestApiAttacks::replayOfAnAcceptedCode()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"victim@example.com"_s, true);
    ApiTestClient second(h.server->baseUrl());
    const QString first = h.login(u"victim@example.com"_s).json.value(u"twoFactorId"_s).toString();
    const QString code = h.f.sms.lastCode();
    QCOMPARE(h.complete(first, code).status, 200);
    // The same challenge again, by the same client and by another: it is gone.
    QCOMPARE(h.complete(first, code).status, 404);
    QCOMPARE(h.complete(first, code, &second).status, 404);
    // A fresh challenge in the same time step, the same code: the step was used (421), by either client.
    const QString again = h.login(u"victim@example.com"_s).json.value(u"twoFactorId"_s).toString();
    QCOMPARE(h.complete(again, code, &second).status, 421);
    // Later, while the code would still be inside the look-behind window: still refused.
    h.f.clock.advanceSecs(31);
    const QString later = h.login(u"victim@example.com"_s).json.value(u"twoFactorId"_s).toString();
    QCOMPARE(h.complete(later, code).status, 421);

    // At once: twenty completions of one challenge with its right code, in flight together from two
    // clients: exactly one gets in.
    h.f.clock.advanceSecs(120);
    const QString race = h.login(u"victim@example.com"_s).json.value(u"twoFactorId"_s).toString();
    const QByteArray body = json({{u"twoFactorId"_s, race}, {u"code"_s, h.f.sms.lastCode()}});
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 10; ++i) {
        replies << h.client->start("POST", u"/api/two-factor/login"_s, body);
        replies << second.start("POST", u"/api/two-factor/login"_s, body);
    }
    Counts counts;
    for (QNetworkReply* reply : std::as_const(replies)) {
        ++counts.byStatus[ApiTestClient::collect(reply).status];
    }
    qInfo("20 simultaneous completions with the right code: %s", qPrintable(describe(counts)));
    QCOMPARE(counts.of(200), 1);
    QCOMPARE(counts.of(500), 0);
}

void TestApiAttacks::smsPumping()
{
    ServiceFixture::Options options;
    options.rules.maxSendsPerHour = 40; // the global cap, small so the flood reaches it quickly
    Harness h(options);
    REQUIRE_HARNESS(h);
    const TwoFactorRules& rules = options.rules;
    h.user(u"victim@example.com"_s, true);

    // Per challenge: 200 resends at once; the login's own text is the only one within the cooldown.
    const QString challenge = h.login(u"victim@example.com"_s).json.value(u"twoFactorId"_s).toString();
    const qsizetype before = h.f.sms.sent().size();
    const Counts burst
        = flood(*h.client, u"/api/two-factor/send/"_s + challenge, QList<QByteArray>(200, QByteArray()), 50);
    qInfo("200 resends at once: %s", qPrintable(describe(burst)));
    QCOMPARE(burst.of(200), 0);
    QCOMPARE(burst.of(429), 200);
    QCOMPARE(h.f.sms.sent().size(), before);

    // Per phone: a resend every cooldown for ten minutes: at most maxSendsPerPhone texts in the window.
    int sent = 1; // the login's
    for (qint64 t = 0; t < rules.phoneSendWindowSeconds - rules.sendCooldownSeconds; t += rules.sendCooldownSeconds) {
        h.f.clock.advanceSecs(rules.sendCooldownSeconds);
        sent += h.client->request("POST", u"/api/two-factor/send/"_s + challenge).status == 200 ? 1 : 0;
    }
    qInfo("resends every %llds for %llds: %d texts to one phone", rules.sendCooldownSeconds,
          rules.phoneSendWindowSeconds, sent);
    QCOMPARE(sent, rules.maxSendsPerPhone);

    // Across many phones: enrollment texts to 100 different numbers within the hour; the global cap
    // stops the flood.
    h.f.clock.advanceSecs(rules.phoneSendWindowSeconds);
    const qsizetype beforeFlood = h.f.sms.sent().size();
    QList<QByteArray> bodies;
    for (int i = 0; i < 100; ++i) {
        bodies << json({{u"mobilePhone"_s, u"+44 7911 1%1"_s.arg(i, 5, 10, QChar(u'0'))}, {u"secret"_s, kSecret}});
    }
    const Counts pumped = flood(*h.client, u"/api/two-factor/send"_s, bodies, 10);
    const qsizetype texts = h.f.sms.sent().size() - beforeFlood;
    qInfo("enrollment texts to 100 phones: %s; %lld texts went out (global cap %d an hour, %lld sent before)",
          qPrintable(describe(pumped)), static_cast<long long>(texts), rules.maxSendsPerHour,
          static_cast<long long>(beforeFlood));
    QVERIFY(beforeFlood + texts <= rules.maxSendsPerHour);
    QCOMPARE(beforeFlood + texts, rules.maxSendsPerHour);
    QCOMPARE(pumped.of(200), int(texts));
    QCOMPARE(pumped.of(429), 100 - int(texts));
    // An hour later the cap has room again.
    h.f.clock.advanceSecs(3600);
    QCOMPARE(
        h.client
            ->postJson(u"/api/two-factor/send"_s, {{u"mobilePhone"_s, u"+44 7911 200000"_s}, {u"secret"_s, kSecret}})
            .status,
        200);
}

void TestApiAttacks::userEnumeration()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"known@example.com"_s, true);
    QList<qint64> knownNs;
    QList<qint64> unknownNs;
    QSet<QByteArray> answers;
    for (int i = 0; i < 40; ++i) {
        // Spaced out so neither trips the password lockout (5 failures a minute).
        h.f.clock.advanceSecs(61);
        for (const bool known : {true, false}) {
            QElapsedTimer timer;
            timer.start();
            const HttpResult result
                = h.login(known ? u"known@example.com"_s : u"nobody%1@example.com"_s.arg(i), u"wrong password"_s);
            (known ? knownNs : unknownNs) << timer.nsecsElapsed();
            answers.insert(QByteArray::number(result.status) + ' ' + result.body);
        }
    }
    QCOMPARE(answers.size(), 1);
    QCOMPARE(*answers.cbegin(), "404 "_ba);
    // Lockout: six failures in a row for a known and an unknown login id answer alike.
    h.f.clock.advanceSecs(600);
    QSet<QByteArray> lockout;
    for (const QString& id : {u"known@example.com"_s, u"nobody@example.com"_s}) {
        QByteArray statuses;
        for (int i = 0; i < 7; ++i) {
            const HttpResult result = h.login(id, u"wrong password"_s);
            statuses += QByteArray::number(result.status) + ' ';
        }
        lockout.insert(statuses);
    }
    const QByteArray lockoutStatuses = lockout.values().join(" | ");
    qInfo("seven wrong passwords, known vs unknown login id: %s", lockoutStatuses.constData());
    QCOMPARE(lockout.size(), 1);
    const auto quantiles = [](QList<qint64> ns) {
        std::sort(ns.begin(), ns.end());
        return u"median %1 ms, p90 %2 ms"_s.arg(ns.at(ns.size() / 2) / 1e6, 0, 'f', 2)
            .arg(ns.at(ns.size() * 9 / 10) / 1e6, 0, 'f', 2);
    };
    // Timing is reported, not asserted (no timed unit tests): the README carries the figures.
    qInfo("login with a wrong password, 40 each: known login id %s; unknown %s", qPrintable(quantiles(knownNs)),
          qPrintable(quantiles(unknownNs)));
}

void TestApiAttacks::apiKeys()
{
    Harness h;
    REQUIRE_HARNESS(h);
    const QString userId = h.user(u"victim@example.com"_s, true);
    auto revoked = h.keys->create(u"old"_s);
    QVERIFY(revoked);
    QVERIFY(h.keys->revoke(revoked->info.id));
    const QList<std::pair<QByteArray, QString>> keyed = {
        {"GET", u"/api/two-factor/secret"_s},
        {"POST", u"/api/two-factor/send"_s},
        {"POST", u"/api/user/two-factor/"_s + userId},
        {"DELETE", u"/api/user/two-factor/"_s + userId},
        {"DELETE", u"/api/user/two-factor?userId="_s + userId},
        {"POST", u"/api/login"_s},
        {"GET", u"/api/user?loginId=victim@example.com"_s},
        {"POST", u"/api/user"_s},
        {"GET", u"/api/user/"_s + userId},
        {"GET", u"/api/user/two-factor/recovery-code/"_s + userId},
        {"POST", u"/api/user/two-factor/recovery-code/"_s + userId},
        {"POST", u"/api/user/import"_s},
        {"GET", u"/api/user/search?queryString=*"_s},
    };
    const QString wrongKey = QString(43, u'A');
    int tried = 0;
    for (const auto& [method, path] : keyed) {
        const QStringList presented
            = {QString(), wrongKey, revoked->key, QString(revoked->key + u"x"_s), QString(u"Bearer "_s + wrongKey)};
        for (const QString& key : presented) {
            const HttpResult result = h.client->request(method, path, "{}", "application/json", key);
            const QString what
                = QString::fromLatin1(method) + u' ' + path + u" answered "_s + QString::number(result.status);
            QVERIFY2(result.status == 401, qPrintable(what));
            QVERIFY(result.body.isEmpty());
            ++tried;
        }
    }
    qInfo("%d requests with a missing, wrong or revoked key: all 401 with an empty body", tried);
    // Nothing changed: two-factor is still on, no new user, the recovery codes are the same ten.
    QVERIFY(waitFor(h.f.service->findUser(userId))->twoFactorEnabled);
    QCOMPARE(waitFor(h.f.service->recoveryCodes(userId))->remaining, 10);
    // The two open endpoints answer a guessed twoFactorId with 404 and nothing else.
    for (int i = 0; i < 50; ++i) {
        const QString guess = QString::number(QRandomGenerator::global()->generate64(), 36).leftJustified(43, u'x');
        const HttpResult resend
            = h.client->request("POST", u"/api/two-factor/send/"_s + guess, {}, "application/json", QString());
        const HttpResult complete
            = h.client->request("POST", u"/api/two-factor/login"_s,
                                json({{u"twoFactorId"_s, guess}, {u"code"_s, kCode}}), "application/json", QString());
        QCOMPARE(resend.status, 404);
        QVERIFY(resend.body.isEmpty());
        QCOMPARE(complete.status, 404);
        QVERIFY(complete.body.isEmpty());
    }
}

void TestApiAttacks::hostileHttp()
{
    Harness h;
    REQUIRE_HARNESS(h);
    h.user(u"victim@example.com"_s, true);
    QList<QByteArray> bodies = {
        "{",
        "}",
        "[]",
        "null",
        "\"x\"",
        "1e999",
        "{\"loginId\":}",
        "{\"loginId\":\"a\",}",
        "\xff\xfe{}",
        "{\"loginId\":[\"a\"]}",
        "{\"loginId\":{\"$ne\":null},\"password\":{\"$gt\":\"\"}}",
        "{\"noJWT\":\"true\"}",
        "{\"loginId\":\"a\u0000b\"}",
        "{\"loginId\":\"\\ud800\"}",
        "{\"password\":1234}",
        "{\"user\":{\"email\":1}}",
        "{\"users\":{}}",
        "{\"users\":[null]}",
        "{\"twoFactorId\":true,\"code\":1}",
    };
    bodies << QByteArray(100000, '[') << "{\"a\":" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}"
           << "{\"loginId\":\"" + QByteArray(60000, 'a') + "\"}";
    QRandomGenerator random(14);
    for (int i = 0; i < 300; ++i) {
        QByteArray noise(random.bounded(1, 300), Qt::Uninitialized);
        for (char& c : noise) {
            c = char(random.bounded(256));
        }
        bodies << noise;
    }
    const QStringList paths = {u"/api/login"_s, u"/api/two-factor/login"_s, u"/api/two-factor/send"_s, u"/api/user"_s,
                               u"/api/user/import"_s};
    Counts all;
    for (const QString& path : paths) {
        const Counts counts = flood(*h.client, path, bodies, 20);
        for (auto it = counts.byStatus.cbegin(); it != counts.byStatus.cend(); ++it) {
            all.byStatus[it.key()] += it.value();
        }
    }
    qInfo("%lld hostile bodies: %s", static_cast<long long>(bodies.size() * paths.size()), qPrintable(describe(all)));
    for (auto it = all.byStatus.cbegin(); it != all.byStatus.cend(); ++it) {
        QVERIFY2(it.key() >= 400 && it.key() < 500, qPrintable(describe(all)));
    }
    // Huge header, lying Content-Length (short body, then the client goes), a request line of garbage.
    const QByteArray hugeHeader = h.client->raw(
        "GET /api/two-factor/secret HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(1024 * 1024, 'p') + "\r\n\r\n");
    QVERIFY2(!hugeHeader.startsWith("HTTP/1.1 2") && !hugeHeader.startsWith("HTTP/1.1 5"),
             hugeHeader.left(200).constData());
    const QByteArray shortBody = h.client->raw(
        "POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{}", 500);
    QVERIFY2(!shortBody.startsWith("HTTP/1.1 2") && !shortBody.startsWith("HTTP/1.1 5"), shortBody.constData());
    const QByteArray garbage = h.client->raw("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http\r\n\r\n");
    QVERIFY2(!garbage.startsWith("HTTP/1.1 2") && !garbage.startsWith("HTTP/1.1 5"), garbage.constData());
    // And it still serves.
    QCOMPARE(h.login(u"victim@example.com"_s).status, 242);
}

void TestApiAttacks::slowAndHalfOpenClients()
{
    Harness h;
    REQUIRE_HARNESS(h);
    // 200 connections that send half a request head and then nothing, and 50 that never send a byte.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 250; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(h.server->baseUrl().host(), h.server->port());
        // The server accepts in this thread's event loop: run it while connecting.
        QTRY_VERIFY_WITH_TIMEOUT(socket->state() == QAbstractSocket::ConnectedState, 5000);
        if (i < 200) {
            socket->write("POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n");
            socket->flush();
        }
        sockets.push_back(std::move(socket));
    }
    QTest::qWait(200);
    // A good request is still answered, and a second one, while they hang on.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(h.client->request("GET", u"/api/two-factor/secret"_s).status, 200);
    QCOMPARE(h.client->request("GET", u"/api/two-factor/secret"_s).status, 200);
    qInfo("two good requests answered in %lld ms with 250 slow or half-open connections held",
          static_cast<long long>(timer.elapsed()));
    sockets.clear();
    QCOMPARE(h.client->request("GET", u"/api/two-factor/secret"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestApiAttacks)
#include "tst_apiattacks.moc"
