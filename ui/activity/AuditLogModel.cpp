#include "AuditLogModel.h"

#include "auth/ServiceTypes.h"
#include "auth/TwoFactorService.h"
#include "common/Futures.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tfk {

AuditLogModel::AuditLogModel(TwoFactorService* service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

struct EventLabel
{
    QStringView id;
    const char* text;
};

constexpr EventLabel kEventLabels[] = {
    {u"login", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Password sign-in")},
    {u"two-factor.login", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Two-factor sign-in")},
    {u"two-factor.send.enrollment", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Enrollment code sent")},
    {u"two-factor.send.login", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Sign-in code sent")},
    {u"two-factor.send.user", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Code sent to user")},
    {u"two-factor.enable", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Two-factor enabled")},
    {u"two-factor.disable", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Two-factor disabled")},
    {u"user.create", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "User created")},
    {u"user.update", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "User updated")},
    {u"two-factor.send.phone-change", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Code sent to a new number")},
    {u"two-factor.lost-phone-reset", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Lost phone: two-factor reset")},
    {u"two-factor.recovery-codes", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "New recovery codes")},
    {u"operator.sign-in", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Operator signed in")},
    {u"operator.add", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Operator added")},
    {u"operator.disable", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Operator disabled")},
    {u"operator.password", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "Operator password set")},
    {u"api-key.create", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "API key created")},
    {u"api-key.revoke", QT_TRANSLATE_NOOP("tfk::AuditLogModel", "API key revoked")},
};

} // namespace

QStringList AuditLogModel::knownEvents()
{
    QStringList events;
    for (const EventLabel& label : kEventLabels) {
        events << label.id.toString();
    }
    return events;
}

QString AuditLogModel::eventLabel(const QString& event)
{
    for (const EventLabel& label : kEventLabels) {
        if (label.id == event) {
            return tr(label.text);
        }
    }
    // Events added later (the HTTP API's) still show, just not translated.
    return event;
}

QString AuditLogModel::actorLabel(const QString& actor)
{
    if (actor == Actors::walkUp()) {
        return tr("Walk-up (kiosk)");
    }
    return actor;
}

QString AuditLogModel::outcomeLabel(const QString& outcome)
{
    if (outcome == u"ok"_s) {
        return tr("OK");
    }
    if (outcome == u"two-factor-required"_s) {
        return tr("Two-factor required");
    }
    return outcome;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const AuditEntry& entry = m_entries.at(index.row());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.at);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(at, QLocale::ShortFormat);
        case ActorColumn:
            return actorLabel(entry.actor);
        case EventColumn:
            return eventLabel(entry.event);
        case OutcomeColumn:
            return outcomeLabel(entry.outcome);
        case PhoneColumn:
            return entry.phoneMasked;
        case IpAddressColumn:
            return entry.ipAddress;
        case ApplicationColumn:
            return entry.applicationId;
        case DetailColumn:
            return entry.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            // The short format drops the seconds, which matter when lining entries up with a call.
            return QLocale().toString(at, QLocale::LongFormat);
        case EventColumn:
            return entry.event;
        case DetailColumn:
            return entry.detail.isEmpty() ? QVariant() : QVariant(entry.detail);
        default:
            return entry.userId.isEmpty() ? QVariant() : QVariant(tr("User id: %1").arg(entry.userId));
        }
    case Qt::UserRole:
        return entry.id;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case EventColumn:
        return tr("Event");
    case OutcomeColumn:
        return tr("Outcome");
    case PhoneColumn:
        return tr("Phone");
    case IpAddressColumn:
        return tr("IP address");
    case ApplicationColumn:
        return tr("Application");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

void AuditLogModel::setFilter(const QString& filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::setActor(const QString& actor)
{
    m_actor = actor;
    reload();
}

void AuditLogModel::reload()
{
    if (!m_service) {
        return;
    }
    const quint64 serial = ++m_serial;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    whenFinished(m_service->recentAudit(m_filter, m_limit, m_actor), this,
                 [this, serial](const Result<QList<AuditEntry>>& entries) {
                     if (serial != m_serial) {
                         return; // an older answer never overwrites a newer one
                     }
                     beginResetModel();
                     m_entries.clear();
                     m_lastError.clear();
                     if (entries) {
                         m_entries = *entries;
                     } else {
                         m_lastError = entries.error().message;
                     }
                     endResetModel();
                     m_loading = false;
                     Q_EMIT loadingChanged(false);
                     Q_EMIT reloaded();
                 });
}

int AuditLogModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id) {
            return int(row);
        }
    }
    return -1;
}

} // namespace tfk
