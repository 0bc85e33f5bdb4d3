#pragma once

// Owns QCA's lifetime for the process and checks, once at start-up, that the provider the product
// relies on (QCA's OpenSSL plugin) offers every algorithm it needs.

#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace QCA {
class Initializer;
}

namespace tfk {

class CryptoRuntime
{
    Q_DECLARE_TR_FUNCTIONS(tfk::CryptoRuntime)

public:
    CryptoRuntime();
    ~CryptoRuntime();
    CryptoRuntime(const CryptoRuntime&) = delete;
    CryptoRuntime& operator=(const CryptoRuntime&) = delete;

    // QCA feature names the product cannot work without.
    static QStringList requiredFeatures();

    // Ok when QCA supports every feature; otherwise "[CryptoUnavailable]" naming the missing ones
    // and the package that provides them. Needs a live CryptoRuntime.
    static Result<void> checkSupport(const QStringList& features = requiredFeatures());

private:
    std::unique_ptr<QCA::Initializer> m_initializer;
};

} // namespace tfk
