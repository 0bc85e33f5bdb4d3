#include "TwoFactorStore.h"

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

template <typename T> Result<void> done(const Result<T>& result)
{
    if (!result) {
        return fail(result.error());
    }
    return {};
}

} // namespace

TwoFactorStore::TwoFactorStore(Database& database)
    : m_database(database)
{
}

Result<void> TwoFactorStore::insertChallenge(const Challenge& c)
{
    return done(m_database.exec(
        u"INSERT INTO two_factor_challenges (id_hash, user_id, application_id, ip_address, created_at, expires_at, "
        "wrong_codes, sends, last_sent_at) VALUES (:id, :user, :app, :ip, :created, :expires, :wrong, :sends, :last)"_s,
        {{u"id"_s, c.idHash},
         {u"user"_s, c.userId},
         {u"app"_s, c.applicationId},
         {u"ip"_s, c.ipAddress},
         {u"created"_s, c.createdAt},
         {u"expires"_s, c.expiresAt},
         {u"wrong"_s, c.wrongCodes},
         {u"sends"_s, c.sends},
         {u"last"_s, c.lastSentAt == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(c.lastSentAt)}}));
}

Result<std::optional<Challenge>> TwoFactorStore::challenge(const QString& idHash)
{
    auto query = m_database.exec(u"SELECT id_hash, user_id, application_id, ip_address, created_at, expires_at, "
                                 "wrong_codes, sends, last_sent_at FROM two_factor_challenges WHERE id_hash = :id"_s,
                                 {{u"id"_s, idHash}});
    if (!query) {
        return fail(query.error());
    }
    if (!query->next()) {
        return std::optional<Challenge>();
    }
    Challenge c;
    c.idHash = query->value(0).toString();
    c.userId = query->value(1).toString();
    c.applicationId = query->value(2).toString();
    c.ipAddress = query->value(3).toString();
    c.createdAt = query->value(4).toLongLong();
    c.expiresAt = query->value(5).toLongLong();
    c.wrongCodes = query->value(6).toInt();
    c.sends = query->value(7).toInt();
    c.lastSentAt = query->value(8).isNull() ? 0 : query->value(8).toLongLong();
    return std::optional<Challenge>(c);
}

Result<void> TwoFactorStore::recordChallengeSend(const QString& idHash, qint64 at)
{
    return m_database.execOne(
        u"UPDATE two_factor_challenges SET sends = sends + 1, last_sent_at = :at WHERE id_hash = :id"_s,
        {{u"id"_s, idHash}, {u"at"_s, at}}, u"twoFactorId"_s);
}

Result<bool> TwoFactorStore::claimChallengeSend(const QString& idHash, qint64 at, qint64 cooldownMs, int maxWrongCodes,
                                                qint64 ignoreAfter)
{
    auto query
        = m_database.exec(u"UPDATE two_factor_challenges SET sends = sends + 1, last_sent_at = :at "
                          "WHERE id_hash = :id AND expires_at > :now AND wrong_codes < :maxWrong "
                          "AND (last_sent_at IS NULL OR last_sent_at <= :cooledAt OR last_sent_at > :ignoreAfter)"_s,
                          {{u"id"_s, idHash},
                           {u"at"_s, at},
                           {u"now"_s, at},
                           {u"maxWrong"_s, maxWrongCodes},
                           {u"cooledAt"_s, at - cooldownMs},
                           {u"ignoreAfter"_s, ignoreAfter}});
    if (!query) {
        return fail(query.error());
    }
    return query->numRowsAffected() == 1;
}

Result<int> TwoFactorStore::recordWrongCode(const QString& idHash)
{
    auto updated
        = m_database.execOne(u"UPDATE two_factor_challenges SET wrong_codes = wrong_codes + 1 WHERE id_hash = :id"_s,
                             {{u"id"_s, idHash}}, u"twoFactorId"_s);
    if (!updated) {
        return fail(updated.error());
    }
    auto query
        = m_database.exec(u"SELECT wrong_codes FROM two_factor_challenges WHERE id_hash = :id"_s, {{u"id"_s, idHash}});
    if (!query) {
        return fail(query.error());
    }
    return query->next() ? query->value(0).toInt() : 0;
}

