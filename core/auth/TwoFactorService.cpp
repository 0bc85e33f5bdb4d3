#include "TwoFactorService.h"

#include "auth/CodeDelivery.h"
#include "auth/EnrollmentFlow.h"
#include "auth/OperatorDesk.h"
#include "auth/SignInFlow.h"
#include "auth/UserDirectory.h"
#include "auth/UserImport.h"
#include "auth/Workflow.h"
#include "auth/WorkflowObserver.h"
#include "common/Futures.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// The end of a chain that sends a text after its outcome is known: the outcome is settled either way, with
// the send's error in `field` when the text did not go.
template <typename Promised, typename Outcome>
auto settleAfterSend(Promised done, Outcome outcome, std::optional<Error> Outcome::* field)
{
    return [done, outcome, field](const Result<SendReceipt>& sent) {
        Outcome settled = outcome;
        if (!sent) {
            settled.*field = sent.error();
        }
        done.settle(settled);
    };
}

const QString kDataKeyCheckMeta = u"data_key_check"_s;
const QByteArray kDataKeyCheckPlain = "TwoFactorKiosk data key check"_ba;

template <typename T> QFuture<Result<T>> ready(Result<T> result)
{
    return QtFuture::makeReadyValueFuture(std::move(result));
}

int threadsOr(int wanted, int fallback)
{
    return wanted > 0 ? wanted : fallback;
}

} // namespace

// The pending count covers a task from its scheduling to its end, counted inside the task itself.
template <typename Function> auto TwoFactorService::onStorage(Function&& function)
{
    m_pending.fetch_add(1);
    return QtConcurrent::run(&m_storagePool, [this, function = std::forward<Function>(function)] {
        auto result = function();
        m_pending.fetch_sub(1);
        return result;
    });
}

template <typename Work, typename Next> void TwoFactorService::runThen(QThreadPool& pool, Work&& work, Next&& next)
{
    m_pending.fetch_add(1);
    pool.start([this, work = std::forward<Work>(work), next = std::forward<Next>(next)]() mutable {
        auto result = work();
        // Queued to this object's thread; the destructor waits for it (waitForIdle runs the events).
        QMetaObject::invokeMethod(
            this,
            [this, next = std::move(next), result = std::move(result)]() mutable {
                next(result);
                m_pending.fetch_sub(1);
            },
            Qt::QueuedConnection);
    });
}

template <typename Function> auto TwoFactorService::onPasswordPool(Function&& function)
{
    m_pending.fetch_add(1);
    return QtConcurrent::run(&m_passwordPool, [this, function = std::forward<Function>(function)] {
        auto result = function();
        m_pendingPasswordWork.fetch_sub(1);
        m_pending.fetch_sub(1);
        return result;
    });
}

