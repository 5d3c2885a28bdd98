// Conformance of an HQ storage backend (sync/server/HqStorage.h), through the interface only: push answers,
// replays and refusals, pull paging, scopes and cursors, blob chunks, accounts, devices, tokens, lock-out and the
// audit log. Every case opens a fresh, empty store with openHqStorage(); by default the embedded SQLCipher file.
// Another backend runs the same cases by naming its (empty, disposable) store: ZS_HQ_TEST_STORE=postgres://…
// Time is a ManualClock: lock-outs and token lifetimes pass without sleeping.
#include "sync/protocol/Limits.h"
#include "sync/protocol/WireCodec.h"
#include "sync/server/HqStorage.h"
#include "sync/server/PasswordHasher.h"
#include "sync/store/SecureBytes.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;
using namespace zs::hq;
using sync::Cell;
using sync::ChangeSet;
using sync::Hlc;
using sync::PullResponse;
using sync::PushRequest;
using sync::RowChange;
using sync::Stamp;
using sync::TxResult;
using sync::WireCodec;

namespace {

const QByteArray kNode = QByteArrayLiteral("node-gz1");
const QByteArray kPassword = QByteArrayLiteral("gz-li-password-1");

QByteArray txId(int n)
{
    return QByteArray(16, char(n));
}

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestHqStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void factoryRefusesUnbuiltBackends();
    void pushAnswersEachTransactionAndReplays();
    void pushIsAllOrNothingPerTransaction();
    void pushRefusesStampsAheadAndScopeMoves();
    void detailRowsLiveInTheirParentsScope();
    void pullPagesInChangeOrder();
    void pullSendsARowChangedTwiceOnce();
    void pullFiltersByScope();
    void readerScopeReadsWithoutWriting();
    void claimsHaveOneHolder();
    void blobChunksInOrderAndVerified();
    void blobRefusesBadNamesAndRanges();
    void teamsAndUsers();
    void loginLockOut();
    void tokensRefreshSingleUse();
    void tokensExpire();
    void revokeWipeAndDisable();
    void wipeIsToldOnAnyTokenOfTheDevice();
    void unknownNamesLockOutAlike();
    void pagesNeverCrossTheirBound();
    void rowsOverTheRowLimitAreRefused();
    void auditLogIsAppendOnlyAndOrdered();

private:
    SyncStorage& sync() { return m_storage->sync(); }
    AccountStorage& accounts() { return m_storage->accounts(); }
    Principal enroll(const QString& account, const QString& label = QStringLiteral("laptop"));
    Stamp stamp(qint64 aheadMs = 0, quint16 counter = 0) const
    {
        return Stamp{Hlc::fromParts(m_clock.wallMs() + aheadMs, counter), kNode};
    }
    RowChange row(const QString& table, const QString& id, const QString& scope, const QString& name,
                  const Stamp& s) const
    {
        RowChange r;
        r.table = table;
        r.rowId = id;
        r.scope = scope;
        r.causalLength = 1;
        r.lifeStamp = s;
        r.cells = {Cell{QStringLiteral("name"), QCborValue(name), s}};
        return r;
    }
    PushRequest request(const Principal& who, const QList<ChangeSet>& sets) const
    {
        return PushRequest{who.device, SyncStorage::kSyncSchema, sets};
    }
    PullResponse pull(const Principal& who, qint64 cursor, int limit, int* rows = nullptr);

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HqStorage> m_storage;
    Principal m_gz;      // officer of team gz
    Principal m_sz;      // officer of team sz
    Principal m_analyst; // HQ: reads every scope
};

void TestHqStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StorageOptions options;
    options.dataDir = m_dir->path();
    options.url = qEnvironmentVariable("ZS_HQ_TEST_STORE");
    options.create = true;
    options.cheapKeyWrapForTests = true;
    auto opened = openHqStorage(options, SecureBytes::fromPassphrase(QStringLiteral("hq-conformance-key")), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    m_storage = std::move(opened.value());
    const qint64 now = m_clock.wallMs();
    QVERIFY(accounts().addTeam(QStringLiteral("gz"), QStringLiteral("广州组"), now).ok());
    QVERIFY(accounts().addTeam(QStringLiteral("sz"), QStringLiteral("深圳组"), now).ok());
    QVERIFY(accounts().addTeam(QStringLiteral("hq"), QStringLiteral("总部"), now).ok());
    QVERIFY(accounts()
                .addUser(QStringLiteral("gz-li"), QStringLiteral("李敏"), QStringLiteral("gz"), Role::Officer,
                         kPassword, now)
                .ok());
    QVERIFY(accounts()
                .addUser(QStringLiteral("sz-wu"), QStringLiteral("吴倩"), QStringLiteral("sz"), Role::Officer,
                         "sz-wu-password-1", now)
                .ok());
    QVERIFY(accounts()
                .addUser(QStringLiteral("hq-zhao"), QStringLiteral("赵总"), QStringLiteral("hq"), Role::Analyst,
                         "hq-zhao-password-1", now)
                .ok());
    // One millisecond apart: devices are listed oldest first.
    m_gz = enroll(QStringLiteral("gz-li"));
    m_clock.advance(1);
    m_sz = enroll(QStringLiteral("sz-wu"));
    m_clock.advance(1);
    m_analyst = enroll(QStringLiteral("hq-zhao"));
}

void TestHqStorage::cleanup()
{
    m_storage.reset();
    m_dir.reset();
}

Principal TestHqStorage::enroll(const QString& account, const QString& label)
{
    auto e = accounts().provisionDevice(account, label);
    if (!e.ok()) {
        qWarning("provisionDevice: %s", qPrintable(e.error().toString()));
        return {};
    }
    return e->principal;
}

PullResponse TestHqStorage::pull(const Principal& who, qint64 cursor, int limit, int* rows)
{
    auto page = sync().pull(who, cursor, limit, rows);
    if (!page.ok()) {
        qWarning("pull: %s", qPrintable(page.error().toString()));
        return {};
    }
    auto decoded = WireCodec::decodePull(page.value());
    if (!decoded.ok()) {
        qWarning("decodePull: %s", qPrintable(decoded.error().toString()));
        return {};
    }
    return decoded.value();
}

void TestHqStorage::factoryRefusesUnbuiltBackends()
{
    StorageOptions options;
    options.dataDir = m_dir->path();
    options.url = QStringLiteral("postgres://hq@db.example/zhaoshang");
    if (qEnvironmentVariableIsSet("ZS_HQ_TEST_STORE"))
        QSKIP("a PostgreSQL backend is under test");
    auto opened = openHqStorage(options, SecureBytes(), m_clock);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::Invalid);
    QVERIFY2(opened.error().message.contains(QLatin1String("PostgreSQL")), qPrintable(opened.error().message));
    QVERIFY(!opened.error().message.contains(QLatin1String("db.example"))); // a URL may carry a password
    options.url = QStringLiteral("mysql://x");
    QVERIFY(!openHqStorage(options, SecureBytes(), m_clock).ok());
    // The embedded store is never overwritten by a second `init`.
    options.url.clear();
    options.create = true;
    QVERIFY(!openHqStorage(options, SecureBytes::fromPassphrase(QStringLiteral("hq-conformance-key")), m_clock).ok());
}

