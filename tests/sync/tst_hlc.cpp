#include "sync/protocol/Hlc.h"

#include <QTest>

using namespace zs;
using namespace zs::sync;

class TestHlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strictlyIncreasingEvenWhenTheWallClockStands()
    {
        ManualClock wall;
        HlcClock clock(wall);
        Hlc previous = clock.now();
        for (int i = 0; i < 70000; ++i) { // more than the 16-bit counter holds
            const Hlc next = clock.now();
            QVERIFY(previous < next);
            previous = next;
        }
        QVERIFY(previous.ms() > wall.wallMs()); // borrowed milliseconds after the counter ran out
    }

    void followsTheWallClock()
    {
        ManualClock wall;
        HlcClock clock(wall);
        const Hlc a = clock.now();
        wall.advance(10);
        const Hlc b = clock.now();
        QCOMPARE(b.ms(), a.ms() + 10);
        QCOMPARE(b.counter(), quint16(0));
    }

    void ratchetsOnRemoteStampsButNotOnesFarAhead()
    {
        ManualClock wall;
        HlcClock clock(wall);
        const Hlc remote = Hlc::fromParts(wall.wallMs() + 60'000, 7); // a minute ahead: plausible skew
        QVERIFY(clock.observe(remote));
        QVERIFY(remote < clock.now());
        const Hlc wild = Hlc::fromParts(wall.wallMs() + 365ll * 24 * 3600 * 1000, 0); // a year ahead
        const Hlc before = clock.last();
        QVERIFY(!clock.observe(wild));
        QCOMPARE(clock.last(), before);
    }

    void stampsOrderByClockThenNode()
    {
        const Hlc t = Hlc::fromParts(1000, 1);
        QVERIFY((Stamp{t, QByteArray(8, 'a')} < Stamp{t, QByteArray(8, 'b')}));
        QVERIFY((Stamp{t, QByteArray(8, 'z')} < Stamp{Hlc::fromParts(1000, 2), QByteArray(8, 'a')}));
        QCOMPARE(Hlc::fromParts(123456789, 42).ms(), qint64(123456789));
        QCOMPARE(Hlc::fromParts(123456789, 42).counter(), quint16(42));
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
