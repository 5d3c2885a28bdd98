// Sync at scale on loopback, with the real components: HQ = SqlCipherStorage opened as zhaoshang-hq opens it +
// HqService behind the HttpServer (plain HTTP on 127.0.0.1, 4 threads); laptops = real encrypted workspaces
// (KdfParams::minimal, so set-up is quick) syncing through LocalReplica + SyncEngine over QNetworkAccessManager.
// Devices are provisioned at HQ (AccountStorage::provisionDevice) and their tokens written into sync_state, as
// enrollment would leave them.
//
//   1. first sync of a new laptop: 100,000 visits (+ the companies, contacts, leads and events DemoData makes
//      around them) pulled and applied into its encrypted store                 >= 30,000 records/s end to end
//   2. pushing 20,000 new visits made through the repository on one laptop        >= 20,000 records/s
//   3. a day's round: 200 visit corrections by laptop X, X syncs, then L syncs     <= 100 ms for both syncs
//   4. 200 devices (4 teams) with 200 new visits each, all syncing at once against `zhaoshang-hq serve` in a child
//      process (so its memory and CPU are its own): all complete, 0 errors, wall time <= 10 s, HQ peak RSS within
//      the bound its design gives (pull budget + a small page per connection + request bodies + page cache).
//      The devices are played by a few bench_sync_storm_client processes: the requests a laptop sends, over real
//      HTTP, every answer decoded and checked, pulled rows counted but not applied (a laptop applies on its own CPU).
//      4b, context: the same with full laptops (workspace + SyncEngine) in this process, by default only 20 of them.
//
// Where a figure has parts, they come from timestamps only: the in-process HQ's handler times, the laptop's progress
// signals (emitted before each request) and its finish; decoding is re-timed on the side on the very same bodies.
//
// Usage: bench_sync [visits=100000] [devices=200] [laptops=20] [clients=4]   (0 skips that part)
//   visits: figures 1-3; devices: figure 4; laptops: figure 4b (only when devices > 0); clients: storm client
//   processes sharing figure 4's devices. `bench_sync 0 200` runs figure 4 alone (with 4b), `bench_sync 0 200 200`
//   the old 200-laptop figure as context.
//   For figure 2, ZS_BENCH_TIMELINE=1 prints when each request started and when HQ handled it, and ZS_BENCH_DUMP=FILE
//   writes its first push body to FILE (to study the wire form).
#include "BenchReport.h"
#include "desktop/core/Workspace.h"
#include "desktop/core/demo/DemoData.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/sync/WorkspaceSync.h"
#include "sync/client/HqConnection.h"
#include "sync/client/SyncEngine.h"
#include "sync/protocol/WireCodec.h"
#include "sync/server/HqAuth.h"
#include "sync/server/HqService.h"
#include "sync/server/HqStorage.h"
#include "sync/server/HqStore.h"
#include "sync/server/SqlCipherStorage.h"
#include "sync/server/HttpServer.h"
#include "sync/store/Database.h"
#include "sync/store/EncryptedStore.h"
#include "sync/store/Transaction.h"
#include "sync/store/Uuid7.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

#ifndef ZS_HQ_BINARY
#define ZS_HQ_BINARY ""
#endif
#ifndef ZS_STORM_CLIENT
#define ZS_STORM_CLIENT ""
#endif

using namespace zs;
using hq::Enrollment;
using hq::HqAuth;
using hq::HqService;
using hq::HqStore;
using hq::HttpRequest;
using hq::HttpResponse;
using hq::HttpServer;
using hq::Role;
using sync::SyncEngine;
using sync::WireCodec;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

[[noreturn]] void die(const char* what, const Error& error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error.toString()));
    std::exit(1);
}

template <typename T> T need(Result<T> r, const char* what)
{
    if (!r.ok())
        die(what, r.error());
    return std::move(r.value());
}

void need(Result<void> r, const char* what)
{
    if (!r.ok())
        die(what, r.error());
}

