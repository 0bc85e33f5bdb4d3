#pragma once

// An operator signs in: login name and password, checked on the service's password pool (the window
// keeps painting; a busy indicator shows after a moment), the service's sentence for a wrong password
// or a lockout, with the sign-in button waiting out the lockout's seconds. For leaving kiosk mode it
// takes an administrator and refuses anybody else.

#include "auth/TwoFactorService.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tfk {

class BusyIndicator;
class CooldownButton;

class OperatorSignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        OperatorSide, // any active operator
        LeaveKiosk, // an administrator only
    };

    OperatorSignInDialog(TwoFactorService* service, Purpose purpose, QWidget* parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    // After accept(): who signed in.
    const std::optional<Operator>& signedIn() const { return m_signedIn; }
    bool busy() const { return m_busy; }

private:
    void signIn();
    void updateButton();
    void showError(const QString& message);

    TwoFactorService* m_service;
    Purpose m_purpose;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    CooldownButton* m_signInButton = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    bool m_busy = false;
    std::optional<Operator> m_signedIn;
};

} // namespace tfk
