#include "UsersPage.h"

#include "DisableTwoFactorDialog.h"
#include "LostPhoneDialog.h"
#include "UserDialog.h"
#include "UserListModel.h"
#include "auth/TwoFactorService.h"
#include "common/BusyIndicator.h"
#include "common/Futures.h"
#include "common/PageParts.h"
#include "operators/OperatorSession.h"
#include "recovery/RecoveryCodesDialog.h"
#include "settings/Settings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

UsersPage::UsersPage(TwoFactorService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_identityCheckMethods(Settings::defaultValue(Settings::Key::IdentityCheckMethods).toStringList())
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
    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(u"userDetailsLabel"_s);
    m_detailsLabel->setWordWrap(true);

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
    m_recoveryButton = makeButton(tr("New recovery &codes..."), u"regenerateRecoveryCodesButton");
    m_lostPhoneButton = makeButton(tr("&Lost phone..."), u"lostPhoneButton");
    m_lostPhoneButton->setToolTip(tr("Turn two-factor off without a code, after checking who is asking."));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_newButton);
    actions->addWidget(m_editButton);
    actions->addWidget(m_enrollButton);
    actions->addWidget(m_disableButton);
    actions->addWidget(m_recoveryButton);
    actions->addWidget(m_lostPhoneButton);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(searchRow);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_stateLabel);

    connect(m_newButton, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(m_editButton, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_table, &QAbstractItemView::activated, this, &UsersPage::editUser);
    connect(m_enrollButton, &QPushButton::clicked, this, [this] { Q_EMIT enrollRequested(selectedUserId()); });
    connect(m_disableButton, &QPushButton::clicked, this, &UsersPage::disableTwoFactor);
    connect(m_recoveryButton, &QPushButton::clicked, this, &UsersPage::regenerateRecoveryCodes);
    connect(m_lostPhoneButton, &QPushButton::clicked, this, &UsersPage::lostPhone);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateDetails);

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

void UsersPage::setSession(OperatorSession* session)
{
    m_session = session;
    if (session) {
        connect(session, &OperatorSession::signedIn, this, &UsersPage::updateActions);
        connect(session, &OperatorSession::locked, this, &UsersPage::updateActions);
    }
    updateActions();
}

RequestContext UsersPage::requestContext() const
{
    return m_session ? m_session->requestContext() : kioskRequestContext();
}

void UsersPage::selectUser(const QString& userId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->userAt(row).id == userId) {
            m_table->selectRow(row);
            return;
        }
    }
}

void UsersPage::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const User user = rows.isEmpty() ? User() : m_model->userAt(rows.first().row());
    const bool twoFactorOn = !user.id.isEmpty() && user.twoFactorEnabled;
    m_editButton->setEnabled(!user.id.isEmpty());
    m_enrollButton->setEnabled(!user.id.isEmpty() && !user.twoFactorEnabled);
    m_disableButton->setEnabled(twoFactorOn && !m_findingUser);
    m_recoveryButton->setEnabled(twoFactorOn && !m_findingUser);
    // Only an operator allowed to reset lost phones sees the button at all.
    const bool mayReset = m_session && m_session->can(OperatorPermission::LostPhoneReset);
    m_lostPhoneButton->setVisible(mayReset);
    m_lostPhoneButton->setEnabled(mayReset && twoFactorOn && !m_findingUser);
}

void UsersPage::updateDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const User user = rows.isEmpty() ? User() : m_model->userAt(rows.first().row());
    const quint64 serial = ++m_detailsSerial;
    if (user.id.isEmpty() || !user.twoFactorEnabled || !m_service) {
        m_detailsLabel->clear();
        return;
    }
    whenFinished(m_service->recoveryCodes(user.id), this, [this, serial, user](const Result<RecoveryCodeSet>& codes) {
        if (serial != m_detailsSerial) {
            return;
        }
        const QString who = user.fullName.isEmpty() ? user.loginId() : user.fullName;
        m_detailsLabel->setText(codes ? tr("%1: two-factor sign-in by text to %2; recovery codes left: %3.")
                                            .arg(who, PhoneNumberParser::mask(user.mobilePhone))
                                            .arg(codes->remaining)
                                      : codes.error().message);
    });
}

void UsersPage::withFreshUser(const std::function<void(const User&)>& then)
{
    const QString id = selectedUserId();
    if (id.isEmpty() || m_findingUser || !m_service) {
        return;
    }
    m_findingUser = true;
    m_busyIndicator->begin();
    updateActions();
    whenFinished(m_service->findUser(id), this, [this, then](const Result<User>& user) {
        m_findingUser = false;
        m_busyIndicator->end();
        updateActions();
        if (!user) {
            m_stateLabel->setText(user.error().message);
            return;
        }
        then(*user);
    });
}

void UsersPage::newUser()
{
    auto* dialog = new UserDialog(m_service, QString(), requestContext(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersPage::editUser()
{
    const QString id = selectedUserId();
    if (id.isEmpty()) {
        return;
    }
    auto* dialog = new UserDialog(m_service, id, requestContext(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersPage::disableTwoFactor()
{
    withFreshUser([this](const User& user) {
        auto* dialog = new DisableTwoFactorDialog(m_service, user, requestContext(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void UsersPage::lostPhone()
{
    if (!m_session || !m_session->can(OperatorPermission::LostPhoneReset)) {
        return;
    }
    withFreshUser([this](const User& user) {
        auto* dialog = new LostPhoneDialog(m_service, user, m_identityCheckMethods,
                                           m_session ? m_session->current() : std::nullopt, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LostPhoneDialog::enrollRequested, this, &UsersPage::enrollWithNewNumberRequested);
        dialog->open();
    });
}

void UsersPage::regenerateRecoveryCodes()
{
    withFreshUser([this](const User& user) {
        const QString who = user.fullName.isEmpty() ? user.loginId() : user.fullName;
        auto* confirm = new QMessageBox(QMessageBox::Question, tr("New recovery codes"),
                                        tr("Make new recovery codes for %1? The codes %1 has now stop working at "
                                           "once.")
                                            .arg(who),
                                        QMessageBox::Cancel, this);
        confirm->setObjectName(u"regenerateConfirmBox"_s);
        auto* make = confirm->addButton(tr("&Make new codes"), QMessageBox::AcceptRole);
        make->setObjectName(u"regenerateConfirmButton"_s);
        confirm->setDefaultButton(make);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(make, &QPushButton::clicked, this, [this, user] {
            m_busyIndicator->begin();
            whenFinished(m_service->regenerateRecoveryCodes(user.id, requestContext()), this,
                         [this, user](const Result<RecoveryCodeSet>& codes) {
                             m_busyIndicator->end();
                             updateDetails();
                             if (!codes) {
                                 m_stateLabel->setText(codes.error().message);
                                 return;
                             }
                             auto* dialog = new RecoveryCodesDialog(user, codes->codes, this);
                             dialog->setAttribute(Qt::WA_DeleteOnClose);
                             dialog->open();
                         });
        });
        confirm->open();
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
        m_stateLabel->setText(m_model->totalIsLowerBound()
                                  ? tr("More than %1 users").arg(QLocale().toString(m_model->totalCount()))
                                  : tr("%1 users").arg(QLocale().toString(m_model->totalCount())));
    }
}

} // namespace tfk
