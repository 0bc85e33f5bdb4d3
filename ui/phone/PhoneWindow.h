#pragma once

// The "phone" beside the kiosk in mock-SMS mode: every text the mock sink received, newest first, as
// a phone's message list shows it, with live delivery status; new texts stand out until looked at.

#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace tfk {

class PhoneMessageModel;
class TwilioSink;

class PhoneWindow : public QWidget
{
    Q_OBJECT

public:
    // A top-level window even with a parent (the main window, so it closes with it).
    explicit PhoneWindow(TwilioSink* sink, QWidget* parent = nullptr);
    ~PhoneWindow() override;

    PhoneMessageModel* model() const { return m_model; }
    // The bubble showing a row (0 is the newest), null when out of range: for tests and screenshots.
    QWidget* messageWidget(int row) const;
    // How long a new text stays highlighted when nobody looks; 5 s by default.
    void setHighlightDuration(int ms) { m_highlightTimer.setInterval(ms); }

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    class Bubble;

    void insertBubbles(int first, int last);
    void refreshBubbles(int first, int last);
    void rebuild();
    void updateEmptyState();
    void markSeen();

    PhoneMessageModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_list = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
    QList<Bubble*> m_bubbles; // one per model row, same order
    QTimer m_highlightTimer;
};

} // namespace tfk
