#include "EnrollPage.h"

#include "common/BusyIndicator.h"
#include "common/CodeLineEdit.h"
#include "common/CooldownButton.h"
#include "common/Futures.h"
#include "common/PageParts.h"
#include "operators/OperatorSession.h"
#include "recovery/RecoveryCodesDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

QString statusWord(const QString& status)
{
    if (status == u"queued"_s || status == u"accepted"_s) {
        return EnrollPage::tr("queued");
    }
    if (status == u"sending"_s || status == u"sent"_s) {
        return EnrollPage::tr("sent");
    }
    if (status == u"delivered"_s) {
        return EnrollPage::tr("delivered");
    }
    if (status == u"undelivered"_s || status == u"failed"_s) {
        return EnrollPage::tr("not delivered");
    }
    return status;
}

} // namespace

EnrollPage::EnrollPage(TwoFactorService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"enrollPage"_s);
    m_stack = new QStackedWidget(this);

    // The form.
    auto* form = new QWidget(m_stack);
    m_userCombo = new QComboBox(form);
    m_userCombo->setObjectName(u"enrollUserCombo"_s);
    m_userCombo->setAccessibleName(tr("User to enroll"));
    m_userNote = new QLabel(form);
    m_userNote->setObjectName(u"enrollUserNote"_s);
    m_userNote->setWordWrap(true);

    m_countryCombo = new QComboBox(form);
    m_countryCombo->setObjectName(u"countryCombo"_s);
    m_countryCombo->setAccessibleName(tr("Country of the mobile phone"));
    for (const auto& [region, callingCode] : PhoneNumberParser::supportedRegions()) {
        const QString name = QLocale::territoryToString(QLocale::codeToTerritory(region));
        m_countryCombo->addItem(u"%1 (+%2)"_s.arg(name).arg(callingCode), region);
    }
    m_countryCombo->setCurrentIndex(
        std::max(0, m_countryCombo->findData(service ? service->phones().options().defaultRegion : u"US"_s)));

    m_phoneEdit = new QLineEdit(form);
    m_phoneEdit->setObjectName(u"phoneEdit"_s);
    m_phoneEdit->setAccessibleName(tr("Mobile phone number"));
    m_phoneEdit->setPlaceholderText(tr("e.g. (201) 555-0123 or +44 7400 123456"));
    m_phoneResult = new QLabel(form);
    m_phoneResult->setObjectName(u"phoneResultLabel"_s);
    m_phoneResult->setWordWrap(true);

    m_sendButton = new CooldownButton(tr("Send code to mobile phone"), form);
    m_sendButton->setObjectName(u"sendCodeButton"_s);
    m_sendButton->setAccessibleName(tr("Send code to mobile phone"));
    m_sendStatus = new QLabel(form);
    m_sendStatus->setObjectName(u"sendStatusLabel"_s);
    m_sendStatus->setWordWrap(true);
    m_sendStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_codeEdit = new CodeLineEdit(6, form);
    m_codeEdit->setObjectName(u"enrollCodeEdit"_s);
    m_codeEdit->setAccessibleName(tr("Code from the text message"));
    m_enableButton = new QPushButton(tr("Enable two-factor"), form);
    m_enableButton->setObjectName(u"enableButton"_s);
    m_enableButton->setAccessibleName(tr("Enable two-factor"));
    m_enableButton->setDefault(true);
    m_enableButton->setAutoDefault(true);
    m_enableError = new QLabel(form);
    m_enableError->setObjectName(u"enableErrorLabel"_s);
    m_enableError->setWordWrap(true);
    m_busyIndicator = new BusyIndicator(u"enrollBusy"_s, form);

    auto* fields = new QFormLayout;
    auto addRow = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, form);
        label->setBuddy(field);
        fields->addRow(label, field);
    };
    addRow(tr("&User:"), m_userCombo);
    fields->addRow(QString(), m_userNote);
    addRow(tr("C&ountry:"), m_countryCombo);
    addRow(tr("&Mobile phone:"), m_phoneEdit);
    fields->addRow(QString(), m_phoneResult);
    fields->addRow(QString(), m_sendButton);
    fields->addRow(QString(), m_sendStatus);
    addRow(tr("&Code:"), m_codeEdit);
    fields->addRow(QString(), m_enableButton);
    fields->addRow(QString(), m_busyIndicator);
    fields->addRow(QString(), m_enableError);

    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(makeTitleLabel(tr("Enroll a user in two-factor sign-in"), form));
    auto* intro = new QLabel(tr("Type the user's mobile number and send a code. The user reads the code from the "
                                "text message; type it below to turn two-factor sign-in on."),
                             form);
    intro->setWordWrap(true);
    formLayout->addWidget(intro);
    formLayout->addLayout(fields);
    formLayout->addStretch(1);
    m_stack->addWidget(form);

    // The success page.
    auto* done = new QWidget(m_stack);
    m_successLabel = new QLabel(done);
    m_successLabel->setObjectName(u"enrollSuccessLabel"_s);
    m_successLabel->setWordWrap(true);
    auto* another = new QPushButton(tr("Enroll &another user"), done);
    another->setObjectName(u"enrollAnotherButton"_s);
    another->setAccessibleName(tr("Enroll another user"));
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(makeTitleLabel(tr("Two-factor sign-in is on"), done));
    doneLayout->addWidget(m_successLabel);
    doneLayout->addWidget(another, 0, Qt::AlignLeft);
    doneLayout->addStretch(1);
    m_stack->addWidget(done);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    setTabOrder(m_userCombo, m_countryCombo);
    setTabOrder(m_countryCombo, m_phoneEdit);
    setTabOrder(m_phoneEdit, m_sendButton);
    setTabOrder(m_sendButton, m_codeEdit);
    setTabOrder(m_codeEdit, m_enableButton);

    connect(m_userCombo, &QComboBox::currentIndexChanged, this, &EnrollPage::userChosen);
    connect(m_countryCombo, &QComboBox::currentIndexChanged, this, &EnrollPage::validatePhone);
    connect(m_phoneEdit, &QLineEdit::textChanged, this, &EnrollPage::validatePhone);
    connect(m_sendButton, &QPushButton::clicked, this, &EnrollPage::sendCode);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &EnrollPage::updateButtons);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &EnrollPage::enable);
    connect(m_enableButton, &QPushButton::clicked, this, &EnrollPage::enable);
    connect(another, &QPushButton::clicked, this, &EnrollPage::reset);
    if (m_service) {
        // Emitted on a worker thread: queued to this page.
        connect(m_service, &TwoFactorService::userChanged, this, [this](const QString& userId) {
            reloadUsers();
            if (!userId.isEmpty() && userId == chosenId()) {
                loadUser(false);
            }
        });
        connect(m_service, &TwoFactorService::smsStatusChanged, this,
                [this](const QString& messageId, const QString& status, const QString& errorMessage) {
                    if (messageId != m_messageId) {
                        return;
                    }
                    m_sentStatus = status;
                    showSendStatus();
                    if (!errorMessage.isEmpty()) {
                        setError(m_sendStatus, m_sendStatus->text() % u"\n"_s % errorMessage);
                    }
                });
    }
    reloadUsers();
    reset();
}

