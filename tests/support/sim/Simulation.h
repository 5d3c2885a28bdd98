#pragma once
// The deterministic in-process sync simulation (SYNC.md "How it is tested"; the project's FakeFolder), over any
// application that syncs through sync/client: one HQ (HqStore over an encrypted store, with the application's sync
// schema) and a few laptops (the application's store with its LocalReplica), driven in rounds by one thread over a
// fake transport that drops, duplicates, truncates and re-delivers stale messages, with laptops that crash (close and
// reopen their store) between steps and clocks that are skewed and jump; users also edit records while newer versions
// of them are on the way. Operations and faults come from a fixed seed per scenario; at checkpoints and at the end,
// after a fault-free sync of every laptop, the invariants are checked:
//   - every laptop holds exactly HQ's merged rows for its scopes (so same-scope laptops are identical, a reader of
//     every scope holds the union), and HQ equals the reference merge (zs::sync::Replica) of every row change it
//     accepted;
//   - every write a laptop saw acknowledged is at HQ in merged form, every row ever created is there once;
//   - a replayed upload is answered Replayed and never applied twice;
//   - laptops never hold rows outside their read scopes (checked after every page);
//   - a fresh device that pulls with interruptions (small pages, reopen between pages, duplicated and stale pages)
//     ends up identical to one that pulls everything in one go.
// What the users do, and the store and tables, belong to the Application: the desktop's workspace with its
// repositories (tests/desktop/tst_sync_simulation), or a made-up notes schema with the desktop switched off
// (NotesApp.h, tests/sync/tst_sync_sim_core).
//
// A failing seed prints its number and the operation log; ZS_SIM_SEED=<n> replays one seed, ZS_SIM_SEEDS=<count>
// changes how many run, ZS_SIM_LOG=1 prints every scenario's log.

#include "sync/client/LocalReplica.h"
#include "sync/protocol/Merge.h"
#include "sync/server/HqStore.h"
#include "sync/server/Policy.h"
#include "sync/store/Clock.h"
#include "sync/store/EncryptedStore.h"
#include "sync/store/SecureBytes.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace zs::sim {

class Simulation;

// The one passphrase of every store in a simulation.
SecureBytes passphrase();
// A folder template for scratch directories: on a RAM disk when there is one (stores are created with fsyncs; nothing
// here depends on durability across power loss, and hundreds of scenarios then stay CPU-bound).
QString scratch();

// A laptop's store as the application opens it: the database its replica works on.
class ClientStore
{
public:
    virtual ~ClientStore() = default;
    virtual Database& db() = 0;
};

// One simulated laptop (or tablet): enrolled as `who`, on its own skewed clock.
struct Device
{
    QString label;
    hq::Principal who;
    ManualClock clock;
    qint64 skewMs = 0;
    QString path;
    std::unique_ptr<ClientStore> store;
    std::unique_ptr<sync::LocalReplica> replica;
    QList<QByteArray> pages; // pull pages already received: a slow network may deliver one again, late
    bool readOnly = false;   // the fresh devices of the resume check only pull
    // What it reads, by the schema (set at enrolment): the scopes, or every scope.
    QStringList scopes;
    bool readsAll = false;
    QByteArray scopeCheck; // SQL counting rows outside its read scopes (empty: it reads every scope)

    Database& db() { return store->db(); }
};

// What the simulated laptops run: the synced data, the store, and what users do with it. The operations go through
// the application's own code (repositories, SQL), so its capture triggers fire as they do for real. Each returns
// false when it failed, after telling the simulation why (Simulation::fail / ok).
class Application
{
public:
    virtual ~Application() = default;

    // HQ's schema: the synced tables (the laptops' too), scopes and roles.
    virtual const sync::SyncSchema& schema() const = 0;
    // A new store at `path` with sync installed, and the same store reopened (after a crash).
    virtual Result<std::unique_ptr<ClientStore>> create(const QString& path) = 0;
    virtual Result<std::unique_ptr<ClientStore>> open(const QString& path) = 0;
    // Right after the device is enrolled (e.g. the records made before it take the team's scope).
    virtual Result<void> enrolled(Device&) { return {}; }
    // The replica the application opens over its store, on the device's own clock.
    virtual std::unique_ptr<sync::LocalReplica> replica(Database& db, const Clock& clock) = 0;

