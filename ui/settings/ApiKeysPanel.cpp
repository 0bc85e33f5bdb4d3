#include "ApiKeysPanel.h"

#include "auth/TwoFactorService.h"
#include "common/Futures.h"
#include "operators/OperatorSession.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

} // namespace

ApiKeysPanel::ApiKeysPanel(TwoFactorService* service, OperatorSession* session, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_session(session)
{
    setObjectName(u"apiKeysPanel"_s);
    auto* intro = new QLabel(tr("Programs using the HTTP API (--api) send one of these keys in the Authorization "
                                "header. A key is shown once, when it is created; only its hash is kept."),
                             this);
    intro->setWordWrap(true);
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"apiKeyNameEdit"_s);
    m_nameEdit->setAccessibleName(tr("Name of the new API key"));
    m_nameEdit->setPlaceholderText(tr("e.g. intranet portal"));
    m_nameEdit->setMaxLength(ApiKeyStore::kMaxNameLength);
    nameLabel->setBuddy(m_nameEdit);
    m_createButton = new QPushButton(tr("&Create key"), this);
    m_createButton->setObjectName(u"createApiKeyButton"_s);
    m_createButton->setAccessibleName(tr("Create an API key"));
    m_revokeButton = new QPushButton(tr("&Revoke..."), this);
    m_revokeButton->setObjectName(u"revokeApiKeyButton"_s);
    m_revokeButton->setAccessibleName(tr("Revoke the selected API key"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"apiKeysList"_s);
    m_list->setAccessibleName(tr("API keys"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Created"), tr("Last used"), tr("Status")});
    m_list->setColumnWidth(0, 220);
    m_list->setColumnWidth(1, 150);
    m_list->setColumnWidth(2, 150);
    m_list->header()->setStretchLastSection(true);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"apiKeysStateLabel"_s);
    m_stateLabel->setWordWrap(true);

    auto* createRow = new QHBoxLayout;
    createRow->addWidget(nameLabel);
    createRow->addWidget(m_nameEdit, 1);
    createRow->addWidget(m_createButton);
    createRow->addWidget(m_revokeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(createRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_stateLabel);

    connect(m_createButton, &QPushButton::clicked, this, &ApiKeysPanel::create);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &ApiKeysPanel::create);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ApiKeysPanel::updateButtons);
    connect(m_revokeButton, &QPushButton::clicked, this, &ApiKeysPanel::revoke);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ApiKeysPanel::updateButtons);
    updateButtons();
}

void ApiKeysPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void ApiKeysPanel::showStatus(const QString& message, bool error)
{
    m_stateLabel->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_stateLabel->setText(message);
}

void ApiKeysPanel::updateButtons()
{
    const bool admin = m_session && m_session->can(OperatorPermission::ManageApiKeys);
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    const bool revocable = !items.isEmpty() && !items.first()->data(0, Qt::UserRole + 1).toBool();
    m_createButton->setEnabled(admin && !m_creating && !m_nameEdit->text().trimmed().isEmpty());
    m_revokeButton->setEnabled(admin && revocable);
}

void ApiKeysPanel::reload()
{
    if (!m_service || !m_session || !m_session->current()) {
        return;
    }
    whenFinished(m_service->listApiKeys(*m_session->current()), this,
                 [this, serial = ++m_serial](const Result<QList<ApiKey>>& keys) {
                     if (serial != m_serial) {
                         return;
                     }
                     if (!keys) {
                         showStatus(keys.error().message, true);
                         return;
                     }
                     m_keys = *keys;
                     m_list->clear();
                     for (const ApiKey& key : std::as_const(m_keys)) {
                         auto* item = new QTreeWidgetItem(m_list);
                         item->setText(0, key.name);
                         item->setText(1, when(key.createdAt));
                         item->setText(2, key.lastUsedAt > 0 ? when(key.lastUsedAt) : tr("Never"));
                         item->setText(3, key.revoked ? tr("Revoked %1").arg(when(key.revokedAt)) : tr("Active"));
                         item->setData(0, Qt::UserRole, key.id);
                         item->setData(0, Qt::UserRole + 1, key.revoked);
                     }
                     updateButtons();
                 });
}

void ApiKeysPanel::create()
{
    if (!m_createButton->isEnabled() || !m_session || !m_session->current()) {
        return;
    }
    m_creating = true;
    updateButtons();
    whenFinished(
        m_service->createApiKey(*m_session->current(), m_nameEdit->text().trimmed(), m_session->requestContext()), this,
        [this](const Result<NewApiKey>& key) {
            m_creating = false;
            updateButtons();
            if (!key) {
                showStatus(key.error().message, true);
                return;
            }
            m_nameEdit->clear();
            showStatus(tr("The key %1 was created.").arg(key->info.name), false);
            reload();
            showNewKey(*key);
        });
}

void ApiKeysPanel::showNewKey(const NewApiKey& key)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"newApiKeyDialog"_s);
    dialog->setWindowTitle(tr("New API key: %1").arg(key.info.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* intro = new QLabel(tr("Copy the key now and store it where the program that uses it can read it. It "
                                "is shown only this once."),
                             dialog);
    intro->setWordWrap(true);
    auto* edit = new QLineEdit(key.key, dialog);
    edit->setObjectName(u"newApiKeyEdit"_s);
    edit->setAccessibleName(tr("The new API key"));
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(key.key) + 24);
    auto* keyLabel = new QLabel(tr("&Key:"), dialog);
    keyLabel->setBuddy(edit);
    auto* copied = new QLabel(dialog);
    copied->setObjectName(u"newApiKeyCopiedLabel"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyApiKeyButton"_s);
    copy->setAccessibleName(tr("Copy the key to the clipboard"));
    connect(copy, &QPushButton::clicked, dialog, [edit, copied] {
        QApplication::clipboard()->setText(edit->text());
        copied->setText(tr("Copied to the clipboard."));
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(keyLabel);
    row->addWidget(edit, 1);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(copied);
    layout->addWidget(buttons);
    dialog->open();
    edit->selectAll();
    edit->setFocus();
}

void ApiKeysPanel::revoke()
{
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    if (items.isEmpty() || !m_session || !m_session->current()) {
        return;
    }
    const QString id = items.first()->data(0, Qt::UserRole).toString();
    const QString name = items.first()->text(0);
    auto* confirm = new QMessageBox(QMessageBox::Warning, tr("Revoke API key"),
                                    tr("Revoke the key %1? Programs using it are refused from now on; this cannot "
                                       "be undone.")
                                        .arg(name),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(u"revokeApiKeyConfirmBox"_s);
    auto* revokeButton = confirm->addButton(tr("&Revoke %1").arg(name), QMessageBox::AcceptRole);
    revokeButton->setObjectName(u"revokeApiKeyConfirmButton"_s);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(revokeButton, &QPushButton::clicked, this, [this, id, name] {
        if (!m_session || !m_session->current()) {
            return;
        }
        whenFinished(m_service->revokeApiKey(*m_session->current(), id, m_session->requestContext()), this,
                     [this, name](const Result<ApiKey>& revoked) {
                         if (!revoked) {
                             showStatus(revoked.error().message, true);
                             return;
                         }
                         showStatus(tr("The key %1 is revoked.").arg(name), false);
                         reload();
                     });
    });
    confirm->open();
}

} // namespace tfk
