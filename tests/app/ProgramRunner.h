#pragma once

// Runs one of the built programs (twofactor-kiosk, twilio-sink) as a person or a script would: arguments,
// optional standard input, a private HOME and XDG folders, the offscreen display; collects exit code and
// output. Long-running ones are started, read line by line and stopped with a signal.

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace tfk::test {

struct ProgramRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    bool finished = false;
    QString out;
    QString err;
};

class ProgramRunner
{
public:
    ProgramRunner(QString program, const QTemporaryDir& home)
        : m_program(std::move(program))
        , m_home(home.path())
    {
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        for (const char* name : {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM_NUMBER", "TWILIO_API_URL",
                                 "TFK_DATABASE_PASSWORD"}) {
            env.remove(QString::fromLatin1(name));
        }
        return env;
    }

    // Runs to the end (at most `timeoutMs`; killed and reported unfinished after that).
    ProgramRun run(const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 60000) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_home);
        process.start(m_program, arguments);
        ProgramRun result;
        if (!process.waitForStarted(10000)) {
            result.err = process.errorString();
            return result;
        }
        if (!input.isEmpty()) {
            process.write(input);
        }
        process.closeWriteChannel();
        result.finished = process.waitForFinished(timeoutMs);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitCode();
        result.exitStatus = process.exitStatus();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    const QString& program() const { return m_program; }

private:
    QString m_program;
    QString m_home;
};

// A program left running: waits for lines on stdout or stderr, then stops it with a signal.
class RunningProgram
{
public:
    RunningProgram(const ProgramRunner& runner, const QStringList& arguments)
    {
        m_process.setProcessEnvironment(runner.environment());
        m_process.start(runner.program(), arguments);
        m_process.closeWriteChannel();
    }
    ~RunningProgram()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // The first match of `pattern` in stdout (`fromStderr` false) or stderr, waiting up to `timeoutMs`.
    QRegularExpressionMatch waitFor(const QRegularExpression& pattern, bool fromStderr, int timeoutMs = 30000)
    {
        QRegularExpressionMatch match;
        // Not found in time: the match is empty, which the caller reports with the output so far.
        [[maybe_unused]] const bool found = QTest::qWaitFor(
            [&] {
                m_out += QString::fromUtf8(m_process.readAllStandardOutput());
                m_err += QString::fromUtf8(m_process.readAllStandardError());
                match = pattern.match(fromStderr ? m_err : m_out);
                return match.hasMatch() || m_process.state() == QProcess::NotRunning;
            },
            timeoutMs);
        return match;
    }

    // Sends `signalNumber` and waits for the end; true when the program stopped by itself with exit code 0.
    bool stop(int signalNumber, int timeoutMs = 30000)
    {
        ::kill(pid_t(m_process.processId()), signalNumber);
        if (!m_process.waitForFinished(timeoutMs)) {
            return false;
        }
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    QProcess& process() { return m_process; }
    const QString& out() const { return m_out; }
    const QString& err() const { return m_err; }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
};

} // namespace tfk::test
