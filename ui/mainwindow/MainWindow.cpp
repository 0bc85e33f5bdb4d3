#include "MainWindow.h"

#include "activity/ActivityPage.h"
#include "apiview/ApiViewPanel.h"
#include "auth/TwoFactorService.h"
#include "backup/BackupHistory.h"
#include "backup/BackupScheduler.h"
#include "common/Futures.h"
#include "common/PageParts.h"
#include "enroll/EnrollPage.h"
#include "kiosk/IdleWatcher.h"
#include "operators/OperatorFormDialog.h"
#include "operators/OperatorSession.h"
#include "operators/OperatorSignInDialog.h"
#include "operators/OperatorsPanel.h"
#include "runtime/ClockCheck.h"
#include "settings/ApiKeysPanel.h"
#include "settings/DataKeyReminderDialog.h"
#include "settings/DatabasePanel.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "signin/SignInPage.h"
#include "sms/sink/TwilioSink.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

int settingOr(const Settings* settings, Settings::Key key)
{
    return (settings ? settings->value(key) : Settings::defaultValue(key)).toInt();
}

} // namespace

MainWindow::MainWindow(const MainWindowContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_service(context.service)
    , m_settings(context.settings)
    , m_secrets(context.secrets)
    , m_demoOperator(context.demoOperator)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("TwoFactorKiosk"));
    setWindowIcon(QIcon(u":/icons/twofactor-kiosk.svg"_s));
    m_clock = context.clock ? context.clock : &m_systemClock;
    const Clock& clock = *m_clock;

    m_backups = context.backups;
    if (context.databaseTools) {
        m_databaseTools = std::make_unique<DatabaseTools>(*context.databaseTools);
    }
    m_settingsPageReady = context.settingsPageReady;

    m_session = new OperatorSession(settingOr(m_settings, Settings::Key::OperatorIdleLockSeconds), this);
    m_signInPage = new SignInPage(context.service, clock, this);
    m_walkUpSide = buildWalkUpSide();
    // Its pages are built when an operator first gets in (or asks for one): the walk-up side shows first.
    m_operatorSide = new QWidget(this);
    m_operatorSide->setObjectName(u"operatorSide"_s);
    m_sides = new QStackedWidget(this);
    m_sides->setObjectName(u"sides"_s);
    m_sides->addWidget(m_walkUpSide);
    m_sides->addWidget(m_operatorSide);
    setCentralWidget(m_sides);
    buildStatusBar(context.status);
    watchHealth(context.clockCheck, context.backups);
    buildShortcuts();
    buildViewMenu();

    connect(m_session, &OperatorSession::signedIn, this, &MainWindow::updateAccess);
    connect(m_session, &OperatorSession::locked, this, [this] {
        // Idle lock, Ctrl+L, the Lock button, the kiosk's wipe: the same way back.
        closeOperatorDialogs();
        showWalkUpSide();
        updateAccess();
    });
    applyKioskSettings();
    showWalkUpSide();
    updateAccess();
    if (m_demoOperator) {
        signInDemoOperator();
    }
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildWalkUpSide()
{
    auto* side = new QWidget(this);
    side->setObjectName(u"walkUpSide"_s);

    m_organizationLogo = new QLabel(side);
    m_organizationLogo->setObjectName(u"organizationLogoLabel"_s);
    m_organizationLogo->setFixedSize(80, 80);
    m_organizationLogo->setAlignment(Qt::AlignCenter);
    m_organizationName = new QLabel(side);
    m_organizationName->setObjectName(u"organizationNameLabel"_s);
    m_organizationName->setWordWrap(true);
    QFont nameFont = m_organizationName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 2.2);
    nameFont.setBold(true);
    m_organizationName->setFont(nameFont);
    auto* header = new QHBoxLayout;
    header->addWidget(m_organizationLogo);
    header->addWidget(m_organizationName, 1);

    m_operatorSignInButton = new QPushButton(tr("&Operator sign-in"), side);
    m_operatorSignInButton->setObjectName(u"operatorSignInOpenButton"_s);
    m_operatorSignInButton->setAccessibleName(tr("Operator sign-in"));
    m_operatorSignInButton->setToolTip(
        tr("For the helpdesk (%1)").arg(QKeySequence(u"Ctrl+Shift+O"_s).toString(QKeySequence::NativeText)));
    m_operatorSignInButton->setMinimumHeight(kTouchTargetPx);
    m_operatorSignInButton->setAutoDefault(false);
    QFont buttonFont = m_operatorSignInButton->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.2);
    m_operatorSignInButton->setFont(buttonFont);
    connect(m_operatorSignInButton, &QPushButton::clicked, this, &MainWindow::openOperatorSignIn);
    auto* footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_operatorSignInButton);

    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(header);
    layout->addSpacing(12);
    layout->addWidget(m_signInPage, 1);
    layout->addLayout(footer);
    return side;
}