TwoFactorService::TwoFactorService(Database& database, SmsSender& sms, const Clock& clock, const SecretCipher& cipher,
                                   const PasswordHasher& hasher, PhoneNumberParser phones, TwoFactorRules rules,
                                   ServiceOptions options, QObject* parent)
    : QObject(parent)
    , m_sms(sms)
    , m_options(options)
    , m_workflow(std::make_unique<Workflow>(database, clock, cipher, hasher, std::move(phones), std::move(rules)))
    , m_delivery(std::make_unique<CodeDelivery>(*m_workflow))
    , m_enrollment(std::make_unique<EnrollmentFlow>(*m_workflow, *m_delivery))
    , m_signIn(std::make_unique<SignInFlow>(*m_workflow, *m_delivery))
    , m_directory(std::make_unique<UserDirectory>(*m_workflow))
    , m_desk(std::make_unique<OperatorDesk>(*m_workflow))
{
    // Plaintext passwords of an import are hashed on every password thread at once; the import
    // itself waits on a storage thread (another pool, so it cannot starve the hashing).
    m_import = std::make_unique<UserImport>(*m_workflow, [this](const QStringList& passwords) {
        const PasswordHasher& hasher = m_workflow->hasher();
        return QtConcurrent::blockingMapped<QList<QByteArray>>(&m_passwordPool, passwords,
                                                               [&hasher](const QString& password) {
                                                                   auto hash = hasher.hash(password);
                                                                   return hash ? *hash : QByteArray();
                                                               });
    });
    const int cores = std::max(1, QThread::idealThreadCount());
    m_passwordPool.setMaxThreadCount(threadsOr(m_options.passwordThreads, cores));
    m_storagePool.setMaxThreadCount(threadsOr(m_options.storageThreads, std::max(2, cores)));
    // Worker threads stay, and so do their database connections.
    m_passwordPool.setExpiryTimeout(-1);
    m_storagePool.setExpiryTimeout(-1);
    m_passwordPool.setObjectName(u"tfk-password"_s);
    m_storagePool.setObjectName(u"tfk-storage"_s);
    if (m_options.maxPendingPasswordWork <= 0) {
        m_options.maxPendingPasswordWork = 4 * m_passwordPool.maxThreadCount();
    }

    // Signals may come from any worker; Qt queues them to each receiver's thread.
    m_workflow->setListener(Workflow::Listener {[this] { Q_EMIT activityRecorded(); },
                                                [this](const QString& userId) {
                                                    Q_EMIT userChanged(userId);
                                                }});

    connect(&m_sms, &SmsSender::deliveryStatusChanged, this,
            [this](const QString& messageId, const QString& status, int errorCode, const QString& errorMessage) {
                runThen(
                    m_storagePool,
                    [this, messageId, status, errorCode, errorMessage] {
                        m_delivery->recordDeliveryReport(messageId, status, errorCode, errorMessage);
                        return true;
                    },
                    [this, messageId, status, errorMessage](bool) {
                        Q_EMIT smsStatusChanged(messageId, status, errorMessage);
                        Q_EMIT activityRecorded();
                    });
            });
}

TwoFactorService::~TwoFactorService()
{
    if (!waitForIdle(5000)) {
        qWarning("two-factor service: %d operations still running at shutdown", pendingOperations());
    }
    m_storagePool.waitForDone();
    m_passwordPool.waitForDone();
}

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
        // Under the writer lock: of two desks starting on a new shared database with different keys,
        // the first one's check stays and the second is refused below.
        auto transaction = Transaction::begin(database);
        if (!transaction) {
            return fail(transaction.error());
        }
        check = Schema::metaValue(database, kDataKeyCheckMeta);
        if (!check) {
            return fail(check.error());
        }
        if (check->isEmpty()) {
            auto sealed = cipher.seal(kDataKeyCheckPlain, kDataKeyCheckMeta.toLatin1());
            if (!sealed) {
                return fail(sealed.error());
            }
            *check = QString::fromLatin1(sealed->toBase64());
            if (auto stored = Schema::setMetaValue(database, kDataKeyCheckMeta, *check); !stored) {
                return stored;
            }
        }
        if (auto committed = transaction->commit(); !committed) {
            return committed;
        }
    }
    return verifyDataKey(database, cipher);
}

Result<void> TwoFactorService::verifyDataKey(Database& database, const SecretCipher& cipher)
{
    auto check = Schema::metaValue(database, kDataKeyCheckMeta);
    if (!check) {
        return fail(check.error());
    }
    if (check->isEmpty()) {
        return fail(Error {u"[DataKeyCheckMissing]"_s,
                           tr("The database %1 has no data-key check: it was never opened by TwoFactorKiosk.")
                               .arg(database.location()),
                           500});
    }
    auto opened = cipher.open(QByteArray::fromBase64(check->toLatin1()), kDataKeyCheckMeta.toLatin1());
    if (!opened || *opened != kDataKeyCheckPlain) {
        return fail(Error {u"[DataKeyMismatch]"_s,
                           tr("The data key does not match the database %1: it was set up with another key, so the "
                              "two-factor secrets cannot be read. Restore the original key file (or TFK_DATA_KEY), "
                              "or use the database that belongs to this key. Desks that share one database server "
                              "share one key: copy the data key file (or TFK_DATA_KEY) from the first desk.")
                               .arg(database.location()),
                           500});
    }
    return {};
}

const TwoFactorRules& TwoFactorService::rules() const
{
    return m_workflow->rules();
}

const PhoneNumberParser& TwoFactorService::phones() const
{
    return m_workflow->phones();
}

