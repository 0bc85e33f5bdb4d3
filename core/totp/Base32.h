#pragma once

// RFC 4648 base32, as authenticator apps and FusionAuth's secretBase32Encoded use it.

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tfk {

class Base32
{
    Q_DECLARE_TR_FUNCTIONS(tfk::Base32)

public:
    enum class Padding
    {
        Omit, // what authenticator apps and FusionAuth print
        Include
    };

    static QString encode(const QByteArray& data, Padding padding = Padding::Omit);

    // Accepts upper and lower case, with or without correct '=' padding. Anything else (spaces,
    // '0', '1', '8', misplaced '=', impossible lengths) is "[invalid]base32" naming the problem.
    static Result<QByteArray> decode(QStringView text);
};

} // namespace tfk
