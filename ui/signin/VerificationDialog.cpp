#include "VerificationDialog.h"

#include "common/BusyIndicator.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "common/PageParts.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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

    auto* codeLabel = new QLabel(tr("&Code:"), this);
    m_codeEdit = new CodeLineEdit(6, this);
    m_codeEdit->setObjectName(u"verificationCodeEdit"_s);
    m_codeEdit->setAccessibleName(tr("Code from the text message"));
    codeLabel->setBuddy(m_codeEdit);

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
    layout->addWidget(codeLabel);
    layout->addWidget(m_codeEdit);
    layout->addWidget(m_trustCheck);
    layout->addWidget(m_timeLeft);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &VerificationDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resendButton, &QPushButton::clicked, this, &VerificationDialog::resend);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &VerificationDialog::updateVerifyButton);
    m_verifyButton->setEnabled(false);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &VerificationDialog::tick);
    m_ticker.start();

    // The resend cooldown as the database has it; until it answers, the button waits with it.
    m_resendButton->setAllowed(false);
    service->challengeStatus(pending.twoFactorId).then(this, [this](const Result<ChallengeStatus>& status) {
        if (m_ended) {
            return;
        }
        m_resendButton->setAllowed(true);
        if (status && status->nextSendAt > 0) {
            m_resendButton->startCooldown((status->nextSendAt - m_clock.currentMSecsSinceEpoch() + 999) / 1000);
        }
    });
    tick();
    m_codeEdit->setFocus();
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
    m_verifyButton->setEnabled(!m_ended && !m_verifying && m_codeEdit->isComplete());
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
    m_busyIndicator->clear();
}

void VerificationDialog::verify()
{
    if (m_ended || m_verifying || !m_codeEdit->isComplete()) {
        return;
    }
    m_verifying = true;
    updateVerifyButton();
    m_busyIndicator->begin();
    showError(QString());
    // The dialog is the context: closed meanwhile, the answer is dropped with it.
    m_service
        ->completeTwoFactorLogin(m_pending.twoFactorId, m_codeEdit->text(), m_trustCheck->isChecked(),
                                 kioskRequestContext())
        .then(this, [this](const Result<LoginResult>& done) {
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
                if (done.error().httpStatus != 503) {
                    m_codeEdit->clear();
                }
                m_codeEdit->setFocus();
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
    m_service->resendLoginCode(m_pending.twoFactorId, kioskRequestContext())
        .then(this, [this](const Result<SendReceipt>& sent) {
            m_busyIndicator->end();
            if (m_ended) {
                return;
            }
            m_resendButton->setAllowed(true);
            if (sent) {
                m_sentLabel->setText(tr("We texted another code to %1 at %2.")
                                         .arg(sent->phoneMasked,
                                              QLocale().toString(QDateTime::fromMSecsSinceEpoch(sent->sentAt).time(),
                                                                 QLocale::ShortFormat)));
                m_resendButton->startCooldown(m_service->rules().sendCooldownSeconds);
                m_codeEdit->setFocus();
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
