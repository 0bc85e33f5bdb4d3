#pragma once

// The Settings screen: Twilio account and sender (secrets to the SecretStore, never the settings
// file), phone region, database location, the two-factor rules (durations in days, minutes or
// seconds), the kiosk's organisation and helpdesk settings, and the language. Checks before it
// saves, says why it did not, and never loses what the operator typed.

#include "settings/Settings.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tfk {

class DurationSpinBox;
class SecretStore;
class SmsTemplatePreview;

class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Settings* settings, SecretStore* secrets, QWidget* parent = nullptr);

    // The database in use, when --database overrides the setting.
    void setDatabasePath(const QString& path);
    // In mock-SMS mode the Twilio fields are kept for later but not used now: the page says so.
    void setMockSinkActive(bool active);
    // Something differs from what is saved.
    bool isModified() const;

public Q_SLOTS:
    // Shows what is saved, dropping unsaved edits (the Revert button).
    void load();
    // Checks, then writes secrets and settings; false (with the reasons shown) when nothing was saved.
    bool save();
    // The answer to testSmsRequested, from whoever sent it.
    void showTestSmsResult(bool ok, const QString& message);

Q_SIGNALS:
    // After a save that changed a Twilio field or secret: the sender should re-read its configuration.
    void twilioSettingsChanged();
    // After a save that changed the organisation, the helpdesk phone, the identity checks or the
    // operator idle lock: the window shows them at once.
    void kioskSettingsChanged();
    // "Send test SMS" with a valid number, in E.164. Answered by showTestSmsResult().
    void testSmsRequested(const QString& e164);

private:
    // Everything the form edits, as it would be saved.
    struct Values
    {
        QMap<Settings::Key, QVariant> settings;
        QString authToken;
        QString apiKeySecret;
        bool operator==(const Values&) const = default;
    };
    struct RuleField
    {
        Settings::Key key;
        const char* name; // TwoFactorRules' field, as validate() names it
        QSpinBox* spin;
        QLabel* message;
    };

    QWidget* buildTwilioGroup();
    QWidget* buildPhoneGroup();
    QWidget* buildDatabaseGroup();
    QWidget* buildRulesGroup();
    QWidget* buildKioskGroup();
    QWidget* buildLanguageGroup();

    Values current() const;
    TwoFactorRules currentRules() const;
    void edited();
    // Live format checks of the Twilio fields; true when none complains.
    bool validateTwilioFields();
    // Shows the fields and the hint of the chosen kind of sender.
    void updateSenderRows();
    bool validateRules();
    void requestTestSms();
    void setStatus(const QString& text, bool error);
    void setMessage(QLabel* label, const QString& text);

    Settings* m_settings;
    SecretStore* m_secrets;
    Values m_saved;
    bool m_loading = false;

    QLineEdit* m_apiUrl = nullptr;
    QLineEdit* m_accountSid = nullptr;
    QLineEdit* m_authToken = nullptr;
    QLineEdit* m_apiKeySid = nullptr;
    QLineEdit* m_apiKeySecret = nullptr;
    QFormLayout* m_twilioForm = nullptr;
    QComboBox* m_senderKind = nullptr;
    QLabel* m_senderHint = nullptr;
    QLineEdit* m_fromNumber = nullptr;
    QLineEdit* m_fallbackFrom = nullptr;
    QLineEdit* m_messagingServiceSid = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLabel* m_apiUrlMessage = nullptr;
    QLabel* m_accountSidMessage = nullptr;
    QLabel* m_apiKeySidMessage = nullptr;
    QLabel* m_fromNumberMessage = nullptr;
    QLabel* m_fallbackFromMessage = nullptr;
    QLabel* m_messagingServiceSidMessage = nullptr;
    QLabel* m_twilioStatus = nullptr;
    QLabel* m_secretStorage = nullptr;
    QLabel* m_mockNote = nullptr;
    QLineEdit* m_testNumber = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testResult = nullptr;

    QComboBox* m_region = nullptr;
    QCheckBox* m_allowTestNumbers = nullptr;
    QLineEdit* m_databasePath = nullptr;

    QList<RuleField> m_rules;
    QLineEdit* m_smsTemplate = nullptr;
    QLabel* m_smsTemplateMessage = nullptr;
    SmsTemplatePreview* m_smsPreview = nullptr;

    QComboBox* m_language = nullptr;

    QLineEdit* m_organizationName = nullptr;
    QLineEdit* m_organizationLogo = nullptr;
    QLabel* m_organizationLogoMessage = nullptr;
    QLineEdit* m_helpdeskPhone = nullptr;
    QPlainTextEdit* m_identityMethods = nullptr;
    DurationSpinBox* m_idleLock = nullptr;

    QLabel* m_status = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace tfk
