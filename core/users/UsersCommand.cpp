#include "UsersCommand.h"

#include "UserFile.h"
#include "runtime/Runtime.h"
#include "runtime/Subcommand.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

int usage(QTextStream& err, const QString& message)
{
    err << u"twofactor-kiosk users: "_s << message << u'\n'
        << UsersCommand::tr(
               "usage: twofactor-kiosk [--database FILE] [--settings FILE] users import FILE | export [FILE]")
        << Qt::endl;
    return 2;
}

int failure(QTextStream& err, const QString& message)
{
    err << u"twofactor-kiosk users: "_s << message << Qt::endl;
    return 1;
}

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    return s >= 60 ? u"%1 min %2 s"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0')) : u"%1 s"_s.arg(s);
}

// "[=======>      ]  42%  18,300 users/s  12 s left"
void drawProgress(QTextStream& err, qint64 done, qint64 total, qint64 users, double seconds)
{
    const double fraction = total > 0 ? std::min(1.0, double(done) / double(total)) : 0.0;
    constexpr int kWidth = 30;
    const int filled = int(fraction * kWidth);
    const double rate = seconds > 0 ? users / seconds : 0.0;
    const double left = fraction > 0 ? seconds / fraction - seconds : 0.0;
    err << u"\r["_s << QString(filled, u'=') << (filled < kWidth ? u">"_s : QString())
        << QString(std::max(0, kWidth - filled - 1), u' ') << u"] "_s
        << QString::number(int(fraction * 100)).rightJustified(3) << u"%  "_s << QLocale().toString(qint64(rate))
        << u" users/s  "_s << duration(left) << u" left   "_s;
    err.flush();
}

// "users[12].email" in a batch that started at `first` -> the line of that user.
QString withLine(const Error& error, const QList<qint64>& lines)
{
    static const QRegularExpression index(u"^users\\[(\\d+)\\]"_s);
    const auto match = index.match(error.field);
    if (!match.hasMatch()) {
        return error.message;
    }
    const qsizetype i = match.captured(1).toLongLong();
    if (i < 0 || i >= lines.size()) {
        return error.message;
    }
    return UsersCommand::tr("Line %1: %2").arg(lines.at(i)).arg(error.message);
}

