#include "sync/protocol/WireCodec.h"
#include "sync/protocol/WireFormat.h" // both decoders, each on its own

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QRandomGenerator>
#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <limits>

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

// ---- bodies for the two decoders: every value type, both cell forms, push and pull ------------------------------

// A cell value of any type the wire carries, edge cases included.
// `large`: texts up to 70,000 characters (four-byte length heads) too.
QCborValue anyValue(QRandomGenerator& rng, bool large)
{
    switch (rng.bounded(16u)) {
    case 0:
        return QCborValue(QCborValue::Null);
    case 1:
        return qint64(rng.bounded(24u)); // one-byte integers
    case 2:
        return -qint64(rng.bounded(1u, 300u));
    case 3:
        return std::numeric_limits<qint64>::max() - qint64(rng.bounded(3u));
    case 4:
        return std::numeric_limits<qint64>::min() + qint64(rng.bounded(3u));
    case 5:
        return qint64(rng.generate64() >> rng.bounded(1u, 63u)) * (rng.bounded(2u) ? 1 : -1);
    case 6: {
        const double specials[] = {0.0,
                                   -0.0,
                                   0.5,
                                   -1.25,
                                   1e300,
                                   5e-324,
                                   std::numeric_limits<double>::infinity(),
                                   -std::numeric_limits<double>::infinity(),
                                   3.0};
        return specials[rng.bounded(9u)];
    }
    case 7:
        return (rng.generateDouble() - 0.5) * 1e9;
    case 8:
        return QString();
    case 9:
        return QStringLiteral("韶关市武江区").left(int(rng.bounded(1u, 7u)));
    case 10:
        return QStringLiteral("走访记录 %1 \U0001F3ED 英德").arg(rng.generate()); // outside the BMP
    case 11: // lengths with one-, two- and four-byte heads
        return QString(int(rng.bounded(20u, 300u)), QChar(u'a' + char16_t(rng.bounded(26u))));
    case 12:
        return QString(int(large ? rng.bounded(300u, 70000u) : rng.bounded(30u, 90u)), QChar(0x7ea2));
    case 13:
        return QByteArray();
    case 14:
        return randomNode(rng);
    default: {
        QByteArray bytes(int(rng.bounded(9u, 400u)), '\0');
        for (char& b : bytes)
            b = char(rng.bounded(256u));
        return bytes;
    }
    }
}

// A row with `columns` cells of any type; the cells share a few stamps, as rows merged at HQ do.
RowChange anyRow(QRandomGenerator& rng, int columns, bool large)
{
    RowChange r;
    r.table = QStringList{QStringLiteral("note"), QStringLiteral("note_tag"), QStringLiteral("visit")}.at(
        int(rng.bounded(3u)));
    r.rowId = QStringLiteral("0190-%1").arg(rng.generate64());
    r.scope = rng.bounded(2u) ? QStringLiteral("city") : QStringLiteral("team:gz");
    r.causalLength = rng.bounded(8u) == 0 ? Limits::kMaxCausalLength - rng.bounded(2u) : rng.bounded(1u, 9u);
    r.lifeStamp = randomStamp(rng);
    const QList<Stamp> stamps{randomStamp(rng), randomStamp(rng), Stamp{Hlc(), QByteArray(8, '\0')}};
    for (int i = 0; i < columns; ++i)
        r.cells << Cell{QStringLiteral("c%1").arg(i), anyValue(rng, large), stamps[int(rng.bounded(3u))]};
    r.serverSeq = rng.bounded(4u) == 0 ? qint64(rng.generate64() >> 1) : rng.bounded(100000u);
    return r;
}

// Version 1's cells, [[column, value, hlc, node], ...], as HQ stores and old laptops' uploads still hold them.
QByteArray cellsV1(const QList<Cell>& cells)
{
    QCborArray array;
    for (const Cell& c : cells)
        array.append(QCborArray{c.column, c.value, qint64(c.stamp.hlc.raw()), c.stamp.node});
    return QCborValue(array).toCbor();
}

