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

class BusyIndicator;
class CodeLineEdit;
class CooldownButton;
class OperatorSession;

class EnrollPage : public QWidget
{
    Q_OBJECT

public:
    explicit EnrollPage(TwoFactorService* service, QWidget* parent = nullptr);

    // Preselects a user (from the Users screen). `newNumber`: the number on file is not offered (after
    // a lost-phone reset the new number is typed).
    void selectUser(const QString& userId, bool newNumber = false);
    // Back to an empty form (kiosk idle timeout, "Enroll another user").
    void reset();
    // Reads the user list again (after the demo's reset).
    void reloadUsers();
    // Who acts: every request names the signed-in operator.
    void setSession(OperatorSession* session) { m_session = session; }

Q_SIGNALS:
    void enrolled(const QString& userId);

private:
    void userChosen();
    // Reads the chosen user; `fillPhone`: put the user's number in the field unless one was typed meanwhile.
    void loadUser(bool fillPhone);
    void addUserItem(const User& user);
    void validatePhone();
    void sendCode();
    void enable();
    void updateButtons();
    void showSendStatus();
    void setError(QLabel* label, const QString& message);
    void finishEnable(const Result<TwoFactorEnabled>& enabled);
    RequestContext requestContext() const;
    QString chosenId() const;

    TwoFactorService* m_service;
    OperatorSession* m_session = nullptr;
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
    BusyIndicator* m_busyIndicator = nullptr;

    std::optional<PhoneNumber> m_phone;
    QString m_secret; // this enrollment's TOTP secret; never shown
    std::optional<User> m_user; // the chosen user as last read
    bool m_sending = false;
    bool m_enabling = false;
    // Serials of the requests in flight: an answer for an older list, user or form is dropped.
    quint64 m_listSerial = 0;
    quint64 m_userSerial = 0;
    quint64 m_formSerial = 0; // bumped when the form is wiped or another user chosen
    bool m_codeSent = false;
    bool m_newNumber = false;
    QString m_sentTo; // masked
    QString m_sentAt; // local time
    QString m_messageId; // to follow its delivery
    QString m_sentStatus; // provider status, then delivery reports
};

} // namespace tfk
