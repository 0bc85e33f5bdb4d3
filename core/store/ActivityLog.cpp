#include "ActivityLog.h"

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

constexpr qint64 kMinuteMs = 60000;

// The sms_minutes bucket of a time (times are never negative).
qint64 minuteOf(qint64 atMs)
{
    return std::max<qint64>(0, atMs) / kMinuteMs;
}

Result<ActivityLog::SmsWindow> windowFrom(Result<Statement> query)
{
    if (!query) {
        return fail(query.error());
    }
    ActivityLog::SmsWindow window;
    if (query->next()) {
        window.count = query->value(0).toInt();
        window.oldest = query->value(1).toLongLong();
        window.newest = query->value(2).toLongLong();
    }
    return window;
}

} // namespace

ActivityLog::ActivityLog(Database& database)
    : m_database(database)
{
}

Result<void> ActivityLog::audit(const AuditEntry& e)
{
    auto inserted = m_database.exec(
        u"INSERT INTO audit_log (at, event, outcome, user_id, application_id, ip_address, phone_masked, detail, "
        "actor) VALUES (:at, :event, :outcome, :user, :app, :ip, :phone, :detail, :actor)"_s,
        {{u"at"_s, e.at},
         {u"event"_s, e.event},
         {u"outcome"_s, e.outcome},
         {u"user"_s, nullable(e.userId)},
         {u"app"_s, nullable(e.applicationId)},
         {u"ip"_s, nullable(e.ipAddress.left(64))},
         {u"phone"_s, nullable(e.phoneMasked)},
         {u"detail"_s, nullable(e.detail.left(1000))},
         {u"actor"_s, nullable(e.actor.left(200))}});
    if (!inserted) {
        return fail(inserted.error());
    }
    return {};
}

Result<QList<AuditEntry>> ActivityLog::recentAudit(const QString& filter, int limit, const QString& actor)
{
    QStringList conditions;
    QVariantMap bindings {{u"limit"_s, std::clamp(limit, 1, 10000)}};
    if (!filter.trimmed().isEmpty()) {
        QString pattern = filter.trimmed().toLower();
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        bindings[u"pattern"_s] = QString(u'%' % pattern % u'%');
        conditions << u"(LOWER(event) LIKE :pattern ESCAPE '\\' OR LOWER(outcome) LIKE :pattern ESCAPE '\\' "
                      "OR LOWER(COALESCE(user_id, '')) LIKE :pattern ESCAPE '\\' "
                      "OR LOWER(COALESCE(ip_address, '')) LIKE :pattern ESCAPE '\\' "
                      "OR COALESCE(phone_masked, '') LIKE :pattern ESCAPE '\\' "
                      "OR LOWER(COALESCE(detail, '')) LIKE :pattern ESCAPE '\\' "
                      "OR LOWER(COALESCE(actor, '')) LIKE :pattern ESCAPE '\\')"_s;
    }
    if (!actor.isEmpty()) {
        bindings[u"actor"_s] = actor;
        conditions << u"actor = :actor"_s;
    }
    const QString where = conditions.isEmpty() ? QString() : u" WHERE "_s % conditions.join(u" AND "_s);
    auto query = m_database.exec(u"SELECT id, at, event, outcome, user_id, application_id, ip_address, phone_masked, "
                                 "detail, actor FROM audit_log"_s
                                     % where % u" ORDER BY at DESC, id DESC LIMIT :limit"_s,
                                 bindings);
    if (!query) {
        return fail(query.error());
    }
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry e;
        e.id = query->value(0).toLongLong();
        e.at = query->value(1).toLongLong();
        e.event = query->value(2).toString();
        e.outcome = query->value(3).toString();
        e.userId = query->value(4).toString();
        e.applicationId = query->value(5).toString();
        e.ipAddress = query->value(6).toString();
        e.phoneMasked = query->value(7).toString();
        e.detail = query->value(8).toString();
        e.actor = query->value(9).toString();
        entries << e;
    }
    return entries;
}

Result<QStringList> ActivityLog::auditActors()
{
    // Answered from the (actor, at) index alone, without reading the table.
    auto query = m_database.exec(u"SELECT DISTINCT actor FROM audit_log WHERE actor IS NOT NULL ORDER BY actor"_s);
    if (!query) {
        return fail(query.error());
    }
    QStringList actors;
    while (query->next()) {
        actors << query->value(0).toString();
    }
    return actors;
}

