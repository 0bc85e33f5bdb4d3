#pragma once

// The Sign in screen: the login as a user meets it. Password first; when two-factor is required, the
// verification dialog; then a welcome page with the user's name.

#include "auth/TwoFactorService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tfk {

class BusyIndicator;
class VerificationDialog;

class SignInPage : public QWidget
{
    Q_OBJECT

public:
    SignInPage(TwoFactorService* service, const Clock& clock, QWidget* parent = nullptr);

    // Back to an empty form; closes an open verification dialog (kiosk idle timeout).
    void reset();
    VerificationDialog* verificationDialog() const { return m_dialog; }
    // A sign-in is waiting for the service (password check, or a locked database).
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void signedIn(const QString& userId);

private:
    void signIn();
    void showWelcome(const LoginResult& result);
    void showError(const QString& message);

    TwoFactorService* m_service;
    const Clock& m_clock;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_loginIdEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QPushButton* m_signInButton = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_welcomeLabel = nullptr;
    QLabel* m_recoveryLabel = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    VerificationDialog* m_dialog = nullptr;
    bool m_busy = false;
    // Bumped by reset(): the answer to a sign-in started before the form was wiped is dropped.
    quint64 m_attempt = 0;
    // "Trust this computer" for this kiosk: kept for the program's run, per login id.
    QHash<QString, QString> m_trustIds;
};

} // namespace tfk
