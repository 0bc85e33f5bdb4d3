#pragma once

// Persists users and applications: create, update, look up by id, login id or phone, paged search,
// and the password hash and sealed two-factor secret that never leave core.

#include "Database.h"
#include "User.h"
#include "common/Clock.h"

#include <QSet>

#include <optional>

namespace tfk {

struct NewUser
{
    QString email;
    QString username;
    QString fullName;
    QString mobilePhone; // E.164 or empty
    QByteArray passwordHash;
};

struct UserProfile
{
    QString email;
    QString username;
    QString fullName;
    QString mobilePhone; // E.164 or empty
};

class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(tfk::UserStore)

public:
    UserStore(Database& database, const Clock& clock);

    // "[duplicate]user.email" / "[duplicate]user.username" (400) when the login id is taken.
    Result<User> create(const NewUser& user);
    Result<User> updateProfile(const QString& userId, const UserProfile& profile);

    // "[notFound]user" (404) when there is no such user.
    Result<User> findById(const QString& userId);
    // Email or username, case-insensitively; empty when nobody has it.
    Result<std::optional<User>> findByLoginId(const QString& loginId);
    Result<QList<User>> findByPhone(const QString& e164);
    // Name, email or username containing `text` (case-insensitive), or a phone ending with it;
    // ordered by name (then id). An empty text lists everybody. The total is exact up to kCountCap
    // matches, beyond that kCountCap with UserPage::totalIsLowerBound. Answered from indexes: on SQLite
    // a trigram full-text index for 3 characters or more, whose rowids follow the name order
    // (SearchOrder), so a page is the index's next matches; shorter texts walk the name index.
    Result<UserPage> search(const QString& text, int offset, int limit);
    // The page after `after` (the last user of the previous page): keyset paging, as fast deep in the
    // list as at its start.
    Result<UserPage> searchAfter(const QString& text, const User& after, int limit);
    static constexpr int kCountCap = 1000;

    Result<QByteArray> passwordHash(const QString& userId);
    Result<void> setPasswordHash(const QString& userId, const QByteArray& hash);
    Result<QByteArray> sealedSecret(const QString& userId);
    // The time written as updated_at.
    Result<qint64> setTwoFactor(const QString& userId, bool enabled, TwoFactorDelivery delivery,
                                const QByteArray& sealedSecret);
    Result<void> setLastLogin(const QString& userId, qint64 at);

    Result<bool> applicationExists(const QString& applicationId);

    // Bulk import: inserts every user (ids made here) with multi-row INSERTs; the caller holds the
    // transaction and has checked the login ids. Returns the new ids, in order.
    Result<QStringList> insertMany(const QList<NewUser>& users);
    // Which of these case-folded login ids some user already has, as email or username.
    Result<QSet<QString>> takenLoginKeys(const QStringList& keys);
    // Everybody, a page at a time in id order (keyset paging: `afterId` is the last id of the previous
    // page, empty for the first): for exports.
    Result<QList<User>> pageById(const QString& afterId, int limit);
    // SQLite: merges the search index into one segment (FTS5 'optimize'). A bulk import leaves one
    // segment per batch, merged only in part as it goes; a search reads every segment. At a million
    // users it takes a few seconds and makes searches two to three times faster. PostgreSQL: nothing.
    Result<void> compactSearchIndex();

    // The case-folded form login ids are compared and stored in.
    static QString loginKey(const QString& loginId);
    // A new user id: a UUID version 7 (RFC 9562), time-ordered, so bulk inserts append to the primary
    // key's index instead of touching a random page of it for every user.
    static QString newId(qint64 nowMs);

private:
    Result<UserPage> searchPage(const QString& text, const std::optional<User>& after, int offset, int limit);
    Result<void> checkLoginIdsFree(const QString& email, const QString& username, const QString& exceptUserId);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace tfk
