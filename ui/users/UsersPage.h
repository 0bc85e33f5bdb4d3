#pragma once

// The Users screen: the table of enrolled users and its search field.

#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace tfk {

class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(QWidget* parent = nullptr);

    enum Column
    {
        NameColumn,
        LoginIdColumn,
        PhoneColumn,
        TwoFactorColumn,
        LastLoginColumn,
        ColumnCount
    };

private:
    void updateEmptyState();

    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QStandardItemModel* m_model = nullptr;
};

} // namespace tfk
