#pragma once

// The Activity screen's audit table: the newest entries of the audit log (filtered), with event ids
// and outcomes put into plain words.

#include "store/ActivityLog.h"

#include <QAbstractTableModel>

namespace tfk {

class TwoFactorService;

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        EventColumn,
        OutcomeColumn,
        PhoneColumn,
        IpAddressColumn,
        ApplicationColumn,
        DetailColumn,
        ColumnCount
    };
    // Enough for a helpdesk shift; older entries are found with the filter.
    static constexpr int kDefaultLimit = 500;

    explicit AuditLogModel(TwoFactorService* service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "two-factor.enable" -> "Two-factor enabled"; an unknown id is shown as it is.
    static QString eventLabel(const QString& event);
    // The event ids eventLabel() knows.
    static QStringList knownEvents();
    // "ok" -> "OK"; error codes ("[invalid]code") stay as they are, they are what support searches for.
    static QString outcomeLabel(const QString& outcome);

    void setFilter(const QString& filter);
    const QString& filter() const { return m_filter; }
    // Only the entries of one actor (an operator's login name, "walk-up", "api-key NAME"); empty: all.
    void setActor(const QString& actor);
    const QString& actor() const { return m_actor; }
    // "walk-up" -> "Walk-up (kiosk)"; operators and API keys as they are named.
    static QString actorLabel(const QString& actor);
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    // Reads the log again; the rows change when the answer arrives (an older answer is dropped).
    void reload();
    bool loading() const { return m_loading; }
    AuditEntry entryAt(int row) const { return m_entries.value(row); }
    // The row of an entry id, -1 when it is not shown.
    int rowOf(qint64 id) const;
    // The last database error, empty when the last load worked.
    const QString& lastError() const { return m_lastError; }

Q_SIGNALS:
    // An answer replaced the rows (or set lastError()).
    void reloaded();
    void loadingChanged(bool loading);

private:
    TwoFactorService* m_service;
    QString m_filter;
    QString m_actor;
    int m_limit = kDefaultLimit;
    QList<AuditEntry> m_entries;
    QString m_lastError;
    quint64 m_serial = 0; // of the newest request
    bool m_loading = false;
};

} // namespace tfk
