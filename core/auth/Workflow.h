#pragma once

// What every part of the two-factor workflow shares: the injected services, the stores, the rules,
// the audit trail and the checks that several steps make (a user's TOTP generator, a typed code).
//
// Thread model: a Workflow is used by several worker threads at once. Everything in it is either
// immutable after construction (rules, parser, references) or reaches the database through
// Database's per-thread connections, so its methods are safe to call from any thread. Rules that
// must hold across threads and processes are enforced by the database (BEGIN IMMEDIATE
// transactions, conditional UPDATEs, unique constraints), never by state kept here.

#include "auth/RecoveryCodes.h"
#include "auth/ServiceTypes.h"
#include "auth/TwoFactorRules.h"
#include "common/Clock.h"
#include "crypto/PasswordHasher.h"
#include "crypto/SecretCipher.h"
#include "phone/PhoneNumberParser.h"
#include "store/ActivityLog.h"
#include "store/TwoFactorStore.h"
#include "store/UserStore.h"

#include <QCoreApplication>

#include <functional>

namespace tfk {

class TotpGenerator;

class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(tfk::TwoFactorService)

public:
    // Called (from whichever thread made the change) after an audit entry was written or a user changed.
    struct Listener
    {
        std::function<void()> activityRecorded;
        std::function<void(const QString& userId)> userChanged;
    };

    Workflow(Database& database, const Clock& clock, const SecretCipher& cipher, const PasswordHasher& hasher,
             PhoneNumberParser phones, TwoFactorRules rules);

    void setListener(Listener listener) { m_listener = std::move(listener); }

    Database& database() const { return m_database; }
    const Clock& clock() const { return m_clock; }
    const SecretCipher& cipher() const { return m_cipher; }
    const PasswordHasher& hasher() const { return m_hasher; }
    const PhoneNumberParser& phones() const { return m_phones; }
    const TwoFactorRules& rules() const { return m_rules; }
    UserStore& users() { return m_users; }
    TwoFactorStore& twoFactor() { return m_twoFactor; }
    ActivityLog& activity() { return m_activity; }
    RecoveryCodes& recovery() { return m_recovery; }

    qint64 now() const { return m_clock.currentMSecsSinceEpoch(); }
    // A keyed hash (hex) for values looked up but never stored in clear.
    QString hashed(const QString& value) const;

    // Audit entries. A failing audit write does not turn a completed step into a failure; it is
    // reported on stderr instead.
    void audit(const QString& event, const QString& outcome, const QString& userId, const RequestContext& context,
               const QString& phoneMasked = {}, const QString& detail = {});
    void audit(const QString& event, const Error& error, const QString& userId, const RequestContext& context,
               const QString& phoneMasked = {});
    // The same entry written in the write transaction the caller holds (no statement and commit of its
    // own); the caller calls announceActivity() once it committed. Should the transaction roll back, the
    // caller's failure path writes the step's entry instead.
    void auditWithin(const QString& event, const QString& outcome, const QString& userId, const RequestContext& context,
                     const QString& phoneMasked = {}, const QString& detail = {});
    void announceActivity() const;
    // Audits a user-changing step and announces the change when it worked.
    Result<User> recordUserStep(const QString& event, const QString& userId, const RequestContext& context,
                                Result<User> outcome, const QString& detail = {});
    void announceUserChanged(const QString& userId) const;

    // A typed phone as E.164 (empty stays empty), errors on the field "user.mobilePhone".
    Result<QString> userPhone(const QString& typed) const;
    // The TOTP generator of an enrolled user (opens the sealed secret).
    Result<TotpGenerator> generatorFor(const QString& userId);
    // The step `code` matches within the window, refusing steps this user already spent.
    Result<qint64> verifyCode(const QString& userId, TotpGenerator& generator, const QString& code);
    // A texted code or, when `code` has the shape of one, a recovery code of the user (spent here):
    // the step the code matched, or -1 for a recovery code with `recoveryLeft` set. The caller
    // holds the write transaction. Wrong codes of either kind are 421 "[invalid]code".
    Result<qint64> verifyCodeOrRecoveryCode(const QString& userId, TotpGenerator& generator, const QString& code,
                                            int* recoveryLeft);
    // The first step from now on that verification accepts and this user (if any) has not spent.
    Result<qint64> chooseStepToSend(const QString& userId, TotpGenerator& generator, qint64 nowMs);

    // Rate limits and lockouts count only records dated up to this much after now: two desks' clocks may
    // differ by this (ClockCheck warns above it), while a record further ahead was written before the
    // clock was set back, and honouring it would keep a user out longer than the rules say.
    static constexpr qint64 kClockToleranceMs = 10'000;

    static Error validation(const QString& code, const QString& field, const QString& message);
    static Error invalidCode(const QString& message);
    static qint64 secondsUntil(qint64 fromMs, qint64 toMs);

private:
    Database& m_database;
    const Clock& m_clock;
    const SecretCipher& m_cipher;
    const PasswordHasher& m_hasher;
    const PhoneNumberParser m_phones;
    const TwoFactorRules m_rules;
    UserStore m_users;
    TwoFactorStore m_twoFactor;
    ActivityLog m_activity;
    RecoveryCodes m_recovery;
    Listener m_listener;
};

} // namespace tfk
