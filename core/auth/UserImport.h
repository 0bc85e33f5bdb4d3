#pragma once

// Bulk import of users, as FusionAuth's POST /api/user/import has it: every user validated (with
// FusionAuth-style field errors naming each bad user's index, "users[12].email"), phones normalised
// to E.164, duplicates within the request and against the database refused, passwords taken as
// Argon2id PHC strings or hashed here, and all of it written in one transaction, or nothing.
// Synchronous and safe on any worker thread (see Workflow); the service runs it on the pools.

#include "auth/Workflow.h"

#include <QThreadPool>

#include <functional>

namespace tfk {

struct ImportedUser
{
    QString email;
    QString username;
    QString fullName;
    QString mobilePhone; // as given; stored as E.164
    QString password; // plaintext, or a hash in `encryptionScheme`
    QString encryptionScheme; // per user; empty: the request's
};

struct ImportRequest
{
    QList<ImportedUser> users;
    // FusionAuth's name for the scheme the passwords are already hashed with. Accepted: "argon2id"
    // (a PHC string "$argon2id$v=19$m=...,t=...,p=...$salt$hash", taken as it is). Empty: plaintext
    // passwords, hashed with Argon2id here.
    QString encryptionScheme;
    // Users whose login id already exists are skipped instead of refused (the command line's re-runs).
    bool skipExisting = false;
};

struct ImportOutcome
{
    int imported = 0;
    int skipped = 0;
    // Validation errors, each naming its field ("users[12].email"); when any, nothing was imported.
    QList<Error> errors;
};

class UserImport
{
    Q_DECLARE_TR_FUNCTIONS(tfk::UserImport)

public:
    static constexpr int kMaxUsersPerRequest = 100000;
    static constexpr int kMaxErrors = 100; // reported; validation stops counting beyond
    // Users are checked and written in kChunks chunks of kMinChunk users or more, the next one's phones
    // parsed meanwhile.
    static constexpr qsizetype kChunks = 8;
    static constexpr qsizetype kMinChunk = 1000;

    // `hashAll` hashes plaintext passwords (in parallel, on the password pool); empty strings in its
    // answer are hashing failures.
    using HashAll = std::function<QList<QByteArray>(const QStringList& passwords)>;

    UserImport(Workflow& workflow, HashAll hashAll);

    Result<ImportOutcome> run(const ImportRequest& request, const RequestContext& context);

    // Whether `hash` is an Argon2id PHC string this kiosk can verify.
    static bool isArgon2idHash(const QString& hash);

private:
    // The mobile phones of users [from, to) parsed (an unparsed, empty result where a user has none).
    QList<Result<PhoneNumber>> parsePhones(const QList<ImportedUser>& users, qsizetype from, qsizetype to) const;

    Workflow& m_workflow;
    HashAll m_hashAll;
    // Parses the next chunk's phones while the storage thread writes the current one.
    QThreadPool m_parsing;
};

} // namespace tfk
