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
    // The HTTP status FusionAuth answers with (400, 404, 409, 421, 429, 500, ...); 0 when not an API error.
    int httpStatus = 0;
    // For validation errors, FusionAuth's field path ("user.mobilePhone", "code"); empty otherwise.
    QString field = {};
    // For rate limits and lockouts: seconds until trying again makes sense; 0 when not applicable.
    qint64 retryAfterSeconds = 0;

    bool operator==(const Error&) const = default;
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString code, QString message)
{
    return std::unexpected<Error>(Error {std::move(code), std::move(message)});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

} // namespace tfk
