#include "ResultAssertions.h"
#include "TestDatabases.h"
#include "store/ActivityLog.h"
#include "store/Schema.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

// The plan of `sql` with sequential scans discouraged (tiny test tables would never use an index).
QString planOf(Database& db, const QString& sql)
{
    QString steps;
    if (db.dialect().isPostgres()) {
        (void)db.exec(u"SET enable_seqscan = off"_s);
        auto plan = db.exec(u"EXPLAIN "_s % sql);
        while (plan && plan->next()) {
            steps += plan->value(0).toString() + u'\n';
        }
        (void)db.exec(u"SET enable_seqscan = on"_s);
        return steps;
    }
    auto plan = db.exec(u"EXPLAIN QUERY PLAN "_s % sql);
    while (plan && plan->next()) {
        steps += plan->value(3).toString() + u'\n';
    }
    return steps;
}

QStringList tables(Database& db)
{
    QStringList names = db.connection()->tables();
    names.removeAll(u"sqlite_sequence"_s);
    // The search index's own shadow tables (FTS5) are SQLite's business.
    names.removeIf([](const QString& name) { return name.startsWith(u"users_search_"_s); });
    names.sort();
    return names;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheCurrentSchema();
    void migratesFromVersionOneKeepingData();
    void migratesFromVersionTwoKeepingData();
    void migratesFromVersionThreeKeepingData();
    void migratesFromVersionFourIndexingTheUsers();
    void migratesFromVersionSixKeepingTheSmsLog();
    void migratesFromVersionSevenCountingPastSends();
    void migratesFromVersionEightCoveringTheNameWalk();
    void migratesFromVersionNineNumberingTheNameOrder();
    void migrationIsIdempotent();
    void refusesADatabaseFromANewerProgram();
    void failedUpgradeLeavesThePreviousVersion();
    void searchUsesTrigramIndexesOnPostgres();
    void twoDesksMigratingAtOnceBothSucceed();

private:
    tfk::test::TestDatabases m_databases;
};

void TestSchema::createsTheCurrentSchema()
{
    Database db(m_databases.create(u"new.db"_s));
    QCOMPARE(Schema::version(db).value(), 0);
    TFK_VERIFY_OK(Schema::migrate(db));
    QCOMPARE(Schema::version(db).value(), Schema::kCurrentVersion);
    QCOMPARE(tables(db),
             QStringList({u"api_keys"_s, u"applications"_s, u"audit_log"_s, u"login_failures"_s, u"operators"_s,
                          u"recovery_codes"_s, u"schema_meta"_s, u"sms_log"_s, u"sms_minutes"_s, u"trusted_computers"_s,
                          u"two_factor_challenges"_s, u"two_factor_used_steps"_s, u"users"_s})
                 + (db.dialect().isPostgres() ? QStringList() : QStringList {u"users_search"_s}));
    auto app = db.exec(u"SELECT name FROM applications WHERE id = :id"_s,
                       {{u"id"_s, QString::fromLatin1(Schema::kTutorialApplicationId)}});
    TFK_VERIFY_OK(app);
    QVERIFY(app->next());
}

