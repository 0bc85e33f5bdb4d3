#pragma once

// The Users screen: the searchable table of users, paged in from the database, and what a helpdesk
// does with one: edit, enroll, turn two-factor off, new recovery codes, and the lost-phone reset.

#include "auth/ServiceTypes.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tfk {

class BusyIndicator;
class OperatorSession;
class TwoFactorService;
class UserListModel;

class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(TwoFactorService* service, QWidget* parent = nullptr);

    UserListModel* model() const { return m_model; }
    // Clears the search (kiosk idle timeout).
    void reset();
    // Who acts: every change names the signed-in operator; "Lost phone..." needs one allowed to.
    void setSession(OperatorSession* session);
    // The identity checks "Lost phone..." offers (Settings::identityCheckMethods()).
    void setIdentityCheckMethods(const QStringList& methods) { m_identityCheckMethods = methods; }
    const QStringList& identityCheckMethods() const { return m_identityCheckMethods; }
    // Selects the row of a user, when it is shown.
    void selectUser(const QString& userId);

Q_SIGNALS:
    void enrollRequested(const QString& userId);
    // After a lost-phone reset: enroll the user again, with the new number typed in.
    void enrollWithNewNumberRequested(const QString& userId);

private:
    void updateState();
    void updateActions();
    void updateDetails();
    QString selectedUserId() const;
    RequestContext requestContext() const;
    // Reads the user as stored now (the row may be older), then runs `then` with it.
    void withFreshUser(const std::function<void(const User&)>& then);
    void newUser();
    void editUser();
    void disableTwoFactor();
    void lostPhone();
    void regenerateRecoveryCodes();

    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_detailsLabel = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_enrollButton = nullptr;
    QPushButton* m_disableButton = nullptr;
    QPushButton* m_recoveryButton = nullptr;
    QPushButton* m_lostPhoneButton = nullptr;
    TwoFactorService* m_service = nullptr;
    OperatorSession* m_session = nullptr;
    UserListModel* m_model = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    QTimer m_searchDelay;
    QStringList m_identityCheckMethods;
    bool m_findingUser = false; // an action reads the user first
    quint64 m_detailsSerial = 0;
};

} // namespace tfk
