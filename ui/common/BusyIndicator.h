#pragma once

// "Working..." with an endless progress bar, shown only when an operation has not answered within
// kDelayMs (a slow or locked database), so quick answers never flicker. Counts nested operations.

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace tfk {

class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 300;

    // `name`: the object name (tests find it by it); the accessible name says "Working".
    BusyIndicator(const QString& name, QWidget* parent = nullptr);

    // One more operation in flight; the indicator appears if it is still running after kDelayMs.
    void begin();
    // One operation answered; the indicator hides when none is left.
    void end();
    // Hides at once and forgets every operation (a form wiped by the kiosk's idle timeout).
    void clear();
    int running() const { return m_running; }

private:
    QTimer m_delay;
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    int m_running = 0;
};

} // namespace tfk
