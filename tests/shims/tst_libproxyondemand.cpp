// libproxy on demand (shims/libproxy): a program linked to QtNetwork starts without the real libproxy and
// the ~30 libraries behind it, and loads them at the first lookup of the system's proxy settings, which
// still finds the proxy those settings name.

#include "MappedFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkProxyFactory>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using tfk::test::mappedFiles;

extern "C" int tfk_libproxy_loaded();

class TestLibproxyOnDemand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theStandInIsLoadedInsteadOfLibproxy();
    void aSystemProxyLookupLoadsLibproxyAndFindsTheProxy();
    void aHostWithoutProxyIsReachedDirectly();

private:
    // The file the loader maps (libproxy.so.1 is a link to libproxy.so.1.0.0).
    static QString systemLibproxy() { return QFileInfo(QStringLiteral(TFK_SYSTEM_LIBPROXY)).canonicalFilePath(); }
};

void TestLibproxyOnDemand::theStandInIsLoadedInsteadOfLibproxy()
{
    const QStringList files = mappedFiles();
    QVERIFY(!files.isEmpty());
    QVERIFY2(files.contains(QStringLiteral(TFK_SHIM_FILE)), qPrintable(files.join(u'\n')));
    QVERIFY(!systemLibproxy().isEmpty());
    QVERIFY2(!files.contains(systemLibproxy()), "the real libproxy was loaded at start");
    for (const QString& file : files) {
        QVERIFY2(!file.contains(u"libpxbackend"_s) && !file.contains(u"libcurl"_s),
                 qPrintable(u"loaded at start: "_s + file));
    }
    QCOMPARE(tfk_libproxy_loaded(), 0);
}

void TestLibproxyOnDemand::aSystemProxyLookupLoadsLibproxyAndFindsTheProxy()
{
    qputenv("https_proxy", "http://proxy.example.test:3128");
    qunsetenv("no_proxy");
    const QList<QNetworkProxy> proxies
        = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(QUrl(u"https://api.twilio.com/2010-04-01"_s)));
    QVERIFY(!proxies.isEmpty());
    QCOMPARE(proxies.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxies.first().hostName(), u"proxy.example.test"_s);
    QCOMPARE(proxies.first().port(), quint16(3128));
    QCOMPARE(tfk_libproxy_loaded(), 1);
    const QStringList files = mappedFiles();
    QVERIFY2(files.contains(systemLibproxy()), qPrintable(files.join(u'\n')));
    QVERIFY(std::ranges::any_of(files, [](const QString& file) { return file.contains(u"libpxbackend"_s); }));
}

void TestLibproxyOnDemand::aHostWithoutProxyIsReachedDirectly()
{
    qunsetenv("https_proxy");
    qunsetenv("http_proxy");
    const QList<QNetworkProxy> proxies
        = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(QUrl(u"https://api.twilio.com/"_s)));
    QVERIFY(!proxies.isEmpty());
    QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
}

QTEST_GUILESS_MAIN(TestLibproxyOnDemand)
#include "tst_libproxyondemand.moc"
