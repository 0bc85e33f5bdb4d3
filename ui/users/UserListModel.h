#pragma once

// The Users table's model: pages users in from the service as the view scrolls (fetchMore), so a
// database of 100,000 users opens instantly; a search replaces the rows. Every load is asynchronous:
// the rows change when the answer arrives, and an answer to an older request is dropped.

#include "store/User.h"

#include <QAbstractTableModel>

namespace tfk {

class TwoFactorService;

class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        LoginIdColumn,
        PhoneColumn,
        TwoFactorColumn,
        LastLoginColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit UserListModel(TwoFactorService* service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Reloads from the first page with a new search text (name, login id, last digits of a phone).
    void setFilter(const QString& text);
    void reload();
    // A reload or a page is on its way.
    bool loading() const { return m_loading; }
    const QString& filter() const { return m_filter; }
    // Matching users in the database (more than rowCount() until everything is fetched).
    int totalCount() const { return m_total; }
    // More than totalCount() match (the count stops at a thousand).
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }
    User userAt(int row) const;
    // The last database error, empty when the last load worked.
    const QString& lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString& message);
    void totalCountChanged(int total);
    // A request went out (true) or its answer arrived (false).
    void loadingChanged(bool loading);

private:
    void setLoading(bool loading);

    TwoFactorService* m_service;
    QString m_filter;
    QList<User> m_users;
    int m_total = 0;
    bool m_totalIsLowerBound = false;
    bool m_exhausted = false; // a page came back short: nothing more to fetch
    bool m_resetting = false; // views ask for more rows while a reset is in flight
    QString m_lastError;
    // Bumped by every reload: answers carry the serial they were asked with, older ones are ignored.
    quint64 m_serial = 0;
    bool m_loading = false; // a reload or a next page is on its way
};

} // namespace tfk
