#include "SignInFlow.h"

#include "totp/TotpGenerator.h"

#include <QDateTime>
#include <QtCrypto>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr int kTwoFactorIdBytes = 32;
constexpr int kTrustIdBytes = 32;
constexpr int kMaxLoginIdLength = 320;
constexpr int kMaxPasswordLength = 1024;

Error challengeGone()
{
    return Error {u"[TwoFactorTimeout]"_s,
                  SignInFlow::tr("This sign-in has expired or does not exist. Sign in again with your password."), 404,
                  u"twoFactorId"_s};
}

Error tooManyAttempts()
{
    return Error {u"[LoginPreventedExceptionTooManyTwoFactorAttempts]"_s,
                  SignInFlow::tr("Too many wrong codes for this sign-in. Sign in again with your password."), 409};
}

// The per-user count of wrong codes lives beside the login failures, under a key no login id hashes to.
QString wrongCodeKey(Workflow& workflow, const QString& userId)
{
    return workflow.hashed(u"two-factor-wrong-codes:"_s % userId);
}

QString randomToken(int bytes)
{
    return QString::fromLatin1(QCA::Random::randomArray(bytes).toByteArray().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

SignInFlow::SignInFlow(Workflow& workflow, CodeDelivery& delivery)
    : m_workflow(workflow)
    , m_delivery(delivery)
{
}

Result<qint64> SignInFlow::lockedUntil(const QString& loginKeyHash, qint64 nowMs)
{
    const TwoFactorRules& rules = m_workflow.rules();
    const qint64 windowMs = rules.passwordFailureWindowSeconds * 1000;
    const qint64 lockMs = rules.lockoutSeconds * 1000;
    auto failures = m_workflow.twoFactor().loginFailuresSince(loginKeyHash, nowMs - windowMs - lockMs,
                                                              nowMs + Workflow::kClockToleranceMs);
    if (!failures) {
        return fail(failures.error());
    }
    // Locked when some run of maxPasswordFailures failures fits in the window and its last failure
    // is less than the lockout ago.
    const int n = rules.maxPasswordFailures;
    qint64 until = 0;
    for (qsizetype last = n - 1; last < failures->size(); ++last) {
        const qint64 first = failures->at(last - n + 1);
        if (failures->at(last) - first <= windowMs) {
            until = std::max(until, failures->at(last) + lockMs);
        }
    }
    return until > nowMs ? until : 0;
}

Result<void> SignInFlow::admitAttempt(const QString& loginKeyHash, qint64 nowMs)
{
    // Lockout, exact under concurrency: the lock is checked and this attempt recorded as a failure in
    // one write transaction, before the (slow) password check; a right password clears the failures
    // afterwards. Guesses running at once on several threads or desks see each other, so no more
    // than maxPasswordFailures of them ever reach a password check inside one window.
    auto transaction = Transaction::begin(m_workflow.database());
    if (!transaction) {
        return fail(transaction.error());
    }
    auto locked = lockedUntil(loginKeyHash, nowMs);
    if (!locked) {
        return fail(locked.error());
    }
    if (*locked > 0) {
        const qint64 wait = Workflow::secondsUntil(nowMs, *locked);
        return fail(Error {u"[LoginPreventedException]"_s,
                           tr("Too many wrong passwords. This account is locked for %1 more seconds.").arg(wait), 409,
                           QString(), wait});
    }
    if (auto recorded = m_workflow.twoFactor().recordLoginFailure(loginKeyHash, nowMs); !recorded) {
        return fail(recorded.error());
    }
    return transaction->commit();
}

Result<LoginResult> SignInFlow::signedIn(const User& user, const RequestContext& context, qint64 at,
                                         const QString& detail)
{
    (void)m_workflow.users().setLastLogin(user.id, at);
    m_workflow.audit(u"login"_s, u"ok"_s, user.id, context, {}, detail);
    m_workflow.announceUserChanged(user.id);
    auto fresh = m_workflow.users().findById(user.id);
    LoginResult result;
    result.user = fresh ? *fresh : user;
    return result;
}

Result<SignInFlow::PasswordStep> SignInFlow::checkPassword(const LoginRequest& request)
{
    const QString event = u"login"_s;
    const RequestContext& context = request.context;
    const qint64 at = m_workflow.now();
    const QString loginId = request.loginId.trimmed();
    UserStore& users = m_workflow.users();

    auto refuse = [&](const Error& error, const QString& userId = {}) -> Result<PasswordStep> {
        m_workflow.audit(event, error, userId, context);
        return fail(error);
    };
    if (loginId.isEmpty()) {
        return refuse(Workflow::validation(u"[blank]loginId"_s, u"loginId"_s, tr("Enter your email or username.")));
    }
    if (request.password.isEmpty()) {
        return refuse(Workflow::validation(u"[blank]password"_s, u"password"_s, tr("Enter your password.")));
    }
    if (loginId.size() > kMaxLoginIdLength || request.password.size() > kMaxPasswordLength) {
        return refuse(Workflow::validation(u"[tooLong]loginId"_s, u"loginId"_s,
                                           tr("The login id or the password is longer than any account allows.")));
    }
    if (!context.applicationId.isEmpty()) {
        auto known = users.applicationExists(context.applicationId);
        if (!known) {
            return refuse(known.error());
        }
        if (!*known) {
            return refuse(Workflow::validation(
                u"[invalid]applicationId"_s, u"applicationId"_s,
                tr("There is no application with the id %1.").arg(context.applicationId.left(64))));
        }
    }

    const QString loginKeyHash = m_workflow.hashed(UserStore::loginKey(loginId));
    if (auto admitted = admitAttempt(loginKeyHash, at); !admitted) {
        return refuse(admitted.error());
    }

    auto found = users.findByLoginId(loginId);
    if (!found) {
        return refuse(found.error());
    }
    const PasswordHasher& hasher = m_workflow.hasher();
    bool passwordOk = false;
    if (*found) {
        auto hash = users.passwordHash((*found)->id);
        if (!hash) {
            return refuse(hash.error());
        }
        passwordOk = hasher.verify(*hash, request.password);
        if (passwordOk && hasher.needsRehash(*hash)) {
            if (auto rehashed = hasher.hash(request.password)) {
                (void)users.setPasswordHash((*found)->id, *rehashed);
            }
        }
    } else {
        // Same work for an unknown login id, so timing does not reveal which ids exist.
        hasher.verifyDummy(request.password);
    }
    if (!passwordOk) {
        // The failure was recorded when the attempt was admitted.
        return refuse(Error {u"[InvalidLogin]"_s, tr("The login id or the password is not right."), 404},
                      *found ? (*found)->id : QString());
    }
    const User user = **found;
    // A right password clears the failures recorded at admission.
    const auto clearFailures = [&] {
        (void)m_workflow.twoFactor().clearLoginFailures(loginKeyHash);
    };

    PasswordStep step;
    if (user.twoFactorEnabled && !request.twoFactorTrustId.isEmpty()) {
        auto trusted = m_workflow.twoFactor().isTrusted(m_workflow.hashed(request.twoFactorTrustId), user.id, at);
        if (!trusted) {
            clearFailures();
            return refuse(trusted.error(), user.id);
        }
        if (*trusted) {
            clearFailures();
            auto result = signedIn(user, context, at, tr("Two-factor skipped: trusted computer."));
            step.result = *result;
            step.result.twoFactorTrustId = request.twoFactorTrustId;
            return step;
        }
    }
    if (!user.twoFactorEnabled) {
        clearFailures();
        step.result = *signedIn(user, context, at, {});
        return step;
    }

    // Clearing the failures, the challenge and its audit entry: one transaction, one commit.
    auto transaction = Transaction::begin(m_workflow.database());
    if (!transaction) {
        clearFailures();
        return refuse(transaction.error(), user.id);
    }
    clearFailures();
    auto started = startChallenge(user, context);
    if (started) {
        m_workflow.auditWithin(event, u"two-factor-required"_s, user.id, context, started->phoneMasked);
        if (auto committed = transaction->commit(); !committed) {
            started = fail(committed.error());
        }
    }
    if (!started) {
        transaction->rollback();
        clearFailures();
        return refuse(started.error(), user.id);
    }
    m_workflow.announceActivity();
    step.result = *started;
    if (user.delivery == TwoFactorDelivery::TextMessage) {
        auto planned = planResend(step.result.twoFactorId, context);
        if (planned) {
            step.send = *planned;
        } else {
            step.sendError = planned.error();
        }
    }
    return step;
}

Result<LoginResult> SignInFlow::startChallenge(const User& user, const RequestContext& context)
{
    const qint64 at = m_workflow.now();
    (void)m_workflow.twoFactor().deleteExpiredChallenges(at);
    LoginResult result;
    result.status = LoginResult::Status::TwoFactorRequired;
    result.user = user;
    result.twoFactorId = randomToken(kTwoFactorIdBytes);
    result.phoneMasked = PhoneNumberParser::mask(user.mobilePhone);
    result.challengeExpiresAt = at + m_workflow.rules().challengeLifetimeSeconds * 1000;
    Challenge challenge;
    challenge.idHash = m_workflow.hashed(result.twoFactorId);
    challenge.userId = user.id;
    challenge.applicationId = context.applicationId;
    challenge.ipAddress = context.ipAddress;
    challenge.createdAt = at;
    challenge.expiresAt = result.challengeExpiresAt;
    if (auto inserted = m_workflow.twoFactor().insertChallenge(challenge); !inserted) {
        return fail(inserted.error());
    }
    return result;
}

Result<PlannedSend> SignInFlow::planResend(const QString& twoFactorId, const RequestContext& context)
{
    const QString event = u"two-factor.send.login"_s;
    const TwoFactorRules& rules = m_workflow.rules();
    TwoFactorStore& twoFactor = m_workflow.twoFactor();
    const qint64 at = m_workflow.now();
    const QString idHash = m_workflow.hashed(twoFactorId);
    auto challenge = twoFactor.challenge(idHash);
    if (!challenge) {
        return fail(challenge.error());
    }
    if (!*challenge || (*challenge)->expiresAt <= at) {
        m_workflow.audit(event, challengeGone(), {}, context);
        return fail(challengeGone());
    }
    const Challenge c = **challenge;
    if (c.wrongCodes >= rules.maxWrongCodes) {
        m_workflow.audit(event, tooManyAttempts(), c.userId, context);
        return fail(tooManyAttempts());
    }
    auto user = m_workflow.users().findById(c.userId);
    if (!user) {
        return fail(user.error());
    }
    auto phone = m_workflow.phones().parse(user->mobilePhone);
    if (!phone) {
        m_workflow.audit(event, phone.error(), c.userId, context);
        return fail(phone.error());
    }
    const QString masked = phone->masked();
    const qint64 cooldownMs = rules.sendCooldownSeconds * 1000;
    auto cooling = [&](qint64 lastSentAt) {
        const qint64 wait = Workflow::secondsUntil(at, lastSentAt + cooldownMs);
        return Error {
            u"[TooManyRequests]"_s,
            tr("A code was just sent to %1. Wait %2 seconds before asking for another.").arg(masked).arg(wait), 429,
            QString(), wait};
    };
    if (c.lastSentAt > 0 && c.lastSentAt + cooldownMs > at && c.lastSentAt <= at + Workflow::kClockToleranceMs) {
        m_workflow.audit(event, cooling(c.lastSentAt), c.userId, context, masked);
        return fail(cooling(c.lastSentAt));
    }
    auto generator = m_workflow.generatorFor(c.userId);
    if (!generator) {
        return fail(generator.error());
    }
    auto step = m_workflow.chooseStepToSend(c.userId, *generator, at);
    if (!step) {
        m_workflow.audit(event, step.error(), c.userId, context, masked);
        return fail(step.error());
    }
    // The challenge's cooldown is claimed in the same transaction that checks the phone's limits and
    // logs the text: of two resends racing for one twoFactorId exactly one sends. The cooldown
    // starts when the send is attempted, whatever its outcome.
    const auto claim = [&]() -> Result<void> {
        auto claimed = twoFactor.claimChallengeSend(idHash, at, cooldownMs, rules.maxWrongCodes,
                                                    at + Workflow::kClockToleranceMs);
        if (!claimed) {
            return fail(claimed.error());
        }
        if (*claimed) {
            return {};
        }
        auto now = twoFactor.challenge(idHash);
        if (!now) {
            return fail(now.error());
        }
        if (!*now || (*now)->expiresAt <= at) {
            return fail(challengeGone());
        }
        if ((*now)->wrongCodes >= rules.maxWrongCodes) {
            return fail(tooManyAttempts());
        }
        return fail(cooling((*now)->lastSentAt));
    };
    return m_delivery.reserve(u"login"_s, *phone, generator->codeForStep(*step), c.userId, context, false, claim);
}

Result<LoginResult> SignInFlow::complete(const QString& twoFactorId, const QString& code, bool trustComputer,
                                         const RequestContext& context)
{
    const QString event = u"two-factor.login"_s;
    const TwoFactorRules& rules = m_workflow.rules();
    TwoFactorStore& twoFactor = m_workflow.twoFactor();
    const qint64 at = m_workflow.now();
    const QString idHash = m_workflow.hashed(twoFactorId);
    QString userId;
    auto outcome = [&]() -> Result<LoginResult> {
        // From reading the challenge to spending the step, one write transaction: a twoFactorId hit
        // by several clients at once counts every wrong code, dies at exactly maxWrongCodes, and
        // completes at most once (consumeChallenge refuses a challenge already gone, the primary key
        // of two_factor_used_steps a step already spent).
        auto transaction = Transaction::begin(m_workflow.database());
        if (!transaction) {
            return fail(transaction.error());
        }
        auto challenge = twoFactor.challenge(idHash);
        if (!challenge) {
            return fail(challenge.error());
        }
        if (!*challenge || (*challenge)->expiresAt <= at) {
            if (*challenge) {
                (void)twoFactor.deleteChallenge(idHash);
                (void)transaction->commit();
            }
            return fail(challengeGone());
        }
        const Challenge c = **challenge;
        userId = c.userId;
        if (c.wrongCodes >= rules.maxWrongCodes) {
            return fail(tooManyAttempts());
        }
        const QString userKey = wrongCodeKey(m_workflow, c.userId);
        const qint64 hourMs = 3600 * 1000;
        auto recentWrong = twoFactor.loginFailuresSince(userKey, at - hourMs, at + Workflow::kClockToleranceMs);
        if (!recentWrong) {
            return fail(recentWrong.error());
        }
        if (recentWrong->size() >= rules.maxWrongCodesPerUserPerHour) {
            const qint64 oldest = *std::min_element(recentWrong->cbegin(), recentWrong->cend());
            const qint64 wait = Workflow::secondsUntil(at, oldest + hourMs);
            return fail(
                Error {u"[LoginPreventedExceptionTooManyTwoFactorAttempts]"_s,
                       tr("Too many wrong codes for this account in the last hour. Try again in %1 seconds.").arg(wait),
                       409, QString(), wait});
        }
        auto generator = m_workflow.generatorFor(c.userId);
        if (!generator) {
            return fail(generator.error());
        }
        // A recovery code in place of the texted one is spent here, inside this transaction; a wrong
        // one counts toward the challenge's wrong-code limit like a wrong texted code.
        int recoveryLeft = -1;
        auto step = m_workflow.verifyCodeOrRecoveryCode(c.userId, *generator, code, &recoveryLeft);
        if (!step) {
            if (step.error().httpStatus != 421) {
                return fail(step.error());
            }
            auto wrong = twoFactor.recordWrongCode(idHash);
            if (!wrong) {
                return fail(wrong.error());
            }
            if (auto counted = twoFactor.recordLoginFailure(userKey, at); !counted) {
                return fail(counted.error());
            }
            if (auto committed = transaction->commit(); !committed) {
                return fail(committed.error());
            }
            const int left = rules.maxWrongCodes - *wrong;
            Error error = step.error();
            error.message = left > 0
                ? tr("%1 Attempts left: %2.").arg(error.message).arg(left)
                : tr("%1 That was the last attempt: sign in again with your password.").arg(error.message);
            return fail(error);
        }
        LoginResult result;
        result.recoveryCodesLeft = recoveryLeft;
        if (trustComputer) {
            result.twoFactorTrustId = randomToken(kTrustIdBytes);
        }
        if (*step >= 0) {
            if (auto marked = twoFactor.markStepUsed(c.userId, *step, at); !marked) {
                return fail(marked.error());
            }
        }
        if (auto consumed = twoFactor.consumeChallenge(idHash); !consumed) {
            return fail(challengeGone());
        }
        if (auto cleared = twoFactor.clearLoginFailures(userKey); !cleared) {
            return fail(cleared.error());
        }
        if (auto last = m_workflow.users().setLastLogin(c.userId, at); !last) {
            return fail(last.error());
        }
        if (trustComputer) {
            if (auto trusted = twoFactor.insertTrust(m_workflow.hashed(result.twoFactorTrustId), c.userId, at,
                                                     at + rules.trustLifetimeSeconds * 1000);
                !trusted) {
                return fail(trusted.error());
            }
        }
        if (*step >= 0) {
            (void)twoFactor.forgetStepsBefore(c.userId, *step - VerificationWindow::kMaxLookBehind - 1);
        }
        // Read inside the transaction, as it leaves the user.
        auto user = m_workflow.users().findById(c.userId);
        if (!user) {
            return fail(user.error());
        }
        result.status = LoginResult::Status::Authenticated;
        result.user = *user;
        QStringList details;
        if (result.recoveryCodesLeft >= 0) {
            details << tr("Signed in with a recovery code; %n left.", nullptr, result.recoveryCodesLeft);
        }
        if (trustComputer) {
            details << tr("This computer is now trusted until %1.")
                           .arg(QDateTime::fromMSecsSinceEpoch(at + rules.trustLifetimeSeconds * 1000)
                                    .toUTC()
                                    .toString(Qt::ISODate));
        }
        // The audit entry commits with the completion.
        m_workflow.auditWithin(event, u"ok"_s, userId, context, PhoneNumberParser::mask(user->mobilePhone),
                               details.join(u' '));
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        return result;
    }();
    if (outcome) {
        m_workflow.announceActivity();
        m_workflow.announceUserChanged(userId);
    } else {
        m_workflow.audit(event, outcome.error(), userId, context);
    }
    return outcome;
}

Result<ChallengeStatus> SignInFlow::status(const QString& twoFactorId)
{
    auto challenge = m_workflow.twoFactor().challenge(m_workflow.hashed(twoFactorId));
    if (!challenge) {
        return fail(challenge.error());
    }
    if (!*challenge || (*challenge)->expiresAt <= m_workflow.now()) {
        return fail(challengeGone());
    }
    const Challenge c = **challenge;
    auto user = m_workflow.users().findById(c.userId);
    if (!user) {
        return fail(user.error());
    }
    const TwoFactorRules& rules = m_workflow.rules();
    ChallengeStatus status;
    status.phoneMasked = PhoneNumberParser::mask(user->mobilePhone);
    status.expiresAt = c.expiresAt;
    status.attemptsLeft = std::max(0, rules.maxWrongCodes - c.wrongCodes);
    const bool sentBeforeClockWentBack = c.lastSentAt > m_workflow.now() + Workflow::kClockToleranceMs;
    status.nextSendAt
        = c.lastSentAt > 0 && !sentBeforeClockWentBack ? c.lastSentAt + rules.sendCooldownSeconds * 1000 : 0;
    status.sends = c.sends;
    return status;
}

} // namespace tfk
