#pragma once

// FusionAuth's legacy SMS two-factor workflow, done locally: secrets, sending codes, enabling and
// disabling, password login with its two-factor challenge, resend and completion, plus the user
// management the kiosk needs. The UI, the HTTP API, the benchmarks and the tests all call this one
// service.
//
// Threads: every operation that touches storage or checks a password runs on worker threads and
// answers with a QFuture; none blocks the calling thread. Two bounded pools, sized to the cores:
// one for password work (Argon2id: login, create and update with a password), one for everything
// else, so quick lookups never queue behind password checks. Each worker thread has its own database
// connection (Database's per-thread connections). Texts are handed to the SmsSender on the thread
// that owns the service (the SMS client's network objects live there), and its answers are written
// back to the logs on a worker. Wait for the returned futures with whenFinished() (common/Futures.h),
// never QFuture::then(): Qt 6.8 can run a continuation twice when a worker finishes the future while
// it is attached.
//
// The parts of the workflow live in EnrollmentFlow, SignInFlow, UserDirectory and CodeDelivery
// (each synchronous and thread-safe, see Workflow); this class schedules them.

#include "api/ApiKeyStore.h"
#include "auth/ServiceTypes.h"
#include "auth/TwoFactorRules.h"
#include "common/Clock.h"
#include "crypto/PasswordHasher.h"
#include "crypto/SecretCipher.h"
#include "operators/Operator.h"
#include "phone/PhoneNumberParser.h"
#include "sms/SmsSender.h"
#include "store/ActivityLog.h"
#include "store/UserStore.h"
#include "totp/TotpSecret.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace tfk {

class CodeDelivery;
class EnrollmentFlow;
class OperatorDirectory;
class OperatorDesk;
class RecoveryCodes;
class SignInFlow;
class UserDirectory;
class UserImport;
struct ImportRequest;
struct ImportOutcome;
class Workflow;
class WorkflowObserver;
struct PlannedSend;

struct ServiceOptions
{
    // Threads checking passwords at once; 0: one per core.
    int passwordThreads = 0;
    // Threads for the other storage work; 0: one per core, at least 2.
    int storageThreads = 0;
    // Password checks admitted at once (running or queued); beyond it an answer is 503
    // "[ServiceBusy]" with Retry-After, never an unbounded queue. 0: 4 per password thread.
    int maxPendingPasswordWork = 0;
    // Named in the text sent to the old number after a lost-phone reset ("... call NUMBER").
    QString helpdeskPhone;
};

class TwoFactorService : public QObject
{
    Q_OBJECT

public:
    // Everything is injected; the service owns none of it. All references must outlive it.
    TwoFactorService(Database& database, SmsSender& sms, const Clock& clock, const SecretCipher& cipher,
                     const PasswordHasher& hasher, PhoneNumberParser phones, TwoFactorRules rules,
                     ServiceOptions options = {}, QObject* parent = nullptr);
    // Waits for the work in flight (see waitForIdle) before the pools go.
    ~TwoFactorService() override;

    // Migrates the schema and checks that the data key is the one the database was set up with
    // ("[DataKeyMismatch]" otherwise): call once at start-up, before anything else. Blocking.
    static Result<void> prepareStorage(Database& database, const SecretCipher& cipher);
    // Only the data-key check of a prepared database (backups verify their copies with it): "[DataKeyMismatch]"
    // for another key, "[DataKeyCheckMissing]" when the database has no check. Blocking, changes nothing.
    static Result<void> verifyDataKey(Database& database, const SecretCipher& cipher);

    const TwoFactorRules& rules() const;
    const PhoneNumberParser& phones() const;
    int passwordThreads() const;

    // 1. A new secret: 20 characters and their base32. No storage: answered at once.
    TotpSecret generateSecret(const RequestContext& context = {}) const;

    // 2. Texts the current code of `secret` to a phone being enrolled.
    QFuture<Result<SendReceipt>> sendEnrollmentCode(const QString& mobilePhone, const QString& secret,
                                                    const RequestContext& context = {});
    // 2b. Texts a code to an enrolled user (before disabling two-factor).
    QFuture<Result<SendReceipt>> sendCodeToUser(const QString& userId, const RequestContext& context = {});

