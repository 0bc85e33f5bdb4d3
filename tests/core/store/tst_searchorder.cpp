// SQLite's search index numbers users in name order (SearchOrder): whatever the order users come in,
// whole batches, renames, crowded gaps that must be renumbered and two writers at once, the labels stay
// unique and in (name_key, id) order, and the full-text index holds exactly the users, under their labels.

#include "ManualClock.h"
#include "ResultAssertions.h"
#include "TestDatabases.h"
#include "store/Schema.h"
#include "store/SearchOrder.h"
#include "store/UserStore.h"

#include <QMutex>
#include <QTest>
#include <QThread>

#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;
using namespace tfk;

class TestSearchOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void usersComingInAnyOrderAreInNameOrder();
    void aCrowdedGapIsRenumbered();
    void usersAddedAtEitherEndAreAStrideApart();
    void renamedUsersMove();
    void batchesInterleave();
    void twoWritersPlaceUsersAtOnce();
    void renumberingNeverTakesAHeldLabel();

private:
    Result<User> add(UserStore& store, const QString& name)
    {
        return store.create(NewUser {u"user%1@example.com"_s.arg(m_added++), {}, name, {}, "$argon2id$x"_ba});
    }
    // Fails the test unless every user has a label, label order is (name_key, id) order, and the index
    // holds each user under its label.
    void verifyOrder(int expectedUsers);
    QList<qint64> labelsInNameOrder();

    tfk::test::TestDatabases m_databases;
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_database;
    tfk::test::ManualClock m_clock;
    std::unique_ptr<UserStore> m_store;
    std::atomic<int> m_added {0};
};

void TestSearchOrder::init()
{
    m_config = m_databases.create(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s);
    m_database = std::make_unique<Database>(m_config);
    TFK_VERIFY_OK(Schema::migrate(*m_database));
    m_store = std::make_unique<UserStore>(*m_database, m_clock);
}

void TestSearchOrder::cleanup()
{
    m_store.reset();
    m_database.reset();
}

QList<qint64> TestSearchOrder::labelsInNameOrder()
{
    QList<qint64> labels;
    auto query = m_database->exec(u"SELECT search_label FROM users ORDER BY name_key, id"_s);
    while (query && query->next()) {
        labels << (query->value(0).isNull() ? std::numeric_limits<qint64>::min() : query->value(0).toLongLong());
    }
    return labels;
}

void TestSearchOrder::verifyOrder(int expectedUsers)
{
    const QList<qint64> labels = labelsInNameOrder();
    QCOMPARE(labels.size(), expectedUsers);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QVERIFY2(labels.at(i) > SearchOrder::kLowest && labels.at(i) < SearchOrder::kHighest,
                 qPrintable(u"user %1 in name order has label %2"_s.arg(i).arg(labels.at(i))));
        if (i > 0) {
            QVERIFY2(labels.at(i - 1) < labels.at(i),
                     qPrintable(u"users %1 and %2 in name order have labels %3, %4"_s.arg(i - 1)
                                    .arg(i)
                                    .arg(labels.at(i - 1))
                                    .arg(labels.at(i))));
        }
    }
    // Every user is found by its own email under its label, and the index matches the table.
    auto indexed = m_database->exec(u"SELECT count(*) FROM users WHERE search_label IN (SELECT rowid FROM "
                                    "users_search WHERE users_search MATCH '\"example.com\"')"_s);
    TFK_VERIFY_OK(indexed);
    QVERIFY(indexed->next());
    QCOMPARE(indexed->value(0).toInt(), expectedUsers);
    TFK_VERIFY_OK(m_database->exec(u"INSERT INTO users_search (users_search, rank) VALUES ('integrity-check', 1)"_s));
}

