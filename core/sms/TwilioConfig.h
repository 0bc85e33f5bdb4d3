#pragma once

// Everything the Twilio client needs to know: where Twilio is, who we are, who sends, and how
// patient to be. Read from settings and overridden by the TWILIO_* environment variables.

#include "common/Error.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QUrl>

namespace tfk {

struct TwilioConfig
{
    Q_DECLARE_TR_FUNCTIONS(tfk::TwilioConfig)

public:
    QUrl baseUrl = QUrl(QStringLiteral("https://api.twilio.com"));
    QString accountSid; // AC + 32 hex: always in the path
    QString authToken; // Basic auth with the account SID, or:
    QString apiKeySid; // SK + 32 hex
    QString apiKeySecret; // Basic auth with an API key
    // The sender: an E.164 number, a short code or an alphanumeric sender ID (SenderId's rules), or:
    QString fromNumber;
    QString messagingServiceSid; // MG + 32 hex
    // E.164: sent from instead of an alphanumeric fromNumber to destinations that take no alphanumeric
    // sender (SenderId::takesAlphanumeric); ignored with any other kind of sender.
    QString fallbackFromNumber;
    int timeoutMs = 15000;
    int maxAttempts = 3;
    int backoffMs = 500; // first retry delay, doubled each time, with jitter
    int maxRetryAfterMs = 30000; // a longer Retry-After is reported instead of waited for
    bool trackDelivery = true;
    int pollInitialMs = 1000;
    int pollMaxMs = 10000;
    int pollDeadlineMs = 120000;
    // The network path (TwilioTransport): extra CA certificates (PEM file), the proxy ("" the system's,
    // "none", or http://[user@]host:port) and its password (a secret, never in the settings file).
    QString caCertificatesFile;
    QString proxy;
    QString proxyPassword;

    // TWILIO_API_URL, TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_API_KEY, TWILIO_API_SECRET,
    // TWILIO_FROM_NUMBER, TWILIO_FALLBACK_FROM_NUMBER and TWILIO_MESSAGING_SERVICE_SID override what
    // `base` says.
    static TwilioConfig fromEnvironment(const QProcessEnvironment& environment, TwilioConfig base);
    static TwilioConfig fromEnvironment(const QProcessEnvironment& environment);

    // "[TwilioNotConfigured]" naming what is missing or malformed (never echoing a secret).
    Result<void> validate() const;
    bool usesApiKey() const { return !apiKeySid.isEmpty(); }
    // The From for a text to `to` (E.164): the fallback number where an alphanumeric sender is not
    // delivered and a fallback is set, else fromNumber; empty when a Messaging Service picks.
    QString senderFor(const QString& to) const;
    // "Twilio (AC12...cdef)": safe for a status bar.
    QString description() const;
};

} // namespace tfk
