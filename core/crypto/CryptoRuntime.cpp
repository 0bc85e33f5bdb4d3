#include "CryptoRuntime.h"

#include <QMutex>
#include <QPluginLoader>
#include <QSet>

#include <QtCrypto>
#include <qcaprovider.h>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// QCA's OpenSSL provider, from the first of QCA's plugin folders that has it (QPluginLoader adds the
// platform's prefix and suffix: libqca-ossl.so here).
bool insertOpenSslProvider()
{
    for (const QString& folder : QCA::pluginPaths()) {
        QPluginLoader loader(folder + u"/crypto/qca-ossl"_s);
        auto* plugin = qobject_cast<QCAPlugin*>(loader.instance());
        if (plugin == nullptr) {
            continue;
        }
        // QCA owns the provider from here; the library stays loaded for the process (QPluginLoader's
        // destructor does not unload it).
        if (QCA::Provider* provider = plugin->createProvider(); provider != nullptr) {
            if (QCA::insertProvider(provider, 0)) {
                return true;
            }
            delete provider;
        }
    }
    return false;
}

} // namespace

CryptoRuntime::CryptoRuntime()
{
    // At its first use QCA loads every provider in its folders (OpenSSL, SASL, GnuPG, a logger, a soft
    // key store), each with its libraries (libsasl2, GnuPG's, ...): several milliseconds of every start,
    // for algorithms of which this program uses OpenSSL's only. So QCA's first look finds QCA_NO_PLUGINS
    // set and scans no folder, and the OpenSSL provider is inserted by name. The variable is set only
    // for that moment: the programs this one starts (and their QCA) must not inherit it. Should the
    // provider be missing or not offer what checkSupport asks, QCA scans its folders after all and
    // checkSupport names what is still missing.
    const bool userSetNoPlugins = qEnvironmentVariableIsSet("QCA_NO_PLUGINS");
    const QByteArray userNoPlugins = qgetenv("QCA_NO_PLUGINS");
    qputenv("QCA_NO_PLUGINS", "1");
    m_initializer = std::make_unique<QCA::Initializer>();
    const bool inserted = insertOpenSslProvider();
    if (userSetNoPlugins) {
        qputenv("QCA_NO_PLUGINS", userNoPlugins);
    } else {
        qunsetenv("QCA_NO_PLUGINS");
    }
    if (!inserted || !checkSupport()) {
        QCA::scanForPlugins();
    }
}

CryptoRuntime::~CryptoRuntime() = default;

QStringList CryptoRuntime::requiredFeatures()
{
    return {u"hmac(sha1)"_s, u"hmac(sha256)"_s, u"hmac(sha512)"_s, u"aes256-gcm"_s, u"random"_s};
}

Result<void> CryptoRuntime::checkSupport(const QStringList& features)
{
    // QCA answers by asking every provider for its feature list, which costs more than the HMAC it is
    // asked about; a feature once supported stays so while the program runs.
    static QMutex mutex;
    static QSet<QString> supported;
    QStringList missing;
    for (const QString& feature : features) {
        {
            const QMutexLocker lock(&mutex);
            if (supported.contains(feature)) {
                continue;
            }
        }
        if (!QCA::isSupported(feature.toLatin1().constData())) {
            missing << feature;
            continue;
        }
        const QMutexLocker lock(&mutex);
        supported.insert(feature);
    }
    if (missing.isEmpty()) {
        return {};
    }
    return fail(u"[CryptoUnavailable]"_s,
                tr("The cryptography library QCA cannot provide %1. Install the QCA OpenSSL plugin "
                   "(Debian package libqca-qt6-plugins) and start the program again.")
                    .arg(missing.join(u", "_s)));
}

} // namespace tfk
