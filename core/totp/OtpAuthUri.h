#pragma once

// Builds the otpauth://totp/ URI authenticator apps read (Google's Key Uri Format).

#include "TotpParameters.h"
#include "TotpSecret.h"

#include <QString>

namespace tfk {

class OtpAuthUri
{
public:
    // otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30,
    // every label and value percent-encoded (':' inside issuer or account included). Unicode noncharacters are
    // carried as U+FFFD, which is what URL decoders make of them.
    static QString build(const TotpSecret& secret, const QString& issuer, const QString& account,
                         const TotpParameters& parameters = {});
};

} // namespace tfk
