#pragma once

// A push button that can be put on a visible cooldown: disabled, with the seconds left in its text.

#include <QPushButton>
#include <QTimer>

namespace tfk {

class CooldownButton : public QPushButton
{
    Q_OBJECT

public:
    explicit CooldownButton(const QString& text, QWidget* parent = nullptr);

    // Disabled for `seconds`, showing "Text (27 s)"; 0 ends the cooldown.
    void startCooldown(qint64 seconds);
    qint64 secondsLeft() const { return m_secondsLeft; }
    bool coolingDown() const { return m_secondsLeft > 0; }
    // The caller's own reason to keep the button off (busy, invalid input), independent of the cooldown.
    void setAllowed(bool allowed);

private:
    void tick();
    void refresh();

    QString m_text;
    QTimer m_timer;
    qint64 m_secondsLeft = 0;
    bool m_allowed = true;
};

} // namespace tfk
