#include "UserStore.h"

#include "Schema.h"
#include "SearchOrder.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>
#include <array>
#include <numeric>

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

// The bound values of a user's profile columns: :email, :emailKey, :username, :usernameKey, :fullName,
// :nameKey (both NOT NULL: a missing name is an empty one) and :phone.
QVariantMap profileValues(const QString& email, const QString& username, const QString& fullName, const QString& phone)
{
    return {{u"email"_s, nullable(email)},
            {u"emailKey"_s, nullable(UserStore::loginKey(email))},
            {u"username"_s, nullable(username)},
            {u"usernameKey"_s, nullable(UserStore::loginKey(username))},
            {u"fullName"_s, fullName.isNull() ? u""_s : fullName},
            {u"nameKey"_s, fullName.isNull() ? u""_s : fullName.toCaseFolded()},
            {u"phone"_s, nullable(phone)}};
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
    const QString id = newId(m_clock.currentMSecsSinceEpoch());
    const qint64 now = m_clock.currentMSecsSinceEpoch();
    QVariantMap values = profileValues(user.email, user.username, user.fullName, user.mobilePhone);
    values.insert({{u"id"_s, id}, {u"hash"_s, QString::fromLatin1(user.passwordHash)}, {u"now"_s, now}});
    const QString nameKey = values.value(u"nameKey"_s).toString();
    const bool sqlite = !m_database.dialect().isPostgres();
    return withinTransaction(m_database, [&]() -> Result<User> {
        if (sqlite) {
            // Its place in the name order, taken in the same transaction as the row.
            auto labels = SearchOrder(m_database).place({{nameKey, id}});
            if (!labels) {
                return fail(labels.error());
            }
            values[u"label"_s] = labels->first();
        }
        auto inserted = m_database.exec(
            u"INSERT INTO users (id, email, email_key, username, username_key, full_name, name_key, password_hash, "
            "mobile_phone, created_at, updated_at"_s
                % (sqlite ? u", search_label"_s : QString())
                % u") VALUES (:id, :email, :emailKey, :username, :usernameKey, :fullName, :nameKey, :hash, :phone, "
                  ":now, :now"_s
                % (sqlite ? u", :label"_s : QString()) % u')',
            values);
        if (!inserted) {
            return fail(inserted.error());
        }
        return findById(id);
    });
}

Result<User> UserStore::updateProfile(const QString& userId, const UserProfile& profile)
{
    if (auto free = checkLoginIdsFree(profile.email, profile.username, userId); !free) {
        return fail(free.error());
    }
    QVariantMap values = profileValues(profile.email, profile.username, profile.fullName, profile.mobilePhone);
    values.insert({{u"id"_s, userId}, {u"now"_s, m_clock.currentMSecsSinceEpoch()}});
    const QString nameKey = values.value(u"nameKey"_s).toString();
    const bool sqlite = !m_database.dialect().isPostgres();
    return withinTransaction(m_database, [&]() -> Result<User> {
        bool moved = false;
        if (sqlite) {
            // A new name is a new place in the name order: the old one is given up first.
            auto current = m_database.exec(u"SELECT name_key FROM users WHERE id = :id"_s, {{u"id"_s, userId}});
            if (!current) {
                return fail(current.error());
            }
            if (current->next() && current->value(0).toString() != nameKey) {
                if (auto cleared
                    = m_database.exec(u"UPDATE users SET search_label = NULL WHERE id = :id"_s, {{u"id"_s, userId}});
                    !cleared) {
                    return fail(cleared.error());
                }
                auto labels = SearchOrder(m_database).place({{nameKey, userId}});
                if (!labels) {
                    return fail(labels.error());
                }
                values[u"label"_s] = labels->first();
                moved = true;
            }
        }
        auto updated = m_database.execOne(
            u"UPDATE users SET email = :email, email_key = :emailKey, username = :username, "
            "username_key = :usernameKey, full_name = :fullName, name_key = :nameKey, mobile_phone = :phone, "
            "updated_at = :now"_s
                % (moved ? u", search_label = :label"_s : QString()) % u" WHERE id = :id"_s,
            values, u"user"_s);
        if (!updated) {
            return fail(updated.error().code == u"[notFound]"_s ? userNotFound(userId) : updated.error());
        }
        return findById(userId);
    });
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
    // SQLite: through the search index (the number is at least 3 characters, its end marked with '$'); an
    // E.164 number contains another only as itself, and the comparison below says so anyway.
    const bool indexed = !m_database.dialect().isPostgres() && e164.size() >= 3;
    auto query = m_database.exec(
        u"SELECT "_s % kColumns % u" FROM users WHERE "_s
            % (indexed ? u"search_label IN (SELECT rowid FROM users_search WHERE users_search MATCH :match) AND "_s
                       : QString())
            % u"mobile_phone = :phone ORDER BY full_name"_s,
        indexed ? QVariantMap {{u"phone"_s, e164},
                               {u"match"_s,
                                QString(u"phone_end : \""_s % QString(e164).replace(u"\""_s, u"\"\""_s) % u"$\""_s)}}
                : QVariantMap {{u"phone"_s, e164}});
    if (!query) {
        return fail(query.error());
    }
    QList<User> users;
    while (query->next()) {
        users << userFrom(*query);
    }
    return users;
}

