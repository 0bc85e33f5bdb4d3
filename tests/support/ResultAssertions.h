#pragma once

// QtTest checks for tfk::Result values that print the error's own sentence when they fail. The
// result expression is evaluated exactly once (it may be a call with side effects).

#include <QTest>

#define TFK_VERIFY_OK(result)                                                                                          \
    do {                                                                                                               \
        const auto& tfkOk = (result);                                                                                  \
        QVERIFY2(tfkOk.has_value(), tfkOk.has_value() ? "" : qPrintable(tfkOk.error().message));                       \
    } while (false)

#define TFK_VERIFY_ERROR(result, expectedCode)                                                                         \
    do {                                                                                                               \
        const auto& tfkFailed = (result);                                                                              \
        QVERIFY2(!tfkFailed.has_value(), "expected the error " expectedCode ", got a value");                          \
        QCOMPARE(tfkFailed.error().code, QStringLiteral(expectedCode));                                                \
        QVERIFY(!tfkFailed.error().message.isEmpty());                                                                 \
    } while (false)