int TwoFactorService::passwordThreads() const
{
    return m_passwordPool.maxThreadCount();
}

std::optional<Error> TwoFactorService::admitPasswordWork()
{
    // Bounded: at most maxPendingPasswordWork password checks running or queued.
    if (m_pendingPasswordWork.fetch_add(1) >= m_options.maxPendingPasswordWork) {
        m_pendingPasswordWork.fetch_sub(1);
        return Error {u"[ServiceBusy]"_s,
                      tr("The kiosk is busy checking other passwords. Try again in a moment; nothing was changed."),
                      503, QString(), 1};
    }
    return std::nullopt;
}

void TwoFactorService::deliverNow(const PlannedSend& plan, std::function<void(const Result<SendReceipt>&)> done)
{
    m_pending.fetch_add(1);
    PlannedSend sending = plan;
    sending.sender = m_sms.senderFor(plan.e164); // on the sender's thread, like send()
    // The answer is recorded on a storage thread, where done() then runs.
    auto record = [this, sending, done](const Result<SmsReceipt>& sent) {
        m_storagePool.start([this, sending, sent, done] {
            const auto recorded = m_delivery->record(sending, sent);
            m_pending.fetch_sub(1);
            done(recorded);
        });
    };
    // A send cancelled before it answered (the sender shutting down) is recorded as a failed text.
    auto cancelled = [record] {
        record(Result<SmsReceipt>(
            fail(Error {u"[SmsCancelled]"_s, tr("The text was not sent: sending was cancelled."), 503})));
    };
    const QFuture<Result<SmsReceipt>> answer = m_sms.send(SmsMessage {plan.e164, plan.body});
    if (answer.isFinished()) {
        // A sender that answers at once (the mock, a refusal before any request): no watcher needed.
        if (answer.resultCount() > 0) {
            record(answer.result());
        } else {
            cancelled();
        }
        return;
    }
    whenFinished(answer, this, record, cancelled);
}

template <typename Plan> QFuture<Result<SendReceipt>> TwoFactorService::deliver(Plan&& plan)
{
    Promise<Result<SendReceipt>> delivered;
    runThen(m_storagePool, std::forward<Plan>(plan), [this, delivered](const Result<PlannedSend>& planned) {
        if (!planned) {
            delivered.settle(fail(planned.error()));
            return;
        }
        deliverNow(*planned, [delivered](const Result<SendReceipt>& sent) { delivered.settle(sent); });
    });
    return delivered.future();
}

template <typename T, typename Notify>
QFuture<T> TwoFactorService::observed(QFuture<T> future, const RequestContext& context, Notify notify)
{
    // Only the observed steps pay for a continuation; the API's own requests go on untouched.
    if (!m_observer || !m_observer->observes(context)) {
        return future;
    }
    Promise<T> told;
    whenFinished(
        future, this,
        [this, told, notify = std::move(notify)](const T& result) {
            if (m_observer) {
                notify(*m_observer, result);
            }
            told.settle(result);
        },
        [told] { told.cancel(); });
    return told.future();
}

TotpSecret TwoFactorService::generateSecret(const RequestContext& context) const
{
    TotpSecret secret = TotpSecret::generate();
    if (m_observer && m_observer->observes(context)) {
        m_observer->secretGenerated(secret);
    }
    return secret;
}

QFuture<Result<SendReceipt>> TwoFactorService::sendEnrollmentCode(const QString& mobilePhone, const QString& secret,
                                                                  const RequestContext& context)
{
    return observed(deliver([this, mobilePhone, secret, context] {
                        return m_enrollment->planEnrollmentSend(mobilePhone, secret, context);
                    }),
                    context, [mobilePhone, secret](WorkflowObserver& observer, const Result<SendReceipt>& sent) {
                        observer.enrollmentCodeSent(mobilePhone, secret, sent);
                    });
}

QFuture<Result<SendReceipt>> TwoFactorService::sendCodeToUser(const QString& userId, const RequestContext& context)
{
    return observed(
        deliver([this, userId, context] { return m_enrollment->planUserSend(userId, context); }), context,
        [userId](WorkflowObserver& observer, const Result<SendReceipt>& sent) { observer.userCodeSent(userId, sent); });
}