QString UserStore::newId(qint64 nowMs)
{
    // 48 bits of Unix milliseconds, the version, 74 random bits and the variant (RFC 9562, 5.7).
    std::array<quint32, 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(reinterpret_cast<const char*>(words.data()), 16);
    const quint64 ms = quint64(std::max<qint64>(nowMs, 0));
    for (int i = 0; i < 6; ++i) {
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xff);
    }
    bytes[6] = char(0x70 | (bytes.at(6) & 0x0f));
    bytes[8] = char(0x80 | (bytes.at(8) & 0x3f));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

Result<QStringList> UserStore::insertMany(const QList<NewUser>& users)
{
    // One prepared statement of 20 rows (220 values), executed again and again, and one for the rest:
    // a few round trips through the driver instead of one per row, and a statement small enough that
    // resolving its placeholders (O(n^2) in SQLite) costs nothing.
    constexpr qsizetype kRowsPerStatement = 20;
    const qint64 now = m_clock.currentMSecsSinceEpoch();
    const bool sqlite = !m_database.dialect().isPostgres();
    // SQLite: each row also carries its place in the name order (search_label).
    const qsizetype columns = sqlite ? 12 : 11;
    const auto statement = [sqlite, columns](qsizetype rows) {
        QString sql = u"INSERT INTO users (id, email, email_key, username, username_key, full_name, name_key, "
                      "password_hash, mobile_phone, created_at, updated_at"_s
            % (sqlite ? u", search_label"_s : QString()) % u") VALUES "_s;
        const QString row = u'(' % QStringList(columns, u"?"_s).join(u", "_s) % u')';
        for (qsizetype r = 0; r < rows; ++r) {
            sql += (r ? u","_s : QString()) % row;
        }
        return sql;
    };
    QStringList ids;
    QStringList nameKeys;
    ids.reserve(users.size());
    nameKeys.reserve(users.size());
    QList<SearchOrder::Key> keys;
    for (const NewUser& user : users) {
        ids << newId(now);
        nameKeys << (user.fullName.isNull() ? u""_s : user.fullName.toCaseFolded());
        if (sqlite) {
            keys.append({nameKeys.last(), ids.last()});
        }
    }
    QList<qint64> labels;
    if (sqlite && !users.isEmpty()) {
        auto placed = SearchOrder(m_database).place(keys);
        if (!placed) {
            return fail(placed.error());
        }
        labels = *placed;
    }
    // SQLite: the search index takes the new rows in one statement at the end. Fed row by row by its
    // trigger, FTS5 writes its pending entries to disk at every statement (every 20 rows) and then
    // merges those small segments: a sixth of a bulk import's instructions. The trigger is dropped
    // inside the caller's transaction, so no other connection ever writes while it is missing, and a
    // rollback puts it back.
    qint64 lastRowidBefore = 0;
    if (sqlite && !users.isEmpty()) {
        auto last = m_database.exec(u"SELECT coalesce(max(rowid), 0) FROM users"_s);
        if (!last) {
            return fail(last.error());
        }
        lastRowidBefore = last->next() ? last->value(0).toLongLong() : 0;
        if (auto dropped = m_database.exec(u"DROP TRIGGER users_search_insert"_s); !dropped) {
            return fail(dropped.error());
        }
    }
    // SQLite: the rows go in in name order, which is also label order: consecutive rows land next to
    // each other in the name and label indexes instead of all over them.
    QList<qsizetype> order(users.size());
    std::iota(order.begin(), order.end(), 0);
    if (sqlite) {
        std::ranges::sort(order, [&labels](qsizetype a, qsizetype b) { return labels.at(a) < labels.at(b); });
    }
    QList<QVariantList> full;
    QVariantList rest;
    for (qsizetype start = 0; start < users.size(); start += kRowsPerStatement) {
        const qsizetype end = std::min(users.size(), start + kRowsPerStatement);
        QVariantList values;
        values.reserve((end - start) * columns);
        for (qsizetype n = start; n < end; ++n) {
            const qsizetype i = order.at(n);
            const NewUser& user = users.at(i);
            values << ids.at(i) << nullable(user.email) << nullable(loginKey(user.email)) << nullable(user.username)
                   << nullable(loginKey(user.username)) << (user.fullName.isNull() ? u""_s : user.fullName)
                   << nameKeys.at(i) << QString::fromLatin1(user.passwordHash) << nullable(user.mobilePhone) << now
                   << now;
            if (sqlite) {
                values << labels.at(i);
            }
        }
        if (end - start == kRowsPerStatement) {
            full << std::move(values);
        } else {
            rest = std::move(values);
        }
    }
    if (auto inserted = m_database.execEach(statement(kRowsPerStatement), full); !inserted) {
        return fail(inserted.error());
    }
    if (!rest.isEmpty()) {
        if (auto inserted = m_database.execEach(statement(rest.size() / columns), {rest}); !inserted) {
            return fail(inserted.error());
        }
    }
    if (sqlite && !users.isEmpty()) {
        // New rows get rowids above the largest one (SQLite picks another only past 2^63 - 1): checked
        // below, as an index missing users would be worse than a failed import. FTS5 writes its pending
        // entries out whenever a rowid is lower than the one before: in label order they go out once.
        auto indexed = m_database.exec(
            u"INSERT INTO users_search (rowid, name_key, email_key, username_key, phone_end)"
            " SELECT search_label, name_key, email_key, username_key, phone_end FROM users WHERE rowid > :last"
            " ORDER BY search_label"_s,
            {{u"last"_s, lastRowidBefore}});
        if (!indexed) {
            return fail(indexed.error());
        }
        if (indexed->numRowsAffected() != users.size()) {
            return fail(Error {u"[SearchIndex]"_s,
                               tr("The search index did not take every imported user; nothing was imported."), 500});
        }
        if (auto restored = m_database.exec(Schema::usersSearchInsertTrigger()); !restored) {
            return fail(restored.error());
        }
    }
    return ids;
}

