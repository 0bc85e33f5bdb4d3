// `users import FILE` and `users export`: batches, a bad line reported with its line number and
// nothing of its batch imported, a re-run skips who is already there, and export round-trips.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"
#include "users/UsersCommand.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

int run(ServiceFixture& f, const QStringList& words, QString* errText)
{
    QString out;
    QTextStream outStream(&out);
    QTextStream errStream(errText);
    return UsersCommand::run(words, *f.service, outStream, errStream, false);
}

int total(ServiceFixture& f)
{
    return waitFor(f.service->searchUsers({}, 0, 1))->total;
}

} // namespace

class TestUsersCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importReportsTheBadLineAndReRunsDoNotDuplicate();
    void exportRoundTrips();
    void usage();
    void progressBarAndFileErrors();
};

void TestUsersCommand::importReportsTheBadLineAndReRunsDoNotDuplicate()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QTemporaryDir dir;
    QByteArray csv = "email,fullName,mobilePhone,password\n";
    for (int i = 0; i < 30; ++i) {
        csv += "u" + QByteArray::number(i) + "@example.com,User " + QByteArray::number(i) + ",+1 201 555 "
            + QByteArray::number(1000 + i) + ",password " + QByteArray::number(i) + "\n";
    }
    // Line 12 (user 10) has a number that is not a phone number.
    csv.replace("+1 201 555 1010", "555-555-5555");
    const QString path = writeFile(dir, u"users.csv"_s, csv);
    QString err;
    QCOMPARE(run(f, {u"import"_s, path}, &err), 1);
    QVERIFY2(err.contains(u"Line 12:"_s), qPrintable(err));
    QVERIFY2(err.contains(u"not a valid phone number"_s), qPrintable(err));
    // The whole batch (the file is one batch here) was refused.
    QCOMPARE(total(f), 0);

    // Fixed, and run twice: the second run skips everybody.
    csv.replace("555-555-5555", "+1 201 555 1010");
    writeFile(dir, u"users.csv"_s, csv);
    err.clear();
    QCOMPARE(run(f, {u"import"_s, path}, &err), 0);
    QVERIFY2(err.contains(u"30 users imported, 0 already present"_s), qPrintable(err));
    err.clear();
    QCOMPARE(run(f, {u"import"_s, path}, &err), 0);
    QVERIFY2(err.contains(u"0 users imported, 30 already present"_s), qPrintable(err));
    QCOMPARE(total(f), 30);
    TFK_VERIFY_OK(waitFor(f.service->login({u"u29@example.com"_s, u"password 29"_s, {}, {}})));

    // A file that is not there.
    err.clear();
    QCOMPARE(run(f, {u"import"_s, dir.filePath(u"missing.csv"_s)}, &err), 1);
    QVERIFY2(err.contains(u"cannot read"_s), qPrintable(err));
}

void TestUsersCommand::exportRoundTrips()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    for (int i = 0; i < 12; ++i) {
        TFK_VERIFY_OK(waitFor(f.service->createUser({u"e%1@example.com"_s.arg(i),
                                                     {},
                                                     u"Name, %1"_s.arg(i),
                                                     u"+1 201 555 %1"_s.arg(2000 + i),
                                                     u"password123"_s})));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    QString err;
    QCOMPARE(run(f, {u"export"_s, path}, &err), 0);
    QVERIFY2(err.contains(u"12 users exported"_s), qPrintable(err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count('\n'), 13);
    QVERIFY(text.contains("\"Name, 3\""));
    QVERIFY(!text.contains("argon2"));
    // Into another kiosk: the same users (passwords are not exported, so the import needs them).
    ServiceFixture other;
    TFK_REQUIRE_FIXTURE(other);
    QByteArray withPasswords = text;
    withPasswords.replace("twoFactorEnabled\n", "twoFactorEnabled,password\n");
    withPasswords.replace(",false\n", ",false,another password\n");
    writeFile(dir, u"again.csv"_s, withPasswords);
    err.clear();
    QCOMPARE(run(other, {u"import"_s, dir.filePath(u"again.csv"_s)}, &err), 0);
    QCOMPARE(total(other), 12);
    auto found = waitFor(other.service->findUserByLoginId(u"e3@example.com"_s));
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->fullName, u"Name, 3"_s);
}

void TestUsersCommand::usage()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QString err;
    QCOMPARE(run(f, {}, &err), 2);
    QCOMPARE(run(f, {u"import"_s}, &err), 2);
    QCOMPARE(run(f, {u"delete"_s}, &err), 2);
    QVERIFY(err.contains(u"unknown subcommand"_s));
    QVERIFY(UsersCommand::isInvocation({u"twofactor-kiosk"_s, u"--database"_s, u"x.db"_s, u"users"_s, u"import"_s}));
    QVERIFY(!UsersCommand::isInvocation({u"twofactor-kiosk"_s, u"--database"_s, u"users"_s, u"--demo"_s}));
}

void TestUsersCommand::progressBarAndFileErrors()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QTemporaryDir dir;
    QString out;
    QTextStream outStream(&out);
    QString err;
    QTextStream errStream(&err);

    // On a terminal (progress on): a bad line ends the bar's line before the errors are listed.
    const QString bad = writeFile(dir, u"bad.csv"_s,
                                  "email,fullName,mobilePhone,password\n"
                                  "p1@example.com,P 1,555-555-5555,password 1\n");
    QCOMPARE(UsersCommand::run({u"import"_s, bad}, *f.service, outStream, errStream, true), 1);
    QVERIFY2(err.startsWith(u"\nLine 2: "_s), qPrintable(err));
    QCOMPARE(total(f), 0);

    // Two good lines: the bar ends full (30 '=' and no '>'), then the summary on a line of its own.
    err.clear();
    const QString good = writeFile(dir, u"good.csv"_s,
                                   "email,fullName,mobilePhone,password\n"
                                   "p1@example.com,P 1,+1 201 555 3001,password 1\n"
                                   "p2@example.com,P 2,+1 201 555 3002,password 2\n");
    QCOMPARE(UsersCommand::run({u"import"_s, good}, *f.service, outStream, errStream, true), 0);
    const QString fullBar = u"\r["_s + QString(30, u'=') + u"] 100%  "_s;
    QVERIFY2(err.startsWith(u"\r["_s), qPrintable(err));
    QVERIFY2(err.contains(fullBar), qPrintable(err));
    QVERIFY2(err.contains(u" left   \n2 users imported, 0 already present and skipped, in "_s), qPrintable(err));
    QCOMPARE(total(f), 2);

    // A file that cannot be created is named with the reason; a third word is a usage error.
    QFile plain(dir.filePath(u"plain"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString unwritable = dir.filePath(u"plain/export.csv"_s);
    err.clear();
    QCOMPARE(run(f, {u"export"_s, unwritable}, &err), 1);
    QVERIFY2(err.startsWith(u"twofactor-kiosk users: cannot write %1: "_s.arg(unwritable)), qPrintable(err));
    err.clear();
    QCOMPARE(run(f, {u"export"_s, u"a.csv"_s, u"b.csv"_s}, &err), 2);
    QVERIFY2(err.startsWith(u"twofactor-kiosk users: export takes at most the file to write (default: standard "
                            "output).\n"_s),
             qPrintable(err));
    QVERIFY(!QFileInfo::exists(u"a.csv"_s));
}

QTEST_GUILESS_MAIN(TestUsersCommand)
#include "tst_userscommand.moc"
