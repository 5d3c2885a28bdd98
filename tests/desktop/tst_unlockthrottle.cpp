#include "desktop/core/session/UnlockThrottle.h"

#include <QTest>

using namespace zs;

class TestUnlockThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstAttemptsAreFreeThenDelayDoubles()
    {
        ManualClock clock;
        UnlockThrottle throttle(clock);
        for (int i = 0; i < UnlockThrottle::kFreeAttempts - 1; ++i) {
            throttle.recordFailure();
            QCOMPARE(throttle.remainingMs(), 0);
        }
        throttle.recordFailure();
        QCOMPARE(throttle.remainingMs(), 2000);
        clock.advance(1500);
        QCOMPARE(throttle.remainingMs(), 500);
        clock.advance(500);
        QCOMPARE(throttle.remainingMs(), 0);
        throttle.recordFailure();
        QCOMPARE(throttle.remainingMs(), 4000);
        throttle.recordFailure();
        QCOMPARE(throttle.remainingMs(), 8000);
    }

    void delayIsCapped()
    {
        QCOMPARE(UnlockThrottle::delayAfterFailures(100), UnlockThrottle::kMaxDelayMs);
        QCOMPARE(UnlockThrottle::delayAfterFailures(8), UnlockThrottle::kMaxDelayMs);
        QVERIFY(UnlockThrottle::delayAfterFailures(7) < UnlockThrottle::kMaxDelayMs);
    }

    void successResets()
    {
        ManualClock clock;
        UnlockThrottle throttle(clock);
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure();
        QVERIFY(throttle.remainingMs() > 0);
        throttle.recordSuccess();
        QCOMPARE(throttle.remainingMs(), 0);
        QCOMPARE(throttle.failures(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUnlockThrottle)
#include "tst_unlockthrottle.moc"
