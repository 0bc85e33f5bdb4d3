#include "TwilioTransport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// Asked by the QNetworkAccessManager for every connection it opens; for the system's configuration
// it asks QNetworkProxyFactory::systemProxyForQuery each time, so a changed https_proxy applies at once.
class TransportProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit TransportProxyFactory(const TwilioTransport& transport)
        : m_transport(transport)
    {
    }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        return m_transport.proxiesFor(query.url());
    }

private:
    TwilioTransport m_transport;
};

QString withoutPassword(QUrl url)
{
    url.setPassword(QString());
    return url.toString();
}

} // namespace

QFuture<bool> TwilioTransport::systemCaCertificatesPresent()
{
    // The folders of QSslSocketPrivate::unixRootCertDirectories() in Qt 6.8, where Qt's OpenSSL backend finds
    // the system's CA certificates (QSslConfiguration::systemCaCertificates() parses every file in them).
    static const QStringList folders = {
        u"/etc/ssl/certs/"_s,     u"/usr/lib/ssl/certs/"_s, u"/usr/share/ssl/"_s,
        u"/usr/local/ssl/"_s,     u"/var/ssl/certs/"_s,     u"/usr/local/ssl/certs/"_s,
        u"/etc/openssl/certs/"_s, u"/opt/openssl/certs/"_s, u"/etc/ssl/"_s,
    };
    static const QFuture<bool> present = QtConcurrent::run([] { return caCertificatesIn(folders); });
    return present;
}

bool TwilioTransport::caCertificatesIn(const QStringList& folders)
{
    // Looked for, not parsed: the first QSslCertificate made in a process initialises Qt's TLS backend, which
    // parses every system certificate (over 200 M instructions). A PEM block is what OpenSSL and Qt read
    // certificates from; a block of junk fails at the first send, with the TLS sentence.
    const auto holdsCertificate = [](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QByteArray head = file.read(256 * 1024);
        return head.contains("-----BEGIN CERTIFICATE-----") || head.contains("-----BEGIN TRUSTED CERTIFICATE-----");
    };
    // Qt's own test for OpenSSL's look-up by hash (qtlsbackend_openssl.cpp), then Qt's list of files to read.
    const QStringList ways[]
        = {{u"[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f].[0-9]"_s}, {u"*.pem"_s, u"*.crt"_s}};
    for (const QStringList& names : ways) {
        for (const QString& folder : folders) {
            QDirIterator files(folder, names, QDir::Files | QDir::Readable);
            while (files.hasNext()) {
                if (holdsCertificate(files.next())) {
                    return true;
                }
            }
        }
    }
    return false;
}

