#include "Runtime.h"

#include "backup/BackupHistory.h"
#include "operators/OperatorDirectory.h"
#include "sms/sink/TwilioSink.h"
#include "store/Schema.h"

#include <QFileInfo>
#include <QtConcurrentRun>
#include <QtCrypto>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// The mock sink answers as Twilio's test account does for this sender.
const QString kMockFromNumber = u"+15005550006"_s;

struct DemoUser
{
    const char16_t* email;
    const char16_t* fullName;
    const char16_t* phone;
    bool mockOnly; // a Twilio magic number: only meaningful against the sink
};

// Fictional numbers that validate (NANP 555-01xx), plus one of Twilio's magic numbers that the sink
// refuses with 21614, to show what an operator sees when a number cannot receive texts.
constexpr char kDemoOperatorName[] = "demo-admin";

constexpr DemoUser kDemoUsers[] = {
    {u"richard@example.com", u"Richard Hendricks", u"+1 201 555 0123", false},
    {u"monica@example.com", u"Monica Hall", u"+1 201 555 0147", false},
    {u"jared@example.com", u"Jared Dunn", u"+1 415 555 0168", false},
    {u"erlich@example.com", u"Erlich Bachman", u"+1 500 555 0009", true},
};

} // namespace

Runtime::~Runtime()
{
    // The service and the sender talk to the database and the network: they go first.
    m_clockCheck.reset();
    m_backups.reset();
    m_service.reset();
    m_sms.reset();
    m_sink.reset();
    m_network.reset();
    m_database.reset();
}

