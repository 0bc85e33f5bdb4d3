#pragma once

// FusionAuth's legacy SMS two-factor workflow, done locally: secrets, sending codes, enabling and
// disabling, password login with its two-factor challenge, resend and completion, plus the user
// management the kiosk needs. The UI, the HTTP API and the benchmarks all call this one service.

#include "auth/TwoFactorRules.h"
#include "common/Clock.h"
#include "crypto/PasswordHasher.h"
#include "crypto/SecretCipher.h"
#include "phone/PhoneNumberParser.h"
#include "sms/SmsSender.h"
#include "store/ActivityLog.h"
#include "store/TwoFactorStore.h"
#include "store/UserStore.h"
#include "totp/TotpSecret.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace tfk {

class TotpGenerator;

// Who is asking: FusionAuth's applicationId and ipAddress, recorded in the audit log.
struct RequestContext
{
    QString applicationId;
    QString ipAddress;
};

struct SendReceipt
{
    QString phoneMasked; // "+1 ... 0123"
    QString messageId; // the provider's id
    QString status; // the provider's first status
    qint64 sentAt = 0; // ms
};

struct LoginRequest
{
    QString loginId;
    QString password;
    RequestContext context;
    QString twoFactorTrustId; // from an earlier "trust this computer"
};

struct LoginResult
{
    enum class Status
    {
        Authenticated, // FusionAuth 200
        TwoFactorRequired // FusionAuth 242
    };
    Status status = Status::Authenticated;
    User user;
    QString twoFactorId; // with TwoFactorRequired: 43 base64url characters
    QString twoFactorTrustId; // with Authenticated after "trust this computer"
    QString phoneMasked; // where the code went
    qint64 challengeExpiresAt = 0;
    // TwoFactorRequired, but the automatic text could not be sent: the operator sees why and the
    // user can ask for another code.
    std::optional<Error> deliveryError;
};

// What a sign-in dialog shows about a pending challenge.
struct ChallengeStatus
{
    QString phoneMasked;
    qint64 expiresAt = 0; // ms
    int attemptsLeft = 0; // wrong codes still allowed
    qint64 nextSendAt = 0; // ms; the resend cooldown ends then
    int sends = 0;
};

struct UserRequest
{
    QString email;
    QString username;
    QString fullName;
    QString mobilePhone; // as typed; stored as E.164
    QString password; // required to create; empty on update keeps the password
};

class TwoFactorService : public QObject
{
    Q_OBJECT

public:
    // Everything is injected; the service owns none of it. All references must outlive it.
    TwoFactorService(Database& database, SmsSender& sms, const Clock& clock, const SecretCipher& cipher,
                     const PasswordHasher& hasher, PhoneNumberParser phones, TwoFactorRules rules,
                     QObject* parent = nullptr);
    ~TwoFactorService() override;

    // Migrates the schema and checks that the data key is the one the database was set up with
    // ("[DataKeyMismatch]" otherwise): call once at start-up, before anything else.
    static Result<void> prepareStorage(Database& database, const SecretCipher& cipher);

    const TwoFactorRules& rules() const { return m_rules; }
    const PhoneNumberParser& phones() const { return m_phones; }

    // 1. A new secret: 20 characters and their base32.
    TotpSecret generateSecret() const;

    // 2. Texts the current code of `secret` to a phone being enrolled.
    QFuture<Result<SendReceipt>> sendEnrollmentCode(const QString& mobilePhone, const QString& secret,
                                                    const RequestContext& context = {});
    // 2b. Texts a code to an enrolled user (before disabling two-factor).
    QFuture<Result<SendReceipt>> sendCodeToUser(const QString& userId, const RequestContext& context = {});

