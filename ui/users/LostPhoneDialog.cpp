#include "LostPhoneDialog.h"

#include "common/BusyIndicator.h"
#include "common/Futures.h"
#include "common/PageParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

LostPhoneDialog::LostPhoneDialog(TwoFactorService* service, const User& user, const QStringList& methods,
                                 const std::optional<Operator>& by, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_user(user)
    , m_by(by)
{
    setObjectName(u"lostPhoneDialog"_s);
    const QString who = user.fullName.isEmpty() ? user.loginId() : user.fullName;
    const QString phone = PhoneNumberParser::mask(user.mobilePhone);
    setWindowTitle(tr("Lost phone: %1").arg(who));
    m_stack = new QStackedWidget(this);

    // The form.
    auto* form = new QWidget(m_stack);
    auto* intro = new QLabel(tr("Turn off two-factor sign-in for %1 (%2) without a code, because the phone "
                                "%3 is lost. Do this only after you have checked who is asking.")
                                 .arg(who, user.loginId(), phone),
                             form);
    intro->setWordWrap(true);
    m_methodCombo = new QComboBox(form);
    m_methodCombo->setObjectName(u"lostPhoneMethodCombo"_s);
    m_methodCombo->setAccessibleName(tr("How the identity was checked"));
    m_methodCombo->addItem(tr("Choose how you checked..."), QString());
    for (const QString& method : methods) {
        m_methodCombo->addItem(method, method);
    }
    m_reasonEdit = new QLineEdit(form);
    m_reasonEdit->setObjectName(u"lostPhoneReasonEdit"_s);
    m_reasonEdit->setAccessibleName(tr("Reason"));
    m_reasonEdit->setPlaceholderText(tr("e.g. phone stolen on 3 May, ticket 4711"));
    m_reasonEdit->setMaxLength(500);
    auto* fields = new QFormLayout;
    auto* methodLabel = new QLabel(tr("&Identity checked by:"), form);
    methodLabel->setBuddy(m_methodCombo);
    auto* reasonLabel = new QLabel(tr("&Reason:"), form);
    reasonLabel->setBuddy(m_reasonEdit);
    fields->addRow(methodLabel, m_methodCombo);
    fields->addRow(reasonLabel, m_reasonEdit);
    auto* consequences = new QLabel(
        tr("<b>What happens:</b> two-factor sign-in for %1 is turned off at once and the recovery codes are "
           "void, so until %1 is enrolled again a password alone signs in. A notice is texted to the old "
           "number %2, and the audit log records you, the check and the reason.")
            .arg(who.toHtmlEscaped(), phone.toHtmlEscaped()),
        form);
    consequences->setObjectName(u"lostPhoneConsequencesLabel"_s);
    consequences->setWordWrap(true);
    consequences->setTextFormat(Qt::RichText);
    m_errorLabel = new QLabel(form);
    m_errorLabel->setObjectName(u"lostPhoneErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_busyIndicator = new BusyIndicator(u"lostPhoneBusy"_s, form);
    auto* formButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, form);
    m_resetButton = formButtons->addButton(tr("&Turn off two-factor"), QDialogButtonBox::AcceptRole);
    m_resetButton->setObjectName(u"lostPhoneResetButton"_s);
    m_resetButton->setAccessibleName(tr("Turn off two-factor sign-in"));
    m_resetButton->setDefault(true);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(intro);
    formLayout->addLayout(fields);
    formLayout->addWidget(consequences);
    formLayout->addWidget(m_busyIndicator);
    formLayout->addWidget(m_errorLabel);
    formLayout->addStretch(1);
    formLayout->addWidget(formButtons);
    m_stack->addWidget(form);

    // The outcome.
    auto* done = new QWidget(m_stack);
    m_outcomeLabel = new QLabel(done);
    m_outcomeLabel->setObjectName(u"lostPhoneOutcomeLabel"_s);
    m_outcomeLabel->setWordWrap(true);
    m_noticeLabel = new QLabel(done);
    m_noticeLabel->setObjectName(u"lostPhoneNoticeLabel"_s);
    m_noticeLabel->setWordWrap(true);
    auto* doneButtons = new QDialogButtonBox(done);
    auto* enroll = doneButtons->addButton(tr("&Enroll with a new number"), QDialogButtonBox::AcceptRole);
    enroll->setObjectName(u"lostPhoneEnrollButton"_s);
    enroll->setAccessibleName(tr("Enroll with a new number"));
    auto* close = doneButtons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"lostPhoneCloseButton"_s);
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(makeTitleLabel(tr("Two-factor sign-in is off"), done));
    doneLayout->addWidget(m_outcomeLabel);
    doneLayout->addWidget(m_noticeLabel);
    doneLayout->addStretch(1);
    doneLayout->addWidget(doneButtons);
    m_stack->addWidget(done);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    setMinimumWidth(560);

    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, &LostPhoneDialog::updateButton);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &LostPhoneDialog::updateButton);
    connect(formButtons, &QDialogButtonBox::accepted, this, &LostPhoneDialog::reset);
    connect(formButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(enroll, &QPushButton::clicked, this, [this] {
        Q_EMIT enrollRequested(m_user.id);
        accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    updateButton();
    m_methodCombo->setFocus();
}

void LostPhoneDialog::updateButton()
{
    m_resetButton->setEnabled(!m_busy && !m_methodCombo->currentData().toString().isEmpty()
                              && !m_reasonEdit->text().trimmed().isEmpty());
}

void LostPhoneDialog::reset()
{
    if (m_busy || !m_resetButton->isEnabled() || !m_service) {
        return;
    }
    m_busy = true;
    updateButton();
    m_errorLabel->clear();
    m_busyIndicator->begin();
    const LostPhoneReset request {m_user.id, m_methodCombo->currentData().toString(), m_reasonEdit->text().trimmed()};
    whenFinished(m_service->resetLostPhone(m_by, request, kioskRequestContext(m_by ? m_by->name : QString())), this,
                 [this](const Result<LostPhoneOutcome>& outcome) {
                     m_busy = false;
                     m_busyIndicator->end();
                     updateButton();
                     if (!outcome) {
                         m_errorLabel->setText(outcome.error().message);
                         return;
                     }
                     showOutcome(*outcome);
                 });
}

void LostPhoneDialog::showOutcome(const LostPhoneOutcome& outcome)
{
    m_outcome = outcome;
    const QString who = outcome.user.fullName.isEmpty() ? outcome.user.loginId() : outcome.user.fullName;
    m_outcomeLabel->setText(tr("Two-factor sign-in for %1 is off; the recovery codes are void. Enroll %1 with the "
                               "new phone number now, so the account is protected again.")
                                .arg(who));
    if (outcome.noticeError) {
        m_noticeLabel->setStyleSheet(u"color: #b00020;"_s);
        m_noticeLabel->setText(tr("The notice could not be texted to the old number %1: %2")
                                   .arg(outcome.oldPhoneMasked, outcome.noticeError->message));
    } else {
        m_noticeLabel->setStyleSheet(QString());
        m_noticeLabel->setText(tr("A notice was texted to the old number %1.").arg(outcome.oldPhoneMasked));
    }
    m_stack->setCurrentIndex(1);
    auto* enroll = findChild<QPushButton*>(u"lostPhoneEnrollButton"_s);
    enroll->setDefault(true); // Enter goes on with the enrollment now
    enroll->setFocus();
}

} // namespace tfk
