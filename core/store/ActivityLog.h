#pragma once

// The audit log (every workflow step and failure) and the SMS log (every send and its outcome).
// Callers pass masked phone numbers only; nothing here ever holds a secret, code or password.

#include "Database.h"

namespace tfk {

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0; // ms
    QString event; // "login", "two-factor.enable", ...
    QString outcome; // "ok", "two-factor-required", or the error code
    QString userId;
    QString applicationId;
    QString ipAddress;
    QString phoneMasked;
    QString detail; // a plain sentence, never a secret
    // Who acted: an operator's login name, "walk-up", or "api-key NAME"; empty when unknown (entries
    // from before schema version 4).
    QString actor = {};
};

struct SmsLogEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString purpose; // "enrollment", "login", "user"
    QString phoneHash; // keyed hash of the E.164 number
    QString phoneMasked;
    QString userId;
    QString messageId;
    QString status; // "sending", then the provider's status or "failed"
    QString errorCode;
    QString errorMessage;
    // The sender used (number, short code, alphanumeric ID or Messaging Service SID), the segments the
    // text costs and its encoding ("GSM-7", "UCS-2"); empty and 0 for entries from before schema 7.
    QString sender = {};
    int segments = 0;
    QString encoding = {};
};

class ActivityLog
{
public:
    explicit ActivityLog(Database& database);

    Result<void> audit(const AuditEntry& entry);
    // Newest first; `filter` matches event, outcome, user id, IP, masked phone, detail or actor
    // (case-insensitive); a non-empty `actor` keeps only that actor's entries (exact match).
    Result<QList<AuditEntry>> recentAudit(const QString& filter, int limit, const QString& actor = {});
    // Every actor the audit log names, sorted: the Activity page's filter choices.
    Result<QStringList> auditActors();

    Result<qint64> logSms(const SmsLogEntry& entry);
    // `sender`: kept as it was when empty.
    Result<void> updateSms(qint64 id, const QString& status, const QString& messageId, const QString& errorCode,
                           const QString& errorMessage, const QString& sender = {});
    // A delivery report for a message already logged (matched by the provider's id).
    Result<void> updateSmsDelivery(const QString& messageId, const QString& status, const QString& errorCode,
                                   const QString& errorMessage);
    Result<QList<SmsLogEntry>> recentSms(int limit);
    // The sends attempted (whatever their outcome) from `since` to `until`: to one phone, or to anybody.
    // Counted by the database from its index: the limits never read the sends one by one.
    struct SmsWindow
    {
        int count = 0;
        qint64 oldest = 0; // the times of the first and last send in the window (0 when none)
        qint64 newest = 0;
    };
    Result<SmsWindow> smsWindow(const QString& phoneHash, qint64 since, qint64 until);
    Result<SmsWindow> smsWindow(qint64 since, qint64 until);

private:
    Database& m_database;
};

} // namespace tfk