void TestHqStorage::pushAnswersEachTransactionAndReplays()
{
    QCOMPARE(sync().lastSeq().value(), 0);
    const QList<ChangeSet> sets{
        ChangeSet{txId(1),
                  {row(QStringLiteral("visit"), QStringLiteral("v1"), QStringLiteral("team:gz"),
                       QStringLiteral("走访一"), stamp())}},
        ChangeSet{txId(2),
                  {row(QStringLiteral("visit"), QStringLiteral("v2"), QStringLiteral("team:sz"),
                       QStringLiteral("别组的走访"), stamp())}},
        ChangeSet{txId(3),
                  {row(QStringLiteral("company"), QStringLiteral("c1"), QStringLiteral("city"),
                       QStringLiteral("韶关某公司"), stamp())}},
    };
    auto first = sync().push(m_gz, request(m_gz, sets));
    QVERIFY(first.ok());
    QCOMPARE(first->results.size(), 3);
    QCOMPARE(first->results[0].txId, txId(1));
    QCOMPARE(first->results[0].status, TxResult::Applied);
    QCOMPARE(first->results[1].txId, txId(2));
    QCOMPARE(first->results[1].status, TxResult::Refused);
    QVERIFY(first->results[1].reason.contains(QLatin1String("team:sz")));
    QCOMPARE(first->results[2].status, TxResult::Applied);
    QCOMPARE(first->serverTimeMs, m_clock.wallMs());
    QCOMPARE(sync().lastSeq().value(), 2);

    m_clock.advance(1000);
    auto again = sync().push(m_gz, request(m_gz, sets));
    QVERIFY(again.ok());
    QCOMPARE(again->results.size(), 3);
    QCOMPARE(again->results[0].status, TxResult::Replayed);
    QCOMPARE(again->results[1].status, TxResult::Refused);
    QCOMPARE(again->results[1].reason, first->results[1].reason);
    QCOMPARE(again->results[2].status, TxResult::Replayed);
    QCOMPARE(sync().lastSeq().value(), 2); // a replay changes nothing

    // The same transaction id from another device is that device's own transaction.
    const ChangeSet company{txId(3),
                            {row(QStringLiteral("company"), QStringLiteral("c2"), QStringLiteral("city"),
                                 QStringLiteral("深圳某公司"), stamp())}};
    auto other = sync().push(m_sz, request(m_sz, {company}));
    QVERIFY(other.ok());
    QCOMPARE(other->results.value(0).status, TxResult::Applied);
    QCOMPARE(sync().lastSeq().value(), 3);
}

void TestHqStorage::pushIsAllOrNothingPerTransaction()
{
    const ChangeSet mixed{txId(1),
                          {row(QStringLiteral("company"), QStringLiteral("c1"), QStringLiteral("city"),
                               QStringLiteral("允许的"), stamp()),
                           row(QStringLiteral("event"), QStringLiteral("e1"), QStringLiteral("city"),
                               QStringLiteral("只有总部能发布"), stamp())}};
    const ChangeSet fine{txId(2),
                         {row(QStringLiteral("lead"), QStringLiteral("l1"), QStringLiteral("team:gz"),
                              QStringLiteral("项目"), stamp())}};
    auto response = sync().push(m_gz, request(m_gz, {mixed, fine}));
    QVERIFY(response.ok());
    QCOMPARE(response->results.size(), 2);
    QCOMPARE(response->results[0].status, TxResult::Refused);
    QVERIFY(!response->results[0].reason.isEmpty());
    QCOMPARE(response->results[1].status, TxResult::Applied);
    const PullResponse page = pull(m_analyst, 0, 100);
    QCOMPARE(page.rows.size(), 1); // nothing of the refused transaction, not even its allowed row
    QCOMPARE(page.rows[0].rowId, QStringLiteral("l1"));
}

// Detail rows (stage history, attendees) follow their parent: in its scope, refused with it, refused without it.
void TestHqStorage::detailRowsLiveInTheirParentsScope()
{
    const auto stage = [this](const QString& id, const QString& lead, const QString& scope) {
        RowChange r = row(QStringLiteral("lead_stage"), id, scope, QString(), stamp());
        r.cells = {Cell{QStringLiteral("lead_id"), QCborValue(lead), stamp()},
                   Cell{QStringLiteral("stage"), QCborValue(QStringLiteral("contact")), stamp()}};
        return r;
    };
    const RowChange lead =
        row(QStringLiteral("lead"), QStringLiteral("l1"), QStringLiteral("team:gz"), QStringLiteral("项目"), stamp());
    // With its parent in one transaction, and in a later one.
    const ChangeSet together{txId(1),
                             {lead, stage(QStringLiteral("s1"), QStringLiteral("l1"), QStringLiteral("team:gz"))}};
    const ChangeSet later{txId(2), {stage(QStringLiteral("s2"), QStringLiteral("l1"), QStringLiteral("team:gz"))}};
    // A parent HQ never accepted: an unknown lead, or a lead refused for its scope (city) with its stages.
    const ChangeSet orphan{txId(3),
                           {stage(QStringLiteral("s3"), QStringLiteral("nowhere"), QStringLiteral("team:gz"))}};
    const ChangeSet refusedParent{
        txId(4),
        {row(QStringLiteral("lead"), QStringLiteral("l2"), QStringLiteral("city"), QStringLiteral("项目"), stamp()),
         stage(QStringLiteral("s4"), QStringLiteral("l2"), QStringLiteral("city"))}};
    const ChangeSet afterRefused{txId(5),
                                 {stage(QStringLiteral("s5"), QStringLiteral("l2"), QStringLiteral("team:gz"))}};
    // In another scope than its parent's.
    const ChangeSet elsewhere{txId(6), {stage(QStringLiteral("s6"), QStringLiteral("l1"), QStringLiteral("city"))}};
    auto response = sync().push(m_gz, request(m_gz, {together, later, orphan, refusedParent, afterRefused, elsewhere}));
    QVERIFY(response.ok());
    QCOMPARE(response->results.size(), 6);
    QCOMPARE(response->results[0].status, TxResult::Applied);
    QCOMPARE(response->results[1].status, TxResult::Applied);
    QCOMPARE(response->results[2].status, TxResult::Refused);
    QVERIFY2(response->results[2].reason.contains(QStringLiteral("所属记录")), qPrintable(response->results[2].reason));
    QCOMPARE(response->results[3].status, TxResult::Refused);
    QVERIFY2(response->results[3].reason.contains(QStringLiteral("必须属于一个组")),
             qPrintable(response->results[3].reason));
    QCOMPARE(response->results[4].status, TxResult::Refused);
    QVERIFY2(response->results[4].reason.contains(QStringLiteral("所属记录")), qPrintable(response->results[4].reason));
    QCOMPARE(response->results[5].status, TxResult::Refused);
    QVERIFY(!response->results[5].reason.isEmpty());

    // Another team may not add to gz's lead either: the scope is gz's.
    const ChangeSet foreign{txId(7), {stage(QStringLiteral("s7"), QStringLiteral("l1"), QStringLiteral("team:gz"))}};
    auto sz = sync().push(m_sz, request(m_sz, {foreign}));
    QVERIFY(sz.ok());
    QCOMPARE(sz->results.value(0).status, TxResult::Refused);

    // What reached HQ: the lead and its two stages, served to gz and the analyst, not to sz.
    QSet<QString> atHq;
    for (const RowChange& r : pull(m_analyst, 0, 100).rows)
        atHq << r.rowId;
    QCOMPARE(atHq, (QSet<QString>{QStringLiteral("l1"), QStringLiteral("s1"), QStringLiteral("s2")}));
    QCOMPARE(pull(m_gz, 0, 100).rows.size(), 3);
    QCOMPARE(pull(m_sz, 0, 100).rows.size(), 0);
}