Result<std::unique_ptr<Runtime>> Runtime::create(const RuntimeOptions& options)
{
    std::unique_ptr<Runtime> runtime(new Runtime());
    runtime->m_options = options;
    runtime->m_settings = std::make_unique<Settings>(options.settingsPath);
    Settings& settings = *runtime->m_settings;
    runtime->m_secrets = std::make_unique<SecretStore>(SecretStore::pathBeside(settings.path()),
                                                       settings.secretsInKeychain() ? SecretStore::Storage::Keychain
                                                                                    : SecretStore::Storage::File);
    for (const QString& problem : runtime->m_secrets->moveProblems()) {
        qWarning("%s", qPrintable(problem));
    }

    const QString databasePath = options.databasePath.isEmpty() ? settings.databasePath() : options.databasePath;
    if (options.databasePath.isEmpty() && DatabaseConfig::hasPassword(databasePath)) {
        return fail(Error {u"[DatabaseUrl]"_s,
                           tr("The settings file %1 holds a password in database/path. Remove it from the URL and "
                              "give the password in PGPASSWORD or a pgpass file (~/.pgpass, mode 0600) instead: the "
                              "settings file is not a place for passwords.")
                               .arg(settings.path()),
                           500});
    }
    auto databaseConfig = DatabaseConfig::fromLocation(databasePath);
    if (!databaseConfig) {
        return fail(databaseConfig.error());
    }
    // PGPASSWORD wins, then the password kept with the other secrets; with neither, libpq reads ~/.pgpass.
    if (databaseConfig->driver == SqlDriver::Postgres && databaseConfig->password.isEmpty()
        && !options.environment.contains(u"PGPASSWORD"_s)) {
        databaseConfig->password = runtime->m_secrets->secret(SecretStore::kDatabasePassword.toString());
    }
    const bool postgres = databaseConfig->driver == SqlDriver::Postgres;
    runtime->m_database = std::make_unique<Database>(*databaseConfig);
    // A new data key only for a new database: an existing one needs the key it was set up with.
    bool newDatabase = false;
    if (postgres) {
        // A server that cannot be reached fails here, within the connect timeout.
        auto version = Schema::version(*runtime->m_database);
        if (!version) {
            return fail(version.error());
        }
        newDatabase = *version == 0;
    } else {
        const QFileInfo databaseFile(databasePath);
        newDatabase = !databaseFile.exists() || databaseFile.size() == 0;
    }
    auto key = DataKey::load(settings.dataKeyPath(), newDatabase, options.environment);
    if (!key) {
        if (postgres && key.error().code == u"[DataKeyMissing]"_s) {
            return fail(Error {key.error().code,
                               key.error().message % u' '
                                   % tr("Desks that share one database server share one key: copy the data key file "
                                        "(or TFK_DATA_KEY) from the first desk to %1.")
                                         .arg(settings.dataKeyPath()),
                               key.error().httpStatus});
        }
        return fail(key.error());
    }
    runtime->m_dataKey = std::make_unique<DataKey>(*key);
    if (!key->warning().isEmpty()) {
        qWarning("%s", qPrintable(key->warning()));
    }
    if (key->created()) {
        // The window reminds an administrator to export it, once, until it is exported.
        if (auto recorded = BackupHistory::recordKeyCreated(settings); !recorded) {
            qWarning("%s", qPrintable(recorded.error().message));
        }
    }
    runtime->m_cipher = std::make_unique<SecretCipher>(*runtime->m_dataKey);
    runtime->m_hasher = std::make_unique<PasswordHasher>(PasswordHashingLimits::interactive());

    if (auto prepared = TwoFactorService::prepareStorage(*runtime->m_database, *runtime->m_cipher); !prepared) {
        return fail(prepared.error());
    }
    runtime->m_clockCheck = std::make_unique<ClockCheck>(*runtime->m_database, runtime->m_clock);
    if (postgres) {
        if (auto skew = runtime->m_clockCheck->measureNow(); skew && ClockCheck::worthWarning(*skew)) {
            qWarning("%s", qPrintable(ClockCheck::warningText(*skew)));
        }
        runtime->m_clockCheck->start();
    }

    const TwoFactorRules rules = settings.rules();
    if (auto valid = rules.validate(); !valid) {
        return fail(Error {
            valid.error().code,
            tr("The settings file %1 has a rule out of range: %2").arg(settings.path(), valid.error().message), 500});
    }

    runtime->m_network = std::make_unique<QNetworkAccessManager>();
    if (options.mockSms) {
        TwilioSink::Options sinkOptions;
        runtime->m_sink = std::make_unique<TwilioSink>(sinkOptions);
        if (auto started = runtime->m_sink->start(); !started) {
            return fail(started.error());
        }
    }
    runtime->m_sms = std::make_unique<TwilioSmsSender>(runtime->twilioConfig(), runtime->m_network.get());

    PhoneNumberParser::Options phoneOptions = settings.phoneOptions();
    // Twilio's magic test numbers are only ever useful against the sink.
    phoneOptions.allowTestNumbers = phoneOptions.allowTestNumbers || options.mockSms;
    runtime->m_service = std::make_unique<TwoFactorService>(
        *runtime->m_database, *runtime->m_sms, runtime->m_clock, *runtime->m_cipher, *runtime->m_hasher,
        PhoneNumberParser(phoneOptions), rules, runtime->serviceOptions());

    BackupScheduler::Config backupConfig;
    backupConfig.directory = settings.value(Settings::Key::BackupDirectory).toString();
    backupConfig.keep = settings.value(Settings::Key::BackupKeep).toInt();
    backupConfig.database = *databaseConfig;
    backupConfig.dataKey = runtime->m_dataKey->bytes();
    // Read at each backup, so a passphrase set later (backup --set-passphrase) is used without a restart.
    backupConfig.passphrase = [secrets = runtime->m_secrets.get(), environment = options.environment] {
        const QString variable = QString::fromLatin1(BackupScheduler::kPassphraseVariable);
        return environment.contains(variable) ? environment.value(variable)
                                              : secrets->secret(BackupScheduler::kPassphraseSecret.toString());
    };
    runtime->m_backups = std::make_unique<BackupScheduler>(backupConfig, runtime->m_clock);
    if (options.demoData) {
        if (auto added = runtime->addDemoUsers(); !added) {
            return fail(added.error());
        }
        // Kiosk mode never gets an operator for free: its operator side needs a real sign-in, so the
        // demo admin's password is neither shown nor signed in (kiosk mode only needs an admin to exist).
        if (auto prepared = runtime->prepareDemoOperator(!options.kiosk); !prepared) {
            return fail(prepared.error());
        }
    }
    return runtime;
}

Result<void> Runtime::prepareDemoOperator(bool signedIn)
{
    if (!signedIn) {
        // Kiosk mode: an admin must exist to leave it; one that someone set up is left alone.
        OperatorDirectory directory(*m_database, *m_cipher, *m_hasher, m_clock, m_settings->rules());
        auto operators = directory.list();
        if (!operators) {
            return fail(operators.error());
        }
        const bool anAdmin = std::any_of(operators->cbegin(), operators->cend(), [](const Operator& account) {
            return account.role == OperatorRole::Admin && !account.disabled;
        });
        if (anAdmin) {
            return {};
        }
    }
    // A password made for this run (shown in the window and on stderr), so a demo database copied
    // elsewhere does not carry a known admin password.
    const QByteArray random = QCA::Random::randomArray(12).toByteArray();
    const QString password
        = QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString name = QString::fromLatin1(kDemoOperatorName);
    OperatorDirectory directory(*m_database, *m_cipher, *m_hasher, m_clock, m_settings->rules());
    auto existing = directory.find(name);
    Result<Operator> account = fail(Error {});
    if (existing) {
        account = directory.setPassword(name, password);
    } else if (existing.error().httpStatus == 404) {
        account = directory.add(name, tr("Demo administrator"), password, OperatorRole::Admin);
    } else {
        return fail(existing.error());
    }
    if (!account) {
        return fail(account.error());
    }
    if (account->disabled || account->role != OperatorRole::Admin) {
        return fail(Error {u"[DemoOperator]"_s,
                           tr("The demo operator \"%1\" exists in this database but is disabled or not an "
                              "administrator; use another database for the demo.")
                               .arg(name),
                           500});
    }
    if (signedIn) {
        m_demoOperator = DemoOperator {*account, password};
    }
    return {};
}