void EnrollPage::reloadUsers()
{
    if (!m_service) {
        return;
    }
    whenFinished(m_service->searchUsers({}, 0, 1000), this,
                 [this, serial = ++m_listSerial](const Result<UserPage>& page) {
                     if (serial != m_listSerial || !page) {
                         return; // a newer list is on its way, or the old one stays
                     }
                     const QString selected = chosenId();
                     const QString selectedText = m_userCombo->currentText();
                     const QSignalBlocker blocker(m_userCombo);
                     m_userCombo->clear();
                     m_userCombo->addItem(tr("Choose a user..."), QString());
                     for (const User& user : std::as_const(page->users)) {
                         m_userCombo->addItem(u"%1 <%2>"_s.arg(user.fullName, user.loginId()), user.id);
                     }
                     // A user chosen beyond the first 1,000 stays chosen.
                     if (!selected.isEmpty() && m_userCombo->findData(selected) < 0) {
                         m_userCombo->addItem(selectedText, selected);
                     }
                     m_userCombo->setCurrentIndex(std::max(0, m_userCombo->findData(selected)));
                 });
}

QString EnrollPage::chosenId() const
{
    return m_userCombo->currentData().toString();
}

void EnrollPage::addUserItem(const User& user)
{
    if (m_userCombo->findData(user.id) < 0) {
        m_userCombo->addItem(u"%1 <%2>"_s.arg(user.fullName, user.loginId()), user.id);
    }
}

