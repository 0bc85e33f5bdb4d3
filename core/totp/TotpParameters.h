#pragma once

// The knobs of an RFC 6238 code: hash, length, step and epoch, plus the verification window.

#include <QtGlobal>

namespace tfk {

enum class HashAlgorithm
{
    Sha1,
    Sha256,
    Sha512
};

struct TotpParameters
{
    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    int digits = 6; // 6..8
    int stepSeconds = 30;
    qint64 t0 = 0; // Unix time at which step 0 starts

    static constexpr int kMinDigits = 6;
    static constexpr int kMaxDigits = 8;
};

// How many steps before and after the current one a code may come from (clock skew, slow SMS).
struct VerificationWindow
{
    int lookBehind = 1;
    int lookAhead = 1;

    static constexpr int kMaxLookBehind = 10;
    static constexpr int kMaxLookAhead = 10;
};

} // namespace tfk