QFuture<Result<TwoFactorEnabled>> TwoFactorService::enableTwoFactor(const QString& userId, const QString& code,
                                                                    const QString& secret, TwoFactorDelivery delivery,
                                                                    const RequestContext& context)
{
    return observed(
        onStorage([this, userId, code, secret, delivery, context] {
            return m_enrollment->enable(userId, code, secret, delivery, context);
        }),
        context,
        [userId, code, secret, delivery, context](WorkflowObserver& observer, const Result<TwoFactorEnabled>& enabled) {
            observer.twoFactorEnabled(userId, code, secret, delivery, context, enabled);
        });
}

QFuture<Result<User>> TwoFactorService::disableTwoFactor(const QString& userId, const QString& code,
                                                         const RequestContext& context)
{
    return observed(onStorage([this, userId, code, context] { return m_enrollment->disable(userId, code, context); }),
                    context, [userId, code](WorkflowObserver& observer, const Result<User>& disabled) {
                        observer.twoFactorDisabled(userId, code, disabled);
                    });
}

QFuture<Result<RecoveryCodeSet>> TwoFactorService::recoveryCodes(const QString& userId)
{
    return onStorage([this, userId] { return m_enrollment->recoveryCodes(userId); });
}

QFuture<Result<RecoveryCodeSet>> TwoFactorService::regenerateRecoveryCodes(const QString& userId,
                                                                           const RequestContext& context)
{
    return onStorage([this, userId, context] { return m_enrollment->regenerateRecoveryCodes(userId, context); });
}

QFuture<Result<LostPhoneOutcome>> TwoFactorService::resetLostPhone(const std::optional<Operator>& by,
                                                                   const LostPhoneReset& reset,
                                                                   const RequestContext& context)
{
    Promise<Result<LostPhoneOutcome>> done;
    runThen(
        m_storagePool,
        [this, by, reset, context]() -> Result<LostPhonePlan> {
            auto allowed = m_desk->authorize(by, OperatorPermission::LostPhoneReset);
            if (!allowed) {
                m_workflow->audit(u"two-factor.lost-phone-reset"_s, allowed.error(), reset.userId, context);
                return fail(allowed.error());
            }
            RequestContext who = context;
            who.actor = allowed->name;
            return m_enrollment->resetLostPhone(*allowed, reset, m_options.helpdeskPhone, who);
        },
        [this, done](const Result<LostPhonePlan>& plan) {
            if (!plan) {
                done.settle(fail(plan.error()));
                return;
            }
            LostPhoneOutcome outcome {plan->user, PhoneNumberParser::mask(plan->oldPhone), plan->noticeError};
            if (!plan->notice) {
                done.settle(outcome);
                return;
            }
            deliverNow(*plan->notice, settleAfterSend(done, outcome, &LostPhoneOutcome::noticeError));
        });
    return done.future();
}

QFuture<Result<SendReceipt>> TwoFactorService::sendPhoneChangeCode(const QString& userId, const QString& newMobilePhone,
                                                                   const RequestContext& context)
{
    return deliver([this, userId, newMobilePhone, context] {
        return m_enrollment->planPhoneChangeSend(userId, newMobilePhone, context);
    });
}

QFuture<Result<LoginResult>> TwoFactorService::login(const LoginRequest& request)
{
    return observed(checkLogin(request), request.context,
                    [request](WorkflowObserver& observer, const Result<LoginResult>& result) {
                        observer.loggedIn(request, result);
                    });
}

QFuture<Result<LoginResult>> TwoFactorService::checkLogin(const LoginRequest& request)
{
    if (auto busy = admitPasswordWork()) {
        return ready(Result<LoginResult>(fail(*busy)));
    }
    Promise<Result<LoginResult>> done;
    runThen(
        m_passwordPool,
        [this, request] {
            auto step = m_signIn->checkPassword(request);
            m_pendingPasswordWork.fetch_sub(1);
            return step;
        },
        [this, done](const Result<SignInFlow::PasswordStep>& step) {
            if (!step) {
                done.settle(fail(step.error()));
                return;
            }
            LoginResult pending = step->result;
            if (!step->send) {
                pending.deliveryError = step->sendError;
                done.settle(pending);
                return;
            }
            deliverNow(*step->send, settleAfterSend(done, pending, &LoginResult::deliveryError));
        });
    return done.future();
}

