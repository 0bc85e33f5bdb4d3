#include "ApiExchange.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

bool isSecretField(const QString& name)
{
    static const QStringList names {
        u"secret"_s,      u"secretBase32Encoded"_s, u"code"_s,         u"password"_s, u"token"_s,
        u"twoFactorId"_s, u"twoFactorTrustId"_s,    u"recoveryCodes"_s};
    return names.contains(name);
}

QJsonValue maskValue(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray masked;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            masked.append(ApiExchange::kMask.toString());
        }
        return masked;
    }
    return value.isString() ? QJsonValue(ApiExchange::kMask.toString()) : value;
}

QJsonObject maskObject(const QJsonObject& object)
{
    QJsonObject masked;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretField(it.key())) {
            masked.insert(it.key(), maskValue(it.value()));
        } else if (it.value().isObject()) {
            masked.insert(it.key(), maskObject(it.value().toObject()));
        } else {
            masked.insert(it.key(), it.value());
        }
    }
    return masked;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ApiExchange ApiExchange::of(QString method, QString path, const ApiReply& reply, const QJsonObject& request,
                            bool hasRequestBody)
{
    ApiExchange exchange;
    exchange.method = std::move(method);
    exchange.path = std::move(path);
    exchange.request = request;
    exchange.hasRequestBody = hasRequestBody || !request.isEmpty();
    exchange.status = reply.status();
    exchange.response = reply.body();
    exchange.retryAfter = reply.headers().value(QHttpHeaders::WellKnownHeader::RetryAfter).toByteArray();
    return exchange;
}

ApiExchange ApiExchange::masked() const
{
    ApiExchange copy = *this;
    if (!secretInPath.isEmpty() && path.endsWith(secretInPath)) {
        copy.path = path.chopped(secretInPath.size()) + kMask;
        copy.secretInPath = kMask.toString();
    }
    copy.request = maskObject(request);
    if (!response.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(response);
        if (document.isObject()) {
            copy.response = QJsonDocument(maskObject(document.object())).toJson(QJsonDocument::Compact);
        }
    }
    return copy;
}

QString ApiExchange::requestLine() const
{
    QString line = method + u' ' + path;
    if (hasRequestBody) {
        line += u' ' + compact(request);
    }
    return line;
}

QString ApiExchange::answer() const
{
    QString text = QString::number(status);
    if (!retryAfter.isEmpty()) {
        text += u" Retry-After: "_s + QString::fromLatin1(retryAfter);
    }
    if (!response.isEmpty()) {
        text += u' ' + QString::fromUtf8(response);
    }
    return text;
}

QString ApiExchange::summary() const
{
    return requestLine() + u" -> "_s + answer();
}

QString ApiExchange::shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString ApiExchange::curl(const QUrl& apiBase) const
{
    QString base = apiBase.toString(QUrl::RemoveUserInfo);
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    QStringList parts {u"curl -s -i -X "_s + method};
    if (needsKey) {
        // The key is never known to the window (only its hash is stored): the shell supplies it.
        parts << u"-H \"Authorization: $TFK_API_KEY\""_s;
    }
    if (hasRequestBody) {
        parts << u"-H 'Content-Type: application/json'"_s << u"-d "_s + shellQuote(compact(request));
    }
    parts << shellQuote(base + path);
    return parts.join(u' ');
}

} // namespace tfk
