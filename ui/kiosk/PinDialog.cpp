#include "PinDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

PinDialog::PinDialog(std::function<bool(const QString&)> check, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
{
    setObjectName(u"pinDialog"_s);
    setWindowTitle(tr("Leave kiosk mode"));
    auto* label = new QLabel(tr("Operator &PIN:"), this);
    m_pinEdit = new QLineEdit(this);
    m_pinEdit->setObjectName(u"pinEdit"_s);
    m_pinEdit->setAccessibleName(tr("Operator PIN"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    label->setBuddy(m_pinEdit);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"pinErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_pinEdit);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::tryPin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PinDialog::tryPin()
{
    if (m_check(m_pinEdit->text())) {
        accept();
        return;
    }
    m_pinEdit->clear();
    ++m_failures;
    // Each wrong PIN makes the next try wait longer (guessing at the kiosk).
    const int waitSeconds = std::min(30, 1 << std::min(m_failures, 5));
    m_errorLabel->setText(tr("That is not the operator PIN. Try again in %1 seconds.").arg(waitSeconds));
    setEnabled(false);
    QTimer::singleShot(std::chrono::seconds(waitSeconds), this, [this] {
        setEnabled(true);
        m_pinEdit->setFocus();
    });
}

} // namespace tfk
