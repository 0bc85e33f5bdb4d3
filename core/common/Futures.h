#pragma once

// Waiting for a QFuture without QFuture::then(), and promises finished by hand.
//
// Qt 6.8's continuations can run twice. QFutureInterfaceBase::setContinuation() runs a continuation at
// once when the future has already finished, and then stores it; the thread that finished the future
// looks for a stored continuation only after marking it finished (runContinuation()), finds this one and
// runs it again. The second run works on a moved-from promise and crashes in
// QFutureInterfaceBase::reportStarted() (d is null). The window is open whenever a continuation is
// attached on one thread while a worker finishes the future on another, which is what the service's
// pools do all day: bench_flows hit it about once in three runs of 30,000 sign-ins. Later Qt versions
// mark a continuation as executed; Debian 13 ships 6.8.2.
//
// A QFutureWatcher has no such window: it connects under the future's own mutex and is told by events.
// So every wait in this program goes through whenFinished(), and chains of steps are built from
// promises that the last step finishes (Promise below), never from then()/unwrap().

#include <QFuture>
#include <QFutureWatcher>
#include <QMetaObject>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>
#include <utility>

namespace tfk {

// Calls done(result) on the context's thread when the future has finished with a result, or
// canceled() (when given) when it ended without one. Nothing is called once the context is destroyed.
// May be called from any thread; the watcher is made on the context's thread.
template <typename T, typename Done>
void whenFinished(const QFuture<T>& future, QObject* context, Done&& done, std::function<void()> canceled = {})
{
    auto watch = [future, context, done = std::forward<Done>(done), canceled = std::move(canceled)]() mutable {
        // A child of the context: destroying the context destroys the watcher and its connection.
        auto* watcher = new QFutureWatcher<T>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, done = std::move(done), canceled = std::move(canceled)]() mutable {
                             watcher->deleteLater();
                             const QFuture<T> finished = watcher->future();
                             if (finished.resultCount() > 0) {
                                 done(finished.result());
                             } else if (canceled) {
                                 canceled();
                             }
                         });
        watcher->setFuture(future);
    };
    if (context->thread() == QThread::currentThread()) {
        watch();
    } else {
        QMetaObject::invokeMethod(context, std::move(watch), Qt::QueuedConnection);
    }
}

// A started promise shared by the steps of a chain; the last step settles it exactly once.
template <typename T> class Promise
{
public:
    Promise()
        : m_promise(std::make_shared<QPromise<T>>())
    {
        m_promise->start();
    }

    QFuture<T> future() const { return m_promise->future(); }

    void settle(T value) const
    {
        m_promise->addResult(std::move(value));
        m_promise->finish();
    }

    // The step it waited for was cancelled: so is the chain.
    void cancel() const
    {
        m_promise->future().cancel();
        m_promise->finish();
    }

private:
    std::shared_ptr<QPromise<T>> m_promise;
};

} // namespace tfk
