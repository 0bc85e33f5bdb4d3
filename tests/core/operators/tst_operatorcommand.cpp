// `twofactor-kiosk operator add|list|disable|passwd` on a real kiosk database (settings + data key +
// SQLite in a temporary folder), as a set-up script or a person at a terminal would run it.

#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "TestDatabases.h"
#include "operators/OperatorCommand.h"
#include "runtime/Runtime.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

struct Output
{
    int code = -1;
    QString out;
    QString err;
};

const QString kPassword = u"correct horse battery"_s;

} // namespace

class TestOperatorCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TFK_REQUIRE_QCA(m_qca); }
    void init();
    void recognisesTheCommand();
    void addsWithAPipedPasswordAndLists();
    void asksTwiceAtATerminal();
    void refusesBadInput();
    void disablesButKeepsTheLastAdmin();
    void changesThePassword();
    void usageErrors();

private:
    Output run(const QStringList& words, const QString& stdinText = {}, bool terminal = false)
    {
        Output output;
        QTextStream out(&output.out);
        QTextStream err(&output.err);
        const QStringList arguments
            = QStringList {u"twofactor-kiosk"_s, u"--settings"_s, settingsPath(), u"--database"_s, databasePath()}
            + words;
        output.code = OperatorCommand::main(
            arguments, out, err, OperatorCommand::PasswordInput::fromText(stdinText, terminal), QProcessEnvironment());
        out.flush();
        err.flush();
        return output;
    }
    QString settingsPath() const { return m_dir->filePath(u"kiosk.conf"_s); }
    QString databasePath() const { return m_database; }
    // Signs in as another process would: its own Runtime on the same files.
    Result<Operator> signIn(const QString& name, const QString& password)
    {
        RuntimeOptions options;
        options.settingsPath = settingsPath();
        options.databasePath = databasePath();
        options.environment = QProcessEnvironment();
        auto runtime = Runtime::create(options);
        if (!runtime) {
            return fail(runtime.error());
        }
        const SecretCipher cipher((*runtime)->dataKey());
        const PasswordHasher hasher;
        SystemClock clock;
        OperatorDirectory directory((*runtime)->database(), cipher, hasher, clock, TwoFactorRules());
        return directory.signIn(name, password, clock.currentMSecsSinceEpoch());
    }

    tfk::test::QcaTestEnvironment m_qca;
    std::unique_ptr<QTemporaryDir> m_dir;
    tfk::test::TestDatabases m_databases;
    QString m_database; // a SQLite file, or a fresh PostgreSQL database (tst_operatorcommand_postgres)
    int m_tests = 0;
};

void TestOperatorCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = tfk::test::TestDatabases::location(m_databases.create(u"kiosk-%1.db"_s.arg(++m_tests)));
    QVERIFY2(m_databases.problem().isEmpty(), m_databases.problem().constData());
    QCOMPARE(m_database.startsWith(u"postgresql://"_s), tfk::test::TestDatabases::postgres());
}

void TestOperatorCommand::recognisesTheCommand()
{
    QVERIFY(OperatorCommand::isInvocation({u"tfk"_s, u"operator"_s, u"list"_s}));
    QVERIFY(OperatorCommand::isInvocation({u"tfk"_s, u"--database"_s, u"operator"_s, u"operator"_s, u"list"_s}));
    QVERIFY(OperatorCommand::isInvocation({u"tfk"_s, u"--role"_s, u"admin"_s, u"operator"_s, u"add"_s}));
    QVERIFY(!OperatorCommand::isInvocation({u"tfk"_s, u"--settings"_s, u"operator"_s}));
    QVERIFY(!OperatorCommand::isInvocation({u"tfk"_s, u"api-key"_s, u"list"_s}));
    QVERIFY(!OperatorCommand::isInvocation({u"tfk"_s, u"--kiosk"_s}));
    QVERIFY(!OperatorCommand::isInvocation({u"tfk"_s}));
}

