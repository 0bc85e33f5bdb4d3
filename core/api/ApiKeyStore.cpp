#include "ApiKeyStore.h"

#include <QRegularExpression>
#include <QUuid>
#include <QtCrypto>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

const QString kColumns = u"id, name, created_at, COALESCE(last_used_at, 0), revoked, COALESCE(revoked_at, 0)"_s;

} // namespace

ApiKeyStore::ApiKeyStore(Database& database, const SecretCipher& cipher, const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
{
}

QString ApiKeyStore::hashOf(const QString& key) const
{
    return QString::fromLatin1(m_cipher.keyedHash("api-key:"_ba + key.toUtf8()).toHex());
}

ApiKey ApiKeyStore::fromQuery(const QSqlQuery& query)
{
    ApiKey key;
    key.id = query.value(0).toString();
    key.name = query.value(1).toString();
    key.createdAt = query.value(2).toLongLong();
    key.lastUsedAt = query.value(3).toLongLong();
    key.revoked = query.value(4).toInt() != 0;
    key.revokedAt = query.value(5).toLongLong();
    return key;
}

Result<NewApiKey> ApiKeyStore::create(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return fail(Error {u"[blank]name"_s, tr("Give the API key a name, such as the script or team that uses it."),
                           400, u"name"_s});
    }
    if (trimmed.size() > kMaxNameLength) {
        return fail(Error {u"[tooLong]name"_s,
                           tr("The API key's name is longer than %1 characters.").arg(kMaxNameLength), 400, u"name"_s});
    }
    NewApiKey created;
    created.key = QString::fromLatin1(QCA::Random::randomArray(kKeyBytes).toByteArray().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    created.info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    created.info.name = trimmed;
    created.info.createdAt = m_clock.currentMSecsSinceEpoch();
    auto inserted
        = m_database.exec(u"INSERT INTO api_keys (id, name, key_hash, created_at) VALUES (:id, :name, :hash, :at)"_s,
                          {{u"id"_s, created.info.id},
                           {u"name"_s, trimmed},
                           {u"hash"_s, hashOf(created.key)},
                           {u"at"_s, created.info.createdAt}});
    if (!inserted) {
        return fail(inserted.error());
    }
    return created;
}

Result<QList<ApiKey>> ApiKeyStore::list()
{
    auto query = m_database.exec(u"SELECT "_s % kColumns % u" FROM api_keys ORDER BY created_at, name, id"_s);
    if (!query) {
        return fail(query.error());
    }
    QList<ApiKey> keys;
    while (query->next()) {
        keys.append(fromQuery(*query));
    }
    return keys;
}

Result<ApiKey> ApiKeyStore::revoke(const QString& id)
{
    auto query = m_database.exec(u"SELECT "_s % kColumns % u" FROM api_keys WHERE id = :id"_s, {{u"id"_s, id}});
    if (!query) {
        return fail(query.error());
    }
    if (!query->next()) {
        return fail(Error {u"[notFound]apiKey"_s,
                           tr("There is no API key with the id %1 (see `api-key list`).").arg(id.left(64)), 404,
                           u"id"_s});
    }
    ApiKey key = fromQuery(*query);
    if (key.revoked) {
        return key;
    }
    key.revoked = true;
    key.revokedAt = m_clock.currentMSecsSinceEpoch();
    auto updated = m_database.exec(u"UPDATE api_keys SET revoked = 1, revoked_at = :at WHERE id = :id"_s,
                                   {{u"at"_s, key.revokedAt}, {u"id"_s, id}});
    if (!updated) {
        return fail(updated.error());
    }
    return key;
}

Result<std::optional<ApiKey>> ApiKeyStore::authenticate(const QString& presentedKey)
{
    // Only our own shape can match: anything else is refused without touching the database.
    static const QRegularExpression shape(u"^[A-Za-z0-9_-]{43}$"_s);
    if (!shape.match(presentedKey).hasMatch()) {
        return std::optional<ApiKey>();
    }
    auto query = m_database.exec(u"SELECT "_s % kColumns % u" FROM api_keys WHERE key_hash = :hash"_s,
                                 {{u"hash"_s, hashOf(presentedKey)}});
    if (!query) {
        return fail(query.error());
    }
    if (!query->next()) {
        return std::optional<ApiKey>();
    }
    ApiKey key = fromQuery(*query);
    if (key.revoked) {
        return std::optional<ApiKey>();
    }
    const qint64 now = m_clock.currentMSecsSinceEpoch();
    const auto written = m_lastUsedWritten.constFind(key.id);
    if (written == m_lastUsedWritten.cend() || now - *written >= kLastUsedResolutionMs) {
        // A failed bookkeeping write must not refuse a valid key.
        auto updated = m_database.exec(u"UPDATE api_keys SET last_used_at = :at WHERE id = :id"_s,
                                       {{u"at"_s, now}, {u"id"_s, key.id}});
        if (updated) {
            m_lastUsedWritten.insert(key.id, now);
            key.lastUsedAt = now;
        } else {
            qWarning("API key last-used update failed: %s", qPrintable(updated.error().message));
        }
    }
    return std::optional<ApiKey>(key);
}

} // namespace tfk
