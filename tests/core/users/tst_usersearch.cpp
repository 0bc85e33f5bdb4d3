// The Users search answered from indexes gives what the plain definition gives: contains on name,
// email or username (any case, any script), or the end of the phone number; by both strategies (few
// matches through the trigram index, many by walking the name index), with short texts, hostile
// characters, the capped count, and keyset pages that add up to the whole ordered list.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "auth/UserImport.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

struct Person
{
    QString email;
    QString username;
    QString name;
    QString phone;
};

// The definition, computed here in C++ from the data the test put in (not by the code under test).
bool matches(const Person& p, const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return true;
    }
    const QString folded = t.toCaseFolded();
    return p.name.toCaseFolded().contains(folded) || p.email.toCaseFolded().contains(folded)
        || p.username.toCaseFolded().contains(folded) || (!p.phone.isEmpty() && p.phone.endsWith(t));
}

} // namespace

class TestUserSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsTheDefinition_data();
    void sameAsTheDefinition();
    void keysetPagesAddUpToTheWholeList();
    void matchesAtTheEndOfTheNameOrder();

private:
    std::unique_ptr<ServiceFixture> m_f;
    QList<Person> m_people;
    QHash<QString, Person> m_byEmail;
};

void TestUserSearch::initTestCase()
{
    m_f = std::make_unique<ServiceFixture>();
    TFK_REQUIRE_FIXTURE(*m_f);
    const QStringList first = {u"Richard"_s, u"Zoë"_s, u"Jared"_s,   u"Monica"_s, u"Дмитрий"_s,     u"Γιώργος"_s,
                               u"Erlich"_s,  u"李"_s,  u"O'Brien"_s, u"100%"_s,   u"under_score"_s, u"back\\slash"_s};
    const QStringList last = {u"Hendricks"_s, u"Dunn"_s, u"Hall"_s, u"Bachman"_s, u"Иванов"_s, u"Παπαδόπουλος"_s};
    const QString hash = QString::fromLatin1(*m_f->hasher->hash(u"password123"_s));
    ImportRequest request;
    request.encryptionScheme = u"argon2id"_s;
    for (int i = 0; i < 1500; ++i) {
        Person p;
        p.name = first.at(i % first.size()) % u' ' % last.at((i / first.size()) % last.size());
        p.email
            = i % 7 == 0 ? QString() : u"user%1@%2.example.com"_s.arg(i).arg(i % 3 == 0 ? u"piedpiper"_s : u"hooli"_s);
        p.username = i % 5 == 0 || p.email.isEmpty() ? u"handle_%1"_s.arg(i) : QString();
        p.phone = i % 4 == 0 ? QString() : u"+1201555%1"_s.arg(i % 10000, 4, 10, QChar(u'0'));
        m_people << p;
        request.users << ImportedUser {p.email, p.username, p.name, p.phone, hash, {}};
    }
    auto imported = waitFor(m_f->service->importUsers(request), 60000);
    TFK_VERIFY_OK(imported);
    QVERIFY(imported->errors.isEmpty());
    QCOMPARE(imported->imported, 1500);
}

void TestUserSearch::sameAsTheDefinition_data()
{
    QTest::addColumn<QString>("text");
    // Few matches (the trigram index), many (the name walk), short texts, other scripts, phone
    // endings, and characters that mean something to LIKE or to FTS5.
    for (const QString& text : {u"hendricks"_s,
                                u"RICHARD HEND"_s,
                                u"zoë"_s,
                                u"ZOË DUNN"_s,
                                u"иванов"_s,
                                u"ΓΙΏΡΓΟΣ"_s,
                                u"李"_s,
                                u"o'b"_s,
                                u"100%"_s,
                                u"0%"_s,
                                u"under_"_s,
                                u"r_s"_s,
                                u"back\\sl"_s,
                                u"\\"_s,
                                u"\""_s,
                                u"\"hall\""_s,
                                u"piedpiper"_s,
                                u"example"_s,
                                u"hooli.example"_s,
                                u"user14"_s,
                                u"handle_1"_s,
                                u"5550123"_s,
                                u"0123"_s,
                                u"+12015550007"_s,
                                u"23"_s,
                                u"a"_s,
                                u"zz"_s,
                                u"nobody-has-this"_s,
                                u"*"_s,
                                u"NEAR(a b)"_s,
                                u"  hall  "_s,
                                QString()}) {
        QTest::newRow(qPrintable(text.isEmpty() ? u"(empty)"_s : text)) << text;
    }
}

void TestUserSearch::sameAsTheDefinition()
{
    QFETCH(QString, text);
    QSet<QString> expected;
    for (const Person& p : std::as_const(m_people)) {
        if (matches(p, text)) {
            expected.insert(p.email.isEmpty() ? p.username : p.email);
        }
    }
    // Walk every page (keyset) and collect.
    QSet<QString> got;
    std::optional<User> last;
    int firstTotal = -1;
    bool firstLowerBound = false;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = last ? waitFor(m_f->service->searchUsersAfter(text, *last, 200))
                         : waitFor(m_f->service->searchUsers(text, 0, 200));
        TFK_VERIFY_OK(page);
        if (firstTotal < 0) {
            firstTotal = page->total;
            firstLowerBound = page->totalIsLowerBound;
        }
        for (const User& user : page->users) {
            QVERIFY2(!got.contains(user.loginId()), "a user on two pages");
            got.insert(user.loginId());
        }
        if (page->users.size() < 200) {
            break;
        }
        last = page->users.last();
    }
    QCOMPARE(got, expected);
    if (expected.size() > 1000) {
        QCOMPARE(firstTotal, 1000);
        QVERIFY(firstLowerBound);
    } else {
        QCOMPARE(firstTotal, int(expected.size()));
        QVERIFY(!firstLowerBound);
    }
}

