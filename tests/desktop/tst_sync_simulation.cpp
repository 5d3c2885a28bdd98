// The deterministic in-process sync simulation (SYNC.md "How it is tested"): one HQ (HqStore over an encrypted
// store) and four real workspaces with their LocalReplica, driven in rounds by one thread over a fake transport that
// drops, duplicates, truncates and re-delivers stale messages, with clients that crash (close and reopen their
// workspace) between steps and clocks that are skewed and jump; officers also edit records while newer versions of
// them are on the way. Operations and faults come from a fixed seed per scenario; at checkpoints and at the end, after
// a fault-free sync of every client, the invariants are checked:
//   - every client holds exactly HQ's merged rows for its scopes (so same-scope clients are identical, the analyst
//     holds the union), and HQ equals the reference merge (zs::sync::Replica) of every row change it accepted;
//   - every write a client saw acknowledged is at HQ in merged form, every row ever created is there once;
//   - a replayed upload is answered Replayed and never applied twice;
//   - officers never hold another team's rows;
//   - a fresh device that pulls with interruptions (small pages, reopen between pages, duplicated and stale pages)
//     ends up identical to one that pulls everything in one go.
// A failing seed prints its number and the operation log; ZS_SIM_SEED=<n> replays one seed, ZS_SIM_SEEDS=<count>
// changes how many run, ZS_SIM_LOG=1 prints every scenario's log.

#include "desktop/core/Workspace.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/sync/WorkspaceSync.h"
#include "sync/client/LocalReplica.h"
#include "sync/protocol/Merge.h"
#include "sync/protocol/WireCodec.h"
#include "sync/server/HqAuth.h"
#include "sync/server/HqStore.h"
#include "sync/store/Database.h"
#include "sync/store/EncryptedStore.h"
#include "sync/store/Statement.h"
#include "sync/store/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace zs;
using sync::ChangeSet;
using sync::PullResponse;
using sync::PushRequest;
using sync::PushResponse;
using sync::RowChange;
using sync::TxResult;
using sync::WireCodec;

