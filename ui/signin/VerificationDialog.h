#pragma once

// The second step of a sign-in as the user meets it: "We texted a code to ... 0123", the code, "Send
// another code" with its cooldown, "Trust this computer", the time left and the attempts left.

#include "auth/TwoFactorService.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QLabel;
class QPushButton;

namespace tfk {

class BusyIndicator;
class CodeLineEdit;
class CooldownButton;

class VerificationDialog : public QDialog
{
    Q_OBJECT

public:
    VerificationDialog(TwoFactorService* service, const LoginResult& pending, const Clock& clock,
                       QWidget* parent = nullptr);

    // After accept(): the completed login (with a trust id when asked).
    const std::optional<LoginResult>& completed() const { return m_completed; }

private:
    void verify();
    void resend();
    void tick();
    void showError(const QString& message);
    void endChallenge(const QString& message);
    void updateVerifyButton();

    TwoFactorService* m_service;
    LoginResult m_pending;
    const Clock& m_clock;
    QLabel* m_sentLabel = nullptr;
    CodeLineEdit* m_codeEdit = nullptr;
    QCheckBox* m_trustCheck = nullptr;
    QLabel* m_timeLeft = nullptr;
    QLabel* m_errorLabel = nullptr;
    CooldownButton* m_resendButton = nullptr;
    QPushButton* m_verifyButton = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    QTimer m_ticker;
    bool m_ended = false;
    bool m_verifying = false;
    std::optional<LoginResult> m_completed;
};

} // namespace tfk
