#include "BackupCommand.h"

#include "BackupHistory.h"
#include "BackupRestorer.h"
#include "BackupScheduler.h"
#include "BackupWriter.h"
#include "operators/OperatorCommand.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include "runtime/Subcommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdio>
#include <string>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

int usage(QTextStream& err, const QString& message)
{
    err << u"twofactor-kiosk: "_s << message << u'\n'
        << BackupCommand::tr("usage: twofactor-kiosk [--database FILE] [--settings FILE] backup FILE | "
                             "backup --set-passphrase | restore FILE [--yes] | data-key export FILE | "
                             "data-key import FILE [--yes]")
        << Qt::endl;
    return 2;
}

int failure(QTextStream& err, const Error& error)
{
    err << u"twofactor-kiosk: "_s << error.message << Qt::endl;
    return 1;
}

QString instant(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

// A passphrase for a new archive: asked twice at a terminal, one line otherwise.
Result<QString> newPassphrase(const BackupCommand::Input& input, QTextStream& err)
{
    return Subcommand::askNewSecret(
        input.terminal, input.readSecret, err,
        Subcommand::SecretPrompt {
            BackupCommand::tr("Passphrase for the archive (at least %1 characters; keep it apart from the archive): ")
                .arg(BackupArchive::kMinPassphraseLength),
            BackupCommand::tr("The same passphrase again: "),
            Error {u"[blank]backup.passphrase"_s,
                   BackupCommand::tr("No passphrase was given: type it at the terminal, or pipe it in as one line.")},
            Error {u"[mismatch]backup.passphrase"_s,
                   BackupCommand::tr("The two passphrases are not the same; nothing was written.")}},
        [](const QString& passphrase) { return BackupArchive::validatePassphrase(passphrase); });
}

Result<QString> existingPassphrase(const BackupCommand::Input& input, QTextStream& err, const QString& file)
{
    if (input.terminal) {
        err << BackupCommand::tr("Passphrase of %1: ").arg(file) << Qt::flush;
    }
    const std::optional<QString> passphrase = input.readSecret();
    if (!passphrase || passphrase->isEmpty()) {
        return fail(u"[blank]backup.passphrase"_s,
                    BackupCommand::tr("No passphrase was given: type it at the terminal, or pipe it in as one line."));
    }
    return *passphrase;
}

// "yes" typed at a terminal, or --yes.
bool confirmed(const BackupCommand::Input& input, QTextStream& err, const QStringList& plan, const QString& question)
{
    for (const QString& line : plan) {
        err << u"  "_s << line << u'\n';
    }
    err << question << u' ' << BackupCommand::tr("Type yes to go on: ") << Qt::flush;
    const std::optional<QString> answer = input.readLine();
    return answer && answer->trimmed().compare(u"yes"_s, Qt::CaseInsensitive) == 0;
}

// The settings remember backups and key exports (the window's "Last backup", its reminder); a settings file
// that cannot be written costs only that, never the archive.
void remember(QTextStream& err, const Result<void>& recorded)
{
    if (!recorded) {
        err << u"twofactor-kiosk: "_s << recorded.error().message << Qt::endl;
    }
}

struct Context
{
    Settings& settings;
    DatabaseConfig database;
    QProcessEnvironment environment;
    const Clock& clock;
    PasswordHashingLimits limits;
};

Result<DataKey> loadKey(const Context& context)
{
    return DataKey::load(context.settings.dataKeyPath(), false, context.environment);
}

int backup(const Context& context, const QStringList& words, bool setPassphrase, const BackupCommand::Input& input,
           QTextStream& err)
{
    if (setPassphrase) {
        if (!words.isEmpty()) {
            return usage(err, BackupCommand::tr("backup --set-passphrase takes no file."));
        }
        auto passphrase = newPassphrase(input, err);
        if (!passphrase) {
            return failure(err, passphrase.error());
        }
        SecretStore secrets(SecretStore::pathBeside(context.settings.path()),
                            context.settings.secretsInKeychain() ? SecretStore::Storage::Keychain
                                                                 : SecretStore::Storage::File);
        if (auto saved = secrets.setSecret(BackupScheduler::kPassphraseSecret.toString(), *passphrase); !saved) {
            return failure(err, saved.error());
        }
        err << BackupCommand::tr("Saved the passphrase of scheduled backups in %1. Keep a copy of it away from this "
                                 "computer: without it the archives cannot be opened.")
                   .arg(QDir::toNativeSeparators(secrets.path()))
            << Qt::endl;
        return 0;
    }
    if (words.size() != 1) {
        return usage(err, BackupCommand::tr("backup takes one archive file to write."));
    }
    auto key = loadKey(context);
    if (!key) {
        return failure(err, key.error());
    }
    if (context.database.driver == SqlDriver::Sqlite && !QFileInfo(context.database.path).isFile()) {
        return failure(err,
                       Error {u"[DatabaseMissing]"_s,
                              BackupCommand::tr("There is no database at %1 to back up.")
                                  .arg(QDir::toNativeSeparators(context.database.path))});
    }
    auto passphrase = newPassphrase(input, err);
    if (!passphrase) {
        return failure(err, passphrase.error());
    }
    const QString file = words.first();
    auto report = BackupWriter::writeBackup(context.database, *key, *passphrase, file, context.clock, context.limits);
    if (!report) {
        return failure(err, report.error());
    }
    remember(err, BackupHistory::recordBackup(context.settings, *report));
    if (!report->databaseIncluded) {
        err << report->note << u'\n'
            << BackupCommand::tr("Wrote the data key to %1 (%2 bytes) and read it back.")
                   .arg(QDir::toNativeSeparators(file))
                   .arg(report->bytes)
            << Qt::endl;
        return 0;
    }
    err << BackupCommand::tr("Backed up the database %1 (schema %2, %n user(s)) and the data key to %3 (%4 bytes). "
                             "Verified: the archive opens, the copy passes SQLite's integrity check, and the key opens "
                             "it and every two-factor secret in it (%5).",
                             "", report->check.users)
               .arg(QDir::toNativeSeparators(context.database.path))
               .arg(report->check.schemaVersion)
               .arg(QDir::toNativeSeparators(file))
               .arg(report->bytes)
               .arg(report->check.sealedSecrets)
        << Qt::endl;
    return 0;
}

int restore(const Context& context, const QStringList& words, bool yes, const BackupCommand::Input& input,
            QTextStream& err, bool keyOnly)
{
    if (words.size() != 1) {
        return usage(err,
                     keyOnly ? BackupCommand::tr("data-key import takes one archive file.")
                             : BackupCommand::tr("restore takes one archive file."));
    }
    if (!yes && !input.terminal) {
        return usage(err, BackupCommand::tr("without a terminal to confirm at, add --yes."));
    }
    const QString file = words.first();
    RestoreTargets targets {context.database, context.settings.dataKeyPath(), context.environment};
    BackupRestorer restorer(targets, context.clock);
    if (auto loaded = restorer.load(file); !loaded) {
        return failure(err, loaded.error());
    }
    if (!keyOnly && context.database.driver == SqlDriver::Sqlite) {
        // Said before anybody types a passphrase; checked again right before the files are replaced.
        if (auto inUse = DatabaseSnapshot::inUse(context.database.path); inUse && *inUse) {
            return failure(err,
                           Error {u"[DatabaseInUse]"_s,
                                  BackupCommand::tr("The database %1 is in use by a running kiosk or API. Stop "
                                                    "it first, then restore; nothing was changed.")
                                      .arg(QDir::toNativeSeparators(context.database.path))});
        }
    }
    auto passphrase = existingPassphrase(input, err, QDir::toNativeSeparators(file));
    if (!passphrase) {
        return failure(err, passphrase.error());
    }
    if (auto unlocked = restorer.unlock(*passphrase, keyOnly); !unlocked) {
        return failure(err, unlocked.error());
    }
    const BackupPayload& payload = restorer.payload();
    if (!yes) {
        const QString question = keyOnly
            ? BackupCommand::tr("Import the data key from %1 (made %2)?").arg(file, instant(payload.createdAtMs))
            : BackupCommand::tr("Restore the backup %1 (made %2, schema %3, %n user(s))?", "", restorer.check().users)
                  .arg(file, instant(payload.createdAtMs))
                  .arg(restorer.check().schemaVersion);
        if (!confirmed(input, err, restorer.plan(keyOnly), question)) {
            err << BackupCommand::tr("Nothing was changed.") << Qt::endl;
            return 1;
        }
    }
    auto report = keyOnly ? restorer.commitKey() : restorer.commit();
    if (!report) {
        return failure(err, report.error());
    }
    remember(err, BackupHistory::recordKeyRestored(context.settings));
    if (keyOnly) {
        err << BackupCommand::tr("Imported the data key into %1.").arg(QDir::toNativeSeparators(targets.dataKeyPath));
    } else {
        err << BackupCommand::tr("Restored the database %1 and the data key %2 from the backup made %3.")
                   .arg(QDir::toNativeSeparators(targets.database.path), QDir::toNativeSeparators(targets.dataKeyPath),
                        instant(payload.createdAtMs));
    }
    if (!report->keptFiles.isEmpty()) {
        err << u' ' << BackupCommand::tr("The replaced files are kept as %1.").arg(report->keptFiles.join(u", "_s));
    }
    err << Qt::endl;
    for (const QString& warning : std::as_const(report->warnings)) {
        err << u"twofactor-kiosk: "_s << warning << Qt::endl;
    }
    return 0;
}

int exportKey(const Context& context, const QStringList& words, const BackupCommand::Input& input, QTextStream& err)
{
    if (words.size() != 1) {
        return usage(err, BackupCommand::tr("data-key export takes one archive file to write."));
    }
    auto key = loadKey(context);
    if (!key) {
        return failure(err, key.error());
    }
    auto passphrase = newPassphrase(input, err);
    if (!passphrase) {
        return failure(err, passphrase.error());
    }
    auto report = BackupWriter::writeDataKey(*key, *passphrase, words.first(), context.clock, context.limits);
    if (!report) {
        return failure(err, report.error());
    }
    remember(err, BackupHistory::recordKeyExport(context.settings, report->createdAtMs));
    err << BackupCommand::tr("Exported the data key (from %1) to %2 and read it back. Keep it apart from the "
                             "database and its backups, and the passphrase apart from both.")
               .arg(key->source(), QDir::toNativeSeparators(words.first()))
        << Qt::endl;
    return 0;
}

} // namespace

