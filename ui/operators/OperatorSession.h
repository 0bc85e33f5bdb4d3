#pragma once

// Who is signed in on the operator side, what they may do, and when the side locks again: after
// `idleLockSeconds` without input, or when told to (Ctrl+L, the kiosk's idle wipe, the Lock button).

#include "auth/ServiceTypes.h"
#include "operators/Operator.h"

#include <QObject>

#include <memory>
#include <optional>

namespace tfk {

class IdleWatcher;

class OperatorSession : public QObject
{
    Q_OBJECT

public:
    explicit OperatorSession(int idleLockSeconds = 300, QObject* parent = nullptr);
    ~OperatorSession() override;

    const std::optional<Operator>& current() const { return m_operator; }
    bool isSignedIn() const { return m_operator.has_value(); }
    // False for everything while nobody (or a disabled operator) is signed in.
    bool can(OperatorPermission permission) const;
    // The kiosk's request context naming the signed-in operator as the actor (for the audit log).
    RequestContext requestContext() const;

    int idleLockSeconds() const { return m_idleLockSeconds; }
    // Takes effect from the next input on (a changed setting).
    void setIdleLockSeconds(int seconds);

    void signIn(const Operator& account);
    // Signs out (nothing happens when nobody is signed in).
    void lock();

Q_SIGNALS:
    void signedIn(const tfk::Operator& account);
    // The operator side locked (signed out); emitted only when somebody was signed in.
    void locked();

private:
    std::optional<Operator> m_operator;
    std::unique_ptr<IdleWatcher> m_idle;
    int m_idleLockSeconds;
};

} // namespace tfk
