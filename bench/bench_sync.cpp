// Sync at scale on loopback, with the real components: HQ = EncryptedStore + HqStore schema + HqService behind the
// HttpServer (plain HTTP on 127.0.0.1, 4 threads); laptops = real encrypted workspaces (KdfParams::minimal, so set-up
// is quick) syncing through LocalReplica + SyncEngine over QNetworkAccessManager. Devices are provisioned into HQ's
// database (HqAuth::provisionDevice) and their tokens written into sync_state, as enrollment would.
//
//   1. first sync of a new laptop, 100,000 visits (+ the companies, contacts, leads and events DemoData makes
//      around them) pulled and applied into its encrypted store                 >= 30,000 records/s end to end
//   2. pushing 20,000 new records made through the repository on one laptop       >= 20,000 records/s
//   3. a day's round: 200 visit corrections by laptop X, X syncs, then Y syncs     <= 100 ms for both syncs
//   4. 200 devices syncing at once against `zhaoshang-hq serve` in a child process (so its memory is its own):
//      all complete, 0 errors, wall time <= 10 s, HQ peak RSS reported
//
// Usage: bench_sync [visits=100000] [devices=200]
#include "BenchReport.h"
#include "desktop/core/Workspace.h"
#include "desktop/core/domain/DemoData.h"
#include "desktop/core/domain/VisitRepository.h"
#include "desktop/core/sync/WorkspaceSync.h"
#include "sync/client/SyncEngine.h"
#include "sync/protocol/WireCodec.h"
#include "sync/server/HqAuth.h"
#include "sync/server/HqService.h"
#include "sync/server/HqStore.h"
#include "sync/server/HttpServer.h"
#include "sync/store/Database.h"
#include "sync/store/EncryptedStore.h"
#include "sync/store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>
#include <vector>

#ifndef ZS_HQ_BINARY
#define ZS_HQ_BINARY ""
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
    QFile f(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
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
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' '); // fields from #3 on
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
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
};

