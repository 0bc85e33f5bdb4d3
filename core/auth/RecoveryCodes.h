#pragma once

// A user's recovery codes, as FusionAuth 1.26+ has them: ten single-use codes made when two-factor is
// turned on, shown once, then kept only as keyed hashes; any one of them completes a two-factor step
// in place of a texted code when the phone is lost.

#include "common/Clock.h"
#include "crypto/SecretCipher.h"
#include "store/RecoveryCodeStore.h"

#include <QStringList>

namespace tfk {

class RecoveryCodes
{
    Q_DECLARE_TR_FUNCTIONS(tfk::RecoveryCodes)

public:
    static constexpr int kCount = 10;
    static constexpr int kLength = 10; // characters, shown as XXXXX-XXXXX
    // 32 symbols without 0/O and 1/I, so a code read aloud or off paper cannot be mistyped into
    // another valid one; 32 divides 256, so a random byte picks a symbol without bias.
    static constexpr QLatin1StringView kAlphabet {"23456789ABCDEFGHJKLMNPQRSTUVWXYZ"};

    // Every reference must outlive this object; the database must be migrated to schema version 4.
    RecoveryCodes(Database& database, const SecretCipher& cipher, const Clock& clock);

    // A new set of kCount codes (XXXXX-XXXXX) from QCA's random source, returned once: only their keyed
    // hashes are stored, and the user's old codes are void. "[notFound]user" (404) for an unknown user.
    // Runs its own write transaction: call it outside any other transaction.
    Result<QStringList> generate(const QString& userId);
    // Spends one of the user's unused codes; case, spaces and dashes in `typedCode` do not matter.
    // The number of codes left; "[invalid]code" (421) for a wrong, used or another user's code.
    Result<int> consume(const QString& userId, const QString& typedCode, qint64 nowMs);
    // The same two inside a write transaction the caller holds (enable, sign-in completion, disable),
    // so the codes change together with the rest of that step.
    Result<QStringList> generateWithin(const QString& userId);
    Result<int> consumeWithin(const QString& userId, const QString& typedCode, qint64 nowMs);
    // The user's unused codes.
    Result<int> remaining(const QString& userId);
    // Forgets the user's codes (two-factor turned off).
    Result<void> clear(const QString& userId);

    // Upper case, without spaces and dashes: "abcde-fghjk" -> "ABCDEFGHJK".
    static QString normalize(const QString& typedCode);
    // True for something shaped like a recovery code (ten symbols of the alphabet once normalised),
    // false for a six-digit texted code: callers pick which check to run.
    static bool looksLikeRecoveryCode(const QString& text);

    // "[invalid]code" (421) for a recovery code that is wrong, used or another user's.
    static Error wrongCode();

private:
    QString hashOf(const QString& userId, const QString& normalizedCode) const;

    Database& m_database;
    const SecretCipher& m_cipher;
    const Clock& m_clock;
    RecoveryCodeStore m_store;
};

} // namespace tfk
