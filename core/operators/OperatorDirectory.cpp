#include "OperatorDirectory.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

Error validation(const QString& code, const QString& field, const QString& message)
{
    return Error {code, message, 400, field};
}

qint64 secondsUntil(qint64 nowMs, qint64 untilMs)
{
    return std::max<qint64>(1, (untilMs - nowMs + 999) / 1000);
}

} // namespace

OperatorDirectory::OperatorDirectory(Database& database, const SecretCipher& cipher, const PasswordHasher& hasher,
                                     const Clock& clock, const TwoFactorRules& rules)
    : m_database(database)
    , m_cipher(cipher)
    , m_hasher(hasher)
    , m_clock(clock)
    , m_rules(rules)
    , m_store(database)
{
}

Result<void> OperatorDirectory::validateName(const QString& name)
{
    static const QRegularExpression allowed(u"^[\\p{L}\\p{N}._-]+$"_s);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return fail(validation(u"[blank]operator.name"_s, u"operator.name"_s, tr("Enter the operator's login name.")));
    }
    if (trimmed.size() > kMaxNameLength) {
        return fail(validation(u"[tooLong]operator.name"_s, u"operator.name"_s,
                               tr("The login name is longer than %1 characters.").arg(kMaxNameLength)));
    }
    if (!allowed.match(trimmed).hasMatch()) {
        return fail(validation(u"[invalid]operator.name"_s, u"operator.name"_s,
                               tr("A login name may only contain letters, digits, dots, dashes and underscores.")));
    }
    return {};
}

Result<void> OperatorDirectory::validatePassword(const QString& password)
{
    if (password.size() < kMinPasswordLength) {
        return fail(validation(u"[tooShort]operator.password"_s, u"operator.password"_s,
                               tr("An operator's password needs at least %1 characters.").arg(kMinPasswordLength)));
    }
    if (password.size() > kMaxPasswordLength) {
        return fail(validation(u"[tooLong]operator.password"_s, u"operator.password"_s,
                               tr("The password is longer than %1 characters.").arg(kMaxPasswordLength)));
    }
    return {};
}

QString OperatorDirectory::failureKey(const QString& name) const
{
    // Its own prefix, so an operator and a user with the same login id never share a lockout.
    const QString value = u"operator:"_s % OperatorStore::nameKey(name);
    return QString::fromLatin1(m_cipher.keyedHash(value.toUtf8()).toHex());
}

Result<OperatorRecord> OperatorDirectory::findRecord(const QString& name)
{
    auto found = m_store.findByName(name);
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(Error {u"[notFound]operator"_s,
                           tr("There is no operator called %1 (see `operator list`).").arg(name.trimmed().left(64)),
                           404, u"operator.name"_s});
    }
    return **found;
}

Result<Operator> OperatorDirectory::find(const QString& name)
{
    auto found = findRecord(name);
    if (!found) {
        return fail(found.error());
    }
    return found->info;
}

Result<int> OperatorDirectory::count()
{
    return m_store.count();
}

Result<Operator> OperatorDirectory::add(const QString& name, const QString& displayName, const QString& password,
                                        OperatorRole role)
{
    if (auto valid = validateName(name); !valid) {
        return fail(valid.error());
    }
    const QString display = displayName.trimmed().isEmpty() ? name.trimmed() : displayName.trimmed();
    if (display.size() > kMaxDisplayNameLength) {
        return fail(validation(u"[tooLong]operator.displayName"_s, u"operator.displayName"_s,
                               tr("The display name is longer than %1 characters.").arg(kMaxDisplayNameLength)));
    }
    if (auto valid = validatePassword(password); !valid) {
        return fail(valid.error());
    }
    // Checked before the slow hash for a quick answer; the unique index decides a race.
    auto existing = m_store.findByName(name);
    if (!existing) {
        return fail(existing.error());
    }
    if (*existing) {
        return fail(validation(u"[duplicate]operator.name"_s, u"operator.name"_s,
                               tr("There is already an operator called %1.").arg((*existing)->info.name)));
    }
    auto hash = m_hasher.hash(password);
    if (!hash) {
        return fail(hash.error());
    }
    Operator op;
    op.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.name = name.trimmed();
    op.displayName = display;
    op.role = role;
    op.createdAt = m_clock.currentMSecsSinceEpoch();
    if (auto inserted = m_store.insert(op, *hash); !inserted) {
        return fail(inserted.error());
    }
    return op;
}

Result<QList<Operator>> OperatorDirectory::list()
{
    return m_store.list();
}

