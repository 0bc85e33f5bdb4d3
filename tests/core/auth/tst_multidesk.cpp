// Several desks on one database, as separate processes: two desk_hammer processes work one enrolled
// user and one other account at once for a few seconds; afterwards the database and the answers
// agree exactly (single use of time steps, wrong codes per challenge, the hourly text cap, the
// password lockout, one audit row per operation). On PostgreSQL also the server stopping in the middle
// of a run: plain 503 answers, nothing half written, and work resumes when it is back.

#include "FutureWait.h"
#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "runtime/ClockCheck.h"
#include "totp/TotpGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::TestDatabases;
using tfk::test::waitFor;

namespace {

const QString kSecret = u"8MJJfCY4ERBtotvenSc3"_s;
const QString kPassword = u"correct horse battery"_s;
constexpr int kMaxSendsPerHour = 40; // as desk_hammer sets it

int count(Database& database, const QString& sql)
{
    auto query = database.exec(sql);
    return query && query->next() ? query->value(0).toInt() : -1;
}

QString codeAt(qint64 unixSeconds)
{
    TotpParameters parameters;
    auto generator = TotpGenerator::create(kSecret.toLatin1(), parameters);
    return generator ? generator->codeAt(unixSeconds) : QString();
}

int sum(const QList<QJsonObject>& desks, const QString& key)
{
    int n = 0;
    for (const QJsonObject& desk : desks) {
        n += desk.value(key).toInt();
    }
    return n;
}

int sumPrefix(const QList<QJsonObject>& desks, const QString& prefix)
{
    int n = 0;
    for (const QJsonObject& desk : desks) {
        for (auto it = desk.begin(); it != desk.end(); ++it) {
            if (it.key().startsWith(prefix)) {
                n += it.value().toInt();
            }
        }
    }
    return n;
}

QString clusterScript()
{
    return qEnvironmentVariable("TFK_PG_CLUSTER_SCRIPT");
}

bool runScript(const QStringList& args, QByteArray* output = nullptr)
{
    QProcess process;
    process.start(clusterScript(), args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s", QByteArray(process.readAllStandardOutput() + process.readAllStandardError()).constData());
        return false;
    }
    if (output) {
        *output = process.readAllStandardOutput();
    }
    return true;
}

} // namespace

class TestMultiDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoProcessesKeepEveryRuleExactly();
    void serverStopsInTheMiddleOfARun();
    void clockSkewTheWindowTolerates_data();
    void clockSkewTheWindowTolerates();
    void clockCheckMeasuresTheServersClock();
    void clockCheckMeasuresInTheBackgroundAndSaysWhatFailed();

private:
    tfk::test::QcaTestEnvironment m_qca;
};

