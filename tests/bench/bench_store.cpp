// The store at scale (scripts/bench; never CTest): makes data sets of generated users with the bulk
// importer (pre-hashed passwords, the search index kept up to date), then measures, at each size,
// lookups by login id and the Users search through the service (its worker threads included), and
// prints each figure beside its budget. `--check` exits 1 when a budget is missed.
// `--json FILE` writes the figures of every size, for the plot in docs/ (scripts/bench draws it).
//   bench_store [--sizes 10000,1000000] [--check] [--keep DIR] [--json FILE]

#include "RecordingSmsSender.h"
#include "auth/TwoFactorService.h"
#include "auth/UserImport.h"
#include "crypto/CryptoRuntime.h"
#include "crypto/DataKey.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

const QStringList kFirst = {u"Richard"_s, u"Monica"_s, u"Jared"_s, u"Bertram"_s, u"Dinesh"_s, u"Erlich"_s,
                            u"Laurie"_s,  u"Gavin"_s,  u"Jian"_s,  u"Zoë"_s,     u"Ana"_s,    u"Mateo"_s,
                            u"Søren"_s,   u"Aiko"_s,   u"Olu"_s,   u"Priya"_s,   u"Noah"_s,   u"Lena"_s};
const QStringList kLast = {u"Hendricks"_s, u"Hall"_s,    u"Dunn"_s,     u"Gilfoyle"_s, u"Chugtai"_s,  u"Bachman"_s,
                           u"Bream"_s,     u"Belson"_s,  u"Yang"_s,     u"García"_s,   u"Nakamura"_s, u"Okafor"_s,
                           u"Larsen"_s,    u"Schmidt"_s, u"Kowalski"_s, u"Silva"_s,    u"Rossi"_s,    u"Novak"_s};

// A deterministic user i: a name, an email and a valid US mobile number (area codes that exist).
ImportedUser generated(qint64 i, const QString& hash)
{
    const QString first = kFirst.at(i % kFirst.size());
    const QString last = kLast.at((i / kFirst.size()) % kLast.size());
    static const int areas[] = {201, 415, 212, 312, 617, 303, 206, 512};
    const QString phone = u"+1%1%2%3"_s.arg(areas[i % 8])
                              .arg(200 + (i / 8) % 800, 3, 10, QChar(u'0'))
                              .arg((i / 6400) % 10000, 4, 10, QChar(u'0'));
    return ImportedUser {u"%1.%2.%3@example.com"_s.arg(first.toLower(), last.toLower()).arg(i),
                         {},
                         u"%1 %2 %3"_s.arg(first, last).arg(i),
                         phone,
                         hash,
                         u"argon2id"_s};
}

struct Stats
{
    double median = 0;
    double p99 = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty()) {
        return {};
    }
    return Stats {ms.at(ms.size() / 2), ms.at(std::min(ms.size() - 1, qsizetype(ms.size() * 0.99)))};
}

template <typename F> Stats measure(int rounds, F&& f)
{
    QList<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        f(i);
        ms << timer.nsecsElapsed() / 1e6;
    }
    return stats(ms);
}

