#pragma once

// `twofactor-kiosk operator add NAME --role admin|helpdesk [--display-name TEXT] | list | disable NAME |
// passwd NAME`: manages the kiosk's operators in the database named by --database (and --settings),
// for set-up scripts and headless machines. Passwords come from the terminal without echo (asked
// twice) or, when stdin is not a terminal, as one line of stdin; they never appear in arguments.

#include "OperatorDirectory.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace tfk {

class OperatorCommand
{
    Q_DECLARE_TR_FUNCTIONS(tfk::OperatorCommand)

public:
    static constexpr QStringView kCommand = u"operator";

    // Where passwords are read from.
    struct PasswordInput
    {
        // A person at a terminal: prompts are shown and a new password is asked twice.
        bool terminal = false;
        // The next line without its line end; empty at the end of the input.
        std::function<std::optional<QString>()> readLine;

        // The process's stdin; echo is off while a line is read from a terminal.
        static PasswordInput standardInput();
        // Lines of `text` (tests, and scripts that pipe a password in).
        static PasswordInput fromText(const QString& text, bool terminal = false);
    };

    // True when the command line (program name first) asks for this command: its first word that is
    // not an option or an option's value is "operator".
    static bool isInvocation(const QStringList& arguments);

    // The whole command line, program name first: [--database F] [--settings F] operator SUBCOMMAND ...
    // Opens the kiosk's database through a Runtime (without a window, Twilio or the sink) and runs the
    // subcommand. Exit codes: 0 done, 1 failure (the sentence on stderr), 2 usage error.
    static int main(const QStringList& arguments, QTextStream& out, QTextStream& err,
                    const PasswordInput& input = PasswordInput::standardInput(),
                    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // The subcommand and its arguments ("add", "ana", "--role", "admin") against an open directory.
    static int run(const QStringList& subcommand, OperatorDirectory& directory, QTextStream& out, QTextStream& err,
                   const PasswordInput& input);
};

} // namespace tfk