QFuture<Result<SendReceipt>> TwoFactorService::resendLoginCode(const QString& twoFactorId,
                                                               const RequestContext& context)
{
    return observed(deliver([this, twoFactorId, context] { return m_signIn->planResend(twoFactorId, context); }),
                    context, [twoFactorId](WorkflowObserver& observer, const Result<SendReceipt>& sent) {
                        observer.loginCodeResent(twoFactorId, sent);
                    });
}

QFuture<Result<LoginResult>> TwoFactorService::completeTwoFactorLogin(const QString& twoFactorId, const QString& code,
                                                                      bool trustComputer, const RequestContext& context)
{
    return observed(
        onStorage([this, twoFactorId, code, trustComputer, context] {
            return m_signIn->complete(twoFactorId, code, trustComputer, context);
        }),
        context,
        [twoFactorId, code, trustComputer, context](WorkflowObserver& observer, const Result<LoginResult>& result) {
            observer.twoFactorLoginCompleted(twoFactorId, code, trustComputer, context, result);
        });
}

QFuture<Result<ChallengeStatus>> TwoFactorService::challengeStatus(const QString& twoFactorId)
{
    return onStorage([this, twoFactorId] { return m_signIn->status(twoFactorId); });
}

QFuture<Result<User>> TwoFactorService::createUser(const UserRequest& request, const RequestContext& context)
{
    if (auto busy = admitPasswordWork()) {
        return ready(Result<User>(fail(*busy)));
    }
    return onPasswordPool([this, request, context] { return m_directory->create(request, context); });
}

QFuture<Result<User>> TwoFactorService::updateUser(const QString& userId, const UserRequest& request,
                                                   const RequestContext& context)
{
    if (request.password.isEmpty()) {
        return onStorage([this, userId, request, context] { return m_directory->update(userId, request, context); });
    }
    if (auto busy = admitPasswordWork()) {
        return ready(Result<User>(fail(*busy)));
    }
    return onPasswordPool([this, userId, request, context] { return m_directory->update(userId, request, context); });
}

QFuture<Result<User>> TwoFactorService::findUser(const QString& userId)
{
    return onStorage([this, userId] { return m_directory->find(userId); });
}

QFuture<Result<std::optional<User>>> TwoFactorService::findUserByLoginId(const QString& loginId)
{
    return onStorage([this, loginId] { return m_directory->findByLoginId(loginId); });
}

QFuture<Result<QList<User>>> TwoFactorService::findUsersByPhone(const QString& mobilePhone)
{
    return onStorage([this, mobilePhone] { return m_directory->findByPhone(mobilePhone); });
}

QFuture<Result<UserPage>> TwoFactorService::searchUsers(const QString& text, int offset, int limit)
{
    return onStorage([this, text, offset, limit] { return m_directory->search(text, offset, limit); });
}

QFuture<Result<void>> TwoFactorService::compactSearchIndex()
{
    return onStorage([this] { return m_workflow->users().compactSearchIndex(); });
}

QFuture<Result<ImportOutcome>> TwoFactorService::importUsers(const ImportRequest& request,
                                                             const RequestContext& context)
{
    if (auto busy = admitPasswordWork()) {
        return ready(Result<ImportOutcome>(fail(*busy)));
    }
    return onStorage([this, request, context] {
        auto outcome = m_import->run(request, context);
        m_pendingPasswordWork.fetch_sub(1);
        if (outcome && outcome->imported > 0) {
            m_workflow->announceUserChanged({});
        }
        return outcome;
    });
}

QFuture<Result<UserPage>> TwoFactorService::searchUsersAfter(const QString& text, const User& after, int limit)
{
    return onStorage([this, text, after, limit] { return m_workflow->users().searchAfter(text, after, limit); });
}

QFuture<Result<QList<User>>> TwoFactorService::usersAfter(const QString& afterId, int limit)
{
    return onStorage([this, afterId, limit] { return m_workflow->users().pageById(afterId, limit); });
}

