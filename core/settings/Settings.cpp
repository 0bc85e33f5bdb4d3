#include "Settings.h"

#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
};

constexpr KeyInfo kKeys[] = {
    {Settings::Key::DatabasePath, "database/path"},
    {Settings::Key::DataKeyPath, "database/dataKeyPath"},
    {Settings::Key::DefaultRegion, "phone/defaultRegion"},
    {Settings::Key::AllowTestNumbers, "phone/allowTestNumbers"},
    {Settings::Key::Language, "ui/language"},
    {Settings::Key::LookBehindSteps, "rules/lookBehindSteps"},
    {Settings::Key::LookAheadSteps, "rules/lookAheadSteps"},
    {Settings::Key::ChallengeLifetimeSeconds, "rules/challengeLifetimeSeconds"},
    {Settings::Key::MaxWrongCodes, "rules/maxWrongCodes"},
    {Settings::Key::MaxWrongCodesPerUserPerHour, "rules/maxWrongCodesPerUserPerHour"},
    {Settings::Key::SendCooldownSeconds, "rules/sendCooldownSeconds"},
    {Settings::Key::MaxSendsPerPhone, "rules/maxSendsPerPhone"},
    {Settings::Key::PhoneSendWindowSeconds, "rules/phoneSendWindowSeconds"},
    {Settings::Key::MaxSendsPerHour, "rules/maxSendsPerHour"},
    {Settings::Key::MaxPasswordFailures, "rules/maxPasswordFailures"},
    {Settings::Key::PasswordFailureWindowSeconds, "rules/passwordFailureWindowSeconds"},
    {Settings::Key::LockoutSeconds, "rules/lockoutSeconds"},
    {Settings::Key::TrustLifetimeSeconds, "rules/trustLifetimeSeconds"},
    {Settings::Key::SmsTemplate, "rules/smsTemplate"},
    {Settings::Key::TwilioApiUrl, "twilio/apiUrl"},
    {Settings::Key::TwilioAccountSid, "twilio/accountSid"},
    {Settings::Key::TwilioApiKeySid, "twilio/apiKeySid"},
    {Settings::Key::TwilioFromNumber, "twilio/fromNumber"},
    {Settings::Key::TwilioMessagingServiceSid, "twilio/messagingServiceSid"},
    {Settings::Key::TwilioFallbackFromNumber, "twilio/fallbackFromNumber"},
    {Settings::Key::TwilioTimeoutSeconds, "twilio/timeoutSeconds"},
    {Settings::Key::KioskIdleSeconds, "kiosk/idleSeconds"},
    {Settings::Key::KioskOperatorPinHash, "kiosk/operatorPinHash"},
    {Settings::Key::PasswordThreads, "performance/passwordThreads"},
    {Settings::Key::MaxPendingPasswordChecks, "performance/maxPendingPasswordChecks"},
    {Settings::Key::OperatorIdleLockSeconds, "operators/idleLockSeconds"},
    {Settings::Key::IdentityCheckMethods, "operators/identityCheckMethods"},
    {Settings::Key::HelpdeskPhone, "operators/helpdeskPhone"},
    {Settings::Key::OrganizationName, "kiosk/organizationName"},
    {Settings::Key::OrganizationLogo, "kiosk/organizationLogo"},
    {Settings::Key::BackupDirectory, "backup/directory"},
    {Settings::Key::BackupKeep, "backup/keep"},
    {Settings::Key::BackupLastManualAt, "backup/lastManualAt"},
    {Settings::Key::BackupLastManualFile, "backup/lastManualFile"},
    {Settings::Key::DataKeyExportPending, "backup/dataKeyExportPending"},
    {Settings::Key::DataKeyExportedAt, "backup/dataKeyExportedAt"},
    {Settings::Key::TwilioCaCertificates, "twilio/caCertificates"},
    {Settings::Key::TwilioProxy, "twilio/proxy"},
    {Settings::Key::SecretStorage, "secrets/storage"},
};

} // namespace

Settings::Settings(const QString& path)
    : m_settings(std::make_unique<QSettings>(path.isEmpty() ? defaultPath() : path, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) % u"/twofactor-kiosk.conf"_s;
}

QString Settings::path() const
{
    return m_settings->fileName();
}

