#pragma once

// Asks for the operator PIN before kiosk mode can be left.

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace tfk {

class PinDialog : public QDialog
{
    Q_OBJECT

public:
    // `check` says whether a PIN is the operator's.
    PinDialog(std::function<bool(const QString&)> check, QWidget* parent = nullptr);

private:
    void tryPin();

    std::function<bool(const QString&)> m_check;
    QLineEdit* m_pinEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    int m_failures = 0;
};

} // namespace tfk
