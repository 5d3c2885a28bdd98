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
            << QCborValue(QCborMap{{0, 2}, {1, QStringLiteral("d")}, {2, 4}, {3, QCborArray{}}}).toCbor();
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