void TestSchema::migratesFromVersionOneKeepingData()
{
    Database db(m_databases.create(u"v1.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 1));
    QCOMPARE(Schema::version(db).value(), 1);
    QVERIFY(!tables(db).contains(u"two_factor_challenges"_s));
    // A user and an audit entry as version 1 stored them.
    TFK_VERIFY_OK(db.exec(u"INSERT INTO users (id, email, email_key, full_name, name_key, password_hash, "
                          "mobile_phone, created_at, updated_at) VALUES ('u1', 'Old@Example.com', "
                          "'old@example.com', 'Old Timer', 'old timer', '$argon2id$x', '+12015550123', 1, 2)"_s));
    TFK_VERIFY_OK(db.exec(u"INSERT INTO audit_log (at, event, outcome) VALUES (5, 'login', 'ok')"_s));

    TFK_VERIFY_OK(Schema::migrate(db, 2));
    QCOMPARE(Schema::version(db).value(), 2);
    auto user = db.exec(u"SELECT email, mobile_phone, two_factor_enabled, two_factor_delivery FROM users"_s);
    TFK_VERIFY_OK(user);
    QVERIFY(user->next());
    QCOMPARE(user->value(0).toString(), u"Old@Example.com"_s);
    QCOMPARE(user->value(1).toString(), u"+12015550123"_s);
    QCOMPARE(user->value(2).toInt(), 0);
    QCOMPARE(user->value(3).toString(), u"None"_s);
    // The new tables work with the old rows (foreign keys included).
    TFK_VERIFY_OK(db.exec(u"INSERT INTO two_factor_used_steps (user_id, step, used_at) VALUES ('u1', 1, 1)"_s));
    TFK_VERIFY_ERROR(db.exec(u"INSERT INTO two_factor_used_steps (user_id, step, used_at) VALUES ('nobody', 1, 1)"_s),
                     "[DatabaseConstraint]");
}

void TestSchema::migratesFromVersionTwoKeepingData()
{
    Database db(m_databases.create(u"v2.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 2));
    QCOMPARE(Schema::version(db).value(), 2);
    QVERIFY(!tables(db).contains(u"api_keys"_s));
    // Rows as version 2 stored them: a user, a challenge and the data-key check.
    TFK_VERIFY_OK(db.exec(u"INSERT INTO users (id, email, email_key, password_hash, created_at, updated_at) "
                          "VALUES ('u2', 'two@example.com', 'two@example.com', '$argon2id$x', 1, 2)"_s));
    TFK_VERIFY_OK(db.exec(u"INSERT INTO two_factor_challenges (id_hash, user_id, created_at, expires_at) "
                          "VALUES ('h', 'u2', 1, 2)"_s));
    TFK_VERIFY_OK(Schema::setMetaValue(db, u"data_key_check"_s, u"sealed"_s));

    TFK_VERIFY_OK(Schema::migrate(db, 3));
    QCOMPARE(Schema::version(db).value(), 3);
    QCOMPARE(Schema::metaValue(db, u"data_key_check"_s).value(), u"sealed"_s);
    auto challenge = db.exec(u"SELECT user_id FROM two_factor_challenges WHERE id_hash = 'h'"_s);
    TFK_VERIFY_OK(challenge);
    QVERIFY(challenge->next());
    QCOMPARE(challenge->value(0).toString(), u"u2"_s);
    // The new table: defaults, and the hash is unique.
    TFK_VERIFY_OK(db.exec(u"INSERT INTO api_keys (id, name, key_hash, created_at) VALUES ('k1', 'ops', 'aa', 5)"_s));
    auto key = db.exec(u"SELECT revoked, last_used_at, revoked_at FROM api_keys WHERE id = 'k1'"_s);
    TFK_VERIFY_OK(key);
    QVERIFY(key->next());
    QCOMPARE(key->value(0).toInt(), 0);
    QVERIFY(key->value(1).isNull());
    QVERIFY(key->value(2).isNull());
    TFK_VERIFY_ERROR(db.exec(u"INSERT INTO api_keys (id, name, key_hash, created_at) VALUES ('k2', 'dup', 'aa', 6)"_s),
                     "[DatabaseConstraint]");
}

void TestSchema::migratesFromVersionThreeKeepingData()
{
    Database db(m_databases.create(u"v3.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 3));
    QCOMPARE(Schema::version(db).value(), 3);
    QVERIFY(!tables(db).contains(u"operators"_s));
    // Rows as version 3 stored them: a user, an audit entry, an API key.
    TFK_VERIFY_OK(db.exec(u"INSERT INTO users (id, email, email_key, password_hash, created_at, updated_at) "
                          "VALUES ('u3', 'three@example.com', 'three@example.com', '$argon2id$x', 1, 2)"_s));
    TFK_VERIFY_OK(db.exec(u"INSERT INTO audit_log (at, event, outcome, user_id) VALUES (7, 'login', 'ok', 'u3')"_s));
    TFK_VERIFY_OK(db.exec(u"INSERT INTO api_keys (id, name, key_hash, created_at) VALUES ('k', 'ops', 'aa', 5)"_s));

    TFK_VERIFY_OK(Schema::migrate(db, 4));
    QCOMPARE(Schema::version(db).value(), 4);
    // The old audit entry is there, with no actor.
    auto audit = db.exec(u"SELECT event, user_id, actor FROM audit_log"_s);
    TFK_VERIFY_OK(audit);
    QVERIFY(audit->next());
    QCOMPARE(audit->value(0).toString(), u"login"_s);
    QCOMPARE(audit->value(1).toString(), u"u3"_s);
    QVERIFY(audit->value(2).isNull());
    TFK_VERIFY_OK(db.exec(u"INSERT INTO audit_log (at, event, outcome, actor) VALUES (8, 'x', 'ok', 'ana')"_s));
    auto byActor = db.exec(u"SELECT at FROM audit_log WHERE actor = 'ana'"_s);
    TFK_VERIFY_OK(byActor);
    QVERIFY(byActor->next());
    QCOMPARE(byActor->value(0).toLongLong(), 8);
    // The actor filter can use an index that starts with actor.
    const QString steps = planOf(db, u"SELECT id FROM audit_log WHERE actor = 'ana' ORDER BY at DESC"_s);
    QVERIFY2(steps.contains(u"audit_log_actor"_s), qPrintable(steps));

    // operators: defaults, the role check, names unique by their case-folded key.
    TFK_VERIFY_OK(db.exec(u"INSERT INTO operators (id, name, name_key, password_hash, role, created_at) "
                          "VALUES ('o1', 'Ana', 'ana', '$argon2id$y', 'admin', 9)"_s));
    auto op = db.exec(u"SELECT display_name, disabled, disabled_at, last_sign_in_at FROM operators"_s);
    TFK_VERIFY_OK(op);
    QVERIFY(op->next());
    QCOMPARE(op->value(0).toString(), QString());
    QCOMPARE(op->value(1).toInt(), 0);
    QVERIFY(op->value(2).isNull());
    QVERIFY(op->value(3).isNull());
    TFK_VERIFY_ERROR(db.exec(u"INSERT INTO operators (id, name, name_key, password_hash, role, created_at) "
                             "VALUES ('o2', 'ANA', 'ana', 'h', 'helpdesk', 9)"_s),
                     "[DatabaseConstraint]");
    TFK_VERIFY_ERROR(db.exec(u"INSERT INTO operators (id, name, name_key, password_hash, role, created_at) "
                             "VALUES ('o3', 'root', 'root', 'h', 'superuser', 9)"_s),
                     "[DatabaseConstraint]");

    // recovery_codes: one row per (user, hash), only for users that exist, gone with the user.
    TFK_VERIFY_OK(db.exec(u"INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ('u3', 'c1', 1)"_s));
    TFK_VERIFY_ERROR(db.exec(u"INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ('u3', 'c1', 2)"_s),
                     "[DatabaseConstraint]");
    TFK_VERIFY_ERROR(
        db.exec(u"INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ('nobody', 'c2', 1)"_s),
        "[DatabaseConstraint]");
    TFK_VERIFY_OK(db.exec(u"DELETE FROM users WHERE id = 'u3'"_s));
    auto codes = db.exec(u"SELECT COUNT(*) FROM recovery_codes"_s);
    TFK_VERIFY_OK(codes);
    QVERIFY(codes->next());
    QCOMPARE(codes->value(0).toInt(), 0);
}

void TestSchema::migratesFromVersionFourIndexingTheUsers()
{
    Database db(m_databases.create(u"v4.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 4));
    TFK_VERIFY_OK(db.exec(u"INSERT INTO users (id, email, email_key, full_name, name_key, password_hash, mobile_phone, "
                          "created_at, updated_at) VALUES ('u4', 'Four@Example.com', 'four@example.com', 'Zoë Four', "
                          "'zoë four', '$argon2id$x', '+12015550144', 1, 2)"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 6));
    QCOMPARE(Schema::version(db).value(), 6);
    auto kept = db.exec(u"SELECT name_key FROM users WHERE id = 'u4'"_s);
    TFK_VERIFY_OK(kept);
    QVERIFY(kept->next());
    QCOMPARE(kept->value(0).toString(), u"zoë four"_s);
    if (db.dialect().isPostgres()) {
        // PostgreSQL's index is pg_trgm (searchUsesTrigramIndexesOnPostgres); the FTS5 table below is SQLite's.
        return;
    }
    // Users already there are in the new index; new and changed ones follow through the triggers.
    const auto matches = [&](const QString& text) {
        auto query = db.exec(u"SELECT count(*) FROM users_search WHERE users_search MATCH :q"_s,
                             {{u"q"_s, QString(u"\""_s % text % u"\""_s)}});
        return query && query->next() ? query->value(0).toInt() : -1;
    };
    QCOMPARE(matches(u"zoë f"_s), 1);
    QCOMPARE(matches(u"xample"_s), 1);
    // Version 6: no per-row column sizes (no ranking), and no index duplicating users_name_id's prefix.
    auto leftovers = db.exec(u"SELECT count(*) FROM sqlite_master WHERE name IN ('users_search_docsize', "
                             "'users_name_key')"_s);
    TFK_VERIFY_OK(leftovers);
    QVERIFY(leftovers->next());
    QCOMPARE(leftovers->value(0).toInt(), 0);
    TFK_VERIFY_OK(db.exec(u"UPDATE users SET name_key = 'anna five' WHERE id = 'u4'"_s));
    QCOMPARE(matches(u"zoë f"_s), 0);
    QCOMPARE(matches(u"anna"_s), 1);
    TFK_VERIFY_OK(db.exec(u"DELETE FROM users WHERE id = 'u4'"_s));
    QCOMPARE(matches(u"anna"_s), 0);
}

void TestSchema::migratesFromVersionSixKeepingTheSmsLog()
{
    Database db(m_databases.create(u"v6.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 6));
    TFK_VERIFY_OK(db.exec(u"INSERT INTO sms_log (at, purpose, phone_hash, phone_masked, status) "
                          "VALUES (5, 'login', 'h5', '+1 ... 0123', 'delivered')"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 7));
    QCOMPARE(Schema::version(db).value(), 7);
    // The old row is kept, with no sender and no cost; new rows have both.
    TFK_VERIFY_OK(db.exec(u"INSERT INTO sms_log (at, purpose, phone_hash, phone_masked, status, sender, segments, "
                          "encoding) VALUES (6, 'login', 'h6', '+44 ... 0123', 'queued', 'ACME IT', 2, 'UCS-2')"_s));
    auto rows = db.exec(u"SELECT status, sender, segments, encoding FROM sms_log ORDER BY at"_s);
    TFK_VERIFY_OK(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toString(), u"delivered"_s);
    QVERIFY(rows->value(1).isNull());
    QVERIFY(rows->value(2).isNull());
    QVERIFY(rows->value(3).isNull());
    QVERIFY(rows->next());
    QCOMPARE(rows->value(1).toString(), u"ACME IT"_s);
    QCOMPARE(rows->value(2).toInt(), 2);
    QCOMPARE(rows->value(3).toString(), u"UCS-2"_s);
}

void TestSchema::migratesFromVersionSevenCountingPastSends()
{
    Database db(m_databases.create(u"v7.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 7));
    // Two sends in minute 1, one in minute 2, logged before the per-minute counts existed.
    for (const char* at : {"60000", "119999", "120000"}) {
        TFK_VERIFY_OK(db.exec(u"INSERT INTO sms_log (at, purpose, phone_hash, phone_masked, status) "
                              "VALUES (%1, 'login', 'h', '+1 ... 0123', 'sent')"_s.arg(QLatin1StringView(at))));
    }
    TFK_VERIFY_OK(Schema::migrate(db, 8));
    QCOMPARE(Schema::version(db).value(), 8);
    auto minutes = db.exec(u"SELECT minute, sends FROM sms_minutes ORDER BY minute"_s);
    TFK_VERIFY_OK(minutes);
    QVERIFY(minutes->next());
    QCOMPARE(minutes->value(0).toLongLong(), 1);
    QCOMPARE(minutes->value(1).toInt(), 2);
    QVERIFY(minutes->next());
    QCOMPARE(minutes->value(0).toLongLong(), 2);
    QCOMPARE(minutes->value(1).toInt(), 1);
    QVERIFY(!minutes->next());
    // The hourly limit sees them.
    ActivityLog log(db);
    auto window = log.smsWindow(0, 3600000);
    TFK_VERIFY_OK(window);
    QCOMPARE(window->count, 3);
}

void TestSchema::migratesFromVersionEightCoveringTheNameWalk()
{
    Database db(m_databases.create(u"v8.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 8));
    TFK_VERIFY_OK(db.exec(u"INSERT INTO users (id, email, email_key, full_name, name_key, password_hash, mobile_phone, "
                          "created_at, updated_at) VALUES ('u1', 'Ana@example.com', 'ana@example.com', 'Ana Silva', "
                          "'ana silva', '$argon2id$x', '+12015550123', 1, 1)"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 9));
    QCOMPARE(Schema::version(db).value(), 9);
    const QString walk = u"SELECT id FROM users WHERE (name_key LIKE '%ana%' OR email_key LIKE '%ana%' OR "
                         "username_key LIKE '%ana%' OR mobile_phone LIKE '%0123') ORDER BY name_key, id LIMIT 50"_s;
    auto found = db.exec(walk);
    TFK_VERIFY_OK(found);
    QVERIFY(found->next());
    QCOMPARE(found->value(0).toString(), u"u1"_s);
    if (db.dialect().isPostgres()) {
        return; // unchanged there: the trigram indexes filter
    }
    // The walk in name order filters from the index alone, without reading the table's rows.
    const QString steps = planOf(db, walk);
    QVERIFY2(steps.contains(u"COVERING INDEX users_name_search"_s), qPrintable(steps));
    auto old = db.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'users_name_id'"_s);
    TFK_VERIFY_OK(old);
    QVERIFY(old->next());
    QCOMPARE(old->value(0).toInt(), 0);
}

void TestSchema::migratesFromVersionNineNumberingTheNameOrder()
{
    Database db(m_databases.create(u"v9.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 9));
    // Added out of name order; two share a name (the id decides).
    const QStringList rows
        = {u"('u3', 'zed@example.com', 'zed@example.com', 'Zed Last', 'zed last', '+12015550103')"_s,
           u"('u1', 'ana@example.com', 'ana@example.com', 'Ana Silva', 'ana silva', '+12015550101')"_s,
           u"('u4', 'b@example.com', 'b@example.com', 'Ana Silva', 'ana silva', NULL)"_s,
           u"('u2', 'mo@example.com', 'mo@example.com', 'Mo Dunn', 'mo dunn', '+12015550102')"_s};
    for (const QString& row : rows) {
        TFK_VERIFY_OK(db.exec(u"INSERT INTO users (id, email, email_key, full_name, name_key, mobile_phone, "
                              "password_hash, created_at, updated_at) SELECT column1, column2, column3, column4, "
                              "column5, column6, '$argon2id$x', 1, 1 FROM (VALUES "_s
                              % row % u')'));
    }
    TFK_VERIFY_OK(Schema::migrate(db));
    QCOMPARE(Schema::version(db).value(), 10);
    if (db.dialect().isPostgres()) {
        return; // SQLite's search index only
    }
    // Labels a stride apart in (name_key, id) order.
    auto labels = db.exec(u"SELECT id, search_label FROM users ORDER BY search_label"_s);
    TFK_VERIFY_OK(labels);
    QStringList order;
    QList<qint64> values;
    while (labels->next()) {
        order << labels->value(0).toString();
        values << labels->value(1).toLongLong();
    }
    QCOMPARE(order, (QStringList {u"u1"_s, u"u4"_s, u"u2"_s, u"u3"_s}));
    QCOMPARE(values, (QList<qint64> {0, qint64(1) << 32, qint64(2) << 32, qint64(3) << 32}));
    // The index answers in that order; the phone's end is matched with its '$', not anywhere in it.
    const auto matches = [&](const QString& match) {
        QStringList ids;
        auto query = db.exec(u"SELECT id FROM users WHERE search_label IN (SELECT rowid FROM users_search "
                             "WHERE users_search MATCH :q) ORDER BY search_label"_s,
                             {{u"q"_s, match}});
        while (query && query->next()) {
            ids << query->value(0).toString();
        }
        return ids;
    };
    QCOMPARE(matches(u"\"ana sil\""_s), (QStringList {u"u1"_s, u"u4"_s}));
    QCOMPARE(matches(u"phone_end : \"0102$\""_s), QStringList {u"u2"_s});
    QCOMPARE(matches(u"phone_end : \"2015$\""_s), QStringList());
    QCOMPARE(matches(u"\"example\""_s), (QStringList {u"u1"_s, u"u4"_s, u"u2"_s, u"u3"_s}));
    // FTS5 compares every index entry with the users table.
    TFK_VERIFY_OK(db.exec(u"INSERT INTO users_search (users_search, rank) VALUES ('integrity-check', 1)"_s));
}

void TestSchema::migrationIsIdempotent()
{
    Database db(m_databases.create(u"twice.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db));
    TFK_VERIFY_OK(Schema::migrate(db));
    QCOMPARE(Schema::version(db).value(), Schema::kCurrentVersion);
}

void TestSchema::refusesADatabaseFromANewerProgram()
{
    Database db(m_databases.create(u"future.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db));
    TFK_VERIFY_OK(Schema::setMetaValue(db, u"schema_version"_s, u"99"_s));
    auto refused = Schema::migrate(db);
    TFK_VERIFY_ERROR(refused, "[DatabaseTooNew]");
    QVERIFY2(refused.error().message.contains(u"99"_s), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"newer"_s));
    QCOMPARE(Schema::version(db).value(), 99); // untouched
}

void TestSchema::failedUpgradeLeavesThePreviousVersion()
{
    Database db(m_databases.create(u"blocked.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db, 1));
    // Something already sits where version 2 creates a table: the upgrade fails as a whole.
    TFK_VERIFY_OK(db.exec(u"CREATE TABLE sms_log (x INTEGER)"_s));
    auto upgraded = Schema::migrate(db);
    QVERIFY(!upgraded.has_value());
    QVERIFY2(upgraded.error().message.contains(u"version 2"_s), qPrintable(upgraded.error().message));
    QCOMPARE(Schema::version(db).value(), 1);
    QVERIFY(!tables(db).contains(u"two_factor_challenges"_s));
}

void TestSchema::searchUsesTrigramIndexesOnPostgres()
{
    Database db(m_databases.create(u"trgm.db"_s));
    TFK_VERIFY_OK(Schema::migrate(db));
    if (!db.dialect().isPostgres()) {
        // Version 5 does nothing on SQLite.
        QVERIFY(!planOf(db, u"SELECT id FROM users WHERE name_key LIKE '%ich%'"_s).contains(u"trgm"_s));
        return;
    }
    // Enough rows, analysed, that the planner weighs the indexes as it would on a real user base (on
    // an empty table any index scan looks as cheap as another).
    TFK_VERIFY_OK(db.exec(u"INSERT INTO users (id, email, email_key, username, username_key, full_name, name_key, "
                          "password_hash, mobile_phone, created_at, updated_at) SELECT 'u' || i, 'user' || i || "
                          "'@example.com', 'user' || i || '@example.com', 'handle' || i, 'handle' || i, 'Name ' || i, "
                          "'name ' || i, '$argon2id$x', '+1201555' || lpad((i % 10000)::text, 4, '0'), 1, 1 "
                          "FROM generate_series(1, 5000) AS i"_s));
    TFK_VERIFY_OK(db.exec(u"ANALYZE users"_s));
    // The question is whether the trigram indexes can serve LIKE '%...%'; on a few thousand rows, with
    // sequential scans discouraged, a whole-index walk of the keyset index (name_key, id) looks as cheap,
    // so it is out of the way for the plan (dropped inside a transaction that is rolled back).
    TFK_VERIFY_OK(db.exec(u"BEGIN"_s));
    TFK_VERIFY_OK(db.exec(u"DROP INDEX users_name_id"_s));
    const auto rollback = qScopeGuard([&db] { (void)db.exec(u"ROLLBACK"_s); });
    for (const char* column : {"name_key", "email_key", "username_key"}) {
        const QString steps
            = planOf(db, u"SELECT id FROM users WHERE %1 LIKE '%richard%'"_s.arg(QString::fromLatin1(column)));
        QVERIFY2(steps.contains(u"users_%1_trgm"_s.arg(QString::fromLatin1(column))), qPrintable(steps));
    }
    const QString phone = planOf(db, u"SELECT id FROM users WHERE mobile_phone LIKE '%0123'"_s);
    QVERIFY2(phone.contains(u"users_mobile_phone_trgm"_s), qPrintable(phone));
}

void TestSchema::twoDesksMigratingAtOnceBothSucceed()
{
    const DatabaseConfig config = m_databases.create(u"race.db"_s);
    Database first(config);
    Database second(tfk::test::TestDatabases::another(config));
    Result<void> a;
    Result<void> b;
    QThread* other = QThread::create([&] {
        b = Schema::migrate(second);
        second.closeThreadConnection();
    });
    other->start();
    a = Schema::migrate(first);
    QVERIFY(other->wait(30000));
    delete other;
    TFK_VERIFY_OK(a);
    TFK_VERIFY_OK(b);
    QCOMPARE(Schema::version(first).value(), Schema::kCurrentVersion);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
