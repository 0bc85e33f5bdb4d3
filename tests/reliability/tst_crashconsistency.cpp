// Crash consistency: crash_driver enrolls and signs in users in a loop and is killed with SIGKILL at a
// random moment, round after round, on one database (SQLite here, PostgreSQL in the _postgres run).
// After every kill, before the next start: SQLite's integrity check passes; every user is fully
// enrolled or not at all; everything the driver was told had been done is in the database; a time
// step accepted before the kill is refused after it (and a step whose acceptance was in flight is
// accepted at most once); and no count (users, enrollments, spent steps, audit and SMS log rows) went
// backwards. TFK_CRASH_ROUNDS sets the number of kills (CI: 20; scripts/stress: 200), TFK_CRASH_SEED
// the random kill times.

#include "FutureWait.h"
#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "TestDatabases.h"
#include "totp/TotpGenerator.h"
#include "totp/TotpSecret.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::TestDatabases;
using tfk::test::waitFor;

namespace {

const QString kPassword = u"crash password"_s;
constexpr qint64 kStartSecs = 1700000000;

struct Counts
{
    qint64 users = 0, enrolled = 0, usedSteps = 0, audit = 0, smsLog = 0;
};

qint64 scalar(Database& database, const QString& sql, const QVariantMap& bindings = {})
{
    auto query = database.exec(sql, bindings);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

Counts counts(Database& database)
{
    return {scalar(database, u"SELECT count(*) FROM users"_s),
            scalar(database, u"SELECT count(*) FROM users WHERE two_factor_enabled = 1"_s),
            scalar(database, u"SELECT count(*) FROM two_factor_used_steps"_s),
            scalar(database, u"SELECT count(*) FROM audit_log"_s), scalar(database, u"SELECT count(*) FROM sms_log"_s)};
}

bool stepSpent(Database& database, const QString& userId, qint64 step)
{
    return scalar(database, u"SELECT count(*) FROM two_factor_used_steps WHERE user_id = :u AND step = :s"_s,
                  {{u"u"_s, userId}, {u"s"_s, step}})
        == 1;
}

// What one life of the driver printed.
struct Life
{
    QHash<QString, QString> loginIds; // user id -> login id
    QHash<QString, QString> secrets; // user id -> secret in base32
    QList<std::pair<QString, qint64>> enrolled, accepted;
    std::optional<std::pair<QString, qint64>> enrolling, trying; // in flight at the kill
    int sent = 0;
};

Life parse(const QByteArray& output)
{
    Life life;
    for (const QByteArray& raw : output.split('\n')) {
        const QStringList f = QString::fromUtf8(raw).split(u' ');
        if (f.value(0) == u"created"_s && f.size() == 3) {
            life.loginIds.insert(f.at(1), f.at(2));
        } else if (f.value(0) == u"enrolling"_s && f.size() == 4) {
            life.enrolling = std::pair {f.at(1), f.at(2).toLongLong()};
            life.secrets.insert(f.at(1), f.at(3));
        } else if (f.value(0) == u"enrolled"_s && f.size() == 3) {
            life.enrolled.append({f.at(1), f.at(2).toLongLong()});
            life.enrolling.reset();
        } else if (f.value(0) == u"trying"_s && f.size() == 3) {
            life.trying = std::pair {f.at(1), f.at(2).toLongLong()};
        } else if (f.value(0) == u"accepted"_s && f.size() == 3) {
            life.accepted.append({f.at(1), f.at(2).toLongLong()});
            life.trying.reset();
        } else if (f.value(0) == u"sent"_s) {
            ++life.sent;
        }
    }
    return life;
}

} // namespace

class TestCrashConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMomentsNothingIsLost();

private:
    // Signs `loginId` in during time step `step` and completes with that step's code of the secret
    // (base32): true when accepted, false when refused as already used (421); *ok false when anything
    // else happened.
    bool signInAt(Database& database, const QString& loginId, const QString& secret, qint64 step, bool* ok);

    tfk::test::QcaTestEnvironment m_qca;
};

