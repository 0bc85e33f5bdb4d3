#pragma once

// The time source every time-dependent rule takes, so tests can pin and advance time.

#include <QtGlobal>

namespace tfk {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 currentMSecsSinceEpoch() const = 0;
    qint64 currentSecsSinceEpoch() const;
};

// The wall clock.
class SystemClock final : public Clock
{
public:
    qint64 currentMSecsSinceEpoch() const override;
};

} // namespace tfk
