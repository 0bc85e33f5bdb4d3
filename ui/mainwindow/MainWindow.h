#pragma once

// The main window: navigation on the left (Sign in, Enroll, Users, ...), one page per task on the
// right, status bar below (database, SMS mode and account); and kiosk mode.

#include "common/Clock.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace tfk {

class EnrollPage;
class IdleWatcher;
class SignInPage;
class TwoFactorService;
class UsersPage;

struct StatusInfo
{
    QString database; // where the data is
    QString sms; // "Twilio (AC12...cdef)" or "mock SMS sink at http://127.0.0.1:PORT"
};

struct MainWindowContext
{
    TwoFactorService* service = nullptr;
    const Clock* clock = nullptr; // null: the wall clock
    StatusInfo status;
};

struct KioskOptions
{
    int idleSeconds = 120;
    // Says whether a PIN is the operator's; kiosk mode cannot be left without it.
    std::function<bool(const QString&)> checkPin;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        SignInPageIndex,
        EnrollPageIndex,
        UsersPageIndex,
    };

    explicit MainWindow(const MainWindowContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    UsersPage* usersPage() const { return m_usersPage; }
    EnrollPage* enrollPage() const { return m_enrollPage; }
    SignInPage* signInPage() const { return m_signInPage; }
    void showPage(int index);
    int currentPage() const;
    // Adds a page (Activity, Settings, ...) to the navigation; returns its index.
    int addPage(QWidget* page, const QString& title, const QString& iconPath);

    // Full screen, no window controls, wiped after `idleSeconds` without input; Ctrl+Shift+Q asks
    // for the operator PIN to leave.
    void enterKioskMode(const KioskOptions& options);
    bool inKioskMode() const { return m_idle != nullptr; }
    void leaveKioskMode();
    // Wipes every field and returns to the start screen (what the idle timeout does).
    void resetToStart();

    // How long closing the window waits for the service's work in flight.
    static constexpr int kCloseWaitMs = 5000;

protected:
    // Waits (bounded, the event loop running) for the work in flight before the window goes.
    void closeEvent(QCloseEvent* event) override;

private:
    void requestLeaveKiosk();

    TwoFactorService* m_service = nullptr;
    SystemClock m_systemClock;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    SignInPage* m_signInPage = nullptr;
    EnrollPage* m_enrollPage = nullptr;
    UsersPage* m_usersPage = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_smsLabel = nullptr;
    std::unique_ptr<IdleWatcher> m_idle;
    KioskOptions m_kiosk;
    bool m_closing = false;
};

} // namespace tfk