    // One random operation of a user.
    virtual bool operate(Simulation& sim, Device& device) = 0;
    // One while a sync round is in flight (pulls do not block the UI), on the records everyone is busy with.
    virtual bool editWhileSyncing(Simulation& sim, Device& device) = 0;
    // Whether the user of `device` may edit this row (arriving in a page): shared rows, and the device's own scope.
    virtual bool editable(const Device& device, const sync::RowChange& row) const = 0;
    // Deletes or restores a row, as the application does.
    virtual bool setDeleted(Simulation& sim, Device& device, const QString& table, const QString& id, bool deleted) = 0;
    // Edits a few fields of a row, as users do.
    virtual bool editRow(Simulation& sim, Device& device, const QString& table, const QString& id) = 0;
};

// HQ's empty store, made once per test process and copied by every scenario.
class HqTemplate
{
public:
    HqTemplate();
    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir{scratch()};
    QString m_error;
};

// One scenario: HQ, a few laptops, a seeded schedule of operations, faulty sync rounds, then the invariants.
class Simulation
{
public:
    struct DeviceSpec
    {
        QString label;
        QString account;
        QString team;
        QString role; // a role of the schema
    };
    struct Options
    {
        int steps = 36;
        bool resumeCheck = true;
        int checkpointEvery = 12;
        int pageSize = 7; // small pages: every scenario crosses page boundaries
        // The laptops: two of one team, one of another, one reading every scope (last: the resume check's other).
        QList<DeviceSpec> devices{
            {QStringLiteral("gz-a"), QStringLiteral("gz1"), QStringLiteral("gz"), QStringLiteral("officer")},
            {QStringLiteral("gz-b"), QStringLiteral("gz1"), QStringLiteral("gz"), QStringLiteral("officer")},
            {QStringLiteral("sz"), QStringLiteral("sz1"), QStringLiteral("sz"), QStringLiteral("officer")},
            {QStringLiteral("hq"), QStringLiteral("analyst"), QStringLiteral("hq"), QStringLiteral("analyst")},
        };
    };
    using Key = QPair<QString, QString>; // table, row id

    static constexpr qint64 kMaxAheadMs = 4 * 60 * 1000; // below HQ's 5-minute horizon: must still be accepted
    static constexpr qint64 kMaxBehindMs = 30 * 60 * 1000;

    Simulation(Application& app, quint32 seed, const QString& dir, const HqTemplate& hq, Options options);
    ~Simulation();

    // Empty when every invariant held; otherwise what failed.
    QString run();

    const QStringList& log() const { return m_log; }
    int operations() const { return m_operations; }
    int acknowledgedTransactions() const { return int(m_acked.size()); }
    int replays() const { return m_replays; }
    const QString& failure() const { return m_failure; }
    quint32 seed() const { return m_seed; }
    Device& device(int i) { return *m_devices[size_t(i)]; }
    int devices() const { return int(m_devices.size()); }
    Application& app() { return m_app; }
    hq::HqStore& hq() { return *m_hq; }

    // The pieces below are public so that applications and regression scenarios can script them step by step.
    // ---- randomness and bookkeeping -------------------------------------------------------------------------
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    // Edits concentrate on a few rows so that laptops really collide.
    QString pick(const QStringList& list);
    // "<what> <label> #<n>": a text no one else writes.
    QString text(const QString& what, const Device& device);
    int nextNumber() { return ++m_counter; }
    // A row created on a laptop: it must reach HQ, once.
    void created(const QString& table, const QString& id) { m_created.insert(Key{table, id}); }
    void note(const QString& who, const QString& what);
    bool fail(const QString& what);
    template <typename T> bool ok(const Result<T>& r, const QString& context)
    {
        return r.ok() || fail(context + QStringLiteral(": ") + r.error().toString());
    }
    // The first column of every row `sql` returns, as text.
    QStringList column(Device& device, const char* sql, const QString& arg = {});
    const QStringList& readScopes(const Device& device) const { return device.scopes; }
    bool readsAll(const Device& device) const { return device.readsAll; }

