// The window keeps painting while the service works: a 10 ms timer is never more than 50 ms late
// while sign-ins hash passwords with real Argon2id, and while another connection holds the
// database's write lock (the busy indicator shows meanwhile).

#include "FutureWait.h"
#include "ServiceFixture.h"
#include "mainwindow/MainWindow.h"
#include "signin/SignInPage.h"
#include "users/UserListModel.h"
#include "users/UsersPage.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <thread>

using namespace Qt::StringLiterals;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

constexpr int kTickMs = 10;
// The asan preset is a Debug build under AddressSanitizer: it paints and allocates several times slower, and CI
// once saw a 52 ms tick there with nothing blocking. The stalls these tests look for are the lock's 1.5 s (caught by
// both) and an Argon2id hash on the window's thread (about 75 ms: caught by the release build's bound).
#if defined(__SANITIZE_ADDRESS__) || defined(QT_DEBUG)
constexpr int kMaxLateMs = 100;
#else
constexpr int kMaxLateMs = 50;
#endif

// Measures how late a 10 ms timer fires: the event loop's longest stall, give or take a tick.
class LatenessProbe : public QObject
{
public:
    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, &LatenessProbe::tick);
    }
    void start()
    {
        m_maxLate = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 maxLate() const { return m_maxLate; }
    qint64 ticks() const { return m_ticks; }
    qint64 elapsed() const { return m_clock.elapsed(); }
    // Called on every tick (what the test watches, e.g. whether the busy indicator shows).
    std::function<void()> onTick;

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_maxLate = std::max(m_maxLate, now - m_last - kTickMs);
        m_last = now;
        ++m_ticks;
        if (onTick) {
            onTick();
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxLate = 0;
    qint64 m_ticks = 0;
};

// Runs a real event loop (as the application does, without QTest's sleeps between slices) until
// `done` holds or `timeoutMs` passed.
bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    if (!done()) {
        loop.exec();
    }
    return done();
}

tfk::MainWindowContext contextFor(ServiceFixture& f)
{
    tfk::MainWindowContext context;
    context.service = f.service.get();
    context.clock = &f.clock;
    return context;
}

ServiceFixture::Options realHashing()
{
    ServiceFixture::Options options;
    options.hashing = tfk::PasswordHashingLimits::interactive(); // the product's Argon2id, ~75 ms a hash
    return options;
}

QString lateMessage(const char* what, const LatenessProbe& probe)
{
    return u"%1: the event loop stalled %2 ms (a 10 ms timer fired %2 ms late; %3 ticks in %4 ms)"_s
        .arg(QString::fromLatin1(what))
        .arg(probe.maxLate())
        .arg(probe.ticks())
        .arg(probe.elapsed());
}

} // namespace

class TestResponsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeSeesABlockedLoop();
    void signInWithRealArgon2id();
    void databaseLockedByAnotherConnection();
};

// The measurement can fail: the same probe around a blocking call reports it.
void TestResponsiveness::probeSeesABlockedLoop()
{
    LatenessProbe probe;
    probe.start();
    QTimer::singleShot(30, [] { QThread::msleep(120); });
    runUntil([&] { return probe.elapsed() > 250; }, 2000);
    probe.stop();
    QVERIFY2(probe.maxLate() >= 100, qPrintable(lateMessage("a 120 ms block", probe)));
}

void TestResponsiveness::signInWithRealArgon2id()
{
    ServiceFixture f(realHashing());
    TFK_REQUIRE_FIXTURE(f);
    QVERIFY(waitFor(f.service->createUser({u"ann@example.com"_s, {}, u"Ann"_s, {}, u"password123"_s})));
    tfk::MainWindow window(contextFor(f));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* login = window.findChild<QLineEdit*>(u"loginIdEdit"_s);
    auto* password = window.findChild<QLineEdit*>(u"passwordEdit"_s);
    auto* button = window.findChild<QPushButton*>(u"signInButton"_s);
    auto* welcome = window.findChild<QLabel*>(u"welcomeLabel"_s);
    QVERIFY(runUntil([&] { return f.service->pendingOperations() == 0; }, 5000)); // the pages' first reads

    LatenessProbe probe;
    probe.start();
    QElapsedTimer signingIn;
    signingIn.start();
    constexpr int kSignIns = 5;
    for (int i = 0; i < kSignIns; ++i) {
        login->setText(u"ann@example.com"_s);
        password->setText(u"password123"_s);
        button->click();
        QVERIFY(!button->isEnabled()); // busy while the hash runs
        QVERIFY2(runUntil([&] { return !welcome->text().isEmpty(); }, 10000), "the sign-in did not finish");
        window.signInPage()->reset();
    }
    probe.stop();
    const qint64 perSignIn = signingIn.elapsed() / kSignIns;
    qInfo("%d sign-ins with Argon2id, %lld ms each; max event-loop lateness %lld ms over %lld ticks", kSignIns,
          perSignIn, probe.maxLate(), probe.ticks());
    // The hashes really ran (interactive limits take tens of ms), so the loop had something to survive.
    QVERIFY2(perSignIn >= 20, qPrintable(u"a sign-in took only %1 ms: not a real hash"_s.arg(perSignIn)));
    QVERIFY2(probe.ticks() >= probe.elapsed() / (kTickMs + kMaxLateMs), qPrintable(lateMessage("sign-in", probe)));
    QVERIFY2(probe.maxLate() < kMaxLateMs, qPrintable(lateMessage("sign-in", probe)));
}

