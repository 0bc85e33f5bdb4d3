// A full disk and a read-only disk under the SQLite database. The test process enters a mount
// namespace of its own (as root, or through a user namespace) and mounts a small tmpfs there, which
// nobody else sees: "full" is that tmpfs filled to the last page (ENOSPC, what a real disk gives),
// "read-only" is it remounted read-only (EROFS; file permission bits would not stop root, who runs
// the build root). For each: the operator reads a sentence saying what is wrong and that nothing was
// changed, the database passes PRAGMA integrity_check, a half-done enrollment is not left behind, and
// everything works again once space returns or the disk is writable again.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "ServiceFixture.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;

namespace {

QString g_mountPoint; // the private tmpfs
QString g_whyNot; // empty when the namespace and the tmpfs are there
constexpr const char* kSize = "size=4m,mode=0755";
const QString kPassword = u"correct horse battery"_s;

bool writeFile(const char* path, const QByteArray& text)
{
    const int fd = ::open(path, O_WRONLY);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    return ok;
}

// Before QCoreApplication and any thread: unshare() of a user namespace wants a single thread.
void enterPrivateTmpfs()
{
    QByteArray dir = QByteArray(qgetenv("TMPDIR").isEmpty() ? "/tmp" : qgetenv("TMPDIR")) + "/tfk-diskfaults-XXXXXX";
    if (!::mkdtemp(dir.data())) {
        g_whyNot = u"mkdtemp: "_s + QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    g_mountPoint = QString::fromLocal8Bit(dir);
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    if (::unshare(CLONE_NEWNS) != 0) {
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
            g_whyNot = u"neither a mount namespace nor a user namespace can be entered here: "_s
                + QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        writeFile("/proc/self/setgroups", "deny");
        writeFile("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1");
        writeFile("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1");
    }
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
        || ::mount("tfk-diskfaults", dir.constData(), "tmpfs", 0, kSize) != 0) {
        g_whyNot = u"cannot mount a tmpfs: "_s + QString::fromLocal8Bit(std::strerror(errno));
    }
}

void leavePrivateTmpfs()
{
    if (!g_mountPoint.isEmpty()) {
        ::umount2(qPrintable(g_mountPoint), MNT_DETACH);
        ::rmdir(qPrintable(g_mountPoint));
    }
}

bool remount(unsigned long flags)
{
    return ::mount(nullptr, qPrintable(g_mountPoint), nullptr, MS_REMOUNT | flags, kSize) == 0;
}

// Fills the tmpfs to its last byte; the filler's size.
qint64 fillTheDisk(const QString& path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return -1;
    }
    qint64 total = 0;
    for (const int chunk : {1 << 16, 1 << 12, 1}) {
        const QByteArray bytes(chunk, 'x');
        while (filler.write(bytes) == chunk) {
            total += chunk;
        }
    }
    return total;
}

QString integrity(Database& database)
{
    auto check = database.exec(u"PRAGMA integrity_check"_s);
    return check && check->next() ? check->value(0).toString() : u"(no answer)"_s;
}

bool enrolled(ServiceFixture& f, const QString& userId)
{
    auto user = waitFor(f.service->findUser(userId));
    return user && user->twoFactorEnabled;
}

} // namespace

class TestDiskFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullDiskSaysSoAndRecovers();
    void readOnlyDiskSaysSoAndRecovers();
    void unwritableFileSaysSo();

private:
    tfk::test::QcaTestEnvironment m_qca;
};

void TestDiskFaults::initTestCase()
{
    TFK_REQUIRE_QCA(m_qca);
    if (!g_whyNot.isEmpty()) {
        QSKIP(qPrintable(u"no private tmpfs: "_s + g_whyNot));
    }
    qputenv("TMPDIR", g_mountPoint.toLocal8Bit());
}

