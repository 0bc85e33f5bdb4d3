#pragma once

// The Activity page's line about the last backup: "Last backup: 3 hours ago, /path", or "No backup yet"
// with why it matters; the newer of the last backup made by hand and the newest scheduled archive, on an
// injected clock, kept current while shown and whenever a backup finishes.

#include "backup/BackupHistory.h"

#include <QLabel>
#include <QTimer>

#include <optional>

namespace tfk {

class BackupScheduler;
class Clock;
class Settings;

class BackupAgeLabel : public QLabel
{
    Q_OBJECT

public:
    static constexpr qint64 kOldAfterSecs = 7 * 24 * 3600;

    explicit BackupAgeLabel(QWidget* parent = nullptr);

    // Where the last backup is known from; `postgres`: the database is backed up with pg_dump, not here.
    // Shows the label. The scheduler (may be null) is followed: its statusChanged() refreshes the text.
    void watch(Settings* settings, BackupScheduler* scheduler, const Clock* clock, bool postgres);

    // "just now", "1 minute ago", "3 hours ago", "9 days ago".
    static QString ageText(qint64 seconds);
    // The whole sentence for the newest backup (or none) at `nowMs`.
    static QString statusText(const std::optional<BackupRecord>& last, qint64 nowMs, bool postgres);

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    Settings* m_settings = nullptr;
    BackupScheduler* m_scheduler = nullptr;
    const Clock* m_clock = nullptr;
    bool m_postgres = false;
    QTimer m_tick; // the age moves on while the page is open
};

} // namespace tfk
