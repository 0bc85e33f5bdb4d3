#include "SmsLogModel.h"

#include "auth/TwoFactorService.h"
#include "common/Futures.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tfk {

SmsLogModel::SmsLogModel(TwoFactorService* service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

int SmsLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SmsLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SmsLogModel::purposeLabel(const QString& purpose)
{
    if (purpose == u"enrollment"_s) {
        return tr("Enrollment code");
    }
    if (purpose == u"login"_s) {
        return tr("Sign-in code");
    }
    if (purpose == u"user"_s) {
        return tr("Code to user");
    }
    if (purpose == u"phone-change"_s) {
        return tr("Code to a new number");
    }
    if (purpose == u"notice"_s) {
        return tr("Lost-phone notice");
    }
    return purpose;
}

QString SmsLogModel::statusLabel(const QString& status)
{
    struct Label
    {
        QStringView id;
        const char* text;
    };
    static constexpr Label kLabels[] = {
        {u"sending", QT_TR_NOOP("Sending")},     {u"accepted", QT_TR_NOOP("Accepted")},
        {u"queued", QT_TR_NOOP("Queued")},       {u"sent", QT_TR_NOOP("Sent")},
        {u"delivered", QT_TR_NOOP("Delivered")}, {u"undelivered", QT_TR_NOOP("Not delivered")},
        {u"failed", QT_TR_NOOP("Failed")},       {u"canceled", QT_TR_NOOP("Canceled")},
    };
    for (const Label& label : kLabels) {
        if (label.id == status) {
            return tr(label.text);
        }
    }
    return status;
}

QString SmsLogModel::segmentsLabel(int segments, const QString& encoding)
{
    if (segments <= 0) {
        return {};
    }
    const QString count = segments == 1 ? tr("1 segment") : tr("%1 segments").arg(segments);
    return encoding.isEmpty() ? count : tr("%1, %2").arg(count, encoding);
}

QVariant SmsLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const SmsLogEntry& entry = m_entries.at(index.row());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.at);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(at, QLocale::ShortFormat);
        case PurposeColumn:
            return purposeLabel(entry.purpose);
        case PhoneColumn:
            return entry.phoneMasked;
        case SenderColumn:
            return entry.sender;
        case SegmentsColumn:
            return segmentsLabel(entry.segments, entry.encoding);
        case StatusColumn:
            return statusLabel(entry.status);
        case ErrorColumn:
            // The sentence already ends with the provider's code; the bare code only when there is none.
            return entry.errorMessage.isEmpty() ? entry.errorCode : entry.errorMessage;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(at, QLocale::LongFormat);
        case SenderColumn:
            // A Messaging Service's SID is longer than the column.
            return entry.sender.isEmpty() ? QVariant() : QVariant(entry.sender);
        case SegmentsColumn:
            // Twilio bills each segment as a text.
            return entry.segments > 1 ? QVariant(tr("Billed as %1 texts.").arg(entry.segments)) : QVariant();
        case StatusColumn:
            return entry.messageId.isEmpty() ? QVariant() : QVariant(tr("Message id: %1").arg(entry.messageId));
        case ErrorColumn:
            return entry.errorCode.isEmpty() ? QVariant() : QVariant(entry.errorCode);
        default:
            return {};
        }
    case Qt::UserRole:
        return entry.id;
    default:
        return {};
    }
}

QVariant SmsLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PurposeColumn:
        return tr("Purpose");
    case PhoneColumn:
        return tr("Phone");
    case SenderColumn:
        return tr("Sender");
    case SegmentsColumn:
        return tr("Segments");
    case StatusColumn:
        return tr("Status");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

void SmsLogModel::reload()
{
    if (!m_service) {
        return;
    }
    const quint64 serial = ++m_serial;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    whenFinished(m_service->recentSms(m_limit), this, [this, serial](const Result<QList<SmsLogEntry>>& entries) {
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

int SmsLogModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id) {
            return int(row);
        }
    }
    return -1;
}

} // namespace tfk
