// Operators: add (validated), list, disable, change password, and sign in with the same answer for
// unknown names, wrong passwords and disabled operators, locked out like user logins, and exactly so
// when many threads guess at once.

#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "operators/OperatorDirectory.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

const QString kPassword = u"correct horse battery"_s;
const QString kOtherPassword = u"tr0ub4dor&3-staple"_s;

TwoFactorRules lockoutRules(int maxFailures)
{
    TwoFactorRules rules;
    rules.maxPasswordFailures = maxFailures;
    rules.passwordFailureWindowSeconds = 60;
    rules.lockoutSeconds = 180;
    return rules;
}

} // namespace

class TestOperatorDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsAndLists();
    void validation_data();
    void validation();
    void duplicateNamesInAnyCase();
    void storesOnlyAnArgon2idHash();
    void signsIn();
    void sameAnswerForUnknownWrongAndDisabled();
    void locksOutAfterTooManyFailures();
    void unknownNamesAreLockedOutToo();
    void failuresOutsideTheWindowDoNotLock();
    void successForgetsEarlierFailures();
    void disables();
    void keepsTheLastAdmin();
    void changesThePassword();
    void concurrentWrongSignInsGetExactlyTheAllowedHashChecks();

private:
    OperatorDirectory& directory() { return *m_directory; }
    qint64 now() const { return m_fixture->clock.currentMSecsSinceEpoch(); }
    int failureRows()
    {
        auto rows = m_fixture->database->exec(u"SELECT COUNT(*) FROM login_failures"_s);
        return rows && rows->next() ? rows->value(0).toInt() : -1;
    }
    void useRules(const TwoFactorRules& rules)
    {
        m_directory = std::make_unique<OperatorDirectory>(*m_fixture->database, *m_fixture->cipher, *m_fixture->hasher,
                                                          m_fixture->clock, rules);
    }

    std::unique_ptr<test::ServiceFixture> m_fixture;
    std::unique_ptr<OperatorDirectory> m_directory;
};

void TestOperatorDirectory::init()
{
    m_fixture = std::make_unique<test::ServiceFixture>();
    TFK_REQUIRE_FIXTURE(*m_fixture);
    useRules(lockoutRules(3));
}

void TestOperatorDirectory::cleanup()
{
    m_directory.reset();
    m_fixture.reset();
}

void TestOperatorDirectory::addsAndLists()
{
    QCOMPARE(directory().count().value(), 0);
    auto ana = directory().add(u" Ana "_s, u"Ana López"_s, kPassword, OperatorRole::Admin);
    TFK_VERIFY_OK(ana);
    QCOMPARE(ana->name, u"Ana"_s);
    QCOMPARE(ana->displayName, u"Ana López"_s);
    QCOMPARE(ana->role, OperatorRole::Admin);
    QCOMPARE(ana->createdAt, 1234567890000LL);
    m_fixture->clock.advanceSecs(5);
    TFK_VERIFY_OK(directory().add(u"bob"_s, QString(), kPassword, OperatorRole::Helpdesk));
    TFK_VERIFY_OK(directory().add(u"Carla.M_2-b"_s, u"Carla"_s, kPassword, OperatorRole::Helpdesk));
    QCOMPARE(directory().count().value(), 3);

    auto all = directory().list();
    TFK_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    // Ordered by name whatever the case.
    QCOMPARE(all->at(0).name, u"Ana"_s);
    QCOMPARE(all->at(1).name, u"bob"_s);
    QCOMPARE(all->at(2).name, u"Carla.M_2-b"_s);
    const Operator& bob = all->at(1);
    QCOMPARE(bob.displayName, u"bob"_s); // no display name: the login name
    QCOMPARE(bob.role, OperatorRole::Helpdesk);
    QCOMPARE(bob.createdAt, 1234567895000LL);
    QVERIFY(!bob.disabled);
    QCOMPARE(bob.lastSignInAt, 0);
    QVERIFY(!bob.id.isEmpty());
    QVERIFY(bob.id != all->at(0).id);
    QCOMPARE(directory().find(u"BOB"_s).value().id, bob.id);
    TFK_VERIFY_ERROR(directory().find(u"nobody"_s), "[notFound]operator");
}

