// TOTP code generation and +/-1-window verification: this project's QCA engine against liboath and
// Qt's QMessageAuthenticationCode. Prints Google Benchmark's table, then the ratios measured in
// this run (the target: QCA verification within 1.5x of liboath).

#include "crypto/CryptoRuntime.h"
#include "totp/TotpGenerator.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QtCrypto>
#include <QtEndian>

#include <benchmark/benchmark.h>
#include <liboath/oath.h>

#include <cstdio>
#include <map>
#include <string>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = "8MJJfCY4ERBtotvenSc3"_ba;
constexpr qint64 kTime = 1234567890;

// Walks through time so no layer can cache a result.
qint64 timeFor(std::int64_t iteration)
{
    return kTime + (iteration % 100000) * 30;
}

void BM_Generate_QcaEngine(benchmark::State& state)
{
    auto generator = tfk::TotpGenerator::create(kKey).value();
    std::int64_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(generator.codeAt(timeFor(i++)));
    }
}

void BM_Generate_QcaFreshMacPerCode(benchmark::State& state)
{
    std::int64_t i = 0;
    for (auto _ : state) {
        // What a naive engine does: build and key a QCA object for every code.
        auto generator = tfk::TotpGenerator::create(kKey).value();
        benchmark::DoNotOptimize(generator.codeAt(timeFor(i++)));
    }
}

void BM_Generate_Liboath(benchmark::State& state)
{
    char code[10];
    std::int64_t i = 0;
    for (auto _ : state) {
        oath_totp_generate2(kKey.constData(), size_t(kKey.size()), time_t(timeFor(i++)), 30, 0, 6, 0, code);
        benchmark::DoNotOptimize(code);
    }
}

// Qt's own HMAC with the same truncation, for comparison with a non-QCA Qt path.
QString qtHotp(QMessageAuthenticationCode& mac, quint64 counter)
{
    char message[8];
    qToBigEndian(counter, message);
    mac.reset();
    mac.addData(QByteArrayView(message, 8));
    const QByteArray h = mac.result();
    const int o = h.back() & 0x0f;
    const quint32 binary = (quint32(uchar(h[o]) & 0x7f) << 24) | (quint32(uchar(h[o + 1])) << 16)
        | (quint32(uchar(h[o + 2])) << 8) | quint32(uchar(h[o + 3]));
    return u"%1"_s.arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

void BM_Generate_QtMessageAuthenticationCode(benchmark::State& state)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha1, kKey);
    std::int64_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(qtHotp(mac, quint64(timeFor(i++) / 30)));
    }
}

// Verification of a code from the previous step: all three steps of the window are computed.
void BM_Verify_QcaEngine(benchmark::State& state)
{
    auto generator = tfk::TotpGenerator::create(kKey).value();
    const QString code = generator.codeAt(kTime - 30);
    for (auto _ : state) {
        benchmark::DoNotOptimize(generator.verify(code, kTime));
    }
}

void BM_Verify_Liboath(benchmark::State& state)
{
    char code[10];
    oath_totp_generate2(kKey.constData(), size_t(kKey.size()), time_t(kTime - 30), 30, 0, 6, 0, code);
    for (auto _ : state) {
        int position = 0;
        uint64_t counter = 0;
        benchmark::DoNotOptimize(oath_totp_validate4(kKey.constData(), size_t(kKey.size()), time_t(kTime), 30, 0, 1,
                                                     &position, &counter, 0, code));
    }
}

// A wrong code: every step of the window is computed on both sides.
void BM_VerifyWrong_QcaEngine(benchmark::State& state)
{
    auto generator = tfk::TotpGenerator::create(kKey).value();
    for (auto _ : state) {
        benchmark::DoNotOptimize(generator.verify(u"000000", kTime));
    }
}

void BM_VerifyWrong_Liboath(benchmark::State& state)
{
    for (auto _ : state) {
        int position = 0;
        uint64_t counter = 0;
        benchmark::DoNotOptimize(oath_totp_validate4(kKey.constData(), size_t(kKey.size()), time_t(kTime), 30, 0, 1,
                                                     &position, &counter, 0, "000000"));
    }
}

