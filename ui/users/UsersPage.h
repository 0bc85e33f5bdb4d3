#pragma once

// The Users screen: the searchable table of users, paged in from the database.

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace tfk {

class TwoFactorService;
class UserListModel;

class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(TwoFactorService* service, QWidget* parent = nullptr);

    UserListModel* model() const { return m_model; }

private:
    void updateState();

    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_stateLabel = nullptr;
    UserListModel* m_model = nullptr;
    QTimer m_searchDelay;
};

} // namespace tfk
