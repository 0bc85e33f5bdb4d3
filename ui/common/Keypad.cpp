#include "Keypad.h"

#include "PageParts.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tfk {

Keypad::Keypad(const QString& keys, int columns, const QString& name, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(name);
    setAccessibleName(tr("On-screen keypad"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    int index = 0;
    for (const QChar key : keys) {
        const QString text(key);
        auto* button = makeButton(text, name % u'_' % text, tr("Key %1").arg(text));
        connect(button, &QPushButton::clicked, this, [this, text] { press(text); });
        grid->addWidget(button, index / columns, index % columns);
        ++index;
    }
    const int row = (index + columns - 1) / columns;
    auto* clearButton = makeButton(tr("Clear"), name % u"Clear"_s, tr("Clear the code"));
    auto* backspaceButton = makeButton(u"\u232B"_s, name % u"Backspace"_s, tr("Delete the last character"));
    connect(clearButton, &QPushButton::clicked, this, &Keypad::clear);
    connect(backspaceButton, &QPushButton::clicked, this, &Keypad::backspace);
    const int half = std::max(1, columns / 2);
    grid->addWidget(clearButton, row, 0, 1, half);
    grid->addWidget(backspaceButton, row, half, 1, columns - half);
}

Keypad* Keypad::digits(const QString& name, QWidget* parent)
{
    // The phone layout, with 0 in the last row between clear and backspace.
    auto* keypad = new Keypad(u"123456789"_s, 3, name, parent);
    auto* grid = static_cast<QGridLayout*>(keypad->layout());
    QPushButton* clearButton = keypad->findChild<QPushButton*>(name % u"Clear"_s);
    QPushButton* backspaceButton = keypad->findChild<QPushButton*>(name % u"Backspace"_s);
    grid->removeWidget(clearButton);
    grid->removeWidget(backspaceButton);
    auto* zero = keypad->makeButton(u"0"_s, name % u"_0"_s, tr("Key %1").arg(u"0"_s));
    connect(zero, &QPushButton::clicked, keypad, [keypad] { keypad->press(u"0"_s); });
    grid->addWidget(clearButton, 3, 0);
    grid->addWidget(zero, 3, 1);
    grid->addWidget(backspaceButton, 3, 2);
    return keypad;
}

QPushButton* Keypad::keyButton(QChar key) const
{
    return findChild<QPushButton*>(objectName() % u'_' % QString(key));
}

QPushButton* Keypad::makeButton(const QString& text, const QString& objectName, const QString& accessibleName)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    // The field keeps the focus (and the Tab order stays short): the keypad is for fingers.
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoDefault(false);
    button->setMinimumSize(kTouchTargetPx, kTouchTargetPx);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    button->setFont(font);
    return button;
}

void Keypad::press(const QString& text)
{
    if (!m_target || !m_target->isEnabled()) {
        return;
    }
    m_target->insert(text);
    Q_EMIT typed();
}

void Keypad::backspace()
{
    if (!m_target || !m_target->isEnabled()) {
        return;
    }
    m_target->backspace();
    Q_EMIT typed();
}

void Keypad::clear()
{
    if (!m_target || !m_target->isEnabled()) {
        return;
    }
    m_target->clear();
    Q_EMIT typed();
}

} // namespace tfk
