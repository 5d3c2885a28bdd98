#include "sync/protocol/WireCodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>

using namespace zs;
using namespace zs::sync;

namespace {
QByteArray randomNode(QRandomGenerator& rng)
{
    QByteArray node(8, '\0');
    for (char& b : node)
        b = char(rng.bounded(256u));
    return node;
}

Stamp randomStamp(QRandomGenerator& rng)
{
    return Stamp{Hlc::fromParts(qint64(rng.bounded(1u << 30)) * 1000, quint16(rng.bounded(65536u))), randomNode(rng)};
}

RowChange randomRow(QRandomGenerator& rng)
{
    RowChange r;
    r.table = QStringList{QStringLiteral("company"), QStringLiteral("visit"), QStringLiteral("lead")}.at(
        int(rng.bounded(3u)));
    r.rowId = QStringLiteral("0190-%1").arg(rng.generate());
    r.scope = rng.bounded(2u) ? QStringLiteral("city") : QStringLiteral("team:shenzhen");
    r.causalLength = rng.bounded(1u, 9u);
    r.lifeStamp = randomStamp(rng);
    const int columns = int(rng.bounded(0u, 12u));
    for (int i = 0; i < columns; ++i) {
        Cell c;
        c.column = QStringLiteral("c%1").arg(i);
        switch (rng.bounded(5u)) {
        case 0:
            c.value = qint64(rng.generate64() >> 2);
            break;
        case 1:
            c.value = QStringLiteral("走访记录 %1 韶关").arg(rng.generate());
            break;
        case 2:
            c.value = rng.generateDouble() * 1e6;
            break;
        case 3:
            c.value = randomNode(rng);
            break;
        default:
            c.value = QCborValue(QCborValue::Null);
        }
        c.stamp = randomStamp(rng);
        r.cells << c;
    }
    r.serverSeq = rng.bounded(1000000u);
    return r;
}

PushRequest randomPush(quint32 seed)
{
    QRandomGenerator rng(seed);
    PushRequest p;
    p.device = QStringLiteral("device-%1").arg(seed);
    p.schema = 5;
    for (quint32 t = 0; t < rng.bounded(1u, 6u); ++t) {
        ChangeSet tx;
        tx.txId = QByteArray(16, char('a' + t));
        for (quint32 i = 0; i < rng.bounded(0u, 40u); ++i)
            tx.rows << randomRow(rng);
        p.transactions << tx;
    }
    return p;
}
} // namespace

class TestWireCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips()
    {
        for (quint32 seed = 1; seed <= 200; ++seed) {
            const PushRequest push = randomPush(seed);
            auto decoded = WireCodec::decodePush(WireCodec::encode(push));
            QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
            QVERIFY(decoded.value() == push);
            // The decoder keeps each row's cells as they came: what HQ stores for a new row.
            for (int t = 0; t < push.transactions.size(); ++t)
                for (int r = 0; r < push.transactions[t].rows.size(); ++r)
                    QCOMPARE(decoded->transactions[t].rows[r].encodedCells,
                             WireCodec::encodeCells(push.transactions[t].rows[r].cells));

            PullResponse pull;
            for (const ChangeSet& tx : push.transactions)
                pull.rows << tx.rows;
            pull.nextCursor = seed * 1000;
            pull.hasMore = seed % 2;
            pull.serverTimeMs = 1'800'000'000'000 + seed;
            auto back = WireCodec::decodePull(WireCodec::encode(pull));
            QVERIFY(back.ok());
            QVERIFY(back.value() == pull);

            PushResponse answer;
            for (const ChangeSet& tx : push.transactions)
                answer.results << TxResult{tx.txId, TxResult::Status(seed % 3), QStringLiteral("不能写入其他组的走访")};
            answer.serverTimeMs = seed;
            auto answered = WireCodec::decodePushResponse(WireCodec::encode(answer));
            QVERIFY(answered.ok());
            QVERIFY(answered.value() == answer);
        }
    }

    // A client stores each prepared transaction encoded and splices stored ones into push bodies: the spliced body
    // must decode to exactly the request encode() makes, through the fast and the strict decoder alike.
    void splicedPushEqualsEncodedPush()
    {
        for (quint32 seed = 1; seed <= 200; ++seed) {
            const PushRequest push = randomPush(seed);
            QList<QByteArray> parts;
            for (const ChangeSet& tx : push.transactions) {
                parts << WireCodec::encodeTransaction(tx);
                auto back = WireCodec::decodeTransaction(parts.last());
                QVERIFY(back.ok());
                QVERIFY(back.value() == tx);
            }
            const QByteArray body = WireCodec::encodePush(push.device, push.schema, parts);
            auto decoded = WireCodec::decodePush(body);
            QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
            QVERIFY(decoded.value() == push);
            // The strict decoder (what the fast path falls back to) agrees.
            QVERIFY(QCborValue::fromCbor(body) == QCborValue::fromCbor(WireCodec::encode(push)));
            if (seed % 20 == 0)
                for (qsizetype cut = 0; cut < body.size(); cut += 7)
                    QVERIFY(!WireCodec::decodePush(body.left(cut)).ok());
        }
        QVERIFY(!WireCodec::decodeTransaction(QByteArray("\x82\x41", 2)).ok());
        QVERIFY(!WireCodec::decodeTransaction(WireCodec::encodeTransaction(ChangeSet{}) + '\0').ok());
    }

    void everyTruncationIsACleanError()
    {
        const QByteArray body = WireCodec::encode(randomPush(7));
        for (qsizetype n = 0; n < body.size(); ++n) {
            auto decoded = WireCodec::decodePush(body.left(n));
            QVERIFY2(!decoded.ok(), qPrintable(QString::number(n)));
            QCOMPARE(decoded.error().code, ErrorCode::Invalid);
        }
        QVERIFY(!WireCodec::decodePush(body + QByteArray(1, '\0')).ok()); // trailing bytes
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(99);
        const QByteArray good = WireCodec::encode(randomPush(3));
        for (int i = 0; i < 3000; ++i) {
            QByteArray mutated = good;
            for (int k = 0; k < 1 + int(rng.bounded(4u)); ++k)
                mutated[qsizetype(rng.bounded(quint32(mutated.size())))] = char(rng.bounded(256u));
            (void)WireCodec::decodePush(mutated); // any result, but no crash and no hang
            (void)WireCodec::decodePull(mutated);
        }
    }

    void wrongShapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not cbor") << QByteArray("{\"json\": true}");
        QTest::newRow("array") << QCborValue(QCborArray{1, 2}).toCbor();
        QTest::newRow("future version")
            << QCborValue(QCborMap{{0, WireCodec::kVersion + 1}, {1, QStringLiteral("d")}, {2, 4}, {3, QCborArray{}}})
                   .toCbor();
        QTest::newRow("version 0")
            << QCborValue(QCborMap{{0, 0}, {1, QStringLiteral("d")}, {2, 4}, {3, QCborArray{}}}).toCbor();
        QTest::newRow("schema as text")
            << QCborValue(QCborMap{{0, 1}, {1, QStringLiteral("d")}, {2, QStringLiteral("4")}, {3, QCborArray{}}})
                   .toCbor();
        QTest::newRow("short tx id") << QCborValue(
                                            QCborMap{{0, 1},
                                                     {1, QStringLiteral("d")},
                                                     {2, 4},
                                                     {3, QCborArray{QCborArray{QByteArray(3, 'x'), QCborArray{}}}}})
                                            .toCbor();
        const auto pushOf = [](const QCborArray& row) {
            return QCborValue(QCborMap{{0, 1},
                                       {1, QStringLiteral("d")},
                                       {2, 4},
                                       {3, QCborArray{QCborArray{QByteArray(16, 't'), QCborArray{row}}}}})
                .toCbor();
        };
        const QByteArray goodCells = WireCodec::encodeCells(
            {Cell{QStringLiteral("notes"), QStringLiteral("x"), Stamp{Hlc::fromParts(5, 0), QByteArray(8, 'n')}}});
        const auto row = [&](const QCborValue& life, const QCborValue& cells) {
            return QCborArray{QStringLiteral("visit"),
                              QStringLiteral("r"),
                              QStringLiteral("city"),
                              life,
                              1,
                              QByteArray(8, 'n'),
                              cells,
                              0};
        };
        QTest::newRow("row life not a number") << pushOf(row(QStringLiteral("alive"), goodCells));
        QTest::newRow("row life zero") << pushOf(row(0, goodCells));
        QTest::newRow("cells not bytes") << pushOf(row(1, QStringLiteral("cells")));
        QTest::newRow("cells not cbor") << pushOf(row(1, QByteArray("\xff\x00", 2)));
        QTest::newRow("cell with short node") << pushOf(
            row(1, QCborValue(QCborArray{QCborArray{QStringLiteral("notes"), 1, 5, QByteArray(3, 'n')}}).toCbor()));
        QTest::newRow("duplicate column")
            << pushOf(row(1, QCborValue(QCborArray{QCborArray{QStringLiteral("a"), 1, 5, QByteArray(8, 'n')},
                                                   QCborArray{QStringLiteral("a"), 2, 6, QByteArray(8, 'n')}})
                                 .toCbor()));
        QTest::newRow("map as a cell value") << pushOf(row(
            1, QCborValue(QCborArray{QCborArray{QStringLiteral("a"), QCborMap{}, 5, QByteArray(8, 'n')}}).toCbor()));
        const auto cellOf = [&](const QCborValue& value) {
            return pushOf(
                row(1, QCborValue(QCborArray{QCborArray{QStringLiteral("a"), value, 5, QByteArray(8, 'n')}}).toCbor()));
        };
        // Version 2 cells: [2, [hlc, node, ...], column, value, stamp index, ...].
        const QCborArray stamps{5, QByteArray(8, 'n')};
        const auto cells2 = [&](const QCborArray& a) { return pushOf(row(1, QCborValue(a).toCbor())); };
        QTest::newRow("cells form 3") << cells2({3, stamps, QStringLiteral("a"), 1, 0});
        QTest::newRow("stamp index out of range") << cells2({2, stamps, QStringLiteral("a"), 1, 1});
        QTest::newRow("stamp index negative") << cells2({2, stamps, QStringLiteral("a"), 1, -1});
        QTest::newRow("stamp index as text") << cells2({2, stamps, QStringLiteral("a"), 1, QStringLiteral("0")});
        QTest::newRow("stamp without node") << cells2({2, QCborArray{5}, QStringLiteral("a"), 1, 0});
        QTest::newRow("stamp with short node")
            << cells2({2, QCborArray{5, QByteArray(3, 'n')}, QStringLiteral("a"), 1, 0});
        QTest::newRow("stamps not an array") << cells2({2, 5, QStringLiteral("a"), 1, 0});
        QTest::newRow("cell missing its stamp index") << cells2({2, stamps, QStringLiteral("a"), 1});
        QTest::newRow("duplicate column (form 2)")
            << cells2({2, stamps, QStringLiteral("a"), 1, 0, QStringLiteral("a"), 2, 0});
        QTest::newRow("map as a cell value (form 2)") << cells2({2, stamps, QStringLiteral("a"), QCborMap{}, 0});
        QTest::newRow("empty column name (form 2)") << cells2({2, stamps, QString(), 1, 0});
        QTest::newRow("bool as a cell value") << cellOf(QCborValue(true));
        QTest::newRow("undefined as a cell value") << cellOf(QCborValue(QCborValue::Undefined));
        QTest::newRow("text over the limit") << cellOf(QString(WireCodec::kMaxText + 1, QLatin1Char('x')));
        QTest::newRow("CJK text over the limit") << cellOf(QString(WireCodec::kMaxText + 1, QChar(0x97f6)));
        QTest::newRow("bytes over the limit") << cellOf(QByteArray(WireCodec::kMaxText + 1, 'b'));
        QVERIFY(WireCodec::decodePush(pushOf(row(1, goodCells))).ok());
        // At the limit is fine, in UTF-16 units as the strict decoder counts: 3 UTF-8 bytes a character here.
        QVERIFY(WireCodec::decodePush(cellOf(QString(WireCodec::kMaxText, QChar(0x97f6)))).ok());
        QVERIFY(WireCodec::decodePush(cellOf(QString(WireCodec::kMaxText, QLatin1Char('x')))).ok());
    }

    // The columns a laptop edits together share one stamp, written once; a row HQ merged from several writers lists
    // each distinct stamp once. Either way the cells come back exactly.
    void sharedStampsAreWrittenOnce()
    {
        const Stamp edit{Hlc::fromParts(1'800'000'000'000, 7), QByteArray("laptop-1")};
        const Stamp other{Hlc::fromParts(1'800'000'100'000, 0), QByteArray("laptop-2")};
        QList<Cell> cells;
        for (int i = 0; i < 15; ++i)
            cells << Cell{QStringLiteral("c%1").arg(i), QStringLiteral("值%1").arg(i), edit};
        const QByteArray one = WireCodec::encodeCells(cells);
        QCOMPARE(one.count(edit.node), 1);
        cells[3].stamp = other;
        cells[9].stamp = other;
        const QByteArray two = WireCodec::encodeCells(cells);
        QCOMPARE(two.count(edit.node), 1);
        QCOMPARE(two.count(other.node), 1);
        QVERIFY(two.size() > one.size() && two.size() < one.size() + 24);
        auto back = WireCodec::decodeCells(one);
        QVERIFY(back.ok());
        QCOMPARE(back->size(), 15);
        for (const Cell& c : back.value())
            QCOMPARE(c.stamp, edit);
        back = WireCodec::decodeCells(two);
        QVERIFY(back.ok());
        QCOMPARE(back->at(3).stamp, other);
        QCOMPARE(back->at(4).stamp, edit);
        QVERIFY(WireCodec::decodeCells(WireCodec::encodeCells(cells)).value() == cells);
        auto none = WireCodec::decodeCells(WireCodec::encodeCells({}));
        QVERIFY(none.ok() && none->isEmpty());
    }

    // A laptop writes its rows straight into transaction bytes: they must be exactly what encodeTransaction() makes
    // of the same rows, so HQ reads them as it reads everything else.
    void transactionWriterEqualsEncodeTransaction()
    {
        QRandomGenerator rng(21);
        for (int round = 0; round < 50; ++round) {
            ChangeSet tx;
            tx.txId = QByteArray(16, char('A' + round % 26));
            TransactionWriter writer(tx.txId);
            const int rows = int(rng.bounded(0u, 30u));
            for (int r = 0; r < rows; ++r) {
                RowChange row = randomRow(rng);
                row.serverSeq = 0;
                const Stamp stamp = randomStamp(rng);
                writer.startRow(row.table, row.rowId, row.scope, row.causalLength, row.lifeStamp, stamp,
                                int(row.cells.size()));
                for (Cell& c : row.cells) {
                    c.stamp = stamp;
                    const QByteArray name = c.column.toUtf8();
                    if (c.value.isInteger())
                        writer.integerCell(name, c.value.toInteger());
                    else if (c.value.isDouble())
                        writer.doubleCell(name, c.value.toDouble());
                    else if (c.value.isString())
                        writer.textCell(name, c.value.toString().toUtf8());
                    else if (c.value.isByteArray())
                        writer.bytesCell(name, c.value.toByteArray());
                    else
                        writer.nullCell(name);
                }
                writer.endRow();
                tx.rows << row;
            }
            // Text that is not UTF-8 goes as QString::fromUtf8 reads it (HQ refuses invalid UTF-8).
            RowChange odd = randomRow(rng);
            odd.serverSeq = 0;
            odd.cells = {Cell{QStringLiteral("notes"), QString::fromUtf8("\xff\xfe韶关"), odd.lifeStamp}};
            writer.startRow(odd.table, odd.rowId, odd.scope, odd.causalLength, odd.lifeStamp, odd.lifeStamp, 1);
            writer.textCell("notes", QByteArrayView("\xff\xfe\xe9\x9f\xb6\xe5\x85\xb3"));
            writer.endRow();
            tx.rows << odd;
            QCOMPARE(writer.rows(), int(tx.rows.size()));
            const QByteArray written = writer.finish();
            QCOMPARE(written, WireCodec::encodeTransaction(tx));
            auto back = WireCodec::decodeTransaction(written);
            QVERIFY(back.ok());
            QVERIFY(back.value() == tx);
        }
    }

    // HQ stores and laptops' prepared uploads written before version 2 hold version 1 cells, and laptops not yet
    // updated send version 1 bodies: both are still read, as the same values, by the fast and the strict decoder.
    void version1IsStillRead()
    {
        const PushRequest push = randomPush(11);
        QCborArray txs;
        for (const ChangeSet& tx : push.transactions) {
            QCborArray rows;
            for (const RowChange& r : tx.rows) {
                QCborArray cells;
                for (const Cell& c : r.cells)
                    cells.append(QCborArray{c.column, c.value, qint64(c.stamp.hlc.raw()), c.stamp.node});
                rows.append(QCborArray{r.table, r.rowId, r.scope, r.causalLength, qint64(r.lifeStamp.hlc.raw()),
                                       r.lifeStamp.node, QCborValue(cells).toCbor(), r.serverSeq});
            }
            txs.append(QCborArray{tx.txId, rows});
        }
        const QByteArray v1 = QCborValue(QCborMap{{0, 1}, {1, push.device}, {2, push.schema}, {3, txs}}).toCbor();
        auto decoded = WireCodec::decodePush(v1);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QVERIFY(decoded.value() == push);
        // The same through the strict decoder alone: an indefinite-length map is legal but never takes the fast path.
        QByteArray indefinite = v1;
        QCOMPARE(quint8(indefinite.at(0)), quint8(0xa4));
        indefinite[0] = char(0xbf);
        indefinite.append(char(0xff));
        auto strict = WireCodec::decodePush(indefinite);
        QVERIFY2(strict.ok(), qPrintable(strict.ok() ? QString() : strict.error().message));
        QVERIFY(strict.value() == push);
        // A laptop's upload prepared before the update (a version 1 transaction) spliced into a version 2 body.
        const QByteArray oldTx = QCborValue(txs.first()).toCbor();
        auto mixed = WireCodec::decodePush(WireCodec::encodePush(push.device, push.schema, {oldTx}));
        QVERIFY2(mixed.ok(), qPrintable(mixed.ok() ? QString() : mixed.error().message));
        QCOMPARE(mixed->transactions.size(), 1);
        QVERIFY(mixed->transactions.first() == push.transactions.first());
        // Version 2 cells read by the strict decoder too.
        const QByteArray v2 = WireCodec::encode(push);
        QByteArray v2indefinite = v2;
        v2indefinite[0] = char(0xbf);
        v2indefinite.append(char(0xff));
        auto strict2 = WireCodec::decodePush(v2indefinite);
        QVERIFY2(strict2.ok(), qPrintable(strict2.ok() ? QString() : strict2.error().message));
        QVERIFY(strict2.value() == push);
    }

    void wrongShapesAreRefused()
    {
        QFETCH(QByteArray, body);
        auto decoded = WireCodec::decodePush(body);
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().message.contains(QStringLiteral("同步数据格式错误")));
    }

    void limitsAreEnforced()
    {
        PushRequest big;
        big.device = QStringLiteral("d");
        ChangeSet tx;
        tx.txId = QByteArray(16, 'x');
        QRandomGenerator rng(5);
        for (qsizetype i = 0; i <= WireCodec::kMaxRows; ++i)
            tx.rows << randomRow(rng);
        big.transactions << tx;
        auto decoded = WireCodec::decodePush(WireCodec::encode(big));
        QVERIFY(!decoded.ok());
        big.transactions[0].rows.removeLast();
        QVERIFY(WireCodec::decodePush(WireCodec::encode(big)).ok());
        QVERIFY(!WireCodec::decodePush(QByteArray(WireCodec::kMaxBody + 1, 'x')).ok());
    }
};

QTEST_GUILESS_MAIN(TestWireCodec)
#include "tst_wirecodec.moc"
