#include "OperatorSignInDialog.h"

#include "common/BusyIndicator.h"
#include "common/CooldownButton.h"
#include "common/Futures.h"
#include "common/PageParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

OperatorSignInDialog::OperatorSignInDialog(TwoFactorService* service, Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_purpose(purpose)
{
    setObjectName(u"operatorSignInDialog"_s);
    setWindowTitle(purpose == Purpose::LeaveKiosk ? tr("Leave kiosk mode") : tr("Operator sign-in"));

    auto* intro = new QLabel(purpose == Purpose::LeaveKiosk
                                 ? tr("An administrator must sign in to leave kiosk mode.")
                                 : tr("Sign in as an operator to enroll users, manage them and read the activity."),
                             this);
    intro->setObjectName(u"operatorSignInIntro"_s);
    intro->setWordWrap(true);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"operatorNameEdit"_s);
    m_nameEdit->setAccessibleName(tr("Operator login name"));
    m_nameEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(u"operatorPasswordEdit"_s);
    m_passwordEdit->setAccessibleName(tr("Operator password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    auto* nameLabel = new QLabel(tr("&Login name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"operatorSignInErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_busyIndicator = new BusyIndicator(u"operatorSignInBusy"_s, this);

    auto* buttons = new QDialogButtonBox(this);
    m_signInButton = new CooldownButton(tr("&Sign in"), this);
    m_signInButton->setObjectName(u"operatorSignInButton"_s);
    m_signInButton->setAccessibleName(tr("Sign in as an operator"));
    m_signInButton->setDefault(true);
    buttons->addButton(m_signInButton, QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"operatorSignInCancelButton"_s);

    auto* form = new QFormLayout;
    form->addRow(nameLabel, m_nameEdit);
    form->addRow(passwordLabel, m_passwordEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorSignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &OperatorSignInDialog::updateButton);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &OperatorSignInDialog::updateButton);
    // Opened from the walk-up side: the same touch-sized look.
    applyTouchStyle(this, 1.25);
    setMinimumWidth(520);
    updateButton();
    m_nameEdit->setFocus();
}

void OperatorSignInDialog::updateButton()
{
    m_signInButton->setAllowed(!m_busy && !m_nameEdit->text().trimmed().isEmpty() && !m_passwordEdit->text().isEmpty());
}

void OperatorSignInDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
}

void OperatorSignInDialog::signIn()
{
    if (m_busy || !m_service || !m_signInButton->isEnabled()) {
        return;
    }
    m_busy = true;
    updateButton();
    showError(QString());
    m_busyIndicator->begin();
    // The service names the actor itself (the operator, or the name tried).
    const auto signingIn = m_service->signInOperator(m_nameEdit->text().trimmed(), m_passwordEdit->text(),
                                                     kioskRequestContext(Actors::walkUp()));
    whenFinished(signingIn, this, [this](const Result<Operator>& account) {
        m_busy = false;
        m_busyIndicator->end();
        if (!account) {
            showError(account.error().message);
            // A lockout: the button waits it out, visibly.
            m_signInButton->startCooldown(account.error().retryAfterSeconds);
            m_passwordEdit->clear();
            m_passwordEdit->setFocus();
            updateButton();
            return;
        }
        if (m_purpose == Purpose::LeaveKiosk && !account->can(OperatorPermission::ManageSettings)) {
            showError(tr("%1 is a helpdesk operator: only an administrator can leave kiosk mode.")
                          .arg(account->displayName.isEmpty() ? account->name : account->displayName));
            m_passwordEdit->clear();
            m_nameEdit->selectAll();
            m_nameEdit->setFocus();
            updateButton();
            return;
        }
        m_signedIn = *account;
        accept();
    });
}

} // namespace tfk
