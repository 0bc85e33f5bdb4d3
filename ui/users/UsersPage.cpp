#include "UsersPage.h"

#include "DisableTwoFactorDialog.h"
#include "UserDialog.h"
#include "UserListModel.h"
#include "auth/TwoFactorService.h"
#include "common/BusyIndicator.h"

#include <QPushButton>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

UsersPage::UsersPage(TwoFactorService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
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

    m_model = new UserListModel(service, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"usersTable"_s);
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(UserListModel::NameColumn, 200);
    m_table->setColumnWidth(UserListModel::LoginIdColumn, 220);
    m_table->setColumnWidth(UserListModel::PhoneColumn, 130);
    m_table->setColumnWidth(UserListModel::TwoFactorColumn, 140);
    m_table->verticalHeader()->hide();

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"usersStateLabel"_s);
    m_stateLabel->setWordWrap(true);
    m_busyIndicator = new BusyIndicator(u"usersBusy"_s, this);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);

    auto makeButton = [this](const QString& text, const char16_t* name) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromUtf16(name));
        button->setAccessibleName(QString(text).remove(u'&'));
        return button;
    };
    m_newButton = makeButton(tr("&New user..."), u"newUserButton");
    m_editButton = makeButton(tr("E&dit..."), u"editUserButton");
    m_enrollButton = makeButton(tr("En&roll in two-factor..."), u"enrollUserButton");
    m_disableButton = makeButton(tr("&Turn off two-factor..."), u"disableTwoFactorButton");
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_newButton);
    actions->addWidget(m_editButton);
    actions->addWidget(m_enrollButton);
    actions->addWidget(m_disableButton);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(searchRow);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_stateLabel);

    connect(m_newButton, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(m_editButton, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_table, &QAbstractItemView::activated, this, &UsersPage::editUser);
    connect(m_enrollButton, &QPushButton::clicked, this, [this] { Q_EMIT enrollRequested(selectedUserId()); });
    connect(m_disableButton, &QPushButton::clicked, this, &UsersPage::disableTwoFactor);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);

    // Searching on every keystroke would query the database for each letter typed.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_model->setFilter(m_search->text()); });
    connect(m_model, &UserListModel::totalCountChanged, this, &UsersPage::updateState);
    connect(m_model, &UserListModel::loadFailed, this, &UsersPage::updateState);
    connect(m_model, &UserListModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_busyIndicator->begin();
        } else {
            m_busyIndicator->end();
        }
    });
    if (service) {
        // Emitted on a worker thread: queued to the model.
        connect(service, &TwoFactorService::userChanged, m_model, &UserListModel::reload);
    }
    m_model->reload();
    updateActions();
}

void UsersPage::reset()
{
    m_search->clear();
    m_searchDelay.stop();
    m_model->setFilter(QString());
}

QString UsersPage::selectedUserId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->userAt(rows.first().row()).id;
}

void UsersPage::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const User user = rows.isEmpty() ? User() : m_model->userAt(rows.first().row());
    m_editButton->setEnabled(!user.id.isEmpty());
    m_enrollButton->setEnabled(!user.id.isEmpty() && !user.twoFactorEnabled);
    m_disableButton->setEnabled(!user.id.isEmpty() && user.twoFactorEnabled && !m_findingUser);
}

void UsersPage::newUser()
{
    auto* dialog = new UserDialog(m_service, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersPage::editUser()
{
    const QString id = selectedUserId();
    if (id.isEmpty()) {
        return;
    }
    auto* dialog = new UserDialog(m_service, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersPage::disableTwoFactor()
{
    const QString id = selectedUserId();
    if (id.isEmpty() || m_findingUser) {
        return;
    }
    // The user as stored now (the row may be older), then the dialog.
    m_findingUser = true;
    m_busyIndicator->begin();
    updateActions();
    m_service->findUser(id).then(this, [this](const Result<User>& user) {
        m_findingUser = false;
        m_busyIndicator->end();
        updateActions();
        if (!user) {
            m_stateLabel->setText(user.error().message);
            return;
        }
        auto* dialog = new DisableTwoFactorDialog(m_service, *user, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void UsersPage::updateState()
{
    if (!m_model->lastError().isEmpty()) {
        m_stateLabel->setText(tr("The users could not be loaded: %1").arg(m_model->lastError()));
    } else if (m_model->totalCount() == 0) {
        m_stateLabel->setText(m_model->filter().trimmed().isEmpty()
                                  ? tr("No users yet. The user database is empty.")
                                  : tr("No user matches \"%1\".").arg(m_model->filter().trimmed()));
    } else {
        m_stateLabel->setText(tr("%1 users").arg(QLocale().toString(m_model->totalCount())));
    }
}

} // namespace tfk