void TestUserSearch::keysetPagesAddUpToTheWholeList()
{
    // The whole list in pages of 7: the same order as one offset page of everybody, by name then id.
    QList<User> paged;
    std::optional<User> last;
    while (true) {
        auto page = last ? waitFor(m_f->service->searchUsersAfter(u"hooli"_s, *last, 7))
                         : waitFor(m_f->service->searchUsers(u"hooli"_s, 0, 7));
        TFK_VERIFY_OK(page);
        paged << page->users;
        if (page->users.size() < 7) {
            break;
        }
        last = page->users.last();
    }
    auto whole = waitFor(m_f->service->searchUsers(u"hooli"_s, 0, 1000));
    TFK_VERIFY_OK(whole);
    QCOMPARE(paged.size(), whole->users.size());
    QCOMPARE(paged, whole->users);
    for (qsizetype i = 1; i < paged.size(); ++i) {
        const QString a = paged.at(i - 1).fullName.toCaseFolded();
        const QString b = paged.at(i).fullName.toCaseFolded();
        QVERIFY(a < b || (a == b && paged.at(i - 1).id < paged.at(i).id));
    }
}

void TestUserSearch::matchesAtTheEndOfTheNameOrder()
{
    // More than a thousand matches, all sorting after 20,000 users that do not match: the walk in name order
    // runs out of its budget (twelve rows per expected match) and the matches are fetched and sorted
    // instead. And a text whose 20,000 matches come first: the walk fills the page at once. Both must give
    // the definition's first page, in order, and the keyset pages after it.
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const QString hash = QString::fromLatin1(*f.hasher->hash(u"password123"_s));
    constexpr int kEarly = 20000;
    constexpr int kLate = 1100;
    ImportRequest request;
    request.encryptionScheme = u"argon2id"_s;
    QList<Person> people;
    const auto add = [&](const Person& p) {
        people << p;
        request.users << ImportedUser {p.email, p.username, p.name, p.phone, hash, {}};
        if (request.users.size() == UserImport::kMaxUsersPerRequest || people.size() == kEarly + kLate) {
            auto imported = waitFor(f.service->importUsers(request), 120000);
            QVERIFY(imported && imported->errors.isEmpty());
            request.users.clear();
        }
    };
    // Interleaved, so that rowids (insertion order) say nothing about the name order.
    for (int i = 0; i < kEarly + kLate; ++i) {
        if (i % 19 == 7 && i / 19 < kLate) {
            const int n = i / 19;
            add(Person {u"late%1@example.org"_s.arg(n), {}, u"Zzyzx Lateman %1"_s.arg(n), {}});
        } else {
            add(Person {u"early%1@example.org"_s.arg(i), {}, u"Aaron Early %1"_s.arg(i), {}});
        }
    }
    QCOMPARE(people.size(), kEarly + kLate);
    for (const QString& text : {u"lateman"_s, u"early"_s}) {
        QList<Person> expected;
        for (const Person& p : std::as_const(people)) {
            if (matches(p, text)) {
                expected << p;
            }
        }
        QVERIFY(expected.size() > 1000);
        // The definition's order: case-folded name, then id; ids grow with insertion here (UUID version 7
        // within one import may share a millisecond, so only names that differ are compared below).
        std::ranges::stable_sort(
            expected, [](const Person& a, const Person& b) { return a.name.toCaseFolded() < b.name.toCaseFolded(); });
        auto first = waitFor(f.service->searchUsers(text, 0, 50));
        TFK_VERIFY_OK(first);
        QCOMPARE(first->total, 1000);
        QVERIFY(first->totalIsLowerBound);
        QCOMPARE(first->users.size(), 50);
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(first->users.at(i).fullName, expected.at(i).name);
        }
        auto second = waitFor(f.service->searchUsersAfter(text, first->users.last(), 50));
        TFK_VERIFY_OK(second);
        QCOMPARE(second->users.size(), 50);
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(second->users.at(i).fullName, expected.at(50 + i).name);
        }
        // A page further in by offset (the API's startRow).
        auto deep = waitFor(f.service->searchUsers(text, 900, 50));
        TFK_VERIFY_OK(deep);
        QCOMPARE(deep->users.size(), 50);
        QCOMPARE(deep->users.first().fullName, expected.at(900).name);
        // Beyond the first 1,001 matches the total is counted apart from the page.
        auto deeper = waitFor(f.service->searchUsers(text, 1050, 50));
        TFK_VERIFY_OK(deeper);
        QCOMPARE(deeper->users.size(), 50);
        QCOMPARE(deeper->users.first().fullName, expected.at(1050).name);
        QCOMPARE(deeper->users.last().fullName, expected.at(1099).name);
        QCOMPARE(deeper->total, 1000);
        QVERIFY(deeper->totalIsLowerBound);
    }
}

QTEST_GUILESS_MAIN(TestUserSearch)
#include "tst_usersearch.moc"
