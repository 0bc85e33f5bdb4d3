#include "TwoFactorService.h"

#include "store/Schema.h"
#include "totp/TotpGenerator.h"

#include <QDateTime>
#include <QtCrypto>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr int kTwoFactorIdBytes = 32;
constexpr int kTrustIdBytes = 32;
constexpr int kMaxLoginIdLength = 320;
constexpr int kMaxPasswordLength = 1024;
constexpr int kMinPasswordLength = 8;
constexpr int kMaxNameLength = 200;
const QString kDataKeyCheckMeta = u"data_key_check"_s;
const QByteArray kDataKeyCheckPlain = "TwoFactorKiosk data key check"_ba;

template <typename T> QFuture<Result<T>> ready(Result<T> result)
{
    return QtFuture::makeReadyValueFuture(std::move(result));
}

Error validation(const QString& code, const QString& field, const QString& message)
{
    return Error {code, message, 400, field};
}

Error invalidCode(const QString& message)
{
    return Error {u"[invalid]code"_s, message, 421, u"code"_s};
}

Error challengeGone()
{
    return Error {u"[TwoFactorTimeout]"_s,
                  TwoFactorService::tr("This sign-in has expired or does not exist. Sign in again with your password."),
                  404, u"twoFactorId"_s};
}

Error tooManyAttempts()
{
    return Error {u"[LoginPreventedExceptionTooManyTwoFactorAttempts]"_s,
                  TwoFactorService::tr("Too many wrong codes for this sign-in. Sign in again with your password."),
                  409};
}

