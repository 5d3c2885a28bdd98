// The sync simulation (tests/support/sim: HQ, laptops, the faulty transport, the invariants) over the real
// workspace: its schema and migrations, the city's sync schema, the repositories (capture triggers fire as in the app)
// and WorkspaceSync (synced tables, purge hook, deferred indexes rebuilt on open). Four laptops: two officers of one
// team, one of another, an HQ analyst. The same engine runs over a made-up schema with the desktop switched off in
// tests/sync/tst_sync_sim_core.
//
// A failing seed prints its number and the operation log; ZS_SIM_SEED=<n> replays one seed, ZS_SIM_SEEDS=<count>
// changes how many run, ZS_SIM_LOG=1 prints every scenario's log.

#include "desktop/core/Workspace.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/sync/WorkspaceSync.h"
#include "sync/store/Database.h"
#include "sync/store/Statement.h"
#include "sync/store/Transaction.h"
#include "tests/support/sim/Simulation.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>

using namespace zs;
using sim::Device;
using sim::Simulation;

namespace {

class WorkspaceStore : public sim::ClientStore
{
public:
    explicit WorkspaceStore(std::unique_ptr<Workspace> ws)
        : m_ws(std::move(ws))
    {
    }
    Database& db() override { return m_ws->db(); }

private:
    std::unique_ptr<Workspace> m_ws;
};

Result<std::unique_ptr<sim::ClientStore>> wrap(Result<std::unique_ptr<Workspace>> ws)
{
    if (!ws.ok())
        return ws.error();
    return std::unique_ptr<sim::ClientStore>(std::make_unique<WorkspaceStore>(std::move(ws.value())));
}

// The app's side: workspaces, and officers working through the repositories.
class WorkspaceApp : public sim::Application
{
public:
    const sync::SyncSchema& schema() const override { return sync::SyncSchema::city(); }
    // Every laptop's workspace is a copy of one Workspace::create made (once per process: the migrations, reference
    // data and sync installation are the same for all; making them was 38 % of the run) with an identity of its own,
    // as create() would have given it.
    Result<std::unique_ptr<sim::ClientStore>> create(const QString& path) override
    {
        const QString made = m_template.filePath(QStringLiteral("workspace.zsdb"));
        if (!QFile::exists(made)) {
            auto ws = Workspace::create(made, sim::passphrase(), KdfParams::minimal());
            if (!ws.ok())
                return ws.error();
        }
        for (const QString& name : QDir(m_template.path()).entryList(QDir::Files))
            if (!QFile::copy(m_template.filePath(name), path + name.mid(int(QStringLiteral("workspace.zsdb").size()))))
                return makeError(ErrorCode::Io, QStringLiteral("cannot copy the workspace template to ") + path);
        auto ws = Workspace::open(path, sim::passphrase());
        if (!ws.ok())
            return ws.error();
        ZS_TRY(ws.value()->db().run("UPDATE device SET device_id = ?1, node_id = lower(hex(randomblob(8)))",
                                    QUuid::createUuid().toString(QUuid::WithoutBraces)));
        return wrap(std::move(ws));
    }
    Result<std::unique_ptr<sim::ClientStore>> open(const QString& path) override
    {
        return wrap(Workspace::open(path, sim::passphrase()));
    }
    Result<void> enrolled(Device& d) override { return WorkspaceSync::adoptTeamScope(d.db(), d.who.teamScope()); }
    // The app's replica on each laptop's own, skewed clock: the replica decides with it whether HQ's time is plausible.
    std::unique_ptr<sync::LocalReplica> replica(Database& db, const Clock& clock) override
    {
        return WorkspaceSync::replica(db, clock);
    }

