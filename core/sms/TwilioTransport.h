#pragma once

// How requests reach Twilio: through which proxy (the system's configuration, none, or the one in
// twilio/proxy with its password from the secrets) and trusting which CA certificates (the system's,
// plus those in twilio/caCertificates), and the sentences for when either goes wrong.

#include "TwilioConfig.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QFuture>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace tfk {

class TwilioTransport
{
    Q_DECLARE_TR_FUNCTIONS(tfk::TwilioTransport)

public:
    enum class ProxyMode
    {
        System, // QNetworkProxyFactory::systemProxyForQuery: https_proxy, http_proxy, no_proxy, the desktop's
        None, // always direct
        Explicit, // the proxy in twilio/proxy
    };

    // The system's proxy configuration and CA certificates.
    TwilioTransport() = default;
    // Reads config.caCertificatesFile and parses config.proxy; what is wrong is in problem().
    static TwilioTransport fromConfig(const TwilioConfig& config);

    // "[TwilioTls]" for a CA file that cannot be read or holds no certificate, "[TwilioProxy]" for a
    // proxy setting that is no proxy URL; a send reports it instead of trying.
    const std::optional<Error>& problem() const { return m_problem; }
    ProxyMode proxyMode() const { return m_proxyMode; }
    // The proxies a request to `url` goes through (NoProxy alone: direct).
    QList<QNetworkProxy> proxiesFor(const QUrl& url) const;
    // "http://proxy.example:3128" (no password) for sentences; empty when `url` goes direct.
    QString proxyDescription(const QUrl& url) const;
    // Makes `network` ask this transport for its proxies (it owns the factory it is given).
    void install(QNetworkAccessManager* network) const;
    // The TLS configuration for an https request: the system's CA certificates plus the extra ones.
    void prepare(QNetworkRequest& request) const;

    // What to check after a failed TLS handshake (CA file, missing system certificates, clock).
    QString tlsAdvice() const;
    // Whether this computer has CA certificates for Qt to check a server with: caCertificatesIn() the folders Qt's
    // TLS backend reads them from. Asked once per process, on a worker thread, from the first call.
    static QFuture<bool> systemCaCertificatesPresent();
    // Whether one of `folders` holds a CA certificate Qt would use, found as cheaply as possible: first the
    // hashed names (0123abcd.0) OpenSSL looks certificates up by, which is how Qt uses the folders when they
    // exist; then the *.pem and *.crt files Qt reads otherwise. Stops at the first file that holds a PEM
    // certificate block; nothing is parsed (parsing the first certificate makes Qt parse all of the system's).
    static bool caCertificatesIn(const QStringList& folders);
    // A sentence naming the ca-certificates package when `baseUrl` is https, no CA file is configured and the
    // system has no CA certificates; else nothing.
    static std::optional<QString> missingCaCertificatesWarning(const QUrl& baseUrl, const QString& caCertificatesFile,
                                                               bool systemHasCaCertificates);
    // At start-up, without waiting for the certificates: `warn` gets that sentence on `context`'s thread once
    // `present` (the system's answer unless a test gives one) is known; not at all when `config` needs no
    // system certificate (then they are not read) or after `context` is gone.
    static void warnIfCaCertificatesMissing(const TwilioConfig& config, QObject* context,
                                            std::function<void(const QString&)> warn,
                                            const std::function<QFuture<bool>()>& present
                                            = &TwilioTransport::systemCaCertificatesPresent);

private:
    std::optional<Error> m_problem;
    QString m_caFile;
    QList<QSslCertificate> m_extraCas;
    ProxyMode m_proxyMode = ProxyMode::System;
    QNetworkProxy m_proxy; // Explicit only
};

} // namespace tfk
