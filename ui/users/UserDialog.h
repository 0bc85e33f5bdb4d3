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

class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // `userId` empty: a new user.
    UserDialog(TwoFactorService* service, const QString& userId, QWidget* parent = nullptr);

    const QString& savedUserId() const { return m_savedUserId; }
    // The user is being read or saved.
    bool busy() const { return m_loading || m_saving; }

private:
    void validatePhone();
    void save();
    void showFieldError(const Error& error);
    void showUser(const User& user);
    void updateSaveButton();

    TwoFactorService* m_service;
    QString m_userId;
    QString m_savedUserId;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QLineEdit* m_usernameEdit = nullptr;
    QComboBox* m_countryCombo = nullptr;
    QLineEdit* m_phoneEdit = nullptr;
    QLabel* m_phoneResult = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    bool m_loading = false;
    bool m_loadFailed = false;
    bool m_saving = false;
};

} // namespace tfk
