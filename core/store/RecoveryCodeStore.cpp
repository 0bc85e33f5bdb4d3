#include "RecoveryCodeStore.h"

using namespace Qt::StringLiterals;

namespace tfk {

RecoveryCodeStore::RecoveryCodeStore(Database& database)
    : m_database(database)
{
}

Result<bool> RecoveryCodeStore::userExists(const QString& userId)
{
    auto query = m_database.exec(u"SELECT 1 FROM users WHERE id = :id"_s, {{u"id"_s, userId}});
    if (!query) {
        return fail(query.error());
    }
    return query->next();
}

Result<void> RecoveryCodeStore::replace(const QString& userId, const QStringList& codeHashes, qint64 createdAt)
{
    if (auto cleared = clear(userId); !cleared) {
        return cleared;
    }
    if (codeHashes.isEmpty()) {
        return {};
    }
    // One statement for the whole set (a set is always the same size, so its text is prepared once).
    QString sql = u"INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES (?, ?, ?)"_s;
    QVariantList values;
    values.reserve(codeHashes.size() * 3);
    for (const QString& hash : codeHashes) {
        if (!values.isEmpty()) {
            sql += u", (?, ?, ?)"_s;
        }
        values << userId << hash << createdAt;
    }
    auto inserted = m_database.execPositional(sql, values);
    if (!inserted) {
        return fail(inserted.error());
    }
    return {};
}

Result<bool> RecoveryCodeStore::markUsed(const QString& userId, const QString& codeHash, qint64 at)
{
    // Conditional on used_at IS NULL: of two consumers racing for one code (threads or processes),
    // the database lets exactly one UPDATE change the row; the other sees 0 rows changed.
    auto updated = m_database.exec(u"UPDATE recovery_codes SET used_at = :at "
                                   "WHERE user_id = :user AND code_hash = :hash AND used_at IS NULL"_s,
                                   {{u"user"_s, userId}, {u"hash"_s, codeHash}, {u"at"_s, at}});
    if (!updated) {
        return fail(updated.error());
    }
    return updated->numRowsAffected() == 1;
}

Result<int> RecoveryCodeStore::remaining(const QString& userId)
{
    auto query = m_database.exec(u"SELECT COUNT(*) FROM recovery_codes WHERE user_id = :user AND used_at IS NULL"_s,
                                 {{u"user"_s, userId}});
    if (!query) {
        return fail(query.error());
    }
    return query->next() ? query->value(0).toInt() : 0;
}

Result<void> RecoveryCodeStore::clear(const QString& userId)
{
    auto deleted = m_database.exec(u"DELETE FROM recovery_codes WHERE user_id = :user"_s, {{u"user"_s, userId}});
    if (!deleted) {
        return fail(deleted.error());
    }
    return {};
}

} // namespace tfk
