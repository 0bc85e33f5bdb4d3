#pragma once

// Waits for a QFuture while the event loop runs (its continuations are queued to this thread).

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>

namespace tfk::test {

// The future's result; aborts the test binary (with a message) if it does not finish in time.
template <typename T> T waitFor(QFuture<T> future, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    if (!future.isFinished()) {
        qFatal("a future did not finish within %d ms", timeoutMs);
    }
    return future.result();
}

} // namespace tfk::test
