#pragma once

// The operator side's own business: operators (the first admin at first run, then managed by admins),
// operator sign-in, and the HTTP API's keys. Who may do what is decided here, from the operator as
// the database has it now (a disabled or demoted operator loses their rights at once), and every
// change is audited with its actor. Synchronous and safe on any worker thread (see Workflow).

#include "api/ApiKeyStore.h"
#include "auth/Workflow.h"
#include "operators/OperatorDirectory.h"

#include <optional>

namespace tfk {

class OperatorDesk
{
    Q_DECLARE_TR_FUNCTIONS(tfk::OperatorDesk)

public:
    explicit OperatorDesk(Workflow& workflow);

    Result<int> count();
    Result<Operator> signIn(const QString& name, const QString& password, const RequestContext& context);
    Result<Operator> add(const std::optional<Operator>& by, const QString& name, const QString& displayName,
                         const QString& password, OperatorRole role, const RequestContext& context);
    Result<QList<Operator>> list();
    Result<Operator> disable(const Operator& by, const QString& name, const RequestContext& context);
    Result<Operator> setPassword(const Operator& by, const QString& name, const QString& password,
                                 const RequestContext& context);

    Result<NewApiKey> createApiKey(const Operator& by, const QString& name, const RequestContext& context);
    Result<QList<ApiKey>> listApiKeys(const Operator& by);
    Result<ApiKey> revokeApiKey(const Operator& by, const QString& id, const RequestContext& context);

    // The operator `by` as stored now, when it may do `permission`: "[OperatorRequired]" (403) without
    // one, "[NotAllowed]" (403) when its role (or its being disabled) does not allow it.
    Result<Operator> authorize(const std::optional<Operator>& by, OperatorPermission permission);

private:
    template <typename T>
    Result<T> audited(const QString& event, const RequestContext& context, Result<T> outcome, const QString& detail);

    Workflow& m_workflow;
    OperatorDirectory m_directory;
    ApiKeyStore m_keys;
};

} // namespace tfk