void MainWindow::ensureOperatorSide()
{
    if (m_pages) {
        return;
    }
    QWidget* side = m_operatorSide;
    // Built at the normal size and then zoomed, as if it had been there when the zoom changed.
    const int zoom = m_zoom;
    if (zoom != 100) {
        applyZoom(100);
    }
    m_navigation = new QListWidget(side);
    m_navigation->setObjectName(u"navigationList"_s);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setMaximumWidth(190);

    m_pages = new QStackedWidget(side);
    m_pages->setObjectName(u"pages"_s);
    m_enrollPage = new EnrollPage(m_service, m_pages);
    m_enrollPage->setSession(m_session);
    m_usersPage = new UsersPage(m_service, m_pages);
    m_usersPage->setSession(m_session);
    m_activityPage = new ActivityPage(m_service, m_pages);

    const auto addPage = [this](QWidget* page, const QString& title, const QString& icon) {
        m_pages->addWidget(page);
        new QListWidgetItem(QIcon(icon), title, m_navigation);
    };
    addPage(m_enrollPage, tr("Enroll"), u":/icons/enroll.svg"_s);
    addPage(m_usersPage, tr("Users"), u":/icons/users.svg"_s);
    addPage(m_activityPage, tr("Activity"), u":/icons/activity.svg"_s);
    if (m_settings) {
        m_settingsTabs = new QTabWidget(m_pages);
        m_settingsTabs->setObjectName(u"settingsTabs"_s);
        m_settingsTabs->setAccessibleName(tr("Settings"));
        m_settingsPage = new SettingsPage(m_settings, m_secrets, m_settingsTabs);
        m_settingsTabs->addTab(m_settingsPage, tr("&General"));
        m_settingsTabs->addTab(new OperatorsPanel(m_service, m_session, m_settingsTabs), tr("O&perators"));
        m_settingsTabs->addTab(new ApiKeysPanel(m_service, m_session, m_settingsTabs), tr("API &keys"));
        if (m_databaseTools) {
            m_databasePanel = new DatabasePanel(*m_databaseTools, m_settings, m_session, *m_clock, m_settingsTabs);
            m_databasePanel->setScheduler(m_backups);
            m_settingsTabs->addTab(m_databasePanel, tr("&Database"));
            connect(m_databasePanel, &DatabasePanel::backupMade, m_activityPage, &ActivityPage::refreshBackupAge);
            connect(m_databasePanel, &DatabasePanel::restoreConfirmed, this, &MainWindow::restoreRequested);
        }
        addPage(m_settingsTabs, tr("Settings"), u":/icons/settings.svg"_s);
        connect(m_settingsPage, &SettingsPage::kioskSettingsChanged, this, &MainWindow::applyKioskSettings);
    }
    if (m_settings) {
        const bool postgres = m_databaseTools && m_databaseTools->database.driver != SqlDriver::Sqlite;
        m_activityPage->watchBackups(m_settings, m_backups, m_clock, postgres);
    }
    m_databaseTools.reset(); // the panel has its copy (and the data key)

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // Only pages the operator may see are listed; the check stays for any other way in.
        if (row >= 0 && pageAllowed(row + 1)) {
            m_pages->setCurrentIndex(row);
        }
    });
    connect(m_usersPage, &UsersPage::enrollRequested, this, [this](const QString& userId) {
        m_enrollPage->selectUser(userId);
        showPage(EnrollPageIndex);
    });
    connect(m_usersPage, &UsersPage::enrollWithNewNumberRequested, this, [this](const QString& userId) {
        m_enrollPage->selectUser(userId, true);
        showPage(EnrollPageIndex);
    });

    auto* layout = new QHBoxLayout(side);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);

    m_usersPage->setIdentityCheckMethods(identityCheckMethods());
    if (zoom != 100) {
        applyZoom(zoom);
    }
    updateAccess();
    if (m_settingsPage && m_settingsPageReady) {
        m_settingsPageReady(m_settingsPage);
    }
}

UsersPage* MainWindow::usersPage()
{
    ensureOperatorSide();
    return m_usersPage;
}

EnrollPage* MainWindow::enrollPage()
{
    ensureOperatorSide();
    return m_enrollPage;
}

ActivityPage* MainWindow::activityPage()
{
    ensureOperatorSide();
    return m_activityPage;
}

SettingsPage* MainWindow::settingsPage()
{
    ensureOperatorSide();
    return m_settingsPage;
}

