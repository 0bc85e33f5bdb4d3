#include "BackupScheduler.h"

#include "common/Futures.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

const QString kPrefix = u"twofactor-kiosk-"_s;
const QString kSuffix = u".tfkbackup"_s;
const QString kTimeFormat = u"yyyyMMdd'T'HHmmss'Z'"_s;

std::optional<qint64> timeOf(const QString& name)
{
    static const QRegularExpression pattern(u"^twofactor-kiosk-(\\d{8}T\\d{6}Z)\\.tfkbackup$"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    QDateTime at = QDateTime::fromString(match.captured(1), kTimeFormat);
    if (!at.isValid()) {
        return std::nullopt;
    }
    at.setTimeZone(QTimeZone::UTC);
    return at.toMSecsSinceEpoch();
}

QString ageText(qint64 seconds)
{
    if (seconds < 3600) {
        return BackupScheduler::tr("%n minute(s)", "", int(seconds / 60));
    }
    if (seconds < 2 * 86400) {
        return BackupScheduler::tr("%n hour(s)", "", int(seconds / 3600));
    }
    return BackupScheduler::tr("%n day(s)", "", int(seconds / 86400));
}

} // namespace

BackupScheduler::BackupScheduler(Config config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
    m_config.keep = std::max(1, m_config.keep);
    // One backup at a time, off the thread that owns the scheduler.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(u"tfk-backup"_s);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkDue);
}

BackupScheduler::~BackupScheduler()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void BackupScheduler::start(int checkIntervalMs)
{
    m_timer.start(checkIntervalMs);
    QTimer::singleShot(0, this, &BackupScheduler::checkDue);
}

void BackupScheduler::stop()
{
    m_timer.stop();
}

QString BackupScheduler::archiveName(qint64 msecsSinceEpoch)
{
    return kPrefix % QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::UTC).toString(kTimeFormat) % kSuffix;
}

QStringList BackupScheduler::archives(const QString& directory)
{
    if (directory.isEmpty()) {
        return {};
    }
    QStringList names;
    const QStringList candidates
        = QDir(directory).entryList({kPrefix % u'*' % kSuffix}, QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : candidates) {
        if (timeOf(name)) {
            names.prepend(name);
        }
    }
    return names;
}

QStringList BackupScheduler::applyRetention(const QString& directory, int keep)
{
    QStringList removed;
    const QStringList names = archives(directory);
    for (qsizetype i = std::max(1, keep); i < names.size(); ++i) {
        if (QFile::remove(QDir(directory).filePath(names.at(i)))) {
            removed << names.at(i);
        }
    }
    return removed;
}

void BackupScheduler::refresh()
{
    const QStringList names = archives(m_config.directory);
    m_lastBackupMs = names.isEmpty() ? -1 : timeOf(names.first()).value_or(-1);
}

std::optional<qint64> BackupScheduler::lastBackupAtMs() const
{
    const qint64 at = m_lastBackupMs.load();
    return at < 0 ? std::nullopt : std::optional<qint64>(at);
}

std::optional<qint64> BackupScheduler::lastBackupAge() const
{
    const auto at = lastBackupAtMs();
    if (!at) {
        return std::nullopt;
    }
    return std::max<qint64>(0, (m_clock.currentMSecsSinceEpoch() - *at) / 1000);
}

BackupScheduler::State BackupScheduler::state() const
{
    if (m_config.directory.isEmpty()) {
        return State::NotConfigured;
    }
    if (!m_config.passphrase || m_config.passphrase().isEmpty()) {
        return State::NoPassphrase;
    }
    if (m_lastFailureMs.load() >= 0) {
        return State::Failed;
    }
    const auto age = lastBackupAge();
    if (!age || *age > kWarnAfterSecs) {
        return State::Overdue;
    }
    return State::Current;
}

QString BackupScheduler::lastError() const
{
    QMutexLocker locker(&m_errorLock);
    return m_lastError;
}

