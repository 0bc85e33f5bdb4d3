#pragma once

// Enrollment (FusionAuth's tutorial steps 2-4): a code texted to the phone being enrolled, two-factor
// turned on with that code and the secret, a code texted to an enrolled user, two-factor turned off
// with a code. Synchronous and safe on any worker thread (see Workflow); the service runs it off the
// UI and HTTP threads.

#include "auth/CodeDelivery.h"
#include "auth/Workflow.h"
#include "operators/Operator.h"

#include <optional>

namespace tfk {

struct LostPhonePlan
{
    User user;
    QString oldPhone; // E.164
    std::optional<PlannedSend> notice;
    std::optional<Error> noticeError;
};

class EnrollmentFlow
{
    Q_DECLARE_TR_FUNCTIONS(tfk::TwoFactorService)

public:
    EnrollmentFlow(Workflow& workflow, CodeDelivery& delivery);

    // The current code of `secret` for `mobilePhone`, checked against the limits and logged.
    Result<PlannedSend> planEnrollmentSend(const QString& mobilePhone, const QString& secret,
                                           const RequestContext& context);
    // The current code of an enrolled user, for their phone on file.
    Result<PlannedSend> planUserSend(const QString& userId, const RequestContext& context);

    // Turns two-factor on and makes the recovery codes, in one transaction.
    Result<TwoFactorEnabled> enable(const QString& userId, const QString& code, const QString& secret,
                                    TwoFactorDelivery delivery, const RequestContext& context);
    // With a texted code or a recovery code.
    Result<User> disable(const QString& userId, const QString& code, const RequestContext& context);

    Result<RecoveryCodeSet> recoveryCodes(const QString& userId);
    Result<RecoveryCodeSet> regenerateRecoveryCodes(const QString& userId, const RequestContext& context);

    // Two-factor off at the helpdesk (the caller checked the operator), audited with the operator,
    // method and reason; the notice to the old number comes back planned, to be handed to the sender.
    Result<LostPhonePlan> resetLostPhone(const Operator& by, const LostPhoneReset& reset, const QString& helpdeskPhone,
                                         const RequestContext& context);
    // The user's current code, for a new number (the number is verified before it is stored).
    Result<PlannedSend> planPhoneChangeSend(const QString& userId, const QString& newMobilePhone,
                                            const RequestContext& context);

    static constexpr int kMaxReasonLength = 500;

private:
    // The user, when two-factor is on ("[TwoFactorNotEnabled]" 400 otherwise).
    Result<User> findEnabledUser(const QString& userId);
    // Everything two-factor leaves behind, removed; the caller holds the transaction.
    Result<void> switchOff(const QString& userId);

    Workflow& m_workflow;
    CodeDelivery& m_delivery;
};

} // namespace tfk
