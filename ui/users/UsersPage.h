#pragma once

// The Users screen: the searchable table of users, paged in from the database.

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tfk {

class BusyIndicator;
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

Q_SIGNALS:
    void enrollRequested(const QString& userId);

private:
    void updateState();
    void updateActions();
    QString selectedUserId() const;
    void newUser();
    void editUser();
    void disableTwoFactor();

    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_stateLabel = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_enrollButton = nullptr;
    QPushButton* m_disableButton = nullptr;
    TwoFactorService* m_service = nullptr;
    UserListModel* m_model = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    QTimer m_searchDelay;
    bool m_findingUser = false; // "Turn off two-factor" reads the user first
};

} // namespace tfk
