#include "PhoneWindow.h"

#include "PhoneMessageModel.h"
#include "sms/sink/TwilioSink.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// Fixed colours rather than the palette: the window imitates a phone, and its text must stay
// readable on its own light background whatever the desktop theme (contrast >= 4.5:1 throughout).
const QString kStyleSheet = uR"(
#phoneWindow, #phoneMessageArea, #phoneMessageList, #phoneEmptyLabel { background: #f2f2f7; }
#phoneHeader { background: #ffffff; border-bottom: 1px solid #c7c7cc; }
#phoneHeader QLabel { color: #1c1c1e; }
#phoneSubtitle, #phoneEmptyLabel { color: #545458; }
QFrame#messageBubble { background: #ffffff; border: 1px solid #c7c7cc; border-radius: 14px; }
QFrame#messageBubble[fresh="true"] { background: #dbe8ff; border: 2px solid #1f5fcc; }
QFrame#messageBubble QLabel { color: #1c1c1e; background: transparent; }
QFrame#messageBubble QLabel#messageRecipient, QFrame#messageBubble QLabel#messageTime { color: #48484a; }
QFrame#messageBubble QLabel#messageStatus[state="ok"] { color: #146c2e; }
QFrame#messageBubble QLabel#messageStatus[state="failed"] { color: #b42318; }
QFrame#messageBubble QLabel#messageStatus[state="pending"] { color: #48484a; }
QLabel#messageBody { border: 2px solid transparent; border-radius: 6px; }
QLabel#messageBody:focus { border: 2px solid #1f5fcc; }
)"_s;

