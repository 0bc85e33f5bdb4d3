#include "OperatorDesk.h"

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

Error notAllowed(const QString& message)
{
    return Error {u"[NotAllowed]"_s, message, 403};
}

} // namespace

OperatorDesk::OperatorDesk(Workflow& workflow)
    : m_workflow(workflow)
    , m_directory(workflow.database(), workflow.cipher(), workflow.hasher(), workflow.clock(), workflow.rules())
    , m_keys(workflow.database(), workflow.cipher(), workflow.clock())
{
}

template <typename T>
Result<T> OperatorDesk::audited(const QString& event, const RequestContext& context, Result<T> outcome,
                                const QString& detail)
{
    if (outcome) {
        m_workflow.audit(event, u"ok"_s, {}, context, {}, detail);
    } else {
        m_workflow.audit(event, outcome.error(), {}, context);
    }
    return outcome;
}

Result<Operator> OperatorDesk::authorize(const std::optional<Operator>& by, OperatorPermission permission)
{
    if (!by) {
        return fail(Error {u"[OperatorRequired]"_s, tr("An operator must sign in first."), 403});
    }
    auto current = m_directory.find(by->name);
    if (!current) {
        if (current.error().httpStatus == 404) {
            return fail(notAllowed(tr("The operator %1 no longer exists.").arg(by->name)));
        }
        return current;
    }
    if (current->disabled) {
        return fail(notAllowed(tr("The operator %1 is disabled.").arg(current->name)));
    }
    if (!current->can(permission)) {
        return fail(notAllowed(tr("%1 is a %2 operator; this needs an administrator.")
                                   .arg(current->name, OperatorRoles::displayName(current->role))));
    }
    return current;
}

Result<int> OperatorDesk::count()
{
    return m_directory.count();
}

Result<Operator> OperatorDesk::signIn(const QString& name, const QString& password, const RequestContext& context)
{
    auto signedIn = m_directory.signIn(name, password, m_workflow.now());
    RequestContext who = context;
    // The actor is the operator who signed in; a failure names the login name tried (never a password).
    who.actor = signedIn ? signedIn->name : name.trimmed().left(OperatorDirectory::kMaxNameLength);
    return audited(u"operator.sign-in"_s, who, std::move(signedIn), {});
}

Result<Operator> OperatorDesk::add(const std::optional<Operator>& by, const QString& name, const QString& displayName,
                                   const QString& password, OperatorRole role, const RequestContext& context)
{
    auto outcome = [&]() -> Result<Operator> {
        auto existing = m_directory.count();
        if (!existing) {
            return fail(existing.error());
        }
        if (*existing == 0) {
            // First run: whoever is at the window creates the first operator, who must be an admin.
            if (role != OperatorRole::Admin) {
                return fail(notAllowed(tr("The first operator must be an administrator.")));
            }
        } else if (auto allowed = authorize(by, OperatorPermission::ManageOperators); !allowed) {
            return fail(allowed.error());
        }
        return m_directory.add(name, displayName, password, role);
    }();
    const QString detail
        = outcome ? tr("Operator %1 (%2) added.").arg(outcome->name, OperatorRoles::name(outcome->role)) : QString();
    return audited(u"operator.add"_s, context, std::move(outcome), detail);
}

Result<QList<Operator>> OperatorDesk::list()
{
    return m_directory.list();
}

Result<Operator> OperatorDesk::disable(const Operator& by, const QString& name, const RequestContext& context)
{
    auto outcome = [&]() -> Result<Operator> {
        if (auto allowed = authorize(by, OperatorPermission::ManageOperators); !allowed) {
            return fail(allowed.error());
        }
        return m_directory.disable(name);
    }();
    const QString detail = outcome ? tr("Operator %1 disabled.").arg(outcome->name) : QString();
    return audited(u"operator.disable"_s, context, std::move(outcome), detail);
}

Result<Operator> OperatorDesk::setPassword(const Operator& by, const QString& name, const QString& password,
                                           const RequestContext& context)
{
    auto outcome = [&]() -> Result<Operator> {
        // Operators may change their own password; an admin anybody's.
        if (by.name.compare(name.trimmed(), Qt::CaseInsensitive) != 0) {
            if (auto allowed = authorize(by, OperatorPermission::ManageOperators); !allowed) {
                return fail(allowed.error());
            }
        } else if (auto self = authorize(by, OperatorPermission::Enroll); !self) {
            return fail(self.error());
        }
        return m_directory.setPassword(name, password);
    }();
    const QString detail = outcome ? tr("Password of operator %1 changed.").arg(outcome->name) : QString();
    return audited(u"operator.password"_s, context, std::move(outcome), detail);
}

Result<NewApiKey> OperatorDesk::createApiKey(const Operator& by, const QString& name, const RequestContext& context)
{
    auto outcome = [&]() -> Result<NewApiKey> {
        if (auto allowed = authorize(by, OperatorPermission::ManageApiKeys); !allowed) {
            return fail(allowed.error());
        }
        return m_keys.create(name);
    }();
    const QString detail
        = outcome ? tr("API key \"%1\" (%2) created.").arg(outcome->info.name, outcome->info.id) : QString();
    return audited(u"api-key.create"_s, context, std::move(outcome), detail);
}

Result<QList<ApiKey>> OperatorDesk::listApiKeys(const Operator& by)
{
    if (auto allowed = authorize(by, OperatorPermission::ManageApiKeys); !allowed) {
        return fail(allowed.error());
    }
    return m_keys.list();
}

Result<ApiKey> OperatorDesk::revokeApiKey(const Operator& by, const QString& id, const RequestContext& context)
{
    auto outcome = [&]() -> Result<ApiKey> {
        if (auto allowed = authorize(by, OperatorPermission::ManageApiKeys); !allowed) {
            return fail(allowed.error());
        }
        return m_keys.revoke(id);
    }();
    const QString detail = outcome ? tr("API key \"%1\" (%2) revoked.").arg(outcome->name, outcome->id) : QString();
    return audited(u"api-key.revoke"_s, context, std::move(outcome), detail);
}

} // namespace tfk
