#include "OperatorFormDialog.h"

#include "common/BusyIndicator.h"
#include "common/Futures.h"
#include "common/PageParts.h"
#include "operators/OperatorDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

OperatorFormDialog::OperatorFormDialog(TwoFactorService* service, Mode mode, const std::optional<Operator>& by,
                                       const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_mode(mode)
    , m_by(by)
    , m_name(name)
{
    setObjectName(mode == Mode::FirstAdmin
                      ? u"firstRunDialog"_s
                      : (mode == Mode::Add ? u"addOperatorDialog"_s : u"operatorPasswordDialog"_s));
    setWindowTitle(mode == Mode::FirstAdmin ? tr("Create the first administrator")
                       : mode == Mode::Add  ? tr("Add an operator")
                                            : tr("Set the password of %1").arg(name));

    auto* intro = new QLabel(this);
    intro->setObjectName(u"operatorFormIntro"_s);
    intro->setWordWrap(true);
    switch (mode) {
    case Mode::FirstAdmin:
        intro->setText(tr("No operator exists yet. Create the first administrator: it can use every operator "
                          "screen, add helpdesk operators and leave kiosk mode. The Sign in screen works "
                          "meanwhile."));
        break;
    case Mode::Add:
        intro->setText(tr("Helpdesk operators enroll users, manage them, reset lost phones and read the activity. "
                          "Administrators can also change the settings, the operators and the API keys."));
        break;
    case Mode::SetPassword:
        intro->setText(tr("The new password takes effect at once and lifts a sign-in lockout of %1.").arg(name));
        break;
    }

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    auto makeEdit = [this](const QString& objectName, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessible);
        return edit;
    };
    if (mode != Mode::SetPassword) {
        m_nameEdit = makeEdit(u"operatorFormNameEdit"_s, tr("Login name"));
        m_nameEdit->setMaxLength(OperatorDirectory::kMaxNameLength);
        m_displayNameEdit = makeEdit(u"operatorFormDisplayNameEdit"_s, tr("Display name"));
        m_displayNameEdit->setMaxLength(OperatorDirectory::kMaxDisplayNameLength);
        m_displayNameEdit->setPlaceholderText(tr("e.g. Dana Smith (optional)"));
        addRow(tr("&Login name:"), m_nameEdit);
        addRow(tr("&Display name:"), m_displayNameEdit);
    }
    if (mode == Mode::Add) {
        m_roleCombo = new QComboBox(this);
        m_roleCombo->setObjectName(u"operatorFormRoleCombo"_s);
        m_roleCombo->setAccessibleName(tr("Role"));
        m_roleCombo->addItem(OperatorRoles::displayName(OperatorRole::Helpdesk), int(OperatorRole::Helpdesk));
        m_roleCombo->addItem(OperatorRoles::displayName(OperatorRole::Admin), int(OperatorRole::Admin));
        addRow(tr("&Role:"), m_roleCombo);
    }
    m_passwordEdit = makeEdit(u"operatorFormPasswordEdit"_s, tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("At least %1 characters").arg(OperatorDirectory::kMinPasswordLength));
    m_confirmEdit = makeEdit(u"operatorFormConfirmEdit"_s, tr("Repeat the password"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    addRow(mode == Mode::SetPassword ? tr("New &password:") : tr("&Password:"), m_passwordEdit);
    addRow(tr("R&epeat password:"), m_confirmEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"operatorFormErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_busyIndicator = new BusyIndicator(u"operatorFormBusy"_s, this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(mode == Mode::FirstAdmin ? tr("&Create administrator")
                                          : mode == Mode::Add  ? tr("&Add operator")
                                                               : tr("&Set password"),
                                      QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"operatorFormSaveButton"_s);
    m_saveButton->setAccessibleName(QString(m_saveButton->text()).remove(u'&'));
    m_saveButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorFormDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    if (m_nameEdit) {
        m_nameEdit->setFocus();
    } else {
        m_passwordEdit->setFocus();
    }
}

void OperatorFormDialog::showError(const Error& error)
{
    m_errorLabel->setText(error.message);
    if (error.field.contains(u"password"_s)) {
        m_passwordEdit->setFocus();
        m_passwordEdit->selectAll();
    } else if (error.field.contains(u"displayName"_s) && m_displayNameEdit) {
        m_displayNameEdit->setFocus();
    } else if (error.field.contains(u"name"_s) && m_nameEdit) {
        m_nameEdit->setFocus();
        m_nameEdit->selectAll();
    }
}

void OperatorFormDialog::save()
{
    if (m_busy || !m_service) {
        return;
    }
    if (m_passwordEdit->text() != m_confirmEdit->text()) {
        showError(Error {u"[mismatch]operator.password"_s, tr("The two passwords are not the same."), 400,
                         u"operator.password"_s});
        return;
    }
    m_busy = true;
    m_saveButton->setEnabled(false);
    m_errorLabel->clear();
    m_busyIndicator->begin();
    const RequestContext context = kioskRequestContext(m_by ? m_by->name : Actors::walkUp());
    QFuture<Result<Operator>> saving;
    if (m_mode == Mode::SetPassword) {
        saving = m_service->setOperatorPassword(*m_by, m_name, m_passwordEdit->text(), context);
    } else {
        const OperatorRole role = m_roleCombo ? OperatorRole(m_roleCombo->currentData().toInt()) : OperatorRole::Admin;
        saving = m_service->addOperator(m_mode == Mode::FirstAdmin ? std::nullopt : m_by, m_nameEdit->text().trimmed(),
                                        m_displayNameEdit->text().trimmed(), m_passwordEdit->text(), role, context);
    }
    const auto finished = [this](const Result<Operator>& saved) {
        m_busy = false;
        m_busyIndicator->end();
        m_saveButton->setEnabled(true);
        if (!saved) {
            showError(saved.error());
            return;
        }
        m_result = *saved;
        accept();
    };
    if (m_mode != Mode::FirstAdmin) {
        whenFinished(saving, this, finished);
        return;
    }
    // The first administrator is signed in at once, properly (audited, last sign-in recorded).
    whenFinished(saving, this, [this, context, finished](const Result<Operator>& added) {
        if (!added) {
            finished(added);
            return;
        }
        whenFinished(m_service->signInOperator(added->name, m_passwordEdit->text(), context), this, finished);
    });
}

} // namespace tfk
