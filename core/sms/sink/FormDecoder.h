#pragma once

// Decodes application/x-www-form-urlencoded bytes strictly, the way Twilio's front end reads a POST
// body: '+' is a space (decided before percent-decoding), %HH escapes, UTF-8 values.

#include "common/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace tfk {

class FormDecoder
{
    Q_DECLARE_TR_FUNCTIONS(tfk::FormDecoder)

public:
    using Fields = QList<QPair<QString, QString>>;

    // Every pair in order of appearance (duplicates kept). Empty pairs ("a=1&&b=2", a trailing '&')
    // are skipped. "[MalformedForm]" names the first offending byte when: a pair has no '=', a key is
    // empty, an escape is not %HH, a raw byte is not printable ASCII (space and controls included),
    // or a decoded key or value is not valid UTF-8.
    static Result<Fields> decode(QByteArrayView body);

    // The FIRST value of `name` (what a servlet's getParameter() gives, and what Twilio uses for its
    // single-valued parameters); nullopt when absent. Names are case-sensitive, as Twilio's are.
    static std::optional<QString> value(const Fields& fields, QStringView name);
};

} // namespace tfk