void BM_Verify_QtMessageAuthenticationCode(benchmark::State& state)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha1, kKey);
    const QString code = qtHotp(mac, quint64((kTime - 30) / 30));
    for (auto _ : state) {
        bool matched = false;
        for (qint64 step = kTime / 30 - 1; step <= kTime / 30 + 1; ++step) {
            matched |= qtHotp(mac, quint64(step)) == code;
        }
        benchmark::DoNotOptimize(matched);
    }
}

BENCHMARK(BM_Generate_QcaEngine);
BENCHMARK(BM_Generate_QcaFreshMacPerCode);
BENCHMARK(BM_Generate_Liboath);
BENCHMARK(BM_Generate_QtMessageAuthenticationCode);
BENCHMARK(BM_Verify_QcaEngine);
BENCHMARK(BM_Verify_Liboath);
BENCHMARK(BM_Verify_QtMessageAuthenticationCode);
BENCHMARK(BM_VerifyWrong_QcaEngine);
BENCHMARK(BM_VerifyWrong_Liboath);

// Keeps Google Benchmark's console table and remembers each result for the ratio lines.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    RatioReporter()
        : ConsoleReporter(isatty(fileno(stdout)) ? OO_ColorTabular : OO_Tabular)
    {
    }

    void ReportRuns(const std::vector<Run>& runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            if (run.run_type == Run::RT_Iteration || run.aggregate_name == "median") {
                m_nsPerOp[run.run_name.function_name] = run.GetAdjustedCPUTime();
            }
        }
    }

    double ns(const std::string& name) const
    {
        const auto it = m_nsPerOp.find(name);
        return it == m_nsPerOp.end() ? 0.0 : it->second;
    }

private:
    std::map<std::string, double> m_nsPerOp;
};

void printRatio(const RatioReporter& reporter, const char* label, const std::string& ours, const std::string& theirs,
                double target)
{
    const double a = reporter.ns(ours);
    const double b = reporter.ns(theirs);
    if (a <= 0 || b <= 0) {
        std::printf("%-52s not measured (benchmark filtered out)\n", label);
        return;
    }
    const double ratio = a / b;
    if (target > 0) {
        std::printf("%-52s %7.0f ns / %7.0f ns = %5.2fx  (target <= %.1fx: %s)\n", label, a, b, ratio, target,
                    ratio <= target ? "met" : "NOT met");
    } else {
        std::printf("%-52s %7.0f ns / %7.0f ns = %5.2fx\n", label, a, b, ratio);
    }
}

} // namespace

int main(int argc, char** argv)
{
    tfk::CryptoRuntime crypto;
    QCoreApplication app(argc, argv);
    if (auto supported = tfk::CryptoRuntime::checkSupport(); !supported) {
        std::fprintf(stderr, "bench_totp: %s\n", qPrintable(supported.error().message));
        return 1;
    }
    oath_init();
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    oath_done();

    std::printf("\nRatios measured in this run (CPU time per operation):\n");
    printRatio(reporter, "verify +/-1, previous step's code: QCA / liboath", "BM_Verify_QcaEngine", "BM_Verify_Liboath",
               1.5);
    printRatio(reporter, "verify +/-1, wrong code: QCA / liboath", "BM_VerifyWrong_QcaEngine", "BM_VerifyWrong_Liboath",
               1.5);
    printRatio(reporter, "generate: QCA engine / liboath", "BM_Generate_QcaEngine", "BM_Generate_Liboath", 0);
    printRatio(reporter, "generate: QCA fresh MAC per code / engine", "BM_Generate_QcaFreshMacPerCode",
               "BM_Generate_QcaEngine", 0);
    printRatio(reporter, "verify +/-1: Qt QMessageAuthenticationCode / liboath",
               "BM_Verify_QtMessageAuthenticationCode", "BM_Verify_Liboath", 0);
    return 0;
}
