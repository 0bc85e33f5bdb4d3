#include "OperatorSession.h"

#include "common/PageParts.h"
#include "kiosk/IdleWatcher.h"

namespace tfk {

OperatorSession::OperatorSession(int idleLockSeconds, QObject* parent)
    : QObject(parent)
    , m_idleLockSeconds(std::max(1, idleLockSeconds))
{
}

OperatorSession::~OperatorSession() = default;

bool OperatorSession::can(OperatorPermission permission) const
{
    return m_operator && m_operator->can(permission);
}

RequestContext OperatorSession::requestContext() const
{
    return kioskRequestContext(m_operator ? m_operator->name : QString());
}

void OperatorSession::setIdleLockSeconds(int seconds)
{
    m_idleLockSeconds = std::max(1, seconds);
    if (m_idle) {
        m_idle = std::make_unique<IdleWatcher>(m_idleLockSeconds);
        connect(m_idle.get(), &IdleWatcher::idle, this, &OperatorSession::lock);
    }
}

void OperatorSession::signIn(const Operator& account)
{
    m_operator = account;
    m_idle = std::make_unique<IdleWatcher>(m_idleLockSeconds);
    connect(m_idle.get(), &IdleWatcher::idle, this, &OperatorSession::lock);
    Q_EMIT signedIn(account);
}

void OperatorSession::lock()
{
    m_idle.reset();
    if (!m_operator) {
        return;
    }
    m_operator.reset();
    Q_EMIT locked();
}

} // namespace tfk
