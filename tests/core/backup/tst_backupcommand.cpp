// `twofactor-kiosk backup | restore | data-key export | data-key import` driven through main() with
// stdin text and output buffers, on a real kiosk folder (settings, data key, SQLite) as a person at a
// terminal or a script would run them.

#include "BackupTestKit.h"
#include "ResultAssertions.h"
#include "backup/BackupCommand.h"
#include "backup/BackupScheduler.h"
#include "runtime/Runtime.h"
#include "settings/SecretStore.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using namespace tfk::test;

namespace {

struct Output
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestBackupCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(oath_init(), int(OATH_OK));
        TFK_REQUIRE_QCA(m_qca);
    }
    void cleanupTestCase() { oath_done(); }
    void init();
    void recognisesTheCommands();
    void backupAndRestoreAtATerminal();
    void scriptsPipeThePassphraseAndNeedYes();
    void refusalsAreOneSentence();
    void restoreOnAMachineThatLostEverything();
    void dataKeyExportAndImport();
    void setsTheScheduledPassphrase();

private:
    Output run(const QStringList& words, const QString& stdinText = {}, bool terminal = false,
               const QString& settings = {}, const QString& database = {})
    {
        Output output;
        QTextStream out(&output.out);
        QTextStream err(&output.err);
        const QStringList arguments
            = QStringList {u"twofactor-kiosk"_s, u"--settings"_s, settings.isEmpty() ? settingsPath() : settings,
                           u"--database"_s, database.isEmpty() ? databasePath() : database}
            + words;
        BackupCommandOptions options;
        options.limits = PasswordHashingLimits::fastForTests();
        options.clock = &m_clock;
        output.code = BackupCommand::main(arguments, out, err, BackupCommand::Input::fromText(stdinText, terminal),
                                          QProcessEnvironment(), options);
        out.flush();
        err.flush();
        return output;
    }
    QString settingsPath() const { return m_dir->filePath(u"config/kiosk.conf"_s); }
    QString databasePath() const { return m_dir->filePath(u"data/kiosk.db"_s); }
    QString keyPath() const { return m_dir->filePath(u"config/data.key"_s); }
    // A kiosk as a first start leaves it: settings, key and a prepared database with one user.
    void makeKiosk()
    {
        RuntimeOptions options;
        options.settingsPath = settingsPath();
        options.databasePath = databasePath();
        options.environment = QProcessEnvironment();
        auto runtime = Runtime::create(options);
        TFK_VERIFY_OK(runtime);
        auto user = waitFor((*runtime)->service().createUser(
            {u"ana@example.com"_s, {}, u"Ana"_s, u"+1 201 555 0111"_s, kUserPassword}));
        TFK_VERIFY_OK(user);
    }

    tfk::test::QcaTestEnvironment m_qca;
    ManualClock m_clock {1700000000000};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackupCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackupCommand::recognisesTheCommands()
{
    QVERIFY(BackupCommand::isInvocation({u"tfk"_s, u"backup"_s, u"f"_s}));
    QVERIFY(BackupCommand::isInvocation({u"tfk"_s, u"--database"_s, u"backup"_s, u"restore"_s, u"f"_s}));
    QVERIFY(BackupCommand::isInvocation({u"tfk"_s, u"data-key"_s, u"export"_s, u"f"_s}));
    QVERIFY(!BackupCommand::isInvocation({u"tfk"_s, u"--settings"_s, u"backup"_s}));
    QVERIFY(!BackupCommand::isInvocation({u"tfk"_s, u"operator"_s, u"list"_s}));
    QVERIFY(!BackupCommand::isInvocation({u"tfk"_s, u"--kiosk"_s}));
}

void TestBackupCommand::backupAndRestoreAtATerminal()
{
    makeKiosk();
    const QString archive = m_dir->filePath(u"kiosk.tfkbackup"_s);
    const Output made = run({u"backup"_s, archive}, kBackupPassphrase + u"\n"_s + kBackupPassphrase + u"\n"_s, true);
    QCOMPARE(made.code, 0);
    QVERIFY(made.out.isEmpty());
    QVERIFY2(
        made.err.startsWith(u"Passphrase for the archive (at least 10 characters; keep it apart from the archive): "
                            "The same passphrase again: Backed up the database "_s),
        qPrintable(made.err));
    QVERIFY2(made.err.contains(u"(schema %1, 1 user(s))"_s.arg(Schema::kCurrentVersion)), qPrintable(made.err));
    QVERIFY(!made.err.contains(kBackupPassphrase));

    // The person answers anything but yes: nothing changes.
    const QByteArray before = fileBytes(databasePath());
    const Output declined = run({u"restore"_s, archive}, kBackupPassphrase + u"\nno\n"_s, true);
    QCOMPARE(declined.code, 1);
    QVERIFY2(declined.err.contains(u"Type yes to go on: Nothing was changed."_s), qPrintable(declined.err));
    QCOMPARE(fileBytes(databasePath()), before);
    QVERIFY(!QFileInfo::exists(databasePath() + u".before-restore"_s));

    const Output restored = run({u"restore"_s, archive}, kBackupPassphrase + u"\nyes\n"_s, true);
    QCOMPARE(restored.code, 0);
    QVERIFY2(restored.err.contains(u"is replaced (the current file is kept as "_s), qPrintable(restored.err));
    QVERIFY2(restored.err.contains(u"Restored the database "_s), qPrintable(restored.err));
    QVERIFY(QFileInfo::exists(databasePath() + u".before-restore"_s));
    QVERIFY(QFileInfo::exists(keyPath() + u".before-restore"_s));
}

