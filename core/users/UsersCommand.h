#pragma once

// `twofactor-kiosk users import FILE` and `users export [FILE]`: bulk import from CSV or JSON lines
// in all-or-nothing batches (a re-run skips who is already there, so it never duplicates anyone),
// with a progress bar on stderr; export writes CSV without secrets.

#include "auth/TwoFactorService.h"

#include <QProcessEnvironment>
#include <QTextStream>

namespace tfk {

class UsersCommand
{
    Q_DECLARE_TR_FUNCTIONS(tfk::UsersCommand)

public:
    static constexpr QLatin1StringView kCommand {"users"};
    static constexpr int kBatchSize = 10000;

    static bool isInvocation(const QStringList& arguments);
    static int main(const QStringList& arguments, QTextStream& out, QTextStream& err,
                    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // The subcommand on a ready service: {"import", FILE} / {"export"} / {"export", FILE}.
    // `progress`: draw the bar (stderr is a terminal); the summary is printed either way.
    static int run(const QStringList& subcommand, TwoFactorService& service, QTextStream& out, QTextStream& err,
                   bool progress);
};

} // namespace tfk
