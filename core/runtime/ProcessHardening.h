#pragma once

// Keeps the secrets a running kiosk holds in memory (the data key, decrypted TOTP secrets, codes,
// passwords, the Twilio auth token) out of core dumps and away from other processes: every program
// makes itself non-dumpable and sets its core size limit to 0, first thing in main().

#include <QCoreApplication>
#include <QString>

namespace tfk {

class ProcessHardening
{
    Q_DECLARE_TR_FUNCTIONS(tfk::ProcessHardening)

public:
    // prctl(PR_SET_DUMPABLE, 0) (no core file, no ptrace or /proc/PID/mem for other processes of the
    // same user) and RLIMIT_CORE 0. Failures show in describe().
    static void apply();
    // Read back from the kernel: does the process make core dumps?
    static bool dumpable();
    // The soft core size limit in bytes (-1: unlimited).
    static qint64 coreLimit();
    // One sentence for the log: "core dumps off ..." or what is missing.
    static QString describe();
};

} // namespace tfk