struct Row
{
    QString what;
    QString figure;
    QString budget;
    bool ok = true;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizesOption(u"sizes"_s, u"Data set sizes."_s, u"list"_s, u"10000,1000000"_s);
    const QCommandLineOption checkOption(u"check"_s, u"Exit 1 when a budget is missed."_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the databases in DIR."_s, u"dir"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write the figures to FILE as JSON."_s, u"file"_s);
    parser.addOptions({sizesOption, checkOption, keepOption, jsonOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    CryptoRuntime crypto;
    if (auto supported = CryptoRuntime::checkSupport(); !supported) {
        out << supported.error().message << Qt::endl;
        return 2;
    }
    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    const SecretCipher cipher(DataKey::fromBytes(QByteArray(32, 'b')));
    const PasswordHasher hasher(PasswordHashingLimits::interactive());
    const QString hash = QString::fromLatin1(*hasher.hash(u"benchmark password"_s));
    SystemClock clock;
    // Nothing here sends a text; the recorder stands in for Twilio.
    test::RecordingSmsSender sms;

    QList<qint64> sizes;
    for (const QString& size : parser.value(sizesOption).split(u',')) {
        sizes << size.toLongLong();
    }
    QList<Row> rows;
    QHash<qint64, Stats> lookups;
    QHash<qint64, Stats> searches;
    QJsonArray figures;
    for (const qint64 size : std::as_const(sizes)) {
        DatabaseConfig config;
        config.path = dir + u"/users-%1.db"_s.arg(size);
        QFile::remove(config.path);
        QFile::remove(config.path + u"-wal"_s);
        config.connectionPrefix = u"bench-%1"_s.arg(size);
        Database database(config);
        if (auto prepared = TwoFactorService::prepareStorage(database, cipher); !prepared) {
            out << prepared.error().message << Qt::endl;
            return 2;
        }
        TwoFactorService service(database, sms, clock, cipher, hasher, PhoneNumberParser(), TwoFactorRules());

        // The data set, through the importer, in FusionAuth-sized batches.
        QElapsedTimer timer;
        timer.start();
        constexpr qint64 kBatch = 100000;
        for (qint64 start = 0; start < size; start += kBatch) {
            ImportRequest request;
            for (qint64 i = start; i < std::min(size, start + kBatch); ++i) {
                request.users << generated(i, hash);
            }
            auto imported = service.importUsers(request).result();
            if (!imported || !imported->errors.isEmpty()) {
                out << "import failed: " << (imported ? imported->errors.first().message : imported.error().message)
                    << Qt::endl;
                return 2;
            }
        }
        // As `twofactor-kiosk users import` ends: the search index in one piece (timed with the import).
        if (auto compacted = service.compactSearchIndex().result(); !compacted) {
            out << "merging the search index failed: " << compacted.error().message << Qt::endl;
            return 2;
        }
        const double importSeconds = timer.elapsed() / 1000.0;
        const double rate = size / std::max(importSeconds, 0.001);
        rows << Row {u"import %1 users (pre-hashed, index kept)"_s.arg(size),
                     u"%1 s, %2 users/s"_s.arg(importSeconds, 0, 'f', 1).arg(qint64(rate)),
                     size >= 1000000 ? u">= 17,000 users/s"_s : u"-"_s, size < 1000000 || rate >= 17000};

        QRandomGenerator random(42);
        const Stats lookup = measure(2000, [&](int) {
            const qint64 i = random.bounded(size);
            const ImportedUser user = generated(i, hash);
            auto found = service.findUserByLoginId(user.email).result();
            if (!found || !found->has_value()) {
                qFatal("lookup failed for %s", qPrintable(user.email));
            }
        });
        lookups.insert(size, lookup);
        rows << Row {u"lookup by login id, %1 users"_s.arg(size),
                     u"median %1 ms, p99 %2 ms"_s.arg(lookup.median, 0, 'f', 3).arg(lookup.p99, 0, 'f', 3),
                     u"median < 0.2 ms, p99 < 1 ms"_s, lookup.median < 0.2 && lookup.p99 < 1.0};

        const QStringList queries = {u"hendricks"_s, u"zoë gar"_s, u"richard hall 12"_s, u"okafor"_s, u"example"_s,
                                     u"5550"_s,      u"0017"_s,    u"jian yang 999"_s,   u"ana"_s,    u"nobody-here"_s};
        QHash<QString, QList<double>> perQuery; // where the time goes: each text's own median, on stderr
        const Stats search = measure(300, [&](int round) {
            QElapsedTimer one;
            one.start();
            const QString& text = queries.at(round % queries.size());
            auto page = service.searchUsers(text, 0, 50).result();
            if (!page) {
                qFatal("search failed: %s", qPrintable(page.error().message));
            }
            perQuery[text] << one.nsecsElapsed() / 1e6;
        });
        for (const QString& text : queries) {
            std::fprintf(stderr, "  search \"%s\", %lld users: median %.2f ms\n", qPrintable(text), size,
                         stats(perQuery.value(text)).median);
        }
        searches.insert(size, search);
        rows << Row {u"Users search, first page, %1 users"_s.arg(size),
                     u"median %1 ms, p99 %2 ms"_s.arg(search.median, 0, 'f', 2).arg(search.p99, 0, 'f', 2),
                     u"median < 10 ms, p99 < 30 ms"_s, search.median < 10 && search.p99 < 30};
        const Stats unfiltered = measure(100, [&](int) {
            auto page = service.searchUsers({}, 0, 50).result();
            if (!page) {
                qFatal("page failed");
            }
        });
        rows << Row {u"Users page without filter, %1 users"_s.arg(size),
                     u"median %1 ms"_s.arg(unfiltered.median, 0, 'f', 2), u"< 5 ms"_s, unfiltered.median < 5};
        figures.append(QJsonObject {{u"users"_s, size},
                                    {u"importUsersPerSecond"_s, rate},
                                    {u"lookupMedianMs"_s, lookup.median},
                                    {u"lookupP99Ms"_s, lookup.p99},
                                    {u"searchMedianMs"_s, search.median},
                                    {u"searchP99Ms"_s, search.p99},
                                    {u"unfilteredMedianMs"_s, unfiltered.median},
                                    {u"databaseBytes"_s, QFileInfo(config.path).size()}});
        database.closeThreadConnection();
    }
    if (sizes.size() >= 2) {
        const qint64 small = sizes.first();
        const qint64 large = sizes.last();
        const double lookupRatio = lookups.value(large).median / std::max(1e-6, lookups.value(small).median);
        const double searchRatio = searches.value(large).median / std::max(1e-6, searches.value(small).median);
        rows << Row {u"lookup, %1 / %2 users"_s.arg(large).arg(small), u"%1x"_s.arg(lookupRatio, 0, 'f', 2), u"<= 2"_s,
                     lookupRatio <= 2};
        rows << Row {u"search, %1 / %2 users"_s.arg(large).arg(small), u"%1x"_s.arg(searchRatio, 0, 'f', 2), u"<= 3"_s,
                     searchRatio <= 3};
    }
    out << Qt::endl << u"%1  %2  %3"_s.arg(u"what"_s, -52).arg(u"measured"_s, -36).arg(u"budget"_s) << Qt::endl;
    bool allMet = true;
    for (const Row& row : std::as_const(rows)) {
        out << u"%1  %2  %3 %4"_s.arg(row.what, -52)
                   .arg(row.figure, -36)
                   .arg(row.budget, -28)
                   .arg(row.ok ? u""_s : u"MISSED"_s)
            << Qt::endl;
        allMet = allMet && row.ok;
    }
    if (parser.isSet(jsonOption)) {
        QFile json(parser.value(jsonOption));
        if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out << "cannot write " << json.fileName() << Qt::endl;
            return 2;
        }
        json.write(QJsonDocument(QJsonObject {{u"sizes"_s, figures}}).toJson());
        // The same as columns, for gnuplot.
        QFile table(parser.value(jsonOption) + u".tsv"_s);
        if (table.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream columns(&table);
            columns << "# users\tlookup_median_ms\tlookup_p99_ms\tsearch_median_ms\tsearch_p99_ms\tunfiltered_ms\n";
            for (const QJsonValue& value : std::as_const(figures)) {
                const QJsonObject row = value.toObject();
                columns << row.value(u"users"_s).toInteger() << '\t' << row.value(u"lookupMedianMs"_s).toDouble()
                        << '\t' << row.value(u"lookupP99Ms"_s).toDouble() << '\t'
                        << row.value(u"searchMedianMs"_s).toDouble() << '\t' << row.value(u"searchP99Ms"_s).toDouble()
                        << '\t' << row.value(u"unfilteredMedianMs"_s).toDouble() << '\n';
            }
        }
    }
    return parser.isSet(checkOption) && !allMet ? 1 : 0;
}
