#include "UserStore.h"

#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

const QString kColumns = u"id, email, username, full_name, mobile_phone, two_factor_enabled, two_factor_delivery, "
                         "created_at, updated_at, last_login_at"_s;

User userFrom(const QSqlQuery& query)
{
    User user;
    user.id = query.value(0).toString();
    user.email = query.value(1).toString();
    user.username = query.value(2).toString();
    user.fullName = query.value(3).toString();
    user.mobilePhone = query.value(4).toString();
    user.twoFactorEnabled = query.value(5).toInt() != 0;
    parseDelivery(query.value(6).toString(), &user.delivery);
    user.createdAt = query.value(7).toLongLong();
    user.updatedAt = query.value(8).toLongLong();
    user.lastLoginAt = query.value(9).isNull() ? 0 : query.value(9).toLongLong();
    return user;
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return escaped;
}

Error userNotFound(const QString& userId)
{
    return Error {u"[notFound]user"_s, UserStore::tr("There is no user with the id %1.").arg(userId.left(64)), 404,
                  u"userId"_s};
}

} // namespace

QString deliveryName(TwoFactorDelivery delivery)
{
    return delivery == TwoFactorDelivery::TextMessage ? u"TextMessage"_s : u"None"_s;
}

bool parseDelivery(const QString& name, TwoFactorDelivery* delivery)
{
    if (name == u"TextMessage"_s) {
        *delivery = TwoFactorDelivery::TextMessage;
        return true;
    }
    if (name == u"None"_s) {
        *delivery = TwoFactorDelivery::None;
        return true;
    }
    return false;
}

