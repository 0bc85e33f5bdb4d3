#pragma once

// Notices when nobody has touched the keyboard or mouse for a while (kiosk mode wipes the screen then).

#include <QObject>
#include <QTimer>

namespace tfk {

class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    // Watches every input event of the application.
    explicit IdleWatcher(int idleSeconds, QObject* parent = nullptr);
    ~IdleWatcher() override;

    int idleSeconds() const { return m_idleSeconds; }
    // Starts the countdown again (also what any input does).
    void restart();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int m_idleSeconds;
    QTimer m_timer;
};

} // namespace tfk
