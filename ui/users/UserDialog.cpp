#include "UserDialog.h"

#include "common/BusyIndicator.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "common/Futures.h"
#include "common/PageParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

UserDialog::UserDialog(TwoFactorService* service, const QString& userId, const RequestContext& context, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_userId(userId)
    , m_context(context)
{
    setObjectName(u"userDialog"_s);
    setWindowTitle(userId.isEmpty() ? tr("New user") : tr("Edit user"));

    auto makeEdit = [this](const char16_t* name, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromUtf16(name));
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_nameEdit = makeEdit(u"userNameEdit", tr("Full name"));
    m_emailEdit = makeEdit(u"userEmailEdit", tr("Email"));
    m_usernameEdit = makeEdit(u"userUsernameEdit", tr("Username"));
    m_countryCombo = new QComboBox(this);
    m_countryCombo->setObjectName(u"userCountryCombo"_s);
    m_countryCombo->setAccessibleName(tr("Country of the mobile phone"));
    for (const auto& [region, callingCode] : PhoneNumberParser::supportedRegions()) {
        m_countryCombo->addItem(
            u"%1 (+%2)"_s.arg(QLocale::territoryToString(QLocale::codeToTerritory(region))).arg(callingCode), region);
    }
    m_countryCombo->setCurrentIndex(std::max(0, m_countryCombo->findData(service->phones().options().defaultRegion)));
    m_phoneEdit = makeEdit(u"userPhoneEdit", tr("Mobile phone"));
    m_phoneResult = new QLabel(this);
    m_phoneResult->setObjectName(u"userPhoneResultLabel"_s);
    m_phoneResult->setWordWrap(true);
    // Changing the number of a user with two-factor on: confirmed by a code texted to the new number.
    m_phoneChange = new QWidget(this);
    m_phoneChange->setObjectName(u"phoneChangeBox"_s);
    auto* phoneChangeHint = new QLabel(tr("Two-factor sign-in is on for this user: confirm the new number with a "
                                          "code texted to it."),
                                       m_phoneChange);
    phoneChangeHint->setWordWrap(true);
    m_phoneCodeSend = new CooldownButton(tr("Send code to ne&w number"), m_phoneChange);
    m_phoneCodeSend->setObjectName(u"phoneChangeSendButton"_s);
    m_phoneCodeSend->setAccessibleName(tr("Send code to new number"));
    m_phoneCodeSend->setAutoDefault(false);
    m_phoneCodeEdit = new CodeLineEdit(6, m_phoneChange);
    m_phoneCodeEdit->setObjectName(u"phoneChangeCodeEdit"_s);
    m_phoneCodeEdit->setAccessibleName(tr("Code sent to the new number"));
    auto* phoneCodeLabel = new QLabel(tr("Code from the new num&ber:"), m_phoneChange);
    phoneCodeLabel->setBuddy(m_phoneCodeEdit);
    m_phoneCodeStatus = new QLabel(m_phoneChange);
    m_phoneCodeStatus->setObjectName(u"phoneChangeStatusLabel"_s);
    m_phoneCodeStatus->setWordWrap(true);
    auto* phoneChangeLayout = new QVBoxLayout(m_phoneChange);
    phoneChangeLayout->setContentsMargins(0, 0, 0, 0);
    phoneChangeLayout->addWidget(phoneChangeHint);
    phoneChangeLayout->addWidget(m_phoneCodeSend, 0, Qt::AlignLeft);
    phoneChangeLayout->addWidget(m_phoneCodeStatus);
    phoneChangeLayout->addWidget(phoneCodeLabel);
    phoneChangeLayout->addWidget(m_phoneCodeEdit);
    m_phoneChange->hide();
    m_passwordEdit = makeEdit(u"userPasswordEdit", tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit = makeEdit(u"userConfirmEdit", tr("Repeat the password"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    if (!userId.isEmpty()) {
        m_passwordEdit->setPlaceholderText(tr("Leave empty to keep the password"));
    }
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"userErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Full &name:"), m_nameEdit);
    addRow(tr("&Email:"), m_emailEdit);
    addRow(tr("&Username:"), m_usernameEdit);
    addRow(tr("C&ountry:"), m_countryCombo);
    addRow(tr("&Mobile phone:"), m_phoneEdit);
    form->addRow(QString(), m_phoneResult);
    form->addRow(QString(), m_phoneChange);
    addRow(tr("&Password:"), m_passwordEdit);
    addRow(tr("&Repeat password:"), m_confirmEdit);
    form->addRow(m_errorLabel);
    m_busyIndicator = new BusyIndicator(u"userDialogBusy"_s, this);
    form->addRow(m_busyIndicator);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"userSaveButton"_s);
    form->addRow(buttons);
    setLayout(form);

    if (!userId.isEmpty()) {
        // Read while the dialog is already open; Save waits for it.
        m_loading = true;
        m_busyIndicator->begin();
        whenFinished(service->findUser(userId), this, [this](const Result<User>& user) {
            m_loading = false;
            m_busyIndicator->end();
            if (user) {
                m_user = *user;
                showUser(*user);
                validatePhone();
            } else {
                m_loadFailed = true;
                m_errorLabel->setText(user.error().message);
            }
            updateSaveButton();
        });
    }
    connect(m_phoneEdit, &QLineEdit::textChanged, this, &UserDialog::validatePhone);
    connect(m_countryCombo, &QComboBox::currentIndexChanged, this, &UserDialog::validatePhone);
    connect(m_phoneCodeSend, &QPushButton::clicked, this, &UserDialog::sendPhoneChangeCode);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validatePhone();
    updateSaveButton();
}

void UserDialog::showUser(const User& user)
{
    // Whatever the operator typed before the answer came stays.
    auto fill = [](QLineEdit* edit, const QString& text) {
        if (!edit->isModified() && edit->text().isEmpty()) {
            edit->setText(text);
        }
    };
    fill(m_nameEdit, user.fullName);
    fill(m_emailEdit, user.email);
    fill(m_usernameEdit, user.username);
    if (m_phoneEdit->isModified() || !m_phoneEdit->text().isEmpty()) {
        return;
    }
    if (auto phone = m_service->phones().parse(user.mobilePhone)) {
        m_countryCombo->setCurrentIndex(std::max(0, m_countryCombo->findData(phone->regionCode)));
        m_phoneEdit->setText(phone->international());
    }
}

void UserDialog::updateSaveButton()
{
    m_saveButton->setEnabled(!m_loading && !m_loadFailed && !m_saving);
}

void UserDialog::validatePhone()
{
    const bool needsCode = phoneChangeNeedsCode();
    m_phoneChange->setVisible(needsCode);
    m_phoneCodeSend->setAllowed(needsCode && !m_sendingPhoneCode);
    if (m_phoneEdit->text().trimmed().isEmpty()) {
        m_phoneResult->setText(tr("No mobile phone: this user cannot receive codes by text message."));
        m_phoneResult->setStyleSheet(QString());
        return;
    }
    auto phone = m_service->phones().parse(m_phoneEdit->text(), m_countryCombo->currentData().toString());
    if (phone) {
        m_phoneResult->setStyleSheet(QString());
        m_phoneResult->setText(tr("Will text %1 (E.164: %2)").arg(phone->international(), phone->e164));
    } else {
        m_phoneResult->setStyleSheet(u"color: #b00020;"_s);
        m_phoneResult->setText(phone.error().message);
    }
}

bool UserDialog::phoneChangeNeedsCode() const
{
    if (!m_user || !m_user->twoFactorEnabled) {
        return false;
    }
    auto phone = m_service->phones().parse(m_phoneEdit->text(), m_countryCombo->currentData().toString());
    return phone && phone->e164 != m_user->mobilePhone;
}

void UserDialog::sendPhoneChangeCode()
{
    auto phone = m_service->phones().parse(m_phoneEdit->text(), m_countryCombo->currentData().toString());
    if (!phone || !m_user || m_sendingPhoneCode) {
        return;
    }
    m_sendingPhoneCode = true;
    m_phoneCodeSend->setAllowed(false);
    m_busyIndicator->begin();
    m_phoneCodeStatus->setStyleSheet(QString());
    m_phoneCodeStatus->setText(tr("Sending a code to %1...").arg(phone->masked()));
    whenFinished(m_service->sendPhoneChangeCode(m_user->id, phone->e164, m_context), this,
                 [this](const Result<SendReceipt>& sent) {
                     m_sendingPhoneCode = false;
                     m_busyIndicator->end();
                     m_phoneCodeSend->setAllowed(phoneChangeNeedsCode());
                     if (sent) {
                         m_phoneCodeStatus->setText(
                             tr("Code sent to %1. Type it below, then save.").arg(sent->phoneMasked));
                         m_phoneCodeSend->startCooldown(m_service->rules().sendCooldownSeconds);
                         m_phoneCodeEdit->setFocus();
                     } else {
                         m_phoneCodeStatus->setStyleSheet(u"color: #b00020;"_s);
                         m_phoneCodeStatus->setText(sent.error().message);
                         m_phoneCodeSend->startCooldown(sent.error().retryAfterSeconds);
                     }
                 });
}

void UserDialog::showFieldError(const Error& error)
{
    m_errorLabel->setText(error.message);
    if (error.field.endsWith(u"email"_s)) {
        m_emailEdit->setFocus();
    } else if (error.field.endsWith(u"username"_s)) {
        m_usernameEdit->setFocus();
    } else if (error.field.endsWith(u"phoneVerificationCode"_s) || error.field == u"code"_s) {
        m_phoneCodeEdit->setFocus();
    } else if (error.field.endsWith(u"mobilePhone"_s)) {
        m_phoneEdit->setFocus();
    } else if (error.field.endsWith(u"password"_s)) {
        m_passwordEdit->setFocus();
    }
}

void UserDialog::save()
{
    if (busy() || m_loadFailed) {
        return;
    }
    if (m_passwordEdit->text() != m_confirmEdit->text()) {
        showFieldError(
            Error {u"[mismatch]user.password"_s, tr("The two passwords are not the same."), 400, u"user.password"_s});
        return;
    }
    QString phone = m_phoneEdit->text().trimmed();
    if (!phone.isEmpty()) {
        auto parsed = m_service->phones().parse(phone, m_countryCombo->currentData().toString());
        if (!parsed) {
            showFieldError(parsed.error());
            return;
        }
        phone = parsed->e164;
    }
    const UserRequest request {m_emailEdit->text(),    m_usernameEdit->text(),
                               m_nameEdit->text(),     phone,
                               m_passwordEdit->text(), phoneChangeNeedsCode() ? m_phoneCodeEdit->text() : QString()};
    const RequestContext context = m_context;
    m_saving = true;
    m_errorLabel->clear();
    m_busyIndicator->begin();
    updateSaveButton();
    auto saving = m_userId.isEmpty() ? m_service->createUser(request, context)
                                     : m_service->updateUser(m_userId, request, context);
    // The dialog is the context: cancelled meanwhile, the answer is not shown (the save still happens).
    whenFinished(saving, this, [this](const Result<User>& saved) {
        m_saving = false;
        m_busyIndicator->end();
        updateSaveButton();
        if (!saved) {
            showFieldError(saved.error());
            return;
        }
        m_savedUserId = saved->id;
        accept();
    });
}

} // namespace tfk
