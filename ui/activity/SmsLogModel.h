#pragma once

// The Activity screen's text-message table: the newest entries of the SMS log, with purpose, sender,
// cost in segments and delivery status in plain words.

#include "store/ActivityLog.h"

#include <QAbstractTableModel>

namespace tfk {

class TwoFactorService;

class SmsLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        PurposeColumn,
        PhoneColumn,
        SenderColumn,
        SegmentsColumn,
        StatusColumn,
        ErrorColumn,
        ColumnCount
    };
    static constexpr int kDefaultLimit = 500;

    explicit SmsLogModel(TwoFactorService* service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "login" -> "Sign-in code"; unknown purposes as they are.
    static QString purposeLabel(const QString& purpose);
    // "delivered" -> "Delivered"; the provider's statuses Twilio documents, others as they are.
    static QString statusLabel(const QString& status);
    // "1 segment, GSM-7", "3 segments, UCS-2"; empty for entries from before segments were logged.
    static QString segmentsLabel(int segments, const QString& encoding);

    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    // Reads the log again; the rows change when the answer arrives (an older answer is dropped).
    void reload();
    bool loading() const { return m_loading; }
    SmsLogEntry entryAt(int row) const { return m_entries.value(row); }
    int rowOf(qint64 id) const;
    const QString& lastError() const { return m_lastError; }

Q_SIGNALS:
    // An answer replaced the rows (or set lastError()).
    void reloaded();
    void loadingChanged(bool loading);

private:
    TwoFactorService* m_service;
    int m_limit = kDefaultLimit;
    QList<SmsLogEntry> m_entries;
    QString m_lastError;
    quint64 m_serial = 0; // of the newest request
    bool m_loading = false;
};

} // namespace tfk
