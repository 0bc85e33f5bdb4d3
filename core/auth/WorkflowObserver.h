#pragma once

// Told about each workflow step the service answered (what was asked, what came back), so something beside
// the window can show the step as the FusionAuth request it corresponds to (the API view). Called on the
// service's thread, after the step finished and before the caller's own continuation runs.

#include "ServiceTypes.h"
#include "common/Error.h"
#include "store/User.h"
#include "totp/TotpSecret.h"

namespace tfk {

class WorkflowObserver
{
public:
    virtual ~WorkflowObserver() = default;

    // Whether steps asked with this context are reported (the API view wants the window's, not the API's own).
    virtual bool observes(const RequestContext& context) const = 0;

    virtual void secretGenerated(const TotpSecret& secret) = 0;
    virtual void enrollmentCodeSent(const QString& mobilePhone, const QString& secret, const Result<SendReceipt>& sent)
        = 0;
    virtual void userCodeSent(const QString& userId, const Result<SendReceipt>& sent) = 0;
    virtual void twoFactorEnabled(const QString& userId, const QString& code, const QString& secret,
                                  TwoFactorDelivery delivery, const RequestContext& context,
                                  const Result<TwoFactorEnabled>& enabled)
        = 0;
    virtual void twoFactorDisabled(const QString& userId, const QString& code, const Result<User>& disabled) = 0;
    virtual void loggedIn(const LoginRequest& request, const Result<LoginResult>& result) = 0;
    virtual void loginCodeResent(const QString& twoFactorId, const Result<SendReceipt>& sent) = 0;
    virtual void twoFactorLoginCompleted(const QString& twoFactorId, const QString& code, bool trustComputer,
                                         const RequestContext& context, const Result<LoginResult>& result)
        = 0;
};

} // namespace tfk
