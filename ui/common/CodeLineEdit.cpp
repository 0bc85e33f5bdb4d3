#include "CodeLineEdit.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace tfk {

CodeLineEdit::CodeLineEdit(int digits, QWidget* parent)
    : QLineEdit(parent)
    , m_digits(digits)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    setFont(font);
    setPlaceholderText(QString(digits, u'0'));
    setInputMethodHints(Qt::ImhDigitsOnly);
    connect(this, &QLineEdit::textChanged, this, &CodeLineEdit::keepDigitsOnly);
}

void CodeLineEdit::keepDigitsOnly()
{
    QString digitsOnly;
    for (const QChar c : text()) {
        if (c >= u'0' && c <= u'9') {
            digitsOnly.append(c);
        }
    }
    digitsOnly.truncate(m_digits);
    if (digitsOnly != text()) {
        const QSignalBlocker blocker(this);
        setText(digitsOnly);
        Q_EMIT textChanged(digitsOnly);
    }
}

} // namespace tfk