DatabasePanel* MainWindow::databasePanel()
{
    ensureOperatorSide();
    return m_databasePanel;
}

bool MainWindow::operatorSideBuilt() const
{
    return m_pages != nullptr;
}

void MainWindow::buildStatusBar(const StatusInfo& status)
{
    statusBar()->setObjectName(u"statusBar"_s);
    m_databaseLabel = new QLabel(status.database.isEmpty() ? QString() : tr("Database: %1").arg(status.database), this);
    m_databaseLabel->setObjectName(u"databaseStatusLabel"_s);
    m_smsLabel = new QLabel(status.sms.isEmpty() ? QString() : tr("SMS: %1").arg(status.sms), this);
    m_smsLabel->setObjectName(u"smsStatusLabel"_s);
    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(u"operatorStatusLabel"_s);
    m_demoLabel = new QLabel(this);
    m_demoLabel->setObjectName(u"demoOperatorLabel"_s);
    m_demoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_demoOperator) {
        m_demoLabel->setText(
            tr("Demo administrator: %1, password %2").arg(m_demoOperator->account.name, m_demoOperator->password));
    }
    m_demoLabel->setVisible(m_demoOperator.has_value());
    m_lockButton = new QToolButton(this);
    m_lockButton->setObjectName(u"lockButton"_s);
    m_lockButton->setText(tr("Lock"));
    m_lockButton->setAccessibleName(tr("Lock the operator side"));
    m_lockButton->setToolTip(
        tr("Lock the operator side (%1)").arg(QKeySequence(u"Ctrl+L"_s).toString(QKeySequence::NativeText)));
    connect(m_lockButton, &QToolButton::clicked, this, &MainWindow::lock);
    // Where the data and the texts go give way first: who is signed in (and the demo's password) stay readable.
    for (QLabel* label : {m_databaseLabel, m_smsLabel}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setToolTip(label->text());
    }
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addWidget(m_smsLabel, 1);
    statusBar()->addPermanentWidget(m_demoLabel);
    statusBar()->addPermanentWidget(m_operatorLabel);
    statusBar()->addPermanentWidget(m_lockButton);
}

void MainWindow::watchHealth(ClockCheck* clockCheck, BackupScheduler* backups)
{
    m_warningButton = new QToolButton(this);
    m_warningButton->setObjectName(u"healthWarningButton"_s);
    m_warningButton->setAccessibleName(tr("Warnings"));
    m_warningButton->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_warningButton->setVisible(false);
    connect(m_warningButton, &QToolButton::clicked, this,
            [this] { QMessageBox::warning(this, tr("Warnings"), m_warningButton->toolTip()); });
    statusBar()->addPermanentWidget(m_warningButton);
    if (clockCheck) {
        // Measured on a worker; queued here.
        connect(clockCheck, &ClockCheck::skewMeasured, this, [this](qint64 skewMs, bool warn) {
            m_clockWarning = warn ? ClockCheck::warningText(skewMs) : QString();
            showWarnings();
        });
    }
    if (backups) {
        const auto update = [this, backups] {
            m_backupWarning = backups->needsAttention() ? backups->statusText() : QString();
            showWarnings();
        };
        connect(backups, &BackupScheduler::statusChanged, this, update);
        update();
    }
}

void MainWindow::showWarnings()
{
    QStringList warnings;
    for (const QString& warning : {m_clockWarning, m_backupWarning}) {
        if (!warning.isEmpty()) {
            warnings << warning;
        }
    }
    // Short in the bar, whole in the tooltip.
    m_warningButton->setText(warnings.isEmpty()         ? QString()
                                 : warnings.size() == 1 ? tr("1 warning...")
                                                        : tr("%1 warnings...").arg(warnings.size()));
    m_warningButton->setToolTip(warnings.join(u"\n\n"_s));
    m_warningButton->setAccessibleDescription(warnings.join(u' '));
    m_warningButton->setVisible(!warnings.isEmpty() && m_sides->currentWidget() == m_operatorSide);
}

void MainWindow::buildShortcuts()
{
    auto* lockShortcut = new QShortcut(QKeySequence(u"Ctrl+L"_s), this);
    lockShortcut->setObjectName(u"lockShortcut"_s);
    connect(lockShortcut, &QShortcut::activated, this, &MainWindow::lock);
    auto* signInShortcut = new QShortcut(QKeySequence(u"Ctrl+Shift+O"_s), this);
    signInShortcut->setObjectName(u"operatorSignInShortcut"_s);
    connect(signInShortcut, &QShortcut::activated, this, &MainWindow::openOperatorSignIn);
    auto* leave = new QShortcut(QKeySequence(u"Ctrl+Shift+Q"_s), this);
    leave->setObjectName(u"leaveKioskShortcut"_s);
    connect(leave, &QShortcut::activated, this, &MainWindow::requestLeaveKiosk);
    for (int page = EnrollPageIndex; page <= SettingsPageIndex; ++page) {
        auto* shortcut = new QShortcut(QKeySequence(u"Ctrl+%1"_s.arg(page)), this);
        shortcut->setObjectName(u"pageShortcut%1"_s.arg(page));
        connect(shortcut, &QShortcut::activated, this, [this, page] { showPage(page); });
        m_pageShortcuts << shortcut;
    }
}

