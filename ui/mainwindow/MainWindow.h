#pragma once

// The main window, in two sides. The walk-up side (the organisation's name and logo, Sign in and its
// verification dialog, "Operator sign-in") is what anybody at the kiosk sees, made for a touch screen.
// The operator side (Enroll, Users, Activity, Settings; a dense desktop UI with navigation on the
// left) needs an operator sign-in and locks back to the walk-up side after the idle time, on Ctrl+L,
// and when kiosk mode wipes the screen. The status bar says who is signed in.

#include "common/Clock.h"
#include "runtime/Runtime.h"
#include "sms/sink/DemoScenario.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QListWidget;
class QPushButton;
class QShortcut;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace tfk {

class ActivityPage;
class ApiViewPanel;
class BackupRestorer;
class BackupScheduler;
class ClockCheck;
class DatabasePanel;
struct DatabaseTools;
class EnrollPage;
class IdleWatcher;
class OperatorSession;
class OperatorSignInDialog;
class SecretStore;
class Settings;
class SettingsPage;
class SignInPage;
class TwilioSink;
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
    const Clock* clock = nullptr; // null: the wall clock (the window's own: give one that outlives a restore)
    StatusInfo status;
    // The organisation, the idle lock, the identity checks and the Settings screen; null: the defaults,
    // and no Settings screen.
    Settings* settings = nullptr;
    SecretStore* secrets = nullptr;
    // --demo: signed in at start, its name and password shown in the status bar.
    std::optional<DemoOperator> demoOperator = {};
    // Warnings for the status bar: this desk's clock against the database server's, and the age of the
    // last scheduled backup. Null: not shown.
    ClockCheck* clockCheck = nullptr;
    BackupScheduler* backups = nullptr;
    // Settings > Database (backups, restore, the data key export) and the first-run reminder to export the
    // key; copied. Null: no Database tab.
    const DatabaseTools* databaseTools = nullptr;
    // Called once the Settings screen exists, to connect it (it is built with the operator side's other pages
    // when an operator first gets in, or when one of them is asked for).
    std::function<void(SettingsPage*)> settingsPageReady;
};

// The demo's controls (--mock-sms): the scenarios set the sink's knobs; the reset erases users, texts and logs
// and adds the demo users again (Runtime::resetDemo).
struct DemoTools
{
    TwilioSink* sink = nullptr;
    std::function<QFuture<Result<void>>()> reset; // empty: no "Reset demo..."
};

struct KioskOptions
{
    int idleSeconds = 120;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // SignInPageIndex is the walk-up side; the others are the operator side's pages.
    enum Page
    {
        SignInPageIndex,
        EnrollPageIndex,
        UsersPageIndex,
        ActivityPageIndex,
        SettingsPageIndex,
    };

