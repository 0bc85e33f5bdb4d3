#pragma once

// A clock that stands still until a test moves it.

#include "common/Clock.h"

namespace tfk::test {

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 msecsSinceEpoch = 0)
        : m_now(msecsSinceEpoch)
    {
    }

    qint64 currentMSecsSinceEpoch() const override { return m_now; }

    void setSecs(qint64 secs) { m_now = secs * 1000; }
    void advanceSecs(qint64 secs) { m_now += secs * 1000; }
    void advanceMSecs(qint64 msecs) { m_now += msecs; }

private:
    qint64 m_now;
};

} // namespace tfk::test
