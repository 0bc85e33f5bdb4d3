#include "HeadlessServer.h"

#include "ApiHost.h"
#include "backup/BackupScheduler.h"
#include "runtime/ProcessHardening.h"
#include "runtime/Runtime.h"
#include "sms/sink/TwilioSink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// The signal handler only writes a byte here (async-signal-safe); the event loop reads it.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// Installs the handlers for its lifetime and puts the previous ones back afterwards.
class SignalGuard
{
public:
    SignalGuard()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
            return;
        }
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        m_ok = ::sigaction(SIGINT, &action, &m_previousInt) == 0 && ::sigaction(SIGTERM, &action, &m_previousTerm) == 0;
    }
    ~SignalGuard()
    {
        ::sigaction(SIGINT, &m_previousInt, nullptr);
        ::sigaction(SIGTERM, &m_previousTerm, nullptr);
        for (int& fd : g_signalPipe) {
            if (fd >= 0) {
                ::close(fd);
                fd = -1;
            }
        }
    }
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
};

constexpr int kDrainTimeoutMs = 10000;

void logLine(QTextStream& log, const QString& line)
{
    log << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << u' ' << line << Qt::endl;
}

} // namespace

int HeadlessServer::run(Runtime& runtime, const ApiServerOptions& options, QTextStream& log,
                        const QProcessEnvironment& environment)
{
    SignalGuard guard;
    if (!guard.ok()) {
        logLine(log, tr("cannot install the SIGINT/SIGTERM handlers."));
        return 1;
    }
    auto host = ApiHost::start(runtime, options, environment);
    if (!host) {
        logLine(log, host.error().message);
        return 1;
    }
    ApiServer& server = (*host)->server();
    QObject::connect(&server, &ApiServer::requestFinished, &server,
                     [&log](const QString& method, const QString& route, int status, qint64 elapsedMs) {
                         logLine(log, u"%1 %2 %3 %4 ms"_s.arg(method, route).arg(status).arg(elapsedMs));
                     });
    if (TwilioSink* sink = runtime.sink()) {
        // Mock mode only: the texts are fake, and reading them here is how a demo gets its codes.
        QObject::connect(sink, &TwilioSink::messageReceived, &server, [&log](const SinkMessage& message) {
            logLine(log, tr("mock SMS to %1: %2").arg(message.to, message.body));
        });
        logLine(log, tr("mock SMS sink at %1").arg(sink->baseUrl().toString()));
    }
    if (!server.warning().isEmpty()) {
        logLine(log, server.warning());
    }
    logLine(log, (*host)->listeningMessage());
    logLine(log, ProcessHardening::describe());

    // Scheduled backups: each result and the warning state go to the log.
    BackupScheduler& backups = runtime.backups();
    QObject::connect(&backups, &BackupScheduler::backupFinished, &server, [&log](bool ok, const QString& message) {
        logLine(log, ok ? tr("backup written to %1").arg(message) : tr("backup failed: %1").arg(message));
    });
    QObject::connect(&backups, &BackupScheduler::statusChanged, &server, [&log, &backups, said = QString()]() mutable {
        // Each warning once, not at every check.
        const QString text = backups.needsAttention() ? backups.statusText() : QString();
        if (!text.isEmpty() && text != said) {
            logLine(log, text);
        }
        said = text;
    });
    backups.start();

    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&log] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[0], &byte, 1);
        logLine(log, tr("stopping"));
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    // Work in flight is finished and answered (bounded), new connections are no longer taken.
    if (!server.drain(kDrainTimeoutMs) || !runtime.service().waitForIdle(kDrainTimeoutMs)) {
        logLine(log,
                tr("stopping without waiting longer for %1 requests still in progress")
                    .arg(std::max(server.pendingRequests(), runtime.service().pendingOperations())));
    }
    backups.stop();
    host->reset();
    logLine(log, tr("stopped"));
    return code;
}

} // namespace tfk
