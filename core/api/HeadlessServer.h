#pragma once

// The headless mode: serves the HTTP API of a Runtime without a window until SIGTERM or SIGINT, logging
// to a stream (stderr in the program): the address, each request and, against the mock sink, each text.

#include "ApiServer.h"

#include <QProcessEnvironment>
#include <QTextStream>

namespace tfk {

class Runtime;

class HeadlessServer
{
    Q_DECLARE_TR_FUNCTIONS(tfk::HeadlessServer)

public:
    // Runs the event loop; 0 after a clean stop on SIGTERM/SIGINT, 1 when the API cannot start (the
    // reason is logged). Needs a QCoreApplication (or QApplication).
    static int run(Runtime& runtime, const ApiServerOptions& options, QTextStream& log,
                   const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
};

} // namespace tfk