void TestOperatorDirectory::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("blank name") << u"  "_s << QString() << kPassword << u"[blank]operator.name"_s
                                << u"Enter the operator's login name."_s;
    QTest::newRow("65 characters") << QString(65, u'a') << QString() << kPassword << u"[tooLong]operator.name"_s
                                   << u"The login name is longer than 64 characters."_s;
    const QString allowed = u"A login name may only contain letters, digits, dots, dashes and underscores."_s;
    QTest::newRow("space inside") << u"ana lopez"_s << QString() << kPassword << u"[invalid]operator.name"_s << allowed;
    QTest::newRow("at sign") << u"ana@example.com"_s << QString() << kPassword << u"[invalid]operator.name"_s
                             << allowed;
    QTest::newRow("slash") << u"ana/b"_s << QString() << kPassword << u"[invalid]operator.name"_s << allowed;
    QTest::newRow("9 characters") << u"ana"_s << QString() << u"123456789"_s << u"[tooShort]operator.password"_s
                                  << u"An operator's password needs at least 10 characters."_s;
    QTest::newRow("1025 characters") << u"ana"_s << QString() << QString(1025, u'p') << u"[tooLong]operator.password"_s
                                     << u"The password is longer than 1024 characters."_s;
    QTest::newRow("long display name") << u"ana"_s << QString(101, u'd') << kPassword
                                       << u"[tooLong]operator.displayName"_s
                                       << u"The display name is longer than 100 characters."_s;
    QTest::newRow("fine: 64 characters") << QString(64, u'a') << QString() << kPassword << QString() << QString();
    QTest::newRow("fine: letters of any script")
        << u"José.Ñandú_2-b"_s << QString() << u"0123456789"_s << QString() << QString();
}

void TestOperatorDirectory::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, displayName);
    QFETCH(QString, password);
    QFETCH(QString, code);
    QFETCH(QString, message);
    auto added = directory().add(name, displayName, password, OperatorRole::Helpdesk);
    if (code.isEmpty()) {
        TFK_VERIFY_OK(added);
        QCOMPARE(directory().count().value(), 1);
        return;
    }
    QVERIFY(!added);
    QCOMPARE(added.error().code, code);
    QCOMPARE(added.error().message, message);
    QCOMPARE(added.error().httpStatus, 400);
    QCOMPARE(directory().count().value(), 0);
}

void TestOperatorDirectory::duplicateNamesInAnyCase()
{
    TFK_VERIFY_OK(directory().add(u"Ana"_s, QString(), kPassword, OperatorRole::Admin));
    auto again = directory().add(u"aNA"_s, QString(), kOtherPassword, OperatorRole::Helpdesk);
    TFK_VERIFY_ERROR(again, "[duplicate]operator.name");
    QCOMPARE(again.error().httpStatus, 400);
    QCOMPARE(again.error().message, u"There is already an operator called Ana."_s);
    QCOMPARE(directory().count().value(), 1);
}

void TestOperatorDirectory::storesOnlyAnArgon2idHash()
{
    TFK_VERIFY_OK(directory().add(u"ana"_s, QString(), kPassword, OperatorRole::Admin));
    auto stored = m_fixture->database->exec(u"SELECT password_hash FROM operators"_s);
    TFK_VERIFY_OK(stored);
    QVERIFY(stored->next());
    const QString hash = stored->value(0).toString();
    QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
    QVERIFY(!hash.contains(kPassword));
}

void TestOperatorDirectory::signsIn()
{
    TFK_VERIFY_OK(directory().add(u"Ana"_s, u"Ana López"_s, kPassword, OperatorRole::Admin));
    m_fixture->clock.advanceSecs(60);
    auto signedIn = directory().signIn(u"  ana "_s, kPassword, now());
    TFK_VERIFY_OK(signedIn);
    QCOMPARE(signedIn->name, u"Ana"_s);
    QCOMPARE(signedIn->role, OperatorRole::Admin);
    QCOMPARE(signedIn->lastSignInAt, 1234567950000LL);
    QCOMPARE(directory().find(u"ana"_s).value().lastSignInAt, 1234567950000LL);
    QCOMPARE(failureRows(), 0); // the provisional failure is gone again
    TFK_VERIFY_ERROR(directory().signIn(QString(), kPassword, now()), "[blank]operator.name");
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, QString(), now()), "[blank]operator.password");
}

