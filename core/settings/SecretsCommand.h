#pragma once

// `twofactor-kiosk secrets set|unset|where`: the secrets (Twilio auth token and API key secret, proxy and
// PostgreSQL passwords, backup passphrase) kept for a settings file, for headless machines and scripts
// that have no Settings screen. Values are read from the terminal without echo (twice) or as one line of
// stdin, never from arguments.

#include "operators/OperatorCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace tfk {

class SecretsCommand
{
    Q_DECLARE_TR_FUNCTIONS(tfk::SecretsCommand)

public:
    static constexpr QStringView kCommand = u"secrets";

    static bool isInvocation(const QStringList& arguments);
    // The whole command line, program name first. 0 done, 1 failure, 2 usage (the sentence on stderr).
    static int main(const QStringList& arguments, QTextStream& out, QTextStream& err,
                    const OperatorCommand::PasswordInput& input = OperatorCommand::PasswordInput::standardInput());
};

} // namespace tfk