Result<Operator> OperatorDirectory::disable(const QString& name)
{
    // One write transaction: two admins disabling each other at once cannot leave no admin.
    auto transaction = Transaction::begin(m_database);
    if (!transaction) {
        return fail(transaction.error());
    }
    auto found = findRecord(name);
    if (!found) {
        return fail(found.error());
    }
    Operator op = found->info;
    if (op.disabled) {
        return op;
    }
    if (op.role == OperatorRole::Admin) {
        auto admins = m_store.countActiveAdmins();
        if (!admins) {
            return fail(admins.error());
        }
        if (*admins <= 1) {
            return fail(Error {u"[lastAdmin]operator"_s,
                               tr("%1 is the last administrator: add another administrator before disabling this "
                                  "one, or nobody could change settings or leave kiosk mode.")
                                   .arg(op.name),
                               409, u"operator.name"_s});
        }
    }
    op.disabled = true;
    op.disabledAt = m_clock.currentMSecsSinceEpoch();
    if (auto disabled = m_store.setDisabled(op.id, op.disabledAt); !disabled) {
        return fail(disabled.error());
    }
    if (auto committed = transaction->commit(); !committed) {
        return fail(committed.error());
    }
    return op;
}

Result<Operator> OperatorDirectory::setPassword(const QString& name, const QString& password)
{
    if (auto valid = validatePassword(password); !valid) {
        return fail(valid.error());
    }
    auto found = findRecord(name);
    if (!found) {
        return fail(found.error());
    }
    auto hash = m_hasher.hash(password);
    if (!hash) {
        return fail(hash.error());
    }
    if (auto set = m_store.setPasswordHash(found->info.id, *hash); !set) {
        return fail(set.error());
    }
    if (auto cleared = m_store.clearFailures(failureKey(name)); !cleared) {
        return fail(cleared.error());
    }
    return found->info;
}

Result<qint64> OperatorDirectory::lockedUntil(const QString& key, qint64 nowMs)
{
    const qint64 windowMs = m_rules.passwordFailureWindowSeconds * 1000;
    const qint64 lockMs = m_rules.lockoutSeconds * 1000;
    auto failures = m_store.failuresSince(key, nowMs - windowMs - lockMs);
    if (!failures) {
        return fail(failures.error());
    }
    // The user-login rule: locked when some run of maxPasswordFailures failures fits in the window
    // and its last failure is less than the lockout ago.
    const int n = std::max(1, m_rules.maxPasswordFailures);
    qint64 until = 0;
    for (qsizetype last = n - 1; last < failures->size(); ++last) {
        if (failures->at(last) - failures->at(last - n + 1) <= windowMs) {
            until = std::max(until, failures->at(last) + lockMs);
        }
    }
    return until > nowMs ? until : 0;
}

Result<Operator> OperatorDirectory::signIn(const QString& name, const QString& password, qint64 nowMs)
{
    if (name.trimmed().isEmpty()) {
        return fail(validation(u"[blank]operator.name"_s, u"operator.name"_s, tr("Enter your operator login name.")));
    }
    if (password.isEmpty()) {
        return fail(validation(u"[blank]operator.password"_s, u"operator.password"_s, tr("Enter your password.")));
    }
    const Error refused {u"[InvalidLogin]"_s, tr("The operator name or the password is not right."), 404};
    if (name.trimmed().size() > kMaxNameLength || password.size() > kMaxPasswordLength) {
        return fail(refused);
    }
    const QString key = failureKey(name);

    // The lock check and a provisional failure in one write transaction, before the hash check:
    // concurrent guesses queue on the write lock, so at most maxPasswordFailures of them ever reach
    // the (slow) hash check before the lock holds. Success removes the failures again.
    std::optional<OperatorRecord> record;
    {
        auto transaction = Transaction::begin(m_database);
        if (!transaction) {
            return fail(transaction.error());
        }
        auto locked = lockedUntil(key, nowMs);
        if (!locked) {
            return fail(locked.error());
        }
        if (*locked > 0) {
            const qint64 wait = secondsUntil(nowMs, *locked);
            return fail(Error {u"[LoginPreventedException]"_s,
                               tr("Too many wrong passwords. Operator sign-in for this name is locked for %1 more "
                                  "seconds.")
                                   .arg(wait),
                               409, QString(), wait});
        }
        if (auto recorded = m_store.recordFailure(key, nowMs); !recorded) {
            return fail(recorded.error());
        }
        auto found = m_store.findByName(name);
        if (!found) {
            return fail(found.error());
        }
        record = std::move(*found);
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
    }

    bool passwordOk = false;
    if (record) {
        passwordOk = m_hasher.verify(record->passwordHash, password);
    } else {
        // Same work for an unknown name, so timing does not reveal which names exist.
        m_hasher.verifyDummy(password);
    }
    if (!passwordOk || record->info.disabled) {
        return fail(refused);
    }
    Operator op = record->info;
    if (auto cleared = m_store.clearFailures(key); !cleared) {
        return fail(cleared.error());
    }
    if (m_hasher.needsRehash(record->passwordHash)) {
        if (auto rehashed = m_hasher.hash(password)) {
            (void)m_store.setPasswordHash(op.id, *rehashed);
        }
    }
    if (auto stamped = m_store.setLastSignIn(op.id, nowMs); !stamped) {
        return fail(stamped.error());
    }
    op.lastSignInAt = nowMs;
    return op;
}

} // namespace tfk