void TestOperatorCommand::addsWithAPipedPasswordAndLists()
{
    const Output added
        = run({u"operator"_s, u"add"_s, u"Ana"_s, u"--role"_s, u"admin"_s, u"--display-name"_s, u"Ana López"_s},
              kPassword + u"\n"_s);
    QCOMPARE(added.code, 0);
    QVERIFY(added.out.isEmpty());
    QCOMPARE(added.err, u"Added operator Ana (admin).\n"_s);
    // No prompt when stdin is not a terminal, and the password is never echoed.
    QVERIFY(!added.err.contains(kPassword));
    QCOMPARE(run({u"operator"_s, u"add"_s, u"bob"_s, u"--role"_s, u"HELPDESK"_s}, kPassword).code, 0);

    const Output listed = run({u"operator"_s, u"list"_s});
    QCOMPARE(listed.code, 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList ana = lines.at(0).split(u'\t');
    QCOMPARE(ana.size(), 6);
    QCOMPARE(ana.at(0), u"Ana"_s);
    QCOMPARE(ana.at(1), u"Ana López"_s);
    QCOMPARE(ana.at(2), u"admin"_s);
    QVERIFY2(QDateTime::fromString(ana.at(3), Qt::ISODate).isValid(), qPrintable(ana.at(3)));
    QCOMPARE(ana.at(4), u"-"_s); // never signed in
    QCOMPARE(ana.at(5), u"active"_s);
    QCOMPARE(lines.at(1).split(u'\t').mid(0, 3), QStringList({u"bob"_s, u"bob"_s, u"helpdesk"_s}));

    TFK_VERIFY_OK(signIn(u"ana"_s, kPassword));
    QVERIFY(run({u"operator"_s, u"list"_s}).out.split(u'\t').at(4) != u"-"_s);
}

void TestOperatorCommand::asksTwiceAtATerminal()
{
    const Output differ = run({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"admin"_s},
                              kPassword + u"\ncorrect horse battery staple\n"_s, true);
    QCOMPARE(differ.code, 1);
    QVERIFY2(differ.err.contains(u"New password for operator ana (at least 10 characters): "_s),
             qPrintable(differ.err));
    QVERIFY(differ.err.contains(u"The same password again: "_s));
    QVERIFY(differ.err.contains(u"The two passwords are not the same; nothing was changed."_s));
    QVERIFY(run({u"operator"_s, u"list"_s}).out.isEmpty());

    const Output same
        = run({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"admin"_s}, kPassword + u"\n"_s + kPassword, true);
    QCOMPARE(same.code, 0);
    QVERIFY(!same.err.contains(kPassword));
    TFK_VERIFY_OK(signIn(u"ana"_s, kPassword));
}

void TestOperatorCommand::refusesBadInput()
{
    const Output shortPassword = run({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"admin"_s}, u"tooshort\n"_s);
    QCOMPARE(shortPassword.code, 1);
    QVERIFY2(shortPassword.err.contains(u"An operator's password needs at least 10 characters."_s),
             qPrintable(shortPassword.err));
    const Output noPassword = run({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"admin"_s}, QString());
    QCOMPARE(noPassword.code, 1);
    QVERIFY(noPassword.err.contains(u"No password was given"_s));
    const Output badName = run({u"operator"_s, u"add"_s, u"ana lopez"_s, u"--role"_s, u"admin"_s}, kPassword);
    QCOMPARE(badName.code, 1);
    QVERIFY(badName.err.contains(u"letters, digits, dots, dashes and underscores"_s));
    QVERIFY(run({u"operator"_s, u"list"_s}).out.isEmpty());

    QCOMPARE(run({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"admin"_s}, kPassword).code, 0);
    // A taken name is reported before a password is asked for.
    const Output duplicate = run({u"operator"_s, u"add"_s, u"ANA"_s, u"--role"_s, u"helpdesk"_s}, QString(), true);
    QCOMPARE(duplicate.code, 1);
    QCOMPARE(duplicate.err, u"twofactor-kiosk operator: There is already an operator called ana.\n"_s);
}

void TestOperatorCommand::disablesButKeepsTheLastAdmin()
{
    QCOMPARE(run({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"admin"_s}, kPassword).code, 0);
    QCOMPARE(run({u"operator"_s, u"add"_s, u"bob"_s, u"--role"_s, u"helpdesk"_s}, kPassword).code, 0);
    const Output last = run({u"operator"_s, u"disable"_s, u"ana"_s});
    QCOMPARE(last.code, 1);
    QVERIFY2(last.err.contains(u"ana is the last administrator"_s), qPrintable(last.err));
    const Output bob = run({u"operator"_s, u"disable"_s, u"Bob"_s});
    QCOMPARE(bob.code, 0);
    QCOMPARE(bob.err, u"Operator bob (helpdesk) is disabled.\n"_s);
    const QStringList lines = run({u"operator"_s, u"list"_s}).out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).split(u'\t').at(5).startsWith(u"disabled 20"_s), qPrintable(lines.at(1)));
    TFK_VERIFY_ERROR(signIn(u"bob"_s, kPassword), "[InvalidLogin]");
    const Output unknown = run({u"operator"_s, u"disable"_s, u"nobody"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(u"There is no operator called nobody"_s));
}

