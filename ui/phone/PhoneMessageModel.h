#pragma once

// The phone window's messages: what the mock SMS sink received, newest first, following each
// message's delivery status, and which ones arrived since the window was last looked at.

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace tfk {

struct SinkMessage;
class TwilioSink;

class PhoneMessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        BodyRole = Qt::UserRole + 1,
        SenderRole, // "+1 500-555-0006", or the Messaging Service
        RecipientRole, // masked: "+1 ... 0123"
        TimeRole, // QDateTime, local
        TimeTextRole, // "10:42", or date and time when not today
        StatusRole, // the sink's status: "queued", "delivered", ...
        StatusTextRole, // "Delivered", "Not delivered (30003)"
        ErrorCodeRole,
        SidRole,
        NewRole, // arrived since markAllSeen()
    };

    explicit PhoneMessageModel(TwilioSink* sink, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Delivered", "Not delivered (30003)", ...
    static QString statusText(const QString& status, int errorCode);
    // The From number as a phone shows it; the Messaging Service when there is no From.
    static QString senderText(const QString& from, const QString& messagingServiceSid);

    int rowOf(const QString& sid) const;
    bool hasNew() const;
    void markAllSeen();

private:
    struct Message
    {
        QString sid;
        QString from;
        QString messagingServiceSid;
        QString to;
        QString body;
        QString status;
        int errorCode = 0;
        QDateTime created;
        bool fresh = false;
    };

    void add(const SinkMessage& message);
    void updateStatus(const QString& sid, const QString& status, int errorCode);
    static Message fromSink(const SinkMessage& message, bool fresh);

    QList<Message> m_messages; // newest first
};

} // namespace tfk
