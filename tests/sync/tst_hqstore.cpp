// HQ storage: merge on push, idempotent replays, scope-filtered pulls, paging equal to one pull, convergence of
// replicas that pull from HQ.
#include "sync/protocol/Merge.h"
#include "sync/server/HqStore.h"
#include "sync/store/EncryptedStore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;
using namespace zs::sync;

namespace {
Change edit(const QString& scope, const QString& row, const QString& column, const QCborValue& value, qint64 ms,
            char node)
{
    return Change{
        QStringLiteral("visit"), row, scope, column, value, Stamp{Hlc::fromParts(ms, 0), QByteArray(8, node)}, 0};
}

PushRequest push(const QString& device, const QByteArray& txId, const QList<Change>& changes)
{
    return PushRequest{device, 4, {ChangeSet{txId.leftJustified(16, '-'), changes}}};
}
} // namespace

class TestHqStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        auto store = EncryptedStore::create(m_dir->filePath(QStringLiteral("hq.zsdb")),
                                            SecureBytes::fromPassphrase(QStringLiteral("hq-测试-2026")),
                                            HqStore::schema(), KdfParams::minimal());
        QVERIFY(store.ok());
        m_store = std::move(store.value());
    }
    void cleanup() { m_store.reset(); }

    void conflictingPushesConvergeWhateverTheOrder()
    {
        HqStore hq(m_store->db());
        const Change fromGz =
            edit(QStringLiteral("city"), QStringLiteral("c1"), QStringLiteral("name"), QStringLiteral("甲"), 100, 'g');
        const Change fromSz =
            edit(QStringLiteral("city"), QStringLiteral("c1"), QStringLiteral("name"), QStringLiteral("乙"), 200, 's');
        auto later = hq.push(push(QStringLiteral("sz"), "t1", {fromSz}));
        QVERIFY(later.ok());
        QCOMPARE(later->accepted, 1);
        auto earlier = hq.push(push(QStringLiteral("gz"), "t1", {fromGz}));
        QCOMPARE(earlier->superseded, 1); // arrived later but written earlier: loses
        auto pulled = hq.pull({QStringLiteral("city")}, 0, 100);
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->changes.size(), 1);
        QCOMPARE(pulled->changes.first().value.toString(), QStringLiteral("乙"));
    }

    void replayedTransactionsChangeNothing()
    {
        HqStore hq(m_store->db());
        const PushRequest request = push(QStringLiteral("laptop-1"), "tx-a",
                                         {edit(QStringLiteral("team:sz"), QStringLiteral("v1"), QStringLiteral("notes"),
                                               QStringLiteral("走访"), 100, 'a')});
        QCOMPARE(hq.push(request)->applied, 1);
        for (int i = 0; i < 3; ++i) {
            auto again = hq.push(request);
            QCOMPARE(again->applied, 0);
            QCOMPARE(again->replayed, 1);
        }
        QCOMPARE(m_store->db().scalar("SELECT count(*) FROM change_log").value(), qint64(1));
    }

    void pullsSeeOnlyTheirScopesAndPageExactly()
    {
        HqStore hq(m_store->db());
        QList<Change> changes;
        for (int i = 0; i < 250; ++i) {
            const QString scope = i % 3 == 0   ? QStringLiteral("city")
                                  : i % 3 == 1 ? QStringLiteral("team:sz")
                                               : QStringLiteral("team:gz");
            changes << edit(scope, QStringLiteral("r%1").arg(i), QStringLiteral("notes"), i, 1000 + i, 'a');
        }
        QVERIFY(hq.push(push(QStringLiteral("d"), "bulk", changes)).ok());
        const QStringList sz{QStringLiteral("city"), QStringLiteral("team:sz")};
        auto all = hq.pull(sz, 0, 10000);
        QVERIFY(!all->hasMore);
        for (const Change& c : all->changes)
            QVERIFY(c.scope != QStringLiteral("team:gz"));
        QCOMPARE(all->changes.size(), 167);
        QList<Change> paged;
        qint64 cursor = 0;
        for (;;) {
            auto page = hq.pull(sz, cursor, 17);
            QVERIFY(page.ok());
            paged << page->changes;
            cursor = page->nextCursor;
            if (!page->hasMore)
                break;
        }
        QVERIFY(paged == all->changes);
    }

    void replicasPullingFromHqConverge()
    {
        // Three devices push random edits (some twice); replicas that pull everything hold what a reference that
        // saw every change holds.
        HqStore hq(m_store->db());
        QRandomGenerator rng(42);
        Replica reference;
        for (int round = 0; round < 30; ++round) {
            const char node = char('a' + rng.bounded(3u));
            QList<Change> changes;
            for (int i = 0; i < 10; ++i) {
                const bool life = rng.bounded(5u) == 0;
                changes << edit(QStringLiteral("city"), QStringLiteral("r%1").arg(rng.bounded(6u)),
                                life ? Change::kCausalLength : QStringLiteral("c%1").arg(rng.bounded(3u)),
                                life ? QCborValue(qint64(rng.bounded(1u, 6u))) : QCborValue(qint64(rng.generate())),
                                qint64(round * 10 + i), node);
            }
            for (const Change& c : changes)
                reference.apply(c);
            const QByteArray tx = QByteArray::number(round);
            QVERIFY(hq.push(push(QString(QLatin1Char(node)), tx, changes)).ok());
            if (rng.bounded(3u) == 0)
                QVERIFY(hq.push(push(QString(QLatin1Char(node)), tx, changes)).ok()); // a retry after a lost answer
        }
        Replica pulled;
        qint64 cursor = 0;
        for (;;) {
            auto page = hq.pull({QStringLiteral("city")}, cursor, 7);
            for (const Change& c : page->changes)
                pulled.apply(c);
            cursor = page->nextCursor;
            if (!page->hasMore)
                break;
        }
        QVERIFY(pulled == reference);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EncryptedStore> m_store;
};

QTEST_GUILESS_MAIN(TestHqStore)
#include "tst_hqstore.moc"
