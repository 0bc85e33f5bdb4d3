#pragma once

// An operator of the kiosk (the person behind the desk, not a user signing in) and what each role may
// do: helpdesk enrolls, manages users, resets lost phones and reads the activity; admin also manages
// settings, operators and API keys.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tfk {

enum class OperatorRole
{
    Admin,
    Helpdesk
};

enum class OperatorPermission
{
    Enroll,
    ManageUsers,
    LostPhoneReset,
    ViewActivity,
    ManageSettings,
    ManageOperators,
    ManageApiKeys
};

struct Operator
{
    QString id; // UUID without braces
    QString name; // the login name as typed when created; compared case-folded
    QString displayName;
    OperatorRole role = OperatorRole::Helpdesk;
    qint64 createdAt = 0; // ms
    bool disabled = false;
    qint64 disabledAt = 0; // ms; 0 unless disabled
    qint64 lastSignInAt = 0; // ms; 0: never signed in

    // False for everything once the operator is disabled.
    bool can(OperatorPermission permission) const;
    bool canManageSettings() const { return can(OperatorPermission::ManageSettings); }
    bool canManageOperators() const { return can(OperatorPermission::ManageOperators); }
    bool canManageApiKeys() const { return can(OperatorPermission::ManageApiKeys); }
    bool canResetLostPhone() const { return can(OperatorPermission::LostPhoneReset); }
};

class OperatorRoles
{
    Q_DECLARE_TR_FUNCTIONS(tfk::OperatorRoles)

public:
    static bool allows(OperatorRole role, OperatorPermission permission);
    // "admin" / "helpdesk": what the database and the command line use.
    static QString name(OperatorRole role);
    // The role for "admin" / "helpdesk" (any case, surrounding spaces ignored); empty for anything else.
    static std::optional<OperatorRole> fromName(const QString& name);
    // "Administrator" / "Helpdesk", translated, for people.
    static QString displayName(OperatorRole role);
};

} // namespace tfk