void EnrollPage::selectUser(const QString& userId, bool newNumber)
{
    reset();
    m_newNumber = newNumber;
    if (m_userCombo->findData(userId) >= 0 || !m_service) {
        m_userCombo->setCurrentIndex(std::max(0, m_userCombo->findData(userId)));
        return;
    }
    // Not (yet) in the list: it holds the first 1,000 users by name, and may still be loading.
    whenFinished(m_service->findUser(userId), this, [this, form = m_formSerial](const Result<User>& user) {
        if (form != m_formSerial || !user) {
            return; // the operator moved on meanwhile
        }
        addUserItem(*user);
        m_userCombo->setCurrentIndex(std::max(0, m_userCombo->findData(user->id)));
    });
}

void EnrollPage::reset()
{
    m_newNumber = false;
    ++m_formSerial;
    ++m_userSerial;
    m_stack->setCurrentIndex(0);
    m_userCombo->setCurrentIndex(0);
    m_phoneEdit->clear();
    m_codeEdit->clear();
    m_sendStatus->clear();
    m_enableError->clear();
    m_userNote->clear();
    m_user.reset();
    m_codeSent = false;
    m_sending = false;
    m_enabling = false;
    m_messageId.clear();
    m_secret.clear();
    m_busyIndicator->clear();
    m_sendButton->startCooldown(0);
    validatePhone();
}

void EnrollPage::userChosen()
{
    ++m_formSerial;
    m_codeSent = false;
    m_sending = false;
    m_enabling = false;
    m_busyIndicator->clear();
    m_codeEdit->clear();
    m_sendStatus->clear();
    m_enableError->clear();
    m_userNote->clear();
    m_user.reset();
    // Step 1 of the workflow (GET /api/two-factor/secret in the API view), once a user is chosen.
    m_secret = m_service && !chosenId().isEmpty() ? m_service->generateSecret(requestContext()).secret() : QString();
    loadUser(!m_newNumber);
    validatePhone();
}

void EnrollPage::loadUser(bool fillPhone)
{
    const QString id = chosenId();
    const quint64 serial = ++m_userSerial;
    if (id.isEmpty() || !m_service) {
        m_user.reset();
        updateButtons();
        return;
    }
    const QString typedBefore = m_phoneEdit->text();
    whenFinished(m_service->findUser(id), this, [this, serial, id, fillPhone, typedBefore](const Result<User>& user) {
        if (serial != m_userSerial || id != chosenId()) {
            return;
        }
        if (!user) {
            m_user.reset();
            setError(m_userNote, user.error().message);
            updateButtons();
            return;
        }
        m_user = *user;
        m_userNote->setStyleSheet(QString());
        m_userNote->setText(
            user->twoFactorEnabled
                ? tr("Two-factor sign-in is already on for %1. Turn it off in Users to enroll again.")
                      .arg(user->fullName)
                : (m_newNumber ? tr("Type the new mobile number of %1.").arg(user->fullName) : QString()));
        // A number the operator typed while the user was being read is kept.
        if (fillPhone && !user->mobilePhone.isEmpty() && m_phoneEdit->text() == typedBefore) {
            if (auto phone = m_service->phones().parse(user->mobilePhone)) {
                m_countryCombo->setCurrentIndex(std::max(0, m_countryCombo->findData(phone->regionCode)));
                m_phoneEdit->setText(phone->international());
            }
        }
        validatePhone();
    });
}

void EnrollPage::validatePhone()
{
    m_phone.reset();
    const QString text = m_phoneEdit->text();
    if (text.trimmed().isEmpty() || !m_service) {
        m_phoneResult->clear();
    } else {
        auto phone = m_service->phones().parse(text, m_countryCombo->currentData().toString());
        if (phone) {
            m_phone = *phone;
            m_phoneResult->setStyleSheet(QString());
            m_phoneResult->setText(tr("Will text %1 (E.164: %2)").arg(phone->international(), phone->e164));
        } else {
            setError(m_phoneResult, phone.error().message);
        }
    }
    updateButtons();
}

void EnrollPage::updateButtons()
{
    const QString id = chosenId();
    const bool loaded = m_user && m_user->id == id;
    const bool alreadyOn = loaded && m_user->twoFactorEnabled;
    m_sendButton->setAllowed(!id.isEmpty() && loaded && m_phone.has_value() && !m_sending && !m_enabling && !alreadyOn);
    m_enableButton->setEnabled(m_codeSent && loaded && m_codeEdit->isComplete() && !alreadyOn && !m_enabling);
}

