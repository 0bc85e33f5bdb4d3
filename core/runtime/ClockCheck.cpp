#include "ClockCheck.h"

#include "store/Database.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tfk {

ClockCheck::ClockCheck(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    // One thread, so one connection; it ends (and closes its connection) when idle.
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &ClockCheck::measureInBackground);
    connect(&m_watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this] {
        const Result<qint64> result = m_watcher.result();
        if (!result) {
            Q_EMIT measurementFailed(result.error().message);
            return;
        }
        Q_EMIT skewMeasured(*result, worthWarning(*result));
    });
}

ClockCheck::~ClockCheck()
{
    m_timer.stop();
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

Result<qint64> ClockCheck::measureNow()
{
    const qint64 before = m_clock.currentMSecsSinceEpoch();
    auto server = m_database.clockOffsetMs(0);
    if (!server) {
        return fail(server.error());
    }
    const qint64 after = m_clock.currentMSecsSinceEpoch();
    // The server read its clock somewhere in the round trip: the middle is the best guess.
    const qint64 skew = *server - (before + (after - before) / 2);
    m_skewMs.store(skew);
    m_measured.store(true);
    return skew;
}

void ClockCheck::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void ClockCheck::measureInBackground()
{
    if (m_watcher.isRunning()) {
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this] {
        auto result = measureNow();
        m_database.closeThreadConnection();
        return result;
    }));
}

QString ClockCheck::warningText(qint64 skewMs)
{
    const qint64 seconds = (std::abs(skewMs) + 500) / 1000;
    const QString direction = skewMs > 0 ? tr("behind") : tr("ahead of");
    // "s" rather than a plural: English has no plural catalogue to pick "second" or "seconds" from.
    return tr("This computer's clock is %1 s %2 the database server's. Codes texted from another desk may "
              "be refused here (a code is valid for 30 s, with one step of grace either way). Set the clock "
              "automatically (NTP) on this computer and on the server.")
        .arg(seconds)
        .arg(direction);
}

} // namespace tfk