    bool operate(Simulation& sim, Device& c) override
    {
        const int op = sim.below(100);
        if (op < 14)
            return createCompany(sim, c);
        if (op < 30)
            return editCompany(sim, c);
        if (op < 35)
            return setRandomDeleted(sim, c, "company", true);
        if (op < 39)
            return setRandomDeleted(sim, c, "company", false);
        if (op < 46)
            return createContact(sim, c);
        if (op < 54)
            return editContact(sim, c);
        if (op < 57)
            return setRandomDeleted(sim, c, "contact", true);
        if (op < 68)
            return createVisit(sim, c);
        if (op < 82)
            return editVisit(sim, c);
        if (op < 85)
            return markNextStepDone(sim, c);
        if (op < 89)
            return setRandomDeleted(sim, c, "visit", true);
        if (op < 92)
            return setRandomDeleted(sim, c, "visit", false);
        return batch(sim, c);
    }

    bool editWhileSyncing(Simulation& sim, Device& c) override
    {
        const int op = sim.below(100);
        if (op < 40)
            return editCompany(sim, c);
        if (op < 55)
            return editContact(sim, c);
        if (op < 80)
            return editVisit(sim, c);
        if (op < 88)
            return setRandomDeleted(sim, c, "company", sim.chance(50));
        if (op < 94)
            return setRandomDeleted(sim, c, "visit", sim.chance(50));
        return setRandomDeleted(sim, c, "contact", sim.chance(50));
    }

    bool editable(const Device& c, const sync::RowChange& row) const override
    {
        return row.table == QLatin1String("company") || row.table == QLatin1String("contact") ||
               (row.table == QLatin1String("visit") && row.scope == c.who.teamScope());
    }

    bool setDeleted(Simulation& sim, Device& c, const QString& table, const QString& id, bool deleted) override
    {
        return setRowDeleted(sim, c, table, id, deleted);
    }

    bool editRow(Simulation& sim, Device& c, const QString& table, const QString& id) override
    {
        if (table == QLatin1String("company"))
            return editCompanyRow(sim, c, id);
        if (table == QLatin1String("contact"))
            return editContactRow(sim, c, id);
        return editVisitRow(sim, c, id);
    }

    // ---- operations through the repositories (capture triggers fire as in the app) -----------------------------
    bool createCompany(Simulation& sim, Device& c, bool quiet = false)
    {
        Company company;
        company.name = QStringLiteral("模拟企业%1-%2").arg(sim.seed()).arg(sim.nextNumber());
        company.hqCity =
            QStringList{QStringLiteral("广州"), QStringLiteral("深圳"), QStringLiteral("东莞")}[sim.below(3)];
        company.size = RecordText::companySizes()[sim.below(4)];
        if (sim.chance(50))
            company.revenueWan = sim.below(100000) / 10.0;
        company.notes = sim.text(QStringLiteral("新建"), c);
        auto id = CompanyRepository(c.db(), c.clock).create(company);
        if (!sim.ok(id, QStringLiteral("create company")))
            return false;
        sim.created(QStringLiteral("company"), id.value());
        if (!quiet)
            sim.note(c.label, QStringLiteral("create company %1").arg(id.value()));
        return true;
    }

    bool editCompany(Simulation& sim, Device& c)
    {
        const QString id = sim.pick(sim.column(c, "SELECT id FROM company WHERE deleted = 0 ORDER BY rid"));
        if (id.isEmpty())
            return createCompany(sim, c);
        return editCompanyRow(sim, c, id);
    }

    bool editCompanyRow(Simulation& sim, Device& c, const QString& id)
    {
        CompanyRepository repo(c.db(), c.clock);
        auto company = repo.get(id);
        if (!sim.ok(company, QStringLiteral("get company")))
            return false;
        Company edited = company.value();
        QStringList what;
        // Mostly one field, mostly the notes: colleagues then really overwrite each other's cells.
        const int fields = sim.chance(70) ? 1 : 2 + sim.below(2);
        for (int i = 0; i < fields; ++i) {
            const int r = sim.below(100);
            switch (r < 45 ? 0 : r < 65 ? 1 : r < 78 ? 2 : r < 90 ? 3 : 4) {
            case 0:
                edited.notes = sim.text(QStringLiteral("备注"), c);
                what << QStringLiteral("notes");
                break;
            case 1:
                edited.tags = sim.text(QStringLiteral("标签"), c);
                what << QStringLiteral("tags");
                break;
            case 2:
                edited.revenueWan = sim.below(2) ? std::optional<double>(sim.below(50000) / 4.0) : std::nullopt;
                what << QStringLiteral("revenue");
                break;
            case 3:
                edited.size = RecordText::companySizes()[sim.below(4)];
                what << QStringLiteral("size");
                break;
            default:
                edited.name = QStringLiteral("更名企业%1-%2").arg(sim.seed()).arg(sim.nextNumber());
                what << QStringLiteral("name");
                break;
            }
        }
        if (!sim.ok(repo.update(edited), QStringLiteral("update company")))
            return false;
        sim.note(c.label, QStringLiteral("edit company %1 (%2)").arg(id, what.join(QLatin1Char(','))));
        return true;
    }