// /proc/<pid>/status field in KiB (VmHWM: peak resident set, VmRSS: now).
qint64 statusKiB(qint64 pid, const char* field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// CPU seconds (user + system) of a process from /proc/<pid>/stat.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' '); // from field 3 (state) on
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds every process on the machine has used (/proc/stat: all states but idle and iowait), to tell how much
// of the cores other people's work took during a measurement.
double machineBusySeconds()
{
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readLine().simplified().split(' '); // "cpu user nice system idle iowait ..."
    qint64 busy = 0;
    for (int i = 1; i < fields.size(); ++i)
        if (i != 4 && i != 5 && i <= 8) // guest times are already in user and nice
            busy += fields[i].toLongLong();
    return double(busy) / double(sysconf(_SC_CLK_TCK));
}

double selfCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// What the in-process HQ did for each request: handler time and bytes, so a laptop's wall time can be split into
// HQ work and client work without touching the client code.
struct Trace
{
    struct Request
    {
        bool pull = false;
        qint64 startNs = 0;
        qint64 endNs = 0;
        qint64 requestBytes = 0;
        qint64 responseBytes = 0;
        QByteArray body; // pull: the response, push: the request (kept only while `keepBodies`)
    };
    std::mutex mutex;
    std::vector<Request> requests;
    bool keepBodies = false;

    void clear(bool keep)
    {
        std::lock_guard lock(mutex);
        requests.clear();
        keepBodies = keep;
    }
    std::vector<Request> take()
    {
        std::lock_guard lock(mutex);
        keepBodies = false;
        return std::exchange(requests, {});
    }
};

class InProcessHq
{
public:
    void start(const QString& dir)
    {
        QDir().mkpath(dir);
        // As zhaoshang-hq opens it (with its background checkpointer), only with the cheapest key wrapping.
        m_storage =
            need(hq::SqlCipherStorage::open(QDir(dir).filePath(QStringLiteral("hq.zsdb")),
                                            SecureBytes::fromPassphrase(QStringLiteral("bench-总部-2026")), true, true),
                 "HQ store");
        m_service = std::make_unique<HqService>(*m_storage);
        hq::HttpLimits limits;
        limits.threads = 4;
        m_server = need(HttpServer::start(
                            QStringLiteral("127.0.0.1"), 0,
                            [this](const HttpRequest& r) {
                                Trace::Request t;
                                t.pull = r.target.startsWith("/v1/pull");
                                t.startNs = nowNs();
                                HttpResponse response = m_service->handle(r);
                                t.endNs = nowNs();
                                t.requestBytes = r.body.size();
                                t.responseBytes = response.body.size();
                                std::lock_guard lock(trace.mutex);
                                if (trace.keepBodies && (t.pull || r.target.startsWith("/v1/push")))
                                    t.body = t.pull ? response.body : r.body;
                                trace.requests.push_back(std::move(t));
                                return response;
                            },
                            limits, std::nullopt, [this](const HttpRequest& r) { return m_service->admit(r); }),
                        "HTTP server");
    }
    ~InProcessHq()
    {
        if (m_server)
            m_server->stop();
    }
    // Only while no request is in flight: HqService owns the storage's lock.
    hq::HqStorage& storage() { return *m_storage; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }

    Trace trace;

private:
    std::unique_ptr<hq::SqlCipherStorage> m_storage;
    std::unique_ptr<HqService> m_service;
    std::unique_ptr<HttpServer> m_server;
};

const SecureBytes& workspacePassphrase()
{
    static const SecureBytes pass = SecureBytes::fromPassphrase(QStringLiteral("Shaoguan-test-2026!x"));
    return pass;
}

struct Laptop
{
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<sync::LocalReplica> replica;
    std::unique_ptr<SyncEngine> engine;
    std::vector<qint64> progressNs; // when each stage of the current sync started (before each request)
    SyncEngine::Summary summary;
    qint64 startNs = 0;
    qint64 endNs = 0; // 0 while the sync runs

    Database& db() { return ws->db(); }
    double wallMs() const { return ms(endNs - startNs); }
};

// A real workspace, enrolled the way SyncEngine::enroll leaves it, minus the password round (one Argon2id each).
std::unique_ptr<Laptop> makeLaptop(const QString& path, const Enrollment& e, const QString& server)
{
    auto laptop = std::make_unique<Laptop>();
    laptop->ws = need(Workspace::create(path, workspacePassphrase(), KdfParams::minimal()), "workspace");
    laptop->replica = WorkspaceSync::replica(laptop->db());
    const QList<QPair<const char*, QString>> state{
        {"server", server},
        {"device", e.principal.device},
        {"access_token", QString::fromLatin1(e.tokens.access)},
        {"refresh_token", QString::fromLatin1(e.tokens.refresh)},
        {"access_expires", QString::number(QDateTime::currentMSecsSinceEpoch() + 24LL * 3600 * 1000)},
        {"user", e.principal.account},
        {"display_name", e.principal.displayName},
        {"team", e.principal.team},
        {"role", hq::roleName(e.principal.role)},
        {"team_scope", e.principal.teamScope()},
    };
    for (const auto& [key, value] : state)
        need(laptop->replica->setState(QString::fromLatin1(key), value), "sync_state");
    need(WorkspaceSync::adoptTeamScope(laptop->db(), e.principal.teamScope()), "team scope");
    laptop->engine = std::make_unique<SyncEngine>(*laptop->replica);
    Laptop* raw = laptop.get();
    QObject::connect(raw->engine.get(), &SyncEngine::progress, raw->engine.get(),
                     [raw](const QString&, int) { raw->progressNs.push_back(nowNs()); });
    return laptop;
}

// Starts every engine at once and runs the event loop until all have finished (or the timeout).
void syncAll(const std::vector<Laptop*>& laptops, int timeoutMs = 600000)
{
    QEventLoop loop;
    int remaining = int(laptops.size());
    std::vector<QMetaObject::Connection> connections;
    for (Laptop* l : laptops) {
        l->progressNs.clear();
        l->summary = SyncEngine::Summary{};
        l->endNs = 0;
        connections.push_back(QObject::connect(l->engine.get(), &SyncEngine::finished, &loop,
                                               [l, &remaining, &loop](const SyncEngine::Summary& s) {
                                                   l->endNs = nowNs();
                                                   l->summary = s;
                                                   if (--remaining == 0)
                                                       loop.quit();
                                               }));
    }
    for (Laptop* l : laptops) {
        l->startNs = nowNs();
        l->engine->syncNow();
    }
    if (remaining > 0) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    for (const auto& c : connections)
        QObject::disconnect(c);
}

void syncOne(Laptop& l, const char* what)
{
    syncAll({&l});
    if (!l.summary.ok) {
        std::fprintf(stderr, "%s: sync failed: %s\n", what, qPrintable(l.summary.error));
        std::exit(1);
    }
}

qint64 count(Database& db, const char* sql)
{
    return need(db.scalar(sql), sql);
}

// One laptop's sync on a timeline: every request starts right after a progress signal and is followed, after HQ's
// answer, by client work until the next signal (or the end). Push and pull requests are summed apart.
struct Split
{
    struct Part
    {
        int requests = 0;
        qint64 beforeNs = 0; // progress signal -> HQ handler start: encode, send, HTTP parse
        qint64 hqNs = 0;     // HQ handler
        qint64 afterNs = 0;  // HQ handler end -> next signal: response transfer, decode, apply or acknowledge, and
                             // the next round's preparation
        qint64 bytes = 0;    // request bytes (push) or response bytes (pull)
    };
    Part push;
    Part pull;
    qint64 firstNs = 0; // sync start -> first signal (the first round's preparation)

    Split(const Laptop& l, const std::vector<Trace::Request>& requests)
    {
        std::vector<qint64> marks = l.progressNs;
        marks.push_back(l.endNs);
        firstNs = marks.front() - l.startNs;
        for (const Trace::Request& r : requests) {
            if (r.startNs < l.startNs || r.endNs > l.endNs)
                continue;
            const auto next = std::upper_bound(marks.begin(), marks.end(), r.endNs);
            const auto before = std::upper_bound(marks.begin(), marks.end(), r.startNs);
            if (next == marks.end() || before == marks.begin())
                continue;
            Part& part = r.pull ? pull : push;
            ++part.requests;
            part.beforeNs += r.startNs - *(before - 1);
            part.hqNs += r.endNs - r.startNs;
            part.afterNs += *next - r.endNs;
            part.bytes += r.pull ? r.responseBytes : r.requestBytes;
        }
    }
};

// ---------------------------------------------------------------------------------------------------------------
// 1-3: in-process HQ, a seeding laptop X, a new laptop L of the same team.

void inProcessFigures(int visits)
{
    QTemporaryDir dir;
    InProcessHq hqServer;
    hqServer.start(dir.filePath(QStringLiteral("hq")));
    hq::AccountStorage& accounts = hqServer.storage().accounts();
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    need(accounts.addTeam(QStringLiteral("gz"), QStringLiteral("广州组"), t0), "team");
    need(accounts.addUser(QStringLiteral("chenzy"), QStringLiteral("陈志远"), QStringLiteral("gz"), Role::Officer,
                          "password-gz-1", t0),
         "user");
    need(accounts.addUser(QStringLiteral("lixy"), QStringLiteral("李晓燕"), QStringLiteral("gz"), Role::Officer,
                          "password-gz-2", t0),
         "user");

    // X: the laptop that made the data set (DemoData, through the repositories) and pushes it once.
    auto x = makeLaptop(dir.filePath(QStringLiteral("x.zsdb")),
                        need(accounts.provisionDevice(QStringLiteral("chenzy"), QStringLiteral("X")), "provision"),
                        hqServer.url());
    std::printf("Seeding: laptop X generates %d visits with DemoData ...\n", visits);
    const auto made = need(DemoData::generate(x->db(), visits), "demo data");
    const int records = made.companies + made.contacts + made.visits + made.leads + made.events;
    std::printf("  %d companies, %d contacts, %d visits, %d leads, %d events = %d records\n", made.companies,
                made.contacts, made.visits, made.leads, made.events, records);
    hqServer.trace.clear(false);
    syncOne(*x, "seed");
    std::printf("  X pushed %d records and pulled %d back in %lld ms (the first push of a whole workspace)\n",
                x->summary.pushed, x->summary.pulled, static_cast<long long>(x->summary.durationMs));
    const qint64 hqRows = need(hqServer.storage().sync().lastSeq(), "HQ rows"); // new rows only: one version each

    // 1. A new laptop of the same team: everything in scope, from nothing.
    std::printf("\n1. First sync of a new laptop (%lld records at HQ)\n", static_cast<long long>(hqRows));
    auto l = makeLaptop(dir.filePath(QStringLiteral("l.zsdb")),
                        need(accounts.provisionDevice(QStringLiteral("lixy"), QStringLiteral("L")), "provision"),
                        hqServer.url());
    hqServer.trace.clear(true);
    syncOne(*l, "first sync");
    {
        const std::vector<Trace::Request> requests = hqServer.trace.take();
        const Split split(*l, requests);
        // The client's share, re-timed on the side on the very same bodies: decoding them, then applying them to a
        // second new workspace (SyncEngine asks for the next page before applying one, so HQ's share overlaps).
        auto sideWorkspace = need(
            Workspace::create(dir.filePath(QStringLiteral("side.zsdb")), workspacePassphrase(), KdfParams::minimal()),
            "workspace");
        auto sideReplica = WorkspaceSync::replica(sideWorkspace->db());
        qint64 decodeNs = 0;
        qint64 applyNs = 0;
        for (const Trace::Request& r : requests) {
            if (!r.pull)
                continue;
            qint64 s = nowNs();
            const sync::PullResponse page = need(sync::WireCodec::decodePull(r.body), "decode");
            decodeNs += nowNs() - s;
            s = nowNs();
            need(sideReplica->applyPage(page), "apply");
            applyNs += nowNs() - s;
        }
        const double wallMs = l->wallMs();
        const double rate = l->summary.pulled * 1000.0 / wallMs;
        const qint64 applied = count(l->db(), "SELECT count(*) FROM visit");
        benchLine("first sync: records pulled+applied, end to end", rate, "rec/s", ">= 30000", rate >= 30000);
        std::printf("  (%d records in %.0f ms; %lld of %d visits now in L's encrypted store)\n", l->summary.pulled,
                    wallMs, static_cast<long long>(applied), made.visits);
        std::printf("  (%d pages of <= %d rows, %.1f MB of CBOR, %.0f bytes/record)\n", split.pull.requests,
                    SyncEngine::kPageSize, double(split.pull.bytes) / 1e6,
                    double(split.pull.bytes) / qMax(1, l->summary.pulled));
        benchLine("  HQ: pull handler (auth, query, page encode)", ms(split.pull.hqNs), "ms", "", true);
        benchLine("  client: decode pages (WireCodec)", ms(decodeNs), "ms", "", true);
        benchLine("  client: apply pages (merge+write, tx/page)", ms(applyNs), "ms", "", true);
        benchLine("  the rest: waiting for HQ/network, final purge", wallMs - ms(decodeNs + applyNs), "ms", "", true);
        if (applied != made.visits)
            std::printf("  MISSING VISITS: %lld of %d\n", static_cast<long long>(applied), made.visits);
    }

    // 3. A day's round, both laptops in sync first (an idle round each).
    std::printf("\n3. A day's incremental round: 200 visit corrections by X, pushed by X, pulled by L\n");
    syncOne(*x, "idle");
    syncOne(*l, "idle");
    {
        const double idleMs = x->wallMs() + l->wallMs();
        VisitRepository repo(x->db());
        auto ids = need(x->db().prepare("SELECT id FROM visit WHERE deleted = 0 ORDER BY rid LIMIT 200 "
                                        "OFFSET (SELECT count(*) / 2 FROM visit)"),
                        "ids");
        QStringList chosen;
        while (need(ids.step(), "ids"))
            chosen << ids.text(0);
        for (const QString& id : chosen) {
            Visit v = need(repo.get(id), "visit");
            v.notes += QStringLiteral("（补记：对方要求下周提供园区用地红线图和电价测算。）");
            need(repo.correct(v), "correct");
        }
        hqServer.trace.clear(false);
        syncOne(*x, "X");
        syncOne(*l, "L");
        const std::vector<Trace::Request> requests = hqServer.trace.take();
        const Split sx(*x, requests);
        const Split sl(*l, requests);
        const double total = x->wallMs() + l->wallMs();
        benchLine("200 edits: X's sync + L's sync", total, "ms", "<= 100", total <= 100);
        std::printf("  (X pushed %d and pulled them back in %.0f ms: prepare %.0f, encode + upload %.0f, push at HQ "
                    "%.0f, acknowledge + pull request %.0f, pull at HQ %.0f, apply + finish %.0f)\n",
                    x->summary.pushed, x->wallMs(), ms(sx.firstNs), ms(sx.push.beforeNs), ms(sx.push.hqNs),
                    ms(sx.push.afterNs + sx.pull.beforeNs), ms(sx.pull.hqNs), ms(sx.pull.afterNs));
        std::printf("  (L pulled %d in %.0f ms: pull at HQ %.0f, apply + finish %.0f; an idle round of both: %.0f "
                    "ms)\n",
                    l->summary.pulled, l->wallMs(), ms(sl.pull.hqNs), ms(sl.pull.afterNs), idleMs);
        VisitRepository lrepo(l->db());
        const Visit seen = need(lrepo.get(chosen.value(chosen.size() - 1)), "visit on L");
        if (chosen.size() != 200 || !seen.notes.endsWith(QStringLiteral("电价测算。）")))
            std::printf("  EDIT NOT SEEN ON L\n");
    }

    // 2. L makes 20,000 visits through the repository (their text taken from existing visits) and syncs; three times,
    // as this shared machine's noise is of the same size as the figure's distance to its target.
    for (int round = 1; round <= 3; ++round) {
        std::printf("\n2. Pushing 20,000 new records from one laptop (round %d of 3)\n", round);
        VisitRepository repo(l->db());
        auto ids = need(l->db().prepare("SELECT id FROM visit WHERE deleted = 0 ORDER BY rid LIMIT 20000"), "ids");
        QStringList sources;
        while (need(ids.step(), "ids"))
            sources << ids.text(0);
        QElapsedTimer made20k;
        made20k.start();
        {
            auto tx = need(Transaction::begin(l->db()), "tx");
            const QDateTime when = QDateTime::currentDateTime().addDays(-1);
            for (const QString& id : sources) {
                Visit v = need(repo.get(id), "visit");
                v.id.clear();
                v.scope.clear();
                v.visitedAt = when;
                v.nextDue = v.nextStep.isEmpty() ? QDate() : when.date().addDays(7);
                v.nextDone = false;
                need(repo.create(v), "create");
            }
            need(tx.commit(), "commit");
        }
        const qint64 createMs = made20k.elapsed();
        hqServer.trace.clear(true);
        const double cpuBefore = selfCpuSeconds();
        const double busyBefore = machineBusySeconds();
        syncOne(*l, "push");
        const double cpu = selfCpuSeconds() - cpuBefore;
        const double busy = machineBusySeconds() - busyBefore;
        const std::vector<Trace::Request> requests = hqServer.trace.take();
        const Split split(*l, requests);
        // The push phase ends where the download stage starts: the last progress signal before the first pull.
        qint64 pushEnd = l->endNs;
        for (const Trace::Request& r : requests)
            if (r.pull) {
                for (qint64 mark : l->progressNs)
                    if (mark < r.startNs)
                        pushEnd = mark;
                break;
            }
        if (qEnvironmentVariableIsSet("ZS_BENCH_DUMP")) {
            for (const Trace::Request& r : requests)
                if (!r.pull) {
                    QFile f(qEnvironmentVariable("ZS_BENCH_DUMP"));
                    if (!f.open(QIODevice::WriteOnly) || f.write(r.body) != r.body.size())
                        die("dump", makeError(ErrorCode::Io, f.fileName()));
                    break;
                }
        }
        if (qEnvironmentVariableIsSet("ZS_BENCH_TIMELINE")) {
            for (qint64 mark : l->progressNs)
                std::printf("    progress %8.1f\n", ms(mark - l->startNs));
            for (const Trace::Request& r : requests)
                std::printf("    %s HQ %8.1f .. %8.1f\n", r.pull ? "pull" : "push", ms(r.startNs - l->startNs),
                            ms(r.endNs - l->startNs));
        }
        qint64 decodeNs = 0;
        for (const Trace::Request& r : requests) {
            if (r.pull)
                continue;
            const qint64 s = nowNs();
            need(sync::WireCodec::decodePush(r.body), "decode");
            decodeNs += nowNs() - s;
        }
        const double pushMs = ms(pushEnd - l->startNs);
        const double rate = l->summary.pushed * 1000.0 / pushMs;
        benchLine("push: records from outbox to merged at HQ", rate, "rec/s", ">= 20000", rate >= 20000);
        std::printf("  (%d records in %.0f ms, %d requests, %.1f MB; made through the repository in %lld ms)\n",
                    l->summary.pushed, pushMs, split.push.requests, double(split.push.bytes) / 1e6,
                    static_cast<long long>(createMs));
        // Client work between two requests: acknowledging the last one, then preparePush() + pendingPushBody().
        benchLine("  client: prepare (outbox -> stamped tx), ack", ms(split.firstNs + split.push.afterNs), "ms", "",
                  true);
        benchLine("  client: encode + upload", ms(split.push.beforeNs), "ms", "", true);
        benchLine("  HQ: decode push body", ms(decodeNs), "ms", "", true);
        benchLine("  HQ: auth + check + merge + commit", ms(split.push.hqNs - decodeNs), "ms", "", true);
        std::printf(
            "  (then L pulled its %d rows back in %.0f ms: the whole sync took %.0f ms, using %.2f CPU-s of this "
            "process (laptop + HQ) while the machine was busy %.2f CPU-s of its 2 x %.2f)\n",
            l->summary.pulled, ms(l->endNs - pushEnd), l->wallMs(), cpu, busy, l->wallMs() / 1000.0);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Many devices at once against the real server process.

// `zhaoshang-hq serve --plain --threads 4 --max-connections-per-peer 0` in a child process (so its memory and CPU
// are its own), over a store made here: four teams with one user each; enrolled[0] is a seeding laptop of team gz,
// enrolled[i] (i >= 1) a device of team teams()[(i - 1) % 4]. Access tokens are HQ's usual 15 minutes from here: the
// storm must start before then.
class HqChild
{
public:
    static const QStringList& teams()
    {
        static const QStringList list{QStringLiteral("gz"), QStringLiteral("sz"), QStringLiteral("dg"),
                                      QStringLiteral("hq")};
        return list;
    }

    void start(const QString& data, int devices)
    {
        const QString binary = QStringLiteral(ZS_HQ_BINARY);
        QDir().mkpath(data);
        const QByteArray key = "bench-hq-key-2026";
        {
            auto store = need(EncryptedStore::create(QDir(data).filePath(QStringLiteral("hq.zsdb")),
                                                     SecureBytes::fromRaw(key.constData(), std::size_t(key.size())),
                                                     HqStore::schema(), KdfParams::minimal()),
                              "HQ store");
            Database& db = store->db();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const QStringList names{QStringLiteral("广州组"), QStringLiteral("深圳组"), QStringLiteral("东莞组"),
                                    QStringLiteral("总部")};
            for (int t = 0; t < teams().size(); ++t) {
                need(HqAuth::addTeam(db, teams()[t], names[t], now), "team");
                // HQ's own field staff are team leads of team "hq": they log visits like everyone (an analyst reads
                // the whole city, which would make a quarter of the devices pull everything).
                need(HqAuth::addUser(db, teams()[t] + QStringLiteral("user"), names[t] + QStringLiteral("专员"),
                                     teams()[t], teams()[t] == QLatin1String("hq") ? Role::TeamLead : Role::Officer,
                                     "password-" + teams()[t].toLatin1() + "-1", now),
                     "user");
            }
            HqAuth auth;
            auto tx = need(Transaction::begin(db), "tx");
            for (int i = 0; i <= devices; ++i)
                enrolled.push_back(
                    need(auth.provisionDevice(db, teams()[qMax(0, i - 1) % teams().size()] + QStringLiteral("user"),
                                              QStringLiteral("laptop-%1").arg(i)),
                         "provision"));
            need(tx.commit(), "commit");
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ZHAOSHANG_HQ_KEY"), QString::fromLatin1(key));
        m_process.setProcessEnvironment(env);
        // Every device connects from 127.0.0.1, all at once: no per-address limit. HttpLimits::maxConnectionsPerPeer
        // takes them for one client's flood (past 64 not yet authenticated, each new one evicts an older one): in one
        // run 41 first connections went so, hidden by Qt resending their requests, but not what the figure measures.
        m_process.start(binary,
                        {QStringLiteral("serve"), QStringLiteral("--data"), data, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--plain"), QStringLiteral("--threads"),
                         QStringLiteral("4"), QStringLiteral("--max-connections-per-peer"), QStringLiteral("0")});
        if (!m_process.waitForStarted(10000) || !m_process.waitForReadyRead(20000)) {
            std::fprintf(stderr, "zhaoshang-hq did not start: %s\n", m_process.readAllStandardError().constData());
            std::exit(1);
        }
        const QList<QByteArray> listening =
            m_process.readLine().trimmed().split(' '); // "listening 127.0.0.1 PORT http"
        url = QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(listening.value(2)));
        pid = m_process.processId();
    }

    ~HqChild()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

    std::vector<Enrollment> enrolled;
    QString url;
    qint64 pid = 0;

private:
    QProcess m_process;
};

// What everyone already has: the city's companies and contacts, and team gz's visits, pushed by a seeding laptop.
// `pool`: the seed's visits, whose texts and companies the day's new visits reuse.
std::unique_ptr<Laptop> seedHq(const HqChild& hq, const QString& path, QList<Visit>& pool)
{
    auto seed = makeLaptop(path, hq.enrolled[0], hq.url);
    need(DemoData::generate(seed->db(), 200, 7), "demo data");
    syncOne(*seed, "seed");
    VisitRepository repo(seed->db());
    auto ids = need(seed->db().prepare("SELECT id FROM visit ORDER BY rid"), "ids");
    while (need(ids.step(), "ids"))
        pool << need(repo.get(ids.text(0)), "visit");
    return seed;
}

// A day's work on one laptop: 200 new visits through the repository in one local transaction.
void logDay(Laptop& l, const QList<Visit>& pool, int variant)
{
    const QDateTime today = QDateTime::currentDateTime().addSecs(-8 * 3600);
    VisitRepository repo(l.db());
    auto tx = need(Transaction::begin(l.db()), "tx");
    for (int k = 0; k < 200; ++k) {
        Visit v = pool.at((variant * 37 + k) % pool.size());
        v.id.clear();
        v.scope.clear();
        v.visitedAt = today.addSecs(k * 60);
        v.nextDue = v.nextStep.isEmpty() ? QDate() : today.date().addDays(7);
        v.nextDone = false;
        need(repo.create(v), "create");
    }
    need(tx.commit(), "commit");
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    for (char& b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

double percentile(std::vector<double> values, int p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, values.size() * std::size_t(p) / 100)];
}

// 4. The figure: `devices` devices, each pushing its day (200 new visits) and pulling everything new in its scope,
// all at once against zhaoshang-hq. The devices are played by `processes` bench_sync_storm_client processes over
// real HTTP (one QNetworkAccessManager, so one connection, per device); they decode and verify every answer but do
// not apply what they pull: a real laptop does that on its own CPU, and here it would share HQ's cores.
//
// The push bodies are the real client's: one laptop per team (a real workspace, after its first sync) makes its 200
// visits through VisitRepository and LocalReplica::preparePush stamps and packs them. Each device then sends that
// day as its own: new UUIDv7 row ids, its own node id in every stamp, new transaction ids, encoded with
// WireCodec::encodeTransaction/encodePush for its device id. Every device starts from the cursor a laptop has after
// its first sync (HQ's last sequence number after the seed).
void deviceStorm(int devices, int processes)
{
    const QString client = QStringLiteral(ZS_STORM_CLIENT);
    if (!QFile::exists(QStringLiteral(ZS_HQ_BINARY)) || !QFile::exists(client)) {
        std::printf("\n4. skipped: zhaoshang-hq or bench_sync_storm_client not built\n");
        return;
    }
    processes = qBound(1, processes, devices);
    std::printf("\n4. %d devices syncing at once (zhaoshang-hq serve --plain --threads 4, a child process; the devices "
                "in %d bench_sync_storm_client processes: real HTTP, answers verified, pulled rows not applied)\n",
                devices, processes);
    QTemporaryDir dir;
    QElapsedTimer setup;
    setup.start();
    HqChild hq;
    hq.start(dir.filePath(QStringLiteral("hq")), devices);
    QList<Visit> pool;
    auto seed = seedHq(hq, dir.filePath(QStringLiteral("seed.zsdb")), pool);
    const qint64 cursor = need(seed->replica->cursor(), "cursor");

    // Each team's day, made by a laptop of that team (the first device's enrollment; it never syncs again).
    const int teamCount = std::min(devices, int(HqChild::teams().size()));
    std::vector<sync::PushRequest> days;
    for (int t = 0; t < teamCount; ++t) {
        const Enrollment& e = hq.enrolled[std::size_t(t + 1)];
        auto laptop = makeLaptop(dir.filePath(QStringLiteral("team-%1.zsdb").arg(t)), e, hq.url);
        syncOne(*laptop, "team laptop"); // its first sync: the directory the new visits refer to
        logDay(*laptop, pool, t);
        need(laptop->replica->preparePush(), "prepare");
        days.push_back(need(laptop->replica->pendingPush(e.principal.device, sync::HqConnection::kSchema), "pending"));
    }

    // Each device's body and its line in its client's manifest.
    QDir(dir.path()).mkpath(QStringLiteral("bodies"));
    std::vector<QByteArray> manifests(static_cast<std::size_t>(processes));
    qint64 toPush = 0;
    qint64 bodyBytes = 0;
    for (int i = 1; i <= devices; ++i) {
        const Enrollment& e = hq.enrolled[std::size_t(i)];
        const QByteArray node = randomBytes(8);
        QList<QByteArray> transactions;
        for (sync::ChangeSet tx : days[std::size_t((i - 1) % teamCount)].transactions) {
            tx.txId = randomBytes(16);
            for (sync::RowChange& row : tx.rows) {
                if (row.table == QLatin1String("visit"))
                    row.rowId = Uuid7::create(); // a new visit of this device (anything else: a shared row edited)
                row.lifeStamp.node = node;
                for (sync::Cell& c : row.cells)
                    c.stamp.node = node;
                ++toPush;
            }
            transactions << WireCodec::encodeTransaction(tx);
        }
        const QByteArray body = WireCodec::encodePush(e.principal.device, sync::HqConnection::kSchema, transactions);
        bodyBytes += body.size();
        QFile file(dir.filePath(QStringLiteral("bodies/%1.cbor").arg(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
            die("push body", makeError(ErrorCode::Io, file.fileName()));
        manifests[std::size_t((i - 1) % processes)] += e.principal.device.toUtf8() + '\t' + e.tokens.access + '\t' +
                                                       QByteArray::number(cursor) + '\t' + file.fileName().toUtf8() +
                                                       '\n';
    }

    // The clients load their devices and wait for the start.
    struct Client
    {
        std::unique_ptr<QProcess> process;
        bool finished = false;
        double cpu = 0;
        double decode = 0;
        qint64 bytes = 0;
    };
    std::vector<Client> clients(static_cast<std::size_t>(processes));
    for (int k = 0; k < processes; ++k) {
        QFile file(dir.filePath(QStringLiteral("manifest-%1.tsv").arg(k)));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(manifests[std::size_t(k)]) != manifests[std::size_t(k)].size())
            die("manifest", makeError(ErrorCode::Io, file.fileName()));
        file.close();
        Client& c = clients[std::size_t(k)];
        c.process = std::make_unique<QProcess>();
        c.process->start(client, {hq.url, file.fileName()});
        if (!c.process->waitForStarted(10000))
            die("storm client", makeError(ErrorCode::Internal, c.process->errorString()));
    }
    for (Client& c : clients) {
        while (!c.process->canReadLine() && c.process->waitForReadyRead(30000)) {
        }
        if (!c.process->readLine().startsWith("ready")) {
            std::fprintf(stderr, "storm client not ready: %s\n", c.process->readAllStandardError().constData());
            std::exit(1);
        }
    }
    std::printf("  (set-up in %lld ms: HQ with %d devices, the seed pushed and %d team laptops made their day; %lld "
                "rows to push in %d bodies, %.1f MB; every device starts from cursor %lld)\n",
                static_cast<long long>(setup.elapsed()), devices, teamCount, static_cast<long long>(toPush), devices,
                double(bodyBytes) / 1e6, static_cast<long long>(cursor));

    struct DeviceResult
    {
        bool ok = false;
        QString error;
        qint64 pushed = 0;
        qint64 pulled = 0;
        qint64 pages = 0;
        double ms = 0;
        double pushMs = 0;
    };
    std::vector<DeviceResult> results;
    QEventLoop loop;
    int running = processes;
    qint64 endNs = 0;
    const auto clientDone = [&](Client& c) {
        if (c.finished)
            return;
        c.finished = true;
        endNs = nowNs();
        if (--running == 0)
            loop.quit();
    };
    for (Client& c : clients) {
        QProcess* p = c.process.get();
        Client* cp = &c;
        QObject::connect(p, &QProcess::readyReadStandardOutput, &loop, [&, p, cp] {
            while (p->canReadLine()) {
                const QJsonObject o = QJsonDocument::fromJson(p->readLine()).object();
                if (o.value(QStringLiteral("summary")).toBool()) {
                    cp->cpu = o.value(QStringLiteral("cpu_s")).toDouble();
                    cp->decode = o.value(QStringLiteral("decode_s")).toDouble();
                    cp->bytes = o.value(QStringLiteral("bytes")).toInteger();
                    clientDone(*cp);
                    continue;
                }
                DeviceResult r;
                r.ok = o.value(QStringLiteral("ok")).toBool();
                r.error = o.value(QStringLiteral("error")).toString();
                r.pushed = o.value(QStringLiteral("pushed")).toInteger();
                r.pulled = o.value(QStringLiteral("pulled")).toInteger();
                r.pages = o.value(QStringLiteral("pages")).toInteger();
                r.ms = o.value(QStringLiteral("ms")).toDouble();
                r.pushMs = o.value(QStringLiteral("push_ms")).toDouble();
                results.push_back(r);
            }
        });
        QObject::connect(p, &QProcess::finished, &loop, [&, cp] { clientDone(*cp); });
    }

    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("  (load average just before the storm: %.2f %.2f %.2f)\n", load[0], load[1], load[2]);
    const qint64 hwmBefore = statusKiB(hq.pid, "VmHWM");
    const double hqCpuBefore = cpuSeconds(hq.pid);
    const double selfCpuBefore = selfCpuSeconds();
    const double busyBefore = machineBusySeconds();
    qint64 rssPeak = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { rssPeak = qMax(rssPeak, statusKiB(hq.pid, "VmRSS")); });
    sampler.start(20);
    const qint64 start = nowNs();
    for (Client& c : clients)
        c.process->write("go\n");
    for (Client& c : clients)
        c.process->waitForBytesWritten(1000);
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    if (running > 0)
        loop.exec();
    const double wallMs = ms((endNs ? endNs : nowNs()) - start);
    sampler.stop();
    const qint64 hwmAfter = statusKiB(hq.pid, "VmHWM");
    const double hqCpu = cpuSeconds(hq.pid) - hqCpuBefore;
    const double selfCpu = selfCpuSeconds() - selfCpuBefore;
    const double busy = machineBusySeconds() - busyBefore;

    int ok = 0;
    int errors = 0;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 pulledMin = -1;
    qint64 pulledMax = 0;
    qint64 pages = 0;
    double lastPush = 0;
    double clientCpu = 0;
    double clientDecode = 0;
    qint64 pulledBytes = 0;
    std::vector<double> perDevice;
    std::vector<double> pushDone;
    QString firstError;
    for (const DeviceResult& r : results) {
        if (r.ok) {
            ++ok;
        } else {
            ++errors;
            if (firstError.isEmpty())
                firstError = r.error;
        }
        pushed += r.pushed;
        pulled += r.pulled;
        pages += r.pages;
        pulledMin = pulledMin < 0 ? r.pulled : std::min(pulledMin, r.pulled);
        pulledMax = std::max(pulledMax, r.pulled);
        lastPush = std::max(lastPush, r.pushMs);
        if (r.pushMs > 0)
            pushDone.push_back(r.pushMs);
        perDevice.push_back(r.ms);
    }
    for (const Client& c : clients) {
        clientCpu += c.cpu;
        clientDecode += c.decode;
        pulledBytes += c.bytes;
    }
    const int unfinished = devices - int(results.size());
    benchLine("devices whose sync completed", ok, "", QByteArray::number(devices).constData(), ok == devices);
    benchLine("errors (failed syncs; unfinished counted apart)", errors, "", "0", errors == 0);
    if (unfinished > 0)
        std::printf("  (%d devices did not report within 300 s)\n", unfinished);
    if (!firstError.isEmpty())
        std::printf("  (first error: %s)\n", qPrintable(firstError));
    benchLine("wall time: all start at once, until last done", wallMs / 1000, "s", "<= 10", wallMs <= 10000);
    if (lastPush > 0)
        std::printf("  (every push merged at HQ and acknowledged after %.1f s; a device's push answered after p50 "
                    "%.1f s, p95 %.1f s)\n",
                    lastPush / 1000, percentile(pushDone, 50) / 1000, percentile(pushDone, 95) / 1000);
    if (!perDevice.empty())
        std::printf("  (pushed %lld rows, pulled %lld rows: %.0f per device, min %lld, max %lld — a team's whole day "
                    "is %lld rows; per device p50 %.1f s, p95 %.1f s)\n",
                    static_cast<long long>(pushed), static_cast<long long>(pulled), double(pulled) / devices,
                    static_cast<long long>(pulledMin), static_cast<long long>(pulledMax),
                    static_cast<long long>(toPush / devices * ((devices + teamCount - 1) / teamCount)),
                    percentile(perDevice, 50) / 1000, percentile(perDevice, 95) / 1000);
    // What HQ's design bounds its memory by: what it held before, the pull pages in flight (HqService's budget, then
    // small pages: one per connection), a request body being decoded per io thread (4, at most 8 MiB each, twice
    // while decoding), SQLite's page cache (32 MiB) and half a MiB of buffers a connection.
    const double boundMiB = double(hwmBefore) / 1024 + double(hq::HqService::kPullBudget) / (1 << 20) +
                            devices * (double(hq::HqService::kSmallPullPage) / (1 << 20) + 0.5) + 4 * 2 * 8 + 32;
    benchLine("HQ process peak RSS (VmHWM)", double(hwmAfter) / 1024, "MiB",
              QByteArray("<= " + QByteArray::number(boundMiB, 'f', 0)).constData(), hwmAfter / 1024.0 <= boundMiB);
    std::printf("  (HQ VmHWM %.1f MiB before the storm, %.1f MiB after, %.1f MiB more per device; sampled RSS peak "
                "%.1f MiB; %lld pull pages, each at most %.0f MiB, a larger row alone)\n",
                double(hwmBefore) / 1024, double(hwmAfter) / 1024, double(hwmAfter - hwmBefore) / 1024 / devices,
                double(rssPeak) / 1024, static_cast<long long>(pages),
                double(hq::SyncStorage::kMaxPullBytes) / (1024 * 1024));
    std::printf("  (CPU during the storm: HQ %.1f s; the %d devices' clients %.1f s, of which decoding and checking "
                "the %.0f MB of pull pages %.1f s (no apply); %ld cores)\n",
                hqCpu, devices, clientCpu, double(pulledBytes) / 1e6, clientDecode, sysconf(_SC_NPROCESSORS_ONLN));
    std::printf("  (the machine during the storm: %.1f CPU s busy of %.1f; HQ + clients + this process %.1f, other "
                "processes about %.1f)\n",
                busy, wallMs / 1000 * double(sysconf(_SC_NPROCESSORS_ONLN)), hqCpu + clientCpu + selfCpu,
                busy - hqCpu - clientCpu - selfCpu);
    for (Client& c : clients)
        if (!c.process->waitForFinished(10000))
            c.process->kill();
}

// 4, context: the same storm with full laptops in this process — a real encrypted workspace and SyncEngine each,
// applying everything they pull. On a machine with few cores this measures the laptops' apply work more than HQ:
// each laptop applies its team's whole day (devices / 4 x 200 rows), which real laptops do on their own CPUs.
void manyLaptops(int devices)
{
    if (!QFile::exists(QStringLiteral(ZS_HQ_BINARY))) {
        std::printf("\n4b. skipped: zhaoshang-hq not built\n");
        return;
    }
    std::printf("\n4b. Context: %d full laptops syncing at once, all in this process (encrypted workspace + "
                "SyncEngine each, applying what they pull), against the same HQ set-up\n",
                devices);
    QTemporaryDir dir;
    QElapsedTimer setup;
    setup.start();
    HqChild hq;
    hq.start(dir.filePath(QStringLiteral("hq")), devices);
    QList<Visit> pool;
    auto seed = seedHq(hq, dir.filePath(QStringLiteral("seed.zsdb")), pool);
    QDir(dir.path()).mkpath(QStringLiteral("ws"));
    std::vector<std::unique_ptr<Laptop>> laptops;
    std::vector<Laptop*> all;
    for (int i = 1; i <= devices; ++i) {
        laptops.push_back(
            makeLaptop(dir.filePath(QStringLiteral("ws/%1.zsdb").arg(i)), hq.enrolled[std::size_t(i)], hq.url));
        all.push_back(laptops.back().get());
    }
    QElapsedTimer initial;
    initial.start();
    syncAll(all, 300000);
    for (Laptop* l : all)
        if (!l->summary.ok)
            die("initial sync", makeError(ErrorCode::Internal, l->summary.error));
    const qint64 initialMs = initial.elapsed();
    for (int i = 0; i < devices; ++i)
        logDay(*all[std::size_t(i)], pool, i);
    std::printf("  (set-up in %lld ms, the laptops' first sync all at once %lld ms)\n",
                static_cast<long long>(setup.elapsed()), static_cast<long long>(initialMs));

    const double hqCpuBefore = cpuSeconds(hq.pid);
    const double selfCpuBefore = selfCpuSeconds();
    const qint64 start = nowNs();
    syncAll(all, 300000);
    const double wallMs = ms(nowNs() - start);
    const double hqCpu = cpuSeconds(hq.pid) - hqCpuBefore;
    const double selfCpu = selfCpuSeconds() - selfCpuBefore;
    int ok = 0;
    qint64 pulled = 0;
    std::vector<double> perDevice;
    for (Laptop* l : all) {
        ok += l->endNs != 0 && l->summary.ok ? 1 : 0;
        pulled += l->summary.pulled;
        if (l->endNs != 0)
            perDevice.push_back(l->wallMs());
    }
    benchLine("context: laptops' wall time, until last done", wallMs / 1000, "s", "", true);
    std::printf("  (%d of %d completed; pulled and applied %.0f rows each; per laptop p50 %.1f s, p95 %.1f s; CPU: HQ "
                "%.1f s, the laptops %.1f s; HQ VmHWM %.1f MiB)\n",
                ok, devices, double(pulled) / devices, percentile(perDevice, 50) / 1000,
                percentile(perDevice, 95) / 1000, hqCpu, selfCpu, double(statusKiB(hq.pid, "VmHWM")) / 1024);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QLoggingCategory::setFilterRules(QStringLiteral("zs.seeds=false"));
    const int visits = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int devices = argc > 2 ? std::atoi(argv[2]) : 200;
    const int laptops = argc > 3 ? std::atoi(argv[3]) : 20;
    const int clients = argc > 4 ? std::atoi(argv[4]) : 4;
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("Load average at start: %.2f %.2f %.2f (%ld cores)\n", load[0], load[1], load[2],
                    sysconf(_SC_NPROCESSORS_ONLN));
    if (visits > 0)
        inProcessFigures(visits);
    if (devices > 0)
        deviceStorm(devices, clients);
    if (devices > 0 && laptops > 0)
        manyLaptops(laptops);
    return 0;
}
