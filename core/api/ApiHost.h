#pragma once

// The HTTP API around a running kiosk: its key store, token signer and server, built from a Runtime so
// the window (--api) and the headless mode share one service and one database.

#include "ApiKeyStore.h"
#include "ApiServer.h"
#include "JwtSigner.h"

#include <memory>

namespace tfk {

class Runtime;

class ApiHost
{
    Q_DECLARE_TR_FUNCTIONS(tfk::ApiHost)

public:
    // Listening when it returns; TFK_JWT_KEY (see JwtSigner::keyFor) comes from `environment`.
    static Result<std::unique_ptr<ApiHost>> start(Runtime& runtime, const ApiServerOptions& options,
                                                  const QProcessEnvironment& environment
                                                  = QProcessEnvironment::systemEnvironment());
    ~ApiHost();

    ApiServer& server() { return *m_server; }
    ApiKeyStore& keys() { return *m_keys; }
    // "API listening on http://127.0.0.1:9011", for the log and the status bar.
    QString listeningMessage() const;

private:
    ApiHost() = default;

    SystemClock m_clock;
    std::unique_ptr<SecretCipher> m_cipher;
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<JwtSigner> m_signer;
    std::unique_ptr<ApiServer> m_server;
};

} // namespace tfk
