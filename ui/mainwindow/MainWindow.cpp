#include "MainWindow.h"

#include "auth/TwoFactorService.h"
#include "enroll/EnrollPage.h"
#include "kiosk/IdleWatcher.h"
#include "kiosk/PinDialog.h"
#include "signin/SignInPage.h"
#include "users/UsersPage.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace tfk {

MainWindow::MainWindow(const MainWindowContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_service(context.service)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("TwoFactorKiosk"));
    setWindowIcon(QIcon(u":/icons/twofactor-kiosk.svg"_s));
    const Clock& clock = context.clock ? *context.clock : m_systemClock;

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigationList"_s);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setMaximumWidth(190);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);

    m_signInPage = new SignInPage(context.service, clock, m_pages);
    m_enrollPage = new EnrollPage(context.service, m_pages);
    m_usersPage = new UsersPage(context.service, m_pages);
    addPage(m_signInPage, tr("Sign in"), u":/icons/signin.svg"_s);
    addPage(m_enrollPage, tr("Enroll"), u":/icons/enroll.svg"_s);
    addPage(m_usersPage, tr("Users"), u":/icons/users.svg"_s);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_usersPage, &UsersPage::enrollRequested, this, [this](const QString& userId) {
        m_enrollPage->selectUser(userId);
        showPage(EnrollPageIndex);
    });
    m_navigation->setCurrentRow(SignInPageIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->setObjectName(u"statusBar"_s);
    m_databaseLabel = new QLabel(
        context.status.database.isEmpty() ? QString() : tr("Database: %1").arg(context.status.database), this);
    m_databaseLabel->setObjectName(u"databaseStatusLabel"_s);
    m_smsLabel = new QLabel(context.status.sms.isEmpty() ? QString() : tr("SMS: %1").arg(context.status.sms), this);
    m_smsLabel->setObjectName(u"smsStatusLabel"_s);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_smsLabel);

    auto* leave = new QShortcut(QKeySequence(u"Ctrl+Shift+Q"_s), this);
    connect(leave, &QShortcut::activated, this, &MainWindow::requestLeaveKiosk);
    resize(1040, 680);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
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

int MainWindow::addPage(QWidget* page, const QString& title, const QString& iconPath)
{
    const int index = m_pages->addWidget(page);
    new QListWidgetItem(QIcon(iconPath), title, m_navigation);
    return index;
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::resetToStart()
{
    m_signInPage->reset();
    m_enrollPage->reset();
    m_usersPage->reset();
    showPage(SignInPageIndex);
}

void MainWindow::enterKioskMode(const KioskOptions& options)
{
    m_kiosk = options;
    m_idle = std::make_unique<IdleWatcher>(options.idleSeconds);
    connect(m_idle.get(), &IdleWatcher::idle, this, &MainWindow::resetToStart);
    setWindowFlag(Qt::FramelessWindowHint, true);
    setWindowFlag(Qt::WindowStaysOnTopHint, true);
    showFullScreen();
    resetToStart();
}

void MainWindow::leaveKioskMode()
{
    m_idle.reset();
    setWindowFlag(Qt::FramelessWindowHint, false);
    setWindowFlag(Qt::WindowStaysOnTopHint, false);
    showNormal();
}

void MainWindow::requestLeaveKiosk()
{
    if (!inKioskMode()) {
        return;
    }
    auto* dialog = new PinDialog(m_kiosk.checkPin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::leaveKioskMode);
    dialog->open();
}

} // namespace tfk
