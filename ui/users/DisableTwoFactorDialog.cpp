#include "DisableTwoFactorDialog.h"

#include "common/BusyIndicator.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "common/Futures.h"
#include "common/PageParts.h"
#include "common/RecoveryCodeLineEdit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

DisableTwoFactorDialog::DisableTwoFactorDialog(TwoFactorService* service, const User& user,
                                               const RequestContext& context, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_user(user)
    , m_context(context)
{
    setObjectName(u"disableTwoFactorDialog"_s);
    setWindowTitle(tr("Turn off two-factor sign-in"));
    auto* intro = new QLabel(tr("To turn off two-factor sign-in for %1, send a code to %2 and type it below, or type "
                                "one of their recovery codes.")
                                 .arg(user.fullName, PhoneNumberParser::mask(user.mobilePhone)),
                             this);
    intro->setWordWrap(true);
    m_sendButton = new CooldownButton(tr("Send code to mobile phone"), this);
    m_sendButton->setObjectName(u"disableSendButton"_s);
    m_sendButton->setAutoDefault(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"disableStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    auto* codeLabel = new QLabel(tr("&Code:"), this);
    m_codeEdit = new CodeLineEdit(6, this);
    m_codeEdit->setObjectName(u"disableCodeEdit"_s);
    m_codeEdit->setAccessibleName(tr("Code from the text message"));
    codeLabel->setBuddy(m_codeEdit);
    // The phone may be the very thing that is lost: one of the user's recovery codes does as well.
    auto* recoveryLabel = new QLabel(tr("&Or a recovery code:"), this);
    m_recoveryEdit = new RecoveryCodeLineEdit(this);
    m_recoveryEdit->setObjectName(u"disableRecoveryCodeEdit"_s);
    m_recoveryEdit->setAccessibleName(tr("Recovery code"));
    recoveryLabel->setBuddy(m_recoveryEdit);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"disableErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_busyIndicator = new BusyIndicator(u"disableBusy"_s, this);
    auto* buttons = new QDialogButtonBox(this);
    m_disableButton = buttons->addButton(tr("&Turn off"), QDialogButtonBox::AcceptRole);
    m_disableButton->setObjectName(u"disableButton"_s);
    m_disableButton->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_sendButton, 0, Qt::AlignLeft);
    layout->addWidget(m_statusLabel);
    layout->addWidget(codeLabel);
    layout->addWidget(m_codeEdit);
    layout->addWidget(recoveryLabel);
    layout->addWidget(m_recoveryEdit);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_sendButton, &QPushButton::clicked, this, &DisableTwoFactorDialog::sendCode);
    for (QLineEdit* edit : {static_cast<QLineEdit*>(m_codeEdit), static_cast<QLineEdit*>(m_recoveryEdit)}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { m_disableButton->setEnabled(ready() && !m_disabling); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &DisableTwoFactorDialog::disable);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DisableTwoFactorDialog::sendCode()
{
    m_sendButton->setAllowed(false);
    m_busyIndicator->begin();
    m_statusLabel->setText(tr("Sending..."));
    whenFinished(m_service->sendCodeToUser(m_user.id, m_context), this, [this](const Result<SendReceipt>& sent) {
        m_busyIndicator->end();
        m_sendButton->setAllowed(true);
        if (sent) {
            m_statusLabel->setText(tr("Code sent to %1.").arg(sent->phoneMasked));
            m_sendButton->startCooldown(m_service->rules().sendCooldownSeconds);
            m_codeEdit->setFocus();
        } else {
            m_statusLabel->clear();
            m_errorLabel->setText(sent.error().message);
            m_sendButton->startCooldown(sent.error().retryAfterSeconds);
        }
    });
}

bool DisableTwoFactorDialog::ready() const
{
    return m_codeEdit->isComplete() || m_recoveryEdit->isComplete();
}

QString DisableTwoFactorDialog::typedCode() const
{
    return m_codeEdit->isComplete() ? m_codeEdit->text() : m_recoveryEdit->text();
}

void DisableTwoFactorDialog::disable()
{
    if (m_disabling || !ready()) {
        return;
    }
    m_disabling = true;
    m_disableButton->setEnabled(false);
    m_busyIndicator->begin();
    m_errorLabel->clear();
    whenFinished(m_service->disableTwoFactor(m_user.id, typedCode(), m_context), this,
                 [this](const Result<User>& disabled) {
                     m_disabling = false;
                     m_busyIndicator->end();
                     if (!disabled) {
                         m_errorLabel->setText(disabled.error().message);
                         // A busy database did not look at the code: keep it for another try.
                         if (disabled.error().httpStatus != 503) {
                             m_codeEdit->clear();
                             m_recoveryEdit->clear();
                         }
                         m_disableButton->setEnabled(ready());
                         m_codeEdit->setFocus();
                         return;
                     }
                     accept();
                 });
}

} // namespace tfk
