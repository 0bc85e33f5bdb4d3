// The whole two-factor workflow at speed (scripts/bench; never CTest). Password hashing is taken out
// (libsodium's minimum limits), texts go to a recorder, the database is the program's SQLite file:
//   1. service level: N users enroll (secret, code texted, enable) and sign in (password -> 242 +
//      twoFactorId, code texted, completion), all N in flight at once per step, as flows per second;
//   2. HTTP: M challenges are made, then wrk completes them through POST /api/two-factor/login on
//      loopback (each challenge once, with its right code) and the completions per second are read.
// Each figure is printed beside its budget; `--check` exits 1 when one is missed.
//   bench_flows [--users 2000] [--challenges 30000] [--seconds 5] [--check] [--service-only]
// --service-only stops after step 1 (no wrk, repeatable under callgrind).

#include "FutureWait.h"
#include "ServiceFixture.h"
#include "api/ApiKeyStore.h"
#include "api/ApiServer.h"
#include "api/JwtSigner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;

namespace {

const QString kPassword = u"benchmark password"_s;

// A distinct valid US mobile number for each i (area codes that exist, exchanges 200-999).
QString phone(int i)
{
    static const int areas[] = {201, 415, 212, 312, 617, 303, 206, 512};
    return u"+1%1%2%3"_s.arg(areas[i % 8])
        .arg(200 + (i / 8) % 800, 3, 10, QChar(u'0'))
        .arg((i / 6400) % 10000, 4, 10, QChar(u'0'));
}

// The newest code texted to each number.
QHash<QString, QString> codesByPhone(const test::RecordingSmsSender& sms)
{
    static const QRegularExpression digits(u"(\\d{6})"_s);
    QHash<QString, QString> codes;
    for (const SmsMessage& message : sms.sent()) {
        codes.insert(message.to, digits.match(message.body).captured(1));
    }
    return codes;
}

template <typename T> QList<T> waitAll(const QList<QFuture<T>>& futures)
{
    QElapsedTimer timer;
    timer.start();
    QList<T> results;
    results.reserve(futures.size());
    for (const QFuture<T>& future : futures) {
        results << test::waitFor(future, 120000);
    }
    std::fprintf(stderr, "  %lld operations in %.2f s\n", qint64(futures.size()), timer.nsecsElapsed() / 1e9);
    return results;
}

template <typename T> void requireAll(const QList<Result<T>>& results, const char* step)
{
    for (const Result<T>& result : results) {
        if (!result) {
            qFatal("%s failed: %s", step, qPrintable(result.error().message));
        }
    }
}

struct Users
{
    QStringList ids;
    QStringList emails;
    QStringList phones;
};

// Users with a phone and a (cheaply hashed) password, made before any timing starts.
Users makeUsers(ServiceFixture& f, int first, int count)
{
    Users users;
    QList<QFuture<Result<User>>> created;
    for (int i = first; i < first + count; ++i) {
        users.emails << u"flow%1@example.com"_s.arg(i);
        users.phones << phone(i);
        created << f.service->createUser({users.emails.last(), {}, u"Flow User %1"_s.arg(i), phone(i), kPassword});
    }
    const auto results = waitAll(created);
    requireAll(results, "creating a user");
    for (const auto& user : results) {
        users.ids << user->id;
    }
    return users;
}

// Enrollment of every user: a secret, the code texted, two-factor enabled with it.
void enroll(ServiceFixture& f, const Users& users)
{
    QStringList secrets;
    QList<QFuture<Result<SendReceipt>>> sends;
    for (const QString& number : users.phones) {
        secrets << f.service->generateSecret().secret();
        sends << f.service->sendEnrollmentCode(number, secrets.last());
    }
    requireAll(waitAll(sends), "sending an enrollment code");
    const QHash<QString, QString> codes = codesByPhone(f.sms);
    QList<QFuture<Result<TwoFactorEnabled>>> enabled;
    for (qsizetype i = 0; i < users.ids.size(); ++i) {
        enabled << f.service->enableTwoFactor(users.ids.at(i), codes.value(users.phones.at(i)), secrets.at(i),
                                              TwoFactorDelivery::TextMessage);
    }
    requireAll(waitAll(enabled), "enabling two-factor");
}

// Every user signs in with the password: the twoFactorIds (a code is texted for each).
QStringList startSignIns(ServiceFixture& f, const Users& users)
{
    QList<QFuture<Result<LoginResult>>> logins;
    for (const QString& email : users.emails) {
        logins << f.service->login(LoginRequest {email, kPassword, {}, {}});
    }
    const auto results = waitAll(logins);
    requireAll(results, "signing in");
    QStringList twoFactorIds;
    for (const auto& result : results) {
        if (result->status != LoginResult::Status::TwoFactorRequired) {
            qFatal("a sign-in did not ask for the second factor");
        }
        twoFactorIds << result->twoFactorId;
    }
    return twoFactorIds;
}

struct Row
{
    QString what;
    QString figure;
    QString budget;
    bool ok = true;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption usersOption(u"users"_s, u"Users in the service-level flows."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption challengesOption(u"challenges"_s, u"Challenges made for wrk to complete."_s, u"n"_s,
                                              u"30000"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"How long wrk runs."_s, u"s"_s, u"5"_s);
    const QCommandLineOption checkOption(u"check"_s, u"Exit 1 when a budget is missed."_s);
    const QCommandLineOption serviceOnlyOption(u"service-only"_s,
                                               u"Only the service-level flows (no wrk): for profiling."_s);
    parser.addOptions({usersOption, challengesOption, secondsOption, checkOption, serviceOnlyOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    const int userCount = std::max(1, parser.value(usersOption).toInt());
    const int challengeCount = std::max(1, parser.value(challengesOption).toInt());
    const int seconds = std::max(1, parser.value(secondsOption).toInt());

    ServiceFixture::Options options;
    // Not what is measured: the flood limits (they would stop a flood, which this is) and Argon2id.
    options.rules.maxSendsPerHour = 100000000;
    options.rules.maxSendsPerPhone = 1000;
    options.hashing = PasswordHashingLimits::fastForTests();
    // Every user of a step is in flight at once (the queue bound answers 503 to an HTTP flood instead).
    options.service.maxPendingPasswordWork = 1000000;
    ServiceFixture f(options);
    if (!f.problem().isEmpty()) {
        out << f.problem() << Qt::endl;
        return 2;
    }
    QList<Row> rows;

    // 1. Service level.
    const Users users = makeUsers(f, 0, userCount);
    QElapsedTimer timer;
    timer.start();
    enroll(f, users);
    const qint64 enrollNs = timer.nsecsElapsed();
    // The next time step: a code is good once per user and step.
    f.clock.advanceSecs(31);
    timer.restart();
    const QStringList twoFactorIds = startSignIns(f, users);
    const QHash<QString, QString> codes = codesByPhone(f.sms);
    QList<QFuture<Result<LoginResult>>> completions;
    for (qsizetype i = 0; i < twoFactorIds.size(); ++i) {
        completions << f.service->completeTwoFactorLogin(twoFactorIds.at(i), codes.value(users.phones.at(i)), false);
    }
    requireAll(waitAll(completions), "completing a sign-in");
    const double seconds1 = (enrollNs + timer.nsecsElapsed()) / 1e9;
    const double flows = userCount / seconds1;
    rows << Row {u"enrollment + login + completion, service level"_s,
                 u"%1 flows/s (%2 users, %3 s)"_s.arg(qint64(flows)).arg(userCount).arg(seconds1, 0, 'f', 2),
                 u">= 2,000 flows/s"_s, flows >= 2000};

    // 2. Completions through the API, with wrk.
    if (parser.isSet(serviceOnlyOption)) {
        out << rows.first().what << u"  "_s << rows.first().figure << Qt::endl;
        return parser.isSet(checkOption) && !rows.first().ok ? 1 : 0;
    }
    f.clock.advanceSecs(31);
    const Users more = makeUsers(f, userCount, challengeCount);
    enroll(f, more);
    f.clock.advanceSecs(31);
    const QStringList moreIds = startSignIns(f, more);
    const QHash<QString, QString> moreCodes = codesByPhone(f.sms);
    QTemporaryDir dir;
    QFile bodies(dir.filePath(u"bodies.txt"_s));
    if (!bodies.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(bodies.fileName()));
    }
    for (qsizetype i = 0; i < moreIds.size(); ++i) {
        bodies.write(
            u"{\"twoFactorId\":\"%1\",\"code\":\"%2\"}\n"_s.arg(moreIds.at(i), moreCodes.value(more.phones.at(i)))
                .toUtf8());
    }
    bodies.close();
    // Each wrk thread takes every n-th body, so no challenge is offered twice; when a thread runs out it
    // offers an id that does not exist (404), which the summary counts apart.
    QFile script(dir.filePath(u"complete.lua"_s));
    if (!script.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(script.fileName()));
    }
    script.write(R"LUA(
local threads = {}
local counter = 0
function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end
function init(args)
    bodies = {}
    local n = 0
    for line in io.lines(args[1]) do
        if n % tonumber(args[2]) == id then table.insert(bodies, line) end
        n = n + 1
    end
    next_body = 1
    ok = 0
    other = 0
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
end
function request()
    local body = bodies[next_body] or '{"twoFactorId":"used-up","code":"000000"}'
    next_body = next_body + 1
    return wrk.format(nil, nil, nil, body)
end
function response(status, headers, body)
    if status == 200 then ok = ok + 1 else other = other + 1 end
end
function done(summary, latency, requests)
    local total_ok = 0
    local total_other = 0
    for _, thread in ipairs(threads) do
        total_ok = total_ok + thread:get("ok")
        total_other = total_other + thread:get("other")
    end
    io.write(string.format("completed %d other %d seconds %.3f p50 %.3f p99 %.3f\n", total_ok, total_other,
        summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
)LUA");
    script.close();

    ApiKeyStore keys(*f.database, *f.cipher, f.clock);
    JwtSigner signer(QByteArray(32, 'j'));
    ApiServerOptions serverOptions;
    serverOptions.port = 0;
    serverOptions.clock = &f.clock;
    ApiServer server(*f.service, keys, signer, serverOptions);
    if (auto listening = server.listen(); !listening) {
        out << listening.error().message << Qt::endl;
        return 2;
    }
    constexpr int kThreads = 2;
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QEventLoop loop;
    QObject::connect(&wrk, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&wrk, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    wrk.start(u"wrk"_s,
              {u"-t%1"_s.arg(kThreads), u"-c%1"_s.arg(kThreads * 8), u"-d%1s"_s.arg(seconds), u"-s"_s,
               script.fileName(), server.baseUrl().toString() + u"/api/two-factor/login"_s, u"--"_s, bodies.fileName(),
               QString::number(kThreads)});
    loop.exec();
    const QString report = QString::fromUtf8(wrk.readAllStandardOutput());
    static const QRegularExpression summary(
        u"completed (\\d+) other (\\d+) seconds ([0-9.]+) p50 ([0-9.]+) p99 ([0-9.]+)"_s);
    const QRegularExpressionMatch match = summary.match(report);
    if (!match.hasMatch()) {
        out << "wrk did not report (is it installed?):\n" << report << Qt::endl;
        return 2;
    }
    const double completed = match.captured(1).toDouble();
    const double rate = completed / match.captured(3).toDouble();
    rows << Row {u"two-factor completion through the API (wrk, %1 connections)"_s.arg(kThreads * 8),
                 u"%1 req/s, p50 %2 ms, p99 %3 ms"_s.arg(qint64(rate)).arg(match.captured(4), match.captured(5)),
                 u">= 3,000 req/s"_s, rate >= 3000};
    if (match.captured(2).toInt() > 0) {
        rows << Row {u"  (answers other than 200: the challenges ran out)"_s, match.captured(2), u"0"_s, false};
    }

    out << Qt::endl << u"%1  %2  %3"_s.arg(u"what"_s, -58).arg(u"measured"_s, -40).arg(u"budget"_s) << Qt::endl;
    bool allMet = true;
    for (const Row& row : std::as_const(rows)) {
        out << u"%1  %2  %3 %4"_s.arg(row.what, -58)
                   .arg(row.figure, -40)
                   .arg(row.budget, -18)
                   .arg(row.ok ? u""_s : u"MISSED"_s)
            << Qt::endl;
        allMet = allMet && row.ok;
    }
    return parser.isSet(checkOption) && !allMet ? 1 : 0;
}
