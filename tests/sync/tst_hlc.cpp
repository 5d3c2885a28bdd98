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

    // A local edit's stamp (LocalReplica::preparePush): max(edit time capped, replaced + 1, last + 1).
    void anEditIsStampedAtItsTime()
    {
        ManualClock wall;
        HlcClock clock(wall);
        const qint64 t = wall.wallMs() - 3'600'000; // made an hour ago, offline
        const Hlc h = clock.edit(t, Hlc::fromParts(t - 10, 4), clock.editCeiling(0));
        QCOMPARE(h, Hlc::fromParts(t, 0));
        QCOMPARE(clock.last(), h);
    }

    void anEditBeatsWhatItReplaces()
    {
        ManualClock wall;
        HlcClock clock(wall);
        const qint64 t = wall.wallMs();
        // The value edited was stamped later than the edit's time (a colleague's clock ahead): one step after it.
        const Hlc replaced = Hlc::fromParts(t + 90'000, 7);
        QCOMPARE(clock.edit(t, replaced, clock.editCeiling(0) + 60'000), Hlc::fromParts(t + 90'000, 8));
        // At the counter's end the next millisecond is borrowed.
        const Hlc full = Hlc::fromParts(t + 100'000, 0xFFFF);
        QCOMPARE(clock.edit(t, full, clock.editCeiling(0)), Hlc::fromParts(t + 100'001, 0));
        QCOMPARE(HlcClock::after(full), Hlc::fromParts(t + 100'001, 0));
    }

    void editsOfOneNodeStrictlyIncrease()
    {
        ManualClock wall;
        // As a laptop reopens it: from the stamp it persisted.
        const Hlc persisted = Hlc::fromParts(wall.wallMs() + 5, 3);
        HlcClock clock(wall, persisted);
        QCOMPARE(clock.last(), persisted);
        Hlc previous = persisted;
        for (int i = 0; i < 70000; ++i) { // the same edit time over and over: counters, then borrowed milliseconds
            const Hlc next = clock.edit(wall.wallMs() - 1000, Hlc(), clock.editCeiling(0));
            QVERIFY(previous < next);
            previous = next;
        }
        QVERIFY(previous.ms() > persisted.ms());
    }

    void editTimesAreCappedAtHqTimePlusALead()
    {
        ManualClock wall;
        HlcClock clock(wall);
        // This laptop's clock is 10 minutes ahead of HQ (HQ's time minus ours: -10 min).
        const qint64 offset = -10 * 60'000;
        const qint64 ceiling = clock.editCeiling(offset);
        QCOMPARE(ceiling, wall.wallMs() + offset + HlcClock::kEditLeadMs);
        QCOMPARE(clock.edit(wall.wallMs(), Hlc(), ceiling), Hlc::fromParts(ceiling, 0));
        // Still newer than its own previous stamps and than what it replaces.
        QCOMPARE(clock.edit(wall.wallMs(), Hlc(), ceiling), Hlc::fromParts(ceiling, 1));
        const Hlc replaced = Hlc::fromParts(ceiling + 5, 0);
        QCOMPARE(clock.edit(wall.wallMs(), replaced, ceiling), Hlc::fromParts(ceiling + 5, 1));
        // Below HQ's horizon: what HQ accepts.
        QVERIFY(ceiling + 5 - (wall.wallMs() + offset) < HlcClock::kMaxDriftMs);
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
