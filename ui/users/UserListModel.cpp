#include "UserListModel.h"

#include "auth/TwoFactorService.h"
#include "common/Futures.h"
#include "phone/PhoneNumberParser.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tfk {

UserListModel::UserListModel(TwoFactorService* service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size()) {
        return {};
    }
    const User& user = m_users.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return user.fullName;
        case LoginIdColumn:
            return user.loginId();
        case PhoneColumn:
            // Masked on screen too: the kiosk is often in view of the queue.
            return user.mobilePhone.isEmpty() ? QString() : PhoneNumberParser::mask(user.mobilePhone);
        case TwoFactorColumn:
            if (!user.twoFactorEnabled) {
                return tr("Off");
            }
            return user.delivery == TwoFactorDelivery::TextMessage ? tr("On (text message)") : tr("On (app)");
        case LastLoginColumn:
            return user.lastLoginAt == 0
                ? tr("Never")
                : QLocale().toString(QDateTime::fromMSecsSinceEpoch(user.lastLoginAt), QLocale::ShortFormat);
        default:
            break;
        }
    }
    if (role == Qt::UserRole) {
        return user.id;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LoginIdColumn:
        return tr("Login id");
    case PhoneColumn:
        return tr("Mobile phone");
    case TwoFactorColumn:
        return tr("Two-factor");
    case LastLoginColumn:
        return tr("Last login");
    default:
        return {};
    }
}

bool UserListModel::canFetchMore(const QModelIndex& parent) const
{
    // Beyond the counted matches ("more than 1,000") every full page may have another behind it.
    return !parent.isValid() && m_service && !m_resetting && !m_loading
        && (m_users.size() < m_total || (m_totalIsLowerBound && !m_exhausted));
}

void UserListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const int offset = int(m_users.size());
    setLoading(true);
    // Keyset: the page after the last row shown, as fast deep in a million users as at the top.
    auto next = m_users.isEmpty() ? m_service->searchUsers(m_filter, 0, kPageSize)
                                  : m_service->searchUsersAfter(m_filter, m_users.last(), kPageSize);
    whenFinished(next, this, [this, offset, serial = m_serial](const Result<UserPage>& page) {
        if (serial != m_serial) {
            return; // a reload replaced the rows meanwhile; it clears the flags itself
        }
        setLoading(false);
        if (!page) {
            m_lastError = page.error().message;
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        if (page->users.isEmpty() || offset != m_users.size()) {
            m_total = int(m_users.size()); // the database shrank meanwhile, or the end is reached
            m_exhausted = true;
            return;
        }
        if (page->users.size() < kPageSize) {
            m_exhausted = true;
        }
        beginInsertRows({}, int(m_users.size()), int(m_users.size() + page->users.size() - 1));
        m_users.append(page->users);
        endInsertRows();
    });
}

void UserListModel::setFilter(const QString& text)
{
    m_filter = text;
    reload();
}

void UserListModel::reload()
{
    if (!m_service) {
        return;
    }
    // The rows shown stay until the answer replaces them; a page in flight is for the old rows.
    const quint64 serial = ++m_serial;
    setLoading(true);
    whenFinished(m_service->searchUsers(m_filter, 0, kPageSize), this, [this, serial](const Result<UserPage>& page) {
        if (serial != m_serial) {
            return; // an older answer never overwrites a newer one
        }
        // Views and testers react to the reset signals by asking for more rows: not until it is over.
        m_resetting = true;
        beginResetModel();
        m_users.clear();
        m_total = 0;
        m_totalIsLowerBound = false;
        m_exhausted = false;
        m_lastError.clear();
        if (page) {
            m_users = page->users;
            m_total = page->total;
            m_totalIsLowerBound = page->totalIsLowerBound;
            m_exhausted = page->users.size() < kPageSize;
        } else {
            m_lastError = page.error().message;
        }
        endResetModel();
        m_resetting = false;
        setLoading(false);
        if (!m_lastError.isEmpty()) {
            Q_EMIT loadFailed(m_lastError);
        }
        Q_EMIT totalCountChanged(m_total);
    });
}

void UserListModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

User UserListModel::userAt(int row) const
{
    return m_users.value(row);
}

} // namespace tfk