void TestOperatorCommand::changesThePassword()
{
    const QString newPassword = u"new password 2025"_s;
    QCOMPARE(run({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"admin"_s}, kPassword).code, 0);
    const Output mismatch
        = run({u"operator"_s, u"passwd"_s, u"ana"_s}, newPassword + u"\n"_s + newPassword + u"!"_s, true);
    QCOMPARE(mismatch.code, 1);
    TFK_VERIFY_OK(signIn(u"ana"_s, kPassword));
    const Output changed = run({u"operator"_s, u"passwd"_s, u"ANA"_s}, newPassword + u"\n"_s);
    QCOMPARE(changed.code, 0);
    QCOMPARE(changed.err, u"Changed the password of operator ana (admin).\n"_s);
    TFK_VERIFY_ERROR(signIn(u"ana"_s, kPassword), "[InvalidLogin]");
    TFK_VERIFY_OK(signIn(u"ana"_s, newPassword));
    QCOMPARE(run({u"operator"_s, u"passwd"_s, u"nobody"_s}, newPassword).code, 1);
    QCOMPARE(run({u"operator"_s, u"passwd"_s, u"ana"_s}, u"short"_s).code, 1);
}

void TestOperatorCommand::usageErrors()
{
    const Output none = run({u"operator"_s});
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.contains(u"usage: twofactor-kiosk"_s));
    QCOMPARE(run({u"operator"_s, u"add"_s, u"ana"_s}, kPassword).code, 2); // no role
    const Output role = run({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"root"_s}, kPassword);
    QCOMPARE(role.code, 2);
    QVERIFY(role.err.contains(u"unknown role \"root\": use admin or helpdesk."_s));
    QCOMPARE(run({u"operator"_s, u"add"_s, u"--role"_s, u"admin"_s}, kPassword).code, 2); // no name
    QCOMPARE(run({u"operator"_s, u"add"_s, u"a"_s, u"b"_s, u"--role"_s, u"admin"_s}, kPassword).code, 2);
    QCOMPARE(run({u"operator"_s, u"list"_s, u"extra"_s}).code, 2);
    QCOMPARE(run({u"operator"_s, u"disable"_s}).code, 2);
    QCOMPARE(run({u"operator"_s, u"passwd"_s}).code, 2);
    QCOMPARE(run({u"operator"_s, u"frobnicate"_s}).code, 2);
    QCOMPARE(run({u"operator"_s, u"list"_s, u"--no-such-option"_s}).code, 2);
    QVERIFY(run({u"operator"_s, u"list"_s}).out.isEmpty()); // nothing was added along the way
}

QTEST_GUILESS_MAIN(TestOperatorCommand)
#include "tst_operatorcommand.moc"
