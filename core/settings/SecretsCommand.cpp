#include "SecretsCommand.h"

#include "runtime/Subcommand.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

int usage(QTextStream& err, const QString& why)
{
    err << u"twofactor-kiosk secrets: "_s << why << Qt::endl
        << SecretsCommand::tr("Usage: twofactor-kiosk secrets set NAME | unset NAME | where [--settings FILE]; NAME is "
                              "one of %1.")
               .arg(SecretStore::knownNames().join(u", "_s))
        << Qt::endl;
    return 2;
}

} // namespace

bool SecretsCommand::isInvocation(const QStringList& arguments)
{
    return Subcommand::invokes(arguments, kCommand);
}

int SecretsCommand::main(const QStringList& arguments, QTextStream& out, QTextStream& err,
                         const OperatorCommand::PasswordInput& input)
{
    QCommandLineParser parser;
    const QCommandLineOption settingsOption(u"settings"_s, tr("The settings file."), u"file"_s);
    parser.addOption(settingsOption);
    parser.addPositionalArgument(u"command"_s, u"secrets set NAME | unset NAME | where"_s);
    if (!parser.parse(arguments)) {
        return usage(err, parser.errorText());
    }
    QStringList words = parser.positionalArguments();
    if (!words.isEmpty() && words.first() == kCommand) {
        words.removeFirst();
    }
    const QString verb = words.isEmpty() ? QString() : words.takeFirst();
    const Settings settings(parser.value(settingsOption));
    SecretStore store(SecretStore::pathBeside(settings.path()),
                      settings.secretsInKeychain() ? SecretStore::Storage::Keychain : SecretStore::Storage::File);
    for (const QString& problem : store.moveProblems()) {
        err << u"twofactor-kiosk secrets: "_s << problem << Qt::endl;
    }

    if (verb == u"where"_s && words.isEmpty()) {
        out << tr("Secrets for %1 are kept in %2.").arg(settings.path(), store.whereDescription()) << Qt::endl;
        for (const QString& name : SecretStore::knownNames()) {
            out << name << u": "_s << (store.secret(name).isEmpty() ? tr("not set") : tr("set")) << Qt::endl;
        }
        if (!store.storageWarning().isEmpty()) {
            err << u"twofactor-kiosk secrets: "_s << store.storageWarning() << Qt::endl;
        }
        return 0;
    }
    if ((verb != u"set"_s && verb != u"unset"_s) || words.size() != 1) {
        return usage(err, tr("expected set NAME, unset NAME or where."));
    }
    const QString name = words.first();
    if (!SecretStore::isKnownName(name)) {
        return usage(err, tr("\"%1\" is not a secret this program keeps.").arg(name));
    }
    QString value;
    if (verb == u"set"_s) {
        const Subcommand::SecretPrompt prompt {
            tr("New value of %1: ").arg(name), tr("The same again: "),
            Error {u"[SecretMissing]"_s, tr("No value was given for %1.").arg(name), 400},
            Error {u"[SecretMismatch]"_s, tr("The two values differ; nothing was changed."), 400}};
        auto read = Subcommand::askNewSecret(input.terminal, input.readLine, err, prompt,
                                             [](const QString&) -> Result<void> { return {}; });
        if (!read) {
            err << u"twofactor-kiosk secrets: "_s << read.error().message << Qt::endl;
            return 1;
        }
        value = *read;
        if (value.isEmpty()) {
            return usage(err, tr("an empty value: use \"secrets unset %1\" to remove it.").arg(name));
        }
    }
    if (auto saved = store.setSecret(name, value); !saved) {
        err << u"twofactor-kiosk secrets: "_s << saved.error().message << Qt::endl;
        return 1;
    }
    err << (value.isEmpty() ? tr("Removed %1 from %2.") : tr("Saved %1 in %2.")).arg(name, store.whereDescription())
        << Qt::endl;
    if (!store.storageWarning().isEmpty()) {
        err << u"twofactor-kiosk secrets: "_s << store.storageWarning() << Qt::endl;
    }
    return 0;
}

} // namespace tfk
