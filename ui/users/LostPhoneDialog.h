#pragma once

// The helpdesk's answer to "I lost my phone": two-factor sign-in off without a code, for a signed-in
// operator only, after they say how they checked the person's identity and why. States the
// consequences before, and after it the outcome, whether the notice reached the old number, and
// "Enroll with a new number" to go on at once.

#include "auth/TwoFactorService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tfk {

class BusyIndicator;

class LostPhoneDialog : public QDialog
{
    Q_OBJECT

public:
    // `methods`: the identity checks offered (Settings::identityCheckMethods()); `by`: the signed-in
    // operator (the service refuses without one).
    LostPhoneDialog(TwoFactorService* service, const User& user, const QStringList& methods,
                    const std::optional<Operator>& by, QWidget* parent = nullptr);

    // After a reset: what the service answered.
    const std::optional<LostPhoneOutcome>& outcome() const { return m_outcome; }

Q_SIGNALS:
    // "Enroll with a new number" after the reset.
    void enrollRequested(const QString& userId);

private:
    void updateButton();
    void reset();
    void showOutcome(const LostPhoneOutcome& outcome);

    TwoFactorService* m_service;
    User m_user;
    std::optional<Operator> m_by;
    QStackedWidget* m_stack = nullptr;
    QComboBox* m_methodCombo = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_resetButton = nullptr;
    QLabel* m_outcomeLabel = nullptr;
    QLabel* m_noticeLabel = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    bool m_busy = false;
    std::optional<LostPhoneOutcome> m_outcome;
};

} // namespace tfk