void TestMultiDesk::twoProcessesKeepEveryRuleExactly()
{
    ServiceFixture::Options options;
    options.rules.sendCooldownSeconds = 0;
    options.rules.maxSendsPerPhone = 100000;
    options.rules.maxSendsPerHour = kMaxSendsPerHour;
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    auto user
        = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard"_s, u"+1 201 555 0123"_s, kPassword}));
    TFK_VERIFY_OK(user);
    TFK_VERIFY_OK(waitFor(f.service->createUser({u"other@example.com"_s, {}, u"Other"_s, {}, kPassword})));
    TFK_VERIFY_OK(waitFor(f.service->enableTwoFactor(user->id, codeAt(f.clock.currentSecsSinceEpoch()), kSecret,
                                                     TwoFactorDelivery::TextMessage)));
    f.service->waitForIdle(5000);
    const int auditBefore = count(*f.database, u"SELECT count(*) FROM audit_log"_s);

    const QString location = f.database->config().driver == SqlDriver::Postgres
        ? TestDatabases::serverUrl().value().section(u'/', 0, 2) % u'/' % f.database->config().databaseName
        : f.database->config().path;
    QList<QProcess*> desks;
    for (const QString& seed : {u"1"_s, u"2"_s}) {
        auto* desk = new QProcess(this);
        desk->setProcessChannelMode(QProcess::SeparateChannels);
        desk->start(QCoreApplication::applicationDirPath() + u"/desk_hammer"_s, {location, u"4"_s, seed});
        desks << desk;
    }
    QList<QJsonObject> answers;
    for (QProcess* desk : std::as_const(desks)) {
        QVERIFY(desk->waitForFinished(120000));
        const QByteArray err = desk->readAllStandardError();
        QVERIFY2(desk->exitCode() == 0, err.constData());
        answers << QJsonDocument::fromJson(desk->readAllStandardOutput()).object();
        qInfo("desk: %s", QJsonDocument(answers.last()).toJson(QJsonDocument::Compact).constData());
        delete desk;
    }
    QVERIFY(sumPrefix(answers, u"login:"_s) > 20);

    // Single use: the fixed time's window has three steps; enrolling spent one, so at most two
    // sign-ins ever complete, and every completion spent exactly one step.
    const int completions = sum(answers, u"completedRight"_s);
    QCOMPARE(count(*f.database, u"SELECT count(*) FROM two_factor_used_steps"_s), 1 + completions);
    QVERIFY(completions <= 2);
    QCOMPARE(sum(answers, u"complete:ok"_s), completions);
    // Wrong codes: no challenge beyond the limit.
    QCOMPARE(count(*f.database, u"SELECT count(*) FROM two_factor_challenges WHERE wrong_codes > 5"_s), 0);
    // The hourly cap, across both processes: exactly the cap went out (enrolling sent one before), each
    // text once and logged once.
    QVERIFY(sumPrefix(answers, u"enrollmentSend:"_s) > kMaxSendsPerHour);
    QCOMPARE(sum(answers, u"texts"_s), kMaxSendsPerHour);
    QCOMPARE(count(*f.database, u"SELECT count(*) FROM sms_log"_s), kMaxSendsPerHour);
    // The password lockout, across both processes: exactly maxPasswordFailures wrong passwords were
    // checked, the rest found the account locked.
    QCOMPARE(sum(answers, u"badPassword:[InvalidLogin]"_s), options.rules.maxPasswordFailures);
    // The audit log: one row per operation answered, none lost, none doubled. A 242 login also logs
    // its automatic text as a step of its own, like a resend.
    const auto rows = [&](const QString& event) {
        return count(*f.database, u"SELECT count(*) FROM audit_log WHERE event = '"_s % event % u"'"_s);
    };
    const int logins = sumPrefix(answers, u"login:"_s) + sumPrefix(answers, u"badPassword:"_s);
    const int loginTexts = sum(answers, u"login:ok"_s) + sumPrefix(answers, u"resend:"_s);
    QCOMPARE(rows(u"login"_s), logins);
    QCOMPARE(rows(u"two-factor.login"_s), sumPrefix(answers, u"complete:"_s));
    QCOMPARE(rows(u"two-factor.send.enrollment"_s), sumPrefix(answers, u"enrollmentSend:"_s));
    QCOMPARE(rows(u"two-factor.send.login"_s), loginTexts);
    QCOMPARE(count(*f.database, u"SELECT count(*) FROM audit_log"_s) - auditBefore,
             logins + sumPrefix(answers, u"complete:"_s) + sumPrefix(answers, u"enrollmentSend:"_s) + loginTexts);
}

