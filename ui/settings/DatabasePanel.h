#pragma once

// Settings > Database, for administrators: where the database and the data key are, "Back up now..."
// and "Restore..." (SQLite; on PostgreSQL the page says to use pg_dump), and "Export data key...". Archives
// are written, opened and checked on a thread of the panel's own (Argon2id takes seconds), never on the
// window's; a restore is prepared and verified here and put in place by the program after it has closed
// its database (restoreConfirmed), because a running kiosk cannot replace the file it has open.

#include "backup/BackupRestorer.h"
#include "common/Clock.h"
#include "crypto/DataKey.h"
#include "store/Database.h"

#include <QProcessEnvironment>
#include <QThreadPool>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace tfk {

class BackupScheduler;
class BusyIndicator;
class OperatorSession;
class Settings;

// What the panel backs up and where a restore puts things.
struct DatabaseTools
{
    DatabaseConfig database;
    std::optional<DataKey> dataKey;
    QString dataKeyPath; // the configured key file (a restore writes it)
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); // TFK_DATA_KEY
    PasswordHashingLimits limits = BackupArchive::defaultLimits(); // Argon2id costs of new archives
};

class DatabasePanel : public QWidget
{
    Q_OBJECT

public:
    // Picks a file: `save` for an archive to write. Returns the path, or empty when cancelled. The default
    // opens a file dialog; tests answer instead.
    using FileChooser = std::function<QString(const QString& title, const QString& suggested, bool save)>;

    // `clock` must outlive the restorers restoreConfirmed() hands out (they name kept files by the time).
    DatabasePanel(DatabaseTools tools, Settings* settings, OperatorSession* session, const Clock& clock,
                  QWidget* parent = nullptr);
    // Waits for an archive being written or opened.
    ~DatabasePanel() override;

    void setFileChooser(FileChooser chooser);
    // The scheduled backups' state is shown on the page (null: none).
    void setScheduler(BackupScheduler* scheduler);
    bool isPostgres() const;
    // "the file /path/data.key", "the environment variable TFK_DATA_KEY".
    QString dataKeySource() const;
    // An archive is being written or opened.
    bool isBusy() const { return m_busy; }

    // Puts a confirmed restore in place (BackupRestorer::commit) once nothing of this program has the database
    // open, and records that the key came from an archive; the sentence to show, or why nothing changed.
    static Result<QString> finishRestore(BackupRestorer& restorer, Settings& settings);

public Q_SLOTS:
    // Each asks for a file and a passphrase and then works off the window's thread; nothing happens unless
    // the signed-in operator is an administrator.
    void backUpNow();
    void restore();
    void exportDataKey();

Q_SIGNALS:
    // A backup with the database was written and verified (the Activity page's "Last backup").
    void backupMade(const QString& file);
    void dataKeyExported(const QString& file);
    // The administrator confirmed a restore: the archive is open and its database staged and verified. Whoever
    // receives this closes the program's database, calls finishRestore() and starts the program again.
    void restoreConfirmed(std::shared_ptr<tfk::BackupRestorer> restorer);

private:
    bool allowed() const;
    void updateAccess();
    void updateKeyState();
    void updateScheduleState();
    QString chooseFile(const QString& title, const QString& suggested, bool save);
    QString suggestedFolder() const;
    void startBackup(const QString& file, const QString& passphrase);
    void startExport(const QString& file, const QString& passphrase);
    void confirmRestore(const std::shared_ptr<BackupRestorer>& restorer, const QString& file);
    void setBusy(bool busy, const QString& message = {});
    void showResult(const QString& text, bool error);

    DatabaseTools m_tools;
    Settings* m_settings;
    OperatorSession* m_session;
    const Clock& m_clock;
    BackupScheduler* m_scheduler = nullptr;
    FileChooser m_chooser;
    QThreadPool m_pool;
    bool m_busy = false;

    QPushButton* m_backupButton = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_adminOnly = nullptr;
    QLabel* m_keyState = nullptr;
    QLabel* m_scheduleState = nullptr;
    QLabel* m_result = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
};

} // namespace tfk
