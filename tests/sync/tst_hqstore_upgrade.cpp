// HQ's embedded store across schema versions: a store made by the first release (row_state keyed by (tbl, row_id))
// upgrades to today's layout (clustered by (scope, seq), v2; a reader column, v4) and serves every reader exactly its
// rows, in change order and at every page boundary; merges keep working on the upgraded rows.
#include "sync/protocol/WireCodec.h"
#include "sync/server/HqStore.h"
#include "sync/store/Clock.h"
#include "sync/store/Database.h"
#include "sync/store/EncryptedStore.h"
#include "sync/store/SecureBytes.h"

#include <QTemporaryDir>

#include <algorithm>
#include <QTest>

using namespace zs;
using namespace zs::hq;
using namespace zs::sync;

namespace {

Principal principal(const char* team, Role role, const char* device)
{
    Principal p;
    p.account = QString::fromLatin1(device);
    p.team = QString::fromLatin1(team);
    p.device = QString::fromLatin1(device);
    p.role = role;
    return p;
}

RowChange row(const QString& table, const QString& id, const QString& scope, const QString& text, const Stamp& s)
{
    RowChange r;
    r.table = table;
    r.rowId = id;
    r.scope = scope;
    r.causalLength = 1;
    r.lifeStamp = s;
    r.cells = {Cell{QStringLiteral("name"), QCborValue(text), s}, Cell{QStringLiteral("n"), QCborValue(id.size()), s}};
    return r;
}

// Every page `who` gets from the start with pages of `limit` rows (server time zeroed: it is not stored data).
QList<PullResponse> pages(HqStore& store, const Principal& who, int limit)
{
    QList<PullResponse> out;
    qint64 cursor = 0;
    for (int guard = 0; guard < 1000; ++guard) {
        auto body = store.pull(who, cursor, limit);
        if (!body.ok())
            return {};
        auto page = WireCodec::decodePull(body.value());
        if (!page.ok())
            return {};
        page->serverTimeMs = 0;
        out << page.value();
        cursor = page->nextCursor;
        if (!page->hasMore)
            break;
    }
    return out;
}

} // namespace

class TestHqStoreUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstReleaseStoreUpgradesAndServesTheSamePages()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hq.zsdb"));
        const SecureBytes key = SecureBytes::fromPassphrase(QStringLiteral("upgrade-test-key"));
        ManualClock clock;
        const Principal gz = principal("gz", Role::Officer, "gz-1");
        const Principal sz = principal("sz", Role::Officer, "sz-1");
        const Principal analyst = principal("hq", Role::Analyst, "hq-1");
        // What the first release wrote (its row_state: keyed by (tbl, row_id); a change replaces the row's cells and
        // takes the next seq), written with its own statement: today's HqStore writes today's layout only.
        struct Stored
        {
            QString table, id, scope, text;
            qint64 seq;
        };
        QList<Stored> stored; // in seq order, a row changed again moved to the end
        {
            auto store = EncryptedStore::create(path, key, HqStore::schema().prefix(1), KdfParams::minimal());
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
            Database& v1 = store.value()->db();
            QCOMPARE(v1.userVersion().value(), 1);
            // Interleaved scopes, and rows changed again later (they move to the end of the change order).
            for (int i = 0; i < 60; ++i) {
                clock.advance(10);
                const Stamp s{Hlc::fromParts(clock.wallMs(), 0), QByteArrayLiteral("node0001")};
                const QString scope = i % 3 == 0   ? QStringLiteral("team:gz")
                                      : i % 3 == 1 ? QStringLiteral("team:sz")
                                                   : QStringLiteral("city");
                const QString table =
                    scope == QLatin1String("city") ? QStringLiteral("company") : QStringLiteral("visit");
                const QString id = QStringLiteral("row-%1").arg(i % 45, 3, 10, QLatin1Char('0')) + scope;
                const QString text = QStringLiteral("第%1次").arg(i);
                const RowChange r = row(table, id, scope, text, s);
                auto write = v1.prepare("INSERT INTO row_state (tbl, row_id, scope, cl, life_hlc, life_node, cells, "
                                        "seq) VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7) ON CONFLICT (tbl, row_id) DO "
                                        "UPDATE SET cells = excluded.cells, life_hlc = excluded.life_hlc, seq = "
                                        "excluded.seq");
                QVERIFY(write.ok());
                write->bind(1, table).bind(2, id).bind(3, scope).bind(4, qint64(s.hlc.raw())).bind(5, s.node);
                write->bind(6, WireCodec::encodeCells(r.cells)).bind(7, qint64(i + 1));
                QVERIFY(write->run().ok());
                stored.erase(std::remove_if(stored.begin(), stored.end(), [&](const Stored& x) { return x.id == id; }),
                             stored.end());
                stored.append({table, id, scope, text, qint64(i + 1)});
            }
        }
        auto reopened = EncryptedStore::open(path, key, HqStore::schema());
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
        Database& db = reopened.value()->db();
        QCOMPARE(db.userVersion().value(), HqStore::schema().latestVersion());
        QCOMPARE(db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'row_state_row'").value(), 1);
        HqStore hq(db, clock);
        QList<QList<PullResponse>> after;
        for (const Principal& who : {gz, sz, analyst})
            for (int limit : {1, 7, 100})
                after << pages(hq, who, limit);
        // Each reader gets exactly its rows, in change order, the latest value of each, in pages of the limit (a
        // last full page is followed by an empty one saying there is no more).
        int c = 0;
        for (const Principal& who : {gz, sz, analyst}) {
            QList<Stored> expected;
            for (const Stored& x : stored)
                if (who.role == Role::Analyst || x.scope == QLatin1String("city") ||
                    x.scope == QLatin1String("team:") + who.team)
                    expected << x;
            for (int limit : {1, 7, 100}) {
                const QList<PullResponse>& got = after[c++];
                QCOMPARE(got.size(), int(expected.size() / limit + 1));
                int at = 0;
                for (const PullResponse& page : got) {
                    QCOMPARE(page.rows.size(), qMin(limit, int(expected.size()) - at));
                    for (const RowChange& r : page.rows) {
                        const Stored& x = expected[at++];
                        QCOMPARE(r.rowId, x.id);
                        QCOMPARE(r.table, x.table);
                        QCOMPARE(r.scope, x.scope);
                        QCOMPARE(r.serverSeq, x.seq);
                        QCOMPARE(r.cells.value(0).value.toString(), x.text);
                    }
                    QCOMPARE(page.hasMore, page.rows.size() == limit);
                }
            }
        }
        // gz's officer sees the city and team gz only, in change order.
        qint64 last = 0;
        for (const PullResponse& page : after[1])
            for (const RowChange& r : page.rows) {
                QVERIFY(r.scope == QLatin1String("city") || r.scope == QLatin1String("team:gz"));
                QVERIFY(r.serverSeq > last);
                last = r.serverSeq;
            }
        // A merge on an upgraded row: it moves to the end, once.
        clock.advance(1000);
        const Stamp later{Hlc::fromParts(clock.wallMs(), 0), QByteArrayLiteral("node0002")};
        auto answer =
            hq.push(gz, PushRequest{gz.device,
                                    HqStore::kSyncSchema,
                                    {ChangeSet{QByteArray(16, 'z'),
                                               {row(QStringLiteral("visit"), QStringLiteral("row-000team:gz"),
                                                    QStringLiteral("team:gz"), QStringLiteral("改"), later)}}}});
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.value(0).status, TxResult::Applied);
        const QList<PullResponse> now = pages(hq, gz, 100);
        QVERIFY(!now.isEmpty() && !now.last().rows.isEmpty());
        const RowChange moved = now.last().rows.last();
        QCOMPARE(moved.rowId, QStringLiteral("row-000team:gz"));
        QCOMPARE(moved.cells.value(0).value.toString(), QStringLiteral("改"));
        int copies = 0;
        for (const PullResponse& page : now)
            for (const RowChange& r : page.rows)
                copies += r.rowId == moved.rowId ? 1 : 0;
        QCOMPARE(copies, 1);
    }
};

QTEST_GUILESS_MAIN(TestHqStoreUpgrade)
#include "tst_hqstore_upgrade.moc"