void TestHqStorage::pushRefusesStampsAheadAndScopeMoves()
{
    const ChangeSet ahead{txId(1),
                          {row(QStringLiteral("company"), QStringLiteral("c1"), QStringLiteral("city"),
                               QStringLiteral("太快"), stamp(SyncStorage::kMaxClockAheadMs + 1))}};
    const ChangeSet justInTime{txId(2),
                               {row(QStringLiteral("company"), QStringLiteral("c2"), QStringLiteral("city"),
                                    QStringLiteral("刚好"), stamp(SyncStorage::kMaxClockAheadMs))}};
    const ChangeSet created{txId(3),
                            {row(QStringLiteral("contact"), QStringLiteral("p1"), QStringLiteral("city"),
                                 QStringLiteral("张三"), stamp())}};
    auto response = sync().push(m_gz, request(m_gz, {ahead, justInTime, created}));
    QVERIFY(response.ok());
    QCOMPARE(response->results.value(0).status, TxResult::Refused);
    QCOMPARE(response->results.value(1).status, TxResult::Applied);
    QCOMPARE(response->results.value(2).status, TxResult::Applied);

    // A row keeps the scope it was created in.
    const ChangeSet moved{txId(4),
                          {row(QStringLiteral("contact"), QStringLiteral("p1"), QStringLiteral("team:gz"),
                               QStringLiteral("张三"), stamp(0, 1))}};
    auto move = sync().push(m_gz, request(m_gz, {moved}));
    QVERIFY(move.ok());
    QCOMPARE(move->results.value(0).status, TxResult::Refused);
    QCOMPARE(sync().lastSeq().value(), 2);
    const PullResponse page = pull(m_analyst, 0, 100);
    QCOMPARE(page.rows.size(), 2);
    QCOMPARE(page.rows[1].rowId, QStringLiteral("p1"));
    QCOMPARE(page.rows[1].scope, QStringLiteral("city"));
}

void TestHqStorage::pullPagesInChangeOrder()
{
    QList<ChangeSet> sets;
    for (int i = 0; i < 7; ++i)
        sets << ChangeSet{txId(i + 1),
                          {row(QStringLiteral("visit"), QStringLiteral("v%1").arg(i), QStringLiteral("team:gz"),
                               QStringLiteral("走访 %1").arg(i), stamp(0, quint16(i)))}};
    QVERIFY(sync().push(m_gz, request(m_gz, sets)).ok());
    QCOMPARE(sync().lastSeq().value(), 7);

    QStringList seen;
    qint64 cursor = 0;
    QList<int> pageSizes;
    for (int guard = 0; guard < 10; ++guard) {
        int rows = -1;
        const PullResponse page = pull(m_gz, cursor, 3, &rows);
        QCOMPARE(rows, int(page.rows.size()));
        pageSizes << int(page.rows.size());
        qint64 previous = cursor;
        for (const RowChange& r : page.rows) {
            QVERIFY(r.serverSeq > previous); // in the order of change, after the cursor
            previous = r.serverSeq;
            seen << r.rowId;
            QCOMPARE(r.cells.value(0).value.toString(), QStringLiteral("走访 %1").arg(r.rowId.mid(1)));
        }
        QCOMPARE(page.nextCursor, page.rows.isEmpty() ? cursor : page.rows.last().serverSeq);
        QCOMPARE(page.serverTimeMs, m_clock.wallMs());
        cursor = page.nextCursor;
        if (!page.hasMore)
            break;
    }
    QCOMPARE(pageSizes, (QList<int>{3, 3, 1}));
    QCOMPARE(seen, (QStringList{QStringLiteral("v0"), QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3"),
                                QStringLiteral("v4"), QStringLiteral("v5"), QStringLiteral("v6")}));
    QCOMPARE(cursor, 7);
    // At the end: an empty page that keeps the cursor.
    const PullResponse end = pull(m_gz, cursor, 3);
    QVERIFY(end.rows.isEmpty());
    QVERIFY(!end.hasMore);
    QCOMPARE(end.nextCursor, cursor);
    // A limit beyond the maximum is clamped, not refused; a limit below 1 still serves a row.
    QCOMPARE(pull(m_gz, 0, SyncStorage::kMaxPullLimit * 10).rows.size(), 7);
    QCOMPARE(pull(m_gz, 0, 0).rows.size(), 1);
}

void TestHqStorage::pullSendsARowChangedTwiceOnce()
{
    const ChangeSet a{txId(1),
                      {row(QStringLiteral("company"), QStringLiteral("c1"), QStringLiteral("city"),
                           QStringLiteral("旧名"), stamp())}};
    const ChangeSet b{txId(2),
                      {row(QStringLiteral("company"), QStringLiteral("c2"), QStringLiteral("city"),
                           QStringLiteral("另一家"), stamp())}};
    QVERIFY(sync().push(m_gz, request(m_gz, {a, b})).ok());
    const qint64 cursor = sync().lastSeq().value();
    QCOMPARE(cursor, 2);
    m_clock.advance(10);
    const ChangeSet rename{txId(3),
                           {row(QStringLiteral("company"), QStringLiteral("c1"), QStringLiteral("city"),
                                QStringLiteral("新名"), stamp())}};
    const ChangeSet again{txId(4),
                          {row(QStringLiteral("company"), QStringLiteral("c1"), QStringLiteral("city"),
                               QStringLiteral("最新名"), stamp(0, 1))}};
    QVERIFY(sync().push(m_sz, request(m_sz, {rename, again})).ok());
    const PullResponse page = pull(m_gz, cursor, 100);
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows[0].rowId, QStringLiteral("c1"));
    QCOMPARE(page.rows[0].cells.value(0).value.toString(), QStringLiteral("最新名"));
    QCOMPARE(page.rows[0].serverSeq, sync().lastSeq().value());
    // An older write loses to the merged value (last writer by stamp), and changes nothing.
    const qint64 before = sync().lastSeq().value();
    const ChangeSet stale{txId(5),
                          {row(QStringLiteral("company"), QStringLiteral("c1"), QStringLiteral("city"),
                               QStringLiteral("过时的名字"), Stamp{Hlc::fromParts(1000, 0), kNode})}};
    auto staleAnswer = sync().push(m_gz, request(m_gz, {stale}));
    QVERIFY(staleAnswer.ok());
    QCOMPARE(staleAnswer->results.value(0).status, TxResult::Applied);
    QCOMPARE(sync().lastSeq().value(), before);
    const PullResponse all = pull(m_gz, 0, 100);
    QCOMPARE(all.rows.size(), 2);
    QCOMPARE(all.rows[1].cells.value(0).value.toString(), QStringLiteral("最新名"));
}

