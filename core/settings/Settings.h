#pragma once

// The program's settings, typed: one key enum with defaults, stored in an INI file (tests point it
// at a temporary one). Secrets (the Twilio auth token) are not kept here.

#include "auth/TwoFactorRules.h"
#include "common/Error.h"
#include "phone/PhoneNumberParser.h"

#include <QCoreApplication>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace tfk {

class Settings
{
    Q_DECLARE_TR_FUNCTIONS(tfk::Settings)

public:
    enum class Key
    {
        DatabasePath,
        DataKeyPath,
        DefaultRegion,
        AllowTestNumbers,
        Language,
        LookBehindSteps,
        LookAheadSteps,
        ChallengeLifetimeSeconds,
        MaxWrongCodes,
        MaxWrongCodesPerUserPerHour,
        SendCooldownSeconds,
        MaxSendsPerPhone,
        PhoneSendWindowSeconds,
        MaxSendsPerHour,
        MaxPasswordFailures,
        PasswordFailureWindowSeconds,
        LockoutSeconds,
        TrustLifetimeSeconds,
        SmsTemplate,
        TwilioApiUrl,
        TwilioAccountSid,
        TwilioApiKeySid,
        TwilioFromNumber,
        TwilioMessagingServiceSid,
        TwilioFallbackFromNumber, // E.164, instead of an alphanumeric From where none is delivered (+1)
        TwilioTimeoutSeconds,
        KioskIdleSeconds,
        KioskOperatorPinHash, // Argon2id of the PIN that leaves kiosk mode
        PasswordThreads, // worker threads checking passwords; 0: one per core
        MaxPendingPasswordChecks, // password checks admitted at once; 0: 4 per password thread
        OperatorIdleLockSeconds, // the operator side locks after this long without input
        IdentityCheckMethods, // QStringList: how a helpdesk may check identity for a lost-phone reset
        HelpdeskPhone, // named in the lost-phone notice ("... call +1 201 555 0100")
        OrganizationName, // shown large on the walk-up side
        OrganizationLogo, // an image file shown beside the name on the walk-up side
        BackupDirectory, // scheduled backups go here, one a day; empty: none
        BackupKeep, // how many scheduled backups are kept
        BackupLastManualAt, // ms since the epoch of the last backup made by hand (window or command); 0: none
        BackupLastManualFile, // where that backup went
        DataKeyExportPending, // a new data key was made and not exported yet: the first-run reminder is due
        DataKeyExportedAt, // ms since the epoch of the last data-key export; 0: never
        TwilioCaCertificates, // a PEM file of CA certificates trusted for Twilio besides the system's
        TwilioProxy, // empty: the system's proxy configuration; "none": direct; else http://[user@]host:port
        SecretStorage, // "keychain" (the OS keychain when one answers, else the file) or "file"
    };

    // The settings file: `path`, or the platform's default when empty.
    explicit Settings(const QString& path = {});
    ~Settings();

    static QString defaultPath();
    QString path() const;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    static QVariant defaultValue(Key key);
    static QString keyName(Key key); // "database/path", "rules/maxWrongCodes", ...

    // Where the database is: the setting, else the platform's data folder.
    QString databasePath() const;
    // The data key file: the setting, else data.key beside the settings file.
    QString dataKeyPath() const;
    TwoFactorRules rules() const;
    void setRules(const TwoFactorRules& rules);
    PhoneNumberParser::Options phoneOptions() const;
    // The identity-check methods offered for a lost-phone reset (never empty).
    QStringList identityCheckMethods() const;

    // Where secrets go (SecretStorage): the keychain unless the setting says "file".
    bool secretsInKeychain() const;

    // Writes to disk; "[SettingsNotSaved]" with the reason (read-only file, full disk).
    Result<void> save();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tfk
