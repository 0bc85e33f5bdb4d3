#pragma once

// Creates or edits a user: name, email or username, mobile phone (checked as you type), password
// with confirmation. Errors from the service appear next to the field they concern.

#include "auth/TwoFactorService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tfk {

class BusyIndicator;
class CodeLineEdit;
class CooldownButton;

class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // `userId` empty: a new user. `context`: who acts (the signed-in operator), for the audit log.
    UserDialog(TwoFactorService* service, const QString& userId, const RequestContext& context,
               QWidget* parent = nullptr);

    const QString& savedUserId() const { return m_savedUserId; }
    // The user is being read or saved.
    bool busy() const { return m_loading || m_saving; }

private:
    void validatePhone();
    void save();
    void showFieldError(const Error& error);
    void showUser(const User& user);
    void updateSaveButton();
    // Two-factor is on and the number typed is another one: a code to the new number is needed.
    bool phoneChangeNeedsCode() const;
    void sendPhoneChangeCode();

    TwoFactorService* m_service;
    QString m_userId;
    RequestContext m_context;
    std::optional<User> m_user; // as read, when editing
    QString m_savedUserId;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QLineEdit* m_usernameEdit = nullptr;
    QComboBox* m_countryCombo = nullptr;
    QLineEdit* m_phoneEdit = nullptr;
    QLabel* m_phoneResult = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QWidget* m_phoneChange = nullptr;
    CooldownButton* m_phoneCodeSend = nullptr;
    CodeLineEdit* m_phoneCodeEdit = nullptr;
    QLabel* m_phoneCodeStatus = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    bool m_loading = false;
    bool m_loadFailed = false;
    bool m_saving = false;
    bool m_sendingPhoneCode = false;
};

} // namespace tfk