void TestHqStorage::pullFiltersByScope()
{
    QVERIFY(
        sync()
            .push(m_gz, request(m_gz, {ChangeSet{txId(1),
                                                 {row(QStringLiteral("visit"), QStringLiteral("gz-visit"),
                                                      QStringLiteral("team:gz"), QStringLiteral("广州"), stamp())}}}))
            .ok());
    QVERIFY(sync()
                .push(m_sz, request(m_sz, {ChangeSet{txId(1),
                                                     {row(QStringLiteral("visit"), QStringLiteral("sz-visit"),
                                                          QStringLiteral("team:sz"), QStringLiteral("深圳"), stamp())}},
                                           ChangeSet{txId(2),
                                                     {row(QStringLiteral("company"), QStringLiteral("city-co"),
                                                          QStringLiteral("city"), QStringLiteral("全市"), stamp())}}}))
                .ok());
    const auto ids = [](const PullResponse& page) {
        QStringList out;
        for (const RowChange& r : page.rows)
            out << r.rowId;
        return out;
    };
    QCOMPARE(ids(pull(m_gz, 0, 100)), (QStringList{QStringLiteral("gz-visit"), QStringLiteral("city-co")}));
    QCOMPARE(ids(pull(m_sz, 0, 100)), (QStringList{QStringLiteral("sz-visit"), QStringLiteral("city-co")}));
    QCOMPARE(ids(pull(m_analyst, 0, 100)),
             (QStringList{QStringLiteral("gz-visit"), QStringLiteral("sz-visit"), QStringLiteral("city-co")}));
    // A filtered page still moves the cursor past what it served, and a page of one scope says there is more.
    const PullResponse first = pull(m_gz, 0, 1);
    QCOMPARE(ids(first), QStringList{QStringLiteral("gz-visit")});
    QVERIFY(first.hasMore);
    const PullResponse second = pull(m_gz, first.nextCursor, 1);
    QCOMPARE(ids(second), QStringList{QStringLiteral("city-co")});
    QCOMPARE(second.nextCursor, 3);
}

// The wider read rule (SyncSchema's reader): a county's specialist keeps an agreement in the county's scope; the
// team that signed it (its signing_scope) pulls it and its details, but may not write them; another team sees none.
void TestHqStorage::readerScopeReadsWithoutWriting()
{
    const qint64 now = m_clock.wallMs();
    QVERIFY(accounts().addTeam(QStringLiteral("shixing"), QStringLiteral("始兴县"), now).ok());
    auto specialistRole = roleFromName(QStringLiteral("specialist"));
    QVERIFY(specialistRole);
    QVERIFY(accounts()
                .addUser(QStringLiteral("sx-liu"), QStringLiteral("刘建国"), QStringLiteral("shixing"), *specialistRole,
                         "sx-liu-password-1", now)
                .ok());
    const Principal specialist = enroll(QStringLiteral("sx-liu"));
    const QString county = QStringLiteral("county:shixing");
    RowChange agreement = row(QStringLiteral("agreement"), QStringLiteral("a1"), county, QString(), stamp());
    agreement.cells = {Cell{QStringLiteral("number"), QCborValue(QStringLiteral("SX-2026-001")), stamp()},
                       Cell{QStringLiteral("signing_scope"), QCborValue(QStringLiteral("team:gz")), stamp()}};
    RowChange progress = row(QStringLiteral("agreement_progress"), QStringLiteral("p1"), county, QString(), stamp());
    progress.cells = {Cell{QStringLiteral("agreement_id"), QCborValue(QStringLiteral("a1")), stamp()},
                      Cell{QStringLiteral("cumulative_wan"), QCborValue(3200), stamp()}};
    RowChange other = row(QStringLiteral("agreement"), QStringLiteral("a2"), county, QString(), stamp());
    other.cells = {Cell{QStringLiteral("number"), QCborValue(QStringLiteral("SX-2026-002")), stamp()},
                   Cell{QStringLiteral("signing_scope"), QCborValue(QStringLiteral("county:shixing")), stamp()}};
    auto pushed = sync().push(specialist, request(specialist, {ChangeSet{txId(1), {agreement, progress, other}}}));
    QVERIFY(pushed.ok());
    QCOMPARE(pushed->results.value(0).status, TxResult::Applied);
    // The signing team reads the agreement but may not add to it: refused, with the reason.
    RowChange measure = row(QStringLiteral("agreement_measure"), QStringLiteral("m1"), county, QString(), stamp());
    measure.cells = {Cell{QStringLiteral("agreement_id"), QCborValue(QStringLiteral("a1")), stamp()}};
    auto byTeam = sync().push(m_gz, request(m_gz, {ChangeSet{txId(2), {measure}}}));
    QVERIFY(byTeam.ok());
    QCOMPARE(byTeam->results.value(0).status, TxResult::Refused);
    QVERIFY2(byTeam->results.value(0).reason.contains(QStringLiteral("跟踪服务专员")) ||
                 byTeam->results.value(0).reason.contains(QStringLiteral("county:shixing")),
             qPrintable(byTeam->results.value(0).reason));

    const auto ids = [](const PullResponse& page) {
        QStringList out;
        for (const RowChange& r : page.rows)
            out << r.rowId;
        return out;
    };
    QCOMPARE(ids(pull(m_gz, 0, 100)), (QStringList{QStringLiteral("a1"), QStringLiteral("p1")}));
    QCOMPARE(ids(pull(m_sz, 0, 100)), QStringList{});
    QCOMPARE(ids(pull(specialist, 0, 100)),
             (QStringList{QStringLiteral("a1"), QStringLiteral("p1"), QStringLiteral("a2")}));
    QCOMPARE(ids(pull(m_analyst, 0, 100)),
             (QStringList{QStringLiteral("a1"), QStringLiteral("p1"), QStringLiteral("a2")}));
    // A page of the reader arm moves the cursor like any other.
    const PullResponse first = pull(m_gz, 0, 1);
    QCOMPARE(ids(first), QStringList{QStringLiteral("a1")});
    QVERIFY(first.hasMore);
    QCOMPARE(ids(pull(m_gz, first.nextCursor, 10)), QStringList{QStringLiteral("p1")});
    QCOMPARE(specialist.readScopes(), (QStringList{QStringLiteral("city"), county}));
}

