#include "OperatorStore.h"

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

const QString kColumns = u"id, name, display_name, role, created_at, disabled, COALESCE(disabled_at, 0), "
                         "COALESCE(last_sign_in_at, 0), password_hash"_s;

OperatorRecord fromQuery(const QSqlQuery& query)
{
    OperatorRecord record;
    Operator& op = record.info;
    op.id = query.value(0).toString();
    op.name = query.value(1).toString();
    op.displayName = query.value(2).toString();
    op.role = OperatorRoles::fromName(query.value(3).toString()).value_or(OperatorRole::Helpdesk);
    op.createdAt = query.value(4).toLongLong();
    op.disabled = query.value(5).toInt() != 0;
    op.disabledAt = query.value(6).toLongLong();
    op.lastSignInAt = query.value(7).toLongLong();
    record.passwordHash = query.value(8).toString().toLatin1();
    return record;
}

Result<int> countFrom(Result<Statement> query)
{
    if (!query) {
        return fail(query.error());
    }
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace

OperatorStore::OperatorStore(Database& database)
    : m_database(database)
{
}

QString OperatorStore::nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

Result<int> OperatorStore::count()
{
    return countFrom(m_database.exec(u"SELECT COUNT(*) FROM operators"_s));
}

Result<int> OperatorStore::countActiveAdmins()
{
    return countFrom(m_database.exec(u"SELECT COUNT(*) FROM operators WHERE role = 'admin' AND disabled = 0"_s));
}

Result<void> OperatorStore::insert(const Operator& op, const QByteArray& passwordHash)
{
    auto inserted
        = m_database.exec(u"INSERT INTO operators (id, name, name_key, display_name, password_hash, role, created_at) "
                          "VALUES (:id, :name, :key, :display, :hash, :role, :at)"_s,
                          {{u"id"_s, op.id},
                           {u"name"_s, op.name},
                           {u"key"_s, nameKey(op.name)},
                           {u"display"_s, op.displayName},
                           {u"hash"_s, QString::fromLatin1(passwordHash)},
                           {u"role"_s, OperatorRoles::name(op.role)},
                           {u"at"_s, op.createdAt}});
    if (!inserted) {
        // The only constraint a valid operator can break is the unique name (two adds racing).
        if (inserted.error().code == u"[DatabaseConstraint]"_s) {
            return fail(Error {u"[duplicate]operator.name"_s,
                               tr("There is already an operator called %1.").arg(op.name.left(64)), 400,
                               u"operator.name"_s});
        }
        return fail(inserted.error());
    }
    return {};
}

Result<QList<Operator>> OperatorStore::list()
{
    auto query = m_database.exec(u"SELECT "_s % kColumns % u" FROM operators ORDER BY name_key"_s);
    if (!query) {
        return fail(query.error());
    }
    QList<Operator> operators;
    while (query->next()) {
        operators << fromQuery(*query).info;
    }
    return operators;
}

Result<std::optional<OperatorRecord>> OperatorStore::findByName(const QString& name)
{
    auto query = m_database.exec(u"SELECT "_s % kColumns % u" FROM operators WHERE name_key = :key"_s,
                                 {{u"key"_s, nameKey(name)}});
    if (!query) {
        return fail(query.error());
    }
    if (!query->next()) {
        return std::optional<OperatorRecord>();
    }
    return std::optional<OperatorRecord>(fromQuery(*query));
}

Result<void> OperatorStore::setDisabled(const QString& id, qint64 at)
{
    return m_database.execOne(u"UPDATE operators SET disabled = 1, disabled_at = :at WHERE id = :id"_s,
                              {{u"id"_s, id}, {u"at"_s, at}}, u"operator"_s);
}

Result<void> OperatorStore::setPasswordHash(const QString& id, const QByteArray& hash)
{
    return m_database.execOne(u"UPDATE operators SET password_hash = :hash WHERE id = :id"_s,
                              {{u"id"_s, id}, {u"hash"_s, QString::fromLatin1(hash)}}, u"operator"_s);
}

Result<void> OperatorStore::setLastSignIn(const QString& id, qint64 at)
{
    return m_database.execOne(u"UPDATE operators SET last_sign_in_at = :at WHERE id = :id"_s,
                              {{u"id"_s, id}, {u"at"_s, at}}, u"operator"_s);
}

Result<void> OperatorStore::recordFailure(const QString& key, qint64 at)
{
    auto inserted = m_database.exec(u"INSERT INTO login_failures (login_key, failed_at) VALUES (:key, :at)"_s,
                                    {{u"key"_s, key}, {u"at"_s, at}});
    if (!inserted) {
        return fail(inserted.error());
    }
    return {};
}

Result<QList<qint64>> OperatorStore::failuresSince(const QString& key, qint64 since)
{
    auto query = m_database.exec(
        u"SELECT failed_at FROM login_failures WHERE login_key = :key AND failed_at >= :since ORDER BY failed_at"_s,
        {{u"key"_s, key}, {u"since"_s, since}});
    if (!query) {
        return fail(query.error());
    }
    QList<qint64> times;
    while (query->next()) {
        times << query->value(0).toLongLong();
    }
    return times;
}

Result<void> OperatorStore::clearFailures(const QString& key)
{
    auto deleted = m_database.exec(u"DELETE FROM login_failures WHERE login_key = :key"_s, {{u"key"_s, key}});
    if (!deleted) {
        return fail(deleted.error());
    }
    return {};
}

} // namespace tfk
