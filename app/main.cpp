// twofactor-kiosk: command-line wiring only; everything else lives in tfk_core and tfk_ui.

#include "CommandLine.h"
#include "api/ApiExchangeLog.h"
#include "api/ApiHost.h"
#include "api/ApiKeyCommand.h"
#include "api/HeadlessServer.h"
#include "apiview/ApiViewPanel.h"
#include "backup/BackupCommand.h"
#include "common/Futures.h"
#include "crypto/CryptoRuntime.h"
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"
#include "operators/OperatorCommand.h"
#include "phone/PhoneNumberParser.h"
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
    return tfk::TwilioTransport::missingCaCertificatesWarning(
        config.baseUrl, config.caCertificatesFile, tfk::TwilioTransport::systemCaCertificatesPresent().result());
}

// --lang, or the system's language: ours and Qt's strings; false (said on stderr) for one not offered.
bool installLanguage(QCoreApplication& app, const QCommandLineParser& parser, const tfk::CommandLine& options)
{
    const QString language = parser.isSet(options.language) ? parser.value(options.language)
                                                            : tfk::Translations::languageFor(QLocale::system());
    if (tfk::Translations::install(app, language)) {
        return true;
    }
    std::fprintf(stderr, "twofactor-kiosk: %s\n",
                 qPrintable(QCoreApplication::translate("main", "The language '%1' is not offered; choose one of %2.")
                                .arg(language, tfk::Translations::offeredLanguages().join(u", "_s))));
    return false;
}

