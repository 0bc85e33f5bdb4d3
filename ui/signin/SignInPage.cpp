#include "SignInPage.h"

#include "VerificationDialog.h"
#include "common/BusyIndicator.h"
#include "common/Futures.h"
#include "common/PageParts.h"
#include "store/UserStore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

SignInPage::SignInPage(TwoFactorService* service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
{
    setObjectName(u"signInPage"_s);
    m_stack = new QStackedWidget(this);

    auto* form = new QWidget(m_stack);
    m_loginIdEdit = new QLineEdit(form);
    m_loginIdEdit->setObjectName(u"loginIdEdit"_s);
    m_loginIdEdit->setAccessibleName(tr("Email or username"));
    m_passwordEdit = new QLineEdit(form);
    m_passwordEdit->setObjectName(u"passwordEdit"_s);
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_signInButton = new QPushButton(tr("Sign &in"), form);
    m_signInButton->setObjectName(u"signInButton"_s);
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_errorLabel = new QLabel(form);
    m_errorLabel->setObjectName(u"signInErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_busyIndicator = new BusyIndicator(u"signInBusy"_s, form);

    auto* fields = new QFormLayout;
    auto* loginLabel = new QLabel(tr("&Email or username:"), form);
    loginLabel->setBuddy(m_loginIdEdit);
    auto* passwordLabel = new QLabel(tr("&Password:"), form);
    passwordLabel->setBuddy(m_passwordEdit);
    fields->addRow(loginLabel, m_loginIdEdit);
    fields->addRow(passwordLabel, m_passwordEdit);
    fields->addRow(QString(), m_signInButton);
    fields->addRow(QString(), m_busyIndicator);
    fields->addRow(QString(), m_errorLabel);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(makeTitleLabel(tr("Sign in"), form));
    formLayout->addLayout(fields);
    formLayout->addStretch(1);
    m_stack->addWidget(form);

    auto* welcome = new QWidget(m_stack);
    m_welcomeLabel = new QLabel(welcome);
    m_welcomeLabel->setObjectName(u"welcomeLabel"_s);
    m_welcomeLabel->setWordWrap(true);
    QFont big = m_welcomeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_welcomeLabel->setFont(big);
    m_recoveryLabel = new QLabel(welcome);
    m_recoveryLabel->setObjectName(u"recoveryCodesLeftLabel"_s);
    m_recoveryLabel->setWordWrap(true);
    auto* signOut = new QPushButton(tr("Sign &out"), welcome);
    signOut->setObjectName(u"signOutButton"_s);
    signOut->setAccessibleName(tr("Sign out"));
    auto* welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addWidget(m_welcomeLabel);
    welcomeLayout->addWidget(m_recoveryLabel);
    welcomeLayout->addWidget(signOut, 0, Qt::AlignLeft);
    welcomeLayout->addStretch(1);
    m_stack->addWidget(welcome);

    // Arm's length from a touch screen: large type and targets, a column of readable width.
    m_stack->setMaximumWidth(720);
    auto* layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_stack, 4);
    layout->addStretch(1);
    applyTouchStyle(this);

    connect(m_signInButton, &QPushButton::clicked, this, &SignInPage::signIn);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &SignInPage::signIn);
    connect(m_loginIdEdit, &QLineEdit::returnPressed, m_passwordEdit, qOverload<>(&QWidget::setFocus));
    connect(signOut, &QPushButton::clicked, this, &SignInPage::reset);
}

void SignInPage::reset()
{
    if (m_dialog) {
        m_dialog->reject();
    }
    ++m_attempt;
    m_busy = false;
    m_busyIndicator->clear();
    m_signInButton->setEnabled(true);
    m_stack->setCurrentIndex(0);
    m_loginIdEdit->clear();
    m_passwordEdit->clear();
    m_errorLabel->clear();
    m_welcomeLabel->clear();
    m_recoveryLabel->clear();
}

void SignInPage::showError(const QString& message)
{
    m_errorLabel->setText(message);
}

void SignInPage::showWelcome(const LoginResult& result)
{
    m_passwordEdit->clear();
    m_welcomeLabel->setText(tr("Welcome, %1. You are signed in.")
                                .arg(result.user.fullName.isEmpty() ? result.user.loginId() : result.user.fullName));
    if (result.recoveryCodesLeft >= 0) {
        m_recoveryLabel->setText(result.recoveryCodesLeft == 0
                                     ? tr("You signed in with your last recovery code. Ask the helpdesk for new "
                                          "codes before you need one again.")
                                     : tr("You signed in with a recovery code; it cannot be used again. Recovery "
                                          "codes left: %1.")
                                           .arg(result.recoveryCodesLeft));
    } else {
        m_recoveryLabel->clear();
    }
    m_stack->setCurrentIndex(1);
    Q_EMIT signedIn(result.user.id);
}

void SignInPage::signIn()
{
    if (m_busy || !m_service) {
        return;
    }
    m_busy = true;
    m_signInButton->setEnabled(false);
    m_busyIndicator->begin();
    m_errorLabel->clear();
    const QString loginKey = UserStore::loginKey(m_loginIdEdit->text());
    LoginRequest request {m_loginIdEdit->text(), m_passwordEdit->text(), kioskRequestContext(Actors::walkUp()),
                          m_trustIds.value(loginKey)};
    // The fields stay editable meanwhile; the answer applies to what was sent.
    whenFinished(m_service->login(request), this,
                 [this, loginKey, attempt = ++m_attempt](const Result<LoginResult>& result) {
                     if (attempt != m_attempt) {
                         return; // the form was wiped meanwhile
                     }
                     m_busy = false;
                     m_busyIndicator->end();
                     m_signInButton->setEnabled(true);
                     if (!result) {
                         showError(result.error().message);
                         m_passwordEdit->selectAll();
                         m_passwordEdit->setFocus();
                         return;
                     }
                     if (result->status == LoginResult::Status::Authenticated) {
                         showWelcome(*result);
                         return;
                     }
                     m_dialog = new VerificationDialog(m_service, *result, m_clock, this);
                     m_dialog->setAttribute(Qt::WA_DeleteOnClose);
                     connect(m_dialog, &QDialog::finished, this, [this, loginKey](int outcome) {
                         const auto completed = m_dialog ? m_dialog->completed() : std::nullopt;
                         m_dialog = nullptr;
                         if (outcome == QDialog::Accepted && completed) {
                             if (!completed->twoFactorTrustId.isEmpty()) {
                                 m_trustIds.insert(loginKey, completed->twoFactorTrustId);
                             }
                             showWelcome(*completed);
                         } else {
                             m_passwordEdit->clear();
                             m_passwordEdit->setFocus();
                         }
                     });
                     m_dialog->open();
                 });
}

} // namespace tfk