bool TestCrashConsistency::signInAt(Database& database, const QString& loginId, const QString& secret, qint64 step,
                                    bool* ok)
{
    *ok = false;
    auto key = TotpSecret::fromBase32(secret);
    if (!key) {
        qWarning("secret of %s: %s", qPrintable(loginId), qPrintable(key.error().message));
        return false;
    }
    auto generator = TotpGenerator::create(key->key());
    if (!generator) {
        qWarning("secret of %s: %s", qPrintable(loginId), qPrintable(generator.error().message));
        return false;
    }
    SecretCipher cipher(DataKey::fromBytes(tfk::test::ServiceFixture::dataKeyBytes()));
    PasswordHasher hasher(PasswordHashingLimits::fastForTests());
    tfk::test::ManualClock clock(step * 30 * 1000 + 5000);
    tfk::test::RecordingSmsSender sms;
    TwoFactorRules rules;
    rules.sendCooldownSeconds = 0;
    rules.maxSendsPerPhone = 1000;
    rules.maxSendsPerHour = 100000;
    TwoFactorService service(database, sms, clock, cipher, hasher, PhoneNumberParser(), rules);
    auto login = waitFor(service.login({loginId, kPassword, {}, {}}));
    if (!login || login->twoFactorId.isEmpty()) {
        qWarning("login of %s at step %lld: %s", qPrintable(loginId), step,
                 login ? "no challenge" : qPrintable(login.error().message));
        return false;
    }
    // The step's own code, whatever the login texted (it picks a step not spent yet).
    auto completed = waitFor(service.completeTwoFactorLogin(login->twoFactorId, generator->codeForStep(step), false));
    service.waitForIdle(10000);
    if (completed) {
        *ok = true;
        return true;
    }
    if (completed.error().httpStatus == 421 && completed.error().message.contains(u"already been used"_s)) {
        *ok = true;
        return false;
    }
    qWarning("completing %s at step %lld: %s %s", qPrintable(loginId), step, qPrintable(completed.error().code),
             qPrintable(completed.error().message));
    return false;
}