    // ---- set-up, time and crashes ----------------------------------------------------------------------------
    bool setUp();
    void tearDown();
    bool addDevice(Device& device, const DeviceSpec& spec);
    void tick();
    void setSkew(Device& device, qint64 skew);
    void jumpClock(Device& device);
    bool reopen(Device& device, const QString& why);

    // ---- sync over the faulty transport ----------------------------------------------------------------------
    // One upload as SyncEngine::pushRound does it. `sent` is set when there was something to send.
    bool pushOnce(Device& device, bool faulty, bool* sent = nullptr);
    // One page of a pull, fault-free.
    bool pullPage(Device& device, int limit, bool* more);
    // Pull pages until HQ has no more, as SyncEngine::pullRound does; `limit` rows a page (0: the options').
    // `interrupted`: the device also quits between pages, at random, a third of the time.
    bool pullAll(Device& device, bool faulty, int limit = 0, bool interrupted = false);
    bool syncRound(Device& device);
    bool finalSync();

    // ---- the invariants --------------------------------------------------------------------------------------
    bool checkScopes(Device& device);
    bool checkInvariants();
    bool checkResumeEqualsOneShot();

private:
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
    // One draw of below(100) against cumulative bounds: the first entry whose bound is above it, else `last`.
    template <typename Fault> Fault pickFault(std::initializer_list<std::pair<int, Fault>> bounds, Fault last)
    {
        const int r = below(100);
        for (const auto& [bound, fault] : bounds)
            if (r < bound)
                return fault;
        return last;
    }
    PushFault pushFault();
    PullFault pullFault();
    static QString faultName(PushFault fault);
    QByteArray truncated(const QByteArray& body) { return body.left(below(int(body.size()))); }

    bool randomOperation(Device& device);
    bool editWhileSyncing(Device& device);
    // The worst moment for a local edit: the record changed elsewhere and its new version is on the way here (the
    // page is fetched, not yet applied) while the user edits, deletes or restores it.
    bool editArrivingRow(Device& device, const sync::PullResponse& page);
    bool openReplica(Device& device);
    bool hqPush(const hq::Principal& who, const QByteArray& body, QByteArray* reply);
    bool applyPage(Device& device, const sync::PullResponse& page, const QString& what);
    bool hqRows(QHash<Key, sync::RowChange>& out);
    QString deviceLabel(const QString& device) const;

    Application& m_app;
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
    hq::Principal m_reader; // reads every scope: HQ's rows for the invariants
    std::vector<std::unique_ptr<Device>> m_devices;

    QSet<QString> m_hqApplied; // device/tx HQ applied
    sync::Replica m_reference; // every row change HQ accepted, merged in memory
    QSet<Key> m_created;
    QList<sync::ChangeSet> m_acked; // what laptops saw acknowledged
};

// Runs scenarios and reports like a test: empty when it passed, else the failure with the seed and the log.
struct Stats
{
    int operations = 0;
    int acknowledged = 0;
    int replays = 0;
};
QString runSeed(Application& app, const HqTemplate& hq, quint32 seed, Simulation::Options options,
                Stats* stats = nullptr);
// `count` seeds from `first` (ZS_SIM_SEED / ZS_SIM_SEEDS override them); every other seed also runs the resume check.
QString runSeeds(Application& app, const HqTemplate& hq, quint32 first, int count, Simulation::Options options = {});
// A scripted scenario on one simulation (seed 0): `steps`, a fault-free sync, the invariants, then `outcome`.
QString script(Application& app, const HqTemplate& hq, const std::function<bool(Simulation&)>& steps,
               const std::function<bool(Simulation&)>& outcome);

} // namespace zs::sim
