#include "MainWindow.h"

#include "users/UsersPage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace tfk {

MainWindow::MainWindow(TwoFactorService* service, const StatusInfo& status, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("TwoFactorKiosk"));
    setWindowIcon(QIcon(u":/icons/twofactor-kiosk.svg"_s));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigationList"_s);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setMaximumWidth(180);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);

    m_usersPage = new UsersPage(service, m_pages);
    m_pages->addWidget(m_usersPage);
    new QListWidgetItem(QIcon(u":/icons/users.svg"_s), tr("Users"), m_navigation);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->setObjectName(u"statusBar"_s);
    m_databaseLabel = new QLabel(status.database.isEmpty() ? QString() : tr("Database: %1").arg(status.database), this);
    m_databaseLabel->setObjectName(u"databaseStatusLabel"_s);
    m_smsLabel = new QLabel(status.sms.isEmpty() ? QString() : tr("SMS: %1").arg(status.sms), this);
    m_smsLabel->setObjectName(u"smsStatusLabel"_s);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_smsLabel);
    resize(1000, 640);
}

} // namespace tfk
