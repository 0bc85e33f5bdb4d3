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

MainWindow::MainWindow(QWidget* parent)
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

    m_usersPage = new UsersPage(m_pages);
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
    statusBar()->showMessage(tr("Ready"));
    resize(960, 600);
}

} // namespace tfk
