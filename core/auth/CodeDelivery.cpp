#include "CodeDelivery.h"

#include "phone/PhoneNumberParser.h"
#include "sms/SmsSegments.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace tfk {

QString PlannedSend::event() const
{
    return u"two-factor.send."_s % purpose;
}

CodeDelivery::CodeDelivery(Workflow& workflow)
    : m_workflow(workflow)
{
}

Result<void> CodeDelivery::checkSendLimits(const QString& phoneHash, const QString& phoneMasked, bool phoneCooldown,
                                           qint64 nowMs)
{
    const TwoFactorRules& rules = m_workflow.rules();
    ActivityLog& activity = m_workflow.activity();
    auto toPhone = activity.smsWindow(phoneHash, nowMs - rules.phoneSendWindowSeconds * 1000,
                                      nowMs + Workflow::kClockToleranceMs);
    if (!toPhone) {
        return fail(toPhone.error());
    }
    // A login challenge has its own cooldown (its claim); the phone's cooldown keeps repeated
    // enrollment sends apart without stopping the first login text right after enrollment.
    if (phoneCooldown && toPhone->count > 0 && toPhone->newest + rules.sendCooldownSeconds * 1000 > nowMs) {
        const qint64 wait = Workflow::secondsUntil(nowMs, toPhone->newest + rules.sendCooldownSeconds * 1000);
        return fail(Error {
            u"[TooManyRequests]"_s,
            tr("A code was just sent to %1. Wait %2 seconds before asking for another.").arg(phoneMasked).arg(wait),
            429, QString(), wait});
    }
    if (toPhone->count >= rules.maxSendsPerPhone) {
        const qint64 wait = Workflow::secondsUntil(nowMs, toPhone->oldest + rules.phoneSendWindowSeconds * 1000);
        return fail(Error {u"[TooManyRequests]"_s,
                           tr("%1 has received %2 codes in the last %3 minutes, the limit. Try again in %4 seconds.")
                               .arg(phoneMasked)
                               .arg(toPhone->count)
                               .arg(rules.phoneSendWindowSeconds / 60)
                               .arg(wait),
                           429, QString(), wait});
    }
    auto all = activity.smsWindow(nowMs - 3600 * 1000, nowMs + Workflow::kClockToleranceMs);
    if (!all) {
        return fail(all.error());
    }
    if (all->count >= rules.maxSendsPerHour) {
        const qint64 wait = Workflow::secondsUntil(nowMs, all->oldest + 3600 * 1000);
        return fail(Error {u"[SmsHourlyLimit]"_s,
                           tr("This kiosk has sent %1 text messages in the last hour, its limit (a guard against SMS "
                              "fraud). Try again in %2 seconds, or raise the limit in Settings.")
                               .arg(all->count)
                               .arg(wait),
                           429, QString(), wait});
    }
    return {};
}

Result<PlannedSend> CodeDelivery::reserve(const QString& purpose, const PhoneNumber& phone, const QString& code,
                                          const QString& userId, const RequestContext& context, bool phoneCooldown,
                                          const Claim& claim)
{
    return reserveBody(purpose, phone, m_workflow.rules().renderSms(code), userId, context, phoneCooldown, claim);
}

Result<PlannedSend> CodeDelivery::reserveText(const QString& purpose, const PhoneNumber& phone, const QString& body,
                                              const QString& userId, const RequestContext& context)
{
    return reserveBody(purpose, phone, body, userId, context, false, {});
}

Result<PlannedSend> CodeDelivery::reserveBody(const QString& purpose, const PhoneNumber& phone, const QString& body,
                                              const QString& userId, const RequestContext& context, bool phoneCooldown,
                                              const Claim& claim)
{
    PlannedSend plan;
    plan.purpose = purpose;
    plan.e164 = phone.e164;
    plan.masked = phone.masked();
    plan.body = body;
    plan.userId = userId;
    plan.context = context;
    plan.at = m_workflow.now();
    const QString phoneHash = m_workflow.hashed(phone.e164);
    const SmsSegments::Analysis cost = SmsSegments::analyze(body);
    // The transaction ends (committed or rolled back) before the audit entry is written.
    auto reserved = [&]() -> Result<qint64> {
        auto transaction = Transaction::begin(m_workflow.database());
        if (!transaction) {
            return fail(transaction.error());
        }
        if (claim) {
            if (auto claimed = claim(); !claimed) {
                return fail(claimed.error());
            }
        }
        if (auto allowed = checkSendLimits(phoneHash, plan.masked, phoneCooldown, plan.at); !allowed) {
            return fail(allowed.error());
        }
        SmsLogEntry entry {0, plan.at, purpose, phoneHash, plan.masked, userId, {}, u"sending"_s, {}, {}};
        entry.segments = cost.segments;
        entry.encoding = SmsSegments::encodingName(cost.encoding);
        auto logged = m_workflow.activity().logSms(entry);
        if (!logged) {
            return fail(logged.error());
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        return *logged;
    }();
    if (!reserved) {
        m_workflow.audit(plan.event(), reserved.error(), userId, context, plan.masked);
        return fail(reserved.error());
    }
    plan.logId = *reserved;
    return plan;
}

Result<SendReceipt> CodeDelivery::record(const PlannedSend& plan, const Result<SmsReceipt>& sent)
{
    ActivityLog& activity = m_workflow.activity();
    // The log's update and the audit entry in one transaction: one commit instead of two. Without one
    // (the database busy), each is written on its own as best it can.
    auto transaction = Transaction::begin(m_workflow.database());
    const auto write = [&](const QString& outcome, const QString& detail) {
        m_workflow.auditWithin(plan.event(), outcome, plan.userId, plan.context, plan.masked, detail);
        if (transaction && !transaction->commit()) {
            // Rolled back with the log's update: the entry at least is written again on its own.
            m_workflow.auditWithin(plan.event(), outcome, plan.userId, plan.context, plan.masked, detail);
        }
        m_workflow.announceActivity();
    };
    if (!sent) {
        (void)activity.updateSms(plan.logId, u"failed"_s, {}, sent.error().code, sent.error().message, plan.sender);
        const Error error {u"[TwoFactorSendFailed]"_s,
                           tr("The code could not be texted to %1: %2").arg(plan.masked, sent.error().message), 500,
                           QString(), sent.error().retryAfterSeconds};
        write(error.code, error.message);
        return fail(error);
    }
    (void)activity.updateSms(plan.logId, sent->status, sent->messageId, {}, {},
                             sent->sender.isEmpty() ? plan.sender : sent->sender);
    write(u"ok"_s, sent->messageId);
    return SendReceipt {plan.masked, sent->messageId, sent->status, plan.at};
}

void CodeDelivery::recordDeliveryReport(const QString& messageId, const QString& status, int errorCode,
                                        const QString& errorMessage)
{
    auto updated = m_workflow.activity().updateSmsDelivery(
        messageId, status, errorCode != 0 ? QString::number(errorCode) : QString(), errorMessage);
    if (!updated) {
        qWarning("SMS log update failed: %s", qPrintable(updated.error().message));
    }
}

} // namespace tfk
