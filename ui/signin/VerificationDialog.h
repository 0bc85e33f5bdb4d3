#pragma once

// The second step of a sign-in as the user meets it: "We texted a code to ... 0123", the code (typed,
// pasted or tapped on the on-screen keypad), "Send another code" with its cooldown, "Trust this
// computer", the time left and the attempts left; or, when the phone is lost, one of the user's
// recovery codes instead. Sized for a touch screen.

#include "auth/TwoFactorService.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace tfk {

class BusyIndicator;
class CodeLineEdit;
class CooldownButton;
class Keypad;
class RecoveryCodeLineEdit;

class VerificationDialog : public QDialog
{
    Q_OBJECT

public:
    VerificationDialog(TwoFactorService* service, const LoginResult& pending, const Clock& clock,
                       QWidget* parent = nullptr);

    // After accept(): the completed login (with a trust id when asked).
    const std::optional<LoginResult>& completed() const { return m_completed; }
    // A recovery code is asked for instead of the texted code.
    bool usingRecoveryCode() const { return m_recoveryMode; }
    void setUsingRecoveryCode(bool on);

private:
    void verify();
    void resend();
    void tick();
    void showError(const QString& message);
    void endChallenge(const QString& message);
    void updateVerifyButton();
    bool codeComplete() const;

    TwoFactorService* m_service;
    LoginResult m_pending;
    const Clock& m_clock;
    QLabel* m_sentLabel = nullptr;
    QLabel* m_codeLabel = nullptr;
    QStackedWidget* m_codeStack = nullptr;
    CodeLineEdit* m_codeEdit = nullptr;
    RecoveryCodeLineEdit* m_recoveryEdit = nullptr;
    Keypad* m_keypad = nullptr;
    Keypad* m_recoveryKeypad = nullptr;
    QPushButton* m_modeButton = nullptr;
    QCheckBox* m_trustCheck = nullptr;
    QLabel* m_timeLeft = nullptr;
    QLabel* m_errorLabel = nullptr;
    CooldownButton* m_resendButton = nullptr;
    QPushButton* m_verifyButton = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    QTimer m_ticker;
    bool m_ended = false;
    bool m_verifying = false;
    bool m_recoveryMode = false;
    std::optional<LoginResult> m_completed;
};

} // namespace tfk