QCborArray rowArray(const RowChange& r, bool v1)
{
    return QCborArray{r.table,
                      r.rowId,
                      r.scope,
                      r.causalLength,
                      qint64(r.lifeStamp.hlc.raw()),
                      r.lifeStamp.node,
                      v1 ? cellsV1(r.cells) : WireCodec::encodeCells(r.cells),
                      r.serverSeq};
}

struct Body
{
    bool pull = false;
    QByteArray bytes;
    PushRequest push;    // what a push body holds
    PullResponse page;   // what a pull body holds
    QString description; // for failure messages
};

// A push or pull body of `rows` rows in one of the forms laptops and HQ write: encode(), spliced transactions
// (indefinite arrays), or a version 1 body with version 1 cells; some rows of the latter two keep version 1 cells.
Body anyBody(quint32 seed, int maxRows, int maxColumns, bool large = false)
{
    QRandomGenerator rng(seed);
    Body body;
    body.pull = rng.bounded(2u) == 1;
    const int form = int(rng.bounded(3u));
    QList<bool> v1Cells;
    const auto makeRow = [&] {
        RowChange r = anyRow(rng, int(rng.bounded(quint32(maxColumns + 1))), large);
        v1Cells << (form == 2 || (form == 1 && rng.bounded(3u) == 0));
        return r;
    };
    if (body.pull) {
        PullResponse& page = body.page;
        for (int i = int(rng.bounded(quint32(maxRows + 1))); i > 0; --i)
            page.rows << makeRow();
        page.nextCursor = qint64(rng.generate64() >> 2);
        page.hasMore = rng.bounded(2u);
        page.serverTimeMs = 1'800'000'000'000 + rng.bounded(1000u);
        if (form == 0) {
            body.bytes = WireCodec::encode(page);
        } else {
            PullWriter writer;
            for (int i = 0; i < page.rows.size(); ++i) {
                const RowChange& r = page.rows[i];
                writer.addRow(r.table, r.rowId, r.scope, r.causalLength, r.lifeStamp,
                              v1Cells[i] ? cellsV1(r.cells) : WireCodec::encodeCells(r.cells), r.serverSeq);
            }
            body.bytes = writer.finish(page.nextCursor, page.hasMore, page.serverTimeMs);
        }
        body.description = QStringLiteral("pull, form %1, %2 rows").arg(form).arg(page.rows.size());
        return body;
    }
    PushRequest& push = body.push;
    push.device = QStringLiteral("device-%1").arg(seed);
    push.schema = int(rng.bounded(1u, 3u));
    for (int t = int(rng.bounded(1u, 4u)); t > 0; --t) {
        ChangeSet tx;
        tx.txId = randomNode(rng) + randomNode(rng);
        for (int i = int(rng.bounded(quint32(maxRows + 1))); i > 0; --i) {
            tx.rows << makeRow();
            tx.rows.last().serverSeq = 0;
        }
        push.transactions << tx;
    }
    if (form == 0) {
        body.bytes = WireCodec::encode(push);
    } else {
        QList<QByteArray> parts;
        int row = 0;
        for (const ChangeSet& tx : std::as_const(push.transactions)) {
            QCborArray rows;
            for (const RowChange& r : tx.rows)
                rows.append(rowArray(r, v1Cells[row++]));
            parts << QCborValue(QCborArray{tx.txId, rows}).toCbor();
        }
        if (form == 1) {
            body.bytes = WireCodec::encodePush(push.device, push.schema, parts);
        } else {
            QCborArray txs;
            for (const QByteArray& part : std::as_const(parts))
                txs.append(QCborValue::fromCbor(part));
            body.bytes = QCborValue(QCborMap{{0, 1}, {1, push.device}, {2, push.schema}, {3, txs}}).toCbor();
        }
    }
    int k = 0; // what the decoders keep of each pushed row: its cells as they came
    for (ChangeSet& tx : push.transactions)
        for (RowChange& r : tx.rows)
            r.encodedCells = v1Cells[k++] ? cellsV1(r.cells) : WireCodec::encodeCells(r.cells);
    body.description = QStringLiteral("push, form %1, %2 transactions").arg(form).arg(push.transactions.size());
    return body;
}

