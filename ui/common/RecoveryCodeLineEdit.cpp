#include "RecoveryCodeLineEdit.h"

#include "auth/RecoveryCodes.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace tfk {

RecoveryCodeLineEdit::RecoveryCodeLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    setFont(font);
    setPlaceholderText(u"XXXXX-XXXXX"_s);
    setInputMethodHints(Qt::ImhUppercaseOnly | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    connect(this, &QLineEdit::textChanged, this, &RecoveryCodeLineEdit::reformat);
}

bool RecoveryCodeLineEdit::isComplete() const
{
    return RecoveryCodes::looksLikeRecoveryCode(text());
}

void RecoveryCodeLineEdit::reformat()
{
    QString symbols;
    for (const QChar c : text()) {
        const QChar upper = c.toUpper();
        if (RecoveryCodes::kAlphabet.contains(upper)) {
            symbols.append(upper);
        }
    }
    symbols.truncate(RecoveryCodes::kLength);
    QString formatted = symbols;
    if (formatted.size() > RecoveryCodes::kLength / 2) {
        formatted.insert(RecoveryCodes::kLength / 2, u'-');
    }
    if (formatted != text()) {
        const QSignalBlocker blocker(this);
        setText(formatted);
        Q_EMIT textChanged(formatted);
    }
}

} // namespace tfk
