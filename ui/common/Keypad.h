#pragma once

// An on-screen keypad for a touch screen: one button per key (digits, or the recovery-code alphabet),
// backspace and clear, each at least kTouchTargetPx square. It types into its target field as the
// physical keyboard would, so the field's own filtering applies; its buttons never take the focus.

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace tfk {

class Keypad : public QWidget
{
    Q_OBJECT

public:
    // `keys`: one character per key, laid out `columns` per row; backspace and clear follow.
    // `name`: the object name prefix ("keypad": keypad_7, keypadBackspace, keypadClear).
    Keypad(const QString& keys, int columns, const QString& name, QWidget* parent = nullptr);

    // 0-9 as a phone has them: 1 2 3 / 4 5 6 / 7 8 9 / clear 0 backspace.
    static Keypad* digits(const QString& name, QWidget* parent);

    void setTarget(QLineEdit* target) { m_target = target; }
    QPushButton* keyButton(QChar key) const;

Q_SIGNALS:
    // A key was pressed (after the target changed).
    void typed();

private:
    QPushButton* makeButton(const QString& text, const QString& objectName, const QString& accessibleName);
    void press(const QString& text);
    void backspace();
    void clear();

    QPointer<QLineEdit> m_target;
};

} // namespace tfk