Result<void> TwoFactorStore::deleteChallenge(const QString& idHash)
{
    return done(m_database.exec(u"DELETE FROM two_factor_challenges WHERE id_hash = :id"_s, {{u"id"_s, idHash}}));
}

Result<void> TwoFactorStore::consumeChallenge(const QString& idHash)
{
    return m_database.execOne(u"DELETE FROM two_factor_challenges WHERE id_hash = :id"_s, {{u"id"_s, idHash}},
                              u"twoFactorId"_s);
}

Result<void> TwoFactorStore::deleteExpiredChallenges(qint64 now)
{
    return done(m_database.exec(u"DELETE FROM two_factor_challenges WHERE expires_at <= :now"_s, {{u"now"_s, now}}));
}

Result<QSet<qint64>> TwoFactorStore::usedSteps(const QString& userId, qint64 fromStep, qint64 toStep)
{
    auto query = m_database.exec(u"SELECT step FROM two_factor_used_steps WHERE user_id = :user "
                                 "AND step >= :from AND step <= :to"_s,
                                 {{u"user"_s, userId}, {u"from"_s, fromStep}, {u"to"_s, toStep}});
    if (!query) {
        return fail(query.error());
    }
    QSet<qint64> steps;
    while (query->next()) {
        steps.insert(query->value(0).toLongLong());
    }
    return steps;
}

Result<void> TwoFactorStore::markStepUsed(const QString& userId, qint64 step, qint64 at)
{
    return done(
        m_database.exec(u"INSERT INTO two_factor_used_steps (user_id, step, used_at) VALUES (:user, :step, :at)"_s,
                        {{u"user"_s, userId}, {u"step"_s, step}, {u"at"_s, at}}));
}

Result<void> TwoFactorStore::forgetStepsBefore(const QString& userId, qint64 step)
{
    return done(m_database.exec(u"DELETE FROM two_factor_used_steps WHERE user_id = :user AND step < :step"_s,
                                {{u"user"_s, userId}, {u"step"_s, step}}));
}

Result<void> TwoFactorStore::insertTrust(const QString& tokenHash, const QString& userId, qint64 createdAt,
                                         qint64 expiresAt)
{
    return done(m_database.exec(
        u"INSERT INTO trusted_computers (token_hash, user_id, created_at, expires_at) "
        "VALUES (:token, :user, :created, :expires)"_s,
        {{u"token"_s, tokenHash}, {u"user"_s, userId}, {u"created"_s, createdAt}, {u"expires"_s, expiresAt}}));
}

Result<bool> TwoFactorStore::isTrusted(const QString& tokenHash, const QString& userId, qint64 now)
{
    auto query = m_database.exec(u"SELECT 1 FROM trusted_computers WHERE token_hash = :token AND user_id = :user "
                                 "AND expires_at > :now"_s,
                                 {{u"token"_s, tokenHash}, {u"user"_s, userId}, {u"now"_s, now}});
    if (!query) {
        return fail(query.error());
    }
    return query->next();
}

Result<void> TwoFactorStore::forgetTrust(const QString& userId)
{
    return done(m_database.exec(u"DELETE FROM trusted_computers WHERE user_id = :user"_s, {{u"user"_s, userId}}));
}

Result<void> TwoFactorStore::recordLoginFailure(const QString& loginKeyHash, qint64 at)
{
    return done(m_database.exec(u"INSERT INTO login_failures (login_key, failed_at) VALUES (:key, :at)"_s,
                                {{u"key"_s, loginKeyHash}, {u"at"_s, at}}));
}

Result<QList<qint64>> TwoFactorStore::loginFailuresSince(const QString& loginKeyHash, qint64 since, qint64 until)
{
    auto query = m_database.exec(u"SELECT failed_at FROM login_failures WHERE login_key = :key AND failed_at >= :since "
                                 "AND failed_at <= :until ORDER BY failed_at"_s,
                                 {{u"key"_s, loginKeyHash}, {u"since"_s, since}, {u"until"_s, until}});
    if (!query) {
        return fail(query.error());
    }
    QList<qint64> times;
    while (query->next()) {
        times << query->value(0).toLongLong();
    }
    return times;
}

Result<void> TwoFactorStore::clearLoginFailures(const QString& loginKeyHash)
{
    return done(m_database.exec(u"DELETE FROM login_failures WHERE login_key = :key"_s, {{u"key"_s, loginKeyHash}}));
}

} // namespace tfk
