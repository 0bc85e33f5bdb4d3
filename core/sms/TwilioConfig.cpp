#include "TwilioConfig.h"

#include "SenderId.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

bool matches(const QString& text, const char* pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

Error notConfigured(const QString& message)
{
    return Error {u"[TwilioNotConfigured]"_s, message, 500};
}

} // namespace

TwilioConfig TwilioConfig::fromEnvironment(const QProcessEnvironment& environment, TwilioConfig base)
{
    const std::pair<const char*, QString*> variables[] = {
        {"TWILIO_ACCOUNT_SID", &base.accountSid},
        {"TWILIO_AUTH_TOKEN", &base.authToken},
        {"TWILIO_API_KEY", &base.apiKeySid},
        {"TWILIO_API_SECRET", &base.apiKeySecret},
        {"TWILIO_FROM_NUMBER", &base.fromNumber},
        {"TWILIO_MESSAGING_SERVICE_SID", &base.messagingServiceSid},
        {"TWILIO_FALLBACK_FROM_NUMBER", &base.fallbackFromNumber},
    };
    for (const auto& [name, target] : variables) {
        const QString value = environment.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty()) {
            *target = value;
        }
    }
    const QString url = environment.value(u"TWILIO_API_URL"_s).trimmed();
    if (!url.isEmpty()) {
        base.baseUrl = QUrl(url);
    }
    return base;
}

TwilioConfig TwilioConfig::fromEnvironment(const QProcessEnvironment& environment)
{
    return fromEnvironment(environment, TwilioConfig());
}

Result<void> TwilioConfig::validate() const
{
    if (!baseUrl.isValid() || (baseUrl.scheme() != u"https"_s && baseUrl.scheme() != u"http"_s)
        || baseUrl.host().isEmpty()) {
        return fail(notConfigured(tr("The Twilio API address \"%1\" is not an http(s) URL.")
                                      .arg(baseUrl.toString(QUrl::RemoveUserInfo).left(100))));
    }
    if (accountSid.isEmpty()) {
        return fail(notConfigured(tr("No Twilio Account SID is set: enter it in Settings or set TWILIO_ACCOUNT_SID.")));
    }
    if (!matches(accountSid, "^AC[0-9a-fA-F]{32}$")) {
        return fail(notConfigured(tr("The Twilio Account SID must be AC followed by 32 hexadecimal digits.")));
    }
    if (usesApiKey()) {
        if (!matches(apiKeySid, "^SK[0-9a-fA-F]{32}$")) {
            return fail(notConfigured(tr("The Twilio API key must be SK followed by 32 hexadecimal digits.")));
        }
        if (apiKeySecret.isEmpty()) {
            return fail(
                notConfigured(tr("The Twilio API key has no secret: set it in Settings or TWILIO_API_SECRET.")));
        }
    } else if (authToken.isEmpty()) {
        return fail(notConfigured(tr("No Twilio auth token or API key is set: enter one in Settings, or set "
                                     "TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET).")));
    }
    if (fromNumber.isEmpty() && messagingServiceSid.isEmpty()) {
        return fail(notConfigured(tr("No sender is set: enter a From (a number in E.164 form such as +15005550006, "
                                     "a short code, or an alphanumeric sender ID such as ACME IT) or a Messaging "
                                     "Service SID in Settings.")));
    }
    if (!fromNumber.isEmpty()) {
        if (auto valid = SenderId::validate(fromNumber); !valid) {
            return fail(notConfigured(valid.error().message));
        }
    }
    if (!fallbackFromNumber.isEmpty() && !matches(fallbackFromNumber, "^\\+[1-9][0-9]{1,14}$")) {
        return fail(notConfigured(tr("The fallback From number must be in E.164 form: + and the country code, e.g. "
                                     "+15005550006.")));
    }
    if (!messagingServiceSid.isEmpty() && !matches(messagingServiceSid, "^MG[0-9a-fA-F]{32}$")) {
        return fail(notConfigured(tr("The Messaging Service SID must be MG followed by 32 hexadecimal digits.")));
    }
    if (timeoutMs < 1000 || maxAttempts < 1) {
        return fail(notConfigured(tr("The Twilio timeout must be at least one second.")));
    }
    return {};
}

QString TwilioConfig::senderFor(const QString& to) const
{
    if (!messagingServiceSid.isEmpty()) {
        return {};
    }
    if (!fallbackFromNumber.isEmpty() && SenderId::guessKind(fromNumber) == SenderId::Kind::Alphanumeric
        && !SenderId::takesAlphanumeric(to)) {
        return fallbackFromNumber;
    }
    return fromNumber;
}

QString TwilioConfig::description() const
{
    const QString account = accountSid.size() > 8 ? accountSid.left(4) % u"..."_s % accountSid.right(4) : accountSid;
    return tr("Twilio (%1)").arg(account);
}

} // namespace tfk
