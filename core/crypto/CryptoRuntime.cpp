#include "CryptoRuntime.h"

#include <QMutex>
#include <QSet>

#include <QtCrypto>

using namespace Qt::StringLiterals;

namespace tfk {

CryptoRuntime::CryptoRuntime()
    : m_initializer(std::make_unique<QCA::Initializer>())
{
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