// --help and --version answer without a display (a server, an SSH session): the same parser, no window.
bool asksOnlyForText(const QStringList& arguments)
{
    return std::ranges::any_of(arguments.mid(1), [](const QString& argument) {
        return argument == u"--help"_s || argument == u"-h"_s || argument == u"-?"_s || argument == u"--help-all"_s
            || argument == u"--version"_s || argument == u"-v"_s;
    });
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
    const tfk::CommandLine options;
    options.addTo(parser);
    parser.process(app);
    if (!installLanguage(app, parser, options)) {
        return 2;
    }
    if (const auto retired = options.retiredOptionIn(parser)) {
        err << u"twofactor-kiosk: "_s << *retired << Qt::endl;
        return 2;
    }
    if (const auto windowOnly = options.windowOnlyOptionIn(parser)) {
        err << u"twofactor-kiosk: "_s << *windowOnly << Qt::endl;
        return 2;
    }
    if (!parser.isSet(options.api)) {
        err << QCoreApplication::translate("main", "twofactor-kiosk: --headless serves the API: add --api.")
            << Qt::endl;
        return 2;
    }
    tfk::ApiServerOptions apiOptions;
    apiOptions.allowRemote = parser.isSet(options.allowRemoteApi);
    auto listenOptions = tfk::ApiServerOptions::withListen(parser.value(options.apiListen), apiOptions);
    if (!listenOptions) {
        err << u"twofactor-kiosk: "_s << listenOptions.error().message << Qt::endl;
        return 2;
    }
    tfk::RuntimeOptions runtimeOptions;
    runtimeOptions.databasePath = parser.value(options.database);
    runtimeOptions.settingsPath = parser.value(options.settings);
    runtimeOptions.mockSms = parser.isSet(options.mockSms);
    runtimeOptions.demoData = parser.isSet(options.demo);
    auto runtime = tfk::Runtime::create(runtimeOptions);
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
        || tfk::SecretsCommand::isInvocation(raw) || raw.contains(u"--headless"_s) || asksOnlyForText(raw)) {
        return runWithoutWindow(argc, argv);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"twofactor-kiosk"_s);
    QApplication::setApplicationDisplayName(u"TwoFactorKiosk"_s);
    QApplication::setOrganizationName(u"TwoFactorKiosk"_s);
    QApplication::setApplicationVersion(versionText());
    QApplication::setWindowIcon(QIcon(u":/icons/twofactor-kiosk.svg"_s));

    QCommandLineParser parser;
    const tfk::CommandLine commandLine;
    commandLine.addTo(parser);
    parser.process(app);
    if (!installLanguage(app, parser, commandLine)) {
        return 2;
    }

    if (auto supported = tfk::CryptoRuntime::checkSupport(); !supported) {
        return startupFailure(supported.error().message);
    }

    if (const auto retired = commandLine.retiredOptionIn(parser)) {
        std::fprintf(stderr, "twofactor-kiosk: %s\n", qPrintable(*retired));
        return 2;
    }

    tfk::RuntimeOptions options;
    options.databasePath = parser.value(commandLine.database);
    options.settingsPath = parser.value(commandLine.settings);
    options.mockSms = parser.isSet(commandLine.mockSms);
    options.demoData = parser.isSet(commandLine.demo);
    options.kiosk = parser.isSet(commandLine.kiosk);
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
        r.backups().start(); // scheduled backups, on their own thread
        std::unique_ptr<tfk::ApiHost> api; // after the runtime, so it stops first
        if (parser.isSet(commandLine.api)) {
            tfk::ApiServerOptions apiOptions;
            apiOptions.allowRemote = parser.isSet(commandLine.allowRemoteApi);
            auto listen = tfk::ApiServerOptions::withListen(parser.value(commandLine.apiListen), apiOptions);
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
        if (parser.isSet(commandLine.kiosk)) {
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

        // The API view's log: each step in the window as the API would answer it, tokens signed with the API's key.
        auto jwtKey = tfk::JwtSigner::keyFor(options.environment, r.dataKey());
        if (!jwtKey) {
            return startupFailure(jwtKey.error().message);
        }
        // Secrets, codes and tokens are kept and shown only in demo mode.
        const bool demoMode = parser.isSet(commandLine.demo) || parser.isSet(commandLine.mockSms);
        tfk::ApiExchangeLog exchanges(r.service(), tfk::JwtSigner(*jwtKey), demoMode, &clock);

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
        // The Settings screen is built with the operator side, at the first sign-in: connected then.
        context.settingsPageReady = [&r](tfk::SettingsPage* settingsPage) {
            settingsPage->setDatabasePath(r.database().location());
            settingsPage->setMockSinkActive(r.mockSms());
            QObject::connect(settingsPage, &tfk::SettingsPage::twilioSettingsChanged, settingsPage,
                             [&r] { r.reloadTwilioConfig(); });
            QObject::connect(
                settingsPage, &tfk::SettingsPage::testSmsRequested, settingsPage,
                [&r, settingsPage](const QString& e164) {
                    const auto sending
                        = r.sms().send({e164, QApplication::translate("main", "TwoFactorKiosk test message")});
                    tfk::whenFinished(sending, settingsPage, [settingsPage](const tfk::Result<tfk::SmsReceipt>& sent) {
                        settingsPage->showTestSmsResult(
                            sent.has_value(),
                            sent ? QApplication::translate("main", "Sent (%1).").arg(sent->status)
                                 : sent.error().message);
                    });
                });
        };
        tfk::MainWindow window(context);
        QObject::connect(&window, &tfk::MainWindow::restoreRequested, &window,
                         [&window, &pendingRestore](std::shared_ptr<tfk::BackupRestorer> restorer) {
                             pendingRestore = std::move(restorer);
                             window.close(); // waits for the work in flight
                             QApplication::exit(0);
                         });
        window.setApiView(
            new tfk::ApiViewPanel(&exchanges, &r.sms(), {demoMode, api ? api->server().baseUrl() : QUrl()}));
        if (parser.isSet(commandLine.apiView)) {
            window.setApiViewShown(true);
        }
        std::unique_ptr<tfk::PhoneWindow> phone;
        if (r.sink()) {
            // A separate window, as a phone lying beside the screen.
            phone = std::make_unique<tfk::PhoneWindow>(r.sink());
            phone->move(window.frameGeometry().topRight() + QPoint(16, 0));
            phone->show();
            window.setPhoneWindow(phone.get());
            if (!parser.isSet(commandLine.kiosk)) {
                window.enableDemo({r.sink(), [&r] {
                                       return r.resetDemo();
                                   }});
            }
        }

        if (parser.isSet(commandLine.screenshots)) {
            window.show();
            auto* tour = new tfk::ScreenshotTour(&window, phone.get(), &r.service(), r.sink(),
                                                 parser.value(commandLine.screenshots), &window);
            QObject::connect(tour, &tfk::ScreenshotTour::finished, &app, [](bool ok, const QString& message) {
                std::fprintf(ok ? stdout : stderr, "twofactor-kiosk: %s\n", qPrintable(message));
                QApplication::exit(ok ? 0 : 1);
            });
            tour->start();
            return QApplication::exec();
        }
        if (parser.isSet(commandLine.kiosk)) {
            window.enterKioskMode({r.settings().value(tfk::Settings::Key::KioskIdleSeconds).toInt()});
        } else {
            window.show();
            if (!r.demoOperator()) {
                window.promptFirstRunIfNeeded();
            }
        }

        if (!r.mockSms()) {
            // Reading the system's CA certificates takes longer than building the window: they are read on a
            // worker thread from here, and a missing one is said over the window.
            tfk::TwilioTransport::warnIfCaCertificatesMissing(
                r.twilioConfig(), &window, [&window](const QString& warning) {
                    std::fprintf(stderr, "twofactor-kiosk: %s\n", qPrintable(warning));
                    auto* box
                        = new QMessageBox(QMessageBox::Warning, QApplication::translate("main", "No CA certificates"),
                                          warning, QMessageBox::Ok, &window);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                });
        }

        // libphonenumber (a library of its own) loads while nobody waits for it: the Enroll page asks it first.
        tfk::PhoneNumberParser::loadInBackground();

        if (parser.isSet(commandLine.screenshot)) {
            const QString path = parser.value(commandLine.screenshot);
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
