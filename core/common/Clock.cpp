#include "Clock.h"

#include <QDateTime>

namespace tfk {

qint64 Clock::currentSecsSinceEpoch() const
{
    // Floor division, so instants before 1970 (only ever seen in tests) still land in the right second.
    const qint64 ms = currentMSecsSinceEpoch();
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

qint64 SystemClock::currentMSecsSinceEpoch() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace tfk