void TestBackupCommand::scriptsPipeThePassphraseAndNeedYes()
{
    makeKiosk();
    const QString archive = m_dir->filePath(u"kiosk.tfkbackup"_s);
    const Output made = run({u"backup"_s, archive}, kBackupPassphrase + u"\n"_s);
    QCOMPARE(made.code, 0);
    QVERIFY(made.err.startsWith(u"Backed up the database "_s));

    const Output withoutYes = run({u"restore"_s, archive}, kBackupPassphrase + u"\n"_s);
    QCOMPARE(withoutYes.code, 2);
    QVERIFY(withoutYes.err.contains(u"add --yes"_s));
    const Output withYes = run({u"restore"_s, archive, u"--yes"_s}, kBackupPassphrase + u"\n"_s);
    QCOMPARE(withYes.code, 0);
    QVERIFY2(!withYes.err.contains(u"Type yes"_s), qPrintable(withYes.err));
}

void TestBackupCommand::refusalsAreOneSentence()
{
    makeKiosk();
    const QString archive = m_dir->filePath(u"kiosk.tfkbackup"_s);
    QCOMPARE(run({u"backup"_s, archive}, u"short\n"_s).err,
             u"twofactor-kiosk: The backup passphrase must have at least 10 characters.\n"_s);
    QVERIFY(!QFileInfo::exists(archive));
    QCOMPARE(run({u"backup"_s, archive}, kBackupPassphrase + u"\n"_s).code, 0);
    const QByteArray before = fileBytes(databasePath());

    const Output wrong = run({u"restore"_s, archive, u"--yes"_s}, u"not the passphrase\n"_s);
    QCOMPARE(wrong.code, 1);
    QCOMPARE(wrong.err,
             u"twofactor-kiosk: The passphrase does not open the backup archive %1. Nothing was restored; "
             "check the passphrase (it is case-sensitive) and try again.\n"_s.arg(QDir::toNativeSeparators(archive)));

    QFile::resize(archive, 100);
    const Output cut = run({u"restore"_s, archive, u"--yes"_s}, kBackupPassphrase + u"\n"_s);
    QCOMPARE(cut.code, 1);
    QVERIFY2(cut.err.contains(u"is incomplete: it has 100 bytes of "_s), qPrintable(cut.err));
    QCOMPARE(cut.err.count(u'\n'), 1);
    QCOMPARE(fileBytes(databasePath()), before);

    QCOMPARE(run({u"restore"_s}).code, 2);
    QCOMPARE(run({u"data-key"_s, u"rotate"_s}).code, 2);
}

void TestBackupCommand::restoreOnAMachineThatLostEverything()
{
    makeKiosk();
    const QString archive = m_dir->filePath(u"kiosk.tfkbackup"_s);
    QCOMPARE(run({u"backup"_s, archive}, kBackupPassphrase + u"\n"_s).code, 0);
    // A new machine: no settings, no key, no database.
    QTemporaryDir fresh;
    const QString settings = fresh.filePath(u"etc/kiosk.conf"_s);
    const QString database = fresh.filePath(u"var/kiosk.db"_s);
    const Output restored
        = run({u"restore"_s, archive, u"--yes"_s}, kBackupPassphrase + u"\n"_s, false, settings, database);
    QCOMPARE(restored.code, 0);
    QVERIFY2(!restored.err.contains(u"kept as"_s), qPrintable(restored.err));
    QString why;
    QCOMPARE(signInEveryone(database, fresh.filePath(u"etc/data.key"_s), 1800000000, &why), 0);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestBackupCommand::dataKeyExportAndImport()
{
    makeKiosk();
    const QByteArray key = fileBytes(keyPath());
    const QString exported = m_dir->filePath(u"key.tfkbackup"_s);
    const Output made = run({u"data-key"_s, u"export"_s, exported}, kBackupPassphrase + u"\n"_s);
    QCOMPARE(made.code, 0);
    QVERIFY2(made.err.startsWith(u"Exported the data key (from the file "_s), qPrintable(made.err));

    // The key is lost; import puts it back.
    QFile::remove(keyPath());
    const Output imported = run({u"data-key"_s, u"import"_s, exported}, kBackupPassphrase + u"\nyes\n"_s, true);
    QCOMPARE(imported.code, 0);
    QVERIFY2(imported.err.contains(u"Imported the data key into "_s), qPrintable(imported.err));
    QCOMPARE(fileBytes(keyPath()), key);

    // A key-only archive is not a full backup.
    const Output notFull = run({u"restore"_s, exported, u"--yes"_s}, kBackupPassphrase + u"\n"_s);
    QCOMPARE(notFull.code, 1);
    QVERIFY2(notFull.err.contains(u"holds only a data key"_s), qPrintable(notFull.err));
}

void TestBackupCommand::setsTheScheduledPassphrase()
{
    const Output set = run({u"backup"_s, u"--set-passphrase"_s}, kBackupPassphrase + u"\n"_s);
    QCOMPARE(set.code, 0);
    QVERIFY2(set.err.startsWith(u"Saved the passphrase of scheduled backups in "_s), qPrintable(set.err));
    SecretStore secrets(SecretStore::pathBeside(settingsPath()));
    QCOMPARE(secrets.secret(BackupScheduler::kPassphraseSecret.toString()), kBackupPassphrase);
    QVERIFY(!fileBytes(settingsPath()).contains(kBackupPassphrase.toUtf8()));
}

QTEST_GUILESS_MAIN(TestBackupCommand)
#include "tst_backupcommand.moc"
