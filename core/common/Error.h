#pragma once

// Errors are values: a stable code a program can switch on, and a translated sentence for a person.

#include <QString>

#include <expected>

namespace tfk {

struct Error
{
    // Stable and machine-readable: FusionAuth style ("[invalid]code", "[TwoFactorTimeout]") or a
    // provider's own code ("twilio:21614").
    QString code;
    // Already translated, complete sentence, safe to show to the operator (never a secret).
    QString message;

    bool operator==(const Error&) const = default;
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString code, QString message)
{
    return std::unexpected<Error>(Error {std::move(code), std::move(message)});
}

} // namespace tfk