bool MainWindow::pageAllowed(int index) const
{
    switch (index) {
    case SignInPageIndex:
        return true;
    case EnrollPageIndex:
        return m_session->can(OperatorPermission::Enroll);
    case UsersPageIndex:
        return m_session->can(OperatorPermission::ManageUsers);
    case ActivityPageIndex:
        return m_session->can(OperatorPermission::ViewActivity);
    case SettingsPageIndex:
        return m_settings && m_session->can(OperatorPermission::ManageSettings);
    default:
        return false;
    }
}

void MainWindow::updateAccess()
{
    const bool signedIn = m_session->isSignedIn();
    if (signedIn) {
        ensureOperatorSide(); // calls this again once built
    }
    for (int row = 0; m_navigation && row < m_navigation->count(); ++row) {
        const bool allowed = pageAllowed(row + 1);
        m_navigation->item(row)->setHidden(!allowed);
        m_pages->widget(row)->setEnabled(allowed);
    }
    for (int i = 0; i < m_pageShortcuts.size(); ++i) {
        m_pageShortcuts.at(i)->setEnabled(pageAllowed(i + 1));
    }
    // Hidden and disabled: no Tab stop, mnemonic or shortcut of the operator side works while locked.
    m_operatorSide->setEnabled(signedIn);
    if (!signedIn) {
        showWalkUpSide();
    } else if (!pageAllowed(currentPage())) {
        showPage(EnrollPageIndex);
    }
    m_lockButton->setVisible(signedIn);
    if (const auto& account = m_session->current()) {
        m_operatorLabel->setText(tr("Operator: %1 (%2)")
                                     .arg(account->displayName.isEmpty() ? account->name : account->displayName,
                                          OperatorRoles::displayName(account->role)));
    } else {
        m_operatorLabel->setText(tr("No operator signed in"));
    }
}

bool MainWindow::showPage(int index)
{
    if (index == SignInPageIndex) {
        // The walk-up side is for anybody: whoever was signed in is signed out.
        m_session->lock();
        showWalkUpSide();
        return true;
    }
    if (!pageAllowed(index)) {
        return false;
    }
    ensureOperatorSide();
    m_pages->setCurrentIndex(index - 1);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index - 1);
    }
    m_sides->setCurrentWidget(m_operatorSide);
    showWarnings();
    return true;
}

int MainWindow::currentPage() const
{
    return m_sides->currentWidget() == m_walkUpSide ? int(SignInPageIndex) : m_pages->currentIndex() + 1;
}

bool MainWindow::operatorSideShown() const
{
    return m_sides->currentWidget() == m_operatorSide;
}

void MainWindow::showWalkUpSide()
{
    m_sides->setCurrentWidget(m_walkUpSide);
    showWarnings();
}

void MainWindow::closeOperatorDialogs()
{
    // Whatever an operator left open (a user being edited, recovery codes, a confirmation) goes too.
    QList<QPointer<QDialog>> dialogs;
    const QList<QDialog*> children = m_operatorSide->findChildren<QDialog*>();
    for (QDialog* dialog : children) {
        dialogs.prepend(dialog); // innermost first
    }
    for (const QPointer<QDialog>& dialog : std::as_const(dialogs)) {
        if (dialog && dialog->isVisible()) {
            dialog->reject();
        }
    }
}

void MainWindow::signIn(const Operator& account)
{
    m_session->signIn(account);
    showPage(pageAllowed(currentPage()) && currentPage() != SignInPageIndex ? currentPage() : int(EnrollPageIndex));
    remindToExportDataKey();
}

void MainWindow::remindToExportDataKey()
{
    if (m_keyReminderShown || m_keyReminder || !m_databasePanel || !m_settings
        || !m_session->can(OperatorPermission::ManageSettings) || !BackupHistory::keyExportReminderDue(*m_settings)) {
        return;
    }
    m_keyReminderShown = true;
    // On the operator side, so locking closes it like every other operator dialog.
    auto* dialog = new DataKeyReminderDialog(m_databasePanel->dataKeySource(), m_operatorSide);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DataKeyReminderDialog::exportRequested, this, &MainWindow::openDataKeyExport);
    m_keyReminder = dialog;
    dialog->open();
}