void TestResponsiveness::databaseLockedByAnotherConnection()
{
    ServiceFixture f(realHashing());
    TFK_REQUIRE_FIXTURE(f);
    QVERIFY(waitFor(f.service->createUser({u"ann@example.com"_s, {}, u"Ann"_s, {}, u"password123"_s})));
    tfk::MainWindow window(contextFor(f));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(runUntil([&] { return f.service->pendingOperations() == 0; }, 5000));
    auto* busy = window.findChild<QWidget*>(u"signInBusy"_s);
    QVERIFY(busy);
    QVERIFY(!busy->isVisible());
    QVERIFY(!busy->accessibleName().isEmpty());

    // Another program holds the write lock for 1.5 s; its connection lives on its own thread.
    enum LockState
    {
        Opening,
        Locked,
        Released,
        Failed
    };
    std::atomic<int> state {Opening};
    QString lockError;
    const QString path = f.databasePath();
    std::thread locker([path, &state, &lockError] {
        const QString name = u"responsiveness-locker"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (!db.open() || !query.exec(u"BEGIN IMMEDIATE"_s)) {
                lockError = db.isOpen() ? query.lastError().text() : db.lastError().text();
                state = Failed;
            } else {
                state = Locked;
                std::this_thread::sleep_for(std::chrono::milliseconds(1500));
                if (!query.exec(u"ROLLBACK"_s)) {
                    lockError = query.lastError().text();
                }
                state = Released;
            }
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    const auto joinLocker = qScopeGuard([&locker] { locker.join(); });
    QVERIFY(runUntil([&] { return state != Opening; }, 5000));
    QVERIFY2(state == Locked, qPrintable(lockError));

    LatenessProbe probe;
    bool busyShown = false;
    bool busyShownWhileLocked = false;
    probe.onTick = [&] {
        if (busy->isVisible()) {
            busyShown = true;
            busyShownWhileLocked = busyShownWhileLocked || state == Locked;
        }
    };
    probe.start();
    // A sign-in (it writes: the lockout counter) and a user search, both while the lock is held.
    window.findChild<QLineEdit*>(u"loginIdEdit"_s)->setText(u"ann@example.com"_s);
    window.findChild<QLineEdit*>(u"passwordEdit"_s)->setText(u"password123"_s);
    window.findChild<QPushButton*>(u"signInButton"_s)->click();
    // The search is on the operator side (locked here); the query it starts is what matters.
    auto* search = window.usersPage()->findChild<QLineEdit*>(u"userSearchEdit"_s);
    search->setText(u"Ann"_s);
    auto* welcome = window.findChild<QLabel*>(u"welcomeLabel"_s);
    auto* users = window.usersPage()->model();
    QVERIFY2(runUntil([&] { return !welcome->text().isEmpty(); }, 10000),
             qPrintable(window.findChild<QLabel*>(u"signInErrorLabel"_s)->text()));
    QVERIFY(runUntil([&] { return users->filter() == u"Ann"_s && !users->loading(); }, 5000));
    probe.stop();
    QVERIFY2(state == Released, "the sign-in finished before the other connection let go of the lock");
    QVERIFY(lockError.isEmpty());
    QCOMPARE(users->totalCount(), 1);
    QVERIFY(!busy->isVisible());

    qInfo("database locked for 1.5 s: max event-loop lateness %lld ms over %lld ticks in %lld ms; busy indicator "
          "shown: %s",
          probe.maxLate(), probe.ticks(), probe.elapsed(), busyShownWhileLocked ? "yes" : "no");
    QVERIFY2(probe.elapsed() >= 1000, "the sign-in did not wait for the lock");
    QVERIFY2(busyShown && busyShownWhileLocked, "the busy indicator did not show while the database was locked");
    QVERIFY2(probe.ticks() >= probe.elapsed() / (kTickMs + kMaxLateMs), qPrintable(lateMessage("locked", probe)));
    QVERIFY2(probe.maxLate() < kMaxLateMs, qPrintable(lateMessage("locked", probe)));
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
