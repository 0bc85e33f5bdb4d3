#pragma once

// Computes and verifies HOTP (RFC 4226) and TOTP (RFC 6238) codes for one key through QCA.

#include "TotpParameters.h"
#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace QCA {
class MessageAuthenticationCode;
}

namespace tfk {

// Keys one QCA MAC object once and computes every code from a copy of it (a freshly keyed QCA
// object per code costs several times more). Not thread-safe: one generator per thread. Needs a
// live CryptoRuntime.
class TotpGenerator
{
    Q_DECLARE_TR_FUNCTIONS(tfk::TotpGenerator)

public:
    // Fails with "[invalid]digits", "[invalid]stepSeconds", "[invalid]key" or "[CryptoUnavailable]".
    static Result<TotpGenerator> create(const QByteArray& key, const TotpParameters& parameters = {});

    TotpGenerator(TotpGenerator&&) noexcept;
    TotpGenerator& operator=(TotpGenerator&&) noexcept;
    ~TotpGenerator();

    const TotpParameters& parameters() const { return m_parameters; }

    // RFC 4226: the code for a counter value, zero-padded to the configured number of digits.
    QString hotp(quint64 counter);

    // The time step containing a Unix time (floor division, so it never goes wrong before T0).
    qint64 stepAt(qint64 unixSeconds) const;
    // Unix time at which a step begins.
    qint64 stepStart(qint64 step) const;

    QString codeForStep(qint64 step);
    QString codeAt(qint64 unixSeconds);

    // The step whose code matches, searching [step - lookBehind, step + lookAhead] outward from the
    // current step with branch-free comparisons. Anything but exactly `digits` ASCII digits, and a
    // window outside the documented limits, never matches.
    std::optional<qint64> verify(QStringView code, qint64 unixSeconds, const VerificationWindow& window = {});

    // True when text is exactly `digits` characters '0'..'9'.
    static bool isWellFormedCode(QStringView text, int digits);

private:
    TotpGenerator(std::unique_ptr<QCA::MessageAuthenticationCode> mac, const TotpParameters& parameters);

    // The RFC 4226 value before zero-padding: HMAC, dynamic truncation, modulo 10^digits.
    quint32 truncatedCode(quint64 counter);

    std::unique_ptr<QCA::MessageAuthenticationCode> m_keyedMac; // keyed once, never updated itself
    TotpParameters m_parameters;
    quint32 m_modulus = 1000000;
};

} // namespace tfk
