#pragma once

// Scheduled backups: with `backup/directory` set, one archive a day in that folder (named by its UTC
// time), the last `backup/keep` kept, made on a thread pool of its own (never the UI thread). Knows the
// age of the newest archive and whether the operator must be warned (none, or older than 7 days), for
// the status bar, the Activity page and the headless log.
//
// The passphrase of scheduled archives is a secret of its own (`backup/passphrase` in the SecretStore,
// 0600 file or keychain; TFK_BACKUP_PASSPHRASE wins), never the data key: an archive has to open on a
// machine where the key is lost, and that is what it is for.

#include "BackupWriter.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <optional>

namespace tfk {

class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr QStringView kPassphraseSecret = u"backup/passphrase";
    static constexpr const char* kPassphraseVariable = "TFK_BACKUP_PASSPHRASE";
    static constexpr qint64 kIntervalSecs = 24 * 3600;
    static constexpr qint64 kWarnAfterSecs = 7 * 24 * 3600;
    // After a failed attempt the next one waits this long, not a whole day.
    static constexpr qint64 kRetryAfterSecs = 3600;

    enum class State
    {
        NotConfigured, // no backup/directory: nothing is scheduled (a warning: nobody makes backups)
        NoPassphrase, // a folder but no passphrase (a warning)
        Overdue, // no archive yet, or the newest is older than kWarnAfterSecs (a warning)
        Failed, // the last attempt failed (a warning; lastError() says why)
        Current, // the newest archive is recent enough
    };
    Q_ENUM(State)

    struct Config
    {
        QString directory; // empty: not scheduled
        int keep = 14; // at least 1
        DatabaseConfig database;
        QByteArray dataKey;
        // Asked on the pool's thread before each backup; empty: no passphrase set.
        std::function<QString()> passphrase;
        PasswordHashingLimits limits = BackupArchive::defaultLimits();
    };

    BackupScheduler(Config config, const Clock& clock, QObject* parent = nullptr);
    // Waits for a backup in progress.
    ~BackupScheduler() override;

    // Looks at the folder now and then every `checkIntervalMs`; takes a backup whenever one is due. Call on
    // the thread the scheduler lives in (the UI thread, or the headless event loop's).
    void start(int checkIntervalMs = 15 * 60 * 1000);
    void stop();

    // A scheduled backup now, whatever the time (Settings' "Back up now" with the stored passphrase). The
    // continuation runs on this object's thread, then backupFinished() is emitted.
    QFuture<Result<BackupReport>> backupNow();
    bool running() const { return m_running.load(); }

    // Seconds since the newest archive in the folder was made (by its name); nullopt when there is none.
    std::optional<qint64> lastBackupAge() const;
    // The newest archive's time (ms since the epoch); nullopt when there is none.
    std::optional<qint64> lastBackupAtMs() const;
    State state() const;
    // Any state but Current: the operator should see it.
    bool needsAttention() const { return state() != State::Current; }
    // One sentence for the status bar or the log: "Last backup 3 hours ago.", "No backup for 9 days ...".
    QString statusText() const;
    QString lastError() const;
    const Config& config() const { return m_config; }

    // "twofactor-kiosk-20250102T030405Z.tfkbackup" for a time; the names sort by time.
    static QString archiveName(qint64 msecsSinceEpoch);
    // The scheduled archives in `directory`, newest first (only names archiveName() makes).
    static QStringList archives(const QString& directory);
    // Deletes all but the newest `keep` scheduled archives; what was deleted. Other files are never touched.
    static QStringList applyRetention(const QString& directory, int keep);

Q_SIGNALS:
    void backupStarted();
    // ok: `message` names the archive; otherwise it is the reason. statusChanged() follows.
    void backupFinished(bool ok, const QString& message);
    // state(), lastBackupAge() or statusText() may have changed.
    void statusChanged();

private:
    void checkDue();
    void refresh();
    Result<BackupReport> runBackup();

    Config m_config;
    const Clock& m_clock;
    QThreadPool m_pool;
    QTimer m_timer;
    std::atomic<bool> m_running {false};
    std::atomic<qint64> m_lastBackupMs {-1};
    std::atomic<qint64> m_lastFailureMs {-1};
    mutable QMutex m_errorLock;
    QString m_lastError;
};

} // namespace tfk
