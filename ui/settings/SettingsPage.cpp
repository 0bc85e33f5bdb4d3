#include "SettingsPage.h"

#include "SmsTemplatePreview.h"
#include "common/DurationSpinBox.h"
#include "i18n/Translations.h"
#include "phone/PhoneNumberParser.h"
#include "settings/SecretStore.h"
#include "sms/SenderId.h"
#include "sms/TwilioConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

using Key = Settings::Key;

const Key kTwilioKeys[] = {Key::TwilioApiUrl,        Key::TwilioAccountSid,         Key::TwilioApiKeySid,
                           Key::TwilioFromNumber,    Key::TwilioFallbackFromNumber, Key::TwilioMessagingServiceSid,
                           Key::TwilioTimeoutSeconds};
// The sender kind combo's choices: SenderId's kinds, then a Messaging Service instead of a From.
constexpr int kSenderPhoneNumber = int(SenderId::Kind::PhoneNumber);
constexpr int kSenderShortCode = int(SenderId::Kind::ShortCode);
constexpr int kSenderAlphanumeric = int(SenderId::Kind::Alphanumeric);
constexpr int kSenderMessagingService = 3;
// Used by the window at once: no restart needed.
const Key kKioskKeys[] = {Key::OrganizationName, Key::OrganizationLogo, Key::HelpdeskPhone, Key::IdentityCheckMethods,
                          Key::OperatorIdleLockSeconds};
// Read once at start-up by the service: saved now, used after a restart.
const Key kRestartKeys[] = {Key::DefaultRegion,
                            Key::AllowTestNumbers,
                            Key::Language,
                            Key::LookBehindSteps,
                            Key::LookAheadSteps,
                            Key::ChallengeLifetimeSeconds,
                            Key::MaxWrongCodes,
                            Key::MaxWrongCodesPerUserPerHour,
                            Key::SendCooldownSeconds,
                            Key::MaxSendsPerPhone,
                            Key::PhoneSendWindowSeconds,
                            Key::MaxSendsPerHour,
                            Key::MaxPasswordFailures,
                            Key::PasswordFailureWindowSeconds,
                            Key::LockoutSeconds,
                            Key::TrustLifetimeSeconds,
                            Key::SmsTemplate};

struct RuleSpec
{
    Key key;
    const char* name;
    const char* label;
    const char* help;
    int min; // the ranges TwoFactorRules::validate() accepts (the page's test keeps them equal)
    int max;
    // Durations are shown in the unit people think in and stored in seconds; 0: a count, not a duration.
    int unit;
};

constexpr int kCount = 0;
constexpr int kSeconds = int(DurationSpinBox::Unit::Seconds);
constexpr int kMinutes = int(DurationSpinBox::Unit::Minutes);
constexpr int kDays = int(DurationSpinBox::Unit::Days);

