#pragma once

// What the settings file remembers about backups: the last one made by hand (window or command), when
// the data key was last exported and whether the first-run reminder to export it is due; and the newest
// backup of all, by hand or scheduled, for the Activity page and Settings > Database.

#include "BackupWriter.h"
#include "settings/Settings.h"

#include <optional>

namespace tfk {

class BackupScheduler;

struct BackupRecord
{
    qint64 atMs = 0;
    QString file; // the archive (native separators)
    bool scheduled = false;
};

class BackupHistory
{
public:
    // A backup made by hand. With its database it becomes the last backup; a key-only archive (PostgreSQL) is
    // an export of the key. Saved at once ("[SettingsNotSaved]" when the file cannot be written).
    static Result<void> recordBackup(Settings& settings, const BackupReport& report);
    // The data key was exported: the reminder is no longer due.
    static Result<void> recordKeyExport(Settings& settings, qint64 atMs);
    // A new data key was made: the reminder is due until it is exported (an older export is of another key).
    static Result<void> recordKeyCreated(Settings& settings);
    // The key was put back from an archive, so a copy of it exists: no reminder.
    static Result<void> recordKeyRestored(Settings& settings);

    static bool keyExportReminderDue(const Settings& settings);
    static std::optional<qint64> lastKeyExportAtMs(const Settings& settings);
    static std::optional<BackupRecord> lastManual(const Settings& settings);
    // The newer of the last backup by hand and the scheduler's newest archive (null scheduler: none).
    static std::optional<BackupRecord> newest(const Settings& settings, const BackupScheduler* scheduler);
};

} // namespace tfk