void TestSearchOrder::usersComingInAnyOrderAreInNameOrder()
{
    const QStringList names = {u"Mo Dunn"_s,     u"Ana Silva"_s, u"Zed Last"_s,  u"Ana Silvb"_s, u"Érica Ö"_s,
                               u"李 Wei"_s,      u"ana silva"_s, u"Aaron A"_s,   u"Mo Dunm"_s,   u""_s,
                               u"Zed Last Jr"_s, u"Ω Omega"_s,   u"Bob Brown"_s, u"Ana"_s,       u"𝔘nicode High"_s};
    for (const QString& name : names) {
        TFK_VERIFY_OK(add(*m_store, name));
    }
    verifyOrder(int(names.size()));
}

void TestSearchOrder::aCrowdedGapIsRenumbered()
{
    // "Crowd B", then names that each sort right after the previous one and before "Crowd B": every new
    // user halves the same gap, which runs out after about 32 (the stride is 2^32).
    TFK_VERIFY_OK(add(*m_store, u"Crowd B"_s));
    QString name = u"Crowd A"_s;
    constexpr int kCrowd = 150;
    for (int i = 0; i < kCrowd; ++i) {
        TFK_VERIFY_OK(add(*m_store, name));
        name += u'a';
    }
    verifyOrder(kCrowd + 1);
    // The stretch renumbered leaves room: at least kMinSpacing between neighbours.
    const QList<qint64> labels = labelsInNameOrder();
    for (qsizetype i = 1; i < labels.size(); ++i) {
        QVERIFY(labels.at(i) - labels.at(i - 1) >= 2);
    }
    // And the same from the other side: each new name just after "Crowd A".
    name = u"Crowd Az"_s;
    for (int i = 0; i < 60; ++i) {
        TFK_VERIFY_OK(add(*m_store, name));
        name.insert(7, u'a'); // "Crowd Aaz", "Crowd Aaaz", ...: ever closer after "Crowd A"
    }
    verifyOrder(kCrowd + 61);
}

void TestSearchOrder::usersAddedAtEitherEndAreAStrideApart()
{
    TFK_VERIFY_OK(add(*m_store, u"M"_s));
    for (const QString& name : {u"N"_s, u"O"_s, u"P"_s, u"L"_s, u"K"_s}) {
        TFK_VERIFY_OK(add(*m_store, name));
    }
    verifyOrder(6);
    const QList<qint64> labels = labelsInNameOrder();
    const QList<qint64> expected = {-2 * SearchOrder::kStride, -SearchOrder::kStride,    0,
                                    SearchOrder::kStride,      2 * SearchOrder::kStride, 3 * SearchOrder::kStride};
    QCOMPARE(labels, expected);
}

void TestSearchOrder::renamedUsersMove()
{
    QList<User> users;
    for (int i = 0; i < 40; ++i) {
        auto user = add(*m_store, u"Person %1"_s.arg(i, 2, 10, QChar(u'0')));
        TFK_VERIFY_OK(user);
        users << *user;
    }
    // To the front, to the back, between two others, to a name another user has, and to the same name.
    const QStringList renames = {u"Aardvark"_s, u"Zulu"_s, u"Person 10b"_s, u"Person 20"_s, u"Person 05"_s};
    const int who[] = {30, 1, 35, 21, 5};
    for (int i = 0; i < renames.size(); ++i) {
        const User& user = users.at(who[i]);
        TFK_VERIFY_OK(m_store->updateProfile(user.id, UserProfile {user.email, {}, renames.at(i), {}}));
    }
    verifyOrder(40);
    // The index follows the names: the old one is gone, the new one found.
    const auto found = [&](const QString& text) {
        auto page = m_store->search(text, 0, 50);
        return page ? page->users.size() : -1;
    };
    QCOMPARE(found(u"aardvark"_s), 1);
    QCOMPARE(found(u"person 30"_s), 0);
    QCOMPARE(found(u"person 20"_s), 2);
    auto first = m_store->search(u"example.com"_s, 0, 1);
    TFK_VERIFY_OK(first);
    QCOMPARE(first->users.first().fullName, u"Aardvark"_s);
}

