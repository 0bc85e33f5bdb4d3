#pragma once

// Enrollment (FusionAuth's tutorial steps 2-4): a code texted to the phone being enrolled, two-factor
// turned on with that code and the secret, a code texted to an enrolled user, two-factor turned off
// with a code. Synchronous and safe on any worker thread (see Workflow); the service runs it off the
// UI and HTTP threads.

#include "auth/CodeDelivery.h"
#include "auth/Workflow.h"

namespace tfk {

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

    Result<User> enable(const QString& userId, const QString& code, const QString& secret, TwoFactorDelivery delivery,
                        const RequestContext& context);
    Result<User> disable(const QString& userId, const QString& code, const RequestContext& context);

private:
    Workflow& m_workflow;
    CodeDelivery& m_delivery;
};

} // namespace tfk
