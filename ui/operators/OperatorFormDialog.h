#pragma once

// Creates an operator or sets an operator's password: login name, display name, role, the password
// twice. The first run uses it to create the first administrator (no role to choose, nobody signed
// in yet). The service's validation sentences appear in the dialog; nothing typed is lost.

#include "auth/TwoFactorService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tfk {

class BusyIndicator;

class OperatorFormDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        FirstAdmin, // first run: the first administrator
        Add, // an administrator adds an operator
        SetPassword, // an administrator sets an operator's password
    };

    // `by`: the signed-in administrator (none for FirstAdmin); `name`: the operator for SetPassword.
    OperatorFormDialog(TwoFactorService* service, Mode mode, const std::optional<Operator>& by,
                       const QString& name = {}, QWidget* parent = nullptr);

    // After accept(): the operator created or changed.
    const std::optional<Operator>& result() const { return m_result; }
    bool busy() const { return m_busy; }

private:
    void save();
    void showError(const Error& error);

    TwoFactorService* m_service;
    Mode m_mode;
    std::optional<Operator> m_by;
    QString m_name;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_displayNameEdit = nullptr;
    QComboBox* m_roleCombo = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    bool m_busy = false;
    std::optional<Operator> m_result;
};

} // namespace tfk