Result<QSet<QString>> UserStore::takenLoginKeys(const QStringList& keys)
{
    // 200 keys (400 placeholders) a query: SQLite resolves placeholders in O(n^2).
    constexpr qsizetype kKeysPerQuery = 200;
    QSet<QString> taken;
    for (qsizetype start = 0; start < keys.size(); start += kKeysPerQuery) {
        const qsizetype end = std::min(keys.size(), start + kKeysPerQuery);
        QString list;
        list.reserve((end - start) * 3);
        QVariantList values;
        values.reserve((end - start) * 2);
        for (qsizetype i = start; i < end; ++i) {
            list += i > start ? u", ?"_s : u"?"_s;
            values << keys.at(i);
        }
        values += values; // once for the email keys, once for the usernames
        auto query = m_database.execPositional(u"SELECT email_key FROM users WHERE email_key IN ("_s % list
                                                   % u") UNION SELECT username_key FROM users WHERE username_key IN ("_s
                                                   % list % u")"_s,
                                               values);
        if (!query) {
            return fail(query.error());
        }
        while (query->next()) {
            taken.insert(query->value(0).toString());
        }
    }
    return taken;
}

Result<QList<User>> UserStore::pageById(const QString& afterId, int limit)
{
    // An empty afterId would bind as NULL (no rows): the first page has no lower bound instead.
    QVariantMap bindings {{u"limit"_s, std::clamp(limit, 1, 10000)}};
    if (!afterId.isEmpty()) {
        bindings[u"after"_s] = afterId;
    }
    auto query = m_database.exec(u"SELECT "_s % kColumns % u" FROM users"_s
                                     % (afterId.isEmpty() ? QString() : u" WHERE id > :after"_s)
                                     % u" ORDER BY id LIMIT :limit"_s,
                                 bindings);
    if (!query) {
        return fail(query.error());
    }
    QList<User> users;
    while (query->next()) {
        users << userFrom(*query);
    }
    return users;
}

