#include "RecoveryCodes.h"

#include <QSet>
#include <QtCrypto>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

QString randomCode()
{
    const QByteArray bytes = QCA::Random::randomArray(RecoveryCodes::kLength).toByteArray();
    QString code;
    code.reserve(RecoveryCodes::kLength + 1);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i == RecoveryCodes::kLength / 2) {
            code += u'-';
        }
        code += RecoveryCodes::kAlphabet.at(quint8(bytes.at(i)) % RecoveryCodes::kAlphabet.size());
    }
    return code;
}

} // namespace

RecoveryCodes::RecoveryCodes(Database& database, const SecretCipher& cipher, const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
    , m_store(database)
{
}

QString RecoveryCodes::normalize(const QString& typedCode)
{
    QString code;
    code.reserve(typedCode.size());
    for (const QChar c : typedCode) {
        if (c != u'-' && !c.isSpace()) {
            code += c.toUpper();
        }
    }
    return code;
}

bool RecoveryCodes::looksLikeRecoveryCode(const QString& text)
{
    if (text.size() > 4 * kLength) {
        return false;
    }
    const QString code = normalize(text);
    return code.size() == kLength
        && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.unicode() < 128 && kAlphabet.contains(c); });
}

QString RecoveryCodes::hashOf(const QString& userId, const QString& normalizedCode) const
{
    // The user id is part of the hashed value: the same code of two users gives two hashes, and one
    // user's code never matches another's row.
    const QString value = u"recovery-code:"_s % userId % u':' % normalizedCode;
    return QString::fromLatin1(m_cipher.keyedHash(value.toUtf8()).toHex());
}

Result<QStringList> RecoveryCodes::generate(const QString& userId)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction) {
        return fail(transaction.error());
    }
    auto codes = generateWithin(userId);
    if (!codes) {
        return codes;
    }
    if (auto committed = transaction->commit(); !committed) {
        return fail(committed.error());
    }
    return codes;
}

Result<QStringList> RecoveryCodes::generateWithin(const QString& userId)
{
    QStringList codes;
    QSet<QString> seen;
    while (codes.size() < kCount) {
        const QString code = randomCode();
        if (!seen.contains(code)) {
            seen.insert(code);
            codes << code;
        }
    }
    QStringList hashes;
    for (const QString& code : std::as_const(codes)) {
        hashes << hashOf(userId, normalize(code));
    }
    auto exists = m_store.userExists(userId);
    if (!exists) {
        return fail(exists.error());
    }
    if (!*exists) {
        return fail(
            Error {u"[notFound]user"_s, tr("There is no user with the id %1.").arg(userId.left(64)), 404, u"userId"_s});
    }
    if (auto replaced = m_store.replace(userId, hashes, m_clock.currentMSecsSinceEpoch()); !replaced) {
        return fail(replaced.error());
    }
    return codes;
}

Result<int> RecoveryCodes::consume(const QString& userId, const QString& typedCode, qint64 nowMs)
{
    if (!looksLikeRecoveryCode(typedCode)) {
        return fail(wrongCode());
    }
    // The transaction only keeps the count of codes left consistent with the one change.
    auto transaction = Transaction::begin(m_database);
    if (!transaction) {
        return fail(transaction.error());
    }
    auto left = consumeWithin(userId, typedCode, nowMs);
    if (!left) {
        return left;
    }
    if (auto committed = transaction->commit(); !committed) {
        return fail(committed.error());
    }
    return left;
}

Result<int> RecoveryCodes::consumeWithin(const QString& userId, const QString& typedCode, qint64 nowMs)
{
    if (!looksLikeRecoveryCode(typedCode)) {
        return fail(wrongCode());
    }
    // The conditional UPDATE (used_at IS NULL) decides: of any number of threads or processes
    // presenting the same code at once, exactly one spends it.
    auto spent = m_store.markUsed(userId, hashOf(userId, normalize(typedCode)), nowMs);
    if (!spent) {
        return fail(spent.error());
    }
    if (!*spent) {
        return fail(wrongCode());
    }
    return m_store.remaining(userId);
}

Error RecoveryCodes::wrongCode()
{
    return Error {u"[invalid]code"_s, tr("That recovery code is not right, or it was already used."), 421, u"code"_s};
}

Result<int> RecoveryCodes::remaining(const QString& userId)
{
    return m_store.remaining(userId);
}

Result<void> RecoveryCodes::clear(const QString& userId)
{
    return m_store.clear(userId);
}

} // namespace tfk
