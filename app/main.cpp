// twofactor-kiosk: command-line wiring only; everything else lives in tfk_core and tfk_ui.

#include "crypto/CryptoRuntime.h"
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

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
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate("main", "Save a PNG of the main window to <file> once it is shown, then quit."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshotOption);
    const QCommandLineOption languageOption(
        u"lang"_s,
        QApplication::translate("main", "User interface language: %1 (default: the system's).")
            .arg(tfk::Translations::offeredLanguages().join(u", "_s)),
        QApplication::translate("main", "language"));
    parser.addOption(languageOption);
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
        std::fprintf(stderr, "twofactor-kiosk: %s\n", qPrintable(supported.error().message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot start"), supported.error().message);
        return 1;
    }

    tfk::MainWindow window;
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, path] {
            const bool saved = window.grab().save(path, "PNG");
            if (!saved) {
                std::fprintf(stderr, "twofactor-kiosk: cannot write the screenshot to %s\n", qPrintable(path));
            }
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