void TestOperatorDirectory::sameAnswerForUnknownWrongAndDisabled()
{
    TFK_VERIFY_OK(directory().add(u"ana"_s, QString(), kPassword, OperatorRole::Admin));
    TFK_VERIFY_OK(directory().add(u"bob"_s, QString(), kPassword, OperatorRole::Helpdesk));
    TFK_VERIFY_OK(directory().disable(u"bob"_s));
    auto unknown = directory().signIn(u"nobody"_s, kPassword, now());
    auto wrong = directory().signIn(u"ana"_s, kOtherPassword, now());
    auto disabled = directory().signIn(u"bob"_s, kPassword, now());
    QVERIFY(!unknown && !wrong && !disabled);
    QCOMPARE(unknown.error().code, u"[InvalidLogin]"_s);
    QCOMPARE(unknown.error().message, u"The operator name or the password is not right."_s);
    QCOMPARE(wrong.error(), unknown.error());
    QCOMPARE(disabled.error(), unknown.error());
    QCOMPARE(directory().find(u"bob"_s).value().lastSignInAt, 0);
}

void TestOperatorDirectory::locksOutAfterTooManyFailures()
{
    TFK_VERIFY_OK(directory().add(u"ana"_s, QString(), kPassword, OperatorRole::Admin));
    for (int i = 0; i < 3; ++i) {
        TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kOtherPassword, now()), "[InvalidLogin]");
        m_fixture->clock.advanceSecs(1);
    }
    // The right password does not open a locked name, and another spelling is the same name.
    auto locked = directory().signIn(u"ANA"_s, kPassword, now());
    TFK_VERIFY_ERROR(locked, "[LoginPreventedException]");
    QCOMPARE(locked.error().httpStatus, 409);
    QCOMPARE(locked.error().retryAfterSeconds, 179); // 180 s from the third failure, 1 s ago
    QCOMPARE(locked.error().message,
             u"Too many wrong passwords. Operator sign-in for this name is locked for 179 more seconds."_s);
    QCOMPARE(failureRows(), 3); // a refused attempt while locked is not another failure
    m_fixture->clock.advanceSecs(178);
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kPassword, now()), "[LoginPreventedException]");
    m_fixture->clock.advanceSecs(1);
    TFK_VERIFY_OK(directory().signIn(u"ana"_s, kPassword, now()));
    QCOMPARE(failureRows(), 0);
}

void TestOperatorDirectory::unknownNamesAreLockedOutToo()
{
    for (int i = 0; i < 3; ++i) {
        TFK_VERIFY_ERROR(directory().signIn(u"ghost"_s, kPassword, now()), "[InvalidLogin]");
    }
    TFK_VERIFY_ERROR(directory().signIn(u"ghost"_s, kPassword, now()), "[LoginPreventedException]");
    // Another name is not affected.
    TFK_VERIFY_ERROR(directory().signIn(u"ghost2"_s, kPassword, now()), "[InvalidLogin]");
}

void TestOperatorDirectory::failuresOutsideTheWindowDoNotLock()
{
    TFK_VERIFY_OK(directory().add(u"ana"_s, QString(), kPassword, OperatorRole::Admin));
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kOtherPassword, now()), "[InvalidLogin]");
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kOtherPassword, now()), "[InvalidLogin]");
    m_fixture->clock.advanceSecs(61);
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kOtherPassword, now()), "[InvalidLogin]");
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kOtherPassword, now()), "[InvalidLogin]");
    TFK_VERIFY_OK(directory().signIn(u"ana"_s, kPassword, now()));
}

void TestOperatorDirectory::successForgetsEarlierFailures()
{
    TFK_VERIFY_OK(directory().add(u"ana"_s, QString(), kPassword, OperatorRole::Admin));
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kOtherPassword, now()), "[InvalidLogin]");
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kOtherPassword, now()), "[InvalidLogin]");
    TFK_VERIFY_OK(directory().signIn(u"ana"_s, kPassword, now()));
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kOtherPassword, now()), "[InvalidLogin]");
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kOtherPassword, now()), "[InvalidLogin]");
    TFK_VERIFY_OK(directory().signIn(u"ana"_s, kPassword, now()));
}

void TestOperatorDirectory::disables()
{
    TFK_VERIFY_OK(directory().add(u"ana"_s, QString(), kPassword, OperatorRole::Admin));
    TFK_VERIFY_OK(directory().add(u"bob"_s, QString(), kPassword, OperatorRole::Helpdesk));
    m_fixture->clock.advanceSecs(10);
    auto bob = directory().disable(u"BOB"_s);
    TFK_VERIFY_OK(bob);
    QVERIFY(bob->disabled);
    QCOMPARE(bob->disabledAt, 1234567900000LL);
    m_fixture->clock.advanceSecs(10);
    auto again = directory().disable(u"bob"_s);
    TFK_VERIFY_OK(again);
    QCOMPARE(again->disabledAt, 1234567900000LL); // the first time stays
    QVERIFY(directory().find(u"bob"_s).value().disabled);
    QCOMPARE(directory().count().value(), 2); // disabled operators still count (and keep their name)
    auto unknown = directory().disable(u"nobody"_s);
    TFK_VERIFY_ERROR(unknown, "[notFound]operator");
    QCOMPARE(unknown.error().httpStatus, 404);
}

