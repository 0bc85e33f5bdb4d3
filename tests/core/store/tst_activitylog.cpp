// The audit log's actor (who acted: an operator, "walk-up", "api-key NAME"): written, read back,
// filtered on exactly, searched by the text filter and listed for the Activity page's filter. The SMS
// log's sender and cost: written, completed by the answer, read back. The send windows the SMS limits
// read (counted from per-minute totals) against a count the test makes itself, at every edge of a minute.

#include "ResultAssertions.h"
#include "store/ActivityLog.h"
#include "store/Schema.h"

#include "TestDatabases.h"

#include <QRandomGenerator>
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
    void smsWindowCountsExactlyAtMinuteEdges_data();
    void smsWindowCountsExactlyAtMinuteEdges();
    void smsWindowMatchesACountOfEverySend();

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
    void logSendAt(qint64 at, const QString& phoneHash)
    {
        TFK_VERIFY_OK(
            m_log->logSms(SmsLogEntry {0, at, u"login"_s, phoneHash, u"+1 ... 0123"_s, {}, {}, u"sent"_s, {}, {}}));
    }
    // What the window must say, counted here one send at a time.
    static ActivityLog::SmsWindow expectedWindow(const QList<qint64>& times, qint64 since, qint64 until)
    {
        ActivityLog::SmsWindow window;
        for (qint64 at : times) {
            if (at >= since && at <= until) {
                window.oldest = window.count == 0 ? at : std::min(window.oldest, at);
                window.newest = window.count == 0 ? at : std::max(window.newest, at);
                ++window.count;
            }
        }
        return window;
    }
    static void verifyWindow(const Result<ActivityLog::SmsWindow>& window, const ActivityLog::SmsWindow& expected)
    {
        TFK_VERIFY_OK(window);
        QCOMPARE(window->count, expected.count);
        QCOMPARE(window->oldest, expected.oldest);
        QCOMPARE(window->newest, expected.newest);
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

// Sends on and around the edges of minutes 0, 1, 2 and 61 (times in ms).
const QList<qint64> kEdgeTimes = {0, 1, 59999, 60000, 60000, 60001, 119999, 120000, 150000, 3659999, 3660000, 3660001};

void TestActivityLog::smsWindowCountsExactlyAtMinuteEdges_data()
{
    QTest::addColumn<qint64>("since");
    QTest::addColumn<qint64>("until");
    QTest::newRow("everything") << qint64(0) << qint64(10000000);
    QTest::newRow("nothing before") << qint64(-5000) << qint64(-1);
    QTest::newRow("nothing after") << qint64(3660002) << qint64(9000000);
    QTest::newRow("one minute, whole") << qint64(60000) << qint64(119999);
    QTest::newRow("inside one minute") << qint64(60001) << qint64(119998);
    QTest::newRow("one instant with two sends") << qint64(60000) << qint64(60000);
    QTest::newRow("across one edge") << qint64(59999) << qint64(60000);
    QTest::newRow("from mid-minute to mid-minute") << qint64(30000) << qint64(130000);
    QTest::newRow("an hour ending on an edge") << qint64(60000) << qint64(3660000);
    QTest::newRow("an hour ending before an edge") << qint64(59999) << qint64(3659999);
    QTest::newRow("an hour ending after an edge") << qint64(60001) << qint64(3660001);
    QTest::newRow("negative start") << qint64(-3600000) << qint64(60000);
}

void TestActivityLog::smsWindowCountsExactlyAtMinuteEdges()
{
    QFETCH(qint64, since);
    QFETCH(qint64, until);
    for (qint64 at : kEdgeTimes) {
        logSendAt(at, u"h"_s);
    }
    const ActivityLog::SmsWindow expected = expectedWindow(kEdgeTimes, since, until);
    verifyWindow(m_log->smsWindow(since, until), expected);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto toPhone = m_log->smsWindow(u"h"_s, since, until);
    TFK_VERIFY_OK(toPhone);
    QCOMPARE(toPhone->count, expected.count);
    auto toOther = m_log->smsWindow(u"other"_s, since, until);
    TFK_VERIFY_OK(toOther);
    QCOMPARE(toOther->count, 0);
}

void TestActivityLog::smsWindowMatchesACountOfEverySend()
{
    // 400 sends over four hours, clustered so that some minutes hold many, and 300 windows of every size.
    QRandomGenerator random(20261130);
    QList<qint64> times;
    for (int i = 0; i < 400; ++i) {
        const qint64 minute = random.bounded(240) / (1 + random.bounded(3));
        times << minute * 60000 + random.bounded(60000);
        logSendAt(times.last(), u"p%1"_s.arg(i % 7));
    }
    for (int i = 0; i < 300; ++i) {
        const qint64 since = random.bounded(4 * 3600000) - 60000;
        const qint64 until = since + random.bounded(2 * 3600000);
        verifyWindow(m_log->smsWindow(since, until), expectedWindow(times, since, until));
        if (QTest::currentTestFailed()) {
            qInfo("window %lld..%lld", since, until);
            return;
        }
    }
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
