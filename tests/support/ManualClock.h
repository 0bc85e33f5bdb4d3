#pragma once

// A clock that stands still until a test moves it. Read by the service's worker threads while the
// test moves it, so the time is atomic.

#include "common/Clock.h"

#include <atomic>

namespace tfk::test {

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 msecsSinceEpoch = 0)
        : m_now(msecsSinceEpoch)
    {
    }

    qint64 currentMSecsSinceEpoch() const override { return m_now.load(); }

    void setSecs(qint64 secs) { m_now = secs * 1000; }
    void advanceSecs(qint64 secs) { m_now += secs * 1000; }
    void advanceMSecs(qint64 msecs) { m_now += msecs; }

private:
    std::atomic<qint64> m_now;
};

} // namespace tfk::test