Result<qint64> ActivityLog::logSms(const SmsLogEntry& e)
{
    auto inserted = m_database.exec(
        u"INSERT INTO sms_log (at, purpose, phone_hash, phone_masked, user_id, message_id, status, error_code, "
        "error_message, sender, segments, encoding) VALUES (:at, :purpose, :hash, :masked, :user, :message, :status, "
        ":code, :error, :sender, :segments, :encoding) RETURNING id"_s,
        {{u"at"_s, e.at},
         {u"purpose"_s, e.purpose},
         {u"hash"_s, e.phoneHash},
         {u"masked"_s, e.phoneMasked},
         {u"user"_s, nullable(e.userId)},
         {u"message"_s, nullable(e.messageId)},
         {u"status"_s, e.status},
         {u"code"_s, nullable(e.errorCode)},
         {u"error"_s, nullable(e.errorMessage)},
         {u"sender"_s, nullable(e.sender)},
         {u"segments"_s, e.segments > 0 ? QVariant(e.segments) : QVariant(QMetaType(QMetaType::Int))},
         {u"encoding"_s, nullable(e.encoding)}});
    if (!inserted) {
        return fail(inserted.error());
    }
    const qint64 id = inserted->next() ? inserted->value(0).toLongLong() : 0;
    auto counted = m_database.exec(u"INSERT INTO sms_minutes (minute, sends) VALUES (:minute, 1) "
                                   "ON CONFLICT (minute) DO UPDATE SET sends = sms_minutes.sends + 1"_s,
                                   {{u"minute"_s, minuteOf(e.at)}});
    if (!counted) {
        return fail(counted.error());
    }
    return id;
}

Result<void> ActivityLog::updateSms(qint64 id, const QString& status, const QString& messageId,
                                    const QString& errorCode, const QString& errorMessage, const QString& sender)
{
    return m_database.execOne(u"UPDATE sms_log SET status = :status, message_id = COALESCE(:message, message_id), "
                              "error_code = :code, error_message = :error, sender = COALESCE(:sender, sender) "
                              "WHERE id = :id"_s,
                              {{u"id"_s, id},
                               {u"status"_s, status},
                               {u"message"_s, nullable(messageId)},
                               {u"code"_s, nullable(errorCode)},
                               {u"error"_s, nullable(errorMessage)},
                               {u"sender"_s, nullable(sender)}},
                              u"SMS log entry"_s);
}

Result<void> ActivityLog::updateSmsDelivery(const QString& messageId, const QString& status, const QString& errorCode,
                                            const QString& errorMessage)
{
    return m_database.execOne(u"UPDATE sms_log SET status = :status, error_code = :code, error_message = :error "
                              "WHERE message_id = :message"_s,
                              {{u"message"_s, messageId},
                               {u"status"_s, status},
                               {u"code"_s, nullable(errorCode)},
                               {u"error"_s, nullable(errorMessage)}},
                              u"SMS log entry"_s);
}

Result<QList<SmsLogEntry>> ActivityLog::recentSms(int limit)
{
    auto query = m_database.exec(u"SELECT id, at, purpose, phone_hash, phone_masked, user_id, message_id, status, "
                                 "error_code, error_message, sender, segments, encoding FROM sms_log "
                                 "ORDER BY at DESC, id DESC LIMIT :limit"_s,
                                 {{u"limit"_s, std::clamp(limit, 1, 10000)}});
    if (!query) {
        return fail(query.error());
    }
    QList<SmsLogEntry> entries;
    while (query->next()) {
        SmsLogEntry e;
        e.id = query->value(0).toLongLong();
        e.at = query->value(1).toLongLong();
        e.purpose = query->value(2).toString();
        e.phoneHash = query->value(3).toString();
        e.phoneMasked = query->value(4).toString();
        e.userId = query->value(5).toString();
        e.messageId = query->value(6).toString();
        e.status = query->value(7).toString();
        e.errorCode = query->value(8).toString();
        e.errorMessage = query->value(9).toString();
        e.sender = query->value(10).toString();
        e.segments = query->value(11).toInt();
        e.encoding = query->value(12).toString();
        entries << e;
    }
    return entries;
}

Result<ActivityLog::SmsWindow> ActivityLog::smsWindow(const QString& phoneHash, qint64 since, qint64 until)
{
    return windowFrom(m_database.exec(u"SELECT count(*), min(at), max(at) FROM sms_log WHERE phone_hash = :hash "
                                      "AND at >= :since AND at <= :until"_s,
                                      {{u"hash"_s, phoneHash}, {u"since"_s, since}, {u"until"_s, until}}));
}

Result<ActivityLog::SmsWindow> ActivityLog::smsWindow(qint64 since, qint64 until)
{
    // The minutes after the first one, up to the last one, from their counts; less the sends of the last
    // minute after `until` (almost always none); plus the sends of the first minute from `since` on (one
    // minute of sends at most). When both ends are in one minute that is its sends from `since` to
    // `until`. Exact, and the same on SQLite and PostgreSQL (integer division of BIGINTs).
    const qint64 first = minuteOf(since);
    const qint64 last = minuteOf(until);
    return windowFrom(m_database.exec(
        u"SELECT (SELECT coalesce(sum(sends), 0) FROM sms_minutes WHERE minute > :first AND minute <= :last)"
        " - (SELECT count(*) FROM sms_log WHERE at > :until AND at < :afterLast)"
        " + (SELECT count(*) FROM sms_log WHERE at >= :since AND at < :firstEnd),"
        " (SELECT min(at) FROM sms_log WHERE at >= :since AND at <= :until),"
        " (SELECT max(at) FROM sms_log WHERE at >= :since AND at <= :until)"_s,
        {{u"first"_s, first},
         {u"last"_s, last},
         {u"since"_s, since},
         {u"until"_s, until},
         {u"firstEnd"_s, (first + 1) * kMinuteMs},
         {u"afterLast"_s, (last + 1) * kMinuteMs}}));
}

} // namespace tfk