QFont scaled(QFont font, qreal factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

// One text as a rounded bubble: sender and time, the body large and selectable, recipient and status.
class PhoneWindow::Bubble : public QFrame
{
public:
    explicit Bubble(QWidget* parent)
        : QFrame(parent)
    {
        setObjectName(u"messageBubble"_s);
        m_sender = label(u"messageSender"_s, scaled(font(), 1.0, true));
        m_time = label(u"messageTime"_s, scaled(font(), 0.9));
        m_body = label(u"messageBody"_s, scaled(font(), 1.5));
        m_body->setWordWrap(true);
        // The presenter drags over the code to point it out; keyboard users Tab to it and copy it.
        m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_body->setFocusPolicy(Qt::StrongFocus);
        m_body->setTextFormat(Qt::PlainText);
        m_recipient = label(u"messageRecipient"_s, scaled(font(), 0.9));
        m_status = label(u"messageStatus"_s, scaled(font(), 0.9, true));

        // The selectable body has a text document with a small margin of its own: the other lines line up with it.
        const int bodyInset = 6;
        auto* top = new QHBoxLayout;
        top->setContentsMargins(bodyInset, 0, bodyInset, 0);
        top->addWidget(m_sender, 1);
        top->addWidget(m_time);
        auto* bottom = new QHBoxLayout;
        bottom->setContentsMargins(bodyInset, 0, bodyInset, 0);
        bottom->addWidget(m_recipient, 1);
        bottom->addWidget(m_status);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(14, 10, 14, 10);
        layout->setSpacing(4);
        layout->addLayout(top);
        layout->addWidget(m_body);
        layout->addLayout(bottom);
    }

    QLabel* body() const { return m_body; }

    void display(const QModelIndex& index)
    {
        m_sender->setText(index.data(PhoneMessageModel::SenderRole).toString());
        m_time->setText(index.data(PhoneMessageModel::TimeTextRole).toString());
        m_body->setText(index.data(PhoneMessageModel::BodyRole).toString());
        m_recipient->setText(PhoneWindow::tr("to %1").arg(index.data(PhoneMessageModel::RecipientRole).toString()));
        m_status->setText(index.data(PhoneMessageModel::StatusTextRole).toString());
        m_body->setAccessibleName(index.data(Qt::AccessibleTextRole).toString());

        const QString status = index.data(PhoneMessageModel::StatusRole).toString();
        const char* state = status == u"delivered"_s                ? "ok"
            : (status == u"undelivered"_s || status == u"failed"_s) ? "failed"
                                                                    : "pending";
        if (m_status->property("state").toByteArray() != state) {
            m_status->setProperty("state", QByteArray(state));
            repolish(m_status);
        }
        const bool fresh = index.data(PhoneMessageModel::NewRole).toBool();
        if (property("fresh").toBool() != fresh || !property("fresh").isValid()) {
            setProperty("fresh", fresh);
            repolish(this);
            m_body->setFont(scaled(font(), 1.5, fresh));
        }
    }

private:
    QLabel* label(const QString& name, const QFont& labelFont)
    {
        auto* l = new QLabel(this);
        l->setObjectName(name);
        l->setFont(labelFont);
        return l;
    }

    QLabel* m_sender = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_body = nullptr;
    QLabel* m_recipient = nullptr;
    QLabel* m_status = nullptr;
};

PhoneWindow::PhoneWindow(TwilioSink* sink, QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"phoneWindow"_s);
    setWindowTitle(tr("Phone (mock SMS)"));
    setAccessibleName(tr("Phone (mock SMS)"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(kStyleSheet);

    auto* header = new QWidget(this);
    header->setObjectName(u"phoneHeader"_s);
    header->setAttribute(Qt::WA_StyledBackground);
    auto* title = new QLabel(tr("Messages"), header);
    title->setObjectName(u"phoneTitle"_s);
    title->setFont(scaled(font(), 1.6, true));
    auto* subtitle = new QLabel(header);
    subtitle->setObjectName(u"phoneSubtitle"_s);
    subtitle->setWordWrap(true);
    subtitle->setText(sink ? tr("Texts received by the mock SMS sink at %1").arg(sink->baseUrl().toString())
                           : tr("No mock SMS sink is running."));
    auto* headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 16, 10);
    headerLayout->addWidget(title);
    headerLayout->addWidget(subtitle);

    m_emptyLabel = new QLabel(tr("No messages yet. Codes sent in the kiosk appear here."), this);
    m_emptyLabel->setObjectName(u"phoneEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setFont(scaled(font(), 1.1));

    m_list = new QWidget(this);
    m_list->setObjectName(u"phoneMessageList"_s);
    m_list->setAttribute(Qt::WA_StyledBackground);
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(10, 10, 10, 10);
    m_listLayout->setSpacing(10);
    m_listLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"phoneMessageArea"_s);
    m_scroll->setAccessibleName(tr("Received text messages"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_list);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"phoneStack"_s);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_scroll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);

    m_highlightTimer.setSingleShot(true);
    m_highlightTimer.setInterval(5000);
    connect(&m_highlightTimer, &QTimer::timeout, this, &PhoneWindow::markSeen);

    m_model = new PhoneMessageModel(sink, this);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { insertBubbles(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) { refreshBubbles(from.row(), to.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PhoneWindow::rebuild);
    m_scroll->viewport()->installEventFilter(this);
    rebuild();

    // A phone's proportions; the text wraps, so it stays readable when scaling makes it larger.
    resize(360, 640);
}

PhoneWindow::~PhoneWindow() = default;

QWidget* PhoneWindow::messageWidget(int row) const
{
    return m_bubbles.value(row);
}

void PhoneWindow::rebuild()
{
    qDeleteAll(m_bubbles);
    m_bubbles.clear();
    if (m_model->rowCount() > 0) {
        insertBubbles(0, m_model->rowCount() - 1);
    }
    updateEmptyState();
}

void PhoneWindow::insertBubbles(int first, int last)
{
    bool anyFresh = false;
    for (int row = first; row <= last; ++row) {
        auto* bubble = new Bubble(m_list);
        bubble->installEventFilter(this);
        bubble->body()->installEventFilter(this);
        m_listLayout->insertWidget(row, bubble);
        m_bubbles.insert(row, bubble);
        const QModelIndex index = m_model->index(row);
        bubble->display(index);
        anyFresh = anyFresh || index.data(PhoneMessageModel::NewRole).toBool();
    }
    // Tab follows the screen, newest first.
    for (qsizetype i = 1; i < m_bubbles.size(); ++i) {
        setTabOrder(m_bubbles.at(i - 1)->body(), m_bubbles.at(i)->body());
    }
    updateEmptyState();
    if (anyFresh) {
        m_scroll->verticalScrollBar()->setValue(0);
        m_highlightTimer.start();
    }
}

void PhoneWindow::refreshBubbles(int first, int last)
{
    for (int row = first; row <= last && row < m_bubbles.size(); ++row) {
        m_bubbles.at(row)->display(m_model->index(row));
    }
}

void PhoneWindow::updateEmptyState()
{
    m_stack->setCurrentWidget(m_bubbles.isEmpty() ? static_cast<QWidget*>(m_emptyLabel) : m_scroll);
}

void PhoneWindow::markSeen()
{
    m_highlightTimer.stop();
    m_model->markAllSeen();
}

bool PhoneWindow::event(QEvent* event)
{
    if (event->type() == QEvent::WindowActivate && m_model->hasNew()) {
        markSeen();
    }
    return QWidget::event(event);
}

bool PhoneWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress && m_model->hasNew()) {
        markSeen();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tfk