void TestDiskFaults::fullDiskSaysSoAndRecovers()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    QVERIFY2(f.databasePath().startsWith(g_mountPoint), qPrintable(f.databasePath()));
    auto richard
        = waitFor(f.service->createUser({u"richard@example.com"_s, {}, u"Richard"_s, u"+1 201 555 0123"_s, kPassword}));
    TFK_VERIFY_OK(richard);
    const QString secret = f.service->generateSecret().secret();
    TFK_VERIFY_OK(waitFor(f.service->sendEnrollmentCode(u"+1 201 555 0123"_s, secret)));
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(richard->id, f.sms.lastCode(), secret, TwoFactorDelivery::TextMessage)));
    auto monica
        = waitFor(f.service->createUser({u"monica@example.com"_s, {}, u"Monica"_s, u"+1 201 555 0124"_s, kPassword}));
    TFK_VERIFY_OK(monica);
    f.clock.advanceSecs(60);
    const QString monicaSecret = f.service->generateSecret().secret();
    TFK_VERIFY_OK(waitFor(f.service->sendEnrollmentCode(u"+1 201 555 0124"_s, monicaSecret)));
    const QString monicaCode = f.sms.lastCode();
    f.service->waitForIdle(5000);
    // An empty WAL: the next write has to grow it, and the disk has no page left for that.
    TFK_VERIFY_OK(f.database->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    const QString filler = g_mountPoint + u"/filler"_s;
    QVERIFY(fillTheDisk(filler) > 0);

    auto created = waitFor(f.service->createUser({u"gilfoyle@example.com"_s, {}, u"Gilfoyle"_s, {}, kPassword}));
    TFK_VERIFY_ERROR(created, "[DatabaseFull]");
    QCOMPARE(created.error().message,
             u"The disk holding the database is full. Free some space and try again; nothing was changed."_s);
    QCOMPARE(created.error().httpStatus, 507);
    auto enabling
        = waitFor(f.service->enableTwoFactor(monica->id, monicaCode, monicaSecret, TwoFactorDelivery::TextMessage));
    TFK_VERIFY_ERROR(enabling, "[DatabaseFull]");
    // Reading still works, and nothing is damaged or half done.
    QCOMPARE(integrity(*f.database), u"ok"_s);
    QVERIFY(enrolled(f, richard->id));
    QVERIFY(!enrolled(f, monica->id));
    auto found = waitFor(f.service->findUserByLoginId(u"gilfoyle@example.com"_s));
    TFK_VERIFY_OK(found);
    QVERIFY(!found->has_value());

    // Space returns: the same steps go through.
    QVERIFY(QFile::remove(filler));
    TFK_VERIFY_OK(waitFor(f.service->createUser({u"gilfoyle@example.com"_s, {}, u"Gilfoyle"_s, {}, kPassword})));
    TFK_VERIFY_OK(
        waitFor(f.service->enableTwoFactor(monica->id, monicaCode, monicaSecret, TwoFactorDelivery::TextMessage)));
    QVERIFY(enrolled(f, monica->id));
    QVERIFY(enrolled(f, richard->id));
    QCOMPARE(integrity(*f.database), u"ok"_s);
}

void TestDiskFaults::readOnlyDiskSaysSoAndRecovers()
{
    const QString path = g_mountPoint + u"/readonly.db"_s;
    SecretCipher cipher(DataKey::fromBytes(ServiceFixture::dataKeyBytes()));
    {
        auto config = DatabaseConfig::fromLocation(path);
        TFK_VERIFY_OK(config);
        Database database(*config);
        TFK_VERIFY_OK(TwoFactorService::prepareStorage(database, cipher));
        auto inserted = database.exec(u"SELECT count(*) FROM users"_s);
        TFK_VERIFY_OK(inserted);
    }
    // Every file closed: the disk can go read-only.
    QVERIFY2(remount(MS_RDONLY), std::strerror(errno));
    const auto writable = qScopeGuard([] { remount(0); });
    {
        auto config = DatabaseConfig::fromLocation(path);
        Database database(*config);
        auto prepared = TwoFactorService::prepareStorage(database, cipher);
        QVERIFY(!prepared);
        qInfo("read-only at start: %s %s", qPrintable(prepared.error().code), qPrintable(prepared.error().message));
        QCOMPARE(prepared.error().code, u"[DatabaseReadOnly]"_s);
        QVERIFY2(prepared.error().message.contains(u"is read-only (mounted read-only)"_s)
                     && prepared.error().message.contains(path),
                 qPrintable(prepared.error().message));
    }
    QVERIFY2(remount(0), std::strerror(errno));
    {
        auto config = DatabaseConfig::fromLocation(path);
        Database database(*config);
        TFK_VERIFY_OK(TwoFactorService::prepareStorage(database, cipher));
        QCOMPARE(integrity(database), u"ok"_s);
    }
}

