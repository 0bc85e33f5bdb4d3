#pragma once

// The operators, for an administrator: login name, display name, role, disabled or not, last sign-in;
// add one, disable one (with a confirmation), set a password. Part of the Settings screen.

#include "operators/Operator.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tfk {

class OperatorSession;
class TwoFactorService;

class OperatorsPanel : public QWidget
{
    Q_OBJECT

public:
    OperatorsPanel(TwoFactorService* service, OperatorSession* session, QWidget* parent = nullptr);

    // Reads the list again (also when the panel is shown).
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    QString selectedName() const;
    void addOperator();
    void disableOperator();
    void setPassword();
    void showError(const QString& message);
    // What was just done ("dana is disabled."), kept through the reload that follows it.
    void showDone(const QString& message);

    TwoFactorService* m_service;
    OperatorSession* m_session;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_disableButton = nullptr;
    QPushButton* m_passwordButton = nullptr;
    QLabel* m_stateLabel = nullptr;
    QList<Operator> m_operators;
    quint64 m_serial = 0;
    bool m_keepNotice = false; // the next reload leaves the state label alone
};

} // namespace tfk
