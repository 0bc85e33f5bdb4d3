#include "ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace tfk {

void ProcessHardening::apply()
{
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const rlimit none {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
}

bool ProcessHardening::dumpable()
{
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
}

qint64 ProcessHardening::coreLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) {
        return -1;
    }
    return qint64(limit.rlim_cur);
}

QString ProcessHardening::describe()
{
    if (!dumpable() && coreLimit() == 0) {
        return tr("core dumps off (the process is not dumpable and its core size limit is 0)");
    }
    return tr("core dumps are not fully off (dumpable: %1, core size limit: %2 bytes): secrets in memory could "
              "reach a core file")
        .arg(dumpable() ? tr("yes") : tr("no"))
        .arg(coreLimit());
}

} // namespace tfk
