#pragma once

// What a Twilio From can be, with Twilio's rules for each: a phone number in E.164, a short code (5 or
// 6 digits), or an alphanumeric sender ID (at most 11 ASCII letters, digits and spaces, at least one
// letter); and which destinations take an alphanumeric sender at all.

#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace tfk {

class SenderId
{
    Q_DECLARE_TR_FUNCTIONS(tfk::SenderId)

public:
    enum class Kind
    {
        PhoneNumber,
        ShortCode,
        Alphanumeric
    };

    static constexpr int kMaxAlphanumericLength = 11;

    // The kind a From looks like: "+..." a phone number; digits only, up to 6 a short code and longer a
    // phone number typed without its "+"; anything else an alphanumeric sender ID.
    static Kind guessKind(QStringView from);
    // "[invalid]from" with a sentence naming what is wrong, when `from` is not a valid sender of `kind`.
    static Result<void> validate(const QString& from, Kind kind);
    static Result<void> validate(const QString& from) { return validate(from, guessKind(from)); }

    // Calling-code prefixes whose destinations get no alphanumeric sender (see the definition for why).
    static const QStringList& alphanumericBlockedPrefixes();
    // False for an E.164 number under one of those prefixes.
    static bool takesAlphanumeric(QStringView to);
};

} // namespace tfk