void TestMultiDesk::serverStopsInTheMiddleOfARun()
{
    if (!TestDatabases::postgres()) {
        QSKIP("PostgreSQL only: runs in tst_multidesk_postgres");
    }
    // A cluster of its own: stopping the shared one would break the suites running beside this one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY2(!clusterScript().isEmpty(), "TFK_PG_CLUSTER_SCRIPT is not set");
    QVERIFY(runScript({u"start"_s, dir.path()}));
    const auto cleanup = qScopeGuard([&] { runScript({u"destroy"_s, dir.path()}); });
    QFile urlFile(dir.filePath(u"url"_s));
    QVERIFY(urlFile.open(QIODevice::ReadOnly));
    qputenv("TFK_TEST_DATABASE", urlFile.readAll().trimmed());
    const auto unset = qScopeGuard([] { qunsetenv("TFK_TEST_DATABASE"); });

    ServiceFixture::Options options;
    options.service.storageThreads = 4;
    options.rules.maxSendsPerPhone = 1000;
    options.rules.sendCooldownSeconds = 0;
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    QList<User> users;
    for (int i = 0; i < 12; ++i) {
        auto user = waitFor(f.service->createUser(
            {u"u%1@example.com"_s.arg(i), {}, u"U %1"_s.arg(i), u"+1 201 555 01%1"_s.arg(10 + i), kPassword}));
        TFK_VERIFY_OK(user);
        users << *user;
    }

    // Enable everyone at once while the server goes down under them.
    QList<QFuture<Result<TwoFactorEnabled>>> enabling;
    for (const User& user : std::as_const(users)) {
        enabling << f.service->enableTwoFactor(user.id, codeAt(f.clock.currentSecsSinceEpoch()), kSecret,
                                               TwoFactorDelivery::TextMessage);
    }
    QVERIFY(runScript({u"stop"_s, dir.path()}));
    int enabled = 0;
    int unavailable = 0;
    for (auto& future : enabling) {
        auto result = waitFor(future, 30000);
        if (result) {
            ++enabled;
            continue;
        }
        // The only failure is the plain one: 503 with a time to retry and a sentence.
        QVERIFY2(result.error().code == u"[DatabaseUnavailable]"_s,
                 qPrintable(result.error().code + u' ' + result.error().message));
        QCOMPARE(result.error().httpStatus, 503);
        QVERIFY(result.error().retryAfterSeconds > 0);
        ++unavailable;
    }
    // While it is down: every operation answers the same way, quickly.
    QElapsedTimer timer;
    timer.start();
    auto down = waitFor(f.service->searchUsers(u"u1"_s, 0, 10), 30000);
    TFK_VERIFY_ERROR(down, "[DatabaseUnavailable]");
    QVERIFY2(down.error().message.contains(u"127.0.0.1"_s), qPrintable(down.error().message));
    QVERIFY2(timer.elapsed() < 8000, QByteArray::number(timer.elapsed()).constData());
    qInfo("enabled before the stop: %d, refused with 503: %d", enabled, unavailable);

    QVERIFY(runScript({u"restart"_s, dir.path()}));
    // Nothing half written: an enabled user has its spent step, and the reverse.
    QCOMPARE(count(*f.database,
                   u"SELECT count(*) FROM users WHERE two_factor_enabled = 1 AND NOT EXISTS "
                   "(SELECT 1 FROM two_factor_used_steps s WHERE s.user_id = users.id)"_s),
             0);
    QCOMPARE(count(*f.database,
                   u"SELECT count(*) FROM two_factor_used_steps s JOIN users u ON u.id = s.user_id "
                   "WHERE u.two_factor_enabled = 0"_s),
             0);
    // Work resumes on the same service (its worker threads reconnect): the ones refused now succeed.
    for (const User& user : std::as_const(users)) {
        auto status = waitFor(f.service->findUser(user.id), 30000);
        TFK_VERIFY_OK(status);
        if (!status->twoFactorEnabled) {
            TFK_VERIFY_OK(waitFor(f.service->enableTwoFactor(user.id, codeAt(f.clock.currentSecsSinceEpoch()), kSecret,
                                                             TwoFactorDelivery::TextMessage),
                                  30000));
        }
    }
    QCOMPARE(count(*f.database, u"SELECT count(*) FROM users WHERE two_factor_enabled = 1"_s), int(users.size()));
}

void TestMultiDesk::clockSkewTheWindowTolerates_data()
{
    // A code made on a desk whose clock is `skew` seconds off, checked on a desk with the right time.
    QTest::addColumn<int>("skew");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("on time") << 0 << true;
    QTest::newRow("10 s behind") << -10 << true;
    QTest::newRow("25 s ahead") << 25 << true;
    QTest::newRow("35 s behind (previous step)") << -35 << true;
    QTest::newRow("45 s ahead (next step)") << 45 << true;
    QTest::newRow("41 s behind (two steps back)") << -41 << false;
    QTest::newRow("55 s ahead (two steps on)") << 55 << false;
    QTest::newRow("2 minutes off") << 120 << false;
}

