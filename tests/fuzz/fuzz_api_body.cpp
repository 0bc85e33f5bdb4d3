// The API's request bodies: any bytes sent as application/json reach every endpoint's reader, which
// answers plain values or a 400 naming the field; nothing else comes out, whatever the nesting or size.

#include "FuzzCheck.h"
#include "api/ApiRequests.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

template <typename T> void checkAnswer(const tfk::Result<T>& result)
{
    if (!result) {
        FUZZ_CHECK(result.error().httpStatus == 400, "a bad body is a 400");
        FUZZ_CHECK(!result.error().message.isEmpty(), "a bad body has a sentence");
        FUZZ_CHECK(!result.error().code.isEmpty(), "a bad body has a code");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The body, then (after a NUL) a Content-Type; none: application/json.
    const QList<QByteArray> input = tfk::fuzz::parts(tfk::fuzz::bytes(data, size), 2);
    const QByteArray contentType = input.at(1).isEmpty() ? QByteArray("application/json") : input.at(1);
    const auto object = tfk::ApiRequests::object(input.at(0), contentType);
    checkAnswer(object);
    if (!object) {
        return 0;
    }
    checkAnswer(tfk::ApiRequests::send(*object));
    checkAnswer(tfk::ApiRequests::enable(*object));
    checkAnswer(tfk::ApiRequests::disable(*object));
    checkAnswer(tfk::ApiRequests::login(*object));
    checkAnswer(tfk::ApiRequests::twoFactorLogin(*object));
    checkAnswer(tfk::ApiRequests::createUser(*object));
    const auto import = tfk::ApiRequests::importUsers(*object);
    checkAnswer(import);
    if (import) {
        FUZZ_CHECK(import->users.size() == object->value(u"users"_s).toArray().size(), "every user is read");
    }
    const auto send = tfk::ApiRequests::send(*object);
    if (send) {
        FUZZ_CHECK(!send->userId.isEmpty() || !send->mobilePhone.isEmpty() || !send->secret.isEmpty(),
                   "a send names a user or a phone");
    }
    return 0;
}
