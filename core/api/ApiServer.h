#pragma once

// The local FusionAuth-compatible HTTP API (Qt HTTP Server): FusionAuth's legacy two-factor endpoints
// and the little user management its tutorial needs, answered by TwoFactorService with FusionAuth's
// status codes and bodies, behind API keys. Slow steps (sending a text, a login) are answered when
// their future finishes, so the event loop, and the window beside it, stay free.

#include "ApiKeyStore.h"
#include "ApiReply.h"
#include "JwtSigner.h"
#include "auth/TwoFactorService.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <map>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace tfk {

class ApiTcpServer;

struct ApiServerOptions
{
    static constexpr quint16 kDefaultPort = 9011; // FusionAuth's port

    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = kDefaultPort; // 0: any free port
    // Listening where other computers can reach the API must be asked for explicitly.
    bool allowRemote = false;
    qint64 maxBodyBytes = 64 * 1024;
    // POST /api/user/import: batches of users (FusionAuth suggests up to 100,000 a request).
    qint64 maxImportBodyBytes = 128LL * 1024 * 1024;
    // iat/exp of tokens and last use of keys; nullptr: the system clock.
    const Clock* clock = nullptr;

    // "ADDRESS:PORT", "[IPv6]:PORT" or "localhost:PORT" into `base`; "[invalid]api-listen" otherwise.
    static Result<ApiServerOptions> withListen(const QString& text, ApiServerOptions base);
};

class ApiServer : public QObject
{
    Q_OBJECT

public:
    // GET /api/user/search: the longest text, the most users an answer, and how deep paging reaches.
    static constexpr int kMaxSearchTextLength = 200;
    static constexpr int kMaxSearchResults = 500;
    static constexpr int kMaxSearchWindow = 10000;

    // All references must outlive the server.
    ApiServer(TwoFactorService& service, ApiKeyStore& keys, const JwtSigner& signer, ApiServerOptions options = {},
              QObject* parent = nullptr);
    ~ApiServer() override;

    // Starts listening and answers the port. A non-loopback address without allowRemote is refused
    // ("[RemoteApiRefused]"); with it, warning() says so.
    Result<quint16> listen();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const;
    QString warning() const { return m_warning; }
    const ApiServerOptions& options() const { return m_options; }
    // Requests whose answer is still being prepared (a text being sent, a login).
    int pendingRequests() const { return int(m_pending.size()); }
    // Stops taking connections and runs the event loop until every pending request has been answered
    // or `timeoutMs` passed; true when none is left.
    bool drain(int timeoutMs);
    // Requests refused before they were read (announced body too large, chunked body).
    int refusedBeforeReading() const;

Q_SIGNALS:
    // One line of the access log: the route template (never the ids or codes in the URL), the status
    // and how long it took.
    void requestFinished(const QString& method, const QString& route, int status, qint64 elapsedMs);

private:
    enum class Endpoint
    {
        Secret,
        Send,
        Resend,
        TwoFactor,
        TwoFactorByQuery,
        Login,
        TwoFactorLogin,
        Users,
        User,
        RecoveryCodes,
        Import,
        Search,
    };
    struct Call;

    void addRoutes();
    void accept(Endpoint endpoint, const QString& argument, const QHttpServerRequest& request,
                QHttpServerResponder& responder);
    void dispatch(const std::shared_ptr<Call>& call);
    // Answers now, or when the future finishes.
    void finish(const std::shared_ptr<Call>& call, const ApiReply& reply);
    template <typename T, typename F> void finishLater(const std::shared_ptr<Call>& call, QFuture<T> future, F answer);

    void secret(const std::shared_ptr<Call>& call);
    void send(const std::shared_ptr<Call>& call);
    void resend(const std::shared_ptr<Call>& call);
    void enable(const std::shared_ptr<Call>& call);
    void disable(const std::shared_ptr<Call>& call);
    void login(const std::shared_ptr<Call>& call);
    void twoFactorLogin(const std::shared_ptr<Call>& call);
    void createUser(const std::shared_ptr<Call>& call);
    void findUserByLoginId(const std::shared_ptr<Call>& call);
    void searchUsers(const std::shared_ptr<Call>& call);
    void findUser(const std::shared_ptr<Call>& call);
    void recoveryCodes(const std::shared_ptr<Call>& call);
    void importUsers(const std::shared_ptr<Call>& call);

    qint64 now() const;

    TwoFactorService& m_service;
    ApiKeyStore& m_keys;
    const JwtSigner& m_signer;
    ApiServerOptions m_options;
    SystemClock m_systemClock;
    std::unique_ptr<QHttpServer> m_http;
    ApiTcpServer* m_tcp = nullptr; // owned by m_http once bound
    QString m_warning;
    quint64 m_nextCall = 0;
    // Declared after m_http so the responders go first: a responder must not outlive its connection.
    std::map<quint64, std::unique_ptr<QHttpServerResponder>> m_pending;
};

} // namespace tfk
