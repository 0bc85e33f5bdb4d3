#pragma once

// Persists the two-factor state around users: login challenges (twoFactorIds), the time steps each
// user has already spent (single use), trusted computers, and password-failure counters.

#include "Database.h"

#include <QSet>

#include <optional>

namespace tfk {

struct Challenge
{
    QString idHash; // SHA-256 (hex) of the twoFactorId; the id itself is never stored
    QString userId;
    QString applicationId;
    QString ipAddress;
    qint64 createdAt = 0; // ms
    qint64 expiresAt = 0;
    int wrongCodes = 0;
    int sends = 0;
    qint64 lastSentAt = 0; // 0: never sent
};

class TwoFactorStore
{
public:
    explicit TwoFactorStore(Database& database);

    Result<void> insertChallenge(const Challenge& challenge);
    Result<std::optional<Challenge>> challenge(const QString& idHash);
    Result<void> recordChallengeSend(const QString& idHash, qint64 at);
    // Counts a send for a live challenge whose cooldown is over and whose wrong-code limit is not
    // reached, in one conditional UPDATE: false when any of that does not hold (nothing changed).
    // Two resends racing for one challenge: exactly one claims it. A last send dated after
    // `ignoreAfter` (the clock was set back since) holds no cooldown.
    Result<bool> claimChallengeSend(const QString& idHash, qint64 at, qint64 cooldownMs, int maxWrongCodes,
                                    qint64 ignoreAfter);
    // The new wrong-code count.
    Result<int> recordWrongCode(const QString& idHash);
    Result<void> deleteChallenge(const QString& idHash);
    // Deletes a challenge that exists: "[notFound]" when it is already gone (another thread or desk
    // completed it first), so a twoFactorId completes exactly once.
    Result<void> consumeChallenge(const QString& idHash);
    Result<void> deleteExpiredChallenges(qint64 now);

    Result<QSet<qint64>> usedSteps(const QString& userId, qint64 fromStep, qint64 toStep);
    // "[DatabaseConstraint]" if the step was already used (a race between two verifications).
    Result<void> markStepUsed(const QString& userId, qint64 step, qint64 at);
    Result<void> forgetStepsBefore(const QString& userId, qint64 step);

    Result<void> insertTrust(const QString& tokenHash, const QString& userId, qint64 createdAt, qint64 expiresAt);
    Result<bool> isTrusted(const QString& tokenHash, const QString& userId, qint64 now);
    Result<void> forgetTrust(const QString& userId);

    Result<void> recordLoginFailure(const QString& loginKeyHash, qint64 at);
    // Failure times from `since` to `until`, oldest first.
    Result<QList<qint64>> loginFailuresSince(const QString& loginKeyHash, qint64 since, qint64 until);
    Result<void> clearLoginFailures(const QString& loginKeyHash);

private:
    Database& m_database;
};

} // namespace tfk
