#pragma once

// What every fuzz entry point shares: the libFuzzer signature and a check that aborts with a sentence,
// so libFuzzer (and the corpus replay) report a broken promise as a crash, with the input that broke it.

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz check failed at %s:%d: %s (%s)\n", __FILE__, __LINE__, what, #condition);       \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace tfk::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The input cut at NUL bytes into exactly `count` parts (missing ones empty, the last takes the rest):
// one input drives several arguments.
inline QList<QByteArray> parts(const QByteArray& input, int count)
{
    QList<QByteArray> result;
    qsizetype from = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype nul = i + 1 < count ? input.indexOf('\0', from) : -1;
        if (from > input.size()) {
            result << QByteArray();
        } else if (nul < 0) {
            result << input.mid(from);
            from = input.size() + 1;
        } else {
            result << input.mid(from, nul - from);
            from = nul + 1;
        }
    }
    return result;
}

} // namespace tfk::fuzz