int importFile(const QString& path, TwoFactorService& service, QTextStream& err, bool progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(err, UsersCommand::tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    UserFileReader reader(file, UserFileReader::guessFormat(path, file));
    const qint64 size = std::max<qint64>(1, file.size());
    QElapsedTimer timer;
    timer.start();
    int imported = 0;
    int skipped = 0;
    bool end = false;
    while (!end) {
        ImportRequest request;
        // Re-runs after a failure skip who is already there: nobody is duplicated.
        request.skipExisting = true;
        QList<qint64> lines;
        while (request.users.size() < UsersCommand::kBatchSize) {
            auto user = reader.next();
            if (!user) {
                if (progress) {
                    err << Qt::endl;
                }
                err << UsersCommand::tr("%1 users imported, %2 already present; stopped at a bad line, nothing of its "
                                        "batch was imported:")
                           .arg(imported)
                           .arg(skipped)
                    << Qt::endl;
                return failure(err, user.error().message);
            }
            if (!*user) {
                end = true;
                break;
            }
            request.users << **user;
            lines << reader.lastLine();
        }
        if (request.users.isEmpty()) {
            break;
        }
        auto outcome = service.importUsers(request, RequestContext {{}, {}, u"command line"_s}).result();
        if (!outcome) {
            if (progress) {
                err << Qt::endl;
            }
            return failure(err,
                           UsersCommand::tr("%1 (after %2 users were imported; a re-run continues where this "
                                            "stopped).")
                               .arg(outcome.error().message)
                               .arg(imported));
        }
        if (!outcome->errors.isEmpty()) {
            if (progress) {
                err << Qt::endl;
            }
            for (const Error& error : outcome->errors) {
                err << withLine(error, lines) << Qt::endl;
            }
            return failure(err,
                           UsersCommand::tr("the batch of lines %1 to %2 was not imported (%3 users imported "
                                            "before it). Fix the lines above and run the same command again: "
                                            "users already imported are skipped.")
                               .arg(lines.first())
                               .arg(lines.last())
                               .arg(imported));
        }
        imported += outcome->imported;
        skipped += outcome->skipped;
        if (progress) {
            drawProgress(err, reader.position(), size, imported + skipped, timer.elapsed() / 1000.0);
        }
    }
    if (imported > 0) {
        // Searches read every piece a batch left in the search index: one piece makes them fastest.
        if (progress) {
            err << '\r' << UsersCommand::tr("Merging the search index...").leftJustified(72) << Qt::flush;
        }
        if (auto compacted = service.compactSearchIndex().result(); !compacted) {
            err << Qt::endl
                << UsersCommand::tr("The users are imported; merging the search index failed (searches stay "
                                    "correct, only slower): %1")
                       .arg(compacted.error().message)
                << Qt::endl;
        }
    }
    const double seconds = std::max(0.001, timer.elapsed() / 1000.0);
    if (progress) {
        drawProgress(err, size, size, imported + skipped, seconds);
        err << Qt::endl;
    }
    err << UsersCommand::tr("%1 users imported, %2 already present and skipped, in %3 (%4 users/s).")
               .arg(imported)
               .arg(skipped)
               .arg(duration(seconds))
               .arg(qint64((imported + skipped) / seconds))
        << Qt::endl;
    return 0;
}

int exportTo(const QString& path, TwoFactorService& service, QTextStream& out, QTextStream& err)
{
    QFile file;
    if (path.isEmpty() || path == u"-"_s) {
        out.flush();
        if (!file.open(stdout, QIODevice::WriteOnly)) {
            return failure(err, UsersCommand::tr("cannot write to standard output."));
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return failure(err, UsersCommand::tr("cannot write %1: %2").arg(path, file.errorString()));
        }
    }
    UserFileWriter writer(file);
    writer.writeHeader();
    QString after;
    qint64 count = 0;
    while (true) {
        auto page = service.usersAfter(after, 5000).result();
        if (!page) {
            return failure(err, page.error().message);
        }
        if (page->isEmpty()) {
            break;
        }
        for (const User& user : std::as_const(*page)) {
            writer.write(user);
        }
        count += page->size();
        after = page->last().id;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        return failure(err, UsersCommand::tr("writing failed: %1").arg(file.errorString()));
    }
    err << UsersCommand::tr("%1 users exported.").arg(count) << Qt::endl;
    return 0;
}

} // namespace

bool UsersCommand::isInvocation(const QStringList& arguments)
{
    return Subcommand::invokes(arguments, kCommand);
}

int UsersCommand::main(const QStringList& arguments, QTextStream& out, QTextStream& err,
                       const QProcessEnvironment& environment)
{
    QCommandLineParser parser;
    const QCommandLineOption database(u"database"_s, tr("The database."), u"file"_s);
    const QCommandLineOption settings(u"settings"_s, tr("The settings file."), u"file"_s);
    parser.addOptions({database, settings});
    parser.addPositionalArgument(kCommand.toString(), tr("users import FILE | export [FILE]"));
    if (!parser.parse(arguments)) {
        return usage(err, parser.errorText());
    }
    QStringList words = parser.positionalArguments();
    if (words.isEmpty() || words.first() != kCommand) {
        return usage(err, tr("expected the command users."));
    }
    words.removeFirst();
    RuntimeOptions options;
    options.databasePath = parser.value(database);
    options.settingsPath = parser.value(settings);
    options.environment = environment;
    auto runtime = Runtime::create(options);
    if (!runtime) {
        return failure(err, runtime.error().message);
    }
    return run(words, (*runtime)->service(), out, err, ::isatty(STDERR_FILENO) == 1);
}

int UsersCommand::run(const QStringList& subcommand, TwoFactorService& service, QTextStream& out, QTextStream& err,
                      bool progress)
{
    if (subcommand.isEmpty()) {
        return usage(err, tr("name a subcommand: import or export."));
    }
    const QString verb = subcommand.first();
    if (verb == u"import"_s) {
        if (subcommand.size() != 2) {
            return usage(err, tr("import takes the file to read (CSV with a header row, or JSON lines)."));
        }
        return importFile(subcommand.at(1), service, err, progress);
    }
    if (verb == u"export"_s) {
        if (subcommand.size() > 2) {
            return usage(err, tr("export takes at most the file to write (default: standard output)."));
        }
        return exportTo(subcommand.value(1), service, out, err);
    }
    return usage(err, tr("unknown subcommand \"%1\": use import or export.").arg(verb.left(40)));
}

} // namespace tfk
