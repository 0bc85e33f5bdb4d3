#include "OperatorsPanel.h"

#include "OperatorFormDialog.h"
#include "OperatorSession.h"
#include "auth/TwoFactorService.h"
#include "common/Futures.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace tfk {

OperatorsPanel::OperatorsPanel(TwoFactorService* service, OperatorSession* session, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_session(session)
{
    setObjectName(u"operatorsPanel"_s);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"operatorsList"_s);
    m_list->setAccessibleName(tr("Operators"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Login name"), tr("Display name"), tr("Role"), tr("Status"), tr("Last sign-in")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 160);
    m_list->setColumnWidth(1, 200);
    m_list->setColumnWidth(2, 130);
    m_list->setColumnWidth(3, 110);

    auto makeButton = [this](const QString& text, const QString& name) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAccessibleName(QString(text).remove(u'&').remove(u"..."_s));
        return button;
    };
    m_addButton = makeButton(tr("&Add operator..."), u"addOperatorButton"_s);
    m_disableButton = makeButton(tr("&Disable..."), u"disableOperatorButton"_s);
    m_passwordButton = makeButton(tr("Set &password..."), u"setOperatorPasswordButton"_s);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"operatorsStateLabel"_s);
    m_stateLabel->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_disableButton);
    buttons->addWidget(m_passwordButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_stateLabel);

    connect(m_addButton, &QPushButton::clicked, this, &OperatorsPanel::addOperator);
    connect(m_disableButton, &QPushButton::clicked, this, &OperatorsPanel::disableOperator);
    connect(m_passwordButton, &QPushButton::clicked, this, &OperatorsPanel::setPassword);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OperatorsPanel::updateButtons);
    updateButtons();
}

void OperatorsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void OperatorsPanel::reload()
{
    if (!m_service) {
        return;
    }
    whenFinished(m_service->listOperators(), this,
                 [this, serial = ++m_serial](const Result<QList<Operator>>& operators) {
                     if (serial != m_serial) {
                         return;
                     }
                     if (!operators) {
                         showError(operators.error().message);
                         return;
                     }
                     const QString selected = selectedName();
                     m_operators = *operators;
                     m_list->clear();
                     for (const Operator& account : std::as_const(m_operators)) {
                         auto* item = new QTreeWidgetItem(m_list);
                         item->setText(0, account.name);
                         item->setText(1, account.displayName);
                         item->setText(2, OperatorRoles::displayName(account.role));
                         item->setText(3, account.disabled ? tr("Disabled") : tr("Active"));
                         item->setText(4,
                                       account.lastSignInAt > 0
                                           ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(account.lastSignInAt),
                                                                QLocale::ShortFormat)
                                           : tr("Never"));
                         item->setData(0, Qt::UserRole, account.name);
                         if (account.name == selected) {
                             m_list->setCurrentItem(item);
                         }
                     }
                     if (!std::exchange(m_keepNotice, false)) {
                         m_stateLabel->setStyleSheet(QString());
                         m_stateLabel->setText(tr("Operators: %1").arg(m_operators.size()));
                     }
                     updateButtons();
                 });
}

QString OperatorsPanel::selectedName() const
{
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

void OperatorsPanel::updateButtons()
{
    const bool admin = m_session && m_session->can(OperatorPermission::ManageOperators);
    const QString name = selectedName();
    bool disabled = false;
    for (const Operator& account : std::as_const(m_operators)) {
        if (account.name == name) {
            disabled = account.disabled;
        }
    }
    m_addButton->setEnabled(admin);
    m_disableButton->setEnabled(admin && !name.isEmpty() && !disabled);
    m_passwordButton->setEnabled(admin && !name.isEmpty() && !disabled);
}

void OperatorsPanel::showDone(const QString& message)
{
    m_stateLabel->setStyleSheet(QString());
    m_stateLabel->setText(message);
    m_keepNotice = true;
}

void OperatorsPanel::showError(const QString& message)
{
    m_stateLabel->setStyleSheet(u"color: #b00020;"_s);
    m_stateLabel->setText(message);
}

void OperatorsPanel::addOperator()
{
    if (!m_session || !m_session->current()) {
        return;
    }
    auto* dialog = new OperatorFormDialog(m_service, OperatorFormDialog::Mode::Add, m_session->current(), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->result()) {
            showDone(tr("%1 was added as %2.")
                         .arg(dialog->result()->name, OperatorRoles::displayName(dialog->result()->role)));
        }
        reload();
    });
    dialog->open();
}

void OperatorsPanel::setPassword()
{
    const QString name = selectedName();
    if (!m_session || !m_session->current() || name.isEmpty()) {
        return;
    }
    auto* dialog
        = new OperatorFormDialog(m_service, OperatorFormDialog::Mode::SetPassword, m_session->current(), name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        m_stateLabel->setStyleSheet(QString());
        m_stateLabel->setText(tr("The password of %1 was set.").arg(name));
    });
    dialog->open();
}

void OperatorsPanel::disableOperator()
{
    const QString name = selectedName();
    if (!m_session || !m_session->current() || name.isEmpty()) {
        return;
    }
    auto* confirm
        = new QMessageBox(QMessageBox::Warning, tr("Disable operator"),
                          tr("Disable %1? %1 cannot sign in any more; the audit log keeps what %1 did.").arg(name),
                          QMessageBox::Cancel, this);
    confirm->setObjectName(u"disableOperatorConfirmBox"_s);
    auto* disable = confirm->addButton(tr("&Disable %1").arg(name), QMessageBox::AcceptRole);
    disable->setObjectName(u"disableOperatorConfirmButton"_s);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(disable, &QPushButton::clicked, this, [this, name] {
        if (!m_session || !m_session->current()) {
            return;
        }
        const Operator by = *m_session->current();
        whenFinished(m_service->disableOperator(by, name, m_session->requestContext()), this,
                     [this, name, by](const Result<Operator>& disabled) {
                         if (!disabled) {
                             showError(disabled.error().message);
                             return;
                         }
                         showDone(tr("%1 is disabled.").arg(name));
                         reload();
                         // Disabled oneself: the operator side closes.
                         if (m_session && disabled->id == by.id) {
                             m_session->lock();
                         }
                     });
    });
    confirm->open();
}

} // namespace tfk