UserStore::UserStore(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString UserStore::loginKey(const QString& loginId)
{
    return loginId.trimmed().toCaseFolded();
}

Result<void> UserStore::checkLoginIdsFree(const QString& email, const QString& username, const QString& exceptUserId)
{
    const std::pair<QString, QString> checks[] = {{email, u"email"_s}, {username, u"username"_s}};
    for (const auto& [value, field] : checks) {
        if (value.isEmpty()) {
            continue;
        }
        // A login id may be nobody else's email nor username.
        auto query = m_database.exec(u"SELECT id FROM users WHERE (email_key = :key OR username_key = :key) "
                                     "AND id <> COALESCE(:except, '')"_s,
                                     {{u"key"_s, loginKey(value)}, {u"except"_s, exceptUserId}});
        if (!query) {
            return fail(query.error());
        }
        if (query->next()) {
            return fail(Error {u"[duplicate]user."_s % field,
                               tr("%1 is already used by another user.").arg(value.left(128)), 400,
                               u"user."_s % field});
        }
    }
    return {};
}

Result<User> UserStore::create(const NewUser& user)
{
    if (auto free = checkLoginIdsFree(user.email, user.username, QString()); !free) {
        return fail(free.error());
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = m_clock.currentMSecsSinceEpoch();
    auto inserted = m_database.exec(
        u"INSERT INTO users (id, email, email_key, username, username_key, full_name, name_key, password_hash, "
        "mobile_phone, created_at, updated_at) VALUES (:id, :email, :emailKey, :username, :usernameKey, :fullName, "
        ":nameKey, :hash, :phone, :now, :now)"_s,
        {{u"id"_s, id},
         {u"email"_s, nullable(user.email)},
         {u"emailKey"_s, nullable(loginKey(user.email))},
         {u"username"_s, nullable(user.username)},
         {u"usernameKey"_s, nullable(loginKey(user.username))},
         // NOT NULL column: a missing name is an empty one.
         {u"fullName"_s, user.fullName.isNull() ? u""_s : user.fullName},
         {u"nameKey"_s, user.fullName.isNull() ? u""_s : user.fullName.toCaseFolded()},
         {u"hash"_s, QString::fromLatin1(user.passwordHash)},
         {u"phone"_s, nullable(user.mobilePhone)},
         {u"now"_s, now}});
    if (!inserted) {
        return fail(inserted.error());
    }
    return findById(id);
}

Result<User> UserStore::updateProfile(const QString& userId, const UserProfile& profile)
{
    if (auto free = checkLoginIdsFree(profile.email, profile.username, userId); !free) {
        return fail(free.error());
    }
    auto updated = m_database.execOne(
        u"UPDATE users SET email = :email, email_key = :emailKey, username = :username, username_key = :usernameKey, "
        "full_name = :fullName, name_key = :nameKey, mobile_phone = :phone, updated_at = :now WHERE id = :id"_s,
        {{u"id"_s, userId},
         {u"email"_s, nullable(profile.email)},
         {u"emailKey"_s, nullable(loginKey(profile.email))},
         {u"username"_s, nullable(profile.username)},
         {u"usernameKey"_s, nullable(loginKey(profile.username))},
         {u"fullName"_s, profile.fullName.isNull() ? u""_s : profile.fullName},
         {u"nameKey"_s, profile.fullName.isNull() ? u""_s : profile.fullName.toCaseFolded()},
         {u"phone"_s, nullable(profile.mobilePhone)},
         {u"now"_s, m_clock.currentMSecsSinceEpoch()}},
        u"user"_s);
    if (!updated) {
        return fail(updated.error().code == u"[notFound]"_s ? userNotFound(userId) : updated.error());
    }
    return findById(userId);
}

Result<User> UserStore::findById(const QString& userId)
{
    auto query = m_database.exec(u"SELECT "_s % kColumns % u" FROM users WHERE id = :id"_s, {{u"id"_s, userId}});
    if (!query) {
        return fail(query.error());
    }
    if (!query->next()) {
        return fail(userNotFound(userId));
    }
    return userFrom(*query);
}

Result<std::optional<User>> UserStore::findByLoginId(const QString& loginId)
{
    // No stored id holds a NUL (PostgreSQL's text cannot), so none matches.
    if (loginId.contains(QChar(0))) {
        return std::optional<User>();
    }
    auto query
        = m_database.exec(u"SELECT "_s % kColumns % u" FROM users WHERE email_key = :key OR username_key = :key"_s,
                          {{u"key"_s, loginKey(loginId)}});
    if (!query) {
        return fail(query.error());
    }
    if (!query->next()) {
        return std::optional<User>();
    }
    return std::optional<User>(userFrom(*query));
}

Result<QList<User>> UserStore::findByPhone(const QString& e164)
{
    auto query
        = m_database.exec(u"SELECT "_s % kColumns % u" FROM users WHERE mobile_phone = :phone ORDER BY full_name"_s,
                          {{u"phone"_s, e164}});
    if (!query) {
        return fail(query.error());
    }
    QList<User> users;
    while (query->next()) {
        users << userFrom(*query);
    }
    return users;
}

Result<UserPage> UserStore::search(const QString& text, int offset, int limit)
{
    const QString trimmed = text.trimmed();
    QString where;
    QVariantMap bindings;
    if (!trimmed.isEmpty()) {
        where = u" WHERE "_s % m_database.dialect().userSearchCondition();
        bindings[u"contains"_s] = QString(u'%' % likePattern(trimmed.toCaseFolded()) % u'%');
        bindings[u"endsWith"_s] = QString(u'%' % likePattern(trimmed));
    }
    auto count = m_database.exec(u"SELECT count(*) FROM users"_s % where, bindings);
    if (!count) {
        return fail(count.error());
    }
    UserPage page;
    page.total = count->next() ? count->value(0).toInt() : 0;

    bindings[u"limit"_s] = std::clamp(limit, 0, 1000);
    bindings[u"offset"_s] = std::max(offset, 0);
    auto query = m_database.exec(u"SELECT "_s % kColumns % u" FROM users"_s % where
                                     % u" ORDER BY name_key, email_key, username_key, id LIMIT :limit OFFSET :offset"_s,
                                 bindings);
    if (!query) {
        return fail(query.error());
    }
    while (query->next()) {
        page.users << userFrom(*query);
    }
    return page;
}

Result<QByteArray> UserStore::passwordHash(const QString& userId)
{
    auto query = m_database.exec(u"SELECT password_hash FROM users WHERE id = :id"_s, {{u"id"_s, userId}});
    if (!query) {
        return fail(query.error());
    }
    if (!query->next()) {
        return fail(userNotFound(userId));
    }
    return query->value(0).toString().toLatin1();
}

Result<void> UserStore::setPasswordHash(const QString& userId, const QByteArray& hash)
{
    auto updated = m_database.execOne(
        u"UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id"_s,
        {{u"id"_s, userId}, {u"hash"_s, QString::fromLatin1(hash)}, {u"now"_s, m_clock.currentMSecsSinceEpoch()}},
        u"user"_s);
    if (!updated) {
        return fail(updated.error().code == u"[notFound]"_s ? userNotFound(userId) : updated.error());
    }
    return {};
}

Result<QByteArray> UserStore::sealedSecret(const QString& userId)
{
    auto query = m_database.exec(u"SELECT two_factor_secret FROM users WHERE id = :id"_s, {{u"id"_s, userId}});
    if (!query) {
        return fail(query.error());
    }
    if (!query->next()) {
        return fail(userNotFound(userId));
    }
    return query->value(0).toByteArray();
}

Result<void> UserStore::setTwoFactor(const QString& userId, bool enabled, TwoFactorDelivery delivery,
                                     const QByteArray& sealedSecret)
{
    auto updated = m_database.execOne(
        u"UPDATE users SET two_factor_enabled = :enabled, two_factor_delivery = :delivery, "
        "two_factor_secret = :secret, updated_at = :now WHERE id = :id"_s,
        {{u"id"_s, userId},
         {u"enabled"_s, enabled ? 1 : 0},
         {u"delivery"_s, deliveryName(delivery)},
         {u"secret"_s, sealedSecret.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(sealedSecret)},
         {u"now"_s, m_clock.currentMSecsSinceEpoch()}},
        u"user"_s);
    if (!updated) {
        return fail(updated.error().code == u"[notFound]"_s ? userNotFound(userId) : updated.error());
    }
    return {};
}

Result<void> UserStore::setLastLogin(const QString& userId, qint64 at)
{
    auto updated = m_database.execOne(u"UPDATE users SET last_login_at = :at WHERE id = :id"_s,
                                      {{u"id"_s, userId}, {u"at"_s, at}}, u"user"_s);
    if (!updated) {
        return fail(updated.error().code == u"[notFound]"_s ? userNotFound(userId) : updated.error());
    }
    return {};
}

Result<bool> UserStore::applicationExists(const QString& applicationId)
{
    auto query = m_database.exec(u"SELECT 1 FROM applications WHERE id = :id"_s, {{u"id"_s, applicationId}});
    if (!query) {
        return fail(query.error());
    }
    return query->next();
}

} // namespace tfk