void MainWindow::openDataKeyExport()
{
    if (!m_databasePanel || !showPage(SettingsPageIndex)) {
        return;
    }
    m_settingsTabs->setCurrentWidget(m_databasePanel);
    m_databasePanel->exportDataKey();
}

bool MainWindow::signInDemoOperator()
{
    if (!m_demoOperator || inKioskMode()) {
        return false;
    }
    signIn(m_demoOperator->account);
    return true;
}

void MainWindow::lock()
{
    m_session->lock();
    showWalkUpSide();
}

void MainWindow::openOperatorSignIn()
{
    if (m_session->isSignedIn()) {
        showPage(pageAllowed(currentPage()) && currentPage() != SignInPageIndex ? currentPage() : int(EnrollPageIndex));
        return;
    }
    // A dialog that was closed is only scheduled for deletion: it no longer stands in the way.
    const auto showing = [](const QWidget* dialog) {
        return dialog && dialog->isVisible();
    };
    if (showing(m_signInDialog) || showing(m_firstRunDialog) || m_checkingFirstRun || !m_service) {
        return;
    }
    if (inKioskMode()) {
        // Kiosk mode never offers to create an administrator: one must exist to start it.
        openSignInDialog();
        return;
    }
    m_checkingFirstRun = true;
    whenFinished(m_service->operatorCount(), this, [this](const Result<int>& count) {
        m_checkingFirstRun = false;
        if (count && *count == 0 && !inKioskMode()) {
            openFirstRunDialog();
        } else {
            openSignInDialog();
        }
    });
}

void MainWindow::promptFirstRunIfNeeded()
{
    if (inKioskMode() || !m_service || m_checkingFirstRun) {
        return;
    }
    m_checkingFirstRun = true;
    whenFinished(m_service->operatorCount(), this, [this](const Result<int>& count) {
        m_checkingFirstRun = false;
        if (count && *count == 0 && !inKioskMode()) {
            openFirstRunDialog();
        }
    });
}

void MainWindow::openFirstRunDialog()
{
    if (m_firstRunDialog && m_firstRunDialog->isVisible()) {
        return;
    }
    auto* dialog = new OperatorFormDialog(m_service, OperatorFormDialog::Mode::FirstAdmin, std::nullopt, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->result()) {
            signIn(*dialog->result());
        }
    });
    m_firstRunDialog = dialog;
    dialog->open();
}

OperatorSignInDialog* MainWindow::operatorSignInDialog() const
{
    return m_signInDialog;
}