void TestSearchOrder::batchesInterleave()
{
    // Three batches whose names fall between each other's.
    int total = 0;
    for (int batch = 0; batch < 3; ++batch) {
        QList<NewUser> users;
        for (int i = 0; i < 700; ++i) {
            const QString name = u"Batch %1 %2"_s.arg(i % 50, 2, 10, QChar(u'0')).arg(batch * 1000 + i);
            users << NewUser {u"b%1x%2@example.com"_s.arg(batch).arg(i), {}, name, {}, "$argon2id$x"_ba};
        }
        auto transaction = Transaction::begin(*m_database);
        TFK_VERIFY_OK(transaction);
        TFK_VERIFY_OK(m_store->insertMany(users));
        TFK_VERIFY_OK(transaction->commit());
        total += int(users.size());
        verifyOrder(total);
    }
    // Merged into one piece, the index holds the same users under the same labels.
    const QList<qint64> before = labelsInNameOrder();
    TFK_VERIFY_OK(m_store->compactSearchIndex());
    QCOMPARE(labelsInNameOrder(), before);
    verifyOrder(total);
    auto page = m_store->search(u"batch 07"_s, 0, 5);
    TFK_VERIFY_OK(page);
    QCOMPARE(page->users.size(), 5);
    QCOMPARE(page->users.first().fullName, u"Batch 07 1007"_s);
}

void TestSearchOrder::twoWritersPlaceUsersAtOnce()
{
    TFK_VERIFY_OK(add(*m_store, u"Gap A"_s));
    TFK_VERIFY_OK(add(*m_store, u"Gap B"_s));
    // Two desks (two connections) add users into the same gap at once; each write transaction sees the
    // other's labels.
    Database other(tfk::test::TestDatabases::another(m_config));
    UserStore otherStore(other, m_clock);
    constexpr int kEach = 60;
    QStringList failures;
    QMutex failuresLock;
    const auto addMany = [&](UserStore& store, Database& database, const QString& tag) {
        for (int i = 0; i < kEach; ++i) {
            if (auto added = add(store, u"Gap A %1 %2"_s.arg(i, 3, 10, QChar(u'0')).arg(tag)); !added) {
                const QMutexLocker locked(&failuresLock);
                failures << added.error().message;
            }
        }
        database.closeThreadConnection();
    };
    QThread* thread = QThread::create([&] { addMany(otherStore, other, u"second"_s); });
    thread->start();
    addMany(*m_store, *m_database, u"first"_s);
    thread->wait();
    delete thread;
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    verifyOrder(2 + 2 * kEach);
}

void TestSearchOrder::renumberingNeverTakesAHeldLabel()
{
    using Move = SearchOrder::Move;
    // Everybody one place up, everybody one place down, and both around a gap (one user staying).
    const QList<QList<Move>> cases = {
        {{1, 10, 20}, {2, 20, 30}, {3, 30, 40}},
        {{1, 20, 10}, {2, 30, 20}, {3, 40, 30}},
        {{1, 10, 5}, {2, 20, 10}, {3, 30, 30}, {4, 40, 50}, {5, 50, 60}},
    };
    for (const QList<Move>& moves : cases) {
        QSet<qint64> held;
        QSet<qint64> wanted;
        qsizetype changing = 0;
        for (const Move& move : moves) {
            held.insert(move.from);
            wanted.insert(move.to);
            changing += move.from != move.to ? 1 : 0;
        }
        const QList<Move> ordered = SearchOrder::inSafeOrder(moves);
        QCOMPARE(ordered.size(), changing);
        for (const Move& move : ordered) {
            QVERIFY2(!held.contains(move.to),
                     qPrintable(u"user %1 moves to %2, which is still held"_s.arg(move.rowid).arg(move.to)));
            held.remove(move.from);
            held.insert(move.to);
        }
        QCOMPARE(held, wanted);
    }
}

QTEST_GUILESS_MAIN(TestSearchOrder)
#include "tst_searchorder.moc"
