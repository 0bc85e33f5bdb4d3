#pragma once

// A user as the rest of the program sees it: no password hash and no secret ever leave the store.

#include <QList>
#include <QString>

namespace tfk {

enum class TwoFactorDelivery
{
    None,
    TextMessage
};

QString deliveryName(TwoFactorDelivery delivery); // "None" / "TextMessage"
bool parseDelivery(const QString& name, TwoFactorDelivery* delivery); // FusionAuth's names, exactly

struct User
{
    QString id; // UUID without braces
    QString email;
    QString username;
    QString fullName;
    QString mobilePhone; // E.164 or empty
    bool twoFactorEnabled = false;
    TwoFactorDelivery delivery = TwoFactorDelivery::None;
    qint64 createdAt = 0; // ms since the epoch
    qint64 updatedAt = 0;
    qint64 lastLoginAt = 0; // 0: never

    // What the user signs in with: the email, else the username.
    QString loginId() const { return email.isEmpty() ? username : email; }
    bool operator==(const User&) const = default;
};

struct UserPage
{
    QList<User> users;
    int total = 0; // matching users, for the pager
    // More than `total` match (the count stops there: "1-50 of more than 1,000").
    bool totalIsLowerBound = false;
};

} // namespace tfk
