#pragma once

// The users the kiosk enrolls: created, changed, found and searched, with FusionAuth's validation.
// Synchronous and safe on any worker thread (see Workflow).

#include "auth/Workflow.h"

#include <optional>

namespace tfk {

class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(tfk::TwoFactorService)

public:
    explicit UserDirectory(Workflow& workflow);

    Result<User> create(const UserRequest& request, const RequestContext& context);
    Result<User> update(const QString& userId, const UserRequest& request, const RequestContext& context);
    Result<User> find(const QString& userId);
    Result<std::optional<User>> findByLoginId(const QString& loginId);
    Result<QList<User>> findByPhone(const QString& mobilePhone);
    Result<UserPage> search(const QString& text, int offset, int limit);

private:
    Workflow& m_workflow;
};

} // namespace tfk
