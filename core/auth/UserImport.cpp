#include "UserImport.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QStringBuilder>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr int kMaxLoginIdLength = 320;
constexpr int kMaxPasswordLength = 1024;
constexpr int kMinPasswordLength = 8;
constexpr int kMaxNameLength = 200;

QString at(qsizetype index, const QString& field)
{
    return u"users["_s % QString::number(index) % u"]."_s % field;
}

Error fieldError(const QString& type, qsizetype index, const QString& field, const QString& message)
{
    const QString path = at(index, field);
    return Error {u"["_s % type % u"]"_s % path, message, 400, path};
}

} // namespace

UserImport::UserImport(Workflow& workflow, HashAll hashAll)
    : m_workflow(workflow)
    , m_hashAll(std::move(hashAll))
{
    m_parsing.setMaxThreadCount(1);
    m_parsing.setObjectName(u"tfk-import-parse"_s);
}

bool UserImport::isArgon2idHash(const QString& hash)
{
    static const QRegularExpression phc(
        u"^\\$argon2id\\$v=19\\$m=[0-9]{1,10},t=[0-9]{1,10},p=[0-9]{1,3}\\$[A-Za-z0-9+/]{11,}\\$[A-Za-z0-9+/]{16,}$"_s);
    return hash.size() < 128 && phc.match(hash).hasMatch();
}

QList<Result<PhoneNumber>> UserImport::parsePhones(const QList<ImportedUser>& users, qsizetype from, qsizetype to) const
{
    QList<Result<PhoneNumber>> parsed(to - from, fail(Error {}));
    for (qsizetype i = from; i < to; ++i) {
        if (!users.at(i).mobilePhone.trimmed().isEmpty()) {
            parsed[i - from] = m_workflow.phones().parse(users.at(i).mobilePhone);
        }
    }
    return parsed;
}