// Rows as operator== compares them, and with the same encoded cells (what HQ stores of a pushed row).
bool sameRows(const QList<RowChange>& a, const QList<RowChange>& b)
{
    if (!(a == b))
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].encodedCells != b[i].encodedCells)
            return false;
    return true;
}

bool samePush(const PushRequest& a, const PushRequest& b)
{
    if (!(a == b))
        return false;
    for (qsizetype t = 0; t < a.transactions.size(); ++t)
        if (!sameRows(a.transactions[t].rows, b.transactions[t].rows))
            return false;
    return true;
}

// How the fast and the strict decoder disagree about `bytes` read as a push body, a pull body and a row's cells;
// empty when, for each, both refuse or both decode to equal values.
QString disagreement(const QByteArray& bytes)
{
    const std::optional<PushRequest> fastPush = wire::fastPush(bytes);
    const Result<PushRequest> strictPush = wire::strictPush(bytes);
    if (fastPush && !strictPush.ok())
        return QStringLiteral("push: fast decoded, strict refused (%1)").arg(strictPush.error().message);
    if (!fastPush && strictPush.ok())
        return QStringLiteral("push: strict decoded, fast refused");
    if (fastPush && !samePush(*fastPush, strictPush.value()))
        return QStringLiteral("push: decoded to different values");

    const std::optional<PullResponse> fastPull = wire::fastPull(bytes);
    const Result<PullResponse> strictPull = wire::strictPull(bytes);
    if (fastPull && !strictPull.ok())
        return QStringLiteral("pull: fast decoded, strict refused (%1)").arg(strictPull.error().message);
    if (!fastPull && strictPull.ok())
        return QStringLiteral("pull: strict decoded, fast refused");
    if (fastPull && !(*fastPull == strictPull.value() && sameRows(fastPull->rows, strictPull.value().rows)))
        return QStringLiteral("pull: decoded to different values");

    const std::optional<QList<Cell>> fastCells = wire::fastCells(bytes, nullptr);
    const Result<QList<Cell>> strictCells = wire::strictCells(bytes);
    if (fastCells && !strictCells.ok())
        return QStringLiteral("cells: fast decoded, strict refused (%1)").arg(strictCells.error().message);
    if (!fastCells && strictCells.ok())
        return QStringLiteral("cells: strict decoded, fast refused");
    if (fastCells && *fastCells != strictCells.value())
        return QStringLiteral("cells: decoded to different values");
    return {};
}

// Both decoders accept `bytes` as a push (or pull) body.
bool decodes(const QByteArray& bytes)
{
    return wire::strictPush(bytes).ok() || wire::strictPull(bytes).ok() || wire::strictCells(bytes).ok();
}