// A claim table (a site's reservation): one live row per claimed value whatever its scope, the first to arrive holds
// it, a later one is refused with who holds it and since when (even in the same transaction); once released (deleted),
// the next one may claim it. Every team reads the reservation (its reader is the city).
void TestHqStorage::claimsHaveOneHolder()
{
    const auto reservation = [this](const QString& id, const QString& scope, const QString& site,
                                    const QString& holder) {
        RowChange r = row(QStringLiteral("site_reservation"), id, scope, QString(), stamp());
        r.cells = {Cell{QStringLiteral("site_id"), QCborValue(site), stamp()},
                   Cell{QStringLiteral("holder"), QCborValue(holder), stamp()},
                   Cell{QStringLiteral("reserved_on"), QCborValue(QStringLiteral("2026-12-08")), stamp()},
                   Cell{QStringLiteral("visible_to"), QCborValue(QStringLiteral("city")), stamp()}};
        return r;
    };
    auto first = sync().push(
        m_gz, request(m_gz, {ChangeSet{txId(1),
                                       {reservation(QStringLiteral("r1"), QStringLiteral("team:gz"),
                                                    QStringLiteral("s1"), QStringLiteral("广州组 李敏"))}}}));
    QVERIFY(first.ok());
    QCOMPARE(first->results.value(0).status, TxResult::Applied);
    auto second = sync().push(
        m_sz, request(m_sz, {ChangeSet{txId(2),
                                       {reservation(QStringLiteral("r2"), QStringLiteral("team:sz"),
                                                    QStringLiteral("s1"), QStringLiteral("深圳组 陈晨"))}}}));
    QVERIFY(second.ok());
    QCOMPARE(second->results.value(0).status, TxResult::Refused);
    QCOMPARE(second->results.value(0).reason,
             QStringLiteral("这处用地厂房已由广州组 李敏于2026-12-08预留，一处载体只能为一个项目预留"));
    // Another site is free; two claims of one site in one transaction: the second is refused, so the whole set.
    auto pair = sync().push(
        m_sz, request(m_sz, {ChangeSet{txId(3),
                                       {reservation(QStringLiteral("r3"), QStringLiteral("team:sz"),
                                                    QStringLiteral("s2"), QStringLiteral("深圳组 陈晨")),
                                        reservation(QStringLiteral("r4"), QStringLiteral("team:sz"),
                                                    QStringLiteral("s2"), QStringLiteral("深圳组 陈晨"))}}}));
    QVERIFY(pair.ok());
    QCOMPARE(pair->results.value(0).status, TxResult::Refused);
    // Every team reads the holder's reservation; the holder may edit its own row.
    QCOMPARE(pull(m_sz, 0, 100).rows.size(), 1);
    RowChange edited = reservation(QStringLiteral("r1"), QStringLiteral("team:gz"), QStringLiteral("s1"),
                                   QStringLiteral("广州组 李敏"));
    edited.cells = {Cell{QStringLiteral("notes"), QCborValue(QStringLiteral("客户下周来看地")), stamp(1)}};
    auto edit = sync().push(m_gz, request(m_gz, {ChangeSet{txId(4), {edited}}}));
    QVERIFY(edit.ok());
    QCOMPARE(edit->results.value(0).status, TxResult::Applied);
    // Released (deleted), the site is free for the next one.
    RowChange released = reservation(QStringLiteral("r1"), QStringLiteral("team:gz"), QStringLiteral("s1"), QString());
    released.causalLength = 2;
    released.lifeStamp = stamp(2);
    released.cells.clear();
    auto release = sync().push(m_gz, request(m_gz, {ChangeSet{txId(5), {released}}}));
    QVERIFY(release.ok());
    QCOMPARE(release->results.value(0).status, TxResult::Applied);
    auto again = sync().push(
        m_sz, request(m_sz, {ChangeSet{txId(6),
                                       {reservation(QStringLiteral("r2"), QStringLiteral("team:sz"),
                                                    QStringLiteral("s1"), QStringLiteral("深圳组 陈晨"))}}}));
    QVERIFY(again.ok());
    QCOMPARE(again->results.value(0).status, TxResult::Applied);
}

void TestHqStorage::blobChunksInOrderAndVerified()
{
    QByteArray data;
    for (int i = 0; i < 3000; ++i)
        data += char('a' + i % 26);
    const QString name = sha256(data);
    auto empty = sync().blobState(name);
    QVERIFY(empty.ok());
    QVERIFY(!empty->complete);
    QCOMPARE(empty->received, 0);

    auto first = sync().putBlobChunk(name, 0, data.size(), data.left(1000));
    QVERIFY(first.ok());
    QVERIFY(!first->complete);
    QCOMPARE(first->received, 1000);
    QCOMPARE(first->size, data.size());
    // Out of order: refused as Busy, nothing changes; the upload resumes where it stopped.
    auto gap = sync().putBlobChunk(name, 2000, data.size(), data.mid(2000));
    QVERIFY(!gap.ok());
    QCOMPARE(gap.error().code, ErrorCode::Busy);
    QCOMPARE(sync().blobState(name)->received, 1000);
    auto notYet = sync().blob(name);
    QVERIFY(!notYet.ok());
    QCOMPARE(notYet.error().code, ErrorCode::NotFound);
    // Another total than the upload announced.
    auto otherTotal = sync().putBlobChunk(name, 1000, data.size() + 1, data.mid(1000, 1000));
    QVERIFY(!otherTotal.ok());
    QCOMPARE(sync().blobState(name)->received, 1000);

    QCOMPARE(sync().putBlobChunk(name, 1000, data.size(), data.mid(1000, 1000))->received, 2000);
    auto last = sync().putBlobChunk(name, 2000, data.size(), data.mid(2000));
    QVERIFY(last.ok());
    QVERIFY(last->complete);
    QCOMPARE(last->size, data.size());
    QCOMPARE(sync().blob(name).value(), data);
    auto range = sync().blobRange(name, 990, 20);
    QVERIFY(range.ok());
    QCOMPARE(range->total, data.size());
    QCOMPARE(range->offset, 990);
    QCOMPARE(range->bytes, data.mid(990, 20));
    QCOMPARE(sync().blobRange(name, 2990, 100)->bytes, data.mid(2990));
    QVERIFY(sync().blobRange(name, 3000, 10)->bytes.isEmpty());
    // Stored once: another upload of it is a no-op that reports it complete.
    auto twice = sync().putBlobChunk(name, 0, data.size(), data.left(10));
    QVERIFY(twice.ok());
    QVERIFY(twice->complete);
    QCOMPARE(sync().blob(name).value(), data);

    // Bytes that do not match their name are discarded when the last one arrives.
    const QString liar = sha256("something else");
    QVERIFY(sync().putBlobChunk(liar, 0, 8, "abcd").ok());
    auto wrong = sync().putBlobChunk(liar, 4, 8, "efgh");
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::Invalid);
    QVERIFY(!sync().blobState(liar)->complete);
    QCOMPARE(sync().blobState(liar)->received, 0);
    QVERIFY(!sync().blob(liar).ok());
}