class InProcessHq
{
public:
    void start(const QString& dir)
    {
        QDir().mkpath(dir);
        m_store = need(EncryptedStore::create(QDir(dir).filePath(QStringLiteral("hq.zsdb")),
                                              SecureBytes::fromPassphrase(QStringLiteral("bench-总部-2026")),
                                              HqStore::schema(), KdfParams::minimal()),
                       "HQ store");
        m_service = std::make_unique<HqService>(m_store->db());
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
                                if (trace.keepBodies && r.target.startsWith("/v1/p"))
                                    t.body = t.pull ? response.body : r.body;
                                trace.requests.push_back(std::move(t));
                                return response;
                            },
                            limits),
                        "HTTP server");
    }
    ~InProcessHq()
    {
        if (m_server)
            m_server->stop();
    }
    // Only while no request is in flight: HqService owns the connection's lock.
    Database& db() { return m_store->db(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }

    Trace trace;

private:
    std::unique_ptr<EncryptedStore> m_store;
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
    std::vector<qint64> progressNs; // when each stage of the current sync started
    SyncEngine::Summary summary;
    qint64 startNs = 0;
    qint64 endNs = 0;

    Database& db() { return ws->db(); }
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

// Starts every engine at once and runs the event loop until all have finished.
void syncAll(const std::vector<Laptop*>& laptops, int timeoutMs = 600000)
{
    QEventLoop loop;
    int remaining = int(laptops.size());
    std::vector<QMetaObject::Connection> connections;
    for (Laptop* l : laptops) {
        l->progressNs.clear();
        l->summary = SyncEngine::Summary{};
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

// ---------------------------------------------------------------------------------------------------------------
// 1-3: in-process HQ, a seeding laptop X, a new laptop L.

void inProcessFigures(int visits)
{
    QTemporaryDir dir;
    InProcessHq hqServer;
    hqServer.start(dir.filePath(QStringLiteral("hq")));
    HqAuth auth;
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    need(HqAuth::addTeam(hqServer.db(), QStringLiteral("gz"), QStringLiteral("广州组"), t0), "team");
    need(HqAuth::addUser(hqServer.db(), QStringLiteral("chenzy"), QStringLiteral("陈志远"), QStringLiteral("gz"),
                         Role::Officer, "password-gz-1", t0),
         "user");
    need(HqAuth::addUser(hqServer.db(), QStringLiteral("lixy"), QStringLiteral("李晓燕"), QStringLiteral("gz"),
                         Role::Officer, "password-gz-2", t0),
         "user");

    // X: the laptop that made the data set (DemoData through the repositories) and pushes it once.
    auto x = makeLaptop(dir.filePath(QStringLiteral("x.zsdb")),
                        need(auth.provisionDevice(hqServer.db(), QStringLiteral("chenzy"), QStringLiteral("X")),
                             "provision"),
                        hqServer.url());
    std::printf("Seeding: laptop X generates %d visits with DemoData ...\n", visits);
    std::fflush(stdout);
    const auto made = need(DemoData::generate(x->db(), visits), "demo data");
    const int records = made.companies + made.contacts + made.visits + made.leads + made.events;
    std::printf("  %d companies, %d contacts, %d visits, %d leads, %d events = %d records\n", made.companies,
                made.contacts, made.visits, made.leads, made.events, records);
    hqServer.trace.clear(false);
    syncOne(*x, "seed");
    std::printf("  X pushed %d records and pulled %d back in %lld ms (seed; first push of a whole workspace)\n",
                x->summary.pushed, x->summary.pulled, static_cast<long long>(x->summary.durationMs));
    const qint64 hqRows = count(hqServer.db(), "SELECT count(*) FROM row_state");

    // 1. A new laptop of the same team: everything in scope, from nothing.
    std::printf("\n1. First sync of a new laptop (%lld records at HQ)\n", static_cast<long long>(hqRows));
    auto l = makeLaptop(dir.filePath(QStringLiteral("l.zsdb")),
                        need(auth.provisionDevice(hqServer.db(), QStringLiteral("lixy"), QStringLiteral("L")),
                             "provision"),
                        hqServer.url());
    hqServer.trace.clear(true);
    syncOne(*l, "first sync");
    {
        const double wallMs = ms(l->endNs - l->startNs);
        const double rate = l->summary.pulled * 1000.0 / wallMs;
        qint64 hqNs = 0;
        qint64 clientNs = 0;
        qint64 bytes = 0;
        int pages = 0;
        QList<QByteArray> bodies;
        {
            std::lock_guard lock(hqServer.trace.mutex);
            // Each page: progress(stage) -> request -> HQ handler -> response -> decode + apply -> next progress.
            std::vector<qint64> marks = l->progressNs;
            marks.push_back(l->endNs);
            for (const Trace::Request& r : hqServer.trace.requests) {
                if (!r.pull)
                    continue;
                hqNs += r.endNs - r.startNs;
                bytes += r.responseBytes;
                const auto next = std::upper_bound(marks.begin(), marks.end(), r.endNs);
                if (next != marks.end())
                    clientNs += *next - r.endNs;
                bodies << r.body;
                ++pages;
            }
            hqServer.trace.requests.clear();
            hqServer.trace.keepBodies = false;
        }
        // Decoding again, on the side, what the laptop decoded: its share of the client's time.
        qint64 decodeNs = 0;
        for (const QByteArray& body : bodies) {
            const qint64 s = nowNs();
            need(sync::WireCodec::decodePull(body), "decode");
            decodeNs += nowNs() - s;
        }
        const qint64 applied = count(l->db(), "SELECT count(*) FROM visit");
        benchLine("first sync: records pulled+applied, end to end", rate, "rec/s", ">= 30000", rate >= 30000);
        std::printf("  (%d records in %.0f ms; %lld of %d visits now in L's encrypted store)\n", l->summary.pulled,
                    wallMs, static_cast<long long>(applied), made.visits);
        std::printf("  (%d pages of <= %d rows, %.1f MB of CBOR, %.0f bytes/record)\n", pages, SyncEngine::kPageSize,
                    double(bytes) / 1e6, double(bytes) / qMax(1, l->summary.pulled));
        benchLine("  HQ: pull handler (auth, query, page encode)", ms(hqNs), "ms", "", true);
        benchLine("  client: decode pages (WireCodec)", ms(decodeNs), "ms", "", true);
        benchLine("  client: apply pages (merge+write, tx/page)", ms(clientNs - decodeNs), "ms", "", true);
        benchLine("  requests, transfer, event loop (the rest)", wallMs - ms(hqNs) - ms(clientNs), "ms", "", true);
        if (applied != made.visits)
            std::printf("  MISSING VISITS: %lld of %d\n", static_cast<long long>(applied), made.visits);
    }

    if (qEnvironmentVariableIsSet("ZS_TMP_PURGE")) { // TEMP experiment
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t; t.start();
            auto r = l->replica->purgeOutside({QStringLiteral("city"), QStringLiteral("team:gz")});
            std::printf("TEMP purgeOutside: %lld ms (%d removed)\n", (long long)t.elapsed(), r.ok() ? r.value() : -1);
            t.restart();
            syncOne(*l, "idle");
            std::printf("TEMP idle sync L: %lld ms\n", (long long)t.elapsed());
            t.restart();
            need(l->replica->setState(QStringLiteral("tmp"), QString::number(i)), "x");
            std::printf("TEMP one autocommit write: %lld ms\n", (long long)t.elapsed());
        }
    }
    // 3. A day's round, both laptops in sync first.
    std::printf("\n3. A day's incremental round: 200 visit corrections by X, pushed by X, pulled by L\n");
    syncOne(*x, "idle");
    syncOne(*l, "idle");
    {
        const qint64 idleMs = x->summary.durationMs + l->summary.durationMs;
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
        const qint64 xMs = (x->endNs - x->startNs) / 1000000;
        const qint64 yMs = (l->endNs - l->startNs) / 1000000;
        const double total = ms(x->endNs - x->startNs) + ms(l->endNs - l->startNs);
        benchLine("200 edits: X's sync + L's sync", total, "ms", "<= 100", total <= 100);
        std::printf("  (X pushed %d, pulled %d in %lld ms; L pulled %d in %lld ms; an idle round of both: %lld ms)\n",
                    x->summary.pushed, x->summary.pulled, static_cast<long long>(xMs), l->summary.pulled,
                    static_cast<long long>(yMs), static_cast<long long>(idleMs));
        VisitRepository lrepo(l->db());
        const Visit seen = need(lrepo.get(chosen.value(chosen.size() - 1)), "visit on L");
        if (chosen.size() != 200 || !seen.notes.endsWith(QStringLiteral("电价测算。）")))
            std::printf("  EDIT NOT SEEN ON L\n");
    }

    // 2. L makes 20,000 visits through the repository (their text taken from existing visits) and syncs.
    std::printf("\n2. Pushing 20,000 new records from one laptop\n");
    {
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
        syncOne(*l, "push");
        qint64 hqNs = 0;
        qint64 firstPullStart = 0;
        QList<QByteArray> bodies;
        int requests = 0;
        qint64 bytes = 0;
        {
            std::lock_guard lock(hqServer.trace.mutex);
            for (const Trace::Request& r : hqServer.trace.requests) {
                if (r.pull) {
                    if (firstPullStart == 0)
                        firstPullStart = r.startNs;
                    continue;
                }
                hqNs += r.endNs - r.startNs;
                bytes += r.requestBytes;
                bodies << r.body;
                ++requests;
            }
            hqServer.trace.requests.clear();
            hqServer.trace.keepBodies = false;
        }
        // The push phase ends where the download stage starts: the last progress mark before the first pull.
        qint64 pushEnd = l->endNs;
        for (qint64 mark : l->progressNs)
            if (firstPullStart == 0 || mark < firstPullStart)
                pushEnd = mark;
        qint64 decodeNs = 0;
        for (const QByteArray& body : bodies) {
            const qint64 s = nowNs();
            need(sync::WireCodec::decodePush(body), "decode");
            decodeNs += nowNs() - s;
        }
        const double pushMs = ms(pushEnd - l->startNs);
        const double rate = l->summary.pushed * 1000.0 / pushMs;
        benchLine("push: records from outbox to merged at HQ", rate, "rec/s", ">= 20000", rate >= 20000);
        std::printf("  (%d records in %.0f ms, %d requests, %.1f MB; made through the repository in %lld ms)\n",
                    l->summary.pushed, pushMs, requests, double(bytes) / 1e6, static_cast<long long>(createMs));
        benchLine("  client: prepare outbox->stamped tx, encode, ack", pushMs - ms(hqNs), "ms", "", true);
        benchLine("  HQ: decode push body", ms(decodeNs), "ms", "", true);
        benchLine("  HQ: auth + merge + commit", ms(hqNs - decodeNs), "ms", "", true);
        std::printf("  (then L pulled its %d rows back in %.0f ms: the whole sync took %lld ms)\n", l->summary.pulled,
                    ms(l->endNs - pushEnd), static_cast<long long>(l->summary.durationMs));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Many devices at once against the real server process.

void manyDevices(int devices)
{
    const QString binary = QStringLiteral(ZS_HQ_BINARY);
    if (binary.isEmpty() || !QFile::exists(binary)) {
        std::printf("\n4. skipped: zhaoshang-hq not built\n");
        return;
    }
    std::printf("\n4. %d devices syncing at once (zhaoshang-hq serve --plain --threads 4, a child process)\n", devices);
    std::fflush(stdout);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("hq"));
    QDir().mkpath(data);
    const QByteArray key = "bench-hq-key-2026";
    const QStringList teams{QStringLiteral("gz"), QStringLiteral("sz"), QStringLiteral("dg"), QStringLiteral("hq")};
    QElapsedTimer setup;
    setup.start();
    std::vector<Enrollment> enrolled;
    {
        auto store = need(EncryptedStore::create(QDir(data).filePath(QStringLiteral("hq.zsdb")),
                                                 SecureBytes::fromRaw(key.constData(), std::size_t(key.size())),
                                                 HqStore::schema(), KdfParams::minimal()),
                          "HQ store");
        Database& db = store->db();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QStringList names{QStringLiteral("广州组"), QStringLiteral("深圳组"), QStringLiteral("东莞组"),
                                QStringLiteral("总部")};
        for (int t = 0; t < teams.size(); ++t) {
            need(HqAuth::addTeam(db, teams[t], names[t], now), "team");
            // HQ's own staff here are team leads of team "hq": they write visits like everyone (an analyst reads
            // the whole city, which would make a quarter of the devices pull everything).
            need(HqAuth::addUser(db, teams[t] + QStringLiteral("user"), names[t] + QStringLiteral("专员"), teams[t],
                                 teams[t] == QLatin1String("hq") ? Role::TeamLead : Role::Officer,
                                 "password-" + teams[t].toLatin1() + "-1", now),
                 "user");
        }
        HqAuth auth;
        auto tx = need(Transaction::begin(db), "tx");
        for (int i = 0; i < devices; ++i)
            enrolled.push_back(need(auth.provisionDevice(db, teams[i % teams.size()] + QStringLiteral("user"),
                                                         QStringLiteral("laptop-%1").arg(i)),
                                    "provision"));
        need(tx.commit(), "commit");
    }

    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZHAOSHANG_HQ_KEY"), QString::fromLatin1(key));
    server.setProcessEnvironment(env);
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(binary, {QStringLiteral("serve"), QStringLiteral("--data"), data, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"), QStringLiteral("--plain"), QStringLiteral("--threads"),
                          QStringLiteral("4")});
    if (!server.waitForStarted(10000) || !server.waitForReadyRead(20000)) {
        std::fprintf(stderr, "zhaoshang-hq did not start: %s\n", server.readAllStandardError().constData());
        std::exit(1);
    }
    const QList<QByteArray> listening = server.readLine().trimmed().split(' '); // "listening 127.0.0.1 PORT http"
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(listening.value(2)));
    const qint64 pid = server.processId();

    std::vector<std::unique_ptr<Laptop>> laptops;
    QDir().mkpath(dir.filePath(QStringLiteral("ws")));
    int rowsEach = 0;
    for (int i = 0; i < devices; ++i) {
        laptops.push_back(makeLaptop(dir.filePath(QStringLiteral("ws/%1.zsdb").arg(i)), enrolled[size_t(i)], url));
        // About 200 rows each: 170 visits and the companies, contacts, leads and events around them.
        need(DemoData::generate(laptops.back()->db(), 170, quint32(1000 + i)), "demo data");
        rowsEach += int(need(laptops.back()->replica->pendingChanges(), "pending"));
    }
    std::printf("  (set-up: %d workspaces, %d rows to push in all, %.0f rows each, in %lld ms)\n", devices, rowsEach,
                double(rowsEach) / devices, static_cast<long long>(setup.elapsed()));
    std::fflush(stdout);

    const qint64 hwmBefore = statusKiB(pid, "VmHWM");
    const double hqCpuBefore = cpuSeconds(pid);
    const double selfCpuBefore = selfCpuSeconds();
    qint64 rssPeak = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { rssPeak = qMax(rssPeak, statusKiB(pid, "VmRSS")); });
    sampler.start(20);
    std::vector<Laptop*> all;
    for (auto& l : laptops)
        all.push_back(l.get());
    const qint64 start = nowNs();
    syncAll(all, 300000);
    const double wallMs = ms(nowNs() - start);
    sampler.stop();
    const qint64 hwmAfter = statusKiB(pid, "VmHWM");
    const double hqCpu = cpuSeconds(pid) - hqCpuBefore;
    const double selfCpu = selfCpuSeconds() - selfCpuBefore;

    int ok = 0;
    int errors = 0;
    qint64 pushed = 0;
    qint64 pulled = 0;
    std::vector<double> perDevice;
    QString firstError;
    for (Laptop* l : all) {
        if (l->summary.ok)
            ++ok;
        else if (l->endNs != 0) {
            ++errors;
            if (firstError.isEmpty())
                firstError = l->summary.error;
        }
        pushed += l->summary.pushed;
        pulled += l->summary.pulled;
        perDevice.push_back(ms(l->endNs - l->startNs));
    }
    std::sort(perDevice.begin(), perDevice.end());
    benchLine("devices whose sync completed", ok, "of all", QByteArray::number(devices).constData(), ok == devices);
    benchLine("errors", errors, "", "0", errors == 0);
    if (!firstError.isEmpty())
        std::printf("  (first error: %s)\n", qPrintable(firstError));
    benchLine("wall time: all start at once, until last done", wallMs / 1000, "s", "<= 10", wallMs <= 10000);
    std::printf("  (pushed %lld rows, pulled %lld rows; per device p50 %.1f s, p95 %.1f s)\n",
                static_cast<long long>(pushed), static_cast<long long>(pulled), perDevice[perDevice.size() / 2] / 1000,
                perDevice[perDevice.size() * 95 / 100] / 1000);
    benchLine("HQ process peak RSS (VmHWM)", double(hwmAfter) / 1024, "MiB", "bounded", true);
    std::printf("  (HQ VmHWM %.1f MiB after start-up, %.1f MiB after the storm; sampled RSS peak %.1f MiB)\n",
                double(hwmBefore) / 1024, double(hwmAfter) / 1024, double(rssPeak) / 1024);
    std::printf("  (CPU during the storm: HQ %.1f s, the %d laptops in this process %.1f s, on %ld cores)\n", hqCpu,
                devices, selfCpu, sysconf(_SC_NPROCESSORS_ONLN));

    server.terminate();
    if (!server.waitForFinished(10000))
        server.kill();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QLoggingCategory::setFilterRules(QStringLiteral("zs.seeds=false"));
    const int visits = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int devices = argc > 2 ? std::atoi(argv[2]) : 200;
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("Load average at start: %.2f %.2f %.2f (%ld cores)\n", load[0], load[1], load[2],
                    sysconf(_SC_NPROCESSORS_ONLN));
    if (visits > 0)
        inProcessFigures(visits);
    if (devices > 0)
        manyDevices(devices);
    return 0;
}
