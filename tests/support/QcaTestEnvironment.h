#pragma once

// Keeps QCA alive for a test object. Tests call check() in initTestCase() so a missing OpenSSL
// provider fails the test at once with the real reason, not later as a confusing code mismatch.

#include "crypto/CryptoRuntime.h"

#include <QByteArray>

namespace tfk::test {

class QcaTestEnvironment
{
public:
    // Empty when every required QCA feature is there, else the reason.
    QByteArray problem() const
    {
        const auto supported = CryptoRuntime::checkSupport();
        return supported ? QByteArray() : supported.error().message.toUtf8();
    }

private:
    CryptoRuntime m_runtime;
};

} // namespace tfk::test

// For initTestCase(): fails with the reason when QCA is not usable.
#define TFK_REQUIRE_QCA(env)                                                                                           \
    do {                                                                                                               \
        const QByteArray tfkQcaProblem = (env).problem();                                                              \
        QVERIFY2(tfkQcaProblem.isEmpty(), tfkQcaProblem.constData());                                                  \
    } while (false)