const RuleSpec kRuleSpecs[] = {
    {Key::LookBehindSteps, "lookBehindSteps", QT_TRANSLATE_NOOP("tfk::SettingsPage", "Look-be&hind steps:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage",
                       "Codes from this many 30-second steps ago are still accepted; raise it "
                       "for slow SMS routes."),
     0, 10, kCount},
    {Key::LookAheadSteps, "lookAheadSteps", QT_TRANSLATE_NOOP("tfk::SettingsPage", "Look-ahead ste&ps:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "Codes from this many 30-second steps ahead are accepted (clock skew)."), 0,
     10, kCount},
    {Key::ChallengeLifetimeSeconds, "challengeLifetimeSeconds",
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "&Challenge lifetime:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "How long a sign-in waits for its code."), 30, 3600, kMinutes},
    {Key::MaxWrongCodes, "maxWrongCodes", QT_TRANSLATE_NOOP("tfk::SettingsPage", "&Wrong codes per challenge:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "After this many wrong codes the sign-in must start again."), 1, 100,
     kCount},
    {Key::MaxWrongCodesPerUserPerHour, "maxWrongCodesPerUserPerHour",
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "Wrong codes per user, per h&our:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage",
                       "Across all of a user's sign-ins: after this many wrong codes within an hour, every code is "
                       "refused until the oldest of them is an hour old (against guessing challenge after challenge)."),
     1, 100000, kCount},
    {Key::SendCooldownSeconds, "sendCooldownSeconds",
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "Cooldown between te&xts:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "The wait before another code can be texted to the same phone."), 0, 3600,
     kSeconds},
    {Key::MaxSendsPerPhone, "maxSendsPerPhone", QT_TRANSLATE_NOOP("tfk::SettingsPage", "Texts per pho&ne:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "At most this many texts to one phone within the per-phone window."), 1,
     1000, kCount},
    {Key::PhoneSendWindowSeconds, "phoneSendWindowSeconds",
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "Per-phone &window:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "The period over which texts per phone are counted."), 60, 86400, kMinutes},
    {Key::MaxSendsPerHour, "maxSendsPerHour", QT_TRANSLATE_NOOP("tfk::SettingsPage", "Hourl&y texts, all phones:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "A cap on all texts together, against SMS pumping fraud."), 1, 1000000,
     kCount},
    {Key::MaxPasswordFailures, "maxPasswordFailures",
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "Password fail&ures before lockout:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "This many wrong passwords within the failure window lock the login id."),
     1, 1000, kCount},
    {Key::PasswordFailureWindowSeconds, "passwordFailureWindowSeconds",
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "Password failure wi&ndow:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "The period over which wrong passwords are counted."), 1, 86400, kMinutes},
    {Key::LockoutSeconds, "lockoutSeconds", QT_TRANSLATE_NOOP("tfk::SettingsPage", "Lockout du&ration:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "How long a locked login id stays locked."), 1, 7 * 86400, kMinutes},
    {Key::TrustLifetimeSeconds, "trustLifetimeSeconds",
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "Trusted computer &for:"),
     QT_TRANSLATE_NOOP("tfk::SettingsPage", "How long \"Trust this computer\" skips the code."), 60, 365 * 86400,
     kDays},
};

// A validate()-clean configuration, to test one edited field at a time against TwilioConfig's own checks.
TwilioConfig validBase()
{
    TwilioConfig config;
    config.accountSid = u"AC00000000000000000000000000000000"_s;
    config.authToken = u"token"_s;
    config.fromNumber = u"+15005550006"_s;
    return config;
}

QString fieldMessage(const TwilioConfig& config)
{
    auto valid = config.validate();
    return valid ? QString() : valid.error().message;
}

QLabel* messageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QLabel* hintLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

// The field with its message underneath, as one form cell; the label's buddy is the field itself.
// `beside` (a hint or a button) goes right of the field; the hint takes the spare width, a button does not.
void addRow(QFormLayout* form, const QString& labelText, QWidget* field, QLabel* message = nullptr,
            QWidget* beside = nullptr)
{
    auto* label = new QLabel(labelText, form->parentWidget());
    label->setBuddy(field);
    label->setObjectName(field->objectName() + u"Label"_s);
    if (!message && !beside) {
        form->addRow(label, field);
        return;
    }
    auto* cell = new QWidget(form->parentWidget());
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    if (beside) {
        auto* row = new QHBoxLayout;
        const bool besideGrows = qobject_cast<QLabel*>(beside) != nullptr;
        row->addWidget(field, besideGrows ? 0 : 1);
        row->addWidget(beside, besideGrows ? 1 : 0);
        column->addLayout(row);
    } else {
        column->addWidget(field);
    }
    if (message) {
        column->addWidget(message);
    }
    form->addRow(label, cell);
}

QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

SettingsPage::SettingsPage(Settings* settings, SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    setObjectName(u"settingsPage"_s);

    auto* title = new QLabel(tr("Settings"), this);
    title->setObjectName(u"settingsTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* content = new QWidget(this);
    content->setObjectName(u"settingsContent"_s);
    auto* grid = new QGridLayout(content);
    auto* left = new QVBoxLayout;
    left->addWidget(buildTwilioGroup());
    left->addWidget(buildPhoneGroup());
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(buildRulesGroup());
    right->addWidget(buildKioskGroup());
    right->addWidget(buildDatabaseGroup());
    right->addWidget(buildLanguageGroup());
    right->addStretch(1);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingsScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_status = new QLabel(this);
    m_status->setObjectName(u"settingsStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_revertButton = new QPushButton(tr("Re&vert"), this);
    m_revertButton->setObjectName(u"settingsRevertButton"_s);
    m_revertButton->setAccessibleName(tr("Revert to the saved settings"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(u"settingsSaveButton"_s);
    m_saveButton->setAccessibleName(tr("Save the settings"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(
        tr("Save the settings (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        load();
        setStatus(tr("Showing the saved settings again."), false);
    });
    connect(m_testButton, &QPushButton::clicked, this, &SettingsPage::requestTestSms);
    connect(m_testNumber, &QLineEdit::returnPressed, this, &SettingsPage::requestTestSms);

    // Every edit re-checks the Twilio fields and whether there is anything to save.
    const QList<QLineEdit*> edits = findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        if (edit != m_testNumber && edit != m_databasePath) {
            connect(edit, &QLineEdit::textChanged, this, &SettingsPage::edited);
        }
    }
    const QList<QSpinBox*> spins = findChildren<QSpinBox*>();
    for (QSpinBox* spin : spins) {
        connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::edited);
    }
    connect(m_region, &QComboBox::currentIndexChanged, this, &SettingsPage::edited);
    connect(m_identityMethods, &QPlainTextEdit::textChanged, this, &SettingsPage::edited);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::edited);
    connect(m_allowTestNumbers, &QCheckBox::toggled, this, &SettingsPage::edited);
    connect(m_senderKind, &QComboBox::currentIndexChanged, this, [this] {
        updateSenderRows();
        edited();
    });

    load();
}

QWidget* SettingsPage::buildTwilioGroup()
{
    auto* group = new QGroupBox(tr("Twilio"), this);
    group->setObjectName(u"twilioGroup"_s);
    auto* form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_twilioForm = form;

    m_mockNote = hintLabel(tr("The mock SMS sink is in use now: codes go to the phone window. These settings are "
                              "used when the program runs without --mock-sms."),
                           u"twilioMockNote"_s, group);
    m_mockNote->hide();
    form->addRow(m_mockNote);

    m_apiUrl = lineEdit(u"twilioApiUrlEdit"_s, tr("Twilio API address"), group);
    m_apiUrlMessage = messageLabel(u"twilioApiUrlMessage"_s, group);
    addRow(form, tr("API &address:"), m_apiUrl, m_apiUrlMessage);

    m_accountSid = lineEdit(u"twilioAccountSidEdit"_s, tr("Twilio Account SID"), group);
    m_accountSid->setPlaceholderText(u"AC…"_s);
    m_accountSidMessage = messageLabel(u"twilioAccountSidMessage"_s, group);
    addRow(form, tr("Acc&ount SID:"), m_accountSid, m_accountSidMessage);

    m_authToken = lineEdit(u"twilioAuthTokenEdit"_s, tr("Twilio auth token"), group);
    m_authToken->setEchoMode(QLineEdit::Password);
    addRow(form, tr("Auth &token:"), m_authToken);

    form->addRow(
        hintLabel(tr("Or, instead of the auth token, an API key and its secret:"), u"twilioApiKeyHint"_s, group));
    m_apiKeySid = lineEdit(u"twilioApiKeySidEdit"_s, tr("Twilio API key SID"), group);
    m_apiKeySid->setPlaceholderText(u"SK…"_s);
    m_apiKeySidMessage = messageLabel(u"twilioApiKeySidMessage"_s, group);
    addRow(form, tr("API &key SID:"), m_apiKeySid, m_apiKeySidMessage);
    m_apiKeySecret = lineEdit(u"twilioApiKeySecretEdit"_s, tr("Twilio API key secret"), group);
    m_apiKeySecret->setEchoMode(QLineEdit::Password);
    addRow(form, tr("API key s&ecret:"), m_apiKeySecret);

    m_senderKind = new QComboBox(group);
    m_senderKind->setObjectName(u"twilioSenderKindCombo"_s);
    m_senderKind->setAccessibleName(tr("Kind of sender"));
    m_senderKind->addItem(tr("Phone number"), kSenderPhoneNumber);
    m_senderKind->addItem(tr("Short code"), kSenderShortCode);
    m_senderKind->addItem(tr("Alphanumeric sender ID"), kSenderAlphanumeric);
    m_senderKind->addItem(tr("Messaging Service"), kSenderMessagingService);
    m_senderHint = hintLabel(QString(), u"twilioSenderHint"_s, group);
    m_senderHint->setTextFormat(Qt::PlainText);
    addRow(form, tr("Sender t&ype:"), m_senderKind, m_senderHint);
    m_fromNumber = lineEdit(u"twilioFromNumberEdit"_s, tr("Sender (From)"), group);
    m_fromNumberMessage = messageLabel(u"twilioFromNumberMessage"_s, group);
    addRow(form, tr("&From:"), m_fromNumber, m_fromNumberMessage);
    m_fallbackFrom = lineEdit(u"twilioFallbackFromEdit"_s, tr("Fallback From number for +1 numbers"), group);
    m_fallbackFrom->setPlaceholderText(tr("+15005550006, for +1 numbers"));
    m_fallbackFromMessage = messageLabel(u"twilioFallbackFromMessage"_s, group);
    addRow(form, tr("Fall&back number:"), m_fallbackFrom, m_fallbackFromMessage);
    m_messagingServiceSid = lineEdit(u"twilioMessagingServiceSidEdit"_s, tr("Messaging Service SID"), group);
    m_messagingServiceSid->setPlaceholderText(u"MG…"_s);
    m_messagingServiceSidMessage = messageLabel(u"twilioMessagingServiceSidMessage"_s, group);
    addRow(form, tr("&Messaging Service SID:"), m_messagingServiceSid, m_messagingServiceSidMessage);

    m_timeout = new QSpinBox(group);
    m_timeout->setObjectName(u"twilioTimeoutSpin"_s);
    m_timeout->setAccessibleName(tr("Twilio timeout in seconds"));
    m_timeout->setRange(1, 120);
    m_timeout->setSuffix(tr(" s"));
    addRow(form, tr("T&imeout:"), m_timeout);

    m_twilioStatus = new QLabel(group);
    m_twilioStatus->setObjectName(u"twilioStatusLabel"_s);
    m_twilioStatus->setWordWrap(true);
    m_twilioStatus->setTextFormat(Qt::PlainText);
    form->addRow(m_twilioStatus);
    m_secretStorage = hintLabel(QString(), u"secretStorageLabel"_s, group);
    m_secretStorage->setTextFormat(Qt::PlainText);
    form->addRow(m_secretStorage);

    QStringList overriding;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"TWILIO_API_URL"_s, u"TWILIO_ACCOUNT_SID"_s, u"TWILIO_AUTH_TOKEN"_s,
                                u"TWILIO_API_KEY"_s, u"TWILIO_API_SECRET"_s, u"TWILIO_FROM_NUMBER"_s,
                                u"TWILIO_FALLBACK_FROM_NUMBER"_s, u"TWILIO_MESSAGING_SERVICE_SID"_s}) {
        if (!environment.value(name).trimmed().isEmpty()) {
            overriding << name;
        }
    }
    if (!overriding.isEmpty()) {
        form->addRow(hintLabel(
            tr("Set in the environment, and used instead of what is entered here: %1.").arg(overriding.join(u", "_s)),
            u"twilioEnvironmentNote"_s, group));
    }

    // The test text goes through the sender as saved, so the check is of what the kiosk really uses.
    m_testNumber = lineEdit(u"testSmsNumberEdit"_s, tr("Phone number for a test text"), group);
    m_testNumber->setPlaceholderText(tr("e.g. +1 201 555 0123"));
    m_testButton = new QPushButton(tr("Sen&d test SMS"), group);
    m_testButton->setObjectName(u"testSmsButton"_s);
    m_testButton->setAccessibleName(tr("Send a test text message"));
    m_testButton->setToolTip(tr("Texts a test message with the saved Twilio settings."));
    m_testResult = messageLabel(u"testSmsResultLabel"_s, group);
    addRow(form, tr("Test n&umber:"), m_testNumber, m_testResult, m_testButton);
    return group;
}

QWidget* SettingsPage::buildPhoneGroup()
{
    auto* group = new QGroupBox(tr("Phone numbers"), this);
    group->setObjectName(u"phoneGroup"_s);
    auto* form = new QFormLayout(group);
    m_region = new QComboBox(group);
    m_region->setObjectName(u"defaultRegionCombo"_s);
    m_region->setAccessibleName(tr("Default region for phone numbers"));
    const QList<QPair<QString, int>> regions = PhoneNumberParser::supportedRegions();
    for (const auto& [code, callingCode] : regions) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        const QString name = territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
        m_region->addItem(tr("%1 (%2, +%3)").arg(name, code).arg(callingCode), code);
    }
    addRow(form, tr("Default &region:"), m_region);
    form->addRow(hintLabel(tr("For numbers typed without a country code."), u"defaultRegionHint"_s, group));
    m_allowTestNumbers = new QCheckBox(tr("Allow Twilio test num&bers (+1 500 555 00xx)"), group);
    m_allowTestNumbers->setObjectName(u"allowTestNumbersCheck"_s);
    m_allowTestNumbers->setAccessibleName(tr("Allow Twilio test numbers"));
    m_allowTestNumbers->setToolTip(
        tr("Only useful with Twilio test credentials; the mock SMS sink always allows them."));
    form->addRow(m_allowTestNumbers);
    return group;
}

QWidget* SettingsPage::buildDatabaseGroup()
{
    auto* group = new QGroupBox(tr("Database"), this);
    group->setObjectName(u"databaseGroup"_s);
    auto* form = new QFormLayout(group);
    m_databasePath = lineEdit(u"databasePathEdit"_s, tr("Database location"), group);
    m_databasePath->setReadOnly(true);
    addRow(form, tr("&Location:"), m_databasePath);
    form->addRow(hintLabel(tr("Set with --database on the command line, or database/path in %1. A change takes "
                              "effect when the program starts again.")
                               .arg(QDir::toNativeSeparators(m_settings->path())),
                           u"databaseHint"_s, group));
    return group;
}

QWidget* SettingsPage::buildRulesGroup()
{
    auto* group = new QGroupBox(tr("Two-factor rules"), this);
    group->setObjectName(u"rulesGroup"_s);
    auto* form = new QFormLayout(group);
    for (const RuleSpec& spec : kRuleSpecs) {
        const QString name = QString::fromLatin1(spec.name);
        QSpinBox* spin
            = spec.unit == kCount ? new QSpinBox(group) : new DurationSpinBox(DurationSpinBox::Unit(spec.unit), group);
        spin->setObjectName(name + u"Spin"_s);
        spin->setRange(spec.min, spec.max);
        spin->setGroupSeparatorShown(true);
        const QString label = tr(spec.label);
        spin->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        spin->setToolTip(tr(spec.help));
        spin->setAccessibleDescription(tr(spec.help));
        QLabel* message = messageLabel(name + u"Message"_s, group);
        addRow(form, label, spin, message);
        m_rules.append(RuleField {spec.key, spec.name, spin, message});
    }
    // One width for all, so the column of numbers reads as a table rather than a ragged edge.
    int spinWidth = 0;
    for (const RuleField& field : std::as_const(m_rules)) {
        spinWidth = std::max(spinWidth, field.spin->sizeHint().width());
    }
    for (const RuleField& field : std::as_const(m_rules)) {
        field.spin->setFixedWidth(spinWidth);
    }
    m_smsTemplate = lineEdit(u"smsTemplateEdit"_s, tr("SMS text template"), group);
    m_smsTemplate->setPlaceholderText(TwoFactorRules().renderSms(u"{code}"_s));
    m_smsTemplateMessage = messageLabel(u"smsTemplateMessage"_s, group);
    addRow(form, tr("SMS te&xt:"), m_smsTemplate, m_smsTemplateMessage);
    m_smsPreview = new SmsTemplatePreview(group);
    form->addRow(m_smsPreview);
    form->addRow(hintLabel(tr("The rules and the phone settings take effect when the program starts again."),
                           u"rulesHint"_s, group));
    return group;
}

QWidget* SettingsPage::buildKioskGroup()
{
    auto* group = new QGroupBox(tr("Kiosk and helpdesk"), this);
    group->setObjectName(u"kioskGroup"_s);
    auto* form = new QFormLayout(group);
    m_organizationName = lineEdit(u"organizationNameEdit"_s, tr("Organisation name"), group);
    m_organizationName->setPlaceholderText(tr("Shown large on the Sign in screen"));
    addRow(form, tr("Organisation na&me:"), m_organizationName);
    m_organizationLogo = lineEdit(u"organizationLogoEdit"_s, tr("Organisation logo image file"), group);
    m_organizationLogo->setPlaceholderText(tr("PNG or SVG file"));
    m_organizationLogoMessage = messageLabel(u"organizationLogoMessage"_s, group);
    auto* browse = new QPushButton(tr("Bro&wse..."), group);
    browse->setObjectName(u"organizationLogoBrowseButton"_s);
    browse->setAccessibleName(tr("Choose the logo image file"));
    addRow(form, tr("Lo&go:"), m_organizationLogo, m_organizationLogoMessage, browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Organisation logo"), m_organizationLogo->text(),
                                       tr("Images (*.png *.svg *.jpg *.jpeg)"));
        dialog->setObjectName(u"organizationLogoFileDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString& file) { m_organizationLogo->setText(QDir::toNativeSeparators(file)); });
        dialog->open();
    });
    m_helpdeskPhone = lineEdit(u"helpdeskPhoneEdit"_s, tr("Helpdesk phone number"), group);
    m_helpdeskPhone->setPlaceholderText(tr("e.g. +1 201 555 0100"));
    addRow(form, tr("&Helpdesk phone:"), m_helpdeskPhone);
    form->addRow(hintLabel(tr("Named in the text sent to the old number after a lost-phone reset."),
                           u"helpdeskPhoneHint"_s, group));
    m_identityMethods = new QPlainTextEdit(group);
    m_identityMethods->setObjectName(u"identityCheckMethodsEdit"_s);
    m_identityMethods->setAccessibleName(tr("Identity checks for a lost-phone reset, one per line"));
    m_identityMethods->setTabChangesFocus(true);
    m_identityMethods->setFixedHeight(fontMetrics().lineSpacing() * 5);
    addRow(form, tr("Identity chec&ks:"), m_identityMethods);
    form->addRow(hintLabel(tr("One per line: how a helpdesk may check who is asking before a lost-phone reset."),
                           u"identityCheckMethodsHint"_s, group));
    m_idleLock = new DurationSpinBox(DurationSpinBox::Unit::Minutes, group);
    m_idleLock->setObjectName(u"operatorIdleLockSpin"_s);
    m_idleLock->setAccessibleName(tr("Operator side locks after"));
    m_idleLock->setRange(60, 24 * 3600);
    m_idleLock->setToolTip(tr("Without input for this long, the operator side locks and shows the Sign in screen."));
    addRow(form, tr("Operator side &locks after:"), m_idleLock);
    return group;
}

QWidget* SettingsPage::buildLanguageGroup()
{
    auto* group = new QGroupBox(tr("Language"), this);
    group->setObjectName(u"languageGroup"_s);
    auto* form = new QFormLayout(group);
    m_language = new QComboBox(group);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    const QStringList languages = Translations::offeredLanguages();
    for (const QString& code : languages) {
        // Each language in its own words, so someone who cannot read the current one finds theirs.
        m_language->addItem(u"%1 (%2)"_s.arg(Translations::nativeName(code), code), code);
    }
    addRow(form, tr("Lan&guage:"), m_language);
    form->addRow(
        hintLabel(tr("Applied when the program starts again; --lang overrides it."), u"languageHint"_s, group));
    return group;
}

void SettingsPage::setDatabasePath(const QString& path)
{
    m_databasePath->setText(QDir::toNativeSeparators(path));
    m_databasePath->setCursorPosition(0);
}

void SettingsPage::setMockSinkActive(bool active)
{
    m_mockNote->setVisible(active);
}

bool SettingsPage::isModified() const
{
    return current() != m_saved;
}

void SettingsPage::load()
{
    m_loading = true;
    m_apiUrl->setText(m_settings->value(Key::TwilioApiUrl).toString());
    m_accountSid->setText(m_settings->value(Key::TwilioAccountSid).toString());
    m_apiKeySid->setText(m_settings->value(Key::TwilioApiKeySid).toString());
    const QString from = m_settings->value(Key::TwilioFromNumber).toString();
    const QString fallback = m_settings->value(Key::TwilioFallbackFromNumber).toString();
    const QString service = m_settings->value(Key::TwilioMessagingServiceSid).toString();
    m_fromNumber->setText(from);
    m_fallbackFrom->setText(fallback);
    m_messagingServiceSid->setText(service);
    // The sender in use decides: a Messaging Service wins over a From, as in the client.
    const int senderKind = !service.isEmpty() ? kSenderMessagingService
        : !from.isEmpty()                     ? int(SenderId::guessKind(from))
        : !fallback.isEmpty()                 ? kSenderAlphanumeric
                                              : kSenderPhoneNumber;
    m_senderKind->setCurrentIndex(m_senderKind->findData(senderKind));
    updateSenderRows();
    m_timeout->setValue(m_settings->value(Key::TwilioTimeoutSeconds).toInt());
    m_authToken->setText(m_secrets ? m_secrets->secret(SecretStore::kTwilioAuthToken.toString()) : QString());
    m_apiKeySecret->setText(m_secrets ? m_secrets->secret(SecretStore::kTwilioApiKeySecret.toString()) : QString());
    m_secretStorage->setText(m_secrets ? m_secrets->storageWarning() : QString());
    m_secretStorage->setVisible(!m_secretStorage->text().isEmpty());

    const int region = m_region->findData(m_settings->value(Key::DefaultRegion).toString().toUpper());
    m_region->setCurrentIndex(region >= 0 ? region : m_region->findData(u"US"_s));
    m_allowTestNumbers->setChecked(m_settings->value(Key::AllowTestNumbers).toBool());
    if (m_databasePath->text().isEmpty()) {
        setDatabasePath(m_settings->databasePath());
    }

    const TwoFactorRules rules = m_settings->rules();
    for (const RuleField& field : std::as_const(m_rules)) {
        field.spin->setValue(m_settings->value(field.key).toInt());
    }
    m_smsTemplate->setText(rules.smsTemplate);

    const int language = m_language->findData(m_settings->value(Key::Language).toString());
    m_language->setCurrentIndex(language >= 0 ? language : 0);

    m_organizationName->setText(m_settings->value(Key::OrganizationName).toString());
    m_organizationLogo->setText(m_settings->value(Key::OrganizationLogo).toString());
    m_helpdeskPhone->setText(m_settings->value(Key::HelpdeskPhone).toString());
    m_identityMethods->setPlainText(m_settings->identityCheckMethods().join(u'\n'));
    m_idleLock->setValue(m_settings->value(Key::OperatorIdleLockSeconds).toInt());
    m_loading = false;

    m_saved = current();
    const QList<QLabel*> labels = findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->objectName().endsWith(u"Message"_s)) {
            setMessage(label, QString());
        }
    }
    setStatus(QString(), false);
    edited();
}

SettingsPage::Values SettingsPage::current() const
{
    Values values;
    // Pasted SIDs often carry a space or a newline; what is saved is what Twilio will accept.
    values.settings[Key::TwilioApiUrl] = m_apiUrl->text().trimmed();
    values.settings[Key::TwilioAccountSid] = m_accountSid->text().trimmed();
    values.settings[Key::TwilioApiKeySid] = m_apiKeySid->text().trimmed();
    // Only the chosen kind's fields are saved; the others keep what was typed, for switching back.
    const int senderKind = m_senderKind->currentData().toInt();
    values.settings[Key::TwilioFromNumber]
        = senderKind == kSenderMessagingService ? QString() : m_fromNumber->text().trimmed();
    values.settings[Key::TwilioFallbackFromNumber]
        = senderKind == kSenderAlphanumeric ? m_fallbackFrom->text().trimmed() : QString();
    values.settings[Key::TwilioMessagingServiceSid]
        = senderKind == kSenderMessagingService ? m_messagingServiceSid->text().trimmed() : QString();
    values.settings[Key::TwilioTimeoutSeconds] = m_timeout->value();
    values.settings[Key::DefaultRegion] = m_region->currentData().toString();
    values.settings[Key::AllowTestNumbers] = m_allowTestNumbers->isChecked();
    for (const RuleField& field : m_rules) {
        values.settings[field.key] = field.spin->value();
    }
    values.settings[Key::SmsTemplate] = m_smsTemplate->text();
    values.settings[Key::Language] = m_language->currentData().toString();
    values.settings[Key::OrganizationName] = m_organizationName->text().trimmed();
    values.settings[Key::OrganizationLogo] = m_organizationLogo->text().trimmed();
    values.settings[Key::HelpdeskPhone] = m_helpdeskPhone->text().trimmed();
    QStringList methods;
    const QStringList lines = m_identityMethods->toPlainText().split(u'\n');
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty()) {
            methods << line.trimmed();
        }
    }
    values.settings[Key::IdentityCheckMethods] = methods;
    values.settings[Key::OperatorIdleLockSeconds] = m_idleLock->value();
    values.authToken = m_authToken->text();
    values.apiKeySecret = m_apiKeySecret->text();
    return values;
}

TwoFactorRules SettingsPage::currentRules() const
{
    TwoFactorRules rules;
    const auto spin = [this](Key key) {
        for (const RuleField& field : m_rules) {
            if (field.key == key) {
                return field.spin->value();
            }
        }
        return 0;
    };
    rules.lookBehindSteps = spin(Key::LookBehindSteps);
    rules.lookAheadSteps = spin(Key::LookAheadSteps);
    rules.challengeLifetimeSeconds = spin(Key::ChallengeLifetimeSeconds);
    rules.maxWrongCodes = spin(Key::MaxWrongCodes);
    rules.maxWrongCodesPerUserPerHour = spin(Key::MaxWrongCodesPerUserPerHour);
    rules.sendCooldownSeconds = spin(Key::SendCooldownSeconds);
    rules.maxSendsPerPhone = spin(Key::MaxSendsPerPhone);
    rules.phoneSendWindowSeconds = spin(Key::PhoneSendWindowSeconds);
    rules.maxSendsPerHour = spin(Key::MaxSendsPerHour);
    rules.maxPasswordFailures = spin(Key::MaxPasswordFailures);
    rules.passwordFailureWindowSeconds = spin(Key::PasswordFailureWindowSeconds);
    rules.lockoutSeconds = spin(Key::LockoutSeconds);
    rules.trustLifetimeSeconds = spin(Key::TrustLifetimeSeconds);
    rules.smsTemplate = m_smsTemplate->text();
    return rules;
}

void SettingsPage::edited()
{
    if (m_loading) {
        return;
    }
    validateTwilioFields();
    const TwoFactorRules rules = currentRules();
    m_smsPreview->setTemplate(rules.smsTemplate);
    // A message about the template goes away as soon as the template is fixed.
    if (!m_smsTemplateMessage->text().isEmpty() && rules.validate()) {
        setMessage(m_smsTemplateMessage, QString());
    }
    const QString logo = m_organizationLogo->text().trimmed();
    setMessage(m_organizationLogoMessage,
               logo.isEmpty() || QImageReader(logo).canRead()
                   ? QString()
                   : tr("%1 is not an image this program can read.").arg(logo));
    const bool modified = isModified();
    m_saveButton->setEnabled(modified);
    m_revertButton->setEnabled(modified);
}

bool SettingsPage::validateTwilioFields()
{
    const Values values = current();
    const auto text = [&values](Key key) {
        return values.settings.value(key).toString();
    };

    TwilioConfig url = validBase();
    url.baseUrl = QUrl(text(Key::TwilioApiUrl));
    setMessage(m_apiUrlMessage, fieldMessage(url));

    TwilioConfig account = validBase();
    account.accountSid = text(Key::TwilioAccountSid);
    setMessage(m_accountSidMessage, account.accountSid.isEmpty() ? QString() : fieldMessage(account));

    TwilioConfig apiKey = validBase();
    apiKey.apiKeySid = text(Key::TwilioApiKeySid);
    apiKey.apiKeySecret = u"secret"_s;
    setMessage(m_apiKeySidMessage, apiKey.apiKeySid.isEmpty() ? QString() : fieldMessage(apiKey));

    // The From is checked as the kind chosen, so the sentence says what that kind needs.
    const int senderKind = m_senderKind->currentData().toInt();
    const QString from = text(Key::TwilioFromNumber);
    QString fromProblem;
    if (senderKind != kSenderMessagingService && !from.isEmpty()) {
        if (auto valid = SenderId::validate(from, SenderId::Kind(senderKind)); !valid) {
            fromProblem = valid.error().message;
        }
    }
    setMessage(m_fromNumberMessage, fromProblem);

    TwilioConfig fallback = validBase();
    fallback.fallbackFromNumber = text(Key::TwilioFallbackFromNumber);
    setMessage(m_fallbackFromMessage, fallback.fallbackFromNumber.isEmpty() ? QString() : fieldMessage(fallback));

    TwilioConfig service = validBase();
    service.fromNumber.clear();
    service.messagingServiceSid = text(Key::TwilioMessagingServiceSid);
    setMessage(m_messagingServiceSidMessage, service.messagingServiceSid.isEmpty() ? QString() : fieldMessage(service));

    // The whole configuration, as the sender will see it (before environment overrides).
    TwilioConfig whole;
    whole.baseUrl = QUrl(text(Key::TwilioApiUrl));
    whole.accountSid = text(Key::TwilioAccountSid);
    whole.authToken = values.authToken;
    whole.apiKeySid = text(Key::TwilioApiKeySid);
    whole.apiKeySecret = values.apiKeySecret;
    whole.fromNumber = text(Key::TwilioFromNumber);
    whole.fallbackFromNumber = text(Key::TwilioFallbackFromNumber);
    whole.messagingServiceSid = text(Key::TwilioMessagingServiceSid);
    whole.timeoutMs = m_timeout->value() * 1000;
    const auto valid = whole.validate();
    m_twilioStatus->setText(valid ? tr("Complete: texts go through %1.").arg(whole.description())
                                  : tr("Not ready: %1").arg(valid.error().message));

    return m_apiUrlMessage->text().isEmpty() && m_accountSidMessage->text().isEmpty()
        && m_apiKeySidMessage->text().isEmpty() && m_fromNumberMessage->text().isEmpty()
        && m_fallbackFromMessage->text().isEmpty() && m_messagingServiceSidMessage->text().isEmpty();
}

void SettingsPage::updateSenderRows()
{
    const int senderKind = m_senderKind->currentData().toInt();
    const auto showRow = [this](QLineEdit* field, bool visible) {
        // addRow() names the row's label after its field.
        m_twilioForm->setRowVisible(findChild<QLabel*>(field->objectName() + u"Label"_s), visible);
    };
    showRow(m_fromNumber, senderKind != kSenderMessagingService);
    showRow(m_fallbackFrom, senderKind == kSenderAlphanumeric);
    showRow(m_messagingServiceSid, senderKind == kSenderMessagingService);
    switch (senderKind) {
    case kSenderShortCode:
        m_fromNumber->setPlaceholderText(u"12345"_s);
        m_senderHint->setText(tr("5 or 6 digits; it reaches only numbers of its own country."));
        break;
    case kSenderAlphanumeric:
        m_fromNumber->setPlaceholderText(u"ACME IT"_s);
        m_senderHint->setText(tr("At most 11 letters A-Z, digits and spaces, with at least one letter. One-way: "
                                 "nobody can reply. Not delivered to +1 numbers (United States, Canada and the rest "
                                 "of North America): those get the fallback number. Some countries need the ID "
                                 "registered with Twilio first."));
        break;
    case kSenderMessagingService:
        m_senderHint->setText(tr("Twilio picks a sender of the service for each number: an alphanumeric ID where "
                                 "it is allowed, a number elsewhere."));
        break;
    default:
        m_fromNumber->setPlaceholderText(u"+15005550006"_s);
        m_senderHint->setText(tr("A number of your Twilio account, in E.164 form. Reaches every country."));
        break;
    }
}

bool SettingsPage::validateRules()
{
    for (const RuleField& field : std::as_const(m_rules)) {
        setMessage(field.message, QString());
    }
    setMessage(m_smsTemplateMessage, QString());
    const auto valid = currentRules().validate();
    if (valid) {
        return true;
    }
    QLabel* message = m_smsTemplateMessage;
    QWidget* offending = m_smsTemplate;
    for (const RuleField& field : std::as_const(m_rules)) {
        if (QString::fromLatin1(field.name) == valid.error().field) {
            message = field.message;
            offending = field.spin;
        }
    }
    setMessage(message, valid.error().message);
    offending->setFocus(Qt::OtherFocusReason);
    return false;
}

bool SettingsPage::save()
{
    const bool twilioValid = validateTwilioFields();
    const bool rulesValid = validateRules();
    if (!twilioValid || !rulesValid) {
        if (!twilioValid) {
            const std::pair<QLineEdit*, QLabel*> fields[] = {
                {m_apiUrl, m_apiUrlMessage},
                {m_accountSid, m_accountSidMessage},
                {m_apiKeySid, m_apiKeySidMessage},
                {m_fromNumber, m_fromNumberMessage},
                {m_fallbackFrom, m_fallbackFromMessage},
                {m_messagingServiceSid, m_messagingServiceSidMessage},
            };
            for (const auto& [edit, message] : fields) {
                if (!message->text().isEmpty()) {
                    edit->setFocus(Qt::OtherFocusReason);
                    break;
                }
            }
        }
        setStatus(tr("Not saved: correct the fields marked in red."), true);
        return false;
    }

    const Values values = current();
    const Values before = m_saved;
    // Secrets first: if they cannot be stored, nothing has changed yet.
    const auto storeSecrets = [this](const Values& from, const Values& to) -> Result<void> {
        if (!m_secrets) {
            return {};
        }
        if (to.authToken != from.authToken) {
            if (auto stored = m_secrets->setSecret(SecretStore::kTwilioAuthToken.toString(), to.authToken); !stored) {
                return stored;
            }
        }
        if (to.apiKeySecret != from.apiKeySecret) {
            if (auto stored = m_secrets->setSecret(SecretStore::kTwilioApiKeySecret.toString(), to.apiKeySecret);
                !stored) {
                return stored;
            }
        }
        return {};
    };
    if (auto stored = storeSecrets(before, values); !stored) {
        (void)storeSecrets(values, before);
        setStatus(tr("Not saved: %1").arg(stored.error().message), true);
        return false;
    }
    for (auto it = values.settings.cbegin(); it != values.settings.cend(); ++it) {
        m_settings->setValue(it.key(), it.value());
    }
    if (auto saved = m_settings->save(); !saved) {
        // Back to what is on disk, so the running program and a later save agree with the file; the
        // form keeps what the operator typed.
        for (auto it = before.settings.cbegin(); it != before.settings.cend(); ++it) {
            m_settings->setValue(it.key(), it.value());
        }
        (void)storeSecrets(values, before);
        setStatus(tr("Not saved: %1").arg(saved.error().message), true);
        return false;
    }

    m_saved = values;
    bool twilioChanged = values.authToken != before.authToken || values.apiKeySecret != before.apiKeySecret;
    for (Key key : kTwilioKeys) {
        twilioChanged = twilioChanged || values.settings.value(key) != before.settings.value(key);
    }
    bool needsRestart = false;
    for (Key key : kRestartKeys) {
        needsRestart = needsRestart || values.settings.value(key) != before.settings.value(key);
    }
    setStatus(needsRestart ? tr("Saved. The rules, phone and language settings take effect when the program "
                                "starts again.")
                           : tr("Saved."),
              false);
    edited();
    if (twilioChanged) {
        Q_EMIT twilioSettingsChanged();
    }
    bool kioskChanged = false;
    for (Key key : kKioskKeys) {
        kioskChanged = kioskChanged || values.settings.value(key) != before.settings.value(key);
    }
    if (kioskChanged) {
        Q_EMIT kioskSettingsChanged();
    }
    return true;
}

void SettingsPage::requestTestSms()
{
    PhoneNumberParser::Options options;
    options.defaultRegion = m_region->currentData().toString();
    options.allowTestNumbers = m_allowTestNumbers->isChecked();
    const auto phone = PhoneNumberParser(options).parse(m_testNumber->text());
    if (!phone) {
        setMessage(m_testResult, phone.error().message);
        m_testNumber->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Sending a test text to %1…").arg(phone->international()));
    m_testResult->show();
    Q_EMIT testSmsRequested(phone->e164);
}

void SettingsPage::showTestSmsResult(bool ok, const QString& message)
{
    m_testButton->setEnabled(true);
    if (ok) {
        m_testResult->setStyleSheet(QString());
        m_testResult->setText(message);
        m_testResult->setVisible(!message.isEmpty());
    } else {
        setMessage(m_testResult, message);
    }
}

void SettingsPage::setStatus(const QString& text, bool error)
{
    if (error) {
        setMessage(m_status, text);
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(text);
    m_status->setVisible(true);
}

void SettingsPage::setMessage(QLabel* label, const QString& text)
{
    // Errors in a red that keeps its contrast on light and on dark themes.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    label->setStyleSheet(text.isEmpty() ? QString() : (dark ? u"color: #ff9b8f;"_s : u"color: #b42318;"_s));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace tfk