void TestCrashConsistency::killedAtRandomMomentsNothingIsLost()
{
    TFK_REQUIRE_QCA(m_qca);
    const int rounds
        = qEnvironmentVariableIsSet("TFK_CRASH_ROUNDS") ? qEnvironmentVariableIntValue("TFK_CRASH_ROUNDS") : 20;
    const quint32 seed
        = qEnvironmentVariableIsSet("TFK_CRASH_SEED") ? qEnvironmentVariableIntValue("TFK_CRASH_SEED") : 14;
    QRandomGenerator random(seed);
    TestDatabases databases;
    const DatabaseConfig config = databases.create(u"crash.db"_s, 5000, TestDatabases::Content::Migrated);
    QVERIFY2(databases.problem().isEmpty(), databases.problem().constData());
    const QString location = TestDatabases::location(config);
    const bool sqlite = config.driver != SqlDriver::Postgres;

    Counts before;
    QHash<QString, QString> loginIds, secrets;
    int killedInEnrollment = 0, killedInSignIn = 0, acknowledged = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess driver;
        driver.start(QCoreApplication::applicationDirPath() + u"/crash_driver"_s,
                     {location, QString::number(round + 1), QString::number(kStartSecs + round * 86400LL)});
        QVERIFY2(driver.waitForStarted(10000), qPrintable(driver.errorString()));
        QByteArray output;
        while (!output.contains("ready\n")) {
            if (!driver.waitForReadyRead(60000)) {
                QFAIL(qPrintable(u"round %1: the driver did not get ready: "_s.arg(round)
                                 % QString::fromUtf8(driver.readAllStandardError())));
            }
            output += driver.readAllStandardOutput();
        }
        // A random moment in the loop; the first milliseconds of each life fall inside it too.
        const int delayMs = int(random.bounded(0, 400));
        QVERIFY2(!driver.waitForFinished(delayMs),
                 qPrintable(u"round %1: the driver stopped by itself: "_s.arg(round)
                            % QString::fromUtf8(driver.readAllStandardError())));
        driver.kill();
        QVERIFY(driver.waitForFinished(10000));
        QCOMPARE(driver.exitStatus(), QProcess::CrashExit);
        output += driver.readAllStandardOutput();
        const Life life = parse(output);
        loginIds.insert(life.loginIds);
        secrets.insert(life.secrets);
        acknowledged += int(life.enrolled.size() + life.accepted.size());
        killedInEnrollment += life.enrolling ? 1 : 0;
        killedInSignIn += life.trying ? 1 : 0;

        // The restart: a fresh connection, as the next start of the program has.
        Database database(TestDatabases::another(config));
        if (sqlite) {
            auto check = database.exec(u"PRAGMA integrity_check"_s);
            TFK_VERIFY_OK(check);
            QVERIFY(check->next());
            QCOMPARE(check->value(0).toString(), u"ok"_s);
            QCOMPARE(scalar(database, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);
        }
        // All or nothing: two-factor on with its secret, delivery and ten recovery codes, or none of them.
        auto users
            = database.exec(u"SELECT id, two_factor_enabled, two_factor_secret IS NULL, two_factor_delivery,"
                            " (SELECT count(*) FROM recovery_codes r WHERE r.user_id = users.id),"
                            " (SELECT count(*) FROM two_factor_used_steps s WHERE s.user_id = users.id) FROM users"_s);
        TFK_VERIFY_OK(users);
        while (users->next()) {
            const QString id = users->value(0).toString();
            const bool on = users->value(1).toInt() == 1;
            const QString state = u"round %1, user %2: enabled %3, secret null %4, delivery %5, %6 recovery codes, "
                                  "%7 spent steps"_s.arg(round)
                                      .arg(id)
                                      .arg(int(on))
                                      .arg(int(users->value(2).toBool()))
                                      .arg(users->value(3).toString())
                                      .arg(users->value(4).toInt())
                                      .arg(users->value(5).toInt());
            if (on) {
                QVERIFY2(!users->value(2).toBool() && users->value(3).toString() == u"TextMessage"_s
                             && users->value(4).toInt() == 10 && users->value(5).toInt() >= 1,
                         qPrintable(state));
            } else {
                QVERIFY2(users->value(2).toBool() && users->value(3).toString() == u"None"_s
                             && users->value(4).toInt() == 0 && users->value(5).toInt() == 0,
                         qPrintable(state));
            }
        }
        // Acknowledged is durable.
        for (const auto& [userId, step] : life.enrolled) {
            QVERIFY2(stepSpent(database, userId, step), qPrintable(u"enrollment of %1 lost"_s.arg(userId)));
        }
        for (const auto& [userId, step] : life.accepted) {
            QVERIFY2(stepSpent(database, userId, step), qPrintable(u"sign-in of %1 lost"_s.arg(userId)));
        }
        Counts after = counts(database);
        QVERIFY2(after.smsLog >= before.smsLog + life.sent, qPrintable(u"round %1: texts lost"_s.arg(round)));
        QVERIFY(after.users >= before.users + life.loginIds.size());
        QVERIFY(after.enrolled >= before.enrolled + life.enrolled.size());
        QVERIFY(after.usedSteps >= before.usedSteps + life.enrolled.size() + life.accepted.size());
        QVERIFY(after.audit >= before.audit);

        // Single use across the kill: the last accepted step is refused now; a step in flight is
        // accepted now only when the database has no record of it, and then never again.
        if (!life.accepted.isEmpty()) {
            const auto& [userId, step] = life.accepted.last();
            bool ok = false;
            const bool acceptedAgain = signInAt(database, loginIds.value(userId), secrets.value(userId), step, &ok);
            QVERIFY(ok);
            QVERIFY2(!acceptedAgain,
                     qPrintable(u"round %1: step %2 of %3 accepted twice"_s.arg(round).arg(step).arg(userId)));
        }
        if (life.trying) {
            const auto& [userId, step] = *life.trying;
            const bool spent = stepSpent(database, userId, step);
            bool ok = false;
            QCOMPARE(signInAt(database, loginIds.value(userId), secrets.value(userId), step, &ok), !spent);
            QVERIFY(ok);
            QVERIFY(!signInAt(database, loginIds.value(userId), secrets.value(userId), step, &ok));
            QVERIFY(ok);
        }
        const Counts checked = counts(database);
        QVERIFY(checked.users >= after.users && checked.enrolled >= after.enrolled
                && checked.usedSteps >= after.usedSteps && checked.audit >= after.audit
                && checked.smsLog >= after.smsLog);
        before = checked;
    }
    QVERIFY2(before.enrolled > 0, "no enrollment finished in any round: the kills came too early to test anything");
    qInfo("%d kills survived (%d inside an enrollment, %d inside a sign-in), %d acknowledged enrollments and "
          "sign-ins all kept, %lld users, %lld enrolled",
          rounds, killedInEnrollment, killedInSignIn, acknowledged, before.users, before.enrolled);
}

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
