#include "DemoScenario.h"

#include "sms/sink/TwilioSink.h"

using namespace Qt::StringLiterals;

namespace tfk {

QList<DemoScenario> DemoScenarios::all()
{
    return {DemoScenario::SlowNetwork,      DemoScenario::RateLimit, DemoScenario::Outage,
            DemoScenario::PhoneSwitchedOff, DemoScenario::Landline,  DemoScenario::Normal};
}

QString DemoScenarios::title(DemoScenario scenario)
{
    switch (scenario) {
    case DemoScenario::Normal:
        return tr("Back to normal");
    case DemoScenario::SlowNetwork:
        return tr("Slow network");
    case DemoScenario::RateLimit:
        return tr("Twilio rate limit");
    case DemoScenario::Outage:
        return tr("Twilio outage");
    case DemoScenario::PhoneSwitchedOff:
        return tr("Phone switched off");
    case DemoScenario::Landline:
        return tr("Landline");
    }
    return {};
}

QString DemoScenarios::explanation(DemoScenario scenario)
{
    switch (scenario) {
    case DemoScenario::Normal:
        return {};
    case DemoScenario::SlowNetwork:
        return tr("Every answer from Twilio takes %1 seconds. Notice the busy indicator under the button while the "
                  "window stays usable, and that the code still arrives.")
            .arg(kSlowNetworkMs / 1000);
    case DemoScenario::RateLimit:
        return tr("Twilio answers 429 Too Many Requests with Retry-After: %1. Notice that the kiosk waits as Twilio "
                  "asks, tries three times, then tells the operator Twilio is busy (Twilio 20429).")
            .arg(kRetryAfterSeconds);
    case DemoScenario::Outage:
        return tr("Twilio answers 500 Internal Server Error. Notice that the kiosk does not send again on its own and "
                  "says so (Twilio 20500); nothing reaches the phone.");
    case DemoScenario::PhoneSwitchedOff:
        return tr("Twilio accepts the text but the carrier cannot reach the phone. Notice the status line going from "
                  "sent to not delivered (Twilio 30003), and the phone window saying Not delivered.");
    case DemoScenario::Landline:
        return tr("Twilio refuses every number as not a mobile number. Notice the operator's sentence with Twilio's "
                  "code 21614, and that nothing reaches the phone.");
    }
    return {};
}

QString DemoScenarios::id(DemoScenario scenario)
{
    switch (scenario) {
    case DemoScenario::Normal:
        return u"normal"_s;
    case DemoScenario::SlowNetwork:
        return u"slow-network"_s;
    case DemoScenario::RateLimit:
        return u"rate-limit"_s;
    case DemoScenario::Outage:
        return u"outage"_s;
    case DemoScenario::PhoneSwitchedOff:
        return u"phone-off"_s;
    case DemoScenario::Landline:
        return u"landline"_s;
    }
    return {};
}

void DemoScenarios::apply(TwilioSink& sink, DemoScenario scenario)
{
    sink.setLatency(scenario == DemoScenario::SlowNetwork ? kSlowNetworkMs : 0);
    switch (scenario) {
    case DemoScenario::RateLimit:
        sink.setStandingFault(TwilioSink::StandingFault::TooManyRequests, kRetryAfterSeconds);
        break;
    case DemoScenario::Outage:
        sink.setStandingFault(TwilioSink::StandingFault::ServerError);
        break;
    default:
        sink.setStandingFault(TwilioSink::StandingFault::None);
        break;
    }
    sink.setAllUndeliverable(scenario == DemoScenario::PhoneSwitchedOff);
    sink.setAllLandlines(scenario == DemoScenario::Landline);
}

} // namespace tfk