BackupCommand::Input BackupCommand::Input::standardInput()
{
    const OperatorCommand::PasswordInput secrets = OperatorCommand::PasswordInput::standardInput();
    Input input;
    input.terminal = secrets.terminal;
    input.readSecret = secrets.readLine;
    input.readLine = Subcommand::readStandardInputLine;
    return input;
}

BackupCommand::Input BackupCommand::Input::fromText(const QString& text, bool terminal)
{
    const OperatorCommand::PasswordInput lines = OperatorCommand::PasswordInput::fromText(text, terminal);
    Input input;
    input.terminal = terminal;
    input.readSecret = lines.readLine;
    input.readLine = lines.readLine;
    return input;
}

bool BackupCommand::isInvocation(const QStringList& arguments)
{
    return Subcommand::invokes(arguments, kBackup) || Subcommand::invokes(arguments, kRestore)
        || Subcommand::invokes(arguments, kDataKey);
}

int BackupCommand::main(const QStringList& arguments, QTextStream& out, QTextStream& err, const Input& input,
                        const QProcessEnvironment& environment, const BackupCommandOptions& options)
{
    Q_UNUSED(out); // every report is for a person: stderr
    QCommandLineParser parser;
    const QCommandLineOption database(u"database"_s, tr("The SQLite database."), u"file"_s);
    const QCommandLineOption settings(u"settings"_s, tr("The settings file."), u"file"_s);
    const QCommandLineOption yes(u"yes"_s, tr("Restore or import without asking (scripts)."));
    const QCommandLineOption setPassphrase(u"set-passphrase"_s, tr("Store the passphrase of scheduled backups."));
    parser.addOptions({database, settings, yes, setPassphrase});
    parser.addPositionalArgument(u"command"_s, tr("backup FILE | restore FILE | data-key export|import FILE"));
    if (!parser.parse(arguments)) {
        return usage(err, parser.errorText());
    }
    QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        return usage(err, tr("expected backup, restore or data-key."));
    }
    const QString command = words.takeFirst();

    Settings settingsFile(parser.value(settings));
    DatabaseConfig databaseConfig;
    // SQLite: the file from --database or the settings. (PostgreSQL's connection comes from the settings
    // once the Database configuration reads it there.)
    databaseConfig.path = parser.isSet(database) ? parser.value(database) : settingsFile.databasePath();
    SystemClock systemClock;
    const Context context {settingsFile, databaseConfig, environment, options.clock ? *options.clock : systemClock,
                           options.limits};

    if (command == kBackup) {
        return backup(context, words, parser.isSet(setPassphrase), input, err);
    }
    if (command == kRestore) {
        return restore(context, words, parser.isSet(yes), input, err, false);
    }
    if (command == kDataKey) {
        const QString verb = words.isEmpty() ? QString() : words.takeFirst();
        if (verb == u"export"_s) {
            return exportKey(context, words, input, err);
        }
        if (verb == u"import"_s) {
            return restore(context, words, parser.isSet(yes), input, err, true);
        }
        return usage(err, tr("data-key takes export FILE or import FILE."));
    }
    return usage(err, tr("expected backup, restore or data-key."));
}

} // namespace tfk
