#include "UsersPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

UsersPage::UsersPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"usersPage"_s);

    auto* title = new QLabel(tr("Users"), this);
    title->setObjectName(u"usersTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"userSearchEdit"_s);
    m_search->setAccessibleName(tr("Search users"));
    m_search->setPlaceholderText(tr("Name, login id or last 4 digits of the phone"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Login id"), tr("Mobile phone"), tr("Two-factor"), tr("Last login")});

    m_table = new QTableView(this);
    m_table->setObjectName(u"usersTable"_s);
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    m_emptyLabel = new QLabel(tr("No users yet. The user database is empty."), this);
    m_emptyLabel->setObjectName(u"usersEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    auto* tableArea = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    tableLayout->addWidget(m_emptyLabel);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(searchRow);
    layout->addWidget(tableArea, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &UsersPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateEmptyState);
    updateEmptyState();
}

void UsersPage::updateEmptyState()
{
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
}

} // namespace tfk