QString BackupScheduler::statusText() const
{
    const auto age = lastBackupAge();
    switch (state()) {
    case State::NotConfigured:
        return tr("No scheduled backups: set a backup folder (backup/directory) so that the database and the data key "
                  "are saved every day.");
    case State::NoPassphrase:
        return tr("Scheduled backups have no passphrase: set one with \"twofactor-kiosk backup --set-passphrase\".");
    case State::Failed:
        return tr("The last scheduled backup failed: %1").arg(lastError());
    case State::Overdue:
        return age ? tr("The last backup is %1 old: check the backup folder %2.")
                         .arg(ageText(*age), QDir::toNativeSeparators(m_config.directory))
                   : tr("There is no backup yet in %1.").arg(QDir::toNativeSeparators(m_config.directory));
    case State::Current:
        break;
    }
    return tr("Last backup %1 ago.").arg(ageText(age.value_or(0)));
}

Result<BackupReport> BackupScheduler::runBackup()
{
    const QString passphrase = m_config.passphrase ? m_config.passphrase() : QString();
    if (passphrase.isEmpty()) {
        return fail(Error {u"[BackupNoPassphrase]"_s,
                           tr("Scheduled backups have no passphrase: set one with \"twofactor-kiosk backup "
                              "--set-passphrase\"."),
                           500});
    }
    if (m_config.dataKey.size() != DataKey::kSize) {
        return fail(Error {u"[DataKeyMissing]"_s, tr("The data key is not available to the backup."), 500});
    }
    if (!QDir().mkpath(m_config.directory)) {
        return fail(Error {u"[FileNotWritten]"_s,
                           tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_config.directory)),
                           500});
    }
    const QString file = QDir(m_config.directory).filePath(archiveName(m_clock.currentMSecsSinceEpoch()));
    auto report = BackupWriter::writeBackup(m_config.database, DataKey::fromBytes(m_config.dataKey), passphrase, file,
                                            m_clock, m_config.limits);
    if (report) {
        applyRetention(m_config.directory, m_config.keep);
        m_lastFailureMs = -1;
    } else {
        m_lastFailureMs = m_clock.currentMSecsSinceEpoch();
        QMutexLocker locker(&m_errorLock);
        m_lastError = report.error().message;
    }
    refresh();
    return report;
}

void BackupScheduler::checkDue()
{
    if (m_config.directory.isEmpty() || m_running.exchange(true)) {
        Q_EMIT statusChanged();
        return;
    }
    const auto checked = QtConcurrent::run(&m_pool, [this]() -> std::optional<Result<BackupReport>> {
        refresh();
        const qint64 now = m_clock.currentMSecsSinceEpoch();
        const auto age = lastBackupAge();
        const qint64 failedAt = m_lastFailureMs.load();
        const bool due = (!age || *age >= kIntervalSecs) && (failedAt < 0 || now - failedAt >= kRetryAfterSecs * 1000);
        if (!due || !m_config.passphrase || m_config.passphrase().isEmpty()) {
            return std::nullopt;
        }
        Q_EMIT backupStarted(); // from the pool: queued to the receivers' threads
        return runBackup();
    });
    whenFinished(checked, this, [this](const std::optional<Result<BackupReport>>& done) {
        m_running = false;
        if (done) {
            Q_EMIT backupFinished(done->has_value(),
                                  *done ? QDir::toNativeSeparators((*done)->file) : done->error().message);
        }
        Q_EMIT statusChanged();
    });
}

QFuture<Result<BackupReport>> BackupScheduler::backupNow()
{
    if (m_running.exchange(true)) {
        return QtFuture::makeReadyValueFuture(Result<BackupReport>(
            fail(Error {u"[BackupRunning]"_s, tr("A backup is already being made; wait for it to finish."), 409})));
    }
    Q_EMIT backupStarted();
    Promise<Result<BackupReport>> finished;
    whenFinished(QtConcurrent::run(&m_pool, [this] { return runBackup(); }), this,
                 [this, finished](const Result<BackupReport>& done) {
                     m_running = false;
                     Q_EMIT backupFinished(done.has_value(),
                                           done ? QDir::toNativeSeparators(done->file) : done.error().message);
                     Q_EMIT statusChanged();
                     finished.settle(done);
                 });
    return finished.future();
}

} // namespace tfk