Result<ImportOutcome> UserImport::run(const ImportRequest& request, const RequestContext& context)
{
    const QString event = u"user.import"_s;
    ImportOutcome outcome;
    auto refuse = [&](const Error& error) {
        outcome.errors << error;
        m_workflow.audit(event, error, {}, context);
        return outcome;
    };
    if (request.users.isEmpty()) {
        return refuse(
            Error {u"[blank]users"_s, tr("Send the users to import as {\"users\": [...]}."), 400, u"users"_s});
    }
    if (request.users.size() > kMaxUsersPerRequest) {
        return refuse(Error {u"[tooLong]users"_s,
                             tr("%1 users in one request; the most is %2. Send them in batches.")
                                 .arg(request.users.size())
                                 .arg(kMaxUsersPerRequest),
                             400, u"users"_s});
    }

    // The users are checked and written in chunks, in order. libphonenumber's validation is the
    // costliest check by far (about 0.3 million instructions a number) and each number stands on its
    // own: the next chunk's numbers are parsed on a worker while this thread checks and writes the
    // current one. Plaintext passwords are hashed before the write transaction (it must not wait for
    // Argon2id), so such a request is checked whole first and written afterwards.
    const qsizetype total = request.users.size();
    const bool anyPlaintext = std::ranges::any_of(request.users, [&request](const ImportedUser& user) {
        return !user.password.isEmpty()
            && (user.encryptionScheme.isEmpty() ? request.encryptionScheme : user.encryptionScheme).trimmed().isEmpty();
    });
    const qsizetype chunk = std::max<qsizetype>(kMinChunk, (total + kChunks - 1) / kChunks);

    QList<NewUser> rows;
    rows.reserve(total);
    QList<qsizetype> sourceIndex;
    QStringList plaintext;
    QList<qsizetype> plaintextRow;
    QHash<QString, qsizetype> seenKeys; // case-folded login id -> index of its first user
    auto note = [&](const Error& error) {
        if (outcome.errors.size() < kMaxErrors) {
            outcome.errors << error;
        }
    };
    // Every user on its own, then against those before it in the request.
    const auto check = [&](qsizetype i, const Result<PhoneNumber>& parsedPhone) {
        const ImportedUser& user = request.users.at(i);
        const QString email = user.email.trimmed();
        const QString username = user.username.trimmed();
        const qsizetype errorsBefore = outcome.errors.size();
        if (email.isEmpty() && username.isEmpty()) {
            note(fieldError(u"blank"_s, i, u"email"_s, tr("User %1 has neither an email nor a username.").arg(i)));
        }
        if (email.size() > kMaxLoginIdLength || username.size() > kMaxLoginIdLength) {
            note(fieldError(
                u"tooLong"_s, i, u"email"_s,
                tr("User %1: the email or username is longer than %2 characters.").arg(i).arg(kMaxLoginIdLength)));
        } else if (!email.isEmpty()
                   && (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@')
                       || email.contains(u' '))) {
            note(fieldError(u"invalid"_s, i, u"email"_s,
                            tr("User %1: \"%2\" is not an email address.").arg(i).arg(email.left(64))));
        }
        if (user.fullName.size() > kMaxNameLength) {
            note(fieldError(u"tooLong"_s, i, u"fullName"_s,
                            tr("User %1: the name is longer than %2 characters.").arg(i).arg(kMaxNameLength)));
        }
        QString phone;
        if (!user.mobilePhone.trimmed().isEmpty()) {
            if (parsedPhone) {
                phone = parsedPhone->e164;
            } else {
                note(fieldError(u"invalid"_s, i, u"mobilePhone"_s,
                                tr("User %1: %2").arg(i).arg(parsedPhone.error().message)));
            }
        }
        const QString scheme
            = (user.encryptionScheme.isEmpty() ? request.encryptionScheme : user.encryptionScheme).trimmed().toLower();
        QByteArray hash;
        bool needsHash = false;
        if (user.password.isEmpty()) {
            note(fieldError(u"blank"_s, i, u"password"_s, tr("User %1 has no password.").arg(i)));
        } else if (scheme.isEmpty()) {
            if (user.password.size() < kMinPasswordLength || user.password.size() > kMaxPasswordLength) {
                note(fieldError(u"invalid"_s, i, u"password"_s,
                                tr("User %1: a password has between %2 and %3 characters.")
                                    .arg(i)
                                    .arg(kMinPasswordLength)
                                    .arg(kMaxPasswordLength)));
            } else {
                needsHash = true;
            }
        } else if (scheme == u"argon2id"_s) {
            if (isArgon2idHash(user.password)) {
                hash = user.password.toLatin1();
            } else {
                note(fieldError(u"invalid"_s, i, u"password"_s,
                                tr("User %1: the password is not an Argon2id hash "
                                   "($argon2id$v=19$m=...,t=...,p=...$salt$hash).")
                                    .arg(i)));
            }
        } else {
            note(fieldError(u"invalid"_s, i, u"encryptionScheme"_s,
                            tr("User %1: the encryption scheme \"%2\" is not supported here; send Argon2id hashes "
                               "(\"argon2id\") or plaintext passwords (no scheme), which are hashed on import.")
                                .arg(i)
                                .arg(scheme.left(40))));
        }
        // Duplicates within the request: any login id (email or username) seen before.
        for (const auto& [field, value] : {std::pair {u"email"_s, email}, std::pair {u"username"_s, username}}) {
            if (value.isEmpty()) {
                continue;
            }
            const QString key = UserStore::loginKey(value);
            const auto first = seenKeys.constFind(key);
            if (first != seenKeys.cend() && *first != i) {
                note(fieldError(u"duplicate"_s, i, field,
                                tr("User %1: %2 is also the login id of user %3 in this request.")
                                    .arg(i)
                                    .arg(value.left(64))
                                    .arg(*first)));
            } else {
                seenKeys.insert(key, i);
            }
        }
        if (outcome.errors.size() != errorsBefore) {
            return;
        }
        if (needsHash) {
            plaintext << user.password;
            plaintextRow << rows.size();
        }
        rows << NewUser {email, username, user.fullName.trimmed(), phone, hash};
        sourceIndex << i;
    };

    // Against the database, and the insert: rows [from, rows.size()) in the open write transaction.
    const auto write = [&](qsizetype from) -> Result<void> {
        QStringList keys;
        keys.reserve((rows.size() - from) * 2);
        for (qsizetype r = from; r < rows.size(); ++r) {
            for (const QString& value : {rows.at(r).email, rows.at(r).username}) {
                if (!value.isEmpty()) {
                    keys << UserStore::loginKey(value);
                }
            }
        }
        auto taken = m_workflow.users().takenLoginKeys(keys);
        if (!taken) {
            return fail(taken.error());
        }
        QList<NewUser> fresh;
        fresh.reserve(rows.size() - from);
        for (qsizetype r = from; r < rows.size(); ++r) {
            const NewUser& row = rows.at(r);
            QString clash;
            QString field;
            if (!row.email.isEmpty() && taken->contains(UserStore::loginKey(row.email))) {
                clash = row.email;
                field = u"email"_s;
            } else if (!row.username.isEmpty() && taken->contains(UserStore::loginKey(row.username))) {
                clash = row.username;
                field = u"username"_s;
            }
            if (clash.isEmpty()) {
                fresh << row;
            } else if (request.skipExisting) {
                ++outcome.skipped;
            } else {
                note(fieldError(u"duplicate"_s, sourceIndex.at(r), field,
                                tr("User %1: a user with the login id %2 already exists.")
                                    .arg(sourceIndex.at(r))
                                    .arg(clash.left(64))));
            }
        }
        if (!outcome.errors.isEmpty() || fresh.isEmpty()) {
            return {};
        }
        if (auto inserted = m_workflow.users().insertMany(fresh); !inserted) {
            return fail(inserted.error());
        }
        outcome.imported += int(fresh.size());
        return {};
    };

    // SQLite's page cache grows for the write (64 MiB, from 2): the unique indexes of a large directory
    // are written all over, and a small cache spills pages to the WAL file before the commit.
    Database& database = m_workflow.database();
    const bool sqlite = !database.dialect().isPostgres();
    bool cacheGrown = false;
    const auto restoreCache = qScopeGuard([&] {
        if (cacheGrown) {
            (void)database.exec(u"PRAGMA cache_size = -2000"_s);
        }
    });
    std::optional<Transaction> transaction;
    const auto writeFrom = [&](qsizetype from) -> Result<void> {
        if (!outcome.errors.isEmpty() || from == rows.size()) {
            return {}; // refused: nothing more is written, the checks go on for the full list of errors
        }
        if (!transaction) {
            if (sqlite) {
                (void)database.exec(u"PRAGMA cache_size = -65536"_s);
                cacheGrown = true;
            }
            auto begun = Transaction::begin(database);
            if (!begun) {
                return fail(begun.error());
            }
            transaction.emplace(std::move(*begun));
        }
        return write(from);
    };
    const auto failed = [&](const Error& error) -> Result<ImportOutcome> {
        m_workflow.audit(event, error, {}, context);
        return fail(error);
    };

    QFuture<QList<Result<PhoneNumber>>> next;
    const auto startParsing = [&](qsizetype from) {
        const qsizetype to = std::min(total, from + chunk);
        // The request outlives the parse: it is waited for below, whatever happens.
        next = QtConcurrent::run(&m_parsing,
                                 [this, &request, from, to] { return parsePhones(request.users, from, to); });
    };
    const auto waitForParsing = qScopeGuard([&] {
        if (next.isValid()) {
            next.waitForFinished();
        }
    });
    startParsing(0);
    for (qsizetype from = 0; from < total; from += chunk) {
        const QList<Result<PhoneNumber>> phones = next.result();
        next = {};
        if (from + chunk < total) {
            startParsing(from + chunk);
        }
        const qsizetype rowsBefore = rows.size();
        for (qsizetype i = from; i < std::min(total, from + chunk); ++i) {
            check(i, phones.at(i - from));
        }
        if (!anyPlaintext) {
            if (auto written = writeFrom(rowsBefore); !written) {
                return failed(written.error());
            }
        }
    }
    if (anyPlaintext && outcome.errors.isEmpty()) {
        const QList<QByteArray> hashes = m_hashAll(plaintext);
        for (qsizetype k = 0; k < plaintextRow.size(); ++k) {
            if (k >= hashes.size() || hashes.at(k).isEmpty()) {
                return fail(Error {u"[PasswordHashFailed]"_s,
                                   tr("A password could not be hashed (out of memory?); nothing was imported."), 500});
            }
            rows[plaintextRow.at(k)].passwordHash = hashes.at(k);
        }
        if (auto written = writeFrom(0); !written) {
            return failed(written.error());
        }
    }
    if (!outcome.errors.isEmpty()) {
        // All or nothing: whatever was written is rolled back.
        if (transaction) {
            transaction->rollback();
        }
        outcome.imported = 0;
        m_workflow.audit(event, outcome.errors.first().code, {}, context, {},
                         tr("%n users refused; nothing imported.", nullptr, int(outcome.errors.size())));
        return outcome;
    }
    if (transaction) {
        if (auto committed = transaction->commit(); !committed) {
            outcome.imported = 0;
            return failed(committed.error());
        }
    }
    m_workflow.audit(
        event, u"ok"_s, {}, context, {},
        tr("%1 users imported, %2 already present and skipped.").arg(outcome.imported).arg(outcome.skipped));
    return outcome;
}

} // namespace tfk
