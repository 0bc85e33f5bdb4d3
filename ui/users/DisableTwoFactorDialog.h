#pragma once

// Turns two-factor off for a user the way FusionAuth does: a code is texted to the user's phone and
// must be typed back.

#include "auth/TwoFactorService.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace tfk {

class BusyIndicator;
class CodeLineEdit;
class RecoveryCodeLineEdit;
class CooldownButton;

class DisableTwoFactorDialog : public QDialog
{
    Q_OBJECT

public:
    // `context`: who acts (the signed-in operator), for the audit log.
    DisableTwoFactorDialog(TwoFactorService* service, const User& user, const RequestContext& context,
                           QWidget* parent = nullptr);

private:
    void sendCode();
    void disable();
    // A whole texted code or a whole recovery code is typed.
    bool ready() const;
    QString typedCode() const;

    TwoFactorService* m_service;
    User m_user;
    RequestContext m_context;
    QLabel* m_statusLabel = nullptr;
    CooldownButton* m_sendButton = nullptr;
    CodeLineEdit* m_codeEdit = nullptr;
    RecoveryCodeLineEdit* m_recoveryEdit = nullptr;
    QPushButton* m_disableButton = nullptr;
    QLabel* m_errorLabel = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    bool m_disabling = false;
};

} // namespace tfk