    bool setRandomDeleted(Simulation& sim, Device& c, const char* table, bool deleted)
    {
        QString sql =
            QStringLiteral("SELECT id FROM %1 WHERE deleted = %2").arg(QLatin1String(table)).arg(deleted ? 0 : 1);
        if (QLatin1String(table) == QLatin1String("visit")) // a team's own work only (others' would be refused)
            sql += QStringLiteral(" AND scope = '%1'").arg(c.who.teamScope());
        sql += QStringLiteral(" ORDER BY rid");
        const QString id = sim.pick(sim.column(c, sql.toUtf8().constData()));
        if (id.isEmpty())
            return true;
        return setRowDeleted(sim, c, QLatin1String(table), id, deleted);
    }

    bool setRowDeleted(Simulation& sim, Device& c, const QString& table, const QString& id, bool deleted)
    {
        Result<void> done;
        if (deleted && table == QLatin1String("company")) {
            done = CompanyRepository(c.db(), c.clock).remove(id);
        } else {
            // No repository call for these: the app's soft delete is this UPDATE (captured by the triggers).
            const QByteArray update =
                QStringLiteral("UPDATE %1 SET deleted = ?2, updated_at = ?3 WHERE id = ?1").arg(table).toUtf8();
            auto stmt = c.db().prepare(update.constData());
            if (!sim.ok(stmt, QStringLiteral("prepare soft delete")))
                return false;
            stmt->bind(1, id).bind(2, deleted ? 1 : 0).bind(3, c.clock.wallMs());
            done = stmt->run();
        }
        if (!sim.ok(done, QStringLiteral("soft delete")))
            return false;
        sim.note(
            c.label,
            QStringLiteral("%1 %2 %3").arg(deleted ? QStringLiteral("delete") : QStringLiteral("undelete"), table, id));
        return true;
    }

    bool setCompanyNotes(Simulation& sim, Device& c, const QString& id, const QString& notes)
    {
        CompanyRepository repo(c.db(), c.clock);
        auto company = repo.get(id);
        if (!sim.ok(company, QStringLiteral("get company")))
            return false;
        Company edited = company.value();
        edited.notes = notes;
        if (!sim.ok(repo.update(edited), QStringLiteral("update company")))
            return false;
        sim.note(c.label, QStringLiteral("company %1 notes = %2").arg(id, notes));
        return true;
    }

    bool createContact(Simulation& sim, Device& c, bool quiet = false)
    {
        const QString company = sim.pick(sim.column(c, "SELECT id FROM company WHERE deleted = 0 ORDER BY rid"));
        if (company.isEmpty())
            return createCompany(sim, c, quiet);
        Contact contact;
        contact.companyId = company;
        contact.name = QStringLiteral("联系人%1").arg(sim.nextNumber());
        contact.title = QStringLiteral("总经理");
        contact.notes = sim.text(QStringLiteral("联系人备注"), c);
        auto id = ContactRepository(c.db(), c.clock).create(contact);
        if (!sim.ok(id, QStringLiteral("create contact")))
            return false;
        sim.created(QStringLiteral("contact"), id.value());
        if (!quiet)
            sim.note(c.label, QStringLiteral("create contact %1 at %2").arg(id.value(), company));
        return true;
    }

    bool editContact(Simulation& sim, Device& c)
    {
        const QString id = sim.pick(sim.column(c, "SELECT id FROM contact WHERE deleted = 0 ORDER BY rid"));
        if (id.isEmpty())
            return createContact(sim, c);
        return editContactRow(sim, c, id);
    }

