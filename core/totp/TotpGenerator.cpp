#include "TotpGenerator.h"

#include "crypto/CryptoRuntime.h"

#include <QtCrypto>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

const char* qcaName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha256:
        return "hmac(sha256)";
    case HashAlgorithm::Sha512:
        return "hmac(sha512)";
    case HashAlgorithm::Sha1:
        break;
    }
    return "hmac(sha1)";
}

} // namespace

Result<TotpGenerator> TotpGenerator::create(const QByteArray& key, const TotpParameters& parameters)
{
    if (parameters.digits < TotpParameters::kMinDigits || parameters.digits > TotpParameters::kMaxDigits) {
        return fail(u"[invalid]digits"_s,
                    tr("A code must have between %1 and %2 digits, not %3.")
                        .arg(TotpParameters::kMinDigits)
                        .arg(TotpParameters::kMaxDigits)
                        .arg(parameters.digits));
    }
    if (parameters.stepSeconds < 1) {
        return fail(u"[invalid]stepSeconds"_s,
                    tr("The time step must be at least one second, not %1.").arg(parameters.stepSeconds));
    }
    if (key.isEmpty()) {
        return fail(u"[invalid]key"_s, tr("The two-factor secret is empty."));
    }
    const QString name = QString::fromLatin1(qcaName(parameters.algorithm));
    if (auto supported = CryptoRuntime::checkSupport({name}); !supported) {
        return std::unexpected(supported.error());
    }
    auto mac = std::make_unique<QCA::MessageAuthenticationCode>(name, QCA::SymmetricKey(key));
    if (!mac->context()) {
        return fail(u"[CryptoUnavailable]"_s, tr("The cryptography library QCA could not create %1.").arg(name));
    }
    return TotpGenerator(std::move(mac), parameters);
}

TotpGenerator::TotpGenerator(std::unique_ptr<QCA::MessageAuthenticationCode> mac, const TotpParameters& parameters)
    : m_keyedMac(std::move(mac))
    , m_parameters(parameters)
{
    m_modulus = 1;
    for (int i = 0; i < parameters.digits; ++i) {
        m_modulus *= 10;
    }
}

TotpGenerator::TotpGenerator(TotpGenerator&&) noexcept = default;
TotpGenerator& TotpGenerator::operator=(TotpGenerator&&) noexcept = default;
TotpGenerator::~TotpGenerator() = default;

quint32 TotpGenerator::truncatedCode(quint64 counter)
{
    char message[8];
    qToBigEndian(counter, message);
    // A copy of the keyed object shares its context; update() clones that context (an HMAC state
    // copy) instead of deriving the key pads again, which is what makes reuse cheap.
    QCA::MessageAuthenticationCode mac(*m_keyedMac);
    mac.update(QCA::MemoryRegion(QByteArray::fromRawData(message, sizeof message)));
    const QCA::MemoryRegion digest = mac.final();

    // RFC 4226 section 5.3, dynamic truncation.
    const auto* h = reinterpret_cast<const unsigned char*>(digest.constData());
    const int offset = h[digest.size() - 1] & 0x0f;
    const quint32 binary = (quint32(h[offset] & 0x7f) << 24) | (quint32(h[offset + 1]) << 16)
        | (quint32(h[offset + 2]) << 8) | quint32(h[offset + 3]);
    return binary % m_modulus;
}

QString TotpGenerator::hotp(quint64 counter)
{
    return u"%1"_s.arg(truncatedCode(counter), m_parameters.digits, 10, QLatin1Char('0'));
}

qint64 TotpGenerator::stepAt(qint64 unixSeconds) const
{
    const qint64 elapsed = unixSeconds - m_parameters.t0;
    const qint64 step = m_parameters.stepSeconds;
    return elapsed >= 0 ? elapsed / step : -((-elapsed + step - 1) / step);
}

qint64 TotpGenerator::stepStart(qint64 step) const
{
    return m_parameters.t0 + step * m_parameters.stepSeconds;
}

QString TotpGenerator::codeForStep(qint64 step)
{
    return hotp(quint64(step));
}

QString TotpGenerator::codeAt(qint64 unixSeconds)
{
    return codeForStep(stepAt(unixSeconds));
}

bool TotpGenerator::isWellFormedCode(QStringView text, int digits)
{
    if (text.size() != digits) {
        return false;
    }
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            return false;
        }
    }
    return true;
}

std::optional<qint64> TotpGenerator::verify(QStringView code, qint64 unixSeconds, const VerificationWindow& window)
{
    if (!isWellFormedCode(code, m_parameters.digits) || window.lookBehind < 0 || window.lookAhead < 0
        || window.lookBehind > VerificationWindow::kMaxLookBehind
        || window.lookAhead > VerificationWindow::kMaxLookAhead) {
        return std::nullopt;
    }
    quint32 candidate = 0;
    for (const QChar c : code) {
        candidate = candidate * 10 + quint32(c.unicode() - u'0');
    }
    const qint64 current = stepAt(unixSeconds);
    // Outward from the current step (0, -1, +1, -2, +2, ...), as RFC 6238 implementations do. Each
    // comparison is a branch-free integer compare; stopping at a match reveals only what the answer
    // itself says (accepted, and roughly how old the code was), while a wrong code always costs the
    // whole window.
    const int reach = std::max(window.lookBehind, window.lookAhead);
    for (int distance = 0; distance <= reach; ++distance) {
        for (const int sign : {-1, 1}) {
            if ((distance == 0 && sign > 0) || (sign < 0 && distance > window.lookBehind)
                || (sign > 0 && distance > window.lookAhead)) {
                continue;
            }
            const qint64 step = current + sign * distance;
            if (step < 0) {
                continue;
            }
            if ((truncatedCode(quint64(step)) ^ candidate) == 0) {
                return step;
            }
        }
    }
    return std::nullopt;
}

} // namespace tfk