namespace {

const QString kPassphrase = QStringLiteral("Shaoguan-test-2026!x");
constexpr int kCheckpointEvery = 12;
constexpr int kPageSize = 7;                  // small pages: every scenario crosses page boundaries
constexpr qint64 kMaxAheadMs = 4 * 60 * 1000; // below HQ's 5-minute horizon: such clocks must still be accepted
constexpr qint64 kMaxBehindMs = 30 * 60 * 1000;

SecureBytes passphrase()
{
    return SecureBytes::fromPassphrase(kPassphrase);
}

QString diag(const QCborValue& v)
{
    return v.toDiagnosticNotation(QCborValue::Compact);
}

// One line per row, synced columns only, sorted by id: what "identical replicas" means.
Result<QStringList> dumpTable(Database& db, const sync::SyncedTable& t)
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

using Key = QPair<QString, QString>; // table, row id

QStringList expectedDump(const QHash<Key, RowChange>& rows, const sync::SyncedTable& t,
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

struct SimClient
{
    QString label;
    hq::Principal who;
    ManualClock clock;
    qint64 skewMs = 0;
    QString path;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<sync::LocalReplica> replica;
    QList<QByteArray> pages; // pull pages already received: a slow network may deliver one again, late
    bool readOnly = false;   // the fresh devices of the resume check only pull

    Database& db() { return ws->db(); }
};

// A simulated crash closes the connection; the operating system keeps what was written, so fsync buys nothing here
// and would make the run I/O-bound.
void fastWrites(Database& db)
{
    (void)db.exec("PRAGMA synchronous = OFF");
}

// The app's replica (WorkspaceSync: synced tables, purge hook, deferred indexes rebuilt on open) on each client's
// own, skewed clock: the replica decides with it whether HQ's time is plausible.
std::unique_ptr<sync::LocalReplica> makeReplica(Database& db, const Clock& clock)
{
    fastWrites(db);
    return WorkspaceSync::replica(db, clock);
}

// One scenario: HQ, four clients, a seeded schedule of operations, faulty sync rounds, then the invariants.
class Simulation
{
public:
    struct Options
    {
        int steps = 36;
        bool resumeCheck = true;
    };

    Simulation(quint32 seed, const QString& dir, const QString& hqTemplate, Options options)
        : m_seed(seed)
        , m_dir(dir)
        , m_hqTemplate(hqTemplate)
        , m_options(options)
        , m_rng(seed)
    {
    }

    // Empty when every invariant held; otherwise what failed.
    QString run()
    {
        if (setUp())
            for (int step = 0; step < m_options.steps && m_failure.isEmpty(); ++step) {
                m_step = step;
                tick();
                const int what = below(100);
                SimClient& c = *m_clients[size_t(below(int(m_clients.size())))];
                if (step % kCheckpointEvery == kCheckpointEvery - 1) {
                    // A quiet moment: everyone syncs without faults and every invariant must hold. Checked here
                    // and not only at the end because a divergence on a busy record heals when it is edited again.
                    note(QStringLiteral("all"), QStringLiteral("checkpoint"));
                    if (finalSync())
                        checkInvariants();
                } else if (what < 60)
                    randomOperation(c);
                else if (what < 92)
                    syncRound(c);
                else if (what < 96)
                    reopen(c, QStringLiteral("crash between steps"));
                else
                    jumpClock(c);
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

    const QStringList& log() const { return m_log; }
    int operations() const { return m_operations; }
    int acknowledgedTransactions() const { return int(m_acked.size()); }
    int replays() const { return m_replays; }
    const QString& failure() const { return m_failure; }
    SimClient& client(int i) { return *m_clients[size_t(i)]; }

    // The pieces below are public so that regression scenarios can script them step by step.
    // ---- randomness and bookkeeping -------------------------------------------------------------------------
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }

    void note(const QString& who, const QString& what)
    {
        m_log << QStringLiteral("[%1] %2: %3").arg(m_step, 3).arg(who, what);
    }

    bool fail(const QString& what)
    {
        if (m_failure.isEmpty())
            m_failure = QStringLiteral("step %1: %2").arg(m_step).arg(what);
        return false;
    }

    template <typename T> bool ok(const Result<T>& r, const QString& context)
    {
        return r.ok() || fail(context + QStringLiteral(": ") + r.error().toString());
    }

    // ---- set-up ----------------------------------------------------------------------------------------------
    bool setUp()
    {
        // HQ: a copy of the template store (teams and accounts made once: Argon2id is slow on purpose).
        for (const QString& name : QDir(m_hqTemplate).entryList(QDir::Files))
            if (!QFile::copy(m_hqTemplate + QLatin1Char('/') + name, m_dir + QLatin1Char('/') + name))
                return fail(QStringLiteral("cannot copy HQ template ") + name);
        auto store = EncryptedStore::open(m_dir + QStringLiteral("/hq.zsdb"), passphrase(), hq::HqStore::schema());
        if (!ok(store, QStringLiteral("open HQ")))
            return false;
        m_hqStore = std::move(store.value());
        fastWrites(m_hqStore->db());
        m_hq = std::make_unique<hq::HqStore>(m_hqStore->db(), m_hqClock);
        m_auth = std::make_unique<hq::HqAuth>(m_hqClock);

        const struct
        {
            const char* label;
            const char* account;
        } devices[] = {{"gz-a", "gz1"}, {"gz-b", "gz1"}, {"sz", "sz1"}, {"hq", "analyst"}};
        for (const auto& d : devices) {
            auto client = std::make_unique<SimClient>();
            client->label = QString::fromLatin1(d.label);
            if (!addClient(*client, QString::fromLatin1(d.account)))
                return false;
            // Clocks: most are a little off, some well behind; none beyond HQ's horizon ahead (an upload made before
            // the laptop learnt HQ's time would be refused and stay quarantined: by design, not a divergence).
            const int kind = below(4);
            const qint64 skew = kind == 0 ? 0 : kind == 1 ? below(int(kMaxAheadMs)) : -below(int(kMaxBehindMs));
            setSkew(*client, skew);
            m_clients.push_back(std::move(client));
        }
        return true;
    }

    bool addClient(SimClient& c, const QString& account)
    {
        auto enrollment = m_auth->provisionDevice(m_hqStore->db(), account, c.label);
        if (!ok(enrollment, QStringLiteral("provision ") + c.label))
            return false;
        c.who = enrollment->principal;
        c.path = m_dir + QStringLiteral("/client-") + c.label + QStringLiteral(".zsdb");
        auto ws = Workspace::create(c.path, passphrase(), KdfParams::minimal());
        if (!ok(ws, QStringLiteral("create workspace ") + c.label))
            return false;
        c.ws = std::move(ws.value());
        if (!ok(WorkspaceSync::adoptTeamScope(c.db(), c.who.teamScope()), QStringLiteral("adopt team scope")))
            return false;
        c.replica = makeReplica(c.db(), c.clock);
        return true;
    }

    void tearDown()
    {
        for (auto& c : m_clients) {
            c->replica.reset();
            c->ws.reset();
        }
        m_hq.reset();
        m_hqStore.reset();
    }

    // ---- time ------------------------------------------------------------------------------------------------
    void tick()
    {
        const qint64 ms = chance(5) ? 60'000 + below(600'000) : 1 + below(4000);
        m_hqClock.advance(ms);
        for (auto& c : m_clients)
            c->clock.advance(ms);
    }

    void setSkew(SimClient& c, qint64 skew)
    {
        c.clock.advance(skew - c.skewMs);
        c.skewMs = skew;
    }

    void jumpClock(SimClient& c)
    {
        const qint64 skew = chance(50) ? -below(int(kMaxBehindMs)) : below(int(kMaxAheadMs));
        note(c.label, QStringLiteral("clock jumps from %1 s to %2 s off HQ").arg(c.skewMs / 1000).arg(skew / 1000));
        setSkew(c, skew);
    }

    // ---- crashes ---------------------------------------------------------------------------------------------
    bool reopen(SimClient& c, const QString& why)
    {
        note(c.label, why + QStringLiteral(" (workspace closed and reopened)"));
        c.replica.reset();
        c.ws.reset();
        auto ws = Workspace::open(c.path, passphrase());
        if (!ok(ws, QStringLiteral("reopen ") + c.label))
            return false;
        c.ws = std::move(ws.value());
        c.replica = makeReplica(c.db(), c.clock);
        return true;
    }

    // ---- operations through the repositories (capture triggers fire as in the app) -----------------------------
    // The first column of every row `sql` returns, as text.
    QStringList column(SimClient& c, const char* sql, const QString& arg = {})
    {
        QStringList out;
        auto stmt = c.db().prepare(sql);
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

    // Edits concentrate on a few rows so that clients really collide.
    QString pick(const QStringList& list)
    {
        if (list.isEmpty())
            return {};
        if (chance(50))
            return list[below(qMin(int(list.size()), 3))];
        return list[below(int(list.size()))];
    }

    QString text(const QString& what, SimClient& c)
    {
        return QStringLiteral("%1 %2 #%3").arg(what, c.label).arg(++m_counter);
    }

    bool randomOperation(SimClient& c)
    {
        ++m_operations;
        const int op = below(100);
        if (op < 14)
            return createCompany(c);
        if (op < 30)
            return editCompany(c);
        if (op < 35)
            return setDeleted(c, "company", true);
        if (op < 39)
            return setDeleted(c, "company", false);
        if (op < 46)
            return createContact(c);
        if (op < 54)
            return editContact(c);
        if (op < 57)
            return setDeleted(c, "contact", true);
        if (op < 68)
            return createVisit(c);
        if (op < 82)
            return editVisit(c);
        if (op < 85)
            return markNextStepDone(c);
        if (op < 89)
            return setDeleted(c, "visit", true);
        if (op < 92)
            return setDeleted(c, "visit", false);
        return batch(c);
    }

    bool createCompany(SimClient& c, bool quiet = false)
    {
        Company company;
        company.name = QStringLiteral("模拟企业%1-%2").arg(m_seed).arg(++m_counter);
        company.hqCity = QStringList{QStringLiteral("广州"), QStringLiteral("深圳"), QStringLiteral("东莞")}[below(3)];
        company.size = RecordText::companySizes()[below(4)];
        if (chance(50))
            company.revenueWan = below(100000) / 10.0;
        company.notes = text(QStringLiteral("新建"), c);
        auto id = CompanyRepository(c.db(), c.clock).create(company);
        if (!ok(id, QStringLiteral("create company")))
            return false;
        m_created.insert(Key{QStringLiteral("company"), id.value()});
        if (!quiet)
            note(c.label, QStringLiteral("create company %1").arg(id.value()));
        return true;
    }

    bool editCompany(SimClient& c)
    {
        const QString id = pick(column(c, "SELECT id FROM company WHERE deleted = 0 ORDER BY rid"));
        if (id.isEmpty())
            return createCompany(c);
        return editCompanyRow(c, id);
    }

    bool editCompanyRow(SimClient& c, const QString& id)
    {
        CompanyRepository repo(c.db(), c.clock);
        auto company = repo.get(id);
        if (!ok(company, QStringLiteral("get company")))
            return false;
        Company edited = company.value();
        QStringList what;
        // Mostly one field, mostly the notes: colleagues then really overwrite each other's cells.
        const int fields = chance(70) ? 1 : 2 + below(2);
        for (int i = 0; i < fields; ++i) {
            const int r = below(100);
            switch (r < 45 ? 0 : r < 65 ? 1 : r < 78 ? 2 : r < 90 ? 3 : 4) {
            case 0:
                edited.notes = text(QStringLiteral("备注"), c);
                what << QStringLiteral("notes");
                break;
            case 1:
                edited.tags = text(QStringLiteral("标签"), c);
                what << QStringLiteral("tags");
                break;
            case 2:
                edited.revenueWan = below(2) ? std::optional<double>(below(50000) / 4.0) : std::nullopt;
                what << QStringLiteral("revenue");
                break;
            case 3:
                edited.size = RecordText::companySizes()[below(4)];
                what << QStringLiteral("size");
                break;
            default:
                edited.name = QStringLiteral("更名企业%1-%2").arg(m_seed).arg(++m_counter);
                what << QStringLiteral("name");
                break;
            }
        }
        if (!ok(repo.update(edited), QStringLiteral("update company")))
            return false;
        note(c.label, QStringLiteral("edit company %1 (%2)").arg(id, what.join(QLatin1Char(','))));
        return true;
    }

    bool setDeleted(SimClient& c, const char* table, bool deleted)
    {
        QString sql =
            QStringLiteral("SELECT id FROM %1 WHERE deleted = %2").arg(QLatin1String(table)).arg(deleted ? 0 : 1);
        if (QLatin1String(table) == QLatin1String("visit")) // a team's own work only (others' would be refused)
            sql += QStringLiteral(" AND scope = '%1'").arg(c.who.teamScope());
        sql += QStringLiteral(" ORDER BY rid");
        const QString id = pick(column(c, sql.toUtf8().constData()));
        if (id.isEmpty())
            return true;
        return setRowDeleted(c, QLatin1String(table), id, deleted);
    }

    bool setRowDeleted(SimClient& c, const QString& table, const QString& id, bool deleted)
    {
        Result<void> done;
        if (deleted && table == QLatin1String("company")) {
            done = CompanyRepository(c.db(), c.clock).remove(id);
        } else {
            // No repository call for these: the app's soft delete is this UPDATE (captured by the triggers).
            const QByteArray update =
                QStringLiteral("UPDATE %1 SET deleted = ?2, updated_at = ?3 WHERE id = ?1").arg(table).toUtf8();
            auto stmt = c.db().prepare(update.constData());
            if (!ok(stmt, QStringLiteral("prepare soft delete")))
                return false;
            stmt->bind(1, id).bind(2, deleted ? 1 : 0).bind(3, c.clock.wallMs());
            done = stmt->run();
        }
        if (!ok(done, QStringLiteral("soft delete")))
            return false;
        note(
            c.label,
            QStringLiteral("%1 %2 %3").arg(deleted ? QStringLiteral("delete") : QStringLiteral("undelete"), table, id));
        return true;
    }

    bool setCompanyNotes(SimClient& c, const QString& id, const QString& notes)
    {
        CompanyRepository repo(c.db(), c.clock);
        auto company = repo.get(id);
        if (!ok(company, QStringLiteral("get company")))
            return false;
        Company edited = company.value();
        edited.notes = notes;
        if (!ok(repo.update(edited), QStringLiteral("update company")))
            return false;
        note(c.label, QStringLiteral("company %1 notes = %2").arg(id, notes));
        return true;
    }

    bool createContact(SimClient& c, bool quiet = false)
    {
        const QString company = pick(column(c, "SELECT id FROM company WHERE deleted = 0 ORDER BY rid"));
        if (company.isEmpty())
            return createCompany(c, quiet);
        Contact contact;
        contact.companyId = company;
        contact.name = QStringLiteral("联系人%1").arg(++m_counter);
        contact.title = QStringLiteral("总经理");
        contact.notes = text(QStringLiteral("联系人备注"), c);
        auto id = ContactRepository(c.db(), c.clock).create(contact);
        if (!ok(id, QStringLiteral("create contact")))
            return false;
        m_created.insert(Key{QStringLiteral("contact"), id.value()});
        if (!quiet)
            note(c.label, QStringLiteral("create contact %1 at %2").arg(id.value(), company));
        return true;
    }

    bool editContact(SimClient& c)
    {
        const QString id = pick(column(c, "SELECT id FROM contact WHERE deleted = 0 ORDER BY rid"));
        if (id.isEmpty())
            return createContact(c);
        return editContactRow(c, id);
    }

    bool editContactRow(SimClient& c, const QString& id)
    {
        ContactRepository repo(c.db(), c.clock);
        auto contact = repo.get(id);
        if (!ok(contact, QStringLiteral("get contact")))
            return false;
        Contact edited = contact.value();
        if (chance(50))
            edited.title = text(QStringLiteral("职务"), c);
        else
            edited.wechat = text(QStringLiteral("wx"), c);
        edited.notes = text(QStringLiteral("联系人备注"), c);
        if (!ok(repo.update(edited), QStringLiteral("update contact")))
            return false;
        note(c.label, QStringLiteral("edit contact %1").arg(id));
        return true;
    }

    bool createVisit(SimClient& c, bool quiet = false)
    {
        const QString company = pick(column(c, "SELECT id FROM company WHERE deleted = 0 ORDER BY rid"));
        if (company.isEmpty())
            return createCompany(c, quiet);
        Visit visit;
        visit.companyId = company;
        visit.visitedAt = QDateTime::fromMSecsSinceEpoch(c.clock.wallMs() - below(72) * 3600 * 1000LL);
        visit.city = RecordText::visitCities()[below(4)];
        visit.notes = text(QStringLiteral("走访记录"), c);
        visit.intent = below(4);
        auto id = VisitRepository(c.db(), c.clock).create(visit);
        if (!ok(id, QStringLiteral("create visit")))
            return false;
        m_created.insert(Key{QStringLiteral("visit"), id.value()});
        if (!quiet)
            note(c.label, QStringLiteral("create visit %1 in %2").arg(id.value(), visit.scope));
        return true;
    }

    QStringList ownVisits(SimClient& c)
    {
        const QByteArray sql = QStringLiteral("SELECT id FROM visit WHERE deleted = 0 AND scope = '%1' ORDER BY rid")
                                   .arg(c.who.teamScope())
                                   .toUtf8();
        return column(c, sql.constData());
    }

    bool editVisit(SimClient& c)
    {
        const QString id = pick(ownVisits(c));
        if (id.isEmpty())
            return createVisit(c);
        return editVisitRow(c, id);
    }

    bool editVisitRow(SimClient& c, const QString& id)
    {
        VisitRepository repo(c.db(), c.clock);
        auto visit = repo.get(id);
        if (!ok(visit, QStringLiteral("get visit")))
            return false;
        Visit edited = visit.value();
        edited.notes = text(QStringLiteral("修订"), c);
        if (chance(25))
            edited.outcome = text(QStringLiteral("结果"), c);
        if (chance(20))
            edited.intent = below(4);
        auto changed = repo.correct(edited);
        if (!ok(changed, QStringLiteral("correct visit")))
            return false;
        // Each corrected field left a revision: a detail row of the visit, synced like it.
        for (const QString& revision : column(c, "SELECT id FROM visit_revision WHERE visit_id = ?1", id))
            m_created.insert(Key{QStringLiteral("visit_revision"), revision});
        note(c.label, QStringLiteral("correct visit %1 (%2 fields)").arg(id).arg(changed.value()));
        return true;
    }

    bool markNextStepDone(SimClient& c)
    {
        const QString id = pick(ownVisits(c));
        if (id.isEmpty())
            return true;
        const bool done = chance(70);
        if (!ok(VisitRepository(c.db(), c.clock).setNextStepDone(id, done), QStringLiteral("next step done")))
            return false;
        note(c.label, QStringLiteral("visit %1 next step %2")
                          .arg(id, done ? QStringLiteral("done") : QStringLiteral("reopened")));
        return true;
    }

    // One local transaction touching several rows: it must travel and apply as one.
    bool batch(SimClient& c)
    {
        auto tx = Transaction::begin(c.db());
        if (!ok(tx, QStringLiteral("begin batch")))
            return false;
        const bool done = createCompany(c, true) && createContact(c, true) && createVisit(c, true);
        if (!done)
            return false;
        if (!ok(tx->commit(), QStringLiteral("commit batch")))
            return false;
        note(c.label, QStringLiteral("batch: company + contact + visit in one transaction"));
        return true;
    }

    // ---- the faulty transport --------------------------------------------------------------------------------
    // HQ's side of POST /v1/push: strict decoding (a truncated body is a 400), then HqStore::push. Bookkeeping for
    // the invariants: what HQ applied feeds the reference merge; a replay must be answered Replayed.
    bool hqPush(const hq::Principal& who, const QByteArray& body, QByteArray* reply)
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

    QString deviceLabel(const QString& device) const
    {
        for (const auto& c : m_clients)
            if (c->who.device == device)
                return c->label;
        return device;
    }

    enum class PushFault
    {
        None,
        DropRequest,
        DropResponse,
        Duplicate,
        TruncateRequest,
        TruncateResponse,
        CrashBeforeAck,
        CrashBeforeSend,
    };

    // One draw of below(100) against cumulative bounds: the first entry whose bound is above it, else `last`.
    template <typename Fault> Fault pick(std::initializer_list<std::pair<int, Fault>> bounds, Fault last)
    {
        const int r = below(100);
        for (const auto& [bound, fault] : bounds)
            if (r < bound)
                return fault;
        return last;
    }

    PushFault pushFault()
    {
        return pick({{55, PushFault::None},
                     {62, PushFault::DropRequest},
                     {72, PushFault::DropResponse},
                     {80, PushFault::Duplicate},
                     {85, PushFault::TruncateRequest},
                     {90, PushFault::TruncateResponse},
                     {95, PushFault::CrashBeforeAck}},
                    PushFault::CrashBeforeSend);
    }

    static QString faultName(PushFault fault)
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

    QByteArray truncated(const QByteArray& body) { return body.left(below(int(body.size()))); }

    // One upload as SyncEngine::pushRound does it. `sent` is set when there was something to send.
    bool pushOnce(SimClient& c, bool faulty, bool* sent = nullptr)
    {
        if (sent)
            *sent = false;
        auto prepared = c.replica->preparePush();
        if (!ok(prepared, c.label + QStringLiteral(" preparePush")))
            return false;
        auto request = c.replica->pendingPush(c.who.device, hq::HqStore::kSyncSchema);
        if (!ok(request, c.label + QStringLiteral(" pendingPush")))
            return false;
        if (request->transactions.isEmpty())
            return true;
        if (sent)
            *sent = true;
        const PushFault fault = faulty ? pushFault() : PushFault::None;
        note(c.label, QStringLiteral("push %1 transactions%2")
                          .arg(request->transactions.size())
                          .arg(fault == PushFault::None ? QString() : QStringLiteral(" (%1)").arg(faultName(fault))));
        if (fault == PushFault::CrashBeforeSend)
            return reopen(c, QStringLiteral("crash before the upload left"));
        if (fault == PushFault::DropRequest) {
            note(c.label, QStringLiteral("request lost: outbox kept"));
            return true;
        }
        QByteArray body = WireCodec::encode(request.value());
        if (fault == PushFault::TruncateRequest)
            body = truncated(body);
        QByteArray reply;
        if (!hqPush(c.who, body, &reply))
            return m_failure.isEmpty(); // HQ said 400: the client reports an error and keeps everything
        if (fault == PushFault::Duplicate) {
            QByteArray again;
            if (!hqPush(c.who, body, &again))
                return false;
            auto second = WireCodec::decodePushResponse(again);
            if (!ok(second, QStringLiteral("decode replay answer")))
                return false;
            for (const TxResult& r : second->results)
                if (r.status != TxResult::Replayed)
                    return fail(QStringLiteral("a duplicated upload was not answered Replayed"));
        }
        if (fault == PushFault::DropResponse) {
            note(c.label, QStringLiteral("response lost: will resend"));
            return true;
        }
        if (fault == PushFault::TruncateResponse)
            reply = truncated(reply);
        auto response = WireCodec::decodePushResponse(reply);
        if (!response.ok()) {
            note(c.label, QStringLiteral("response unreadable: ") + response.error().message);
            return true;
        }
        if (fault == PushFault::CrashBeforeAck)
            return reopen(c, QStringLiteral("crash before the answer was recorded"));
        auto outcome = c.replica->acknowledge(response.value());
        if (!ok(outcome, c.label + QStringLiteral(" acknowledge")))
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

    enum class PullFault
    {
        None,
        Drop,
        Truncate,
        Duplicate,
        Stale,
        CrashAfter,
        Abandon,
    };

    PullFault pullFault()
    {
        return pick({{58, PullFault::None},
                     {64, PullFault::Drop},
                     {70, PullFault::Truncate},
                     {80, PullFault::Duplicate},
                     {90, PullFault::Stale},
                     {96, PullFault::CrashAfter}},
                    PullFault::Abandon);
    }

    bool applyPage(SimClient& c, const PullResponse& page, const QString& what)
    {
        auto applied = c.replica->applyPage(page);
        if (!ok(applied, c.label + QStringLiteral(" applyPage")))
            return false;
        note(c.label, QStringLiteral("%1: %2 rows, cursor %3%4, %5 conflicts, %6 skipped")
                          .arg(what)
                          .arg(page.rows.size())
                          .arg(page.nextCursor)
                          .arg(page.hasMore ? QStringLiteral("+") : QString())
                          .arg(applied->conflicts)
                          .arg(applied->skipped));
        if (applied->skipped != 0)
            return fail(c.label + QStringLiteral(" could not store %1 of HQ's rows").arg(applied->skipped));
        return checkScopes(c);
    }

    // Pull pages until HQ has no more, as SyncEngine::pullRound does; `limit` rows a page.
    // `interrupted`: the device also quits between pages, at random, a third of the time.
    // One page of a pull, fault-free.
    bool pullPage(SimClient& c, int limit, bool* more)
    {
        auto cursor = c.replica->cursor();
        if (!ok(cursor, QStringLiteral("cursor")))
            return false;
        auto body = m_hq->pull(c.who, cursor.value(), limit);
        if (!ok(body, QStringLiteral("HQ pull")))
            return false;
        auto page = WireCodec::decodePull(body.value());
        if (!ok(page, QStringLiteral("decode")))
            return false;
        *more = page->hasMore;
        return applyPage(c, page.value(), QStringLiteral("one page after %1").arg(cursor.value()));
    }

    bool pullAll(SimClient& c, bool faulty, int limit = kPageSize, bool interrupted = false)
    {
        for (int guard = 0; guard < 10000; ++guard) {
            auto cursor = c.replica->cursor();
            if (!ok(cursor, QStringLiteral("cursor")))
                return false;
            auto body = m_hq->pull(c.who, cursor.value(), limit);
            if (!ok(body, QStringLiteral("HQ pull")))
                return false;
            const PullFault fault = faulty ? pullFault() : PullFault::None;
            if (fault == PullFault::Drop) {
                note(c.label, QStringLiteral("page after %1 lost").arg(cursor.value()));
                return true;
            }
            QByteArray bytes = body.value();
            if (fault == PullFault::Truncate)
                bytes = truncated(bytes);
            auto page = WireCodec::decodePull(bytes);
            if (!page.ok()) {
                if (fault == PullFault::Truncate) {
                    note(c.label, QStringLiteral("page unreadable: ") + page.error().message);
                    return true;
                }
                return fail(QStringLiteral("HQ's page does not decode: ") + page.error().toString());
            }
            if (faulty && !c.readOnly && chance(25) && !editArrivingRow(c, page.value()))
                return false;
            if (!applyPage(c, page.value(), QStringLiteral("page after %1").arg(cursor.value())))
                return false;
            if (fault == PullFault::Duplicate && !applyPage(c, page.value(), QStringLiteral("same page again")))
                return false;
            if (fault == PullFault::Stale && !c.pages.isEmpty()) {
                auto old = WireCodec::decodePull(c.pages[below(int(c.pages.size()))]);
                if (!ok(old, QStringLiteral("decode old page")) ||
                    !applyPage(c, old.value(), QStringLiteral("stale page")))
                    return false;
            }
            c.pages << body.value();
            if (c.pages.size() > 8)
                c.pages.removeFirst();
            if (faulty && !c.readOnly && page->hasMore && chance(15) && !editWhileSyncing(c))
                return false;
            if (fault == PullFault::CrashAfter || (interrupted && chance(35)))
                if (!reopen(c, QStringLiteral("crash after a page")))
                    return false;
            if (fault == PullFault::Abandon) {
                note(c.label, QStringLiteral("round abandoned"));
                return true;
            }
            if (fault == PullFault::Stale || !page->hasMore)
                break; // after a stale page the cursor went back: the next round continues from there
        }
        // HQ names the scopes the device may hold (X-Zs-Scopes): an officer purges anything else — there must be
        // nothing to purge.
        if (!c.who.readsAllScopes()) {
            auto purged = c.replica->purgeOutside(c.who.readScopes());
            if (!ok(purged, QStringLiteral("purgeOutside")))
                return false;
            if (purged.value() != 0)
                return fail(c.label + QStringLiteral(" held %1 rows outside its scopes").arg(purged.value()));
        }
        return true;
    }

    // Officers never hold another team's rows (checked after every page).
    bool checkScopes(SimClient& c)
    {
        if (c.who.readsAllScopes())
            return true;
        for (const char* table : {"visit", "lead", "event"}) {
            const QByteArray sql = QStringLiteral("SELECT count(*) FROM %1 WHERE scope NOT IN ('city', '%2')")
                                       .arg(QLatin1String(table), c.who.teamScope())
                                       .toUtf8();
            auto n = c.db().scalar(sql.constData());
            if (!ok(n, QStringLiteral("scope check")))
                return false;
            if (n.value() != 0)
                return fail(QStringLiteral("%1 holds %2 %3 rows of another team")
                                .arg(c.label)
                                .arg(n.value())
                                .arg(QLatin1String(table)));
        }
        return true;
    }

    // The officer keeps working while a round is in flight (pulls do not block the UI), on the records everyone
    // is busy with: these edits meet remote changes of the same rows in the pages that follow.
    bool editWhileSyncing(SimClient& c)
    {
        note(c.label, QStringLiteral("edits while syncing:"));
        ++m_operations;
        const int op = below(100);
        if (op < 40)
            return editCompany(c);
        if (op < 55)
            return editContact(c);
        if (op < 80)
            return editVisit(c);
        if (op < 88)
            return setDeleted(c, "company", chance(50));
        if (op < 94)
            return setDeleted(c, "visit", chance(50));
        return setDeleted(c, "contact", chance(50));
    }

    // The worst moment for a local edit: the record changed elsewhere and its new version is on the way here (the
    // page is fetched, not yet applied) while the officer edits, deletes or restores it.
    bool editArrivingRow(SimClient& c, const PullResponse& page)
    {
        auto me = c.replica->node();
        if (!ok(me, QStringLiteral("node")))
            return false;
        QList<const RowChange*> candidates;
        for (const RowChange& row : page.rows) {
            if (!(row.table == QLatin1String("company") || row.table == QLatin1String("contact") ||
                  (row.table == QLatin1String("visit") && row.scope == c.who.teamScope())))
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
        auto stmt = c.db().prepare(sql.constData());
        if (!ok(stmt, QStringLiteral("look up arriving row")))
            return false;
        stmt->bind(1, row.rowId);
        auto found = stmt->step();
        if (!ok(found, QStringLiteral("look up arriving row")))
            return false;
        if (!found.value())
            return true; // new here: nothing to edit yet
        const bool deleted = stmt->int64(0) != 0;
        note(c.label, QStringLiteral("edits a row whose newer version is arriving:"));
        ++m_operations;
        if (deleted || chance(20))
            return setRowDeleted(c, row.table, row.rowId, !deleted);
        if (row.table == QLatin1String("company"))
            return editCompanyRow(c, row.rowId);
        if (row.table == QLatin1String("contact"))
            return editContactRow(c, row.rowId);
        return editVisitRow(c, row.rowId);
    }

    bool syncRound(SimClient& c)
    {
        note(c.label, QStringLiteral("sync round"));
        if (!pushOnce(c, true))
            return false;
        if (chance(40) && !editWhileSyncing(c))
            return false;
        if (chance(8)) {
            note(c.label, QStringLiteral("round abandoned after the upload"));
            return true;
        }
        return pullAll(c, true);
    }

    // ---- the end -----------------------------------------------------------------------------------------------
    bool finalSync()
    {
        note(QStringLiteral("all"), QStringLiteral("fault-free sync of every client"));
        for (int pass = 0; pass < 2; ++pass) {
            for (auto& c : m_clients) {
                bool sent = true;
                for (int guard = 0; sent && guard < 100; ++guard)
                    if (!pushOnce(*c, false, &sent))
                        return false;
                if (sent)
                    return fail(c->label + QStringLiteral(" still has uploads pending"));
            }
            for (auto& c : m_clients)
                if (!pullAll(*c, false))
                    return false;
        }
        return true;
    }

    // HQ's merged rows, as the analyst (who reads everything) pulls them.
    bool hqRows(QHash<Key, RowChange>& out)
    {
        const hq::Principal& reader = m_clients.back()->who;
        qint64 cursor = 0;
        for (;;) {
            auto body = m_hq->pull(reader, cursor, hq::HqStore::kMaxPullLimit);
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

    bool checkInvariants()
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
                        return fail(
                            QStringLiteral("acknowledged %1.%2 of %3 lost").arg(row.table, cell.column, row.rowId));
                }
            }
        }

        // Every client holds exactly HQ's rows for its scopes: same-scope clients are identical, the analyst holds
        // the union, officers nothing of other teams.
        QHash<QString, QStringList> cityDumps;
        for (auto& c : m_clients) {
            const QStringList scopes = c->who.readScopes();
            const auto visible = [&](const QString& scope) { return scopes.isEmpty() || scopes.contains(scope); };
            for (const sync::SyncedTable& t : WorkspaceSync::tables()) {
                auto actual = dumpTable(c->db(), t);
                if (!ok(actual, QStringLiteral("dump")))
                    return false;
                const QStringList expected = expectedDump(hq, t, visible);
                if (actual.value() != expected)
                    return fail(QStringLiteral("%1's %2 table differs from HQ: %3")
                                    .arg(c->label, t.name, firstDifference(expected, actual.value())));
                if (t.name == QLatin1String("company") || t.name == QLatin1String("contact"))
                    cityDumps[t.name] << actual->join(QLatin1Char('\n'));
            }
            if (!checkScopes(*c))
                return false;
            auto pending = c->replica->pendingChanges();
            if (!ok(pending, QStringLiteral("pending")))
                return false;
            if (pending.value() != 0)
                return fail(c->label + QStringLiteral(" still has %1 changes pending").arg(pending.value()));
            auto quarantined = c->replica->quarantine();
            if (!ok(quarantined, QStringLiteral("quarantine")))
                return false;
            if (!quarantined->isEmpty())
                return fail(c->label + QStringLiteral(" quarantined a transaction"));
        }
        for (auto it = cityDumps.cbegin(); it != cityDumps.cend(); ++it)
            for (const QString& dump : it.value())
                if (dump != it.value().first())
                    return fail(QStringLiteral("clients disagree on the %1 table").arg(it.key()));
        return true;
    }

    // A fresh device pulling in one go and one pulling a few rows at a time through every kind of interruption end
    // up with the same tables.
    bool checkResumeEqualsOneShot()
    {
        note(QStringLiteral("all"), QStringLiteral("resume check: one-shot vs interrupted pull"));
        SimClient oneShot;
        SimClient resumed;
        oneShot.label = QStringLiteral("fresh-1");
        resumed.label = QStringLiteral("fresh-2");
        oneShot.readOnly = resumed.readOnly = true;
        const auto cleanUp = [&] {
            oneShot.replica.reset();
            oneShot.ws.reset();
            resumed.replica.reset();
            resumed.ws.reset();
        };
        const QString account = chance(50) ? QStringLiteral("analyst") : QStringLiteral("gz1");
        bool fine = addClient(oneShot, account) && addClient(resumed, account) &&
                    pullAll(oneShot, false, hq::HqStore::kMaxPullLimit);
        // The interrupted one: small pages, quitting between them, and whatever the network does to pages.
        for (int round = 0; fine && round < 400; ++round) {
            fine = pullAll(resumed, true, 1 + below(kPageSize), true);
            auto cursor = resumed.replica->cursor();
            auto last = m_hq->lastSeq();
            if (!ok(cursor, QStringLiteral("cursor")) || !ok(last, QStringLiteral("lastSeq")))
                fine = false;
            else if (cursor.value() >= last.value())
                break;
        }
        fine = fine && pullAll(resumed, false); // as any round would end
        for (const sync::SyncedTable& t : WorkspaceSync::tables()) {
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

private:
    quint32 m_seed;
    QString m_dir;
    QString m_hqTemplate;
    Options m_options;
    QRandomGenerator m_rng;
    int m_step = 0;
    int m_counter = 0;
    int m_operations = 0;
    int m_replays = 0;
    QString m_failure;
    QStringList m_log;

    ManualClock m_hqClock;
    std::unique_ptr<EncryptedStore> m_hqStore;
    std::unique_ptr<hq::HqStore> m_hq;
    std::unique_ptr<hq::HqAuth> m_auth;
    std::vector<std::unique_ptr<SimClient>> m_clients;

    QSet<QString> m_hqApplied; // device/tx HQ applied
    sync::Replica m_reference; // every row change HQ accepted, merged in memory
    QSet<Key> m_created;
    QList<ChangeSet> m_acked; // what clients saw acknowledged
};

} // namespace

class TestSyncSimulation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_template{scratch()};

    QString runSeed(quint32 seed, Simulation::Options options, int* operations = nullptr, int* acked = nullptr,
                    int* replays = nullptr)
    {
        QTemporaryDir dir(scratch());
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        Simulation sim(seed, dir.path(), m_template.path(), options);
        const QString failure = sim.run();
        if (operations)
            *operations += sim.operations();
        if (acked)
            *acked += sim.acknowledgedTransactions();
        if (replays)
            *replays += sim.replays();
        if (qEnvironmentVariableIsSet("ZS_SIM_LOG"))
            qInfo().noquote() << QStringLiteral("seed %1:\n").arg(seed) + sim.log().join(QLatin1Char('\n'));
        if (!failure.isEmpty())
            return QStringLiteral("seed %1 failed: %2\nreplay with ZS_SIM_SEED=%1; operation log:\n%3")
                .arg(seed)
                .arg(failure, sim.log().join(QLatin1Char('\n')));
        return {};
    }

    // Workspaces are created with fsyncs (key file, schema): on a RAM disk, when there is one, hundreds of scenarios
    // stay CPU-bound. Nothing here depends on durability across power loss.
    static QString scratch()
    {
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
        return base + QStringLiteral("/zs-sync-sim-XXXXXX");
    }

    // A scripted scenario on one simulation; fails with the log when a step or an invariant fails.
    // `outcome` checks the converged state.
    void script(const std::function<bool(Simulation&)>& steps, const std::function<bool(Simulation&)>& outcome)
    {
        QTemporaryDir dir(scratch());
        QVERIFY(dir.isValid());
        Simulation sim(0, dir.path(), m_template.path(), {});
        const bool done = sim.setUp() && steps(sim) && sim.finalSync() && sim.checkInvariants() && outcome(sim);
        sim.tearDown();
        if (!done || !sim.failure().isEmpty())
            QFAIL(qPrintable(sim.failure() + QStringLiteral("\noperation log:\n") + sim.log().join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_template.isValid());
        QLoggingCategory::setFilterRules(QStringLiteral("zs.seeds.debug=false")); // once per workspace: noise here
        // HQ's teams and accounts, made once: the scenarios copy this store (password hashing is slow on purpose).
        ManualClock clock;
        auto store = EncryptedStore::create(m_template.filePath(QStringLiteral("hq.zsdb")), passphrase(),
                                            hq::HqStore::schema(), KdfParams::minimal());
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        Database& db = store.value()->db();
        const qint64 now = clock.wallMs();
        for (const auto& team : {qMakePair("gz", "广州组"), qMakePair("sz", "深圳组"), qMakePair("hq", "总部")}) {
            auto added = hq::HqAuth::addTeam(db, QString::fromUtf8(team.first), QString::fromUtf8(team.second), now);
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        }
        const struct
        {
            const char* name;
            const char* team;
            hq::Role role;
        } users[] = {
            {"gz1", "gz", hq::Role::Officer}, {"sz1", "sz", hq::Role::Officer}, {"analyst", "hq", hq::Role::Analyst}};
        for (const auto& u : users) {
            auto added = hq::HqAuth::addUser(db, QString::fromLatin1(u.name), QString::fromLatin1(u.name),
                                             QString::fromLatin1(u.team), u.role, "password-sim-1", now);
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        }
        store.value()->close();
    }

    // Regression (found by seed 231 before the fix): an officer edits a record; before the edit is uploaded, a
    // colleague's edit of the same field — stamped later: a clock ahead (within HQ's tolerance) there, or one behind
    // here — reaches HQ and is pulled mid-round. The local edit was kept and uploaded but stamped earlier, so HQ kept
    // the colleague's value and had no reason to send the row again: the two laptops disagreed for good. Now the
    // pending edit is stamped after what was pulled: it wins everywhere, and the colleague sees a conflict.
    void pendingEditMeetsLaterRemoteEdit_data()
    {
        QTest::addColumn<int>("skewA");
        QTest::addColumn<int>("skewB");
        QTest::newRow("colleague's clock ahead") << 3 * 60 * 1000 << 0;
        QTest::newRow("own clock far behind") << 0 << -20 * 60 * 1000;
    }

    void pendingEditMeetsLaterRemoteEdit()
    {
        QFETCH(int, skewA);
        QFETCH(int, skewB);
        QString id;
        script(
            [&](Simulation& sim) {
                SimClient& a = sim.client(0);
                SimClient& b = sim.client(1);
                sim.setSkew(a, skewA);
                sim.setSkew(b, skewB);
                if (!sim.createCompany(a) || !sim.pushOnce(a, false) || !sim.pullAll(b, false))
                    return false;
                id = sim.column(b, "SELECT id FROM company").value(0);
                sim.tick();
                if (!sim.setCompanyNotes(b, id, QStringLiteral("乙的备注")))
                    return false;
                sim.tick();
                return sim.setCompanyNotes(a, id, QStringLiteral("甲的备注")) && sim.pushOnce(a, false) &&
                       sim.pullAll(b, false) && sim.pushOnce(b, false);
            },
            [&](Simulation& sim) {
                const QStringList notes = sim.column(sim.client(0), "SELECT notes FROM company");
                auto conflicts = sim.client(0).replica->conflicts();
                const bool seen =
                    conflicts.ok() && std::any_of(conflicts->cbegin(), conflicts->cend(), [](const QJsonObject& c) {
                        return c.value(QStringLiteral("lost")).toString() == QStringLiteral("甲的备注");
                    });
                if (notes != QStringList{QStringLiteral("乙的备注")})
                    return sim.fail(QStringLiteral("the pending edit did not win: ") + notes.join(QLatin1Char(',')));
                return seen || sim.fail(QStringLiteral("the overwritten value is not in the conflicts list"));
            });
    }

    // Regression: a record is deleted here while, elsewhere, it was deleted and restored (causal length 3), and the
    // restore is pulled before the local delete is uploaded. The delete went out with length 2, HQ kept 3 (alive) and
    // sent nothing more: deleted here, alive everywhere else. Now the delete counts on top of 3 and wins everywhere.
    void pendingDeleteMeetsRemoteRestore()
    {
        script(
            [](Simulation& sim) {
                SimClient& a = sim.client(0);
                SimClient& b = sim.client(1);
                sim.setSkew(a, 0);
                sim.setSkew(b, 0);
                if (!sim.createCompany(a) || !sim.pushOnce(a, false) || !sim.pullAll(b, false))
                    return false;
                const QString id = sim.column(b, "SELECT id FROM company").value(0);
                sim.tick();
                if (!sim.setRowDeleted(b, QStringLiteral("company"), id, true))
                    return false;
                sim.tick();
                return sim.setRowDeleted(a, QStringLiteral("company"), id, true) && sim.pushOnce(a, false) &&
                       sim.setRowDeleted(a, QStringLiteral("company"), id, false) && sim.pushOnce(a, false) &&
                       sim.pullAll(b, false) && sim.pushOnce(b, false);
            },
            [](Simulation& sim) {
                const QStringList deleted = sim.column(sim.client(0), "SELECT deleted FROM company");
                return deleted == QStringList{QStringLiteral("1")} ||
                       sim.fail(QStringLiteral("the pending delete did not win: ") + deleted.join(QLatin1Char(',')));
            });
    }

    // A first sync into an empty workspace builds the secondary indexes once, at the end of its pull, instead of row
    // by row; cut short by a crash, it leaves the workspace without them only until the replica is opened again.
    // Either way the indexes end exactly as the schema made them.
    void firstSyncBuildsIndexesAtItsEnd()
    {
        static const char* const kIndexes =
            "SELECT name || ':' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        static const char* const kVisitIndex = "SELECT name FROM sqlite_master WHERE name = 'visit_company'";
        script(
            [](Simulation& sim) {
                SimClient& a = sim.client(0);
                SimClient& b = sim.client(1); // same team, nothing synced yet
                SimClient& d = sim.client(2); // another team: the city's companies and contacts
                for (int i = 0; i < 4; ++i)
                    if (!sim.createCompany(a) || !sim.createContact(a) || !sim.createVisit(a))
                        return false;
                if (!sim.pushOnce(a, false))
                    return false;
                const QStringList schema = sim.column(b, kIndexes);
                if (schema.isEmpty() || sim.column(b, kVisitIndex).isEmpty())
                    return sim.fail(QStringLiteral("the schema has no visit_company index to defer"));
                // b: the whole pull in one go.
                if (!sim.pullAll(b, false, 3) || sim.column(b, kIndexes) != schema)
                    return sim.fail(QStringLiteral("after a first sync the indexes differ from the schema's"));
                if (sim.column(b, "SELECT count(*) FROM visit") != QStringList{QStringLiteral("4")})
                    return sim.fail(QStringLiteral("b did not get the 4 visits"));
                // d: one page, the indexes are deferred; a crash; reopening builds them.
                bool more = false;
                if (!sim.pullPage(d, 2, &more))
                    return false;
                if (!more || !sim.column(d, kVisitIndex).isEmpty())
                    return sim.fail(QStringLiteral("the first page of a first sync did not defer the indexes"));
                if (!sim.reopen(d, QStringLiteral("crash in the middle of the first sync")))
                    return false;
                if (sim.column(d, kIndexes) != schema)
                    return sim.fail(QStringLiteral("reopening did not build the deferred indexes"));
                // A store that is not empty keeps its indexes through a pull.
                if (!sim.createVisit(a) || !sim.pushOnce(a, false) || !sim.pullPage(b, 1, &more) ||
                    sim.column(b, kVisitIndex).isEmpty())
                    return sim.fail(QStringLiteral("a pull into a store with records dropped its indexes"));
                return true;
            },
            [](Simulation&) { return true; });
    }

    // Seeds that once failed, kept as they are (they replay the same scenario while the generator is unchanged).
    void knownSeeds()
    {
        for (quint32 seed : {231u}) {
            const QString failure = runSeed(seed, {});
            if (!failure.isEmpty())
                QFAIL(qPrintable(failure));
        }
    }

    // Hundreds of seeded scenarios: operations, faults, crashes and skewed clocks, then every invariant.
    void randomScenariosConverge()
    {
        QElapsedTimer timer;
        timer.start();
        quint32 first = 1;
        int count = 200;
        if (qEnvironmentVariableIsSet("ZS_SIM_SEED")) {
            first = quint32(qEnvironmentVariableIntValue("ZS_SIM_SEED"));
            count = 1;
        } else if (qEnvironmentVariableIsSet("ZS_SIM_SEEDS")) {
            count = qEnvironmentVariableIntValue("ZS_SIM_SEEDS");
        }
        int operations = 0;
        int acked = 0;
        int replays = 0;
        for (quint32 seed = first; seed < first + quint32(count); ++seed) {
            Simulation::Options options;
            options.resumeCheck = seed % 2 == 0 || count == 1; // every other seed: two more workspaces each
            const QString failure = runSeed(seed, options, &operations, &acked, &replays);
            if (!failure.isEmpty())
                QFAIL(qPrintable(failure));
        }
        qInfo("%d scenarios, %d operations, %d acknowledged transactions, %d replays answered, %lld ms", count,
              operations, acked, replays, timer.elapsed());
        QVERIFY(count == 1 || operations > count * 10);
        QVERIFY(count == 1 || replays > 0); // the faults really made clients resend
    }
};

QTEST_GUILESS_MAIN(TestSyncSimulation)
#include "tst_sync_simulation.moc"
