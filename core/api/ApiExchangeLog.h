#pragma once

// Records each two-factor step taken in the window as the FusionAuth request it corresponds to and the answer
// the HTTP API would give (ApiAnswers: the same code builds both), for the API view. Steps asked by the API's own
// clients are left out: the access log has those.

#include "ApiExchange.h"
#include "JwtSigner.h"
#include "auth/WorkflowObserver.h"
#include "common/Clock.h"

#include <QList>
#include <QObject>

namespace tfk {

class TwoFactorService;

class ApiExchangeLog
    : public QObject
    , public WorkflowObserver
{
    Q_OBJECT

public:
    // The most entries kept; older ones go first.
    static constexpr int kMaxEntries = 500;

    // Observes `service` until destroyed; `signer` makes the tokens a completed login answers (the API's own
    // key, see JwtSigner::keyFor); `clock` stamps them (null: the system clock). Without `keepSecrets` (outside
    // demo mode) only the masked exchanges are kept, so no password, code or token stays in memory for the view.
    // Service and clock must outlive the log.
    ApiExchangeLog(TwoFactorService& service, JwtSigner signer, bool keepSecrets, const Clock* clock = nullptr,
                   QObject* parent = nullptr);
    ~ApiExchangeLog() override;

    const QList<ApiExchange>& exchanges() const { return m_exchanges; }
    void clear();

    bool observes(const RequestContext& context) const override;
    void secretGenerated(const TotpSecret& secret) override;
    void enrollmentCodeSent(const QString& mobilePhone, const QString& secret,
                            const Result<SendReceipt>& sent) override;
    void userCodeSent(const QString& userId, const Result<SendReceipt>& sent) override;
    void twoFactorEnabled(const QString& userId, const QString& code, const QString& secret, TwoFactorDelivery delivery,
                          const RequestContext& context, const Result<TwoFactorEnabled>& enabled) override;
    void twoFactorDisabled(const QString& userId, const QString& code, const Result<User>& disabled) override;
    void loggedIn(const LoginRequest& request, const Result<LoginResult>& result) override;
    void loginCodeResent(const QString& twoFactorId, const Result<SendReceipt>& sent) override;
    void twoFactorLoginCompleted(const QString& twoFactorId, const QString& code, bool trustComputer,
                                 const RequestContext& context, const Result<LoginResult>& result) override;

Q_SIGNALS:
    void recorded(const tfk::ApiExchange& exchange);
    void cleared();

private:
    void record(ApiExchange exchange);
    qint64 now() const;

    TwoFactorService& m_service;
    JwtSigner m_signer;
    SystemClock m_systemClock;
    const Clock* m_clock;
    bool m_keepSecrets;
    QList<ApiExchange> m_exchanges;
};

} // namespace tfk
