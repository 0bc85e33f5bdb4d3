#include "BackupHistory.h"

#include "BackupScheduler.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

using Key = Settings::Key;

std::optional<qint64> positive(const Settings& settings, Key key)
{
    const qint64 value = settings.value(key).toLongLong();
    return value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

Result<void> BackupHistory::recordBackup(Settings& settings, const BackupReport& report)
{
    if (!report.databaseIncluded) {
        return recordKeyExport(settings, report.createdAtMs);
    }
    settings.setValue(Key::BackupLastManualAt, report.createdAtMs);
    settings.setValue(Key::BackupLastManualFile, QDir::toNativeSeparators(QFileInfo(report.file).absoluteFilePath()));
    // The archive holds the key too, but the key still wants a copy of its own, apart from the database.
    return settings.save();
}

Result<void> BackupHistory::recordKeyExport(Settings& settings, qint64 atMs)
{
    settings.setValue(Key::DataKeyExportedAt, atMs);
    settings.setValue(Key::DataKeyExportPending, false);
    return settings.save();
}

Result<void> BackupHistory::recordKeyCreated(Settings& settings)
{
    settings.setValue(Key::DataKeyExportPending, true);
    settings.reset(Key::DataKeyExportedAt);
    return settings.save();
}

Result<void> BackupHistory::recordKeyRestored(Settings& settings)
{
    if (!settings.value(Key::DataKeyExportPending).toBool()) {
        return {};
    }
    settings.setValue(Key::DataKeyExportPending, false);
    return settings.save();
}

bool BackupHistory::keyExportReminderDue(const Settings& settings)
{
    return settings.value(Key::DataKeyExportPending).toBool();
}

std::optional<qint64> BackupHistory::lastKeyExportAtMs(const Settings& settings)
{
    return positive(settings, Key::DataKeyExportedAt);
}

std::optional<BackupRecord> BackupHistory::lastManual(const Settings& settings)
{
    const auto at = positive(settings, Key::BackupLastManualAt);
    if (!at) {
        return std::nullopt;
    }
    return BackupRecord {*at, settings.value(Key::BackupLastManualFile).toString(), false};
}

std::optional<BackupRecord> BackupHistory::newest(const Settings& settings, const BackupScheduler* scheduler)
{
    std::optional<BackupRecord> newest = lastManual(settings);
    if (scheduler) {
        // The scheduler knows its newest archive by the time in its name; the name follows from the time.
        if (const auto at = scheduler->lastBackupAtMs(); at && (!newest || *at > newest->atMs)) {
            const QString file = QDir(scheduler->config().directory).filePath(BackupScheduler::archiveName(*at));
            newest = BackupRecord {*at, QDir::toNativeSeparators(file), true};
        }
    }
    return newest;
}

} // namespace tfk
