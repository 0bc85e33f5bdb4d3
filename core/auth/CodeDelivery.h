#pragma once

// Sending a code in two halves, so that no thread waits on both the database and the network:
// reserve() runs on a worker and, in one write transaction, makes the caller's claim (say, a
// challenge's resend cooldown), checks the send limits and logs the text as "sending"; the service
// then hands the message to the SmsSender on its own thread; record() (on a worker again) writes
// the provider's answer to the SMS log and the audit log.
//
// Concurrency: the limits are counted from sms_log rows, and the check and the row are written in
// the same BEGIN IMMEDIATE transaction, so sends racing from several threads or processes see each
// other and the per-phone, cooldown and hourly caps hold exactly.

#include "auth/Workflow.h"
#include "sms/SmsSender.h"

#include <functional>

namespace tfk {

struct PhoneNumber;

// A text that passed every limit and is logged as "sending": what the sender needs, and what
// record() needs afterwards.
struct PlannedSend
{
    QString purpose; // "enrollment", "login", "user", "phone-change", "notice"
    QString e164;
    QString masked;
    QString body; // the rendered SMS text (holds the code: never logged)
    QString userId;
    RequestContext context;
    qint64 at = 0;
    qint64 logId = 0;
    // The sender the SmsSender chose for this destination (set on its thread, just before sending).
    QString sender = {};

    QString event() const;
};

class CodeDelivery
{
    Q_DECLARE_TR_FUNCTIONS(tfk::TwoFactorService)

public:
    explicit CodeDelivery(Workflow& workflow);

    // The caller's own check-and-write, run first inside the transaction; an error rolls back.
    using Claim = std::function<Result<void>()>;

    // `phoneCooldown`: apply the per-phone cooldown (enrollment and user sends; a login challenge
    // has its own, made by its claim). Audits a refusal.
    Result<PlannedSend> reserve(const QString& purpose, const PhoneNumber& phone, const QString& code,
                                const QString& userId, const RequestContext& context, bool phoneCooldown,
                                const Claim& claim = {});
    // A text that is not a code (the lost-phone notice): the same limits except the per-phone cooldown.
    Result<PlannedSend> reserveText(const QString& purpose, const PhoneNumber& phone, const QString& body,
                                    const QString& userId, const RequestContext& context);
    // The provider's answer, into the logs.
    Result<SendReceipt> record(const PlannedSend& plan, const Result<SmsReceipt>& sent);
    // A delivery report for an earlier text.
    void recordDeliveryReport(const QString& messageId, const QString& status, int errorCode,
                              const QString& errorMessage);

private:
    Result<PlannedSend> reserveBody(const QString& purpose, const PhoneNumber& phone, const QString& body,
                                    const QString& userId, const RequestContext& context, bool phoneCooldown,
                                    const Claim& claim);
    Result<void> checkSendLimits(const QString& phoneHash, const QString& phoneMasked, bool phoneCooldown,
                                 qint64 nowMs);

    Workflow& m_workflow;
};

} // namespace tfk
