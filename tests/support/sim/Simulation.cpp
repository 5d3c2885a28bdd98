#include "tests/support/sim/Simulation.h"

#include "sync/protocol/WireCodec.h"
#include "sync/store/Database.h"
#include "sync/store/Statement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <iterator>

namespace zs::sim {

using sync::ChangeSet;
using sync::PullResponse;
using sync::PushRequest;
using sync::PushResponse;
using sync::RowChange;
using sync::TxResult;
using sync::WireCodec;

namespace {

QString diag(const QCborValue& v)
{
    return v.toDiagnosticNotation(QCborValue::Compact);
}

// One line per row, synced columns only, sorted by id: what "identical replicas" means.
Result<QStringList> dumpTable(Database& db, const sync::TableDef& t)
{
    const QByteArray sql = QStringLiteral("SELECT id, scope, deleted, %1 FROM %2")
                               .arg(t.columns.join(QStringLiteral(", ")), t.name)
                               .toUtf8();
    auto stmt = db.prepare(sql.constData());
    if (!stmt.ok())
        return stmt.error();
    QStringList lines;
    ZS_TRY(stmt->forEachRow([&](const Statement& row) {
        QStringList parts{row.text(0), row.text(1),
                          row.int64(2) != 0 ? QStringLiteral("deleted") : QStringLiteral("alive")};
        for (int i = 0; i < t.columns.size(); ++i)
            parts << t.columns[i] + QLatin1Char('=') + diag(sync::LocalReplica::columnValue(row, i + 3));
        lines << parts.join(QLatin1Char('|'));
    }));
    std::sort(lines.begin(), lines.end());
    return lines;
}

QStringList expectedDump(const QHash<Simulation::Key, RowChange>& rows, const sync::TableDef& t,
                         const std::function<bool(const QString&)>& visible)
{
    QStringList lines;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it.key().first != t.name || !visible(it->scope))
            continue;
        QStringList parts{it->rowId, it->scope, it->isAlive() ? QStringLiteral("alive") : QStringLiteral("deleted")};
        for (const QString& column : t.columns) {
            const sync::Cell* cell = it->cell(column);
            parts << column + QLatin1Char('=') + (cell ? diag(cell->value) : QStringLiteral("<never sent>"));
        }
        lines << parts.join(QLatin1Char('|'));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

// The scope of a dump line (id|scope|life|columns...).
QString scopeOf(const QString& line)
{
    return line.section(QLatin1Char('|'), 1, 1);
}

// The first difference between two dumps, for the failure message.
QString firstDifference(const QStringList& expected, const QStringList& actual)
{
    const QSet<QString> e(expected.cbegin(), expected.cend());
    const QSet<QString> a(actual.cbegin(), actual.cend());
    QStringList out;
    for (const QString& line : expected)
        if (!a.contains(line))
            out << QStringLiteral("  missing/different: ") + line;
    for (const QString& line : actual)
        if (!e.contains(line))
            out << QStringLiteral("  unexpected:        ") + line;
    if (out.size() > 12)
        out = out.mid(0, 12) << QStringLiteral("  …");
    return QStringLiteral("%1 expected rows, %2 actual\n").arg(expected.size()).arg(actual.size()) +
           out.join(QLatin1Char('\n'));
}

// A simulated crash closes the connection; the operating system keeps what was written, so fsync buys nothing here
// and would make the run I/O-bound.
void fastWrites(Database& db)
{
    (void)db.exec("PRAGMA synchronous = OFF");
}

QString quoted(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

SecureBytes passphrase()
{
    return SecureBytes::fromPassphrase(QStringLiteral("Shaoguan-test-2026!x"));
}

QString scratch()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return base + QStringLiteral("/zs-sync-sim-XXXXXX");
}

HqTemplate::HqTemplate()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    auto store = EncryptedStore::create(m_dir.filePath(QStringLiteral("hq.zsdb")), passphrase(), hq::HqStore::schema(),
                                        KdfParams::minimal());
    if (!store.ok()) {
        m_error = store.error().toString();
        return;
    }
    store.value()->close();
}

Simulation::Simulation(Application& app, quint32 seed, const QString& dir, const HqTemplate& hq, Options options)
    : m_app(app)
    , m_seed(seed)
    , m_dir(dir)
    , m_hqTemplate(hq.path())
    , m_options(std::move(options))
    , m_rng(seed)
{
}

Simulation::~Simulation()
{
    tearDown();
}

QString Simulation::run()
{
    if (setUp())
        for (int step = 0; step < m_options.steps && m_failure.isEmpty(); ++step) {
            m_step = step;
            tick();
            const int what = below(100);
            Device& d = *m_devices[size_t(below(int(m_devices.size())))];
            if (step % m_options.checkpointEvery == m_options.checkpointEvery - 1) {
                // A quiet moment: everyone syncs without faults and every invariant must hold. Checked here and not
                // only at the end because a divergence on a busy record heals when it is edited again.
                note(QStringLiteral("all"), QStringLiteral("checkpoint"));
                if (finalSync())
                    checkInvariants();
            } else if (what < 60)
                randomOperation(d);
            else if (what < 92)
                syncRound(d);
            else if (what < 96)
                reopen(d, QStringLiteral("crash between steps"));
            else
                jumpClock(d);
        }
    if (m_failure.isEmpty()) {
        m_step = m_options.steps;
        finalSync();
    }
    if (m_failure.isEmpty())
        checkInvariants();
    if (m_failure.isEmpty() && m_options.resumeCheck)
        checkResumeEqualsOneShot();
    tearDown();
    return m_failure;
}

// ---- randomness and bookkeeping -------------------------------------------------------------------------------

QString Simulation::pick(const QStringList& list)
{
    if (list.isEmpty())
        return {};
    if (chance(50))
        return list[below(qMin(int(list.size()), 3))];
    return list[below(int(list.size()))];
}

QString Simulation::text(const QString& what, const Device& device)
{
    return QStringLiteral("%1 %2 #%3").arg(what, device.label).arg(++m_counter);
}

void Simulation::note(const QString& who, const QString& what)
{
    m_log << QStringLiteral("[%1] %2: %3").arg(m_step, 3).arg(who, what);
}

bool Simulation::fail(const QString& what)
{
    if (m_failure.isEmpty())
        m_failure = QStringLiteral("step %1: %2").arg(m_step).arg(what);
    return false;
}

QStringList Simulation::column(Device& device, const char* sql, const QString& arg)
{
    QStringList out;
    auto stmt = device.db().prepare(sql);
    if (!ok(stmt, QString::fromUtf8(sql)))
        return out;
    if (!arg.isNull())
        stmt->bind(1, arg);
    for (;;) {
        auto row = stmt->step();
        if (!ok(row, QString::fromUtf8(sql)) || !row.value())
            return out;
        out << stmt->text(0);
    }
}

// ---- set-up ---------------------------------------------------------------------------------------------------

bool Simulation::setUp()
{
    // HQ: a copy of the template store (made once per process: creating a store wraps its key).
    for (const QString& name : QDir(m_hqTemplate).entryList(QDir::Files))
        if (!QFile::copy(m_hqTemplate + QLatin1Char('/') + name, m_dir + QLatin1Char('/') + name))
            return fail(QStringLiteral("cannot copy HQ template ") + name);
    auto store = EncryptedStore::open(m_dir + QStringLiteral("/hq.zsdb"), passphrase(), hq::HqStore::schema());
    if (!ok(store, QStringLiteral("open HQ")))
        return false;
    m_hqStore = std::move(store.value());
    fastWrites(m_hqStore->db());
    m_hq = std::make_unique<hq::HqStore>(m_hqStore->db(), m_hqClock, m_app.schema());
    m_reader.account = QStringLiteral("reader");
    m_reader.team = QStringLiteral("hq");
    m_reader.device = QStringLiteral("device-reader");
    m_reader.role = hq::Role::Analyst;
    if (!m_app.schema().readsAll(m_reader.actor()))
        return fail(QStringLiteral("the schema has no analyst role reading every scope"));

    for (const DeviceSpec& spec : std::as_const(m_options.devices)) {
        auto device = std::make_unique<Device>();
        if (!addDevice(*device, spec))
            return false;
        // Clocks: most are a little off, some well behind; none beyond HQ's horizon ahead (an upload made before
        // the laptop learnt HQ's time would be refused and stay quarantined: by design, not a divergence).
        const int kind = below(4);
        const qint64 skew = kind == 0 ? 0 : kind == 1 ? below(int(kMaxAheadMs)) : -below(int(kMaxBehindMs));
        setSkew(*device, skew);
        m_devices.push_back(std::move(device));
    }
    return true;
}

bool Simulation::addDevice(Device& d, const DeviceSpec& spec)
{
    // As HQ enrols it (AccountStorage::provisionDevice), without the account: HqStore only sees the principal.
    const auto role = hq::roleFromName(spec.role);
    if (!role)
        return fail(QStringLiteral("unknown role ") + spec.role);
    if (d.label.isEmpty())
        d.label = spec.label;
    d.who.account = spec.account;
    d.who.displayName = spec.account;
    d.who.team = spec.team;
    d.who.teamName = spec.team;
    d.who.device = QStringLiteral("device-") + d.label;
    d.who.role = *role;
    d.path = m_dir + QStringLiteral("/client-") + d.label + QStringLiteral(".zsdb");
    auto store = m_app.create(d.path);
    if (!ok(store, QStringLiteral("create store ") + d.label))
        return false;
    d.store = std::move(store.value());
    if (!ok(m_app.enrolled(d), QStringLiteral("enrolled ") + d.label))
        return false;
    d.scopes = m_app.schema().readScopes(d.who.actor());
    d.readsAll = m_app.schema().readsAll(d.who.actor());
    d.scopeCheck.clear();
    if (!d.readsAll) {
        QStringList in;
        for (const QString& s : std::as_const(d.scopes))
            in << quoted(s);
        QStringList counts;
        for (const sync::TableDef& t : m_app.schema().tables())
            counts << QStringLiteral("(SELECT count(*) FROM %1 WHERE scope NOT IN (%2))")
                          .arg(t.name, in.join(QLatin1Char(',')));
        d.scopeCheck = (QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + "))).toUtf8();
    }
    return openReplica(d);
}

bool Simulation::openReplica(Device& d)
{
    fastWrites(d.db());
    d.replica = m_app.replica(d.db(), d.clock);
    return d.replica != nullptr || fail(QStringLiteral("no replica for ") + d.label);
}

void Simulation::tearDown()
{
    for (auto& d : m_devices) {
        d->replica.reset();
        d->store.reset();
    }
    m_hq.reset();
    m_hqStore.reset();
}

// ---- time and crashes -----------------------------------------------------------------------------------------

void Simulation::tick()
{
    const qint64 ms = chance(5) ? 60'000 + below(600'000) : 1 + below(4000);
    m_hqClock.advance(ms);
    for (auto& d : m_devices)
        d->clock.advance(ms);
}

void Simulation::setSkew(Device& d, qint64 skew)
{
    d.clock.advance(skew - d.skewMs);
    d.skewMs = skew;
}

void Simulation::jumpClock(Device& d)
{
    const qint64 skew = chance(50) ? -below(int(kMaxBehindMs)) : below(int(kMaxAheadMs));
    note(d.label, QStringLiteral("clock jumps from %1 s to %2 s off HQ").arg(d.skewMs / 1000).arg(skew / 1000));
    setSkew(d, skew);
}

bool Simulation::reopen(Device& d, const QString& why)
{
    note(d.label, why + QStringLiteral(" (store closed and reopened)"));
    d.replica.reset();
    d.store.reset();
    auto store = m_app.open(d.path);
    if (!ok(store, QStringLiteral("reopen ") + d.label))
        return false;
    d.store = std::move(store.value());
    return openReplica(d);
}

// ---- what users do --------------------------------------------------------------------------------------------

bool Simulation::randomOperation(Device& d)
{
    ++m_operations;
    return m_app.operate(*this, d);
}

bool Simulation::editWhileSyncing(Device& d)
{
    note(d.label, QStringLiteral("edits while syncing:"));
    ++m_operations;
    return m_app.editWhileSyncing(*this, d);
}

bool Simulation::editArrivingRow(Device& d, const PullResponse& page)
{
    auto me = d.replica->node();
    if (!ok(me, QStringLiteral("node")))
        return false;
    QList<const RowChange*> candidates;
    for (const RowChange& row : page.rows) {
        if (!m_app.editable(d, row))
            continue;
        // Rows last written elsewhere: the echo of this device's own upload is no news.
        sync::Stamp newest = row.lifeStamp;
        for (const sync::Cell& cell : row.cells)
            newest = qMax(newest, cell.stamp);
        if (newest.node != me.value())
            candidates << &row;
    }
    if (candidates.isEmpty())
        return true;
    const RowChange& row = *candidates[below(int(candidates.size()))];
    const QByteArray sql = QStringLiteral("SELECT deleted FROM %1 WHERE id = ?1").arg(row.table).toUtf8();
    auto stmt = d.db().prepare(sql.constData());
    if (!ok(stmt, QStringLiteral("look up arriving row")))
        return false;
    stmt->bind(1, row.rowId);
    auto found = stmt->step();
    if (!ok(found, QStringLiteral("look up arriving row")))
        return false;
    if (!found.value())
        return true; // new here: nothing to edit yet
    const bool deleted = stmt->int64(0) != 0;
    note(d.label, QStringLiteral("edits a row whose newer version is arriving:"));
    ++m_operations;
    if (deleted || chance(20))
        return m_app.setDeleted(*this, d, row.table, row.rowId, !deleted);
    return m_app.editRow(*this, d, row.table, row.rowId);
}

// ---- the faulty transport -------------------------------------------------------------------------------------

// HQ's side of POST /v1/push: strict decoding (a truncated body is a 400), then HqStore::push. Bookkeeping for the
// invariants: what HQ applied feeds the reference merge; a replay must be answered Replayed.
bool Simulation::hqPush(const hq::Principal& who, const QByteArray& body, QByteArray* reply)
{
    auto request = WireCodec::decodePush(body);
    if (!request.ok()) {
        note(QStringLiteral("HQ"), QStringLiteral("push refused, 400: ") + request.error().message);
        return false;
    }
    auto response = m_hq->push(who, request.value());
    if (!ok(response, QStringLiteral("HQ push")))
        return false;
    if (response->results.size() != request->transactions.size())
        return fail(QStringLiteral("HQ answered %1 of %2 transactions")
                        .arg(response->results.size())
                        .arg(request->transactions.size()));
    int applied = 0;
    int replayed = 0;
    for (int i = 0; i < response->results.size(); ++i) {
        const TxResult& result = response->results[i];
        const ChangeSet& set = request->transactions[i];
        if (result.txId != set.txId)
            return fail(QStringLiteral("HQ answered out of order"));
        const QString key = who.device + QLatin1Char('/') + QString::fromLatin1(set.txId.toHex());
        switch (result.status) {
        case TxResult::Applied:
            if (m_hqApplied.contains(key))
                return fail(QStringLiteral("HQ applied transaction %1 twice").arg(key));
            m_hqApplied.insert(key);
            for (const RowChange& row : set.rows)
                m_reference.apply(row);
            ++applied;
            break;
        case TxResult::Replayed:
            if (!m_hqApplied.contains(key))
                return fail(QStringLiteral("HQ called transaction %1 a replay but never applied it").arg(key));
            ++replayed;
            ++m_replays;
            break;
        case TxResult::Refused:
            return fail(QStringLiteral("HQ refused a transaction no rule forbids: ") + result.reason);
        }
    }
    note(QStringLiteral("HQ"), QStringLiteral("push from %1: %2 applied, %3 replayed")
                                   .arg(deviceLabel(who.device))
                                   .arg(applied)
                                   .arg(replayed));
    *reply = WireCodec::encode(response.value());
    return true;
}

QString Simulation::deviceLabel(const QString& device) const
{
    for (const auto& d : m_devices)
        if (d->who.device == device)
            return d->label;
    return device;
}

Simulation::PushFault Simulation::pushFault()
{
    return pickFault({{55, PushFault::None},
                      {62, PushFault::DropRequest},
                      {72, PushFault::DropResponse},
                      {80, PushFault::Duplicate},
                      {85, PushFault::TruncateRequest},
                      {90, PushFault::TruncateResponse},
                      {95, PushFault::CrashBeforeAck}},
                     PushFault::CrashBeforeSend);
}

QString Simulation::faultName(PushFault fault)
{
    switch (fault) {
    case PushFault::None:
        return QStringLiteral("delivered");
    case PushFault::DropRequest:
        return QStringLiteral("request will be lost");
    case PushFault::DropResponse:
        return QStringLiteral("response will be lost");
    case PushFault::Duplicate:
        return QStringLiteral("delivered twice");
    case PushFault::TruncateRequest:
        return QStringLiteral("request will be truncated");
    case PushFault::TruncateResponse:
        return QStringLiteral("response will be truncated");
    case PushFault::CrashBeforeAck:
        return QStringLiteral("client will crash before recording the answer");
    case PushFault::CrashBeforeSend:
        return QStringLiteral("client will crash before sending");
    }
    return {};
}

bool Simulation::pushOnce(Device& d, bool faulty, bool* sent)
{
    if (sent)
        *sent = false;
    auto prepared = d.replica->preparePush();
    if (!ok(prepared, d.label + QStringLiteral(" preparePush")))
        return false;
    auto request = d.replica->pendingPush(d.who.device, hq::HqStore::kSyncSchema);
    if (!ok(request, d.label + QStringLiteral(" pendingPush")))
        return false;
    if (request->transactions.isEmpty())
        return true;
    if (sent)
        *sent = true;
    const PushFault fault = faulty ? pushFault() : PushFault::None;
    note(d.label, QStringLiteral("push %1 transactions%2")
                      .arg(request->transactions.size())
                      .arg(fault == PushFault::None ? QString() : QStringLiteral(" (%1)").arg(faultName(fault))));
    if (fault == PushFault::CrashBeforeSend)
        return reopen(d, QStringLiteral("crash before the upload left"));
    if (fault == PushFault::DropRequest) {
        note(d.label, QStringLiteral("request lost: outbox kept"));
        return true;
    }
    QByteArray body = WireCodec::encode(request.value());
    if (fault == PushFault::TruncateRequest)
        body = truncated(body);
    QByteArray reply;
    if (!hqPush(d.who, body, &reply))
        return m_failure.isEmpty(); // HQ said 400: the client reports an error and keeps everything
    if (fault == PushFault::Duplicate) {
        QByteArray again;
        if (!hqPush(d.who, body, &again))
            return false;
        auto second = WireCodec::decodePushResponse(again);
        if (!ok(second, QStringLiteral("decode replay answer")))
            return false;
        for (const TxResult& r : second->results)
            if (r.status != TxResult::Replayed)
                return fail(QStringLiteral("a duplicated upload was not answered Replayed"));
    }
    if (fault == PushFault::DropResponse) {
        note(d.label, QStringLiteral("response lost: will resend"));
        return true;
    }
    if (fault == PushFault::TruncateResponse)
        reply = truncated(reply);
    auto response = WireCodec::decodePushResponse(reply);
    if (!response.ok()) {
        note(d.label, QStringLiteral("response unreadable: ") + response.error().message);
        return true;
    }
    if (fault == PushFault::CrashBeforeAck)
        return reopen(d, QStringLiteral("crash before the answer was recorded"));
    auto outcome = d.replica->acknowledge(response.value());
    if (!ok(outcome, d.label + QStringLiteral(" acknowledge")))
        return false;
    for (const TxResult& r : response->results) {
        if (r.status == TxResult::Refused)
            continue;
        for (const ChangeSet& set : request->transactions)
            if (set.txId == r.txId)
                m_acked << set;
    }
    return true;
}

Simulation::PullFault Simulation::pullFault()
{
    return pickFault({{58, PullFault::None},
                      {64, PullFault::Drop},
                      {70, PullFault::Truncate},
                      {80, PullFault::Duplicate},
                      {90, PullFault::Stale},
                      {96, PullFault::CrashAfter}},
                     PullFault::Abandon);
}

bool Simulation::applyPage(Device& d, const PullResponse& page, const QString& what)
{
    auto applied = d.replica->applyPage(page);
    if (!ok(applied, d.label + QStringLiteral(" applyPage")))
        return false;
    note(d.label, QStringLiteral("%1: %2 rows, cursor %3%4, %5 conflicts, %6 skipped")
                      .arg(what)
                      .arg(page.rows.size())
                      .arg(page.nextCursor)
                      .arg(page.hasMore ? QStringLiteral("+") : QString())
                      .arg(applied->conflicts)
                      .arg(applied->skipped));
    if (applied->skipped != 0)
        return fail(d.label + QStringLiteral(" could not store %1 of HQ's rows").arg(applied->skipped));
    return checkScopes(d);
}

bool Simulation::pullPage(Device& d, int limit, bool* more)
{
    auto cursor = d.replica->cursor();
    if (!ok(cursor, QStringLiteral("cursor")))
        return false;
    auto body = m_hq->pull(d.who, cursor.value(), limit);
    if (!ok(body, QStringLiteral("HQ pull")))
        return false;
    auto page = WireCodec::decodePull(body.value());
    if (!ok(page, QStringLiteral("decode")))
        return false;
    *more = page->hasMore;
    return applyPage(d, page.value(), QStringLiteral("one page after %1").arg(cursor.value()));
}

bool Simulation::pullAll(Device& d, bool faulty, int limit, bool interrupted)
{
    if (limit <= 0)
        limit = m_options.pageSize;
    for (int guard = 0; guard < 10000; ++guard) {
        auto cursor = d.replica->cursor();
        if (!ok(cursor, QStringLiteral("cursor")))
            return false;
        auto body = m_hq->pull(d.who, cursor.value(), limit);
        if (!ok(body, QStringLiteral("HQ pull")))
            return false;
        const PullFault fault = faulty ? pullFault() : PullFault::None;
        if (fault == PullFault::Drop) {
            note(d.label, QStringLiteral("page after %1 lost").arg(cursor.value()));
            return true;
        }
        QByteArray bytes = body.value();
        if (fault == PullFault::Truncate)
            bytes = truncated(bytes);
        auto page = WireCodec::decodePull(bytes);
        if (!page.ok()) {
            if (fault == PullFault::Truncate) {
                note(d.label, QStringLiteral("page unreadable: ") + page.error().message);
                return true;
            }
            return fail(QStringLiteral("HQ's page does not decode: ") + page.error().toString());
        }
        if (faulty && !d.readOnly && chance(25) && !editArrivingRow(d, page.value()))
            return false;
        if (!applyPage(d, page.value(), QStringLiteral("page after %1").arg(cursor.value())))
            return false;
        if (fault == PullFault::Duplicate && !applyPage(d, page.value(), QStringLiteral("same page again")))
            return false;
        if (fault == PullFault::Stale && !d.pages.isEmpty()) {
            auto old = WireCodec::decodePull(d.pages[below(int(d.pages.size()))]);
            if (!ok(old, QStringLiteral("decode old page")) || !applyPage(d, old.value(), QStringLiteral("stale page")))
                return false;
        }
        d.pages << body.value();
        if (d.pages.size() > 8)
            d.pages.removeFirst();
        if (faulty && !d.readOnly && page->hasMore && chance(15) && !editWhileSyncing(d))
            return false;
        if (fault == PullFault::CrashAfter || (interrupted && chance(35)))
            if (!reopen(d, QStringLiteral("crash after a page")))
                return false;
        if (fault == PullFault::Abandon) {
            note(d.label, QStringLiteral("round abandoned"));
            return true;
        }
        if (fault == PullFault::Stale || !page->hasMore)
            break; // after a stale page the cursor went back: the next round continues from there
    }
    // HQ names the scopes the device may hold (X-Zs-Scopes): a laptop purges anything else — there must be nothing
    // to purge.
    if (!readsAll(d)) {
        auto purged = d.replica->purgeOutside(readScopes(d));
        if (!ok(purged, QStringLiteral("purgeOutside")))
            return false;
        if (purged.value() != 0)
            return fail(d.label + QStringLiteral(" held %1 rows outside its scopes").arg(purged.value()));
    }
    return true;
}

// Laptops never hold rows outside their read scopes (checked after every page).
bool Simulation::checkScopes(Device& d)
{
    if (d.scopeCheck.isEmpty())
        return true;
    auto stmt = d.db().cached(d.scopeCheck.constData());
    if (!ok(stmt, QStringLiteral("scope check")))
        return false;
    auto row = (*stmt)->step();
    if (!ok(row, QStringLiteral("scope check")))
        return false;
    const qint64 outside = (*stmt)->int64(0);
    if (outside == 0)
        return true;
    for (const sync::TableDef& t : m_app.schema().tables()) {
        const QByteArray sql = QStringLiteral("SELECT DISTINCT scope FROM %1").arg(t.name).toUtf8();
        const QStringList seen = column(d, sql.constData());
        for (const QString& scope : seen)
            if (!d.scopes.contains(scope))
                return fail(QStringLiteral("%1 holds %2 rows of another scope (%3)").arg(d.label, t.name, scope));
    }
    return fail(QStringLiteral("%1 holds %2 rows of other scopes").arg(d.label).arg(outside));
}

bool Simulation::syncRound(Device& d)
{
    note(d.label, QStringLiteral("sync round"));
    if (!pushOnce(d, true))
        return false;
    if (chance(40) && !editWhileSyncing(d))
        return false;
    if (chance(8)) {
        note(d.label, QStringLiteral("round abandoned after the upload"));
        return true;
    }
    return pullAll(d, true);
}

// ---- the end --------------------------------------------------------------------------------------------------

bool Simulation::finalSync()
{
    note(QStringLiteral("all"), QStringLiteral("fault-free sync of every client"));
    for (int pass = 0; pass < 2; ++pass) {
        for (auto& d : m_devices) {
            bool sent = true;
            for (int guard = 0; sent && guard < 100; ++guard)
                if (!pushOnce(*d, false, &sent))
                    return false;
            if (sent)
                return fail(d->label + QStringLiteral(" still has uploads pending"));
        }
        for (auto& d : m_devices)
            if (!pullAll(*d, false))
                return false;
    }
    return true;
}

// HQ's merged rows, as a reader of every scope pulls them.
bool Simulation::hqRows(QHash<Key, RowChange>& out)
{
    qint64 cursor = 0;
    for (;;) {
        auto body = m_hq->pull(m_reader, cursor, hq::HqStore::kMaxPullLimit);
        if (!ok(body, QStringLiteral("HQ pull")))
            return false;
        auto page = WireCodec::decodePull(body.value());
        if (!ok(page, QStringLiteral("decode HQ page")))
            return false;
        for (const RowChange& row : page->rows) {
            const Key key{row.table, row.rowId};
            if (out.contains(key))
                return fail(QStringLiteral("HQ served %1 %2 twice").arg(row.table, row.rowId));
            out.insert(key, row);
        }
        cursor = page->nextCursor;
        if (!page->hasMore)
            return true;
    }
}

bool Simulation::checkInvariants()
{
    QHash<Key, RowChange> hq;
    if (!hqRows(hq))
        return false;

    // HQ equals the reference merge of every row change it accepted.
    sync::Replica atHq;
    for (const RowChange& row : std::as_const(hq))
        atHq.apply(row);
    if (!(atHq == m_reference))
        return fail(QStringLiteral("HQ's rows differ from the reference merge of what it accepted"));

    // Every row created anywhere is at HQ, once (HQ serves a row once; ids are unique); nothing else is.
    for (const Key& key : std::as_const(m_created))
        if (!hq.contains(key))
            return fail(QStringLiteral("created %1 %2 never reached HQ").arg(key.first, key.second));
    if (hq.size() != m_created.size())
        return fail(QStringLiteral("HQ holds %1 rows, %2 were created").arg(hq.size()).arg(m_created.size()));

    // Every acknowledged write is at HQ in merged form: HQ's life and cells are the acknowledged ones or newer.
    for (const ChangeSet& set : std::as_const(m_acked)) {
        for (const RowChange& row : set.rows) {
            const auto it = hq.constFind(Key{row.table, row.rowId});
            if (it == hq.cend())
                return fail(QStringLiteral("acknowledged %1 %2 is not at HQ").arg(row.table, row.rowId));
            if (it->causalLength < row.causalLength)
                return fail(QStringLiteral("acknowledged life of %1 %2 lost").arg(row.table, row.rowId));
            for (const sync::Cell& cell : row.cells) {
                const sync::Cell* merged = it->cell(cell.column);
                if (!merged || merged->stamp < cell.stamp ||
                    (merged->stamp == cell.stamp && merged->value != cell.value))
                    return fail(QStringLiteral("acknowledged %1.%2 of %3 lost").arg(row.table, cell.column, row.rowId));
            }
        }
    }

    // Every laptop holds exactly HQ's rows for its scopes: same-scope laptops are identical, a reader of every scope
    // holds the union, the others nothing of other scopes.
    std::vector<QHash<QString, QStringList>> dumps(m_devices.size());
    for (size_t i = 0; i < m_devices.size(); ++i) {
        Device& d = *m_devices[i];
        const auto visible = [&](const QString& scope) { return d.readsAll || d.scopes.contains(scope); };
        for (const sync::TableDef& t : m_app.schema().tables()) {
            auto actual = dumpTable(d.db(), t);
            if (!ok(actual, QStringLiteral("dump")))
                return false;
            const QStringList expected = expectedDump(hq, t, visible);
            if (actual.value() != expected)
                return fail(QStringLiteral("%1's %2 table differs from HQ: %3")
                                .arg(d.label, t.name, firstDifference(expected, actual.value())));
            dumps[i].insert(t.name, actual.value());
        }
        if (!checkScopes(d))
            return false;
        auto pending = d.replica->pendingChanges();
        if (!ok(pending, QStringLiteral("pending")))
            return false;
        if (pending.value() != 0)
            return fail(d.label + QStringLiteral(" still has %1 changes pending").arg(pending.value()));
        auto quarantined = d.replica->quarantine();
        if (!ok(quarantined, QStringLiteral("quarantine")))
            return false;
        if (!quarantined->isEmpty())
            return fail(d.label + QStringLiteral(" quarantined a transaction"));
    }
    // Any two laptops agree on the rows of the scopes both read (the city's directory, a team's work).
    for (size_t i = 0; i < m_devices.size(); ++i)
        for (size_t j = i + 1; j < m_devices.size(); ++j) {
            const Device& a = *m_devices[i];
            const Device& b = *m_devices[j];
            const auto both = [&](const QString& line) {
                const QString scope = scopeOf(line);
                return (a.readsAll || a.scopes.contains(scope)) && (b.readsAll || b.scopes.contains(scope));
            };
            for (const sync::TableDef& t : m_app.schema().tables()) {
                QStringList x;
                QStringList y;
                std::copy_if(dumps[i][t.name].cbegin(), dumps[i][t.name].cend(), std::back_inserter(x), both);
                std::copy_if(dumps[j][t.name].cbegin(), dumps[j][t.name].cend(), std::back_inserter(y), both);
                if (x != y)
                    return fail(QStringLiteral("%1 and %2 disagree on the %3 table").arg(a.label, b.label, t.name));
            }
        }
    return true;
}

bool Simulation::checkResumeEqualsOneShot()
{
    note(QStringLiteral("all"), QStringLiteral("resume check: one-shot vs interrupted pull"));
    Device oneShot;
    Device resumed;
    oneShot.label = QStringLiteral("fresh-1");
    resumed.label = QStringLiteral("fresh-2");
    oneShot.readOnly = resumed.readOnly = true;
    const auto cleanUp = [&] {
        oneShot.replica.reset();
        oneShot.store.reset();
        resumed.replica.reset();
        resumed.store.reset();
    };
    const DeviceSpec spec = chance(50) ? m_options.devices.back() : m_options.devices.front();
    bool fine =
        addDevice(oneShot, spec) && addDevice(resumed, spec) && pullAll(oneShot, false, hq::HqStore::kMaxPullLimit);
    // The interrupted one: small pages, quitting between them, and whatever the network does to pages.
    for (int round = 0; fine && round < 400; ++round) {
        fine = pullAll(resumed, true, 1 + below(m_options.pageSize), true);
        auto cursor = resumed.replica->cursor();
        auto last = m_hq->lastSeq();
        if (!ok(cursor, QStringLiteral("cursor")) || !ok(last, QStringLiteral("lastSeq")))
            fine = false;
        else if (cursor.value() >= last.value())
            break;
    }
    fine = fine && pullAll(resumed, false); // as any round would end
    for (const sync::TableDef& t : m_app.schema().tables()) {
        if (!fine)
            break;
        auto a = dumpTable(oneShot.db(), t);
        auto b = dumpTable(resumed.db(), t);
        if (!ok(a, QStringLiteral("dump")) || !ok(b, QStringLiteral("dump")))
            fine = false;
        else if (a.value() != b.value())
            fine = fail(QStringLiteral("interrupted pull differs from one-shot pull in %1: %2")
                            .arg(t.name, firstDifference(a.value(), b.value())));
    }
    cleanUp();
    return fine;
}

// ---- running scenarios ----------------------------------------------------------------------------------------

QString runSeed(Application& app, const HqTemplate& hq, quint32 seed, Simulation::Options options, Stats* stats)
{
    QTemporaryDir dir(scratch());
    if (!dir.isValid())
        return QStringLiteral("no temporary folder");
    Simulation sim(app, seed, dir.path(), hq, std::move(options));
    const QString failure = sim.run();
    if (stats) {
        stats->operations += sim.operations();
        stats->acknowledged += sim.acknowledgedTransactions();
        stats->replays += sim.replays();
    }
    if (qEnvironmentVariableIsSet("ZS_SIM_LOG"))
        qInfo().noquote() << QStringLiteral("seed %1:\n").arg(seed) + sim.log().join(QLatin1Char('\n'));
    if (!failure.isEmpty())
        return QStringLiteral("seed %1 failed: %2\nreplay with ZS_SIM_SEED=%1; operation log:\n%3")
            .arg(seed)
            .arg(failure, sim.log().join(QLatin1Char('\n')));
    return {};
}

QString runSeeds(Application& app, const HqTemplate& hq, quint32 first, int count, Simulation::Options options)
{
    QElapsedTimer timer;
    timer.start();
    if (qEnvironmentVariableIsSet("ZS_SIM_SEED")) {
        first = quint32(qEnvironmentVariableIntValue("ZS_SIM_SEED"));
        count = 1;
    } else if (qEnvironmentVariableIsSet("ZS_SIM_SEEDS")) {
        count = qEnvironmentVariableIntValue("ZS_SIM_SEEDS");
    }
    Stats stats;
    for (quint32 seed = first; seed < first + quint32(count); ++seed) {
        Simulation::Options o = options;
        o.resumeCheck = seed % 2 == 0 || count == 1; // every other seed: two more stores each
        const QString failure = runSeed(app, hq, seed, o, &stats);
        if (!failure.isEmpty())
            return failure;
    }
    qInfo("%d scenarios, %d operations, %d acknowledged transactions, %d replays answered, %lld ms", count,
          stats.operations, stats.acknowledged, stats.replays, timer.elapsed());
    if (count > 1 && stats.operations <= count * 10)
        return QStringLiteral("only %1 operations in %2 scenarios").arg(stats.operations).arg(count);
    if (count > 1 && stats.replays == 0) // the faults really made laptops resend
        return QStringLiteral("no upload was ever replayed");
    return {};
}

QString script(Application& app, const HqTemplate& hq, const std::function<bool(Simulation&)>& steps,
               const std::function<bool(Simulation&)>& outcome)
{
    QTemporaryDir dir(scratch());
    if (!dir.isValid())
        return QStringLiteral("no temporary folder");
    Simulation sim(app, 0, dir.path(), hq, {});
    const bool done = sim.setUp() && steps(sim) && sim.finalSync() && sim.checkInvariants() && outcome(sim);
    sim.tearDown();
    if (!done || !sim.failure().isEmpty())
        return sim.failure() + QStringLiteral("\noperation log:\n") + sim.log().join(QLatin1Char('\n'));
    return {};
}

} // namespace zs::sim
