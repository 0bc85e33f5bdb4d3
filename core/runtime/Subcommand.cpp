#include "Subcommand.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdio>
#include <string>

using namespace Qt::StringLiterals;

namespace tfk::Subcommand {

namespace {

// Options of the program (and its subcommands) that take a value, so their values are not mistaken
// for the subcommand.
const QStringList kValueOptions = {u"--database"_s,   u"--settings"_s, u"--lang"_s, u"--screenshot"_s,
                                   u"--api-listen"_s, u"--name"_s,     u"--role"_s, u"--display-name"_s};

} // namespace

std::optional<QString> readStandardInputLine()
{
    std::string line;
    bool any = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        any = true;
        if (c == '\n') {
            break;
        }
        line.push_back(char(c));
    }
    if (!any) {
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

QString instant(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODate) : u"-"_s;
}

bool invokes(const QStringList& arguments, QAnyStringView command)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (kValueOptions.contains(word)) {
            ++i;
            continue;
        }
        if (word.startsWith(u'-')) {
            continue;
        }
        return QAnyStringView::equal(word, command);
    }
    return false;
}

Result<QString> askNewSecret(bool terminal, const std::function<std::optional<QString>()>& read, QTextStream& err,
                             const SecretPrompt& prompt, const std::function<Result<void>(const QString&)>& validate)
{
    if (terminal) {
        err << prompt.first << Qt::flush;
    }
    const std::optional<QString> first = read();
    if (!first) {
        return fail(prompt.missing);
    }
    if (auto valid = validate(*first); !valid) {
        return fail(valid.error());
    }
    if (terminal) {
        err << prompt.again << Qt::flush;
        const std::optional<QString> second = read();
        if (!second || *second != *first) {
            return fail(prompt.mismatch);
        }
    }
    return *first;
}

} // namespace tfk::Subcommand
