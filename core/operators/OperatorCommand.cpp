#include "OperatorCommand.h"

#include "runtime/Runtime.h"
#include "runtime/Subcommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTimeZone>

#include <csignal>
#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

int usage(QTextStream& err, const QString& message)
{
    err << u"twofactor-kiosk operator: "_s << message << u'\n'
        << OperatorCommand::tr("usage: twofactor-kiosk [--database FILE] [--settings FILE] operator "
                               "add NAME --role admin|helpdesk [--display-name TEXT] | list | disable NAME | "
                               "passwd NAME")
        << Qt::endl;
    return 2;
}

int failure(QTextStream& err, const Error& error)
{
    err << u"twofactor-kiosk operator: "_s << error.message << Qt::endl;
    return 1;
}

// The terminal's settings while echo is off, restored if a signal ends the program mid-line.
termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

void restoreTerminalAndRaise(int signal)
{
    if (g_echoOff) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

std::optional<QString> readTerminalLineWithoutEcho()
{
    termios quiet;
    if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0) {
        return Subcommand::readStandardInputLine();
    }
    quiet = g_savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL; // the Enter still moves to the next line
    const auto oldInt = std::signal(SIGINT, restoreTerminalAndRaise);
    const auto oldTerm = std::signal(SIGTERM, restoreTerminalAndRaise);
    g_echoOff = 1;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    auto line = Subcommand::readStandardInputLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    g_echoOff = 0;
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);
    return line;
}

// A new password: asked twice at a terminal, one line otherwise; validated before it is confirmed.
Result<QString> newPassword(const QString& name, const OperatorCommand::PasswordInput& input, QTextStream& err)
{
    return Subcommand::askNewSecret(
        input.terminal, input.readLine, err,
        Subcommand::SecretPrompt {
            OperatorCommand::tr("New password for operator %1 (at least %2 characters): ")
                .arg(name)
                .arg(OperatorDirectory::kMinPasswordLength),
            OperatorCommand::tr("The same password again: "),
            Error {u"[blank]operator.password"_s,
                   OperatorCommand::tr("No password was given: type it at the terminal, or pipe it in as one line.")},
            Error {u"[mismatch]operator.password"_s,
                   OperatorCommand::tr("The two passwords are not the same; nothing was changed.")}},
        [](const QString& password) { return OperatorDirectory::validatePassword(password); });
}

QString describe(const Operator& op)
{
    return u"%1 (%2)"_s.arg(op.name, OperatorRoles::name(op.role));
}

} // namespace

OperatorCommand::PasswordInput OperatorCommand::PasswordInput::standardInput()
{
    PasswordInput input;
    input.terminal = isatty(STDIN_FILENO) == 1;
    input.readLine = input.terminal ? readTerminalLineWithoutEcho : Subcommand::readStandardInputLine;
    return input;
}

OperatorCommand::PasswordInput OperatorCommand::PasswordInput::fromText(const QString& text, bool terminal)
{
    auto lines = std::make_shared<QStringList>(text.split(u'\n'));
    // "a\n" is one line, not "a" and an empty one.
    if (text.endsWith(u'\n')) {
        lines->removeLast();
    }
    if (text.isEmpty()) {
        lines->clear();
    }
    PasswordInput input;
    input.terminal = terminal;
    input.readLine = [lines]() -> std::optional<QString> {
        if (lines->isEmpty()) {
            return std::nullopt;
        }
        return lines->takeFirst();
    };
    return input;
}

bool OperatorCommand::isInvocation(const QStringList& arguments)
{
    return Subcommand::invokes(arguments, kCommand);
}

int OperatorCommand::main(const QStringList& arguments, QTextStream& out, QTextStream& err, const PasswordInput& input,
                          const QProcessEnvironment& environment)
{
    QCommandLineParser parser;
    const QCommandLineOption database(u"database"_s, tr("The SQLite database file, or a postgresql:// URL."),
                                      u"file"_s);
    const QCommandLineOption settings(u"settings"_s, tr("The settings file."), u"file"_s);
    const QCommandLineOption role(u"role"_s, tr("The new operator's role: admin or helpdesk."), u"role"_s);
    const QCommandLineOption displayName(u"display-name"_s, tr("The new operator's name as people read it."),
                                         u"text"_s);
    parser.addOptions({database, settings, role, displayName});
    parser.addPositionalArgument(kCommand.toString(), tr("operator add NAME | list | disable NAME | passwd NAME"));
    if (!parser.parse(arguments)) {
        return usage(err, parser.errorText());
    }
    QStringList words = parser.positionalArguments();
    if (words.isEmpty() || words.first() != kCommand) {
        return usage(err, tr("expected the command operator."));
    }
    words.removeFirst();
    if (parser.isSet(role)) {
        words << u"--role"_s << parser.value(role);
    }
    if (parser.isSet(displayName)) {
        words << u"--display-name"_s << parser.value(displayName);
    }

    RuntimeOptions options;
    options.databasePath = parser.value(database);
    options.settingsPath = parser.value(settings);
    options.environment = environment;
    auto runtime = Runtime::create(options);
    if (!runtime) {
        return failure(err, runtime.error());
    }
    const SecretCipher cipher((*runtime)->dataKey());
    const PasswordHasher hasher(PasswordHashingLimits::interactive());
    SystemClock clock;
    OperatorDirectory directory((*runtime)->database(), cipher, hasher, clock, (*runtime)->settings().rules());
    return run(words, directory, out, err, input);
}

