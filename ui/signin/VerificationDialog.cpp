#include "VerificationDialog.h"

#include "auth/RecoveryCodes.h"
#include "common/BusyIndicator.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "common/Futures.h"
#include "common/Keypad.h"
#include "common/PageParts.h"
#include "common/RecoveryCodeLineEdit.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

VerificationDialog::VerificationDialog(TwoFactorService* service, const LoginResult& pending, const Clock& clock,
                                       QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_pending(pending)
    , m_clock(clock)
{
    setObjectName(u"verificationDialog"_s);
    setWindowTitle(tr("Enter the code"));

    m_sentLabel = new QLabel(this);
    m_sentLabel->setObjectName(u"sentToLabel"_s);
    m_sentLabel->setWordWrap(true);
    if (pending.deliveryError) {
        m_sentLabel->setText(
            tr("The code could not be texted to %1: %2").arg(pending.phoneMasked, pending.deliveryError->message));
    } else {
        m_sentLabel->setText(tr("We texted a code to %1.").arg(pending.phoneMasked));
    }

    m_codeLabel = new QLabel(tr("&Code:"), this);
    m_codeEdit = new CodeLineEdit(6, this);
    m_codeEdit->setObjectName(u"verificationCodeEdit"_s);
    m_codeEdit->setAccessibleName(tr("Code from the text message"));
    m_codeLabel->setBuddy(m_codeEdit);
    m_recoveryEdit = new RecoveryCodeLineEdit(this);
    m_recoveryEdit->setObjectName(u"recoveryCodeEdit"_s);
    m_recoveryEdit->setAccessibleName(tr("Recovery code"));
    m_keypad = Keypad::digits(u"keypad"_s, this);
    m_keypad->setTarget(m_codeEdit);
    m_recoveryKeypad = new Keypad(RecoveryCodes::kAlphabet.toString(), 8, u"recoveryKeypad"_s, this);
    m_recoveryKeypad->setTarget(m_recoveryEdit);
    auto* codePage = new QWidget(this);
    auto* codePageLayout = new QVBoxLayout(codePage);
    codePageLayout->setContentsMargins(0, 0, 0, 0);
    codePageLayout->addWidget(m_codeEdit);
    codePageLayout->addWidget(m_keypad, 0, Qt::AlignHCenter);
    auto* recoveryPage = new QWidget(this);
    auto* recoveryPageLayout = new QVBoxLayout(recoveryPage);
    recoveryPageLayout->setContentsMargins(0, 0, 0, 0);
    recoveryPageLayout->addWidget(m_recoveryEdit);
    recoveryPageLayout->addWidget(m_recoveryKeypad, 0, Qt::AlignHCenter);
    m_codeStack = new QStackedWidget(this);
    m_codeStack->addWidget(codePage);
    m_codeStack->addWidget(recoveryPage);
    m_modeButton = new QPushButton(tr("Use a recovery code &instead"), this);
    m_modeButton->setObjectName(u"useRecoveryCodeButton"_s);
    m_modeButton->setAccessibleName(tr("Use a recovery code instead"));
    m_modeButton->setAutoDefault(false);

    const int days = int(service->rules().trustLifetimeSeconds / 86400);
    m_trustCheck = new QCheckBox(tr("&Trust this computer for %1 days").arg(days), this);
    m_trustCheck->setObjectName(u"trustComputerCheck"_s);
    m_trustCheck->setAccessibleName(tr("Trust this computer"));

    m_timeLeft = new QLabel(this);
    m_timeLeft->setObjectName(u"timeLeftLabel"_s);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"verificationErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_busyIndicator = new BusyIndicator(u"verificationBusy"_s, this);

    m_resendButton = new CooldownButton(tr("&Send another code"), this);
    m_resendButton->setObjectName(u"resendButton"_s);
    m_resendButton->setAccessibleName(tr("Send another code"));
    m_resendButton->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    m_verifyButton = buttons->addButton(tr("&Verify"), QDialogButtonBox::AcceptRole);
    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_verifyButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    buttons->addButton(m_resendButton, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sentLabel);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_codeStack);
    layout->addWidget(m_modeButton, 0, Qt::AlignLeft);
    layout->addWidget(m_trustCheck);
    layout->addWidget(m_timeLeft);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &VerificationDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resendButton, &QPushButton::clicked, this, &VerificationDialog::resend);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &VerificationDialog::updateVerifyButton);
    connect(m_recoveryEdit, &QLineEdit::textChanged, this, &VerificationDialog::updateVerifyButton);
    connect(m_modeButton, &QPushButton::clicked, this, [this] { setUsingRecoveryCode(!m_recoveryMode); });
    m_verifyButton->setEnabled(false);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &VerificationDialog::tick);
    m_ticker.start();

    // The resend cooldown as the database has it; until it answers, the button waits with it.
    m_resendButton->setAllowed(false);
    whenFinished(service->challengeStatus(pending.twoFactorId), this, [this](const Result<ChallengeStatus>& status) {
        if (m_ended) {
            return;
        }
        m_resendButton->setAllowed(true);
        if (status && status->nextSendAt > 0) {
            m_resendButton->startCooldown((status->nextSendAt - m_clock.currentMSecsSinceEpoch() + 999) / 1000);
        }
    });
    // Made for a touch screen at arm's length.
    applyTouchStyle(this);
    tick();
    m_codeEdit->setFocus();
}

