#pragma once

// Compares this desk's clock with the database server's: codes made on one desk are checked on
// another, so a desk whose clock is off by more than a time step breaks sign-in. Measures at start
// and every few minutes on its own thread, and says when the skew is worth a warning.

#include "common/Clock.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

namespace tfk {

class Database;

class ClockCheck : public QObject
{
    Q_OBJECT

public:
    // Above this the operator is warned (a third of a 30 s step).
    static constexpr qint64 kWarnAboveMs = 10'000;
    static constexpr int kDefaultIntervalMs = 10 * 60 * 1000;

    ClockCheck(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~ClockCheck() override;

    // One measurement on the calling thread (start-up, tests): the server's clock minus this desk's,
    // in milliseconds, taken at the middle of the round trip.
    Result<qint64> measureNow();
    // Measures every intervalMs on a thread of its own (never the UI thread); emits skewMeasured.
    void start(int intervalMs = kDefaultIntervalMs);

    // The last measured skew (server minus desk, ms); 0 before the first.
    qint64 skewMs() const { return m_skewMs.load(); }
    bool measured() const { return m_measured.load(); }
    static bool worthWarning(qint64 skewMs) { return std::abs(skewMs) > kWarnAboveMs; }
    // The sentence for the operator ("This computer's clock is 42 s behind the database server's ...").
    static QString warningText(qint64 skewMs);

Q_SIGNALS:
    // After every measurement; `warn` when above kWarnAboveMs.
    void skewMeasured(qint64 skewMs, bool warn);
    void measurementFailed(const QString& message);

private:
    void measureInBackground();

    Database& m_database;
    const Clock& m_clock;
    QThreadPool m_pool;
    QTimer m_timer;
    QFutureWatcher<Result<qint64>> m_watcher;
    std::atomic<qint64> m_skewMs {0};
    std::atomic<bool> m_measured {false};
};

} // namespace tfk
