#pragma once

// Everything one running kiosk needs, built in the right order from settings and the command line:
// settings, data key, database (migrated and key-checked), password hasher, network access, the SMS
// sender (Twilio, or the in-process mock sink) and the workflow service. The window, a headless
// server and tests all start from here.

#include "auth/TwoFactorService.h"
#include "backup/BackupScheduler.h"
#include "common/Clock.h"
#include "runtime/ClockCheck.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "sms/TwilioSmsSender.h"

#include <QNetworkAccessManager>

#include <memory>

namespace tfk {

class TwilioSink;

struct RuntimeOptions
{
    QString settingsPath; // empty: the platform's default
    // A SQLite file or a postgresql:// URL; empty: the setting, else the platform's data folder.
    QString databasePath;
    bool mockSms = false; // start the mock SMS sink in-process and send to it
    bool demoData = false; // add a few demo users when the database has none
    // With demoData and not kiosk: a demo admin operator (see demoOperator()); never in kiosk mode.
    bool kiosk = false;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

// The demo's admin: its name and a password made for this run, shown in the window and on stderr.
struct DemoOperator
{
    Operator account;
    QString password;
};

class Runtime
{
    Q_DECLARE_TR_FUNCTIONS(tfk::Runtime)

public:
    // Every failure is a sentence an operator can act on ("the data key file ... is missing").
    static Result<std::unique_ptr<Runtime>> create(const RuntimeOptions& options);
    ~Runtime();

    Settings& settings() { return *m_settings; }
    // The Twilio auth token and API key secret, outside the settings file.
    SecretStore& secrets() { return *m_secrets; }
    Database& database() { return *m_database; }
    // This desk's clock against the database server's (measured at start and every 10 minutes on
    // PostgreSQL; the UI warns above ClockCheck::kWarnAboveMs).
    ClockCheck& clockCheck() { return *m_clockCheck; }
    TwoFactorService& service() { return *m_service; }
    TwilioSmsSender& sms() { return *m_sms; }
    // The in-process sink in mock mode, else null.
    TwilioSink* sink() { return m_sink.get(); }
    const DataKey& dataKey() const { return *m_dataKey; }
    bool mockSms() const { return m_sink != nullptr; }
    // Scheduled backups (backup/directory, backup/keep): made, not started; the window and the headless
    // server call start() on it, commands never do.
    BackupScheduler& backups() { return *m_backups; }
    // With --demo (and not --kiosk): the demo admin, whose password was set for this run.
    const std::optional<DemoOperator>& demoOperator() const { return m_demoOperator; }

    // --demo: back to the demo users with no texts and empty logs (the sink's messages go at once, on the
    // calling thread; the database's in the background). Operators, API keys and settings stay.
    QFuture<Result<void>> resetDemo();

    // Re-reads the Twilio settings (after the Settings screen saved them).
    void reloadTwilioConfig();
    TwilioConfig twilioConfig() const;
    // The service's threads and bounds, from the settings ("performance/...").
    ServiceOptions serviceOptions() const;

private:
    Runtime() = default;
    Result<void> addDemoUsers();
    // The demo admin: with `signedIn` its password is set for this run and exposed (demoOperator());
    // without (kiosk mode), it is only made when no admin exists, its password known to nobody.
    Result<void> prepareDemoOperator(bool signedIn);

    RuntimeOptions m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DataKey> m_dataKey;
    std::unique_ptr<SecretCipher> m_cipher;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<Database> m_database;
    SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TwilioSink> m_sink;
    std::unique_ptr<TwilioSmsSender> m_sms;
    std::unique_ptr<TwoFactorService> m_service;
    std::unique_ptr<BackupScheduler> m_backups;
    std::unique_ptr<ClockCheck> m_clockCheck;
    std::optional<DemoOperator> m_demoOperator;
};

} // namespace tfk
