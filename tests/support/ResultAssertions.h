#pragma once

// QtTest checks for tfk::Result values that print the error's own sentence when they fail.
// (QVERIFY2 evaluates its message even on success, so error() must not be called unguarded.)

#include <QTest>

#define TFK_VERIFY_OK(result)                                                                                          \
    QVERIFY2((result).has_value(), (result).has_value() ? "" : qPrintable((result).error().message))

#define TFK_VERIFY_ERROR(result, expectedCode)                                                                         \
    do {                                                                                                               \
        QVERIFY2(!(result).has_value(), "expected the error " expectedCode ", got a value");                           \
        QCOMPARE((result).error().code, QStringLiteral(expectedCode));                                                 \
        QVERIFY(!(result).error().message.isEmpty());                                                                  \
    } while (false)
