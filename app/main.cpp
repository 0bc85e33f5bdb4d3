// twofactor-kiosk: command-line wiring only; everything else lives in tfk_core and tfk_ui.

#include "api/ApiHost.h"
#include "api/ApiKeyCommand.h"
#include "api/HeadlessServer.h"
#include "backup/BackupCommand.h"
#include "crypto/CryptoRuntime.h"
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"
#include "operators/OperatorCommand.h"
#include "phone/PhoneWindow.h"
#include "runtime/ProcessHardening.h"
#include "runtime/Runtime.h"
#include "settings/DatabasePanel.h"
#include "settings/SecretsCommand.h"
#include "settings/SettingsPage.h"
#include "sms/TwilioTransport.h"
#include "sms/sink/TwilioSink.h"
#include "tour/ScreenshotTour.h"
#include "users/UsersCommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QSslConfiguration>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Waits for a future at start-up, before the window exists (its continuations need the event loop).
template <typename T> T await(QFuture<T> future)
{
    while (!future.isFinished()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return future.result();
}

// "0.1.0 (git 1a2b3c4)": the project version and the revision it was built from.
QString versionText()
{
    return QStringLiteral(PROJECT_VERSION " (git " TFK_GIT_REVISION ")");
}

// Twilio over HTTPS with no CA certificate to check it against: said at start-up, not at the first send.
std::optional<QString> caCertificatesWarning(tfk::Runtime& runtime)
{
    if (runtime.mockSms()) {
        return std::nullopt;
    }
    const tfk::TwilioConfig config = runtime.twilioConfig();
    return tfk::TwilioTransport::missingCaCertificatesWarning(config.baseUrl, config.caCertificatesFile,
                                                              QSslConfiguration::systemCaCertificates());
}

// The subcommands, one line each, for --help (each has its own usage sentence).
QString commandsText()
{
    return QCoreApplication::translate("main",
                                       "\nCommands (each also takes --settings FILE and --database FILE):\n"
                                       "  api-key add|list|revoke ...     keys for the HTTP API\n"
                                       "  operator add|list|disable|passwd NAME  operator accounts\n"
                                       "  users import|export FILE        users from and to CSV or JSON lines\n"
                                       "  backup FILE | restore FILE      encrypted archives of database and key\n"
                                       "  data-key export|import FILE     the data key alone\n"
                                       "  secrets set|unset NAME | where  secrets in the OS keychain or 0600 file");
}

int startupFailure(const QString& message)
{
    std::fprintf(stderr, "twofactor-kiosk: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QApplication::translate("main", "TwoFactorKiosk cannot start"), message);
    return 1;
}

// After the window closed for a confirmed restore: the files go in place while nothing of this program has the
// database open, then the program starts again with the same arguments (the old files, if nothing changed).
int restoreAndRestart(tfk::BackupRestorer& restorer, const QString& settingsPath)
{
    tfk::Settings settings(settingsPath);
    const auto restored = tfk::DatabasePanel::finishRestore(restorer, settings);
    if (restored) {
        std::fprintf(stderr, "twofactor-kiosk: %s\n", qPrintable(*restored));
        QMessageBox::information(nullptr, QApplication::translate("main", "Backup restored"),
                                 *restored % u' '
                                     % QApplication::translate("main", "TwoFactorKiosk starts again now."));
    } else {
        std::fprintf(stderr, "twofactor-kiosk: %s\n", qPrintable(restored.error().message));
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Backup not restored"),
            restored.error().message % u' '
                % QApplication::translate("main", "TwoFactorKiosk starts again with the files as they were."));
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1))) {
        const QString message
            = QApplication::translate("main", "TwoFactorKiosk could not start again: start it yourself.");
        std::fprintf(stderr, "twofactor-kiosk: %s\n", qPrintable(message));
        QMessageBox::warning(nullptr, QApplication::translate("main", "TwoFactorKiosk"), message);
        return 1;
    }
    return restored ? 0 : 1;
}