QString randomToken(int bytes)
{
    return QString::fromLatin1(QCA::Random::randomArray(bytes).toByteArray().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 secondsUntil(qint64 fromMs, qint64 toMs)
{
    return std::max<qint64>(1, (toMs - fromMs + 999) / 1000);
}

} // namespace

TwoFactorService::TwoFactorService(Database& database, SmsSender& sms, const Clock& clock, const SecretCipher& cipher,
                                   const PasswordHasher& hasher, PhoneNumberParser phones, TwoFactorRules rules,
                                   QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_sms(sms)
    , m_clock(clock)
    , m_cipher(cipher)
    , m_hasher(hasher)
    , m_phones(std::move(phones))
    , m_rules(std::move(rules))
    , m_users(database, clock)
    , m_twoFactor(database)
    , m_activity(database)
{
    connect(&m_sms, &SmsSender::deliveryStatusChanged, this,
            [this](const QString& messageId, const QString& status, int errorCode, const QString& errorMessage) {
                auto updated = m_activity.updateSmsDelivery(
                    messageId, status, errorCode != 0 ? QString::number(errorCode) : QString(), errorMessage);
                if (!updated) {
                    qWarning("SMS log update failed: %s", qPrintable(updated.error().message));
                }
                Q_EMIT smsStatusChanged(messageId, status, errorMessage);
                Q_EMIT activityRecorded();
            });
}

TwoFactorService::~TwoFactorService() = default;

Result<void> TwoFactorService::prepareStorage(Database& database, const SecretCipher& cipher)
{
    if (auto migrated = Schema::migrate(database); !migrated) {
        return migrated;
    }
    auto check = Schema::metaValue(database, kDataKeyCheckMeta);
    if (!check) {
        return fail(check.error());
    }
    if (check->isEmpty()) {
        auto sealed = cipher.seal(kDataKeyCheckPlain, kDataKeyCheckMeta.toLatin1());
        if (!sealed) {
            return fail(sealed.error());
        }
        return Schema::setMetaValue(database, kDataKeyCheckMeta, QString::fromLatin1(sealed->toBase64()));
    }
    auto opened = cipher.open(QByteArray::fromBase64(check->toLatin1()), kDataKeyCheckMeta.toLatin1());
    if (!opened || *opened != kDataKeyCheckPlain) {
        return fail(Error {u"[DataKeyMismatch]"_s,
                           tr("The data key does not match the database %1: it was set up with another key, so the "
                              "two-factor secrets cannot be read. Restore the original key file (or TFK_DATA_KEY), "
                              "or use the database that belongs to this key.")
                               .arg(database.location()),
                           500});
    }
    return {};
}

TotpSecret TwoFactorService::generateSecret() const
{
    return TotpSecret::generate();
}

QString TwoFactorService::hashed(const QString& value) const
{
    return QString::fromLatin1(m_cipher.keyedHash(value.toUtf8()).toHex());
}

void TwoFactorService::audit(const QString& event, const QString& outcome, const QString& userId,
                             const RequestContext& context, const QString& phoneMasked, const QString& detail)
{
    // A failing audit write must not turn a completed step into a failure; it is reported instead.
    auto written = m_activity.audit(
        AuditEntry {0, now(), event, outcome, userId, context.applicationId, context.ipAddress, phoneMasked, detail});
    if (!written) {
        qWarning("audit log write failed: %s", qPrintable(written.error().message));
    }
    Q_EMIT activityRecorded();
}

void TwoFactorService::audit(const QString& event, const Error& error, const QString& userId,
                             const RequestContext& context, const QString& phoneMasked)
{
    audit(event, error.code, userId, context, phoneMasked, error.message);
}

Result<User> TwoFactorService::recordUserStep(const QString& event, const QString& userId,
                                              const RequestContext& context, Result<User> outcome,
                                              const QString& detail)
{
    if (outcome) {
        audit(event, u"ok"_s, outcome->id, context, PhoneNumberParser::mask(outcome->mobilePhone), detail);
        Q_EMIT userChanged(outcome->id);
    } else {
        audit(event, outcome.error(), userId, context);
    }
    return outcome;
}

Result<QString> TwoFactorService::userPhone(const QString& typed) const
{
    if (typed.trimmed().isEmpty()) {
        return QString();
    }
    auto parsed = m_phones.parse(typed);
    if (!parsed) {
        // The same check as for enrollment, reported on the user's field.
        Error error = parsed.error();
        error.code.replace(u"]mobilePhone"_s, u"]user.mobilePhone"_s);
        error.field = u"user.mobilePhone"_s;
        return fail(error);
    }
    return parsed->e164;
}

Result<TotpGenerator> TwoFactorService::generatorFor(const QString& userId)
{
    auto sealed = m_users.sealedSecret(userId);
    if (!sealed) {
        return fail(sealed.error());
    }
    if (sealed->isEmpty()) {
        return fail(Error {u"[TwoFactorNotEnabled]"_s, tr("This user has no two-factor secret."), 400});
    }
    auto secret = m_cipher.open(*sealed, userId.toLatin1());
    if (!secret) {
        return fail(secret.error());
    }
    return TotpGenerator::create(*secret);
}

Result<qint64> TwoFactorService::chooseStepToSend(const QString& userId, TotpGenerator& generator, qint64 nowMs)
{
    const qint64 current = generator.stepAt(nowMs / 1000);
    QSet<qint64> used;
    if (!userId.isEmpty()) {
        auto steps = m_twoFactor.usedSteps(userId, current, current + m_rules.lookAheadSteps);
        if (!steps) {
            return fail(steps.error());
        }
        used = *steps;
    }
    // Single use would refuse a step already spent (say, the code that just enabled two-factor):
    // text the first step from now on that verification still accepts and nobody has used.
    for (qint64 step = current; step <= current + m_rules.lookAheadSteps; ++step) {
        if (!used.contains(step)) {
            return step;
        }
    }
    const qint64 wait = secondsUntil(nowMs, generator.stepStart(current + 1) * 1000);
    return fail(
        Error {u"[TooManyRequests]"_s,
               tr("Every code valid right now has already been used. A new code can be sent in %1 seconds.").arg(wait),
               429, QString(), wait});
}

Result<void> TwoFactorService::checkSendLimits(const QString& phoneHash, const QString& phoneMasked, bool phoneCooldown,
                                               qint64 nowMs)
{
    auto toPhone = m_activity.smsTimesSince(phoneHash, nowMs - m_rules.phoneSendWindowSeconds * 1000);
    if (!toPhone) {
        return fail(toPhone.error());
    }
    // A login challenge has its own cooldown (resendLoginCode); the phone's cooldown keeps repeated
    // enrollment sends apart without stopping the first login text right after enrollment.
    if (phoneCooldown && !toPhone->isEmpty() && toPhone->last() + m_rules.sendCooldownSeconds * 1000 > nowMs) {
        const qint64 wait = secondsUntil(nowMs, toPhone->last() + m_rules.sendCooldownSeconds * 1000);
        return fail(Error {
            u"[TooManyRequests]"_s,
            tr("A code was just sent to %1. Wait %2 seconds before asking for another.").arg(phoneMasked).arg(wait),
            429, QString(), wait});
    }
    if (toPhone->size() >= m_rules.maxSendsPerPhone) {
        const qint64 wait = secondsUntil(nowMs, toPhone->first() + m_rules.phoneSendWindowSeconds * 1000);
        return fail(Error {u"[TooManyRequests]"_s,
                           tr("%1 has received %2 codes in the last %3 minutes, the limit. Try again in %4 seconds.")
                               .arg(phoneMasked)
                               .arg(toPhone->size())
                               .arg(m_rules.phoneSendWindowSeconds / 60)
                               .arg(wait),
                           429, QString(), wait});
    }
    auto all = m_activity.smsTimesSince(nowMs - 3600 * 1000);
    if (!all) {
        return fail(all.error());
    }
    if (all->size() >= m_rules.maxSendsPerHour) {
        const qint64 wait = secondsUntil(nowMs, all->first() + 3600 * 1000);
        return fail(Error {u"[SmsHourlyLimit]"_s,
                           tr("This kiosk has sent %1 text messages in the last hour, its limit (a guard against SMS "
                              "fraud). Try again in %2 seconds, or raise the limit in Settings.")
                               .arg(all->size())
                               .arg(wait),
                           429, QString(), wait});
    }
    return {};
}

QFuture<Result<SendReceipt>> TwoFactorService::sendCode(const QString& purpose, const PhoneNumber& phone,
                                                        const QString& code, const QString& userId,
                                                        const RequestContext& context)
{
    const QString event = u"two-factor.send."_s % purpose;
    const qint64 at = now();
    const QString phoneHash = hashed(phone.e164);
    const QString masked = phone.masked();
    if (auto allowed = checkSendLimits(phoneHash, masked, purpose != u"login"_s, at); !allowed) {
        audit(event, allowed.error(), userId, context, masked);
        return ready(Result<SendReceipt>(fail(allowed.error())));
    }
    // Logged before it leaves, so concurrent requests count it against the limits.
    auto logged = m_activity.logSms(SmsLogEntry {0, at, purpose, phoneHash, masked, userId, {}, u"sending"_s, {}, {}});
    if (!logged) {
        audit(event, logged.error(), userId, context, masked);
        return ready(Result<SendReceipt>(fail(logged.error())));
    }
    const qint64 logId = *logged;
    return m_sms.send(SmsMessage {phone.e164, m_rules.renderSms(code)})
        .then(this, [this, event, logId, masked, userId, context, at](const Result<SmsReceipt>& sent) {
            if (!sent) {
                (void)m_activity.updateSms(logId, u"failed"_s, {}, sent.error().code, sent.error().message);
                const Error error {u"[TwoFactorSendFailed]"_s,
                                   tr("The code could not be texted to %1: %2").arg(masked, sent.error().message), 500,
                                   QString(), sent.error().retryAfterSeconds};
                audit(event, error.code, userId, context, masked, error.message);
                return Result<SendReceipt>(fail(error));
            }
            (void)m_activity.updateSms(logId, sent->status, sent->messageId, {}, {});
            audit(event, u"ok"_s, userId, context, masked, sent->messageId);
            return Result<SendReceipt>(SendReceipt {masked, sent->messageId, sent->status, at});
        });
}

QFuture<Result<SendReceipt>> TwoFactorService::sendEnrollmentCode(const QString& mobilePhone, const QString& secret,
                                                                  const RequestContext& context)
{
    const QString event = u"two-factor.send.enrollment"_s;
    auto phone = m_phones.parse(mobilePhone);
    if (!phone) {
        audit(event, phone.error(), {}, context);
        return ready(Result<SendReceipt>(fail(phone.error())));
    }
    auto parsedSecret = TotpSecret::fromSecret(secret);
    if (!parsedSecret) {
        Error error = parsedSecret.error();
        error.httpStatus = 400;
        error.field = u"secret"_s;
        audit(event, error, {}, context, phone->masked());
        return ready(Result<SendReceipt>(fail(error)));
    }
    auto generator = TotpGenerator::create(parsedSecret->key());
    if (!generator) {
        return ready(Result<SendReceipt>(fail(generator.error())));
    }
    auto step = chooseStepToSend({}, *generator, now());
    if (!step) {
        return ready(Result<SendReceipt>(fail(step.error())));
    }
    return sendCode(u"enrollment"_s, *phone, generator->codeForStep(*step), {}, context);
}

QFuture<Result<SendReceipt>> TwoFactorService::sendCodeToUser(const QString& userId, const RequestContext& context)
{
    const QString event = u"two-factor.send.user"_s;
    auto user = m_users.findById(userId);
    if (!user) {
        audit(event, user.error(), {}, context);
        return ready(Result<SendReceipt>(fail(user.error())));
    }
    if (!user->twoFactorEnabled || user->mobilePhone.isEmpty()) {
        const Error error = validation(
            u"[TwoFactorNotEnabled]"_s, u"userId"_s,
            user->twoFactorEnabled ? tr("%1 has no mobile phone to text a code to.").arg(user->loginId())
                                   : tr("Two-factor authentication is not enabled for %1.").arg(user->loginId()));
        audit(event, error, userId, context);
        return ready(Result<SendReceipt>(fail(error)));
    }
    auto phone = m_phones.parse(user->mobilePhone);
    if (!phone) {
        return ready(Result<SendReceipt>(fail(phone.error())));
    }
    auto generator = generatorFor(userId);
    if (!generator) {
        return ready(Result<SendReceipt>(fail(generator.error())));
    }
    auto step = chooseStepToSend(userId, *generator, now());
    if (!step) {
        audit(event, step.error(), userId, context, phone->masked());
        return ready(Result<SendReceipt>(fail(step.error())));
    }
    return sendCode(u"user"_s, *phone, generator->codeForStep(*step), userId, context);
}

Result<qint64> TwoFactorService::verifyCode(const QString& userId, TotpGenerator& generator, const QString& code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty()) {
        return fail(validation(u"[blank]code"_s, u"code"_s, tr("Enter the code from the text message.")));
    }
    if (!TotpGenerator::isWellFormedCode(trimmed, generator.parameters().digits)) {
        return fail(invalidCode(tr("A code is exactly %1 digits.").arg(generator.parameters().digits)));
    }
    const auto step = generator.verify(trimmed, m_clock.currentSecsSinceEpoch(),
                                       VerificationWindow {m_rules.lookBehindSteps, m_rules.lookAheadSteps});
    if (!step) {
        return fail(invalidCode(tr("That code is not right, or it has expired. Check the newest text message.")));
    }
    if (!userId.isEmpty()) {
        auto used = m_twoFactor.usedSteps(userId, *step, *step);
        if (!used) {
            return fail(used.error());
        }
        if (!used->isEmpty()) {
            return fail(invalidCode(tr("That code has already been used. Use the newest code.")));
        }
    }
    return *step;
}

Result<User> TwoFactorService::enableTwoFactor(const QString& userId, const QString& code, const QString& secret,
                                               TwoFactorDelivery delivery, const RequestContext& context)
{
    const QString event = u"two-factor.enable"_s;
    auto outcome = [&]() -> Result<User> {
        auto user = m_users.findById(userId);
        if (!user) {
            return user;
        }
        if (user->twoFactorEnabled) {
            return fail(validation(u"[TwoFactorAlreadyEnabled]"_s, u"userId"_s,
                                   tr("Two-factor authentication is already enabled for %1. Disable it first to "
                                      "enroll again.")
                                       .arg(user->loginId())));
        }
        if (delivery == TwoFactorDelivery::TextMessage && user->mobilePhone.isEmpty()) {
            return fail(validation(u"[blank]user.mobilePhone"_s, u"user.mobilePhone"_s,
                                   tr("Text-message delivery needs a mobile phone number on the user.")));
        }
        auto parsedSecret = TotpSecret::fromSecret(secret);
        if (!parsedSecret) {
            Error error = parsedSecret.error();
            error.httpStatus = 400;
            error.field = u"secret"_s;
            return fail(error);
        }
        auto generator = TotpGenerator::create(parsedSecret->key());
        if (!generator) {
            return fail(generator.error());
        }
        auto step = verifyCode(userId, *generator, code);
        if (!step) {
            return fail(step.error());
        }
        auto sealed = m_cipher.seal(parsedSecret->key(), userId.toLatin1());
        if (!sealed) {
            return fail(sealed.error());
        }
        // Both writes or neither: a user is never left enabled without the step spent, or the reverse.
        auto transaction = Transaction::begin(m_database);
        if (!transaction) {
            return fail(transaction.error());
        }
        if (auto marked = m_twoFactor.markStepUsed(userId, *step, now()); !marked) {
            return fail(marked.error());
        }
        if (auto set = m_users.setTwoFactor(userId, true, delivery, *sealed); !set) {
            return fail(set.error());
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        (void)m_twoFactor.forgetStepsBefore(userId, *step - VerificationWindow::kMaxLookBehind - 1);
        return m_users.findById(userId);
    }();
    return recordUserStep(event, userId, context, std::move(outcome), deliveryName(delivery));
}

Result<User> TwoFactorService::disableTwoFactor(const QString& userId, const QString& code,
                                                const RequestContext& context)
{
    const QString event = u"two-factor.disable"_s;
    auto outcome = [&]() -> Result<User> {
        auto user = m_users.findById(userId);
        if (!user) {
            return user;
        }
        if (!user->twoFactorEnabled) {
            return fail(validation(u"[TwoFactorNotEnabled]"_s, u"userId"_s,
                                   tr("Two-factor authentication is not enabled for %1.").arg(user->loginId())));
        }
        auto generator = generatorFor(userId);
        if (!generator) {
            return fail(generator.error());
        }
        auto step = verifyCode(userId, *generator, code);
        if (!step) {
            return fail(step.error());
        }
        auto transaction = Transaction::begin(m_database);
        if (!transaction) {
            return fail(transaction.error());
        }
        // The secret goes, so do its spent steps and every computer trusted under it.
        if (auto forgotten = m_twoFactor.forgetStepsBefore(userId, std::numeric_limits<qint64>::max()); !forgotten) {
            return fail(forgotten.error());
        }
        if (auto untrusted = m_twoFactor.forgetTrust(userId); !untrusted) {
            return fail(untrusted.error());
        }
        if (auto set = m_users.setTwoFactor(userId, false, TwoFactorDelivery::None, {}); !set) {
            return fail(set.error());
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        return m_users.findById(userId);
    }();
    return recordUserStep(event, userId, context, std::move(outcome));
}

Result<qint64> TwoFactorService::lockedUntil(const QString& loginKeyHash, qint64 nowMs)
{
    const qint64 windowMs = m_rules.passwordFailureWindowSeconds * 1000;
    const qint64 lockMs = m_rules.lockoutSeconds * 1000;
    auto failures = m_twoFactor.loginFailuresSince(loginKeyHash, nowMs - windowMs - lockMs);
    if (!failures) {
        return fail(failures.error());
    }
    // Locked when some run of maxPasswordFailures failures fits in the window and its last failure
    // is less than the lockout ago.
    const int n = m_rules.maxPasswordFailures;
    qint64 until = 0;
    for (qsizetype last = n - 1; last < failures->size(); ++last) {
        const qint64 first = failures->at(last - n + 1);
        if (failures->at(last) - first <= windowMs) {
            until = std::max(until, failures->at(last) + lockMs);
        }
    }
    return until > nowMs ? until : 0;
}

QFuture<Result<LoginResult>> TwoFactorService::login(const LoginRequest& request)
{
    const QString event = u"login"_s;
    const RequestContext& context = request.context;
    const qint64 at = now();
    const QString loginId = request.loginId.trimmed();

    auto refuse = [&](const Error& error, const QString& userId = {}) {
        audit(event, error, userId, context);
        return ready(Result<LoginResult>(fail(error)));
    };
    if (loginId.isEmpty()) {
        return refuse(validation(u"[blank]loginId"_s, u"loginId"_s, tr("Enter your email or username.")));
    }
    if (request.password.isEmpty()) {
        return refuse(validation(u"[blank]password"_s, u"password"_s, tr("Enter your password.")));
    }
    if (loginId.size() > kMaxLoginIdLength || request.password.size() > kMaxPasswordLength) {
        return refuse(validation(u"[tooLong]loginId"_s, u"loginId"_s,
                                 tr("The login id or the password is longer than any account allows.")));
    }
    if (!context.applicationId.isEmpty()) {
        auto known = m_users.applicationExists(context.applicationId);
        if (!known) {
            return refuse(known.error());
        }
        if (!*known) {
            return refuse(
                validation(u"[invalid]applicationId"_s, u"applicationId"_s,
                           tr("There is no application with the id %1.").arg(context.applicationId.left(64))));
        }
    }

    const QString loginKeyHash = hashed(UserStore::loginKey(loginId));
    auto locked = lockedUntil(loginKeyHash, at);
    if (!locked) {
        return refuse(locked.error());
    }
    if (*locked > 0) {
        const qint64 wait = secondsUntil(at, *locked);
        return refuse(Error {u"[LoginPreventedException]"_s,
                             tr("Too many wrong passwords. This account is locked for %1 more seconds.").arg(wait), 409,
                             QString(), wait});
    }

    auto found = m_users.findByLoginId(loginId);
    if (!found) {
        return refuse(found.error());
    }
    bool passwordOk = false;
    if (*found) {
        auto hash = m_users.passwordHash((*found)->id);
        if (!hash) {
            return refuse(hash.error());
        }
        passwordOk = m_hasher.verify(*hash, request.password);
        if (passwordOk && m_hasher.needsRehash(*hash)) {
            if (auto rehashed = m_hasher.hash(request.password)) {
                (void)m_users.setPasswordHash((*found)->id, *rehashed);
            }
        }
    } else {
        // Same work for an unknown login id, so timing does not reveal which ids exist.
        m_hasher.verifyDummy(request.password);
    }
    if (!passwordOk) {
        (void)m_twoFactor.recordLoginFailure(loginKeyHash, at);
        return refuse(Error {u"[InvalidLogin]"_s, tr("The login id or the password is not right."), 404},
                      *found ? (*found)->id : QString());
    }
    const User user = **found;
    (void)m_twoFactor.clearLoginFailures(loginKeyHash);

    if (user.twoFactorEnabled && !request.twoFactorTrustId.isEmpty()) {
        auto trusted = m_twoFactor.isTrusted(hashed(request.twoFactorTrustId), user.id, at);
        if (!trusted) {
            return refuse(trusted.error(), user.id);
        }
        if (*trusted) {
            (void)m_users.setLastLogin(user.id, at);
            audit(event, u"ok"_s, user.id, context, {}, tr("Two-factor skipped: trusted computer."));
            Q_EMIT userChanged(user.id);
            auto fresh = m_users.findById(user.id);
            LoginResult result;
            result.user = fresh ? *fresh : user;
            result.twoFactorTrustId = request.twoFactorTrustId;
            return ready(Result<LoginResult>(result));
        }
    }
    if (!user.twoFactorEnabled) {
        (void)m_users.setLastLogin(user.id, at);
        audit(event, u"ok"_s, user.id, context);
        Q_EMIT userChanged(user.id);
        auto fresh = m_users.findById(user.id);
        LoginResult result;
        result.user = fresh ? *fresh : user;
        return ready(Result<LoginResult>(result));
    }

    auto started = startChallenge(user, context);
    if (!started) {
        return refuse(started.error(), user.id);
    }
    const LoginResult pending = *started;
    audit(event, u"two-factor-required"_s, user.id, context, pending.phoneMasked);
    if (user.delivery != TwoFactorDelivery::TextMessage) {
        return ready(Result<LoginResult>(pending));
    }
    return resendLoginCode(pending.twoFactorId, context).then(this, [pending](const Result<SendReceipt>& sent) {
        LoginResult result = pending;
        if (!sent) {
            result.deliveryError = sent.error();
        }
        return Result<LoginResult>(result);
    });
}

Result<LoginResult> TwoFactorService::startChallenge(const User& user, const RequestContext& context)
{
    const qint64 at = now();
    (void)m_twoFactor.deleteExpiredChallenges(at);
    LoginResult result;
    result.status = LoginResult::Status::TwoFactorRequired;
    result.user = user;
    result.twoFactorId = randomToken(kTwoFactorIdBytes);
    result.phoneMasked = PhoneNumberParser::mask(user.mobilePhone);
    result.challengeExpiresAt = at + m_rules.challengeLifetimeSeconds * 1000;
    Challenge challenge;
    challenge.idHash = hashed(result.twoFactorId);
    challenge.userId = user.id;
    challenge.applicationId = context.applicationId;
    challenge.ipAddress = context.ipAddress;
    challenge.createdAt = at;
    challenge.expiresAt = result.challengeExpiresAt;
    if (auto inserted = m_twoFactor.insertChallenge(challenge); !inserted) {
        return fail(inserted.error());
    }
    return result;
}

QFuture<Result<SendReceipt>> TwoFactorService::resendLoginCode(const QString& twoFactorId,
                                                               const RequestContext& context)
{
    const QString event = u"two-factor.send.login"_s;
    const qint64 at = now();
    const QString idHash = hashed(twoFactorId);
    auto challenge = m_twoFactor.challenge(idHash);
    if (!challenge) {
        return ready(Result<SendReceipt>(fail(challenge.error())));
    }
    if (!*challenge || (*challenge)->expiresAt <= at) {
        audit(event, challengeGone(), {}, context);
        return ready(Result<SendReceipt>(fail(challengeGone())));
    }
    const Challenge c = **challenge;
    if (c.wrongCodes >= m_rules.maxWrongCodes) {
        audit(event, tooManyAttempts(), c.userId, context);
        return ready(Result<SendReceipt>(fail(tooManyAttempts())));
    }
    auto user = m_users.findById(c.userId);
    if (!user) {
        return ready(Result<SendReceipt>(fail(user.error())));
    }
    auto phone = m_phones.parse(user->mobilePhone);
    if (!phone) {
        audit(event, phone.error(), c.userId, context);
        return ready(Result<SendReceipt>(fail(phone.error())));
    }
    if (c.lastSentAt > 0 && c.lastSentAt + m_rules.sendCooldownSeconds * 1000 > at) {
        const qint64 wait = secondsUntil(at, c.lastSentAt + m_rules.sendCooldownSeconds * 1000);
        const Error error {
            u"[TooManyRequests]"_s,
            tr("A code was just sent to %1. Wait %2 seconds before asking for another.").arg(phone->masked()).arg(wait),
            429, QString(), wait};
        audit(event, error, c.userId, context, phone->masked());
        return ready(Result<SendReceipt>(fail(error)));
    }
    auto generator = generatorFor(c.userId);
    if (!generator) {
        return ready(Result<SendReceipt>(fail(generator.error())));
    }
    auto step = chooseStepToSend(c.userId, *generator, at);
    if (!step) {
        audit(event, step.error(), c.userId, context, phone->masked());
        return ready(Result<SendReceipt>(fail(step.error())));
    }
    auto sending = sendCode(u"login"_s, *phone, generator->codeForStep(*step), c.userId, context);
    // The cooldown starts when the send was attempted, whatever its outcome.
    if (!sending.isFinished() || sending.result().has_value()
        || sending.result().error().code == u"[TwoFactorSendFailed]"_s) {
        (void)m_twoFactor.recordChallengeSend(idHash, at);
    }
    return sending;
}

Result<LoginResult> TwoFactorService::completeTwoFactorLogin(const QString& twoFactorId, const QString& code,
                                                             bool trustComputer, const RequestContext& context)
{
    const QString event = u"two-factor.login"_s;
    const qint64 at = now();
    const QString idHash = hashed(twoFactorId);
    QString userId;
    auto outcome = [&]() -> Result<LoginResult> {
        auto challenge = m_twoFactor.challenge(idHash);
        if (!challenge) {
            return fail(challenge.error());
        }
        if (!*challenge || (*challenge)->expiresAt <= at) {
            if (*challenge) {
                (void)m_twoFactor.deleteChallenge(idHash);
            }
            return fail(challengeGone());
        }
        const Challenge c = **challenge;
        userId = c.userId;
        if (c.wrongCodes >= m_rules.maxWrongCodes) {
            return fail(tooManyAttempts());
        }
        auto generator = generatorFor(c.userId);
        if (!generator) {
            return fail(generator.error());
        }
        auto step = verifyCode(c.userId, *generator, code);
        if (!step) {
            if (step.error().httpStatus != 421) {
                return fail(step.error());
            }
            auto wrong = m_twoFactor.recordWrongCode(idHash);
            if (!wrong) {
                return fail(wrong.error());
            }
            const int left = m_rules.maxWrongCodes - *wrong;
            Error error = step.error();
            error.message = left > 0
                ? tr("%1 Attempts left: %2.").arg(error.message).arg(left)
                : tr("%1 That was the last attempt: sign in again with your password.").arg(error.message);
            return fail(error);
        }
        LoginResult result;
        if (trustComputer) {
            result.twoFactorTrustId = randomToken(kTrustIdBytes);
        }
        auto transaction = Transaction::begin(m_database);
        if (!transaction) {
            return fail(transaction.error());
        }
        if (auto marked = m_twoFactor.markStepUsed(c.userId, *step, at); !marked) {
            return fail(marked.error());
        }
        if (auto deleted = m_twoFactor.deleteChallenge(idHash); !deleted) {
            return fail(deleted.error());
        }
        if (auto last = m_users.setLastLogin(c.userId, at); !last) {
            return fail(last.error());
        }
        if (trustComputer) {
            if (auto trusted = m_twoFactor.insertTrust(hashed(result.twoFactorTrustId), c.userId, at,
                                                       at + m_rules.trustLifetimeSeconds * 1000);
                !trusted) {
                return fail(trusted.error());
            }
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        (void)m_twoFactor.forgetStepsBefore(c.userId, *step - VerificationWindow::kMaxLookBehind - 1);
        auto user = m_users.findById(c.userId);
        if (!user) {
            return fail(user.error());
        }
        result.status = LoginResult::Status::Authenticated;
        result.user = *user;
        return result;
    }();
    if (outcome) {
        audit(event, u"ok"_s, userId, context, PhoneNumberParser::mask(outcome->user.mobilePhone),
              trustComputer ? tr("This computer is now trusted until %1.")
                                  .arg(QDateTime::fromMSecsSinceEpoch(at + m_rules.trustLifetimeSeconds * 1000)
                                           .toUTC()
                                           .toString(Qt::ISODate))
                            : QString());
        Q_EMIT userChanged(userId);
    } else {
        audit(event, outcome.error(), userId, context);
    }
    return outcome;
}

Result<ChallengeStatus> TwoFactorService::challengeStatus(const QString& twoFactorId)
{
    auto challenge = m_twoFactor.challenge(hashed(twoFactorId));
    if (!challenge) {
        return fail(challenge.error());
    }
    if (!*challenge || (*challenge)->expiresAt <= now()) {
        return fail(challengeGone());
    }
    const Challenge c = **challenge;
    auto user = m_users.findById(c.userId);
    if (!user) {
        return fail(user.error());
    }
    ChallengeStatus status;
    status.phoneMasked = PhoneNumberParser::mask(user->mobilePhone);
    status.expiresAt = c.expiresAt;
    status.attemptsLeft = std::max(0, m_rules.maxWrongCodes - c.wrongCodes);
    status.nextSendAt = c.lastSentAt > 0 ? c.lastSentAt + m_rules.sendCooldownSeconds * 1000 : 0;
    status.sends = c.sends;
    return status;
}

Result<User> TwoFactorService::createUser(const UserRequest& request, const RequestContext& context)
{
    const QString event = u"user.create"_s;
    auto outcome = [&]() -> Result<User> {
        const QString email = request.email.trimmed();
        const QString username = request.username.trimmed();
        if (email.isEmpty() && username.isEmpty()) {
            return fail(validation(u"[blank]user.email"_s, u"user.email"_s,
                                   tr("Enter an email address or a username: the user signs in with it.")));
        }
        if (email.size() > kMaxLoginIdLength || username.size() > kMaxLoginIdLength) {
            return fail(
                validation(u"[tooLong]user.email"_s, u"user.email"_s,
                           tr("The email address or username is longer than %1 characters.").arg(kMaxLoginIdLength)));
        }
        if (!email.isEmpty()
            && (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@') || email.contains(u' '))) {
            return fail(validation(u"[invalid]user.email"_s, u"user.email"_s,
                                   tr("\"%1\" is not an email address.").arg(email.left(64))));
        }
        if (request.fullName.size() > kMaxNameLength) {
            return fail(validation(u"[tooLong]user.fullName"_s, u"user.fullName"_s,
                                   tr("The name is longer than %1 characters.").arg(kMaxNameLength)));
        }
        if (request.password.size() < kMinPasswordLength) {
            return fail(validation(
                request.password.isEmpty() ? u"[blank]user.password"_s : u"[tooShort]user.password"_s,
                u"user.password"_s, tr("The password must have at least %1 characters.").arg(kMinPasswordLength)));
        }
        if (request.password.size() > kMaxPasswordLength) {
            return fail(validation(u"[tooLong]user.password"_s, u"user.password"_s,
                                   tr("The password is longer than %1 characters.").arg(kMaxPasswordLength)));
        }
        auto parsedPhone = userPhone(request.mobilePhone);
        if (!parsedPhone) {
            return fail(parsedPhone.error());
        }
        const QString phone = *parsedPhone;
        auto hash = m_hasher.hash(request.password);
        if (!hash) {
            return fail(hash.error());
        }
        return m_users.create(NewUser {email, username, request.fullName.trimmed(), phone, *hash});
    }();
    return recordUserStep(event, {}, context, std::move(outcome));
}

Result<User> TwoFactorService::updateUser(const QString& userId, const UserRequest& request,
                                          const RequestContext& context)
{
    const QString event = u"user.update"_s;
    auto outcome = [&]() -> Result<User> {
        auto existing = m_users.findById(userId);
        if (!existing) {
            return existing;
        }
        const QString email = request.email.trimmed();
        const QString username = request.username.trimmed();
        if (email.isEmpty() && username.isEmpty()) {
            return fail(validation(u"[blank]user.email"_s, u"user.email"_s,
                                   tr("Enter an email address or a username: the user signs in with it.")));
        }
        auto parsedPhone = userPhone(request.mobilePhone);
        if (!parsedPhone) {
            return fail(parsedPhone.error());
        }
        const QString phone = *parsedPhone;
        if (phone.isEmpty() && existing->twoFactorEnabled && existing->delivery == TwoFactorDelivery::TextMessage) {
            return fail(validation(u"[blank]user.mobilePhone"_s, u"user.mobilePhone"_s,
                                   tr("This user receives codes by text message; a mobile phone is required.")));
        }
        if (!request.password.isEmpty()) {
            if (request.password.size() < kMinPasswordLength || request.password.size() > kMaxPasswordLength) {
                return fail(validation(u"[invalid]user.password"_s, u"user.password"_s,
                                       tr("The password must have between %1 and %2 characters.")
                                           .arg(kMinPasswordLength)
                                           .arg(kMaxPasswordLength)));
            }
        }
        auto transaction = Transaction::begin(m_database);
        if (!transaction) {
            return fail(transaction.error());
        }
        auto updated = m_users.updateProfile(userId, UserProfile {email, username, request.fullName.trimmed(), phone});
        if (!updated) {
            return updated;
        }
        if (!request.password.isEmpty()) {
            auto hash = m_hasher.hash(request.password);
            if (!hash) {
                return fail(hash.error());
            }
            if (auto set = m_users.setPasswordHash(userId, *hash); !set) {
                return fail(set.error());
            }
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        return m_users.findById(userId);
    }();
    return recordUserStep(event, userId, context, std::move(outcome));
}

Result<User> TwoFactorService::findUser(const QString& userId)
{
    return m_users.findById(userId);
}

Result<std::optional<User>> TwoFactorService::findUserByLoginId(const QString& loginId)
{
    return m_users.findByLoginId(loginId);
}

Result<QList<User>> TwoFactorService::findUsersByPhone(const QString& mobilePhone)
{
    auto phone = m_phones.parse(mobilePhone);
    if (!phone) {
        return fail(phone.error());
    }
    return m_users.findByPhone(phone->e164);
}

Result<UserPage> TwoFactorService::searchUsers(const QString& text, int offset, int limit)
{
    return m_users.search(text, offset, limit);
}

} // namespace tfk