QString hexAround(const QByteArray& bytes, qsizetype at)
{
    const qsizetype from = qMax<qsizetype>(0, at - 12);
    return QStringLiteral("%1 bytes, at %2: …%3…")
        .arg(bytes.size())
        .arg(at)
        .arg(QString::fromLatin1(bytes.mid(from, 24).toHex(' ')));
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

    // ---- the two decoders fed the same bodies -----------------------------------------------------------------
    // The fast decoder answers first and the strict one decides when it gives up: for any bytes, both must refuse
    // or both decode to equal values (encoded cells included). Random bodies in every form laptops and HQ write.
    void bothDecodersAgreeOnRoundTrips()
    {
        for (quint32 seed = 1; seed <= 300; ++seed) {
            const Body body = anyBody(seed, 12, 14, seed % 10 == 0);
            const QString why = disagreement(body.bytes);
            QVERIFY2(why.isEmpty(),
                     qPrintable(QStringLiteral("seed %1 (%2): %3").arg(seed).arg(body.description, why)));
            if (body.pull) {
                auto fast = wire::fastPull(body.bytes);
                QVERIFY2(fast.has_value(), qPrintable(body.description));
                QVERIFY(*fast == body.page);
                QVERIFY(WireCodec::decodePull(body.bytes).value() == body.page);
            } else {
                auto fast = wire::fastPush(body.bytes);
                QVERIFY2(fast.has_value(), qPrintable(body.description));
                QVERIFY(samePush(*fast, body.push));
                QVERIFY(samePush(WireCodec::decodePush(body.bytes).value(), body.push));
            }
        }
    }

    void bothDecodersAgreeOnEveryTruncation()
    {
        for (quint32 seed = 1; seed <= 12; ++seed) {
            const Body body = anyBody(seed, 4, 8);
            for (qsizetype n = 0; n < body.bytes.size(); ++n) {
                const QByteArray cut = body.bytes.left(n);
                const QString why = disagreement(cut);
                QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("seed %1 (%2), first %3 bytes: %4")
                                                       .arg(seed)
                                                       .arg(body.description)
                                                       .arg(n)
                                                       .arg(why)));
                QVERIFY2(!wire::strictPush(cut).ok() && !wire::strictPull(cut).ok(),
                         qPrintable(QStringLiteral("seed %1: a prefix of %2 bytes decodes").arg(seed).arg(n)));
            }
        }
    }

    // Single bytes replaced (at random, or by a CBOR head that changes a type, a length's width or a container's
    // form), inserted and deleted, in whole bodies and in one row's cells alone.
    void bothDecodersAgreeOnMutatedBodies()
    {
        static const quint8 heads[] = {0x00, 0x01, 0x02, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1f, 0x20,
                                       0x38, 0x3b, 0x40, 0x48, 0x50, 0x58, 0x5f, 0x60, 0x78, 0x7f, 0x80,
                                       0x82, 0x88, 0x98, 0x9f, 0xa0, 0xa4, 0xa5, 0xbf, 0xc0, 0xc1, 0xd8,
                                       0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xff};
        QElapsedTimer timer;
        timer.start();
        QRandomGenerator rng(2026);
        int mutations = 0;
        int accepted = 0;
        for (quint32 seed = 1000; seed < 1400; ++seed) {
            const Body body = anyBody(seed, 3, 6);
            QList<QByteArray> targets{body.bytes};
            const QList<RowChange> rows =
                body.pull
                    ? body.page.rows
                    : (body.push.transactions.isEmpty() ? QList<RowChange>() : body.push.transactions.first().rows);
            if (!rows.isEmpty()) // a row's cells alone, in either form
                targets << (seed % 2 ? cellsV1(rows.first().cells) : WireCodec::encodeCells(rows.first().cells));
            for (const QByteArray& target : std::as_const(targets)) {
                if (target.isEmpty())
                    continue;
                for (int i = 0; i < 100; ++i) {
                    QByteArray mutated = target;
                    const qsizetype at = qsizetype(rng.bounded(quint32(target.size())));
                    switch (rng.bounded(6u)) {
                    case 0:
                        mutated[at] = char(rng.bounded(256u));
                        break;
                    case 1:
                        mutated[at] = char(heads[rng.bounded(quint32(sizeof heads))]);
                        break;
                    case 2:
                        mutated.insert(at, char(rng.bounded(2u) ? heads[rng.bounded(quint32(sizeof heads))]
                                                                : quint8(rng.bounded(256u))));
                        break;
                    case 3: // the same value in a wider head: 0x18 n is n (a non-canonical integer or length)
                        mutated.insert(at, char(0x18));
                        break;
                    case 4:
                        mutated.remove(at, 1 + qsizetype(rng.bounded(2u)));
                        break;
                    default:
                        mutated.insert(at, QByteArray(1 + int(rng.bounded(2u)), char(rng.bounded(256u))));
                    }
                    ++mutations;
                    const QString why = disagreement(mutated);
                    QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("seed %1 (%2), mutation %3: %4\n%5")
                                                           .arg(seed)
                                                           .arg(body.description)
                                                           .arg(i)
                                                           .arg(why, hexAround(mutated, at))));
                    accepted += decodes(mutated) ? 1 : 0;
                }
            }
        }
        qInfo("%d mutated bodies, %d of them still valid, both decoders agreeing on each, %lld ms", mutations, accepted,
              timer.elapsed());
        QVERIFY(accepted > mutations / 50); // mutations that stay valid (a value changed) are reached too
        QVERIFY(accepted < mutations);
    }

    // What the mutations found, kept as they were: bodies on which the two decoders once disagreed.
    void decodersAgreeOnWhatMutationsFound()
    {
        const Stamp stamp{Hlc::fromParts(5, 0), QByteArray(8, 'n')};
        const QList<Cell> cells{Cell{QStringLiteral("a"), qint64(1), stamp}};
        const QByteArray canonical = WireCodec::encodeCells(cells);
        // Cells whose form number 2 is written wide (0x18 0x02): the fast decoder told the form by the byte after
        // the array's head, took them for version 1 and gave up; the strict one read them.
        QByteArray wide = canonical;
        QCOMPARE(quint8(wide.at(1)), quint8(0x02));
        wide.insert(1, char(0x18));
        QVERIFY(disagreement(wide).isEmpty());
        QVERIFY(wire::fastCells(wide, nullptr).value() == cells);
        // The same cells and a row in indefinite-length arrays (0x9f … 0xff): legal, read by both alike.
        QByteArray open = canonical;
        open[0] = char(0x9f);
        open.append(char(0xff));
        QVERIFY(disagreement(open).isEmpty());
        QVERIFY(wire::fastCells(open, nullptr).value() == cells);
        QByteArray body;
        {
            QCborStreamWriter w(&body);
            w.startMap(5);
            w.append(0);
            w.append(2);
            w.append(1);
            w.startArray(1);
            w.startArray(); // the row, indefinite
            w.append(QStringLiteral("note"));
            w.append(QStringLiteral("r1"));
            w.append(QStringLiteral("city"));
            w.append(1);
            w.append(5);
            w.append(QByteArray(8, 'n'));
            w.append(open);
            w.append(9);
            w.endArray();
            w.endArray();
            w.append(2);
            w.append(9);
            w.append(3);
            w.append(false);
            w.append(4);
            w.append(7);
            w.endMap();
        }
        QVERIFY(disagreement(body).isEmpty());
        auto read = wire::fastPull(body);
        QVERIFY(read.has_value() && read->rows.size() == 1 && read->rows.first().cells == cells);
        // A push whose schema is negative (fast: refused; strict: read as -22), or beyond int (both read 2^32 + 1
        // as schema 1): both refuse now.
        const auto pushWithSchema = [](const QCborValue& schema) {
            return QCborValue(QCborMap{{0, 2}, {1, QStringLiteral("d")}, {2, schema}, {3, QCborArray{}}}).toCbor();
        };
        for (const QCborValue& schema : {QCborValue(-22), QCborValue((qint64(1) << 32) + 1)}) {
            const QByteArray b = pushWithSchema(schema);
            QVERIFY(disagreement(b).isEmpty());
            QVERIFY(!wire::strictPush(b).ok());
        }
        QVERIFY(wire::strictPush(pushWithSchema(1)).ok());
        // A page whose next cursor or server time is negative: the strict decoder read it, the fast one refused.
        for (const auto& [cursor, time] : {std::pair<qint64, qint64>{-1, 7}, {3, -7}}) {
            PullWriter writer;
            const QByteArray b = writer.finish(cursor, false, time);
            QVERIFY(disagreement(b).isEmpty());
            QVERIFY(!wire::strictPull(b).ok());
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