void VerificationDialog::setUsingRecoveryCode(bool on)
{
    m_recoveryMode = on;
    m_codeStack->setCurrentIndex(on ? 1 : 0);
    m_codeLabel->setText(on ? tr("Recovery &code:") : tr("&Code:"));
    m_codeLabel->setBuddy(on ? static_cast<QWidget*>(m_recoveryEdit) : m_codeEdit);
    m_modeButton->setText(on ? tr("Use the texted code &instead") : tr("Use a recovery code &instead"));
    m_modeButton->setAccessibleName(on ? tr("Use the texted code instead") : tr("Use a recovery code instead"));
    m_sentLabel->setVisible(!on);
    showError(QString());
    if (on) {
        m_recoveryEdit->setFocus();
    } else {
        m_codeEdit->setFocus();
    }
    updateVerifyButton();
}

bool VerificationDialog::codeComplete() const
{
    return m_recoveryMode ? m_recoveryEdit->isComplete() : m_codeEdit->isComplete();
}

void VerificationDialog::tick()
{
    const qint64 left = (m_pending.challengeExpiresAt - m_clock.currentMSecsSinceEpoch()) / 1000;
    if (left <= 0) {
        endChallenge(tr("This sign-in has expired. Close this window and sign in again."));
        return;
    }
    m_timeLeft->setText(
        tr("The code is valid for %1:%2 more minutes.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void VerificationDialog::updateVerifyButton()
{
    m_verifyButton->setEnabled(!m_ended && !m_verifying && codeComplete());
}

void VerificationDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
}

void VerificationDialog::endChallenge(const QString& message)
{
    m_ended = true;
    m_ticker.stop();
    m_timeLeft->clear();
    showError(message);
    m_verifyButton->setEnabled(false);
    m_resendButton->setAllowed(false);
    m_codeEdit->setEnabled(false);
    m_recoveryEdit->setEnabled(false);
    m_modeButton->setEnabled(false);
    m_busyIndicator->clear();
}

void VerificationDialog::verify()
{
    if (m_ended || m_verifying || !codeComplete()) {
        return;
    }
    m_verifying = true;
    updateVerifyButton();
    m_busyIndicator->begin();
    showError(QString());
    // The dialog is the context: closed meanwhile, the answer is dropped with it.
    const auto completing = m_service->completeTwoFactorLogin(
        m_pending.twoFactorId, m_recoveryMode ? m_recoveryEdit->text() : m_codeEdit->text(), m_trustCheck->isChecked(),
        kioskRequestContext(Actors::walkUp()));
    whenFinished(completing, this, [this](const Result<LoginResult>& done) {
        m_verifying = false;
        m_busyIndicator->end();
        if (m_ended) {
            return;
        }
        if (done) {
            m_completed = *done;
            accept();
            return;
        }
        if (done.error().httpStatus == 421 || done.error().httpStatus == 400 || done.error().httpStatus == 503) {
            // A wrong code, or a busy database: the challenge is still open, try again.
            showError(done.error().message);
            QLineEdit* field = m_recoveryMode ? static_cast<QLineEdit*>(m_recoveryEdit) : m_codeEdit;
            if (done.error().httpStatus != 503) {
                field->clear();
            }
            field->setFocus();
            updateVerifyButton();
            return;
        }
        endChallenge(done.error().message);
    });
}

void VerificationDialog::resend()
{
    m_resendButton->setAllowed(false);
    m_busyIndicator->begin();
    showError(QString());
    whenFinished(m_service->resendLoginCode(m_pending.twoFactorId, kioskRequestContext(Actors::walkUp())), this,
                 [this](const Result<SendReceipt>& sent) {
                     m_busyIndicator->end();
                     if (m_ended) {
                         return;
                     }
                     m_resendButton->setAllowed(true);
                     if (sent) {
                         m_sentLabel->setText(
                             tr("We texted another code to %1 at %2.")
                                 .arg(sent->phoneMasked,
                                      QLocale().toString(QDateTime::fromMSecsSinceEpoch(sent->sentAt).time(),
                                                         QLocale::ShortFormat)));
                         m_resendButton->startCooldown(m_service->rules().sendCooldownSeconds);
                         setUsingRecoveryCode(false);
                     } else {
                         showError(sent.error().message);
                         m_resendButton->startCooldown(sent.error().retryAfterSeconds);
                         if (sent.error().httpStatus == 404 || sent.error().httpStatus == 409) {
                             endChallenge(sent.error().message);
                         }
                     }
                 });
}

} // namespace tfk