    // 3. Validates `code` against `secret` and turns two-factor on, with ten new recovery codes
    // (returned this once). 421 "[invalid]code" for a wrong or already used code, 404 for an unknown
    // user, 400 for validation errors.
    QFuture<Result<TwoFactorEnabled>> enableTwoFactor(const QString& userId, const QString& code, const QString& secret,
                                                      TwoFactorDelivery delivery, const RequestContext& context = {});
    // 4. Turns two-factor off with a current code or one of the user's recovery codes.
    QFuture<Result<User>> disableTwoFactor(const QString& userId, const QString& code,
                                           const RequestContext& context = {});

    // Recovery codes: how many are left (no codes: only hashes are kept), or a new set that voids the
    // old one. 404 unknown user, 400 "[TwoFactorNotEnabled]".
    QFuture<Result<RecoveryCodeSet>> recoveryCodes(const QString& userId);
    QFuture<Result<RecoveryCodeSet>> regenerateRecoveryCodes(const QString& userId, const RequestContext& context = {});

    // The helpdesk's lost-phone reset: two-factor off without a code, only for a signed-in operator
    // allowed to (403 "[OperatorRequired]" / "[NotAllowed]" otherwise; the operator is re-read from the
    // database, so a disabled one is refused), with the identity-check method and a reason (400 when
    // blank), audited with all three; then a notice is texted to the old number.
    QFuture<Result<LostPhoneOutcome>> resetLostPhone(const std::optional<Operator>& by, const LostPhoneReset& reset,
                                                     const RequestContext& context = {});

    // Changing the number of a user with two-factor on: texts the user's current code to the NEW
    // number; updateUser() then wants it in UserRequest::phoneVerificationCode.
    QFuture<Result<SendReceipt>> sendPhoneChangeCode(const QString& userId, const QString& newMobilePhone,
                                                     const RequestContext& context = {});

    // 5. Password login: Authenticated, or TwoFactorRequired with a new twoFactorId (and the text
    // sent for TextMessage). Unknown login id and wrong password give the same 404 in the same time;
    // 409 "[LoginPreventedException]" while locked out; 503 "[ServiceBusy]" when too many password
    // checks are pending.
    QFuture<Result<LoginResult>> login(const LoginRequest& request);
    // 6. Another code for a pending challenge (404 when unknown or expired, 429 within the cooldown).
    QFuture<Result<SendReceipt>> resendLoginCode(const QString& twoFactorId, const RequestContext& context = {});
    // 7. Completes the login: 421 wrong code, 404 unknown or expired, 409 after too many wrong codes.
    QFuture<Result<LoginResult>> completeTwoFactorLogin(const QString& twoFactorId, const QString& code,
                                                        bool trustComputer, const RequestContext& context = {});
    QFuture<Result<ChallengeStatus>> challengeStatus(const QString& twoFactorId);

    // User management.
    QFuture<Result<User>> createUser(const UserRequest& request, const RequestContext& context = {});
    QFuture<Result<User>> updateUser(const QString& userId, const UserRequest& request,
                                     const RequestContext& context = {});
    QFuture<Result<User>> findUser(const QString& userId);
    QFuture<Result<std::optional<User>>> findUserByLoginId(const QString& loginId);
    QFuture<Result<QList<User>>> findUsersByPhone(const QString& mobilePhone);
    QFuture<Result<UserPage>> searchUsers(const QString& text, int offset, int limit);
    // The page after `after` (the last user shown): keyset paging.
    QFuture<Result<UserPage>> searchUsersAfter(const QString& text, const User& after, int limit);
    // Bulk import (FusionAuth's POST /api/user/import): all or nothing; validation errors come back in
    // ImportOutcome::errors (nothing imported), infrastructure failures as the error. Plaintext
    // passwords are hashed on the password pool, all its threads at once.
    QFuture<Result<ImportOutcome>> importUsers(const ImportRequest& request, const RequestContext& context = {});
    // After the last request of a large import: the search index merged into one piece (SQLite; see
    // UserStore::compactSearchIndex). `twofactor-kiosk users import` ends with it.
    QFuture<Result<void>> compactSearchIndex();
    // Everybody, a page at a time in id order, for exports (keyset: the last id of the previous page).
    QFuture<Result<QList<User>>> usersAfter(const QString& afterId, int limit);

    // The logs, newest first. `actor` (exact) narrows the audit log to one operator, "walk-up", ...
    QFuture<Result<QList<AuditEntry>>> recentAudit(const QString& filter, int limit, const QString& actor = {});
    QFuture<Result<QList<SmsLogEntry>>> recentSms(int limit);
    // Every actor the audit log names, for a filter.
    QFuture<Result<QStringList>> auditActors();