Result<void> UserStore::compactSearchIndex()
{
    if (m_database.dialect().isPostgres()) {
        return {};
    }
    return withinTransaction(m_database, [this]() -> Result<void> {
        auto merged = m_database.exec(u"INSERT INTO users_search (users_search) VALUES ('optimize')"_s);
        if (!merged) {
            return fail(merged.error());
        }
        return {};
    });
}

Result<UserPage> UserStore::search(const QString& text, int offset, int limit)
{
    return searchPage(text, std::nullopt, offset, limit);
}

Result<UserPage> UserStore::searchAfter(const QString& text, const User& after, int limit)
{
    return searchPage(text, after, 0, limit);
}

Result<UserPage> UserStore::searchPage(const QString& text, const std::optional<User>& after, int offset, int limit)
{
    const QString trimmed = text.trimmed();
    const QString folded = trimmed.toCaseFolded();
    const bool sqlite = m_database.config().driver == SqlDriver::Sqlite;
    QVariantMap bindings;
    // Contains on name, email or username (case-folded), or the end of the phone number: the
    // definition of a match, as a plain filter.
    QString filter;
    // SQLite, 3 characters or more: the same matches from the trigram index.
    bool indexed = false;
    if (!trimmed.isEmpty()) {
        // Phone numbers are E.164 ("+" and digits): only such a text can end one.
        static const QRegularExpression phoneEnding(u"^\\+?[0-9]+$"_s);
        const bool phone = phoneEnding.match(trimmed).hasMatch();
        filter = u"(name_key LIKE :contains ESCAPE '\\' OR email_key LIKE :contains ESCAPE '\\' "
                 "OR username_key LIKE :contains ESCAPE '\\'"_s
            % (phone ? u" OR mobile_phone LIKE :endsWith"_s : QString()) % u')';
        bindings[u"contains"_s] = QString(u'%' % likePattern(folded) % u'%');
        if (phone) {
            bindings[u"endsWith"_s] = QString(u'%' % trimmed);
        }
        if (sqlite && folded.toUcs4().size() >= 3) {
            // A trigram phrase matches where the text is contained; the phone's end is indexed with a '$'
            // after it (phone_end), so "ends with" is the phrase with the '$'.
            indexed = true;
            bindings[u"match"_s]
                = QString(u"{name_key email_key username_key} : \""_s % QString(folded).replace(u"\""_s, u"\"\""_s)
                          % u'"' % (phone ? u" OR phone_end : \""_s % trimmed % u"$\""_s : QString()));
        }
    }

    UserPage page;
    bindings[u"limit"_s] = std::clamp(limit, 0, 1000);
    bindings[u"offset"_s] = std::max(offset, 0);
    bindings[u"cap"_s] = kCountCap + 1;
    if (after) {
        bindings[u"afterName"_s] = after->fullName.isNull() ? u""_s : after->fullName.toCaseFolded();
        bindings[u"afterId"_s] = after->id;
    }
    // How many matches, counted up to kCountCap + 1 (one more than the cap says "more than kCountCap"):
    // counting a million matches costs what reading them costs.
    const auto countFrom = [&](const Statement& query, int column) {
        const int found = query.value(column).toInt();
        page.total = std::min(found, kCountCap);
        page.totalIsLowerBound = found > kCountCap;
    };
    const auto countRows = [&](const QString& rows) -> Result<void> {
        auto count = m_database.exec(u"SELECT count(*) FROM ("_s % rows % u" LIMIT :cap) AS capped"_s, bindings);
        if (!count) {
            return fail(count.error());
        }
        if (count->next()) {
            countFrom(*count, 0);
        }
        return {};
    };

    if (!indexed) {
        // Dense matches turn up within the first rows of the name order.
        if (auto counted = countRows(u"SELECT 1 FROM users"_s % (filter.isEmpty() ? QString() : u" WHERE "_s % filter));
            !counted) {
            return fail(counted.error());
        }
        const QString keyset
            = after ? u"(name_key > :afterName OR (name_key = :afterName AND id > :afterId))"_s : QString();
        const QString where = filter.isEmpty() ? keyset : (keyset.isEmpty() ? filter : filter % u" AND "_s % keyset);
        auto query = m_database.exec(u"SELECT "_s % kColumns % u" FROM users"_s
                                         % (where.isEmpty() ? QString() : u" WHERE "_s % where)
                                         % u" ORDER BY name_key, id LIMIT :limit OFFSET :offset"_s,
                                     bindings);
        if (!query) {
            return fail(query.error());
        }
        while (query->next()) {
            page.users << userFrom(*query);
        }
        return page;
    }

    // SQLite, 3 characters or more: the index hands its matches out in name order (their rowids are the
    // users' places in it), so a page is its next matches and the total its first kCountCap + 1. A first
    // page within them reads the index once for both.
    const int pageEnd = bindings.value(u"offset"_s).toInt() + bindings.value(u"limit"_s).toInt();
    const bool once = !after && pageEnd <= kCountCap + 1;
    QString labels = u"SELECT rowid FROM users_search WHERE users_search MATCH :match"_s;
    if (after) {
        // Keyset: the matches placed after the last user shown (or where that user would be now).
        labels += u" AND rowid > coalesce((SELECT search_label FROM users INDEXED BY users_name_search "
                  "WHERE search_label IS NOT NULL AND (name_key, id) <= (:afterName, :afterId) "
                  "ORDER BY name_key DESC, id DESC LIMIT 1), %1)"_s.arg(SearchOrder::kLowest);
    }
    auto query = m_database.exec(
        once
            ? QString(u"WITH matches AS MATERIALIZED (SELECT rowid AS label FROM users_search WHERE users_search MATCH "
                      ":match ORDER BY rowid LIMIT :cap) SELECT "_s
                      % kColumns
                      % u", (SELECT count(*) FROM matches) FROM users WHERE search_label IN (SELECT label FROM matches "
                        "ORDER BY label LIMIT :limit OFFSET :offset) ORDER BY search_label"_s)
            : QString(u"SELECT "_s % kColumns % u", 0 FROM users WHERE search_label IN ("_s % labels
                      % u" ORDER BY rowid LIMIT :limit OFFSET :offset) ORDER BY search_label"_s),
        bindings);
    if (!query) {
        return fail(query.error());
    }
    bool counted = false;
    while (query->next()) {
        page.users << userFrom(*query);
        if (once && !counted) {
            countFrom(*query, 10);
            counted = true;
        }
    }
    if (!counted) {
        if (auto total = countRows(u"SELECT rowid FROM users_search WHERE users_search MATCH :match"_s); !total) {
            return fail(total.error());
        }
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

Result<qint64> UserStore::setTwoFactor(const QString& userId, bool enabled, TwoFactorDelivery delivery,
                                       const QByteArray& sealedSecret)
{
    const qint64 at = m_clock.currentMSecsSinceEpoch();
    auto updated = m_database.execOne(
        u"UPDATE users SET two_factor_enabled = :enabled, two_factor_delivery = :delivery, "
        "two_factor_secret = :secret, updated_at = :now WHERE id = :id"_s,
        {{u"id"_s, userId},
         {u"enabled"_s, enabled ? 1 : 0},
         {u"delivery"_s, deliveryName(delivery)},
         {u"secret"_s, sealedSecret.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(sealedSecret)},
         {u"now"_s, at}},
        u"user"_s);
    if (!updated) {
        return fail(updated.error().code == u"[notFound]"_s ? userNotFound(userId) : updated.error());
    }
    return at;
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