// Headless mode, `api-key` and `operator` need no display: a QCoreApplication and no window code.
int runWithoutWindow(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"twofactor-kiosk"_s);
    QCoreApplication::setOrganizationName(u"TwoFactorKiosk"_s);
    QCoreApplication::setApplicationVersion(versionText());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (auto supported = tfk::CryptoRuntime::checkSupport(); !supported) {
        err << u"twofactor-kiosk: "_s << supported.error().message << Qt::endl;
        return 1;
    }
    if (tfk::ApiKeyCommand::isInvocation(QCoreApplication::arguments())) {
        return tfk::ApiKeyCommand::main(QCoreApplication::arguments(), out, err);
    }
    if (tfk::OperatorCommand::isInvocation(QCoreApplication::arguments())) {
        return tfk::OperatorCommand::main(QCoreApplication::arguments(), out, err);
    }
    if (tfk::BackupCommand::isInvocation(QCoreApplication::arguments())) {
        return tfk::BackupCommand::main(QCoreApplication::arguments(), out, err);
    }
    if (tfk::UsersCommand::isInvocation(QCoreApplication::arguments())) {
        return tfk::UsersCommand::main(QCoreApplication::arguments(), out, err);
    }
    if (tfk::SecretsCommand::isInvocation(QCoreApplication::arguments())) {
        return tfk::SecretsCommand::main(QCoreApplication::arguments(), out, err);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Serves the FusionAuth-compatible two-factor HTTP API without a window.")
        + commandsText());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        u"database"_s,
        QCoreApplication::translate("main", "SQLite database file, or postgresql://user@host:port/dbname."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption settings(u"settings"_s, QCoreApplication::translate("main", "Settings file."),
                                      QCoreApplication::translate("main", "file"));
    const QCommandLineOption mockSms(u"mock-sms"_s, QCoreApplication::translate("main", "Use the mock SMS sink."));
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Add demo users."));
    const QCommandLineOption headless(u"headless"_s, QCoreApplication::translate("main", "Serve without a window."));
    const QCommandLineOption api(u"api"_s, QCoreApplication::translate("main", "Serve the HTTP API."));
    const QCommandLineOption listen(u"api-listen"_s, QCoreApplication::translate("main", "API address."),
                                    u"ADDRESS:PORT"_s, u"127.0.0.1:9011"_s);
    const QCommandLineOption remote(u"allow-remote-api"_s,
                                    QCoreApplication::translate("main", "Allow a non-loopback --api-listen."));
    parser.addOptions({database, settings, mockSms, demo, headless, api, listen, remote});
    parser.process(app);
    if (!parser.isSet(api)) {
        err << QCoreApplication::translate("main", "twofactor-kiosk: --headless serves the API: add --api.")
            << Qt::endl;
        return 2;
    }
    tfk::ApiServerOptions apiOptions;
    apiOptions.allowRemote = parser.isSet(remote);
    auto listenOptions = tfk::ApiServerOptions::withListen(parser.value(listen), apiOptions);
    if (!listenOptions) {
        err << u"twofactor-kiosk: "_s << listenOptions.error().message << Qt::endl;
        return 2;
    }
    tfk::RuntimeOptions options;
    options.databasePath = parser.value(database);
    options.settingsPath = parser.value(settings);
    options.mockSms = parser.isSet(mockSms);
    options.demoData = parser.isSet(demo);
    auto runtime = tfk::Runtime::create(options);
    if (!runtime) {
        err << u"twofactor-kiosk: "_s << runtime.error().message << Qt::endl;
        return 1;
    }
    if (const auto warning = caCertificatesWarning(**runtime)) {
        err << u"twofactor-kiosk: "_s << *warning << Qt::endl;
    }
    return tfk::HeadlessServer::run(**runtime, *listenOptions, err);
}

} // namespace