void TestHqStorage::blobRefusesBadNamesAndRanges()
{
    for (const QString& bad : {QStringLiteral("abc"), QStringLiteral("../etc/passwd"), sha256("x").toUpper()}) {
        QCOMPARE(sync().blobState(bad).error().code, ErrorCode::Invalid);
        QVERIFY(!sync().putBlobChunk(bad, 0, 1, "x").ok());
        QVERIFY(!sync().blob(bad).ok());
    }
    const QString name = sha256("hello");
    QVERIFY(!sync().putBlobChunk(name, 0, 0, {}).ok());       // empty total
    QVERIFY(!sync().putBlobChunk(name, -1, 5, "hello").ok()); // negative offset
    QVERIFY(!sync().putBlobChunk(name, 0, 3, "hello").ok());  // past the total
    QCOMPARE(sync().blobState(name)->received, 0);
    QVERIFY(sync().putBlobChunk(name, 0, 5, "hello")->complete); // a one-chunk upload
    QCOMPARE(sync().blob(name).value(), QByteArray("hello"));
}

void TestHqStorage::teamsAndUsers()
{
    const qint64 now = m_clock.wallMs();
    const qint64 firstDeviceAt = now - 2; // init() enrolled three devices 1 ms apart
    QCOMPARE(accounts().addTeam(QStringLiteral("gz"), QStringLiteral("又一个"), now).error().code,
             ErrorCode::AlreadyExists);
    QCOMPARE(accounts().addTeam(QStringLiteral("Bad Id"), QStringLiteral("坏"), now).error().code, ErrorCode::Invalid);
    QCOMPARE(accounts().addTeam(QStringLiteral("dg"), QStringLiteral("  "), now).error().code, ErrorCode::Invalid);
    QCOMPARE(accounts()
                 .addUser(QStringLiteral("x"), {}, QStringLiteral("nowhere"), Role::Officer, "long-enough-pw", now)
                 .error()
                 .code,
             ErrorCode::NotFound);
    QCOMPARE(
        accounts().addUser(QStringLiteral("x"), {}, QStringLiteral("gz"), Role::Officer, "short", now).error().code,
        ErrorCode::Invalid);
    QCOMPARE(accounts()
                 .addUser(QStringLiteral("gz-li"), {}, QStringLiteral("gz"), Role::Officer, "long-enough-pw", now)
                 .error()
                 .code,
             ErrorCode::AlreadyExists);
    // The password is kept only as its hash, which verifies.
    auto candidate = accounts().loginCandidate(QStringLiteral("gz-li"));
    QVERIFY(candidate.ok());
    QVERIFY(candidate->exists);
    QVERIFY(!candidate->disabled);
    QVERIFY(!candidate->hash.contains(kPassword));
    PasswordHasher hasher;
    QVERIFY(hasher.verify(candidate->hash, kPassword, nullptr));
    QVERIFY(!hasher.verify(candidate->hash, "wrong-password", nullptr));
    QVERIFY(!accounts().loginCandidate(QStringLiteral("nobody"))->exists);
    // Provisioned principals carry the account's team and role.
    QCOMPARE(m_gz.account, QStringLiteral("gz-li"));
    QCOMPARE(m_gz.displayName, QStringLiteral("李敏"));
    QCOMPARE(m_gz.team, QStringLiteral("gz"));
    QCOMPARE(m_gz.role, Role::Officer);
    QCOMPARE(m_analyst.role, Role::Analyst);
    QVERIFY(!m_gz.device.isEmpty());
    QVERIFY(m_gz.device != m_sz.device);
    QCOMPARE(accounts().provisionDevice(QStringLiteral("nobody"), QStringLiteral("x")).error().code,
             ErrorCode::NotFound);
    auto devices = accounts().devices();
    QVERIFY(devices.ok());
    QCOMPARE(devices->size(), 3);
    QCOMPARE(devices->at(0).id, m_gz.device);
    QCOMPARE(devices->at(0).account, QStringLiteral("gz-li"));
    QCOMPARE(devices->at(0).team, QStringLiteral("gz"));
    QCOMPARE(devices->at(0).label, QStringLiteral("laptop"));
    QCOMPARE(devices->at(0).createdAt, firstDeviceAt);
    QCOMPARE(devices->at(2).id, m_analyst.device);
    QVERIFY(!devices->at(0).revoked);
}