void MainWindow::openSignInDialog()
{
    auto* dialog = new OperatorSignInDialog(m_service, OperatorSignInDialog::Purpose::OperatorSide, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->signedIn()) {
            signIn(*dialog->signedIn());
        }
    });
    m_signInDialog = dialog;
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A kiosk that closes leaves the desktop behind: only an administrator may (restore closes it too).
    if (inKioskMode() && !m_session->can(OperatorPermission::ManageSettings)) {
        event->ignore();
        return;
    }
    if (m_closing) {
        event->ignore(); // a second close while the first one waits
        return;
    }
    if (m_service && m_service->pendingOperations() > 0) {
        m_closing = true;
        statusBar()->showMessage(tr("Finishing the work in progress..."));
        // Sign-ins and saves in flight get their answer (texts handed over, logs written) first.
        if (!m_service->waitForIdle(kCloseWaitMs)) {
            qWarning("main window: closing with %d operations still running", m_service->pendingOperations());
        }
        m_closing = false;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Right click, the Menu key, Shift+F10, a long press: the walk-up side gets no menu, not even Paste.
    if (event->type() == QEvent::ContextMenu && inKioskMode() && !m_session->isSignedIn()) {
        event->accept();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::applyKioskSettings()
{
    const QString name
        = m_settings ? m_settings->value(Settings::Key::OrganizationName).toString().trimmed() : QString();
    m_organizationName->setText(name.isEmpty() ? tr("TwoFactorKiosk") : name);
    const QString logo
        = m_settings ? m_settings->value(Settings::Key::OrganizationLogo).toString().trimmed() : QString();
    QPixmap pixmap;
    if (!logo.isEmpty()) {
        QImageReader reader(logo);
        reader.setScaledSize(reader.size().scaled(m_organizationLogo->size(), Qt::KeepAspectRatio));
        pixmap = QPixmap::fromImage(reader.read());
    }
    if (pixmap.isNull()) {
        pixmap = QIcon(u":/icons/twofactor-kiosk.svg"_s).pixmap(m_organizationLogo->size());
    }
    m_organizationLogo->setPixmap(pixmap);
    m_organizationLogo->setAccessibleName(name.isEmpty() ? tr("TwoFactorKiosk logo") : tr("Logo of %1").arg(name));
    m_session->setIdleLockSeconds(settingOr(m_settings, Settings::Key::OperatorIdleLockSeconds));
    if (m_usersPage) {
        m_usersPage->setIdentityCheckMethods(identityCheckMethods());
    }
}

QStringList MainWindow::identityCheckMethods() const
{
    return m_settings ? m_settings->identityCheckMethods()
                      : Settings::defaultValue(Settings::Key::IdentityCheckMethods).toStringList();
}

void MainWindow::resetToStart()
{
    if (m_signInDialog) {
        m_signInDialog->reject();
    }
    if (m_firstRunDialog) {
        m_firstRunDialog->reject();
    }
    m_signInPage->reset();
    if (m_enrollPage) {
        m_enrollPage->reset();
        m_usersPage->reset();
    }
    lock();
}

void MainWindow::buildViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    QAction* zoomIn = m_viewMenu->addAction(tr("Zoom &in"));
    zoomIn->setObjectName(u"zoomInAction"_s);
    // Ctrl++ and, as keyboards without a plus key need it, Ctrl+=.
    zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(u"Ctrl+="_s)});
    connect(zoomIn, &QAction::triggered, this, [this] { setZoom(m_zoom + kZoomStep); });
    QAction* zoomOut = m_viewMenu->addAction(tr("Zoom &out"));
    zoomOut->setObjectName(u"zoomOutAction"_s);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { setZoom(m_zoom - kZoomStep); });
    QAction* actualSize = m_viewMenu->addAction(tr("&Actual size"));
    actualSize->setObjectName(u"zoomResetAction"_s);
    actualSize->setShortcut(QKeySequence(u"Ctrl+0"_s));
    connect(actualSize, &QAction::triggered, this, [this] { setZoom(100); });
    // Shortcuts of a hidden menu bar (kiosk mode) still work: zooming is harmless there.
    addActions({zoomIn, zoomOut, actualSize});
}

void MainWindow::setZoom(int percent)
{
    applyZoom(std::clamp(percent, kMinZoom, kMaxZoom));
    statusBar()->showMessage(tr("Zoom: %1%").arg(m_zoom), 2000);
}

void MainWindow::applyZoom(int percent)
{
    m_zoom = percent;
    // Each widget's own size is remembered the first time, so zooming back and forth never drifts.
    const auto scale = [this](QWidget* widget) {
        QVariant base = widget->property("tfkBasePointSize");
        if (!base.isValid()) {
            base = widget->font().pointSizeF();
            widget->setProperty("tfkBasePointSize", base);
        }
        QFont font = widget->font();
        font.setPointSizeF(base.toReal() * m_zoom / 100.0);
        widget->setFont(font);
    };
    const QList<QWidget*> children = findChildren<QWidget*>();
    QList<QWidget*> ownFonts;
    for (QWidget* child : children) {
        if (child->testAttribute(Qt::WA_SetFont) && !child->isWindow()) {
            ownFonts << child;
        }
    }
    scale(this);
    for (QWidget* child : std::as_const(ownFonts)) {
        scale(child);
    }
    if (m_phone) {
        scale(m_phone);
    }
}

void MainWindow::setPhoneWindow(QWidget* phone)
{
    if (!phone || m_phone) {
        return;
    }
    m_phone = phone;
    m_phoneDock = new QDockWidget(phone->windowTitle(), this);
    m_phoneDock->setObjectName(u"phoneDock"_s);
    m_phoneDock->setAccessibleName(phone->windowTitle());
    m_phoneDock->setFeatures(QDockWidget::NoDockWidgetFeatures); // View > Dock the phone is the one switch
    addDockWidget(Qt::RightDockWidgetArea, m_phoneDock);
    m_phoneDock->hide();
    m_viewMenu->addSeparator();
    m_dockPhoneAction = m_viewMenu->addAction(tr("&Dock the phone"));
    m_dockPhoneAction->setObjectName(u"dockPhoneAction"_s);
    m_dockPhoneAction->setCheckable(true);
    m_dockPhoneAction->setStatusTip(tr("Show the phone beside the screens, or as its own window."));
    connect(m_dockPhoneAction, &QAction::toggled, this, &MainWindow::setPhoneDocked);
}

