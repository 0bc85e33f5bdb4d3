#pragma once

// `twofactor-kiosk api-key create [--name NAME] | list | revoke ID`: manages the HTTP API's keys in the
// database named by --database (and --settings), for scripts: `create` prints the new key alone on
// stdout, everything else a person reads goes to stderr.

#include "ApiKeyStore.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace tfk {

class ApiKeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(tfk::ApiKeyCommand)

public:
    static constexpr QStringView kCommand = u"api-key";

    // True when the command line (program name first) asks for this command: its first word that is
    // not an option or an option's value is "api-key".
    static bool isInvocation(const QStringList& arguments);

    // The whole command line, program name first: [--database F] [--settings F] api-key SUBCOMMAND ...
    // Opens the kiosk's database through a Runtime (without a window, Twilio or the sink) and runs the
    // subcommand. Exit codes: 0 done, 1 failure (the sentence on stderr), 2 usage error.
    static int main(const QStringList& arguments, QTextStream& out, QTextStream& err,
                    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // The subcommand and its arguments ("create", "--name", "ci") against an open store. `now` names a
    // key created without --name.
    static int run(const QStringList& subcommand, ApiKeyStore& store, QTextStream& out, QTextStream& err,
                   const QDateTime& now = QDateTime::currentDateTime());

    // The name of a key created without --name: "api key 2025-03-04 10:42" (`now`'s own time zone), so a
    // missing label never stops a script.
    static QString defaultKeyName(const QDateTime& now);
};

} // namespace tfk
