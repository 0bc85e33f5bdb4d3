#include "UserDirectory.h"

#include "totp/TotpGenerator.h"

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr int kMaxLoginIdLength = 320;
constexpr int kMaxPasswordLength = 1024;
constexpr int kMinPasswordLength = 8;
constexpr int kMaxNameLength = 200;

} // namespace

UserDirectory::UserDirectory(Workflow& workflow)
    : m_workflow(workflow)
{
}

Result<User> UserDirectory::create(const UserRequest& request, const RequestContext& context)
{
    auto outcome = [&]() -> Result<User> {
        const QString email = request.email.trimmed();
        const QString username = request.username.trimmed();
        if (email.isEmpty() && username.isEmpty()) {
            return fail(Workflow::validation(u"[blank]user.email"_s, u"user.email"_s,
                                             tr("Enter an email address or a username: the user signs in with it.")));
        }
        if (email.size() > kMaxLoginIdLength || username.size() > kMaxLoginIdLength) {
            return fail(Workflow::validation(
                u"[tooLong]user.email"_s, u"user.email"_s,
                tr("The email address or username is longer than %1 characters.").arg(kMaxLoginIdLength)));
        }
        // A NUL cannot be typed and PostgreSQL's text cannot hold it: refused on both engines alike.
        if (email.contains(QChar(0)) || username.contains(QChar(0)) || request.fullName.contains(QChar(0))) {
            return fail(Workflow::validation(u"[invalid]user.email"_s, u"user.email"_s,
                                             tr("The email address, username or name contains a NUL character.")));
        }
        if (!email.isEmpty()
            && (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@') || email.contains(u' '))) {
            return fail(Workflow::validation(u"[invalid]user.email"_s, u"user.email"_s,
                                             tr("\"%1\" is not an email address.").arg(email.left(64))));
        }
        if (request.fullName.size() > kMaxNameLength) {
            return fail(Workflow::validation(u"[tooLong]user.fullName"_s, u"user.fullName"_s,
                                             tr("The name is longer than %1 characters.").arg(kMaxNameLength)));
        }
        if (request.password.size() < kMinPasswordLength) {
            return fail(Workflow::validation(
                request.password.isEmpty() ? u"[blank]user.password"_s : u"[tooShort]user.password"_s,
                u"user.password"_s, tr("The password must have at least %1 characters.").arg(kMinPasswordLength)));
        }
        if (request.password.size() > kMaxPasswordLength) {
            return fail(Workflow::validation(u"[tooLong]user.password"_s, u"user.password"_s,
                                             tr("The password is longer than %1 characters.").arg(kMaxPasswordLength)));
        }
        auto parsedPhone = m_workflow.userPhone(request.mobilePhone);
        if (!parsedPhone) {
            return fail(parsedPhone.error());
        }
        const QString phone = *parsedPhone;
        auto hash = m_workflow.hasher().hash(request.password);
        if (!hash) {
            return fail(hash.error());
        }
        // Unique login ids are the database's to enforce (email_key, username_key UNIQUE): two desks
        // creating the same user at once get one user and one "[duplicate]" answer.
        return m_workflow.users().create(NewUser {email, username, request.fullName.trimmed(), phone, *hash});
    }();
    return m_workflow.recordUserStep(u"user.create"_s, {}, context, std::move(outcome));
}

Result<User> UserDirectory::update(const QString& userId, const UserRequest& request, const RequestContext& context)
{
    UserStore& users = m_workflow.users();
    auto outcome = [&]() -> Result<User> {
        const QString email = request.email.trimmed();
        const QString username = request.username.trimmed();
        if (email.isEmpty() && username.isEmpty()) {
            return fail(Workflow::validation(u"[blank]user.email"_s, u"user.email"_s,
                                             tr("Enter an email address or a username: the user signs in with it.")));
        }
        auto parsedPhone = m_workflow.userPhone(request.mobilePhone);
        if (!parsedPhone) {
            return fail(parsedPhone.error());
        }
        const QString phone = *parsedPhone;
        if (!request.password.isEmpty()) {
            if (request.password.size() < kMinPasswordLength || request.password.size() > kMaxPasswordLength) {
                return fail(Workflow::validation(u"[invalid]user.password"_s, u"user.password"_s,
                                                 tr("The password must have between %1 and %2 characters.")
                                                     .arg(kMinPasswordLength)
                                                     .arg(kMaxPasswordLength)));
            }
        }
        // The hash is made before the write transaction, which must not wait for Argon2id.
        QByteArray passwordHash;
        if (!request.password.isEmpty()) {
            auto hash = m_workflow.hasher().hash(request.password);
            if (!hash) {
                return fail(hash.error());
            }
            passwordHash = *hash;
        }
        auto transaction = Transaction::begin(m_workflow.database());
        if (!transaction) {
            return fail(transaction.error());
        }
        auto existing = users.findById(userId);
        if (!existing) {
            return existing;
        }
        if (phone.isEmpty() && existing->twoFactorEnabled && existing->delivery == TwoFactorDelivery::TextMessage) {
            return fail(
                Workflow::validation(u"[blank]user.mobilePhone"_s, u"user.mobilePhone"_s,
                                     tr("This user receives codes by text message; a mobile phone is required.")));
        }
        if (existing->twoFactorEnabled && phone != existing->mobilePhone) {
            // Codes are never silently re-routed: a new number for a user with two-factor on is
            // proven with the user's code texted to that number (sendPhoneChangeCode), spent here.
            if (request.phoneVerificationCode.trimmed().isEmpty()) {
                return fail(Workflow::validation(
                    u"[blank]phoneVerificationCode"_s, u"phoneVerificationCode"_s,
                    tr("%1 has two-factor sign-in on: send a code to the new number %2 and type it in to change the "
                       "number.")
                        .arg(existing->loginId(), PhoneNumberParser::mask(phone))));
            }
            auto generator = m_workflow.generatorFor(userId);
            if (!generator) {
                return fail(generator.error());
            }
            auto step = m_workflow.verifyCode(userId, *generator, request.phoneVerificationCode);
            if (!step) {
                Error error = step.error();
                error.field = u"phoneVerificationCode"_s;
                return fail(error);
            }
            if (auto marked = m_workflow.twoFactor().markStepUsed(userId, *step, m_workflow.now()); !marked) {
                return fail(marked.error());
            }
        }
        auto updated = users.updateProfile(userId, UserProfile {email, username, request.fullName.trimmed(), phone});
        if (!updated) {
            return updated;
        }
        if (!passwordHash.isEmpty()) {
            if (auto set = users.setPasswordHash(userId, passwordHash); !set) {
                return fail(set.error());
            }
        }
        if (auto committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
        return users.findById(userId);
    }();
    return m_workflow.recordUserStep(u"user.update"_s, userId, context, std::move(outcome));
}

Result<User> UserDirectory::find(const QString& userId)
{
    return m_workflow.users().findById(userId);
}

Result<std::optional<User>> UserDirectory::findByLoginId(const QString& loginId)
{
    return m_workflow.users().findByLoginId(loginId);
}

Result<QList<User>> UserDirectory::findByPhone(const QString& mobilePhone)
{
    auto phone = m_workflow.phones().parse(mobilePhone);
    if (!phone) {
        return fail(phone.error());
    }
    return m_workflow.users().findByPhone(phone->e164);
}

Result<UserPage> UserDirectory::search(const QString& text, int offset, int limit)
{
    return m_workflow.users().search(text, offset, limit);
}

} // namespace tfk