int OperatorCommand::run(const QStringList& subcommand, OperatorDirectory& directory, QTextStream& out,
                         QTextStream& err, const PasswordInput& input)
{
    if (subcommand.isEmpty()) {
        return usage(err, tr("name a subcommand: add, list, disable or passwd."));
    }
    const QString verb = subcommand.first();
    QStringList rest = subcommand.mid(1);

    if (verb == u"add"_s) {
        QString roleName;
        QString displayName;
        for (const QString& option : {u"--role"_s, u"--display-name"_s}) {
            const qsizetype at = rest.indexOf(option);
            if (at >= 0) {
                if (at + 1 >= rest.size()) {
                    return usage(err, tr("%1 needs a value.").arg(option));
                }
                (option == u"--role"_s ? roleName : displayName) = rest.at(at + 1);
                rest.remove(at, 2);
            }
        }
        if (rest.size() != 1) {
            return usage(err, tr("add takes one login name and --role admin|helpdesk."));
        }
        if (roleName.isEmpty()) {
            return usage(err, tr("add needs --role admin or --role helpdesk."));
        }
        const std::optional<OperatorRole> role = OperatorRoles::fromName(roleName);
        if (!role) {
            return usage(err, tr("unknown role \"%1\": use admin or helpdesk.").arg(roleName.left(40)));
        }
        const QString name = rest.first();
        // Name problems are reported before anybody types a password.
        if (auto valid = OperatorDirectory::validateName(name); !valid) {
            return failure(err, valid.error());
        }
        if (auto existing = directory.find(name); existing) {
            return failure(err,
                           Error {u"[duplicate]operator.name"_s,
                                  tr("There is already an operator called %1.").arg(existing->name)});
        } else if (existing.error().code != u"[notFound]operator"_s) {
            return failure(err, existing.error());
        }
        auto password = newPassword(name.trimmed(), input, err);
        if (!password) {
            return failure(err, password.error());
        }
        auto added = directory.add(name, displayName, *password, *role);
        if (!added) {
            return failure(err, added.error());
        }
        err << tr("Added operator %1.").arg(describe(*added)) << Qt::endl;
        return 0;
    }
    if (verb == u"list"_s) {
        if (!rest.isEmpty()) {
            return usage(err, tr("list takes no arguments."));
        }
        auto operators = directory.list();
        if (!operators) {
            return failure(err, operators.error());
        }
        // Tab-separated, one operator per line: name, display name, role, created, last sign-in, state.
        for (const Operator& op : *operators) {
            out << op.name << u'\t' << op.displayName << u'\t' << OperatorRoles::name(op.role) << u'\t'
                << Subcommand::instant(op.createdAt) << u'\t' << Subcommand::instant(op.lastSignInAt) << u'\t'
                << (op.disabled ? u"disabled "_s + Subcommand::instant(op.disabledAt) : u"active"_s) << u'\n';
        }
        out.flush();
        return 0;
    }
    if (verb == u"disable"_s) {
        if (rest.size() != 1) {
            return usage(err, tr("disable takes the operator's login name (see operator list)."));
        }
        auto disabled = directory.disable(rest.first());
        if (!disabled) {
            return failure(err, disabled.error());
        }
        err << tr("Operator %1 is disabled.").arg(describe(*disabled)) << Qt::endl;
        return 0;
    }
    if (verb == u"passwd"_s) {
        if (rest.size() != 1) {
            return usage(err, tr("passwd takes the operator's login name (see operator list)."));
        }
        auto existing = directory.find(rest.first());
        if (!existing) {
            return failure(err, existing.error());
        }
        auto password = newPassword(existing->name, input, err);
        if (!password) {
            return failure(err, password.error());
        }
        auto changed = directory.setPassword(existing->name, *password);
        if (!changed) {
            return failure(err, changed.error());
        }
        err << tr("Changed the password of operator %1.").arg(describe(*changed)) << Qt::endl;
        return 0;
    }
    return usage(err, tr("unknown subcommand \"%1\".").arg(verb.left(40)));
}

} // namespace tfk