QString Settings::keyName(Key key)
{
    for (const KeyInfo& info : kKeys) {
        if (info.key == key) {
            return QString::fromLatin1(info.name);
        }
    }
    Q_UNREACHABLE_RETURN(QString());
}

QVariant Settings::defaultValue(Key key)
{
    const TwoFactorRules rules;
    switch (key) {
    case Key::DatabasePath:
    case Key::DataKeyPath:
    case Key::Language:
    case Key::SmsTemplate:
    case Key::TwilioAccountSid:
    case Key::TwilioApiKeySid:
    case Key::TwilioFromNumber:
    case Key::TwilioMessagingServiceSid:
    case Key::TwilioFallbackFromNumber:
    case Key::KioskOperatorPinHash:
    case Key::HelpdeskPhone:
    case Key::OrganizationName:
    case Key::OrganizationLogo:
    case Key::BackupDirectory:
    case Key::BackupLastManualFile:
        return QString();
    case Key::BackupLastManualAt:
    case Key::DataKeyExportedAt:
        return qint64(0);
    case Key::DataKeyExportPending:
        return false;
    case Key::TwilioCaCertificates:
    case Key::TwilioProxy:
        return QString();
    case Key::SecretStorage:
        return u"keychain"_s;
    case Key::BackupKeep:
        return 14;
    case Key::OperatorIdleLockSeconds:
        return 300;
    case Key::IdentityCheckMethods:
        return QStringList {tr("Photo ID seen"), tr("Known in person"), tr("Call-back to the number on file")};
    case Key::DefaultRegion:
        return u"US"_s;
    case Key::AllowTestNumbers:
        return false;
    case Key::LookBehindSteps:
        return rules.lookBehindSteps;
    case Key::LookAheadSteps:
        return rules.lookAheadSteps;
    case Key::ChallengeLifetimeSeconds:
        return rules.challengeLifetimeSeconds;
    case Key::MaxWrongCodes:
        return rules.maxWrongCodes;
    case Key::MaxWrongCodesPerUserPerHour:
        return rules.maxWrongCodesPerUserPerHour;
    case Key::SendCooldownSeconds:
        return rules.sendCooldownSeconds;
    case Key::MaxSendsPerPhone:
        return rules.maxSendsPerPhone;
    case Key::PhoneSendWindowSeconds:
        return rules.phoneSendWindowSeconds;
    case Key::MaxSendsPerHour:
        return rules.maxSendsPerHour;
    case Key::MaxPasswordFailures:
        return rules.maxPasswordFailures;
    case Key::PasswordFailureWindowSeconds:
        return rules.passwordFailureWindowSeconds;
    case Key::LockoutSeconds:
        return rules.lockoutSeconds;
    case Key::TrustLifetimeSeconds:
        return rules.trustLifetimeSeconds;
    case Key::TwilioApiUrl:
        return u"https://api.twilio.com"_s;
    case Key::TwilioTimeoutSeconds:
        return 15;
    case Key::KioskIdleSeconds:
        return 120;
    case Key::PasswordThreads:
    case Key::MaxPendingPasswordChecks:
        return 0;
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (key == Key::DatabasePath && DatabaseConfig::hasPassword(value.toString())) {
        // Never a password in the settings file: libpq takes it from PGPASSWORD or ~/.pgpass.
        qWarning("%s",
                 qPrintable(tr("The password was removed from the database URL before saving it; give it in "
                               "PGPASSWORD or ~/.pgpass.")));
        m_settings->setValue(keyName(key), DatabaseConfig::withoutPassword(value.toString()));
        return;
    }
    if (key == Key::TwilioProxy) {
        QUrl proxy(value.toString());
        if (!proxy.password().isEmpty()) {
            // Like the database URL: the proxy's password is a secret (twilio/proxyPassword), not a setting.
            qWarning("%s",
                     qPrintable(tr("The password was removed from the proxy URL before saving it; store it with "
                                   "\"twofactor-kiosk secrets set twilio/proxyPassword\".")));
            proxy.setPassword(QString());
            m_settings->setValue(keyName(key), proxy.toString());
            return;
        }
    }
    if (value == defaultValue(key)) {
        m_settings->remove(keyName(key));
    } else {
        m_settings->setValue(keyName(key), value);
    }
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

bool Settings::secretsInKeychain() const
{
    return value(Key::SecretStorage).toString().trimmed().toLower() != u"file"_s;
}

QString Settings::databasePath() const
{
    const QString configured = value(Key::DatabasePath).toString();
    if (!configured.isEmpty()) {
        return configured;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) % u"/twofactor-kiosk.db"_s;
}

QStringList Settings::identityCheckMethods() const
{
    QStringList methods;
    for (const QString& method : value(Key::IdentityCheckMethods).toStringList()) {
        if (!method.trimmed().isEmpty()) {
            methods.append(method.trimmed());
        }
    }
    return methods.isEmpty() ? defaultValue(Key::IdentityCheckMethods).toStringList() : methods;
}

QString Settings::dataKeyPath() const
{
    const QString configured = value(Key::DataKeyPath).toString();
    if (!configured.isEmpty()) {
        return configured;
    }
    return QFileInfo(path()).absolutePath() % u"/data.key"_s;
}

TwoFactorRules Settings::rules() const
{
    TwoFactorRules rules;
    rules.lookBehindSteps = value(Key::LookBehindSteps).toInt();
    rules.lookAheadSteps = value(Key::LookAheadSteps).toInt();
    rules.challengeLifetimeSeconds = value(Key::ChallengeLifetimeSeconds).toLongLong();
    rules.maxWrongCodes = value(Key::MaxWrongCodes).toInt();
    rules.maxWrongCodesPerUserPerHour = value(Key::MaxWrongCodesPerUserPerHour).toInt();
    rules.sendCooldownSeconds = value(Key::SendCooldownSeconds).toLongLong();
    rules.maxSendsPerPhone = value(Key::MaxSendsPerPhone).toInt();
    rules.phoneSendWindowSeconds = value(Key::PhoneSendWindowSeconds).toLongLong();
    rules.maxSendsPerHour = value(Key::MaxSendsPerHour).toInt();
    rules.maxPasswordFailures = value(Key::MaxPasswordFailures).toInt();
    rules.passwordFailureWindowSeconds = value(Key::PasswordFailureWindowSeconds).toLongLong();
    rules.lockoutSeconds = value(Key::LockoutSeconds).toLongLong();
    rules.trustLifetimeSeconds = value(Key::TrustLifetimeSeconds).toLongLong();
    rules.smsTemplate = value(Key::SmsTemplate).toString();
    return rules;
}

void Settings::setRules(const TwoFactorRules& rules)
{
    setValue(Key::LookBehindSteps, rules.lookBehindSteps);
    setValue(Key::LookAheadSteps, rules.lookAheadSteps);
    setValue(Key::ChallengeLifetimeSeconds, rules.challengeLifetimeSeconds);
    setValue(Key::MaxWrongCodes, rules.maxWrongCodes);
    setValue(Key::MaxWrongCodesPerUserPerHour, rules.maxWrongCodesPerUserPerHour);
    setValue(Key::SendCooldownSeconds, rules.sendCooldownSeconds);
    setValue(Key::MaxSendsPerPhone, rules.maxSendsPerPhone);
    setValue(Key::PhoneSendWindowSeconds, rules.phoneSendWindowSeconds);
    setValue(Key::MaxSendsPerHour, rules.maxSendsPerHour);
    setValue(Key::MaxPasswordFailures, rules.maxPasswordFailures);
    setValue(Key::PasswordFailureWindowSeconds, rules.passwordFailureWindowSeconds);
    setValue(Key::LockoutSeconds, rules.lockoutSeconds);
    setValue(Key::TrustLifetimeSeconds, rules.trustLifetimeSeconds);
    setValue(Key::SmsTemplate, rules.smsTemplate);
}

PhoneNumberParser::Options Settings::phoneOptions() const
{
    PhoneNumberParser::Options options;
    options.defaultRegion = value(Key::DefaultRegion).toString();
    options.allowTestNumbers = value(Key::AllowTestNumbers).toBool();
    return options;
}

Result<void> Settings::save()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return fail(Error {u"[SettingsNotSaved]"_s,
                           tr("The settings could not be written to %1: check that the folder exists and is writable, "
                              "and that the disk is not full.")
                               .arg(QDir::toNativeSeparators(path())),
                           500});
    case QSettings::FormatError:
        break;
    }
    return fail(Error {u"[SettingsNotSaved]"_s,
                       tr("The settings file %1 is damaged; fix or remove it.").arg(QDir::toNativeSeparators(path())),
                       500});
}

} // namespace tfk
