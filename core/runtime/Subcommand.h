#pragma once

// What the program's subcommands (`api-key`, `operator`, `backup`, `data-key`, `restore`, `users`) share:
// finding the subcommand among the options, and asking for a new secret twice at a terminal.

#include "common/Error.h"

#include <QAnyStringView>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace tfk::Subcommand {

// True when the first word of `arguments` (after the program's name) that is neither an option nor
// the value of one is `command` (so `--database api-key.db users import` is the users command).
bool invokes(const QStringList& arguments, QAnyStringView command);

// One line of standard input (without its line end), std::nullopt at its end.
std::optional<QString> readStandardInputLine();
// A time for the commands' tables: ISO 8601 UTC, "-" for none (0).
QString instant(qint64 ms);

struct SecretPrompt
{
    QString first; // "New password for operator ana (at least 10 characters): "
    QString again; // "The same password again: "
    Error missing; // nothing was given
    Error mismatch; // the two differ
};

// A new secret: asked twice at a terminal (`prompt` on `err`), one line otherwise; `validate` runs
// before the second question.
Result<QString> askNewSecret(bool terminal, const std::function<std::optional<QString>()>& read, QTextStream& err,
                             const SecretPrompt& prompt, const std::function<Result<void>(const QString&)>& validate);

} // namespace tfk::Subcommand