QFuture<Result<QList<AuditEntry>>> TwoFactorService::recentAudit(const QString& filter, int limit, const QString& actor)
{
    return onStorage([this, filter, limit, actor] { return m_workflow->activity().recentAudit(filter, limit, actor); });
}

QFuture<Result<QStringList>> TwoFactorService::auditActors()
{
    return onStorage([this] { return m_workflow->activity().auditActors(); });
}

QFuture<Result<int>> TwoFactorService::operatorCount()
{
    return onStorage([this] { return m_desk->count(); });
}

QFuture<Result<Operator>> TwoFactorService::signInOperator(const QString& name, const QString& password,
                                                           const RequestContext& context)
{
    if (auto busy = admitPasswordWork()) {
        return ready(Result<Operator>(fail(*busy)));
    }
    return onPasswordPool([this, name, password, context] { return m_desk->signIn(name, password, context); });
}

QFuture<Result<Operator>> TwoFactorService::addOperator(const std::optional<Operator>& by, const QString& name,
                                                        const QString& displayName, const QString& password,
                                                        OperatorRole role, const RequestContext& context)
{
    if (auto busy = admitPasswordWork()) {
        return ready(Result<Operator>(fail(*busy)));
    }
    return onPasswordPool([this, by, name, displayName, password, role, context] {
        return m_desk->add(by, name, displayName, password, role, context);
    });
}

QFuture<Result<QList<Operator>>> TwoFactorService::listOperators()
{
    return onStorage([this] { return m_desk->list(); });
}

QFuture<Result<Operator>> TwoFactorService::disableOperator(const Operator& by, const QString& name,
                                                            const RequestContext& context)
{
    return onStorage([this, by, name, context] { return m_desk->disable(by, name, context); });
}

QFuture<Result<Operator>> TwoFactorService::setOperatorPassword(const Operator& by, const QString& name,
                                                                const QString& password, const RequestContext& context)
{
    if (auto busy = admitPasswordWork()) {
        return ready(Result<Operator>(fail(*busy)));
    }
    return onPasswordPool(
        [this, by, name, password, context] { return m_desk->setPassword(by, name, password, context); });
}

QFuture<Result<NewApiKey>> TwoFactorService::createApiKey(const Operator& by, const QString& name,
                                                          const RequestContext& context)
{
    return onStorage([this, by, name, context] { return m_desk->createApiKey(by, name, context); });
}

QFuture<Result<QList<ApiKey>>> TwoFactorService::listApiKeys(const Operator& by)
{
    return onStorage([this, by] { return m_desk->listApiKeys(by); });
}

QFuture<Result<ApiKey>> TwoFactorService::revokeApiKey(const Operator& by, const QString& id,
                                                       const RequestContext& context)
{
    return onStorage([this, by, id, context] { return m_desk->revokeApiKey(by, id, context); });
}

QFuture<Result<QList<SmsLogEntry>>> TwoFactorService::recentSms(int limit)
{
    return onStorage([this, limit] { return m_workflow->activity().recentSms(limit); });
}

QFuture<Result<void>> TwoFactorService::eraseUsersAndLogs()
{
    return onStorage([this]() -> Result<void> {
        auto transaction = Transaction::begin(m_workflow->database());
        if (!transaction) {
            return fail(transaction.error());
        }
        // Children first, so the order does not depend on ON DELETE CASCADE being on.
        for (const QString& table :
             {u"recovery_codes"_s, u"trusted_computers"_s, u"two_factor_used_steps"_s, u"two_factor_challenges"_s,
              u"login_failures"_s, u"sms_log"_s, u"sms_minutes"_s, u"audit_log"_s, u"users"_s}) {
            if (auto erased = m_workflow->database().exec(u"DELETE FROM "_s % table); !erased) {
                return fail(erased.error());
            }
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        Q_EMIT activityRecorded();
        return {};
    });
}

bool TwoFactorService::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_pending.load() > 0 && !deadline.hasExpired()) {
        // Continuations queued to this thread (texts to hand over, answers) must run meanwhile.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return m_pending.load() == 0;
}

} // namespace tfk