void TestDiskFaults::unwritableFileSaysSo()
{
    // Permission bits stop everybody but root: the program runs as "nobody" here.
    if (::getuid() != 0 || QStandardPaths::findExecutable(u"runuser"_s).isEmpty()) {
        QSKIP("needs root and runuser to start the program as another user");
    }
    const QString folder = g_mountPoint + u"/locked"_s;
    const QString path = folder + u"/kiosk.db"_s;
    const QString settings = g_mountPoint + u"/settings"_s;
    QVERIFY(QDir().mkpath(folder) && QDir().mkpath(settings));
    {
        SecretCipher cipher(DataKey::fromBytes(ServiceFixture::dataKeyBytes()));
        auto config = DatabaseConfig::fromLocation(path);
        TFK_VERIFY_OK(config);
        Database database(*config);
        TFK_VERIFY_OK(TwoFactorService::prepareStorage(database, cipher));
    }
    // chmod 0444 on the file, 0555 on its folder; the settings folder is the new user's.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(folder,
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(settings, QFile::Permissions(0x7777)));
    // A copy of the program where "nobody" may run it (the build folder may be closed to other users).
    QTemporaryDir bin(u"/tmp/tfk-diskfaults-bin-XXXXXX"_s);
    QVERIFY(bin.isValid());
    const QString program = bin.filePath(u"twofactor-kiosk"_s);
    QVERIFY(QFile::copy(QStringLiteral(TFK_KIOSK_BINARY), program));
    QVERIFY(QFile::setPermissions(bin.path(), QFile::Permissions(0x7755)));
    QVERIFY(QFile::setPermissions(program, QFile::Permissions(0x7755)));
    QProcess kiosk;
    kiosk.start(u"runuser"_s,
                {u"-u"_s, u"nobody"_s, u"--"_s, u"env"_s,
                 u"TFK_DATA_KEY="_s + QString::fromLatin1(ServiceFixture::dataKeyBytes().toBase64()), program,
                 u"--headless"_s, u"--api"_s, u"--api-listen"_s, u"127.0.0.1:0"_s, u"--settings"_s,
                 settings + u"/kiosk.conf"_s, u"--database"_s, path});
    QVERIFY(kiosk.waitForFinished(30000));
    const QString err = QString::fromUtf8(kiosk.readAllStandardError());
    qInfo("as nobody: %s", qPrintable(err.trimmed()));
    QVERIFY(kiosk.exitCode() != 0);
    QVERIFY2(err.contains(u"This user may not write "_s + path), qPrintable(err));
    // Permissions back: the same start gets as far as serving.
    QVERIFY(QFile::setPermissions(path, QFile::Permissions(0x6666)));
    QVERIFY(QFile::setPermissions(folder, QFile::Permissions(0x7777)));
    QProcess again;
    again.setReadChannel(QProcess::StandardError);
    again.start(kiosk.program(), kiosk.arguments());
    QByteArray said;
    while (!said.contains("API listening on")) {
        QVERIFY2(again.waitForReadyRead(30000), said.constData());
        said += again.readAllStandardError();
    }
    again.terminate();
    QVERIFY(again.waitForFinished(20000));
}

int main(int argc, char** argv)
{
    enterPrivateTmpfs();
    int result = 0;
    {
        QCoreApplication app(argc, argv);
        TestDiskFaults test;
        result = QTest::qExec(&test, argc, argv);
    }
    leavePrivateTmpfs();
    return result;
}

#include "tst_diskfaults.moc"
