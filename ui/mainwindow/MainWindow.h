#pragma once

// The main window: navigation on the left, one page per task on the right, status bar below
// (database, SMS mode and account).

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace tfk {

class TwoFactorService;
class UsersPage;

struct StatusInfo
{
    QString database; // where the data is
    QString sms; // "Twilio (AC12...cdef)" or "mock SMS sink at http://127.0.0.1:PORT"
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(TwoFactorService* service, const StatusInfo& status = {}, QWidget* parent = nullptr);

    UsersPage* usersPage() const { return m_usersPage; }

private:
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    UsersPage* m_usersPage = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_smsLabel = nullptr;
};

} // namespace tfk