    explicit MainWindow(const MainWindowContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The operator side's pages are built on the first sign-in, or here when asked for first.
    UsersPage* usersPage();
    EnrollPage* enrollPage();
    SignInPage* signInPage() const { return m_signInPage; }
    ActivityPage* activityPage();
    // Null without settings.
    SettingsPage* settingsPage();
    // Null without settings or database tools.
    DatabasePanel* databasePanel();
    // Whether the operator side's pages exist yet (they are not needed for the walk-up side).
    bool operatorSideBuilt() const;
    OperatorSession* session() const { return m_session; }

    // The walk-up side (which locks the operator side), or an operator page when the signed-in
    // operator may see it; false (nothing changes) otherwise.
    bool showPage(int index);
    int currentPage() const;
    bool operatorSideShown() const;
    // Whether the signed-in operator may open a page now.
    bool pageAllowed(int index) const;

    // "Operator sign-in": the sign-in dialog, or at first run (no operator yet, not in kiosk mode) the
    // dialog that creates the first administrator.
    void openOperatorSignIn();
    // Opens the first-run dialog when no operator exists yet (asks the database; not in kiosk mode).
    void promptFirstRunIfNeeded();
    // Signs an operator in (after their dialog, or the demo's admin) and shows the operator side.
    void signIn(const Operator& account);
    const std::optional<DemoOperator>& demoOperator() const { return m_demoOperator; }
    // --demo: signs the demo's admin in again; false without one.
    bool signInDemoOperator();
    // Signs the operator out, closes the operator side's dialogs and shows the walk-up side.
    void lock();
    // The dialog open for an operator sign-in (or leaving kiosk mode), if any.
    OperatorSignInDialog* operatorSignInDialog() const;

    // Full screen, no window controls, wiped after `idleSeconds` without input; Ctrl+Shift+Q asks an
    // administrator to sign in to leave. Meanwhile the window refuses to close (the window manager's Alt+F4)
    // unless an administrator is signed in, and no context menu opens while nobody is.
    void enterKioskMode(const KioskOptions& options);
    bool inKioskMode() const { return m_idle != nullptr; }
    void leaveKioskMode();
    // Ctrl+Shift+Q: the administrator sign-in that leaves kiosk mode.
    void requestLeaveKiosk();
    // Wipes every field, locks the operator side and returns to the walk-up side (what the kiosk's
    // idle timeout does).
    void resetToStart();
    // Re-reads the organisation, the identity checks and the idle lock from the settings.
    void applyKioskSettings();

    // The Demo menu (the scenarios, "Reset demo...") and the banner that says what a scenario shows; only with
    // the mock sink, and hidden in kiosk mode.
    void enableDemo(const DemoTools& tools);
    // Sets the sink's knobs and the banner; nothing without enableDemo().
    void chooseScenario(DemoScenario scenario);
    DemoScenario scenario() const { return m_scenario; }
    // "Reset demo...": asks first (a dialog named resetDemoDialog), then resetDemo().
    void confirmResetDemo();
    // Back to the demo's start: no scenario, an empty phone, empty logs, the demo users; every form wiped.
    void resetDemo();

    // View > Zoom in/out (Ctrl+plus, Ctrl+minus, Ctrl+0): the window's type in percent of its normal size, for
    // a projector; widgets that chose their own size (headings, the walk-up side's larger type) scale alike.
    static constexpr int kMinZoom = 50;
    static constexpr int kMaxZoom = 300;
    static constexpr int kZoomStep = 25;
    void setZoom(int percent);
    int zoom() const { return m_zoom; }
    // The mock phone, shown as its own window or docked at the window's right (View > Dock the phone).
    void setPhoneWindow(QWidget* phone);
    void setPhoneDocked(bool docked);
    bool phoneDocked() const;

    // The API view (View > API view, --api-view): a dock at the window's right; hidden until asked for, and always
    // in kiosk mode. The window owns the panel.
    void setApiView(ApiViewPanel* panel);
    ApiViewPanel* apiView() const { return m_apiView; }
    void setApiViewShown(bool shown);
    bool apiViewShown() const;

    // How long closing the window waits for the service's work in flight.
    static constexpr int kCloseWaitMs = 5000;

    // Settings > Database, after the first-run reminder's "Export data key...": the export's dialogs.
    void openDataKeyExport();

Q_SIGNALS:
    // An administrator confirmed a restore in Settings > Database: the program closes its database, puts the
    // files in place (DatabasePanel::finishRestore) and starts again.
    void restoreRequested(std::shared_ptr<tfk::BackupRestorer> restorer);
    // The demo's reset finished (ok, or the sentence in the status bar says why not).
    void demoResetFinished(bool ok);

protected:
    // Waits (bounded, the event loop running) for the work in flight before the window goes.
    void closeEvent(QCloseEvent* event) override;
    // Kiosk mode: drops context menus (edit menus of the walk-up side's fields) while nobody is signed in.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildWalkUpSide();
    // The navigation and the pages of the operator side, once.
    void ensureOperatorSide();
    QStringList identityCheckMethods() const;
    // setZoom without the status bar's message.
    void applyZoom(int percent);
    void buildStatusBar(const StatusInfo& status);
    // The clock-skew and backup warnings, for operators (never on the walk-up side's kiosk screen).
    void watchHealth(ClockCheck* clockCheck, BackupScheduler* backups);
    void showWarnings();
    void buildShortcuts();
    // Navigation entries, pages and shortcuts follow who is signed in (and hide while locked).
    void updateAccess();
    void showWalkUpSide();
    void closeOperatorDialogs();
    void openFirstRunDialog();
    void openSignInDialog();
    // Once a run, to an administrator, while a new data key has not been exported.
    void remindToExportDataKey();

    TwoFactorService* m_service = nullptr;
    Settings* m_settings = nullptr;
    SecretStore* m_secrets = nullptr;
    SystemClock m_systemClock;
    const Clock* m_clock = nullptr;
    OperatorSession* m_session = nullptr;
    std::optional<DemoOperator> m_demoOperator;
    QStackedWidget* m_sides = nullptr;
    QWidget* m_walkUpSide = nullptr;
    QWidget* m_operatorSide = nullptr;
    QLabel* m_organizationName = nullptr;
    QLabel* m_organizationLogo = nullptr;
    QPushButton* m_operatorSignInButton = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    SignInPage* m_signInPage = nullptr;
    EnrollPage* m_enrollPage = nullptr;
    UsersPage* m_usersPage = nullptr;
    ActivityPage* m_activityPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    DatabasePanel* m_databasePanel = nullptr;
    QTabWidget* m_settingsTabs = nullptr;
    BackupScheduler* m_backups = nullptr;
    std::unique_ptr<DatabaseTools> m_databaseTools; // until the operator side is built
    std::function<void(SettingsPage*)> m_settingsPageReady;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_smsLabel = nullptr;
    QLabel* m_operatorLabel = nullptr;
    QLabel* m_demoLabel = nullptr;
    QToolButton* m_lockButton = nullptr;
    QToolButton* m_warningButton = nullptr; // clock skew, backups: opens the whole sentences
    QString m_clockWarning;
    QString m_backupWarning;
    QList<QShortcut*> m_pageShortcuts; // Ctrl+1..Ctrl+4: only while an operator may use them
    QPointer<OperatorSignInDialog> m_signInDialog;
    QPointer<QDialog> m_firstRunDialog;
    QPointer<QDialog> m_keyReminder;
    bool m_keyReminderShown = false;
    std::unique_ptr<IdleWatcher> m_idle;
    KioskOptions m_kiosk;
    void buildViewMenu();

    int m_zoom = 100;
    QMenu* m_viewMenu = nullptr;
    QAction* m_dockPhoneAction = nullptr;
    QPointer<QWidget> m_phone;
    QDockWidget* m_phoneDock = nullptr;
    ApiViewPanel* m_apiView = nullptr;
    QDockWidget* m_apiDock = nullptr;
    QAction* m_apiViewAction = nullptr;
    DemoTools m_demo;
    DemoScenario m_scenario = DemoScenario::Normal;
    QMenu* m_demoMenu = nullptr;
    QActionGroup* m_scenarioActions = nullptr;
    QAction* m_resetDemoAction = nullptr;
    QWidget* m_scenarioBanner = nullptr;
    QLabel* m_scenarioTitle = nullptr;
    QLabel* m_scenarioExplanation = nullptr;
    bool m_closing = false;
    bool m_checkingFirstRun = false;
};

} // namespace tfk