TwilioTransport TwilioTransport::fromConfig(const TwilioConfig& config)
{
    TwilioTransport transport;
    transport.m_caFile = config.caCertificatesFile.trimmed();
    if (!transport.m_caFile.isEmpty()) {
        const QString file = QDir::toNativeSeparators(transport.m_caFile);
        if (!QFileInfo(transport.m_caFile).isReadable()) {
            transport.m_problem = Error {u"[TwilioTls]"_s,
                                         tr("The CA certificates file %1 (twilio/caCertificates) cannot be read: it "
                                            "is missing or not readable by this program.")
                                             .arg(file),
                                         502};
        } else {
            transport.m_extraCas = QSslCertificate::fromPath(transport.m_caFile, QSsl::Pem);
            if (transport.m_extraCas.isEmpty()) {
                transport.m_problem
                    = Error {u"[TwilioTls]"_s,
                             tr("The CA certificates file %1 (twilio/caCertificates) holds no PEM certificate "
                                "(\"-----BEGIN CERTIFICATE-----\").")
                                 .arg(file),
                             502};
            }
        }
    }

    const QString proxy = config.proxy.trimmed();
    if (proxy.isEmpty() || proxy.compare(u"system"_s, Qt::CaseInsensitive) == 0) {
        transport.m_proxyMode = ProxyMode::System;
    } else if (proxy.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        transport.m_proxyMode = ProxyMode::None;
    } else {
        const QUrl url(proxy, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const bool known = scheme == u"http"_s || scheme == u"socks5"_s;
        if (!url.isValid() || !known || url.host().isEmpty() || url.port() <= 0
            || (!url.path().isEmpty() && url.path() != u"/"_s)) {
            transport.m_problem = Error {u"[TwilioProxy]"_s,
                                         tr("The proxy setting twilio/proxy (%1) is not a proxy address: write it as "
                                            "http://host:port or http://user@host:port (socks5:// works too), "
                                            "\"none\" for no proxy, or leave it empty for the system's proxy "
                                            "configuration.")
                                             .arg(withoutPassword(url)),
                                         502};
        } else {
            transport.m_proxyMode = ProxyMode::Explicit;
            transport.m_proxy = QNetworkProxy(
                scheme == u"http"_s ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy, url.host(),
                quint16(url.port()), url.userName(QUrl::FullyDecoded),
                config.proxyPassword.isEmpty() ? url.password(QUrl::FullyDecoded) : config.proxyPassword);
        }
    }
    return transport;
}

QList<QNetworkProxy> TwilioTransport::proxiesFor(const QUrl& url) const
{
    switch (m_proxyMode) {
    case ProxyMode::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case ProxyMode::Explicit:
        return {m_proxy};
    case ProxyMode::System:
        break;
    }
    QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    if (proxies.isEmpty()) {
        proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
    }
    return proxies;
}

QString TwilioTransport::proxyDescription(const QUrl& url) const
{
    const QNetworkProxy proxy = proxiesFor(url).constFirst();
    if (proxy.type() != QNetworkProxy::HttpProxy && proxy.type() != QNetworkProxy::Socks5Proxy) {
        return {};
    }
    QUrl described;
    described.setScheme(proxy.type() == QNetworkProxy::HttpProxy ? u"http"_s : u"socks5"_s);
    described.setHost(proxy.hostName());
    described.setPort(proxy.port());
    described.setUserName(proxy.user());
    return described.toString();
}

void TwilioTransport::install(QNetworkAccessManager* network) const
{
    network->setProxyFactory(new TransportProxyFactory(*this));
}

void TwilioTransport::prepare(QNetworkRequest& request) const
{
    if (request.url().scheme() == u"http"_s) {
        // Plain HTTP through a proxy that wants credentials: sent with the request, because answering a
        // 407 challenge would mean sending the one-shot body again (HTTPS authenticates in CONNECT).
        const QNetworkProxy proxy = proxiesFor(request.url()).constFirst();
        if (proxy.type() == QNetworkProxy::HttpProxy && !proxy.user().isEmpty()) {
            request.setRawHeader("Proxy-Authorization",
                                 "Basic " + (proxy.user() % u':' % proxy.password()).toUtf8().toBase64());
        }
        return;
    }
    if (m_extraCas.isEmpty()) {
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_extraCas);
    request.setSslConfiguration(tls);
}

QString TwilioTransport::tlsAdvice() const
{
    if (!m_caFile.isEmpty()) {
        return tr("Its certificate must lead to a CA this computer trusts or to one in %1 (twilio/caCertificates); "
                  "check that file and the system clock.")
            .arg(QDir::toNativeSeparators(m_caFile));
    }
    // After a failed handshake only: by then the answer has long been read.
    if (!systemCaCertificatesPresent().result()) {
        return tr("This computer has no CA certificates to check it with: install the ca-certificates package.");
    }
    return tr("Check the system clock and that nothing intercepts the connection; a proxy that inspects TLS needs "
              "its CA certificate in twilio/caCertificates.");
}

std::optional<QString> TwilioTransport::missingCaCertificatesWarning(const QUrl& baseUrl,
                                                                     const QString& caCertificatesFile,
                                                                     bool systemHasCaCertificates)
{
    if (baseUrl.scheme() != u"https"_s || !caCertificatesFile.trimmed().isEmpty() || systemHasCaCertificates) {
        return std::nullopt;
    }
    return tr("Twilio is reached over HTTPS (%1), but this computer has no CA certificates to check its certificate "
              "with, so every text message would fail: install the ca-certificates package (Debian and Ubuntu: "
              "sudo apt install ca-certificates), or name a PEM file of CA certificates in twilio/caCertificates.")
        .arg(baseUrl.host());
}

void TwilioTransport::warnIfCaCertificatesMissing(const TwilioConfig& config, QObject* context,
                                                  std::function<void(const QString&)> warn,
                                                  const std::function<QFuture<bool>()>& present)
{
    if (!missingCaCertificatesWarning(config.baseUrl, config.caCertificatesFile, false)) {
        return; // plain HTTP or a CA file of one's own: the system's certificates do not matter
    }
    // A watcher, not .then(): a QFuture keeps one continuation only, and this one is shared.
    auto* watcher = new QFutureWatcher<bool>(context);
    QObject::connect(watcher, &QFutureWatcher<bool>::finished, context,
                     [watcher, baseUrl = config.baseUrl, caFile = config.caCertificatesFile, warn = std::move(warn)] {
                         watcher->deleteLater();
                         const bool systemHasCaCertificates = watcher->isCanceled() || watcher->result();
                         if (const auto warning
                             = missingCaCertificatesWarning(baseUrl, caFile, systemHasCaCertificates)) {
                             warn(*warning);
                         }
                     });
    watcher->setFuture(present());
}

} // namespace tfk
