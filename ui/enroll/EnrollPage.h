#pragma once

// The Enroll screen, FusionAuth's tutorial as a form: pick the user, type the mobile number (checked
// as you type), "Send code to mobile phone", read the code back, "Enable two-factor".

#include "auth/TwoFactorService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tfk {

class CodeLineEdit;
class CooldownButton;

class EnrollPage : public QWidget
{
    Q_OBJECT

public:
    explicit EnrollPage(TwoFactorService* service, QWidget* parent = nullptr);

    // Preselects a user (from the Users screen).
    void selectUser(const QString& userId);
    // Back to an empty form (kiosk idle timeout, "Enroll another user").
    void reset();

Q_SIGNALS:
    void enrolled(const QString& userId);

private:
    void reloadUsers();
    void userChosen();
    void validatePhone();
    void sendCode();
    void enable();
    void updateButtons();
    void showSendStatus();
    void setError(QLabel* label, const QString& message);
    std::optional<User> currentUser() const;

    TwoFactorService* m_service;
    QStackedWidget* m_stack = nullptr;
    QComboBox* m_userCombo = nullptr;
    QLabel* m_userNote = nullptr;
    QComboBox* m_countryCombo = nullptr;
    QLineEdit* m_phoneEdit = nullptr;
    QLabel* m_phoneResult = nullptr;
    CooldownButton* m_sendButton = nullptr;
    QLabel* m_sendStatus = nullptr;
    CodeLineEdit* m_codeEdit = nullptr;
    QPushButton* m_enableButton = nullptr;
    QLabel* m_enableError = nullptr;
    QLabel* m_successLabel = nullptr;

    std::optional<PhoneNumber> m_phone;
    QString m_secret; // this enrollment's TOTP secret; never shown
    bool m_sending = false;
    bool m_codeSent = false;
    QString m_sentTo; // masked
    QString m_sentAt; // local time
    QString m_messageId; // to follow its delivery
    QString m_sentStatus; // provider status, then delivery reports
};

} // namespace tfk
