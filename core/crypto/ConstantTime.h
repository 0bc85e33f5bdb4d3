#pragma once

// Comparison whose running time does not depend on where two equal-length values differ.

#include <QByteArrayView>

namespace tfk {

// True when a and b are byte-for-byte equal. Lengths are not secret (codes have a fixed length).
inline bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return diff == 0;
}

} // namespace tfk
