#include "ApiHost.h"

#include "runtime/Runtime.h"

using namespace Qt::StringLiterals;

namespace tfk {

ApiHost::~ApiHost()
{
    m_server.reset();
}

Result<std::unique_ptr<ApiHost>> ApiHost::start(Runtime& runtime, const ApiServerOptions& options,
                                                const QProcessEnvironment& environment)
{
    std::unique_ptr<ApiHost> host(new ApiHost());
    auto jwtKey = JwtSigner::keyFor(environment, runtime.dataKey());
    if (!jwtKey) {
        return fail(jwtKey.error());
    }
    // The same data key as the runtime's cipher, so key hashes match whichever process made them.
    host->m_cipher = std::make_unique<SecretCipher>(runtime.dataKey());
    host->m_keys = std::make_unique<ApiKeyStore>(runtime.database(), *host->m_cipher, host->m_clock);
    host->m_signer = std::make_unique<JwtSigner>(*jwtKey);
    host->m_server = std::make_unique<ApiServer>(runtime.service(), *host->m_keys, *host->m_signer, options);
    if (auto listening = host->m_server->listen(); !listening) {
        return fail(listening.error());
    }
    return host;
}

QString ApiHost::listeningMessage() const
{
    return tr("API listening on %1").arg(m_server->baseUrl().toString());
}

} // namespace tfk