    // 3. Validates `code` against `secret` and turns two-factor on. 421 "[invalid]code" for a wrong
    // or already used code, 404 for an unknown user, 400 for validation errors.
    Result<User> enableTwoFactor(const QString& userId, const QString& code, const QString& secret,
                                 TwoFactorDelivery delivery, const RequestContext& context = {});
    // 4. Turns two-factor off with a current code.
    Result<User> disableTwoFactor(const QString& userId, const QString& code, const RequestContext& context = {});

    // 5. Password login: Authenticated, or TwoFactorRequired with a new twoFactorId (and the text
    // sent for TextMessage). Unknown login id and wrong password give the same 404 in the same time;
    // 409 "[LoginPreventedException]" while locked out.
    QFuture<Result<LoginResult>> login(const LoginRequest& request);
    // 6. Another code for a pending challenge (404 when unknown or expired, 429 within the cooldown).
    QFuture<Result<SendReceipt>> resendLoginCode(const QString& twoFactorId, const RequestContext& context = {});
    // 7. Completes the login: 421 wrong code, 404 unknown or expired, 409 after too many wrong codes.
    Result<LoginResult> completeTwoFactorLogin(const QString& twoFactorId, const QString& code, bool trustComputer,
                                               const RequestContext& context = {});
    Result<ChallengeStatus> challengeStatus(const QString& twoFactorId);

    // User management.
    Result<User> createUser(const UserRequest& request, const RequestContext& context = {});
    Result<User> updateUser(const QString& userId, const UserRequest& request, const RequestContext& context = {});
    Result<User> findUser(const QString& userId);
    Result<std::optional<User>> findUserByLoginId(const QString& loginId);
    Result<QList<User>> findUsersByPhone(const QString& mobilePhone);
    Result<UserPage> searchUsers(const QString& text, int offset, int limit);

    UserStore& users() { return m_users; }
    ActivityLog& activity() { return m_activity; }

Q_SIGNALS:
    // A user was created, changed, enrolled or signed in.
    void userChanged(const QString& userId);
    // Something was written to the audit or SMS log.
    void activityRecorded();
    // A delivery report arrived for a text sent earlier (errorMessage is a plain sentence or empty).
    void smsStatusChanged(const QString& messageId, const QString& status, const QString& errorMessage);

private:
    Result<TotpGenerator> generatorFor(const QString& userId);
    Result<qint64> chooseStepToSend(const QString& userId, TotpGenerator& generator, qint64 now);
    Result<void> checkSendLimits(const QString& phoneHash, const QString& phoneMasked, bool phoneCooldown, qint64 now);
    QFuture<Result<SendReceipt>> sendCode(const QString& purpose, const PhoneNumber& phone, const QString& code,
                                          const QString& userId, const RequestContext& context);
    Result<qint64> verifyCode(const QString& userId, TotpGenerator& generator, const QString& code);
    Result<qint64> lockedUntil(const QString& loginKeyHash, qint64 now);
    Result<LoginResult> startChallenge(const User& user, const RequestContext& context);

    // Audits a user-changing step and announces the change when it worked.
    Result<User> recordUserStep(const QString& event, const QString& userId, const RequestContext& context,
                                Result<User> outcome, const QString& detail = {});
    // A typed phone as E.164 (empty stays empty), errors on the field "user.mobilePhone".
    Result<QString> userPhone(const QString& typed) const;
    void audit(const QString& event, const QString& outcome, const QString& userId, const RequestContext& context,
               const QString& phoneMasked = {}, const QString& detail = {});
    void audit(const QString& event, const Error& error, const QString& userId, const RequestContext& context,
               const QString& phoneMasked = {});
    QString hashed(const QString& value) const;
    qint64 now() const { return m_clock.currentMSecsSinceEpoch(); }

    Database& m_database;
    SmsSender& m_sms;
    const Clock& m_clock;
    const SecretCipher& m_cipher;
    const PasswordHasher& m_hasher;
    PhoneNumberParser m_phones;
    TwoFactorRules m_rules;
    UserStore m_users;
    TwoFactorStore m_twoFactor;
    ActivityLog m_activity;
};

} // namespace tfk
