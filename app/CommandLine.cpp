#include "CommandLine.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("main", text);
}

// The subcommands, one line each (each has its own usage sentence).
QString commandsText()
{
    return tr("\nCommands (each also takes --settings FILE; all but secrets take --database FILE):\n"
              "  api-key create|list|revoke ...  keys for the HTTP API\n"
              "  operator add|list|disable|passwd NAME  operator accounts\n"
              "  users import|export FILE        users from and to CSV or JSON lines\n"
              "  backup FILE | restore FILE      encrypted archives of database and key\n"
              "  data-key export|import FILE     the data key alone\n"
              "  secrets set|unset NAME | where  secrets in the OS keychain or 0600 file");
}

} // namespace

CommandLine::CommandLine()
    : database(u"database"_s,
               tr("Use the SQLite database <file> (or a postgresql://user@host:port/dbname URL) instead of the "
                  "configured one."),
               tr("file"))
    , settings(u"settings"_s, tr("Read and write settings in <file>."), tr("file"))
    , mockSms(u"mock-sms"_s,
              tr("Send text messages to a mock SMS sink started inside the program (no Twilio account needed; "
                 "nothing leaves this computer)."))
    , demo(u"demo"_s, tr("Add a few demo users when the database is empty."))
    , screenshot(u"screenshot"_s, tr("Save a PNG of the main window to <file> once it is shown, then quit."),
                 tr("file"))
    , screenshots(u"screenshots"_s,
                  tr("Walk through the demo (needs --mock-sms --demo), save a PNG of every screen and dialog in "
                     "<folder>, then quit."),
                  tr("folder"))
    , kiosk(u"kiosk"_s,
            tr("Kiosk mode: full screen, wiped after %1 seconds without input (kiosk/idleSeconds); "
               "only the Sign in screen without an operator sign-in; Ctrl+Shift+Q and an "
               "administrator's sign-in leave it.")
                .arg(120))
    , setOperatorPin(u"set-operator-pin"_s, tr("Replaced by operators (see: twofactor-kiosk operator add)."))
    , language(u"lang"_s,
               tr("User interface language: %1 (default: the system's).")
                   .arg(Translations::offeredLanguages().join(u", "_s)),
               tr("language"))
    , api(u"api"_s, tr("Also serve the FusionAuth-compatible HTTP API."))
    , headless(u"headless"_s, tr("With --api: serve without a window (logs to stderr, stops on SIGTERM)."))
    , apiListen(u"api-listen"_s, tr("Where the API listens (default 127.0.0.1:9011)."), u"ADDRESS:PORT"_s,
                u"127.0.0.1:9011"_s)
    , allowRemoteApi(u"allow-remote-api"_s, tr("Allow --api-listen on an address other computers can reach."))
    , apiView(u"api-view"_s,
              tr("Show the API view at start: each step as its FusionAuth request and answer, and the "
                 "Twilio requests (View > API view)."))
{
}

void CommandLine::addTo(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(tr("Helpdesk kiosk for SMS two-factor enrollment and sign-in.") + commandsText());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({database, settings, mockSms, demo, screenshot, screenshots, kiosk, setOperatorPin, language, api,
                       headless, apiListen, allowRemoteApi, apiView});
}

std::optional<QString> CommandLine::windowOnlyOptionIn(const QCommandLineParser& parser) const
{
    for (const QCommandLineOption* option : {&screenshot, &screenshots, &kiosk, &apiView}) {
        if (parser.isSet(*option)) {
            return tr("--%1 needs the window: leave out --headless.").arg(option->names().constFirst());
        }
    }
    return std::nullopt;
}

std::optional<QString> CommandLine::retiredOptionIn(const QCommandLineParser& parser) const
{
    if (parser.isSet(setOperatorPin)) {
        // The operator PIN is gone: administrators sign in with their own name and password instead.
        return tr("The operator PIN was replaced by operator accounts: an administrator signs in to leave kiosk "
                  "mode. Add one with: twofactor-kiosk operator add NAME --role admin");
    }
    return std::nullopt;
}

} // namespace tfk
