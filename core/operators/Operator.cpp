#include "Operator.h"

using namespace Qt::StringLiterals;

namespace tfk {

bool Operator::can(OperatorPermission permission) const
{
    return !disabled && OperatorRoles::allows(role, permission);
}

bool OperatorRoles::allows(OperatorRole role, OperatorPermission permission)
{
    switch (permission) {
    case OperatorPermission::Enroll:
    case OperatorPermission::ManageUsers:
    case OperatorPermission::LostPhoneReset:
    case OperatorPermission::ViewActivity:
        return role == OperatorRole::Admin || role == OperatorRole::Helpdesk;
    case OperatorPermission::ManageSettings:
    case OperatorPermission::ManageOperators:
    case OperatorPermission::ManageApiKeys:
        return role == OperatorRole::Admin;
    }
    return false;
}

QString OperatorRoles::name(OperatorRole role)
{
    return role == OperatorRole::Admin ? u"admin"_s : u"helpdesk"_s;
}

std::optional<OperatorRole> OperatorRoles::fromName(const QString& name)
{
    const QString folded = name.trimmed().toCaseFolded();
    if (folded == u"admin"_s) {
        return OperatorRole::Admin;
    }
    if (folded == u"helpdesk"_s) {
        return OperatorRole::Helpdesk;
    }
    return std::nullopt;
}

QString OperatorRoles::displayName(OperatorRole role)
{
    return role == OperatorRole::Admin ? tr("Administrator") : tr("Helpdesk");
}

} // namespace tfk