void MainWindow::setPhoneDocked(bool docked)
{
    if (!m_phone || docked == phoneDocked()) {
        return;
    }
    const QPoint outside = frameGeometry().topRight() + QPoint(16, 0);
    if (docked) {
        m_phoneDock->setWidget(m_phone);
        m_phoneDock->show();
    } else {
        m_phoneDock->setWidget(nullptr);
        m_phoneDock->hide();
        m_phone->setParent(nullptr, Qt::Window);
        m_phone->move(outside);
        m_phone->show();
    }
    m_dockPhoneAction->setChecked(docked);
}

void MainWindow::setApiView(ApiViewPanel* panel)
{
    if (!panel || m_apiView) {
        return;
    }
    m_apiView = panel;
    m_apiDock = new QDockWidget(tr("API view"), this);
    m_apiDock->setObjectName(u"apiViewDock"_s);
    m_apiDock->setAccessibleName(tr("API view"));
    m_apiDock->setFeatures(QDockWidget::NoDockWidgetFeatures); // View > API view is the one switch
    m_apiDock->setWidget(panel);
    addDockWidget(Qt::RightDockWidgetArea, m_apiDock);
    m_apiDock->hide();
    m_viewMenu->addSeparator();
    m_apiViewAction = m_viewMenu->addAction(tr("A&PI view"));
    m_apiViewAction->setObjectName(u"apiViewAction"_s);
    m_apiViewAction->setCheckable(true);
    m_apiViewAction->setShortcut(QKeySequence(u"Ctrl+Shift+A"_s));
    m_apiViewAction->setStatusTip(
        tr("Show each step as the FusionAuth request it corresponds to, and the Twilio requests below it."));
    connect(m_apiViewAction, &QAction::toggled, this, &MainWindow::setApiViewShown);
}

void MainWindow::setApiViewShown(bool shown)
{
    if (!m_apiDock) {
        return;
    }
    shown = shown && !inKioskMode(); // never on the walk-up users' screen
    m_apiDock->setVisible(shown);
    m_apiViewAction->setChecked(shown);
    if (shown) {
        // Wide enough for a request line and its answer beside the screens.
        resizeDocks({m_apiDock}, {std::max(460, width() / 3)}, Qt::Horizontal);
    }
}

bool MainWindow::apiViewShown() const
{
    return m_apiDock && m_apiDock->isVisible();
}

bool MainWindow::phoneDocked() const
{
    return m_phone && m_phoneDock && m_phoneDock->widget() == m_phone;
}

void MainWindow::enableDemo(const DemoTools& tools)
{
    if (!tools.sink || m_demoMenu) {
        return;
    }
    m_demo = tools;
    m_demoMenu = menuBar()->addMenu(tr("&Demo"));
    m_demoMenu->setObjectName(u"demoMenu"_s);
    m_scenarioActions = new QActionGroup(this);
    m_scenarioActions->setExclusive(true);
    for (const DemoScenario scenario : DemoScenarios::all()) {
        if (scenario == DemoScenario::Normal) {
            m_demoMenu->addSeparator();
        }
        QAction* action = m_demoMenu->addAction(DemoScenarios::title(scenario));
        action->setObjectName(u"scenarioAction-"_s % DemoScenarios::id(scenario));
        action->setCheckable(true);
        action->setChecked(scenario == DemoScenario::Normal);
        action->setStatusTip(DemoScenarios::explanation(scenario));
        m_scenarioActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, scenario] { chooseScenario(scenario); });
    }
    if (m_demo.reset) {
        m_demoMenu->addSeparator();
        m_resetDemoAction = m_demoMenu->addAction(tr("&Reset demo..."));
        m_resetDemoAction->setObjectName(u"resetDemoAction"_s);
        m_resetDemoAction->setStatusTip(tr("Back to the demo users, an empty phone and empty logs."));
        connect(m_resetDemoAction, &QAction::triggered, this, &MainWindow::confirmResetDemo);
    }

    // Above both sides, so the audience reads it whichever screen is shown.
    m_scenarioBanner = new QWidget(this);
    m_scenarioBanner->setObjectName(u"scenarioBanner"_s);
    m_scenarioBanner->setAccessibleName(tr("Demo scenario"));
    m_scenarioBanner->setAttribute(Qt::WA_StyledBackground, true);
    m_scenarioBanner->setStyleSheet(u"#scenarioBanner { background: #fff4ce; border-bottom: 1px solid #c8a600; }"_s);
    m_scenarioTitle = new QLabel(m_scenarioBanner);
    m_scenarioTitle->setObjectName(u"scenarioTitleLabel"_s);
    QFont titleFont = m_scenarioTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_scenarioTitle->setFont(titleFont);
    m_scenarioExplanation = new QLabel(m_scenarioBanner);
    m_scenarioExplanation->setObjectName(u"scenarioExplanationLabel"_s);
    m_scenarioExplanation->setWordWrap(true);
    auto* bannerLayout = new QVBoxLayout(m_scenarioBanner);
    bannerLayout->setContentsMargins(16, 8, 16, 8);
    bannerLayout->addWidget(m_scenarioTitle);
    bannerLayout->addWidget(m_scenarioExplanation);
    m_scenarioBanner->setVisible(false);
    auto* central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scenarioBanner);
    layout->addWidget(takeCentralWidget(), 1);
    setCentralWidget(central);
    menuBar()->setVisible(!inKioskMode());
}

