#pragma once

// The demo's scenarios: for each story a presenter tells (a slow network, Twilio's rate limit, an
// outage, a phone switched off, a landline) the mock sink's knobs and the sentence that says what the
// audience should notice.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tfk {

class TwilioSink;

enum class DemoScenario
{
    Normal,
    SlowNetwork,
    RateLimit,
    Outage,
    PhoneSwitchedOff,
    Landline,
};

class DemoScenarios
{
    Q_DECLARE_TR_FUNCTIONS(tfk::DemoScenarios)

public:
    static constexpr int kSlowNetworkMs = 3000; // every answer of "Twilio" waits this long
    static constexpr int kRetryAfterSeconds = 2; // the 429's Retry-After

    // In menu order, "Back to normal" last.
    static QList<DemoScenario> all();
    // "Slow network", ... for the menu (no mnemonic).
    static QString title(DemoScenario scenario);
    // What the audience should notice, one or two sentences; empty for Normal.
    static QString explanation(DemoScenario scenario);
    // "slow-network", ...: a stable name for object names and the command line.
    static QString id(DemoScenario scenario);
    // Sets every knob the scenarios use, so one scenario never leaves another's behind.
    static void apply(TwilioSink& sink, DemoScenario scenario);
};

} // namespace tfk