int main(int argc, char* argv[])
{
    // Before any secret is loaded: no core file and no ptrace for other processes.
    tfk::ProcessHardening::apply();
    tfk::CryptoRuntime crypto;
    QStringList raw;
    for (int i = 0; i < argc; ++i) {
        raw << QString::fromLocal8Bit(argv[i]);
    }
    if (tfk::ApiKeyCommand::isInvocation(raw) || tfk::OperatorCommand::isInvocation(raw)
        || tfk::BackupCommand::isInvocation(raw) || tfk::UsersCommand::isInvocation(raw)
        || tfk::SecretsCommand::isInvocation(raw) || raw.contains(u"--headless"_s)) {
        return runWithoutWindow(argc, argv);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"twofactor-kiosk"_s);
    QApplication::setApplicationDisplayName(u"TwoFactorKiosk"_s);
    QApplication::setOrganizationName(u"TwoFactorKiosk"_s);
    QApplication::setApplicationVersion(versionText());
    QApplication::setWindowIcon(QIcon(u":/icons/twofactor-kiosk.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Helpdesk kiosk for SMS two-factor enrollment and sign-in.") + commandsText());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        u"database"_s,
        QApplication::translate("main",
                                "Use the SQLite database <file> (or a postgresql://user@host:port/dbname URL) instead "
                                "of the configured one."),
        QApplication::translate("main", "file"));
    const QCommandLineOption settingsOption(u"settings"_s,
                                            QApplication::translate("main", "Read and write settings in <file>."),
                                            QApplication::translate("main", "file"));
    const QCommandLineOption mockSmsOption(
        u"mock-sms"_s,
        QApplication::translate("main",
                                "Send text messages to a mock SMS sink started inside the program (no Twilio "
                                "account needed; nothing leaves this computer)."));
    const QCommandLineOption demoOption(
        u"demo"_s, QApplication::translate("main", "Add a few demo users when the database is empty."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate("main", "Save a PNG of the main window to <file> once it is shown, then quit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption screenshotsOption(
        u"screenshots"_s,
        QApplication::translate("main",
                                "Walk through the demo (needs --mock-sms --demo), save a PNG of every screen "
                                "and dialog in <folder>, then quit."),
        QApplication::translate("main", "folder"));
    const QCommandLineOption kioskOption(
        u"kiosk"_s,
        QApplication::translate("main",
                                "Kiosk mode: full screen, wiped after %1 seconds without input "
                                "(kiosk/idleSeconds); only the Sign in screen without an operator sign-in; "
                                "Ctrl+Shift+Q and an administrator's sign-in leave it.")
            .arg(120));
    const QCommandLineOption setPinOption(
        u"set-operator-pin"_s,
        QApplication::translate("main", "Replaced by operators (see: twofactor-kiosk operator add)."));
    const QCommandLineOption languageOption(
        u"lang"_s,
        QApplication::translate("main", "User interface language: %1 (default: the system's).")
            .arg(tfk::Translations::offeredLanguages().join(u", "_s)),
        QApplication::translate("main", "language"));
    const QCommandLineOption apiOption(
        u"api"_s, QApplication::translate("main", "Also serve the FusionAuth-compatible HTTP API."));
    const QCommandLineOption headlessOption(
        u"headless"_s,
        QApplication::translate("main", "With --api: serve without a window (logs to stderr, stops on SIGTERM)."));
    const QCommandLineOption apiListenOption(
        u"api-listen"_s, QApplication::translate("main", "Where the API listens (default 127.0.0.1:9011)."),
        u"ADDRESS:PORT"_s, u"127.0.0.1:9011"_s);
    const QCommandLineOption allowRemoteApiOption(
        u"allow-remote-api"_s,
        QApplication::translate("main", "Allow --api-listen on an address other computers can reach."));
    parser.addOptions({databaseOption, settingsOption, mockSmsOption, demoOption, screenshotOption, screenshotsOption,
                       kioskOption, setPinOption, languageOption, apiOption, headlessOption, apiListenOption,
                       allowRemoteApiOption});
    parser.process(app);

    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : tfk::Translations::languageFor(QLocale::system());
    if (!tfk::Translations::install(app, language)) {
        std::fprintf(stderr, "twofactor-kiosk: %s\n",
                     qPrintable(QApplication::translate("main", "The language '%1' is not offered; choose one of %2.")
                                    .arg(language, tfk::Translations::offeredLanguages().join(u", "_s))));
        return 2;
    }

    if (auto supported = tfk::CryptoRuntime::checkSupport(); !supported) {
        return startupFailure(supported.error().message);
    }

    if (parser.isSet(setPinOption)) {
        // The operator PIN is gone: administrators sign in with their own name and password instead.
        std::fprintf(stderr, "twofactor-kiosk: %s\n",
                     qPrintable(QApplication::translate(
                         "main",
                         "The operator PIN was replaced by operator accounts: an administrator signs in to "
                         "leave kiosk mode. Add one with: twofactor-kiosk operator add NAME --role admin")));
        return 2;
    }

    tfk::RuntimeOptions options;
    options.databasePath = parser.value(databaseOption);
    options.settingsPath = parser.value(settingsOption);
    options.mockSms = parser.isSet(mockSmsOption);
    options.demoData = parser.isSet(demoOption);
    options.kiosk = parser.isSet(kioskOption);
    auto runtime = tfk::Runtime::create(options);
    if (!runtime) {
        return startupFailure(runtime.error().message);
    }

    // The window and everything that talks to the database live in here, so that a confirmed restore finds
    // the database closed once it returns.
    std::shared_ptr<tfk::BackupRestorer> pendingRestore;
    const tfk::SystemClock clock {}; // the window's, and a pending restore's after the window is gone
    const auto runWindow = [&]() -> int {
        tfk::Runtime& r = **runtime;
        if (const auto warning = caCertificatesWarning(r)) {
            std::fprintf(stderr, "twofactor-kiosk: %s\n", qPrintable(*warning));
            QMessageBox::warning(nullptr, QApplication::translate("main", "No CA certificates"), *warning);
        }
        r.backups().start(); // scheduled backups, on their own thread
        std::unique_ptr<tfk::ApiHost> api; // after the runtime, so it stops first
        if (parser.isSet(apiOption)) {
            tfk::ApiServerOptions apiOptions;
            apiOptions.allowRemote = parser.isSet(allowRemoteApiOption);
            auto listen = tfk::ApiServerOptions::withListen(parser.value(apiListenOption), apiOptions);
            if (!listen) {
                return startupFailure(listen.error().message);
            }
            auto started = tfk::ApiHost::start(r, *listen);
            if (!started) {
                return startupFailure(started.error().message);
            }
            api = std::move(*started);
            if (!api->server().warning().isEmpty()) {
                std::fprintf(stderr, "twofactor-kiosk: %s\n", qPrintable(api->server().warning()));
            }
            std::fprintf(stderr, "twofactor-kiosk: %s\n", qPrintable(api->listeningMessage()));
        }
        if (parser.isSet(kioskOption)) {
            // Leaving kiosk mode takes an administrator's sign-in: without an active one it could never end.
            const auto operators = await(r.service().listOperators());
            if (!operators) {
                return startupFailure(operators.error().message);
            }
            const bool hasAdmin = std::ranges::any_of(*operators, [](const tfk::Operator& account) {
                return account.can(tfk::OperatorPermission::ManageSettings);
            });
            if (!hasAdmin) {
                return startupFailure(QApplication::translate(
                    "main",
                    "Kiosk mode needs an active administrator to leave it. Add one first: twofactor-kiosk operator add "
                    "NAME --role admin"));
            }
        }
        if (const auto& demo = r.demoOperator()) {
            std::fprintf(stderr, "twofactor-kiosk: %s\n",
                         qPrintable(QApplication::translate("main", "Demo administrator: %1, password %2")
                                        .arg(demo->account.name, demo->password)));
        }

        tfk::MainWindowContext context;
        context.service = &r.service();
        context.status.database = r.database().location();
        context.status.sms = r.mockSms()
            ? QApplication::translate("main", "mock SMS sink at %1").arg(r.sink()->baseUrl().toString())
            : r.sms().description();
        context.settings = &r.settings();
        context.secrets = &r.secrets();
        context.demoOperator = r.demoOperator();
        context.clockCheck = &r.clockCheck();
        context.backups = &r.backups();
        context.clock = &clock;
        tfk::DatabaseTools databaseTools;
        databaseTools.database = r.database().config();
        databaseTools.dataKey = r.dataKey();
        databaseTools.dataKeyPath = r.settings().dataKeyPath();
        databaseTools.environment = options.environment;
        context.databaseTools = &databaseTools;
        tfk::MainWindow window(context);
        QObject::connect(&window, &tfk::MainWindow::restoreRequested, &window,
                         [&window, &pendingRestore](std::shared_ptr<tfk::BackupRestorer> restorer) {
                             pendingRestore = std::move(restorer);
                             window.close(); // waits for the work in flight
                             QApplication::exit(0);
                         });
        tfk::SettingsPage* settingsPage = window.settingsPage();
        settingsPage->setDatabasePath(r.database().location());
        settingsPage->setMockSinkActive(r.mockSms());
        QObject::connect(settingsPage, &tfk::SettingsPage::twilioSettingsChanged, &window,
                         [&r] { r.reloadTwilioConfig(); });
        QObject::connect(settingsPage, &tfk::SettingsPage::testSmsRequested, settingsPage,
                         [&r, settingsPage](const QString& e164) {
                             r.sms()
                                 .send({e164, QApplication::translate("main", "TwoFactorKiosk test message")})
                                 .then(settingsPage, [settingsPage](const tfk::Result<tfk::SmsReceipt>& sent) {
                                     settingsPage->showTestSmsResult(
                                         sent.has_value(),
                                         sent ? QApplication::translate("main", "Sent (%1).").arg(sent->status)
                                              : sent.error().message);
                                 });
                         });
        std::unique_ptr<tfk::PhoneWindow> phone;
        if (r.sink()) {
            // A separate window, as a phone lying beside the screen.
            phone = std::make_unique<tfk::PhoneWindow>(r.sink());
            phone->move(window.frameGeometry().topRight() + QPoint(16, 0));
            phone->show();
            window.setPhoneWindow(phone.get());
            if (!parser.isSet(kioskOption)) {
                window.enableDemo({r.sink(), [&r] {
                                       return r.resetDemo();
                                   }});
            }
        }

        if (parser.isSet(screenshotsOption)) {
            window.show();
            auto* tour = new tfk::ScreenshotTour(&window, phone.get(), &r.service(), r.sink(),
                                                 parser.value(screenshotsOption), &window);
            QObject::connect(tour, &tfk::ScreenshotTour::finished, &app, [](bool ok, const QString& message) {
                std::fprintf(ok ? stdout : stderr, "twofactor-kiosk: %s\n", qPrintable(message));
                QApplication::exit(ok ? 0 : 1);
            });
            tour->start();
            return QApplication::exec();
        }
        if (parser.isSet(kioskOption)) {
            window.enterKioskMode({r.settings().value(tfk::Settings::Key::KioskIdleSeconds).toInt()});
        } else {
            window.show();
            if (!r.demoOperator()) {
                window.promptFirstRunIfNeeded();
            }
        }

        if (parser.isSet(screenshotOption)) {
            const QString path = parser.value(screenshotOption);
            QTimer::singleShot(500, &window, [&window, path] {
                const bool saved = window.grab().save(path, "PNG");
                if (!saved) {
                    std::fprintf(stderr, "twofactor-kiosk: cannot write the screenshot to %s\n", qPrintable(path));
                }
                QApplication::exit(saved ? 0 : 1);
            });
        }
        return QApplication::exec();
    };
    const int status = runWindow();
    if (!pendingRestore) {
        return status;
    }
    runtime->reset();
    return restoreAndRestart(*pendingRestore, options.settingsPath);
}
