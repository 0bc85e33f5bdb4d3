#include "TotpSecret.h"

#include "Base32.h"

#include <QtCrypto>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr int kRandomBytes = TotpSecret::kGeneratedLength * 3 / 4; // base64: 4 chars per 3 bytes

bool isPrintableAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

} // namespace

TotpSecret TotpSecret::generate()
{
    const QByteArray bytes = QCA::Random::randomArray(kRandomBytes).toByteArray();
    return TotpSecret(QString::fromLatin1(bytes.toBase64()));
}

Result<TotpSecret> TotpSecret::fromSecret(const QString& secret)
{
    if (secret.isEmpty()) {
        return fail(u"[blank]secret"_s, tr("The two-factor secret is empty."));
    }
    if (secret.size() > kMaxLength) {
        return fail(u"[tooLong]secret"_s,
                    tr("The two-factor secret is %1 characters long; at most %2 are allowed.")
                        .arg(secret.size())
                        .arg(kMaxLength));
    }
    if (!isPrintableAscii(secret)) {
        return fail(u"[invalid]secret"_s,
                    tr("The two-factor secret may contain only printable ASCII characters, without spaces."));
    }
    return TotpSecret(secret);
}

Result<TotpSecret> TotpSecret::fromBase32(QStringView base32)
{
    auto bytes = Base32::decode(base32);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    return fromSecret(QString::fromLatin1(*bytes));
}

QString TotpSecret::secretBase32Encoded() const
{
    return Base32::encode(key());
}

} // namespace tfk