ServiceOptions Runtime::serviceOptions() const
{
    ServiceOptions options;
    options.passwordThreads = std::max(0, m_settings->value(Settings::Key::PasswordThreads).toInt());
    options.maxPendingPasswordWork = std::max(0, m_settings->value(Settings::Key::MaxPendingPasswordChecks).toInt());
    options.helpdeskPhone = m_settings->value(Settings::Key::HelpdeskPhone).toString();
    return options;
}

TwilioConfig Runtime::twilioConfig() const
{
    TwilioConfig config;
    if (m_sink) {
        config.baseUrl = m_sink->baseUrl();
        config.accountSid = m_sink->options().accountSid;
        config.authToken = m_sink->options().authToken;
        config.fromNumber = kMockFromNumber;
        config.pollInitialMs = 500;
        config.pollMaxMs = 2000;
        config.proxy = u"none"_s; // in-process, on loopback: a company proxy must not see it
        return config;
    }
    const Settings& settings = *m_settings;
    config.baseUrl = QUrl(settings.value(Settings::Key::TwilioApiUrl).toString());
    config.accountSid = settings.value(Settings::Key::TwilioAccountSid).toString();
    config.apiKeySid = settings.value(Settings::Key::TwilioApiKeySid).toString();
    config.fromNumber = settings.value(Settings::Key::TwilioFromNumber).toString();
    config.messagingServiceSid = settings.value(Settings::Key::TwilioMessagingServiceSid).toString();
    config.fallbackFromNumber = settings.value(Settings::Key::TwilioFallbackFromNumber).toString();
    config.timeoutMs = settings.value(Settings::Key::TwilioTimeoutSeconds).toInt() * 1000;
    config.authToken = m_secrets->secret(SecretStore::kTwilioAuthToken.toString());
    config.apiKeySecret = m_secrets->secret(SecretStore::kTwilioApiKeySecret.toString());
    config.caCertificatesFile = settings.value(Settings::Key::TwilioCaCertificates).toString();
    config.proxy = settings.value(Settings::Key::TwilioProxy).toString();
    config.proxyPassword = m_secrets->secret(SecretStore::kTwilioProxyPassword.toString());
    // The environment wins over what the Settings screen stored.
    return TwilioConfig::fromEnvironment(m_options.environment, config);
}

void Runtime::reloadTwilioConfig()
{
    m_sms->setConfig(twilioConfig());
}

QFuture<Result<void>> Runtime::resetDemo()
{
    if (m_sink) {
        m_sink->clear();
    }
    // On the global pool: it waits for the service's own pools (which must stay free), blocking, as a
    // continuation could run twice in Qt 6.8 (common/Futures.h).
    return QtConcurrent::run([this, erasing = m_service->eraseUsersAndLogs()]() mutable -> Result<void> {
        const Result<void> erased = erasing.result();
        return erased ? addDemoUsers() : erased;
    });
}

Result<void> Runtime::addDemoUsers()
{
    // Start-up, before the event loop: blocking on these futures is fine (they need no continuation
    // on this thread), and the demo users are hashed on the worker threads side by side.
    auto existing = m_service->searchUsers({}, 0, 1).result();
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->total > 0) {
        return {};
    }
    QList<QFuture<Result<User>>> creating;
    for (const DemoUser& demo : kDemoUsers) {
        if (demo.mockOnly && !m_sink) {
            continue;
        }
        creating.append(m_service->createUser({QString::fromUtf16(demo.email),
                                               {},
                                               QString::fromUtf16(demo.fullName),
                                               QString::fromUtf16(demo.phone),
                                               u"password123"_s}));
    }
    for (QFuture<Result<User>>& future : creating) {
        if (auto created = future.result(); !created) {
            return fail(created.error());
        }
    }
    return {};
}

} // namespace tfk
