// The audit log's actor (who acted: an operator, "walk-up", "api-key NAME"): written, read back,
// filtered on exactly, searched by the text filter and listed for the Activity page's filter. The SMS
// log's sender and cost: written, completed by the answer, read back.

#include "ResultAssertions.h"
#include "store/ActivityLog.h"
#include "store/Schema.h"

#include "TestDatabases.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tfk;

class TestActivityLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writesAndReadsTheActor();
    void anEntryWithoutActorHasNone();
    void filtersByActorExactly();
    void actorFilterCombinesWithTheTextFilter();
    void textFilterFindsTheActor();
    void listsEachActorOnceSorted();
    void smsEntryKeepsSenderAndCost();

private:
    void add(qint64 at, const QString& event, const QString& actor)
    {
        AuditEntry entry;
        entry.at = at;
        entry.event = event;
        entry.outcome = u"ok"_s;
        entry.actor = actor;
        TFK_VERIFY_OK(m_log->audit(entry));
    }
    QStringList eventsOf(const QList<AuditEntry>& entries)
    {
        QStringList events;
        for (const AuditEntry& e : entries) {
            events << e.event;
        }
        return events;
    }

    tfk::test::TestDatabases m_databases;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ActivityLog> m_log;
};

void TestActivityLog::init()
{
    m_database
        = std::make_unique<Database>(m_databases.create(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".db"_s));
    QVERIFY2(m_databases.problem().isEmpty(), m_databases.problem().constData());
    TFK_VERIFY_OK(Schema::migrate(*m_database));
    m_log = std::make_unique<ActivityLog>(*m_database);
}

void TestActivityLog::cleanup()
{
    m_log.reset();
    m_database.reset();
}

void TestActivityLog::writesAndReadsTheActor()
{
    add(1000, u"two-factor.enable"_s, u"ana"_s);
    auto entries = m_log->recentAudit({}, 10);
    TFK_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().actor, u"ana"_s);
    QCOMPARE(entries->first().event, u"two-factor.enable"_s);
}

void TestActivityLog::anEntryWithoutActorHasNone()
{
    // Callers that predate actors keep compiling and write no actor.
    TFK_VERIFY_OK(m_log->audit(AuditEntry {0, 5, u"login"_s, u"ok"_s, u"u1"_s, {}, {}, {}, {}}));
    auto entries = m_log->recentAudit({}, 10);
    TFK_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->first().actor.isEmpty());
    auto stored = m_database->exec(u"SELECT actor FROM audit_log"_s);
    TFK_VERIFY_OK(stored);
    QVERIFY(stored->next());
    QVERIFY(stored->value(0).isNull());
    QCOMPARE(m_log->auditActors().value(), QStringList());
}

void TestActivityLog::filtersByActorExactly()
{
    add(1, u"enroll"_s, u"ana"_s);
    add(2, u"login"_s, u"walk-up"_s);
    add(3, u"user.create"_s, u"anabel"_s);
    add(4, u"user.update"_s, u"ana"_s);
    add(5, u"login"_s, u"api-key deploy"_s);
    auto ana = m_log->recentAudit({}, 10, u"ana"_s);
    TFK_VERIFY_OK(ana);
    // Newest first, and "anabel" is somebody else.
    QCOMPARE(eventsOf(*ana), QStringList({u"user.update"_s, u"enroll"_s}));
    auto api = m_log->recentAudit({}, 10, u"api-key deploy"_s);
    TFK_VERIFY_OK(api);
    QCOMPARE(api->size(), 1);
    QCOMPARE(api->first().at, 5);
    QCOMPARE(m_log->recentAudit({}, 10, u"ANA"_s).value().size(), 0);
    QCOMPARE(m_log->recentAudit({}, 10, u"nobody"_s).value().size(), 0);
    QCOMPARE(m_log->recentAudit({}, 10).value().size(), 5);
}

void TestActivityLog::actorFilterCombinesWithTheTextFilter()
{
    add(1, u"login"_s, u"ana"_s);
    add(2, u"user.create"_s, u"ana"_s);
    add(3, u"login"_s, u"walk-up"_s);
    auto both = m_log->recentAudit(u"login"_s, 10, u"ana"_s);
    TFK_VERIFY_OK(both);
    QCOMPARE(both->size(), 1);
    QCOMPARE(both->first().at, 1);
}

void TestActivityLog::textFilterFindsTheActor()
{
    add(1, u"login"_s, u"walk-up"_s);
    add(2, u"login"_s, u"Ana.Lopez"_s);
    auto found = m_log->recentAudit(u"ana.l"_s, 10);
    TFK_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().actor, u"Ana.Lopez"_s);
}

void TestActivityLog::listsEachActorOnceSorted()
{
    add(1, u"a"_s, u"walk-up"_s);
    add(2, u"b"_s, u"ana"_s);
    add(3, u"c"_s, u"walk-up"_s);
    add(4, u"d"_s, u"api-key deploy"_s);
    add(5, u"e"_s, {});
    QCOMPARE(m_log->auditActors().value(), QStringList({u"ana"_s, u"api-key deploy"_s, u"walk-up"_s}));
}

void TestActivityLog::smsEntryKeepsSenderAndCost()
{
    SmsLogEntry entry {0, 1000, u"login"_s, u"hash"_s, u"+44 ... 0123"_s, {}, {}, u"sending"_s, {}, {}};
    entry.segments = 3;
    entry.encoding = u"UCS-2"_s;
    auto id = m_log->logSms(entry);
    TFK_VERIFY_OK(id);
    TFK_VERIFY_OK(
        m_log->logSms(SmsLogEntry {0, 900, u"user"_s, u"hash"_s, u"+44 ... 0123"_s, {}, {}, u"sent"_s, {}, {}}));
    TFK_VERIFY_OK(m_log->updateSms(*id, u"queued"_s, u"SM1"_s, {}, {}, u"ACME IT"_s));
    // A later update without a sender keeps it.
    TFK_VERIFY_OK(m_log->updateSms(*id, u"failed"_s, {}, u"twilio:30003"_s, u"Unreachable (Twilio 30003)"_s));
    auto entries = m_log->recentSms(10);
    TFK_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 2);
    const SmsLogEntry& read = entries->at(0);
    QCOMPARE(read.status, u"failed"_s);
    QCOMPARE(read.messageId, u"SM1"_s);
    QCOMPARE(read.sender, u"ACME IT"_s);
    QCOMPARE(read.segments, 3);
    QCOMPARE(read.encoding, u"UCS-2"_s);
    // Logged without a cost: 0 and empty, not made up.
    QCOMPARE(entries->at(1).sender, QString());
    QCOMPARE(entries->at(1).segments, 0);
    QCOMPARE(entries->at(1).encoding, QString());
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
