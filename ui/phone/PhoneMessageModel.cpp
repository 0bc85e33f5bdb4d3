#include "PhoneMessageModel.h"

#include "phone/PhoneNumberParser.h"
#include "sms/sink/TwilioSink.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace tfk {

PhoneMessageModel::PhoneMessageModel(TwilioSink* sink, QObject* parent)
    : QAbstractListModel(parent)
{
    if (!sink) {
        return;
    }
    // What arrived before the window opened is history, not news.
    const QList<SinkMessage> existing = sink->messages();
    for (const SinkMessage& message : existing) {
        m_messages.prepend(fromSink(message, false));
    }
    connect(sink, &TwilioSink::messageReceived, this, &PhoneMessageModel::add);
    connect(sink, &TwilioSink::messageStatusChanged, this, &PhoneMessageModel::updateStatus);
    // The demo's reset: an empty phone.
    connect(sink, &TwilioSink::cleared, this, [this] {
        beginResetModel();
        m_messages.clear();
        endResetModel();
    });
}

PhoneMessageModel::Message PhoneMessageModel::fromSink(const SinkMessage& message, bool fresh)
{
    return Message {message.sid,    message.from,      message.messagingServiceSid,       message.to, message.body,
                    message.status, message.errorCode, message.dateCreated.toLocalTime(), fresh};
}

int PhoneMessageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QString PhoneMessageModel::statusText(const QString& status, int errorCode)
{
    if (status == u"queued"_s || status == u"accepted"_s) {
        return tr("Queued");
    }
    if (status == u"sending"_s) {
        return tr("Sending");
    }
    if (status == u"sent"_s) {
        return tr("Sent");
    }
    if (status == u"delivered"_s) {
        return tr("Delivered");
    }
    if (status == u"undelivered"_s || status == u"failed"_s) {
        return errorCode ? tr("Not delivered (%1)").arg(errorCode) : tr("Not delivered");
    }
    return status;
}

QString PhoneMessageModel::senderText(const QString& from, const QString& messagingServiceSid)
{
    if (!from.isEmpty()) {
        return PhoneNumber {from, {}, 0, PhoneNumberKind::Mobile}.international();
    }
    return tr("Messaging Service %1").arg(messagingServiceSid.left(6) % u"..."_s);
}

QVariant PhoneMessageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size()) {
        return {};
    }
    const Message& m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case SenderRole:
        return senderText(m.from, m.messagingServiceSid);
    case RecipientRole:
        // Fictional in a demo, but the screen may be projected: the same masking as everywhere else.
        return PhoneNumberParser::mask(m.to);
    case TimeRole:
        return m.created;
    case TimeTextRole:
        return m.created.date() == QDate::currentDate() ? QLocale().toString(m.created.time(), QLocale::ShortFormat)
                                                        : QLocale().toString(m.created, QLocale::ShortFormat);
    case StatusRole:
        return m.status;
    case StatusTextRole:
        return statusText(m.status, m.errorCode);
    case ErrorCodeRole:
        return m.errorCode;
    case SidRole:
        return m.sid;
    case NewRole:
        return m.fresh;
    case Qt::AccessibleTextRole:
        return tr("Message from %1 to %2 at %3: %4. %5")
            .arg(senderText(m.from, m.messagingServiceSid), PhoneNumberParser::mask(m.to),
                 data(index, TimeTextRole).toString(), m.body, statusText(m.status, m.errorCode));
    default:
        return {};
    }
}

QHash<int, QByteArray> PhoneMessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const std::pair<int, QByteArray> ours[] = {
        {BodyRole, "body"},
        {SenderRole, "sender"},
        {RecipientRole, "recipient"},
        {TimeRole, "time"},
        {TimeTextRole, "timeText"},
        {StatusRole, "status"},
        {StatusTextRole, "statusText"},
        {ErrorCodeRole, "errorCode"},
        {SidRole, "sid"},
        {NewRole, "isNew"},
    };
    for (const auto& [role, name] : ours) {
        names.insert(role, name);
    }
    return names;
}

int PhoneMessageModel::rowOf(const QString& sid) const
{
    for (qsizetype row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).sid == sid) {
            return int(row);
        }
    }
    return -1;
}

bool PhoneMessageModel::hasNew() const
{
    return std::any_of(m_messages.cbegin(), m_messages.cend(), [](const Message& m) { return m.fresh; });
}

void PhoneMessageModel::markAllSeen()
{
    for (qsizetype row = 0; row < m_messages.size(); ++row) {
        if (m_messages[row].fresh) {
            m_messages[row].fresh = false;
            const QModelIndex changed = index(int(row));
            Q_EMIT dataChanged(changed, changed, {NewRole});
        }
    }
}

void PhoneMessageModel::add(const SinkMessage& message)
{
    beginInsertRows({}, 0, 0);
    m_messages.prepend(fromSink(message, true));
    endInsertRows();
}

void PhoneMessageModel::updateStatus(const QString& sid, const QString& status, int errorCode)
{
    const int row = rowOf(sid);
    if (row < 0) {
        return;
    }
    m_messages[row].status = status;
    m_messages[row].errorCode = errorCode;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {StatusRole, StatusTextRole, ErrorCodeRole, Qt::AccessibleTextRole});
}

} // namespace tfk