void TestOperatorDirectory::keepsTheLastAdmin()
{
    TFK_VERIFY_OK(directory().add(u"ana"_s, QString(), kPassword, OperatorRole::Admin));
    TFK_VERIFY_OK(directory().add(u"bob"_s, QString(), kPassword, OperatorRole::Helpdesk));
    auto refused = directory().disable(u"ana"_s);
    TFK_VERIFY_ERROR(refused, "[lastAdmin]operator");
    QCOMPARE(refused.error().httpStatus, 409);
    QVERIFY(!directory().find(u"ana"_s).value().disabled);
    TFK_VERIFY_OK(directory().add(u"carla"_s, QString(), kPassword, OperatorRole::Admin));
    TFK_VERIFY_OK(directory().disable(u"ana"_s));
    TFK_VERIFY_ERROR(directory().disable(u"carla"_s), "[lastAdmin]operator");
}

void TestOperatorDirectory::changesThePassword()
{
    TFK_VERIFY_OK(directory().add(u"ana"_s, QString(), kPassword, OperatorRole::Admin));
    TFK_VERIFY_ERROR(directory().setPassword(u"ana"_s, u"short"_s), "[tooShort]operator.password");
    TFK_VERIFY_ERROR(directory().setPassword(u"nobody"_s, kOtherPassword), "[notFound]operator");
    // Locked out, then an admin sets a new password: the lock is lifted.
    for (int i = 0; i < 3; ++i) {
        TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, u"wrong password"_s, now()), "[InvalidLogin]");
    }
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kPassword, now()), "[LoginPreventedException]");
    TFK_VERIFY_OK(directory().setPassword(u"ANA"_s, kOtherPassword));
    TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kPassword, now()), "[InvalidLogin]");
    TFK_VERIFY_OK(directory().signIn(u"ana"_s, kOtherPassword, now()));
}

void TestOperatorDirectory::concurrentWrongSignInsGetExactlyTheAllowedHashChecks()
{
    constexpr int kThreads = 8;
    constexpr int kAttemptsPerThread = 20;
    constexpr int kAllowed = 5;
    useRules(lockoutRules(kAllowed));
    TFK_VERIFY_OK(directory().add(u"ana"_s, QString(), kPassword, OperatorRole::Admin));
    // Three rounds, each after the previous lockout has passed: a race that loses rarely still shows.
    for (int round = 0; round < 3; ++round) {
        std::atomic<int> wrongPassword = 0; // answered after a hash check
        std::atomic<int> locked = 0; // answered without one
        std::atomic<int> other = 0;
        std::latch start(kThreads);
        QList<QThread*> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads << QThread::create([&] {
                start.arrive_and_wait();
                for (int i = 0; i < kAttemptsPerThread; ++i) {
                    auto answer = directory().signIn(u"ana"_s, u"guess number %1"_s.arg(i), now());
                    if (!answer && answer.error().code == u"[InvalidLogin]"_s) {
                        ++wrongPassword;
                    } else if (!answer && answer.error().code == u"[LoginPreventedException]"_s) {
                        ++locked;
                    } else {
                        ++other;
                    }
                }
                m_fixture->database->closeThreadConnection();
            });
            threads.last()->start();
        }
        for (QThread* thread : std::as_const(threads)) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(other.load(), 0);
        QCOMPARE(wrongPassword.load(), kAllowed);
        QCOMPARE(locked.load(), kThreads * kAttemptsPerThread - kAllowed);
        QCOMPARE(failureRows(), kAllowed);
        // The lockout holds against the right password too.
        TFK_VERIFY_ERROR(directory().signIn(u"ana"_s, kPassword, now()), "[LoginPreventedException]");
        m_fixture->clock.advanceSecs(181);
        TFK_VERIFY_OK(directory().signIn(u"ana"_s, kPassword, now()));
        QCOMPARE(failureRows(), 0);
    }
}

QTEST_GUILESS_MAIN(TestOperatorDirectory)
#include "tst_operatordirectory.moc"
