// twofactor-kiosk: command-line wiring only; everything else lives in tfk_core and tfk_ui.

#include "crypto/CryptoRuntime.h"
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"
#include "runtime/Runtime.h"
#include "sms/sink/TwilioSink.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int startupFailure(const QString& message)
{
    std::fprintf(stderr, "twofactor-kiosk: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QApplication::translate("main", "TwoFactorKiosk cannot start"), message);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    tfk::CryptoRuntime crypto;
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"twofactor-kiosk"_s);
    QApplication::setApplicationDisplayName(u"TwoFactorKiosk"_s);
    QApplication::setOrganizationName(u"TwoFactorKiosk"_s);
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/twofactor-kiosk.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Helpdesk kiosk for SMS two-factor enrollment and sign-in."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        u"database"_s, QApplication::translate("main", "Use the SQLite database <file> instead of the configured one."),
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
    const QCommandLineOption languageOption(
        u"lang"_s,
        QApplication::translate("main", "User interface language: %1 (default: the system's).")
            .arg(tfk::Translations::offeredLanguages().join(u", "_s)),
        QApplication::translate("main", "language"));
    parser.addOptions({databaseOption, settingsOption, mockSmsOption, demoOption, screenshotOption, languageOption});
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

    tfk::RuntimeOptions options;
    options.databasePath = parser.value(databaseOption);
    options.settingsPath = parser.value(settingsOption);
    options.mockSms = parser.isSet(mockSmsOption);
    options.demoData = parser.isSet(demoOption);
    auto runtime = tfk::Runtime::create(options);
    if (!runtime) {
        return startupFailure(runtime.error().message);
    }

    tfk::StatusInfo status;
    status.database = (*runtime)->database().location();
    status.sms = (*runtime)->mockSms()
        ? QApplication::translate("main", "mock SMS sink at %1").arg((*runtime)->sink()->baseUrl().toString())
        : (*runtime)->sms().description();
    tfk::MainWindow window(&(*runtime)->service(), status);
    window.show();

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
}
