#pragma once

// The Activity screen: the last backup's age, the audit log (filterable) and the text-message log,
// newest first, kept current as the service records activity and as backups finish.

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tfk {

class AuditLogModel;
class BackupAgeLabel;
class BackupScheduler;
class BusyIndicator;
class Clock;
class Settings;
class SmsLogModel;
class TwoFactorService;

class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPage(TwoFactorService* service, QWidget* parent = nullptr);

    AuditLogModel* auditModel() const { return m_auditModel; }
    SmsLogModel* smsModel() const { return m_smsModel; }
    // Both tables from the database, asynchronously, keeping the selected entries selected.
    void reload();
    // Shows the last backup's age (by hand or scheduled) above the logs; `postgres`: made with pg_dump instead.
    void watchBackups(Settings* settings, BackupScheduler* scheduler, const Clock* clock, bool postgres);
    BackupAgeLabel* backupAgeLabel() const { return m_backupAge; }

public Q_SLOTS:
    // After a backup made by hand (Settings > Database).
    void refreshBackupAge();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleReload();
    // The actor filter's choices, from the audit log (the chosen one stays chosen).
    void reloadActors();
    void updateState();
    // Selections survive the models' resets: the entry selected when the answer arrives stays so.
    void keepSelection(QTableView* table);

    BackupAgeLabel* m_backupAge = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_actorCombo = nullptr;
    TwoFactorService* m_service = nullptr;
    quint64 m_actorSerial = 0;
    QPushButton* m_refresh = nullptr;
    QTableView* m_auditTable = nullptr;
    QTableView* m_smsTable = nullptr;
    QLabel* m_auditState = nullptr;
    QLabel* m_smsState = nullptr;
    AuditLogModel* m_auditModel = nullptr;
    SmsLogModel* m_smsModel = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    QTimer m_filterDelay;
    QTimer m_reloadDelay;
    bool m_stale = false; // activity arrived while hidden
};

} // namespace tfk
