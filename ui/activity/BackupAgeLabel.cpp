#include "BackupAgeLabel.h"

#include "backup/BackupScheduler.h"
#include "common/Clock.h"

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr int kTickMs = 60 * 1000;

} // namespace

BackupAgeLabel::BackupAgeLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(u"lastBackupLabel"_s);
    setAccessibleName(tr("Last backup"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &BackupAgeLabel::refresh);
}

void BackupAgeLabel::watch(Settings* settings, BackupScheduler* scheduler, const Clock* clock, bool postgres)
{
    if (m_scheduler) {
        disconnect(m_scheduler, nullptr, this, nullptr);
    }
    m_settings = settings;
    m_scheduler = scheduler;
    m_clock = clock;
    m_postgres = postgres;
    if (m_scheduler) {
        // Emitted when a scheduled backup finishes (and at every check of the folder).
        connect(m_scheduler, &BackupScheduler::statusChanged, this, &BackupAgeLabel::refresh);
    }
    refresh();
    show();
}

QString BackupAgeLabel::ageText(qint64 seconds)
{
    // Plain singular and plural: the source language has no plural catalogue.
    if (seconds < 60) {
        return tr("just now");
    }
    if (seconds < 3600) {
        const qint64 minutes = seconds / 60;
        return minutes == 1 ? tr("1 minute ago") : tr("%1 minutes ago").arg(minutes);
    }
    if (seconds < 2 * 86400) {
        const qint64 hours = seconds / 3600;
        return hours == 1 ? tr("1 hour ago") : tr("%1 hours ago").arg(hours);
    }
    return tr("%1 days ago").arg(seconds / 86400);
}

QString BackupAgeLabel::statusText(const std::optional<BackupRecord>& last, qint64 nowMs, bool postgres)
{
    if (postgres) {
        return tr("Backups: the database is on a PostgreSQL server; it is backed up there with pg_dump, not by this "
                  "program. Export the data key in Settings > Database.");
    }
    if (!last) {
        return tr("No backup yet. Without one, a broken disk or a deleted file loses every user and enrollment, and "
                  "users with two-factor on can no longer sign in. An administrator makes one in Settings > Database "
                  "(or sets scheduled backups).");
    }
    const qint64 age = std::max<qint64>(0, (nowMs - last->atMs) / 1000);
    const QString line = tr("Last backup: %1, %2").arg(ageText(age), last->file);
    if (age > kOldAfterSecs) {
        return line + u' '
            + tr("It is more than 7 days old: make one now in Settings > Database, or check the scheduled backups.");
    }
    return line;
}

void BackupAgeLabel::refresh()
{
    if (!m_settings || !m_clock) {
        return;
    }
    const auto last = BackupHistory::newest(*m_settings, m_scheduler);
    const qint64 now = m_clock->currentMSecsSinceEpoch();
    setText(statusText(last, now, m_postgres));
    const bool warn = !m_postgres && (!last || (now - last->atMs) / 1000 > kOldAfterSecs);
    setStyleSheet(warn ? u"color: #b00020;"_s : QString());
}

void BackupAgeLabel::showEvent(QShowEvent* event)
{
    QLabel::showEvent(event);
    refresh();
    m_tick.start();
}

void BackupAgeLabel::hideEvent(QHideEvent* event)
{
    QLabel::hideEvent(event);
    m_tick.stop();
}

} // namespace tfk