    bool editContactRow(Simulation& sim, Device& c, const QString& id)
    {
        ContactRepository repo(c.db(), c.clock);
        auto contact = repo.get(id);
        if (!sim.ok(contact, QStringLiteral("get contact")))
            return false;
        Contact edited = contact.value();
        if (sim.chance(50))
            edited.title = sim.text(QStringLiteral("职务"), c);
        else
            edited.wechat = sim.text(QStringLiteral("wx"), c);
        edited.notes = sim.text(QStringLiteral("联系人备注"), c);
        if (!sim.ok(repo.update(edited), QStringLiteral("update contact")))
            return false;
        sim.note(c.label, QStringLiteral("edit contact %1").arg(id));
        return true;
    }

    bool createVisit(Simulation& sim, Device& c, bool quiet = false)
    {
        const QString company = sim.pick(sim.column(c, "SELECT id FROM company WHERE deleted = 0 ORDER BY rid"));
        if (company.isEmpty())
            return createCompany(sim, c, quiet);
        Visit visit;
        visit.companyId = company;
        visit.visitedAt = QDateTime::fromMSecsSinceEpoch(c.clock.wallMs() - sim.below(72) * 3600 * 1000LL);
        visit.city = RecordText::visitCities()[sim.below(4)];
        visit.notes = sim.text(QStringLiteral("走访记录"), c);
        visit.intent = sim.below(4);
        auto id = VisitRepository(c.db(), c.clock).create(visit);
        if (!sim.ok(id, QStringLiteral("create visit")))
            return false;
        sim.created(QStringLiteral("visit"), id.value());
        if (!quiet)
            sim.note(c.label, QStringLiteral("create visit %1 in %2").arg(id.value(), visit.scope));
        return true;
    }

    QStringList ownVisits(Simulation& sim, Device& c)
    {
        const QByteArray sql = QStringLiteral("SELECT id FROM visit WHERE deleted = 0 AND scope = '%1' ORDER BY rid")
                                   .arg(c.who.teamScope())
                                   .toUtf8();
        return sim.column(c, sql.constData());
    }

    bool editVisit(Simulation& sim, Device& c)
    {
        const QString id = sim.pick(ownVisits(sim, c));
        if (id.isEmpty())
            return createVisit(sim, c);
        return editVisitRow(sim, c, id);
    }

    bool editVisitRow(Simulation& sim, Device& c, const QString& id)
    {
        VisitRepository repo(c.db(), c.clock);
        auto visit = repo.get(id);
        if (!sim.ok(visit, QStringLiteral("get visit")))
            return false;
        Visit edited = visit.value();
        edited.notes = sim.text(QStringLiteral("修订"), c);
        if (sim.chance(25))
            edited.outcome = sim.text(QStringLiteral("结果"), c);
        if (sim.chance(20))
            edited.intent = sim.below(4);
        auto changed = repo.correct(edited);
        if (!sim.ok(changed, QStringLiteral("correct visit")))
            return false;
        // Each corrected field left a revision: a detail row of the visit, synced like it.
        for (const QString& revision : sim.column(c, "SELECT id FROM visit_revision WHERE visit_id = ?1", id))
            sim.created(QStringLiteral("visit_revision"), revision);
        sim.note(c.label, QStringLiteral("correct visit %1 (%2 fields)").arg(id).arg(changed.value()));
        return true;
    }

    bool markNextStepDone(Simulation& sim, Device& c)
    {
        const QString id = sim.pick(ownVisits(sim, c));
        if (id.isEmpty())
            return true;
        const bool done = sim.chance(70);
        if (!sim.ok(VisitRepository(c.db(), c.clock).setNextStepDone(id, done), QStringLiteral("next step done")))
            return false;
        sim.note(c.label, QStringLiteral("visit %1 next step %2")
                              .arg(id, done ? QStringLiteral("done") : QStringLiteral("reopened")));
        return true;
    }

