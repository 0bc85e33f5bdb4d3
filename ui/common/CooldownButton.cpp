#include "CooldownButton.h"

namespace tfk {

CooldownButton::CooldownButton(const QString& text, QWidget* parent)
    : QPushButton(text, parent)
    , m_text(text)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &CooldownButton::tick);
}

void CooldownButton::startCooldown(qint64 seconds)
{
    m_secondsLeft = std::max<qint64>(0, seconds);
    if (m_secondsLeft > 0) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
    refresh();
}

void CooldownButton::setAllowed(bool allowed)
{
    m_allowed = allowed;
    refresh();
}

void CooldownButton::tick()
{
    if (--m_secondsLeft <= 0) {
        m_secondsLeft = 0;
        m_timer.stop();
    }
    refresh();
}

void CooldownButton::refresh()
{
    setText(m_secondsLeft > 0 ? tr("%1 (%2 s)").arg(m_text).arg(m_secondsLeft) : m_text);
    setEnabled(m_allowed && m_secondsLeft == 0);
}

} // namespace tfk