void MainWindow::chooseScenario(DemoScenario scenario)
{
    if (!m_demo.sink) {
        return;
    }
    m_scenario = scenario;
    DemoScenarios::apply(*m_demo.sink, scenario);
    const QList<QAction*> actions = m_scenarioActions->actions();
    for (QAction* action : actions) {
        if (action->objectName() == u"scenarioAction-"_s % DemoScenarios::id(scenario)) {
            action->setChecked(true);
        }
    }
    const bool normal = scenario == DemoScenario::Normal;
    m_scenarioTitle->setText(normal ? QString() : tr("Demo scenario: %1").arg(DemoScenarios::title(scenario)));
    m_scenarioExplanation->setText(DemoScenarios::explanation(scenario));
    m_scenarioBanner->setAccessibleDescription(m_scenarioTitle->text() % u' ' % m_scenarioExplanation->text());
    m_scenarioBanner->setVisible(!normal);
}

void MainWindow::confirmResetDemo()
{
    if (!m_demo.reset || findChild<QMessageBox*>(u"resetDemoDialog"_s)) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Reset the demo"),
                                tr("Reset the demo? Every user, text and log entry goes and the demo users come "
                                   "back; operators, API keys and settings stay."),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"resetDemoDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* reset = box->addButton(tr("&Reset demo"), QMessageBox::DestructiveRole);
    reset->setObjectName(u"resetDemoConfirmButton"_s);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"resetDemoCancelButton"_s);
    box->setDefaultButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, reset](QAbstractButton* clicked) {
        if (clicked == reset) {
            resetDemo();
        }
    });
    box->open();
}

void MainWindow::resetDemo()
{
    if (!m_demo.reset) {
        return;
    }
    m_resetDemoAction->setEnabled(false);
    chooseScenario(DemoScenario::Normal);
    m_signInPage->reset();
    if (m_enrollPage) {
        m_enrollPage->reset();
    }
    if (m_apiView) {
        m_apiView->clear();
    }
    statusBar()->showMessage(tr("Resetting the demo..."));
    whenFinished(m_demo.reset(), this, [this](const Result<void>& done) {
        m_resetDemoAction->setEnabled(true);
        if (m_enrollPage) { // else they read the reset data when built
            m_enrollPage->reloadUsers();
            m_usersPage->reset();
            m_activityPage->reload();
        }
        statusBar()->showMessage(
            done ? tr("The demo was reset: the demo users are back, the phone and the logs are empty.")
                 : tr("The demo was not reset: %1").arg(done.error().message));
        Q_EMIT demoResetFinished(done.has_value());
    });
}

void MainWindow::enterKioskMode(const KioskOptions& options)
{
    menuBar()->setVisible(false); // the Demo menu is for presenters, never for walk-up users
    setApiViewShown(false);
    m_kiosk = options;
    m_idle = std::make_unique<IdleWatcher>(options.idleSeconds);
    connect(m_idle.get(), &IdleWatcher::idle, this, &MainWindow::resetToStart);
    QCoreApplication::instance()->installEventFilter(this);
    setWindowFlag(Qt::FramelessWindowHint, true);
    setWindowFlag(Qt::WindowStaysOnTopHint, true);
    showFullScreen();
    resetToStart();
}

void MainWindow::leaveKioskMode()
{
    m_idle.reset();
    QCoreApplication::instance()->removeEventFilter(this);
    menuBar()->setVisible(true);
    setWindowFlag(Qt::FramelessWindowHint, false);
    setWindowFlag(Qt::WindowStaysOnTopHint, false);
    showNormal();
}

void MainWindow::requestLeaveKiosk()
{
    if (!inKioskMode() || m_signInDialog || !m_service) {
        return;
    }
    auto* dialog = new OperatorSignInDialog(m_service, OperatorSignInDialog::Purpose::LeaveKiosk, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<Operator> admin = dialog->signedIn();
        leaveKioskMode();
        if (admin) {
            signIn(*admin);
        }
    });
    m_signInDialog = dialog;
    dialog->open();
}

} // namespace tfk