void TestMultiDesk::clockSkewTheWindowTolerates()
{
    QFETCH(int, skew);
    QFETCH(bool, accepted);
    // 1234567890 is 0 s into its 30 s step; the checker stands 10 s into the step that starts at
    // 1234567890, so the default window (1 behind, 1 ahead) accepts codes made from -40 s to +49 s.
    const qint64 checkerTime = 1234567890 + 10;
    TotpParameters parameters;
    auto generator = TotpGenerator::create(kSecret.toLatin1(), parameters);
    QVERIFY(generator.has_value());
    const QString code = generator->codeAt(checkerTime + skew);
    const auto step = generator->verify(code, checkerTime); // the default window: 1 behind, 1 ahead
    QCOMPARE(step.has_value(), accepted);
}

void TestMultiDesk::clockCheckMeasuresTheServersClock()
{
    TestDatabases databases;
    Database database(databases.create(u"clock.db"_s));
    QVERIFY2(databases.problem().isEmpty(), databases.problem().constData());
    // This desk 42 s behind the server (the server runs on this computer, with the real time).
    tfk::test::ManualClock behind(QDateTime::currentMSecsSinceEpoch() - 42'000);
    ClockCheck check(database, behind);
    auto skew = check.measureNow();
    TFK_VERIFY_OK(skew);
    QVERIFY2(std::abs(*skew - 42'000) < 2'000, QByteArray::number(*skew).constData());
    QVERIFY(ClockCheck::worthWarning(*skew));
    QVERIFY2(ClockCheck::warningText(*skew).contains(u"42 s "_s), qPrintable(ClockCheck::warningText(*skew)));
    tfk::test::ManualClock onTime(QDateTime::currentMSecsSinceEpoch());
    ClockCheck fine(database, onTime);
    auto small = fine.measureNow();
    TFK_VERIFY_OK(small);
    QVERIFY(!ClockCheck::worthWarning(*small));
}

void TestMultiDesk::clockCheckMeasuresInTheBackgroundAndSaysWhatFailed()
{
    TestDatabases databases;
    Database database(databases.create(u"clock-background.db"_s));
    QVERIFY2(databases.problem().isEmpty(), databases.problem().constData());
    // This desk 42 s ahead of the server: measured on the check's own thread, reported by a signal.
    tfk::test::ManualClock ahead(QDateTime::currentMSecsSinceEpoch() + 42'000);
    {
        ClockCheck check(database, ahead);
        QVERIFY(!check.measured());
        QCOMPARE(check.skewMs(), 0);
        QSignalSpy measured(&check, &ClockCheck::skewMeasured);
        QSignalSpy failed(&check, &ClockCheck::measurementFailed);
        check.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(measured.count() >= 1, 15000);
        const qint64 skew = measured.first().at(0).toLongLong();
        QVERIFY2(std::abs(skew + 42'000) < 2'000, QByteArray::number(skew).constData());
        QCOMPARE(measured.first().at(1).toBool(), true);
        QVERIFY(check.measured());
        QVERIFY2(std::abs(check.skewMs() + 42'000) < 2'000, QByteArray::number(check.skewMs()).constData());
        QVERIFY2(ClockCheck::warningText(skew).contains(u"42 s ahead of the database server's"_s),
                 qPrintable(ClockCheck::warningText(skew)));
        QCOMPARE(failed.count(), 0);
    }

    // A database that cannot be reached: the sentence of the failure, on the call and by the signal.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(u"plain"_s);
    QFile plain(blocker);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    DatabaseConfig config;
    config.path = blocker + u"/kiosk.db"_s;
    Database unreachable(config);
    const QString expected = u"Cannot create the folder %1 for the database."_s.arg(QDir::toNativeSeparators(blocker));
    ClockCheck check(unreachable, ahead);
    auto direct = check.measureNow();
    TFK_VERIFY_ERROR(direct, "[DatabaseError]");
    QCOMPARE(direct.error().message, expected);
    QVERIFY(!check.measured());
    QSignalSpy failed(&check, &ClockCheck::measurementFailed);
    QSignalSpy measured(&check, &ClockCheck::skewMeasured);
    check.start(10);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 15000);
    QCOMPARE(failed.first().at(0).toString(), expected);
    QCOMPARE(measured.count(), 0);
}

QTEST_GUILESS_MAIN(TestMultiDesk)
#include "tst_multidesk.moc"