void TestHqStorage::loginLockOut()
{
    const QString user = QStringLiteral("gz-li");
    qint64 retryAfter = 0;
    Denial denial = Denial::None;
    for (int i = 0; i < AccountStorage::kFreeFailures; ++i) {
        auto attempt = accounts().finishLogin(user, false, QStringLiteral("笔记本"), QStringLiteral("10.0.0.9"),
                                              &retryAfter, &denial);
        QVERIFY(!attempt.ok());
        QCOMPARE(denial, Denial::BadCredentials);
    }
    auto locking = accounts().finishLogin(user, false, {}, QStringLiteral("10.0.0.9"), &retryAfter, &denial);
    QVERIFY(!locking.ok());
    QCOMPARE(denial, Denial::LockedOut);
    QCOMPARE(retryAfter, 30'000);
    QCOMPARE(accounts().loginCandidate(user)->lockedUntil, m_clock.wallMs() + 30'000);
    // While locked out even the right password is refused.
    m_clock.advance(29'000);
    auto early = accounts().finishLogin(user, true, {}, {}, &retryAfter, &denial);
    QVERIFY(!early.ok());
    QCOMPARE(denial, Denial::LockedOut);
    QCOMPARE(retryAfter, 1000);
    m_clock.advance(1001);
    // The next failure doubles the lock-out.
    QVERIFY(!accounts().finishLogin(user, false, {}, {}, &retryAfter, &denial).ok());
    QCOMPARE(denial, Denial::LockedOut);
    QCOMPARE(retryAfter, 60'000);
    m_clock.advance(60'001);
    auto ok =
        accounts().finishLogin(user, true, QStringLiteral("新电脑"), QStringLiteral("10.0.0.9"), &retryAfter, &denial);
    QVERIFY(ok.ok());
    QCOMPARE(denial, Denial::None);
    QCOMPARE(ok->principal.account, user);
    QCOMPARE(ok->principal.team, QStringLiteral("gz"));
    QVERIFY(!ok->tokens.access.isEmpty());
    QVERIFY(ok->tokens.access != ok->tokens.refresh);
    QCOMPARE(ok->tokens.accessExpiresInS, AccountStorage::kAccessLifetimeMs / 1000);
    QCOMPARE(accounts().authenticate(ok->tokens.access, &denial)->device, ok->principal.device);
    // Success clears the count: one more failure is not a lock-out.
    QVERIFY(!accounts().finishLogin(user, false, {}, {}, &retryAfter, &denial).ok());
    QCOMPARE(denial, Denial::BadCredentials);
    QVERIFY(!accounts().finishLogin(QStringLiteral("nobody"), true, {}, {}, &retryAfter, &denial).ok());
    QCOMPARE(denial, Denial::BadCredentials);
    QCOMPARE(accounts().devices()->size(), 4);
}

void TestHqStorage::tokensRefreshSingleUse()
{
    auto e = accounts().provisionDevice(QStringLiteral("gz-li"), QStringLiteral("平板"));
    QVERIFY(e.ok());
    Denial denial = Denial::BadCredentials;
    auto who = accounts().authenticate(e->tokens.access, &denial);
    QVERIFY(who.ok());
    QCOMPARE(denial, Denial::None);
    QCOMPARE(who->device, e->principal.device);
    QCOMPARE(who->account, QStringLiteral("gz-li"));
    // The team as people call it travels with the principal (the laptop shows it).
    QCOMPARE(e->principal.teamName, QStringLiteral("广州组"));
    QCOMPARE(who->teamName, QStringLiteral("广州组"));
    // Tokens are not interchangeable, and unknown ones are refused.
    QVERIFY(!accounts().authenticate(e->tokens.refresh, &denial).ok());
    QCOMPARE(denial, Denial::BadCredentials);
    QVERIFY(!accounts().authenticate("not-a-token", &denial).ok());
    QCOMPARE(denial, Denial::BadCredentials);
    QVERIFY(!accounts().refresh(e->tokens.access, {}, &denial).ok());
    QCOMPARE(denial, Denial::BadCredentials);

    auto next = accounts().refresh(e->tokens.refresh, QStringLiteral("10.0.0.9"), &denial);
    QVERIFY(next.ok());
    QCOMPARE(denial, Denial::None);
    QVERIFY(next->access != e->tokens.access);
    QVERIFY(next->refresh != e->tokens.refresh);
    QCOMPARE(accounts().authenticate(next->access, &denial)->device, e->principal.device);
    // The used refresh token presented again: the device is revoked, its newest tokens die with it.
    auto reuse = accounts().refresh(e->tokens.refresh, QStringLiteral("10.6.6.6"), &denial);
    QVERIFY(!reuse.ok());
    QCOMPARE(denial, Denial::Revoked);
    QVERIFY(!accounts().authenticate(next->access, &denial).ok());
    QCOMPARE(denial, Denial::Revoked);
    QVERIFY(!accounts().refresh(next->refresh, {}, &denial).ok());
    QVERIFY(denial != Denial::None);
    // Other devices of the same account are untouched.
    auto other = accounts().provisionDevice(QStringLiteral("gz-li"), QStringLiteral("台式机"));
    QVERIFY(other.ok());
    QVERIFY(accounts().authenticate(other->tokens.access, &denial).ok());
}

void TestHqStorage::tokensExpire()
{
    auto e = accounts().provisionDevice(QStringLiteral("sz-wu"), QStringLiteral("笔记本"));
    QVERIFY(e.ok());
    Denial denial = Denial::None;
    m_clock.advance(AccountStorage::kAccessLifetimeMs - 1);
    QVERIFY(accounts().authenticate(e->tokens.access, &denial).ok());
    m_clock.advance(2);
    QVERIFY(!accounts().authenticate(e->tokens.access, &denial).ok());
    QCOMPARE(denial, Denial::Expired);
    auto fresh = accounts().refresh(e->tokens.refresh, {}, &denial);
    QVERIFY(fresh.ok());
    QVERIFY(accounts().authenticate(fresh->access, &denial).ok());
    m_clock.advance(AccountStorage::kRefreshLifetimeMs + 1);
    QVERIFY(!accounts().refresh(fresh->refresh, {}, &denial).ok());
    QCOMPARE(denial, Denial::Expired);
}

void TestHqStorage::revokeWipeAndDisable()
{
    auto laptop = accounts().provisionDevice(QStringLiteral("gz-li"), QStringLiteral("丢失的电脑"));
    auto desk = accounts().provisionDevice(QStringLiteral("sz-wu"), QStringLiteral("台式机"));
    QVERIFY(laptop.ok());
    QVERIFY(desk.ok());
    const qint64 now = m_clock.wallMs();
    QVERIFY(accounts().revokeDevice(laptop->principal.device, true, now).ok());
    Denial denial = Denial::None;
    QVERIFY(!accounts().authenticate(laptop->tokens.access, &denial).ok());
    QCOMPARE(denial, Denial::Wipe);
    QVERIFY(!accounts().refresh(laptop->tokens.refresh, {}, &denial).ok());
    QVERIFY(denial != Denial::None);
    QCOMPARE(accounts().revokeDevice(QStringLiteral("no-such-device"), false, now).error().code, ErrorCode::NotFound);
    bool listed = false;
    const auto devices = accounts().devices();
    QVERIFY(devices.ok());
    for (const DeviceInfo& d : devices.value()) {
        if (d.id != laptop->principal.device)
            continue;
        listed = true;
        QVERIFY(d.revoked);
        QVERIFY(d.wipe);
    }
    QVERIFY(listed);

    QVERIFY(accounts().setUserDisabled(QStringLiteral("sz-wu"), true, now).ok());
    QVERIFY(accounts().loginCandidate(QStringLiteral("sz-wu"))->disabled);
    QVERIFY(!accounts().authenticate(desk->tokens.access, &denial).ok());
    QCOMPARE(denial, Denial::Disabled);
    qint64 retryAfter = 0;
    QVERIFY(!accounts().finishLogin(QStringLiteral("sz-wu"), true, {}, {}, &retryAfter, &denial).ok());
    QCOMPARE(denial, Denial::Disabled);
    QVERIFY(accounts().setUserDisabled(QStringLiteral("sz-wu"), false, now).ok());
    QVERIFY(accounts().authenticate(desk->tokens.access, &denial).ok());
    QCOMPARE(accounts().setUserDisabled(QStringLiteral("nobody"), true, now).error().code, ErrorCode::NotFound);
}

// A lost laptop comes back long after its access token expired, maybe after its refresh token did too: whichever
// token it presents, used or not, it is told to wipe.
void TestHqStorage::wipeIsToldOnAnyTokenOfTheDevice()
{
    auto laptop = accounts().provisionDevice(QStringLiteral("gz-li"), QStringLiteral("丢失的电脑"));
    QVERIFY(laptop.ok());
    Denial denial = Denial::None;
    auto renewed = accounts().refresh(laptop->tokens.refresh, {}, &denial);
    QVERIFY(renewed.ok());
    QVERIFY(accounts().revokeDevice(laptop->principal.device, true, m_clock.wallMs()).ok());
    m_clock.advance(AccountStorage::kAccessLifetimeMs + 1);
    QVERIFY(!accounts().authenticate(renewed->access, &denial).ok());
    QCOMPARE(denial, Denial::Wipe);
    QVERIFY(!accounts().refresh(renewed->refresh, {}, &denial).ok());
    QCOMPARE(denial, Denial::Wipe);
    QVERIFY(!accounts().refresh(laptop->tokens.refresh, {}, &denial).ok()); // the used one
    QCOMPARE(denial, Denial::Wipe);
    m_clock.advance(AccountStorage::kRefreshLifetimeMs + 1);
    QVERIFY(!accounts().refresh(renewed->refresh, {}, &denial).ok());
    QCOMPARE(denial, Denial::Wipe);
    // Revoked without wipe: told so, not "unknown token".
    auto desk = accounts().provisionDevice(QStringLiteral("sz-wu"), QStringLiteral("台式机"));
    QVERIFY(desk.ok());
    QVERIFY(accounts().revokeDevice(desk->principal.device, false, m_clock.wallMs()).ok());
    m_clock.advance(AccountStorage::kAccessLifetimeMs + 1);
    QVERIFY(!accounts().refresh(desk->tokens.refresh, {}, &denial).ok());
    QCOMPARE(denial, Denial::Revoked);
}

// Whether a name exists must not show in the answers: failures for an unknown name lock out exactly as an account's.
void TestHqStorage::unknownNamesLockOutAlike()
{
    for (const QString& name : {QStringLiteral("gz-li"), QStringLiteral("no-such-officer")}) {
        qint64 retryAfter = 0;
        Denial denial = Denial::None;
        QList<Denial> seen;
        for (int i = 0; i <= AccountStorage::kFreeFailures; ++i) {
            QVERIFY(!accounts().finishLogin(name, false, {}, {}, &retryAfter, &denial).ok());
            seen << denial;
        }
        QCOMPARE(seen.last(), Denial::LockedOut);
        QCOMPARE(retryAfter, 30'000);
        QCOMPARE(seen.count(Denial::BadCredentials), AccountStorage::kFreeFailures);
        QCOMPARE(accounts().loginCandidate(name)->lockedUntil, m_clock.wallMs() + 30'000);
    }
}

// A page ends before the row that would take it past its bound; a row larger than the bound goes alone.
void TestHqStorage::pagesNeverCrossTheirBound()
{
    QList<ChangeSet> sets;
    for (int i = 0; i < 40; ++i) {
        RowChange r = row(QStringLiteral("company"), QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0')),
                          QStringLiteral("city"), QString(i == 7 ? 30'000 : 3'000, QLatin1Char('x')), stamp());
        sets << ChangeSet{txId(i + 1), {r}};
    }
    auto pushed = sync().push(m_gz, request(m_gz, sets));
    QVERIFY(pushed.ok());
    const qsizetype bound = 16 * 1024;
    qint64 cursor = 0;
    int total = 0;
    bool lone = false;
    for (bool more = true; more;) {
        int rows = 0;
        auto page = sync().pull(m_sz, cursor, 5000, &rows, bound);
        QVERIFY(page.ok());
        auto decoded = WireCodec::decodePull(page.value());
        QVERIFY(decoded.ok());
        QVERIFY(rows >= 1);
        if (page->size() > bound) { // only a row that is alone larger than the bound
            QCOMPARE(rows, 1);
            lone = true;
        }
        QVERIFY2(page->size() <= qMax<qsizetype>(bound, 30'000 + 200) + 64,
                 QByteArray::number(page->size()).constData());
        total += rows;
        cursor = decoded->nextCursor;
        more = decoded->hasMore;
    }
    QCOMPARE(total, 40);
    QVERIFY(lone);
}

// A row whose cells, merged with HQ's copy, exceed the row limit could never be served: its transaction is refused.
void TestHqStorage::rowsOverTheRowLimitAreRefused()
{
    const QString wide(200'000, QChar(0x5BBD)); // 宽: 600,000 bytes in UTF-8, within the cell limit
    RowChange grows = row(QStringLiteral("company"), QStringLiteral("grows"), QStringLiteral("city"), wide, stamp());
    auto first = sync().push(m_gz, request(m_gz, {ChangeSet{txId(1), {grows}}}));
    QVERIFY(first.ok());
    QCOMPARE(first->results.value(0).status, TxResult::Applied);
    m_clock.advance(1);
    RowChange more = grows;
    more.cells = {Cell{QStringLiteral("notes"), QCborValue(wide), stamp()}};
    RowChange fine =
        row(QStringLiteral("company"), QStringLiteral("fine"), QStringLiteral("city"), QStringLiteral("好"), stamp());
    auto second = sync().push(m_gz, request(m_gz, {ChangeSet{txId(2), {more}}, ChangeSet{txId(3), {fine}}}));
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
    QCOMPARE(second->results.value(0).status, TxResult::Refused);
    QVERIFY(!second->results.value(0).reason.isEmpty());
    QCOMPARE(second->results.value(1).status, TxResult::Applied);
    // The same column again, no larger: a merge keeps one value per column, so it fits and is applied.
    RowChange same = grows;
    same.cells = {Cell{QStringLiteral("name"), QCborValue(wide), stamp(1)}};
    auto third = sync().push(m_gz, request(m_gz, {ChangeSet{txId(4), {same}}}));
    QVERIFY(third.ok());
    QCOMPARE(third->results.value(0).status, TxResult::Applied);
}

void TestHqStorage::auditLogIsAppendOnlyAndOrdered()
{
    auto before = accounts().auditLog(1000);
    QVERIFY(before.ok());
    // init(): three teams, three users.
    QCOMPARE(before->size(), 6);
    QCOMPARE(before->at(0).action, QStringLiteral("team.add"));
    QCOMPARE(before->at(0).detail, QStringLiteral("gz"));
    QCOMPARE(before->at(3).action, QStringLiteral("user.add"));
    QCOMPARE(before->at(3).account, QStringLiteral("gz-li"));
    m_clock.advance(5);
    QVERIFY(accounts()
                .audit(m_clock.wallMs(), QStringLiteral("gz-li"), m_gz.device, QStringLiteral("10.0.0.9"),
                       QStringLiteral("push"), QStringLiteral("refused"), QStringLiteral("原因"))
                .ok());
    qint64 retryAfter = 0;
    Denial denial = Denial::None;
    QVERIFY(!accounts()
                 .finishLogin(QStringLiteral("gz-li"), false, {}, QStringLiteral("10.0.0.7"), &retryAfter, &denial)
                 .ok());
    auto after = accounts().auditLog(1000);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 8);
    for (int i = 0; i < before->size(); ++i) { // what was recorded stays as it was
        QCOMPARE(after->at(i).seq, before->at(i).seq);
        QCOMPARE(after->at(i).action, before->at(i).action);
        QCOMPARE(after->at(i).detail, before->at(i).detail);
        QCOMPARE(after->at(i).at, before->at(i).at);
    }
    for (int i = 1; i < after->size(); ++i)
        QVERIFY(after->at(i).seq > after->at(i - 1).seq);
    const AuditEntry& pushed = after->at(6);
    QCOMPARE(pushed.at, m_clock.wallMs());
    QCOMPARE(pushed.account, QStringLiteral("gz-li"));
    QCOMPARE(pushed.device, m_gz.device);
    QCOMPARE(pushed.peer, QStringLiteral("10.0.0.9"));
    QCOMPARE(pushed.action, QStringLiteral("push"));
    QCOMPARE(pushed.outcome, QStringLiteral("refused"));
    QCOMPARE(pushed.detail, QStringLiteral("原因"));
    const AuditEntry& login = after->at(7);
    QCOMPARE(login.action, QStringLiteral("login"));
    QCOMPARE(login.outcome, QStringLiteral("wrong password"));
    QCOMPARE(login.peer, QStringLiteral("10.0.0.7"));
    // The latest `limit`, oldest first.
    auto tail = accounts().auditLog(2);
    QVERIFY(tail.ok());
    QCOMPARE(tail->size(), 2);
    QCOMPARE(tail->at(0).seq, pushed.seq);
    QCOMPARE(tail->at(1).seq, login.seq);
}

QTEST_GUILESS_MAIN(TestHqStorage)
#include "tst_hqstorage.moc"
