#include "sync/protocol/WireCodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>

using namespace zs;
using namespace zs::sync;

namespace {
Change randomChange(QRandomGenerator& rng)
{
    Change c;
    c.table = QStringList{QStringLiteral("company"), QStringLiteral("visit"), QStringLiteral("lead")}.at(
        int(rng.bounded(3u)));
    c.rowId = QStringLiteral("0190-%1").arg(rng.generate());
    c.scope = rng.bounded(2u) ? QStringLiteral("city") : QStringLiteral("team:shenzhen");
    c.column = rng.bounded(5u) == 0 ? Change::kCausalLength : QStringLiteral("notes");
    switch (c.isRowLife() ? 0 : rng.bounded(4u)) {
    case 0:
        c.value = qint64(rng.bounded(1u, 9u));
        break;
    case 1:
        c.value = QStringLiteral("走访记录 %1 韶关").arg(rng.generate());
        break;
    case 2:
        c.value = rng.generateDouble() * 1e6;
        break;
    default:
        c.value = QCborValue(QCborValue::Null);
    }
    QByteArray node(8, '\0');
    for (char& b : node)
        b = char(rng.bounded(256u));
    c.stamp = Stamp{Hlc::fromParts(qint64(rng.bounded(1u << 30)) * 1000, quint16(rng.bounded(65536u))), node};
    c.serverSeq = rng.bounded(1000000u);
    return c;
}

PushRequest randomPush(quint32 seed)
{
    QRandomGenerator rng(seed);
    PushRequest p;
    p.device = QStringLiteral("device-%1").arg(seed);
    p.schema = 4;
    for (quint32 t = 0; t < rng.bounded(1u, 6u); ++t) {
        ChangeSet tx;
        tx.txId = QByteArray(16, char('a' + t));
        for (quint32 i = 0; i < rng.bounded(0u, 40u); ++i)
            tx.changes << randomChange(rng);
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

            PullResponse pull;
            for (const ChangeSet& tx : push.transactions)
                pull.changes << tx.changes;
            pull.nextCursor = seed * 1000;
            pull.hasMore = seed % 2;
            pull.serverTimeMs = 1'800'000'000'000 + seed;
            auto back = WireCodec::decodePull(WireCodec::encode(pull));
            QVERIFY(back.ok());
            QVERIFY(back.value() == pull);
        }
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
        const QCborArray badChange{QStringLiteral("visit"), QStringLiteral("r"),
                                   QStringLiteral("city"),  QStringLiteral("_cl"),
                                   QStringLiteral("alive"), 1,
                                   QByteArray(8, 'n'),      0};
        QTest::newRow("row life not a number")
            << QCborValue(QCborMap{{0, 1},
                                   {1, QStringLiteral("d")},
                                   {2, 4},
                                   {3, QCborArray{QCborArray{QByteArray(16, 't'), QCborArray{badChange}}}}})
                   .toCbor();
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
        for (qsizetype i = 0; i <= WireCodec::kMaxChanges; ++i)
            tx.changes << randomChange(rng);
        big.transactions << tx;
        auto decoded = WireCodec::decodePush(WireCodec::encode(big));
        QVERIFY(!decoded.ok());
        QVERIFY(!WireCodec::decodePush(QByteArray(WireCodec::kMaxBody + 1, 'x')).ok());
    }
};

QTEST_GUILESS_MAIN(TestWireCodec)
#include "tst_wirecodec.moc"
