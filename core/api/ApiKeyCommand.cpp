#include "ApiKeyCommand.h"

#include "runtime/Runtime.h"
#include "runtime/Subcommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

int usage(QTextStream& err, const QString& message)
{
    err << u"twofactor-kiosk api-key: "_s << message << u'\n'
        << ApiKeyCommand::tr("usage: twofactor-kiosk [--database FILE] [--settings FILE] api-key create "
                             "[--name NAME] | list | revoke ID")
        << Qt::endl;
    return 2;
}

int failure(QTextStream& err, const Error& error)
{
    err << u"twofactor-kiosk api-key: "_s << error.message << Qt::endl;
    return 1;
}

} // namespace

bool ApiKeyCommand::isInvocation(const QStringList& arguments)
{
    return Subcommand::invokes(arguments, kCommand);
}

int ApiKeyCommand::main(const QStringList& arguments, QTextStream& out, QTextStream& err,
                        const QProcessEnvironment& environment)
{
    QCommandLineParser parser;
    const QCommandLineOption database(u"database"_s, tr("The SQLite database file, or a postgresql:// URL."),
                                      u"file"_s);
    const QCommandLineOption settings(u"settings"_s, tr("The settings file."), u"file"_s);
    const QCommandLineOption name(u"name"_s, tr("The new key's name."), u"name"_s);
    parser.addOptions({database, settings, name});
    parser.addPositionalArgument(kCommand.toString(), tr("api-key create [--name NAME] | list | revoke ID"));
    if (!parser.parse(arguments)) {
        return usage(err, parser.errorText());
    }
    QStringList words = parser.positionalArguments();
    if (words.isEmpty() || words.first() != kCommand) {
        return usage(err, tr("expected the command api-key."));
    }
    words.removeFirst();
    if (parser.isSet(name)) {
        words << u"--name"_s << parser.value(name);
    }

    RuntimeOptions options;
    options.databasePath = parser.value(database);
    options.settingsPath = parser.value(settings);
    options.environment = environment;
    auto runtime = Runtime::create(options);
    if (!runtime) {
        return failure(err, runtime.error());
    }
    const SecretCipher cipher((*runtime)->dataKey());
    SystemClock clock;
    ApiKeyStore store((*runtime)->database(), cipher, clock);
    return run(words, store, out, err);
}

QString ApiKeyCommand::defaultKeyName(const QDateTime& now)
{
    return u"api key "_s % now.toString(u"yyyy-MM-dd HH:mm"_s);
}

int ApiKeyCommand::run(const QStringList& subcommand, ApiKeyStore& store, QTextStream& out, QTextStream& err,
                       const QDateTime& now)
{
    if (subcommand.isEmpty()) {
        return usage(err, tr("name a subcommand: create, list or revoke."));
    }
    const QString verb = subcommand.first();
    const QStringList rest = subcommand.mid(1);
    if (verb == u"create"_s) {
        const qsizetype at = rest.indexOf(u"--name"_s);
        const bool named = at == 0 && rest.size() == 2;
        if (!named && !rest.isEmpty()) {
            return usage(err, tr("create takes at most --name NAME."));
        }
        auto created = store.create(named ? rest.at(1) : defaultKeyName(now));
        if (!created) {
            return failure(err, created.error());
        }
        // The key alone on stdout (scripts capture it); it is never shown again.
        out << created->key << Qt::endl;
        err << tr("Created API key %1 (\"%2\"). Store it now: only its hash is kept.")
                   .arg(created->info.id, created->info.name)
            << Qt::endl;
        return 0;
    }
    if (verb == u"list"_s) {
        if (!rest.isEmpty()) {
            return usage(err, tr("list takes no arguments."));
        }
        auto keys = store.list();
        if (!keys) {
            return failure(err, keys.error());
        }
        // Tab-separated, one key per line: id, name, created, last used, state.
        for (const ApiKey& key : *keys) {
            out << key.id << u'\t' << key.name << u'\t' << Subcommand::instant(key.createdAt) << u'\t'
                << Subcommand::instant(key.lastUsedAt) << u'\t'
                << (key.revoked ? u"revoked "_s + Subcommand::instant(key.revokedAt) : u"active"_s) << u'\n';
        }
        out.flush();
        return 0;
    }
    if (verb == u"revoke"_s) {
        if (rest.size() != 1) {
            return usage(err, tr("revoke takes the key's id (see api-key list)."));
        }
        auto revoked = store.revoke(rest.first());
        if (!revoked) {
            return failure(err, revoked.error());
        }
        err << tr("Revoked API key %1 (\"%2\").").arg(revoked->id, revoked->name) << Qt::endl;
        return 0;
    }
    return usage(err, tr("unknown subcommand \"%1\".").arg(verb.left(40)));
}

} // namespace tfk
