#pragma once

// The main window: navigation on the left, one page per task on the right, status bar below.

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace tfk {

class UsersPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    UsersPage* usersPage() const { return m_usersPage; }

private:
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    UsersPage* m_usersPage = nullptr;
};

} // namespace tfk
