#include "sync/protocol/Merge.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace zs;
using namespace zs::sync;

namespace {
const QString kLife = QStringLiteral("_life");

// One column edit, or (column == kLife) a change of the row's causal length.
RowChange edit(const QString& row, const QString& column, const QCborValue& value, qint64 ms, char node)
{
    RowChange r;
    r.table = QStringLiteral("visit");
    r.rowId = row;
    r.scope = QStringLiteral("team:sz");
    const Stamp stamp{Hlc::fromParts(ms, 0), QByteArray(8, node)};
    if (column == kLife) {
        r.causalLength = value.toInteger();
        r.lifeStamp = stamp;
    } else {
        r.causalLength = 1;
        r.lifeStamp = Stamp{Hlc::fromParts(0, 0), QByteArray(8, '0')}; // the row's birth, shared
        r.cells << Cell{column, value, stamp};
    }
    return r;
}
} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastWriterWinsPerColumn()
    {
        Replica r;
        QVERIFY(r.apply(edit(QStringLiteral("v1"), QStringLiteral("notes"), QStringLiteral("新"), 200, 'a')));
        QVERIFY(!r.apply(edit(QStringLiteral("v1"), QStringLiteral("notes"), QStringLiteral("旧"), 100, 'b')));
        QCOMPARE(r.value(QStringLiteral("visit"), QStringLiteral("v1"), QStringLiteral("notes")).toString(),
                 QStringLiteral("新"));
        // Same clock: the node decides, the same way everywhere.
        QVERIFY(r.apply(edit(QStringLiteral("v1"), QStringLiteral("notes"), QStringLiteral("b"), 200, 'b')));
        QVERIFY(!r.apply(edit(QStringLiteral("v1"), QStringLiteral("notes"), QStringLiteral("a"), 200, 'a')));
    }

    void losingValuesAreReported()
    {
        RowChange mine = edit(QStringLiteral("v1"), QStringLiteral("notes"), QStringLiteral("我的"), 100, 'a');
        const RowChange theirs = edit(QStringLiteral("v1"), QStringLiteral("notes"), QStringLiteral("他的"), 200, 'b');
        const Merge::Outcome outcome = Merge::mergeRow(mine, theirs);
        QVERIFY(outcome.changed);
        QCOMPARE(outcome.overwritten.size(), 1);
        QCOMPARE(outcome.overwritten[0].value.toString(), QStringLiteral("我的"));
        QVERIFY(outcome.rejected.isEmpty());
        // The other way round: the stale value is rejected and reported.
        RowChange current = theirs;
        const Merge::Outcome back = Merge::mergeRow(
            current, edit(QStringLiteral("v1"), QStringLiteral("notes"), QStringLiteral("我的"), 100, 'a'));
        QVERIFY(!back.changed);
        QCOMPARE(back.rejected.size(), 1);
        QCOMPARE(current.cell(QStringLiteral("notes"))->value.toString(), QStringLiteral("他的"));
    }

    void deletedRowsStayDeadUntilUndeleted()
    {
        Replica r;
        r.apply(edit(QStringLiteral("v1"), kLife, 1, 100, 'a'));
        QVERIFY(r.isAlive(QStringLiteral("visit"), QStringLiteral("v1")));
        r.apply(edit(QStringLiteral("v1"), kLife, 2, 200, 'a')); // deleted
        QVERIFY(!r.isAlive(QStringLiteral("visit"), QStringLiteral("v1")));
        // A stale "alive" (length 1), even with a later clock, does not resurrect it.
        QVERIFY(!r.apply(edit(QStringLiteral("v1"), kLife, 1, 900, 'z')));
        QVERIFY(!r.isAlive(QStringLiteral("visit"), QStringLiteral("v1")));
        // An explicit undelete (length 3) does.
        QVERIFY(r.apply(edit(QStringLiteral("v1"), kLife, 3, 300, 'b')));
        QVERIFY(r.isAlive(QStringLiteral("visit"), QStringLiteral("v1")));
    }

    void anyOrderConverges()
    {
        // Random changes from three writers on a few rows and columns, applied in many orders and with
        // duplicates: every replica ends identical.
        for (quint32 seed = 1; seed <= 100; ++seed) {
            QRandomGenerator rng(seed);
            QList<RowChange> changes;
            for (int i = 0; i < 60; ++i) {
                const QString row = QStringLiteral("r%1").arg(rng.bounded(4u));
                const bool life = rng.bounded(4u) == 0;
                changes << edit(row, life ? kLife : QStringLiteral("c%1").arg(rng.bounded(3u)),
                                life ? QCborValue(qint64(rng.bounded(1u, 6u))) : QCborValue(qint64(rng.generate())),
                                qint64(rng.bounded(50u)), char('a' + rng.bounded(3u)));
            }
            Replica reference;
            for (const RowChange& c : changes)
                reference.apply(c);
            for (int order = 0; order < 5; ++order) {
                QList<RowChange> shuffled = changes + changes.mid(0, 10); // some delivered twice
                std::shuffle(shuffled.begin(), shuffled.end(), rng);
                Replica other;
                for (const RowChange& c : shuffled)
                    other.apply(c);
                QVERIFY2(other == reference, qPrintable(QStringLiteral("seed %1").arg(seed)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
