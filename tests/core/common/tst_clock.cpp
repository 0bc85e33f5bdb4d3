#include "ManualClock.h"
#include "common/Clock.h"

#include <QDateTime>
#include <QTest>

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondsFloorTowardsMinusInfinity();
    void systemClockFollowsTheWallClock();
};

void TestClock::secondsFloorTowardsMinusInfinity()
{
    tfk::test::ManualClock clock(59999);
    QCOMPARE(clock.currentSecsSinceEpoch(), qint64(59));
    clock.advanceMSecs(1);
    QCOMPARE(clock.currentSecsSinceEpoch(), qint64(60));
    clock.setSecs(0);
    clock.advanceMSecs(-1);
    QCOMPARE(clock.currentSecsSinceEpoch(), qint64(-1));
}

void TestClock::systemClockFollowsTheWallClock()
{
    const tfk::SystemClock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = clock.currentMSecsSinceEpoch();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(before <= now && now <= after);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
