#pragma once

// The command line of backups, for people at a terminal and for scripts:
//   twofactor-kiosk [--database F] [--settings F] backup FILE | backup --set-passphrase
//   twofactor-kiosk [--database F] [--settings F] restore FILE [--yes]
//   twofactor-kiosk [--database F] [--settings F] data-key export FILE | data-key import FILE [--yes]
// Passphrases come from the terminal without echo (a new one asked twice) or, when stdin is not a
// terminal, as one line of stdin; they never appear in arguments. Works without a Runtime, so a restore
// runs on a machine whose database or key is gone.

#include "BackupArchive.h"
#include "common/Clock.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace tfk {

// Costs and clock of the backup commands (tests make archives cheap and pin the time).
struct BackupCommandOptions
{
    // Argon2id costs of new archives.
    PasswordHashingLimits limits = BackupArchive::defaultLimits();
    // Null: the system clock.
    const Clock* clock = nullptr;
};

class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(tfk::BackupCommand)

public:
    static constexpr QStringView kBackup = u"backup";
    static constexpr QStringView kRestore = u"restore";
    static constexpr QStringView kDataKey = u"data-key";

    // Where passphrases and the confirmation are read from.
    struct Input
    {
        // A person at a terminal: prompts are shown, a new passphrase is asked twice, a restore asks "yes".
        bool terminal = false;
        // The next line, without echo at a terminal (OperatorCommand's reader); nullopt at the end.
        std::function<std::optional<QString>()> readSecret;
        // The next line, echoed (the confirmation).
        std::function<std::optional<QString>()> readLine;

        static Input standardInput();
        // Lines of `text`, shared by both readers (tests, and scripts that pipe a passphrase in).
        static Input fromText(const QString& text, bool terminal = false);
    };

    // True when the first word of the command line (program name first) that is not an option or an
    // option's value is backup, restore or data-key.
    static bool isInvocation(const QStringList& arguments);

    // The whole command line, program name first. Exit codes: 0 done, 1 failure (the sentence on stderr),
    // 2 usage error. Reports go to stderr, nothing secret is ever printed.
    static int main(const QStringList& arguments, QTextStream& out, QTextStream& err,
                    const Input& input = Input::standardInput(),
                    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                    const BackupCommandOptions& options = BackupCommandOptions());
};

} // namespace tfk
