#pragma once

// Waits for a QFuture while the event loop runs (its continuations are queued to this thread). The loop
// sleeps until an event comes: a busy processEvents() loop would take a whole core from the worker threads
// the test or benchmark is waiting for.

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

namespace tfk::test {

// The future's result; aborts the test binary (with a message) if it does not finish in time.
template <typename T> T waitFor(QFuture<T> future, int timeoutMs = 10000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        watcher.setFuture(future);
        if (!future.isFinished()) {
            loop.exec();
        }
    }
    if (!future.isFinished()) {
        qFatal("a future did not finish within %d ms", timeoutMs);
    }
    return future.result();
}

} // namespace tfk::test