    // One local transaction touching several rows: it must travel and apply as one.
    bool batch(Simulation& sim, Device& c)
    {
        auto tx = Transaction::begin(c.db());
        if (!sim.ok(tx, QStringLiteral("begin batch")))
            return false;
        const bool done = createCompany(sim, c, true) && createContact(sim, c, true) && createVisit(sim, c, true);
        if (!done)
            return false;
        if (!sim.ok(tx->commit(), QStringLiteral("commit batch")))
            return false;
        sim.note(c.label, QStringLiteral("batch: company + contact + visit in one transaction"));
        return true;
    }

private:
    QTemporaryDir m_template{sim::scratch()};
};

} // namespace

class TestSyncSimulation : public QObject
{
    Q_OBJECT

private:
    sim::HqTemplate m_hq;
    WorkspaceApp m_app;

    // A scripted scenario on one simulation; fails with the log when a step or an invariant fails.
    // `outcome` checks the converged state.
    void script(const std::function<bool(Simulation&)>& steps, const std::function<bool(Simulation&)>& outcome)
    {
        const QString failure = sim::script(m_app, m_hq, steps, outcome);
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_hq.isValid(), qPrintable(m_hq.error()));
        QLoggingCategory::setFilterRules(QStringLiteral("zs.seeds.debug=false")); // once per workspace: noise here
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
                Device& a = sim.device(0);
                Device& b = sim.device(1);
                sim.setSkew(a, skewA);
                sim.setSkew(b, skewB);
                if (!m_app.createCompany(sim, a) || !sim.pushOnce(a, false) || !sim.pullAll(b, false))
                    return false;
                id = sim.column(b, "SELECT id FROM company").value(0);
                sim.tick();
                if (!m_app.setCompanyNotes(sim, b, id, QStringLiteral("乙的备注")))
                    return false;
                sim.tick();
                return m_app.setCompanyNotes(sim, a, id, QStringLiteral("甲的备注")) && sim.pushOnce(a, false) &&
                       sim.pullAll(b, false) && sim.pushOnce(b, false);
            },
            [&](Simulation& sim) {
                const QStringList notes = sim.column(sim.device(0), "SELECT notes FROM company");
                auto conflicts = sim.device(0).replica->conflicts();
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
            [this](Simulation& sim) {
                Device& a = sim.device(0);
                Device& b = sim.device(1);
                sim.setSkew(a, 0);
                sim.setSkew(b, 0);
                if (!m_app.createCompany(sim, a) || !sim.pushOnce(a, false) || !sim.pullAll(b, false))
                    return false;
                const QString id = sim.column(b, "SELECT id FROM company").value(0);
                sim.tick();
                if (!m_app.setRowDeleted(sim, b, QStringLiteral("company"), id, true))
                    return false;
                sim.tick();
                return m_app.setRowDeleted(sim, a, QStringLiteral("company"), id, true) && sim.pushOnce(a, false) &&
                       m_app.setRowDeleted(sim, a, QStringLiteral("company"), id, false) && sim.pushOnce(a, false) &&
                       sim.pullAll(b, false) && sim.pushOnce(b, false);
            },
            [this](Simulation& sim) {
                const QStringList deleted = sim.column(sim.device(0), "SELECT deleted FROM company");
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
            [this](Simulation& sim) {
                Device& a = sim.device(0);
                Device& b = sim.device(1); // same team, nothing synced yet
                Device& d = sim.device(2); // another team: the city's companies and contacts
                for (int i = 0; i < 4; ++i)
                    if (!m_app.createCompany(sim, a) || !m_app.createContact(sim, a) || !m_app.createVisit(sim, a))
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
                if (!m_app.createVisit(sim, a) || !sim.pushOnce(a, false) || !sim.pullPage(b, 1, &more) ||
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
            const QString failure = sim::runSeed(m_app, m_hq, seed, {});
            if (!failure.isEmpty())
                QFAIL(qPrintable(failure));
        }
    }

    // Hundreds of seeded scenarios: operations, faults, crashes and skewed clocks, then every invariant.
    void randomScenariosConverge()
    {
        const QString failure = sim::runSeeds(m_app, m_hq, 1, 200);
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestSyncSimulation)
#include "tst_sync_simulation.moc"