    // Operators. Managing them needs an admin (`by`), except the very first one, which must be an
    // admin (first run): 403 "[NotAllowed]" otherwise.
    QFuture<Result<int>> operatorCount();
    QFuture<Result<Operator>> signInOperator(const QString& name, const QString& password,
                                             const RequestContext& context = {});
    QFuture<Result<Operator>> addOperator(const std::optional<Operator>& by, const QString& name,
                                          const QString& displayName, const QString& password, OperatorRole role,
                                          const RequestContext& context = {});
    QFuture<Result<QList<Operator>>> listOperators();
    QFuture<Result<Operator>> disableOperator(const Operator& by, const QString& name,
                                              const RequestContext& context = {});
    QFuture<Result<Operator>> setOperatorPassword(const Operator& by, const QString& name, const QString& password,
                                                  const RequestContext& context = {});

    // API keys of the HTTP API, for an admin (403 "[NotAllowed]" otherwise).
    QFuture<Result<NewApiKey>> createApiKey(const Operator& by, const QString& name,
                                            const RequestContext& context = {});
    QFuture<Result<QList<ApiKey>>> listApiKeys(const Operator& by);
    QFuture<Result<ApiKey>> revokeApiKey(const Operator& by, const QString& id, const RequestContext& context = {});

    // The demo's reset: every user (with their two-factor state, recovery codes and trusted computers), the
    // audit and SMS logs and the login failures go, in one transaction; operators, API keys and settings stay.
    QFuture<Result<void>> eraseUsersAndLogs();

    // Told about each two-factor step whose context it observes (the API view); null: nobody. Not owned; it must
    // unset itself before it goes. Set on the service's thread.
    void setObserver(WorkflowObserver* observer) { m_observer = observer; }
    WorkflowObserver* observer() const { return m_observer; }

    // Operations started and not yet answered.
    int pendingOperations() const { return m_pending.load(); }
    // Runs the calling thread's event loop until every operation has been answered or `timeoutMs`
    // passed (SIGTERM, closing the window); true when idle.
    bool waitForIdle(int timeoutMs);

Q_SIGNALS:
    // A user was created, changed, enrolled or signed in. Emitted from a worker thread: connect with
    // a receiver object so it is queued to that object's thread.
    void userChanged(const QString& userId);
    // Something was written to the audit or SMS log (also from a worker thread).
    void activityRecorded();
    // A delivery report arrived for a text sent earlier (errorMessage is a plain sentence or empty).
    void smsStatusChanged(const QString& messageId, const QString& status, const QString& errorMessage);

private:
    template <typename Function> auto onStorage(Function&& function);
    template <typename Function> auto onPasswordPool(Function&& function);
    // Runs work() on the pool, then next(result) on this object's thread (a queued call); the pending
    // count covers both.
    template <typename Work, typename Next> void runThen(QThreadPool& pool, Work&& work, Next&& next);
    // Plans a text on a storage thread, hands it to the SmsSender (on this object's thread) and logs
    // the answer.
    template <typename Plan> QFuture<Result<SendReceipt>> deliver(Plan&& plan);
    // Hands a planned text to the SmsSender and logs the answer on a storage thread, then calls
    // done(receipt) there.
    void deliverNow(const PlannedSend& plan, std::function<void(const Result<SendReceipt>&)> done);
    // The step's future, or (when the observer wants this context) one that tells the observer first.
    template <typename T, typename Notify>
    QFuture<T> observed(QFuture<T> future, const RequestContext& context, Notify notify);
    QFuture<Result<LoginResult>> checkLogin(const LoginRequest& request);
    // Admits one more password check, or the 503 to answer instead.
    std::optional<Error> admitPasswordWork();

    SmsSender& m_sms;
    ServiceOptions m_options;
    WorkflowObserver* m_observer = nullptr;
    std::unique_ptr<Workflow> m_workflow;
    std::unique_ptr<CodeDelivery> m_delivery;
    std::unique_ptr<EnrollmentFlow> m_enrollment;
    std::unique_ptr<SignInFlow> m_signIn;
    std::unique_ptr<UserDirectory> m_directory;
    std::unique_ptr<OperatorDesk> m_desk;
    std::unique_ptr<UserImport> m_import;
    QThreadPool m_storagePool;
    QThreadPool m_passwordPool;
    std::atomic<int> m_pending {0};
    std::atomic<int> m_pendingPasswordWork {0};
};

} // namespace tfk