void EnrollPage::setError(QLabel* label, const QString& message)
{
    label->setStyleSheet(u"color: #b00020;"_s);
    label->setText(message);
}

void EnrollPage::showSendStatus()
{
    m_sendStatus->setStyleSheet(QString());
    m_sendStatus->setText(tr("Code sent to %1 at %2 - %3").arg(m_sentTo, m_sentAt, statusWord(m_sentStatus)));
}

void EnrollPage::sendCode()
{
    if (!m_phone || m_sending || !m_service) {
        return;
    }
    m_sending = true;
    m_busyIndicator->begin();
    m_enableError->clear();
    m_sendStatus->setStyleSheet(QString());
    m_sendStatus->setText(tr("Sending a code to %1...").arg(m_phone->masked()));
    updateButtons();
    const qint64 cooldown = m_service->rules().sendCooldownSeconds;
    whenFinished(m_service->sendEnrollmentCode(m_phone->e164, m_secret, requestContext()), this,
                 [this, cooldown, form = m_formSerial](const Result<SendReceipt>& sent) {
                     if (form != m_formSerial) {
                         return; // the form was wiped or another user chosen: this code is for nobody here
                     }
                     m_sending = false;
                     m_busyIndicator->end();
                     if (sent) {
                         m_codeSent = true;
                         m_sentTo = sent->phoneMasked;
                         m_sentAt = QLocale().toString(QDateTime::fromMSecsSinceEpoch(sent->sentAt).time(),
                                                       QLocale::ShortFormat);
                         m_messageId = sent->messageId;
                         m_sentStatus = sent->status;
                         showSendStatus();
                         m_sendButton->startCooldown(cooldown);
                         m_codeEdit->setFocus();
                     } else {
                         setError(m_sendStatus, sent.error().message);
                         m_sendButton->startCooldown(sent.error().retryAfterSeconds);
                     }
                     updateButtons();
                 });
}

void EnrollPage::enable()
{
    if (!m_enableButton->isEnabled() || !m_service || !m_user || !m_phone) {
        return;
    }
    m_enabling = true;
    m_busyIndicator->begin();
    m_enableError->clear();
    updateButtons();
    const User user = *m_user;
    const QString code = m_codeEdit->text();
    const QString e164 = m_phone->e164;
    const quint64 form = m_formSerial;
    auto turnOn = [this, user, code, form] {
        whenFinished(
            m_service->enableTwoFactor(user.id, code, m_secret, TwoFactorDelivery::TextMessage, requestContext()), this,
            [this, form](const Result<TwoFactorEnabled>& enabled) {
                if (form == m_formSerial) {
                    finishEnable(enabled);
                }
            });
    };
    if (user.mobilePhone == e164) {
        turnOn();
        return;
    }
    // The number the code went to becomes the user's number.
    whenFinished(m_service->updateUser(user.id, UserRequest {user.email, user.username, user.fullName, e164, {}},
                                       requestContext()),
                 this, [this, form, turnOn](const Result<User>& updated) {
                     if (form != m_formSerial) {
                         return;
                     }
                     if (!updated) {
                         finishEnable(std::unexpected(updated.error()));
                         return;
                     }
                     turnOn();
                 });
}

RequestContext EnrollPage::requestContext() const
{
    return m_session ? m_session->requestContext() : kioskRequestContext();
}

void EnrollPage::finishEnable(const Result<TwoFactorEnabled>& enabled)
{
    m_enabling = false;
    m_busyIndicator->end();
    if (!enabled) {
        setError(m_enableError, enabled.error().message);
        updateButtons();
        m_codeEdit->selectAll();
        m_codeEdit->setFocus();
        return;
    }
    const User& user = enabled->user;
    m_user = user;
    updateButtons();
    m_successLabel->setText(tr("%1 now signs in with a password and a code texted to %2. The recovery codes are "
                               "shown once: print them or write them down for %1.")
                                .arg(user.fullName, PhoneNumberParser::mask(user.mobilePhone)));
    m_stack->setCurrentIndex(1);
    if (!enabled->recoveryCodes.isEmpty()) {
        auto* dialog = new RecoveryCodesDialog(user, enabled->recoveryCodes, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    Q_EMIT enrolled(user.id);
}

} // namespace tfk
