// Sync at scale on loopback, with the real components: HQ = SqlCipherStorage opened as zhaoshang-hq opens it +
// HqService behind the HttpServer (plain HTTP on 127.0.0.1, 4 threads); laptops = real encrypted workspaces
// (KdfParams::minimal, so set-up is quick) syncing through LocalReplica + SyncEngine over QNetworkAccessManager.
// Devices are provisioned at HQ (AccountStorage::provisionDevice) and enrolled as the tests enrol them
// (tests/support/InProcessHq.h: what SyncEngine::enroll stores, without the password round). The in-process HQ is the
// tests' own; the laptops, HQ process and timelines are in bench/support.
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
//   For figures 1 and 2, ZS_BENCH_TIMELINE=1 prints when each request started and when HQ handled it, and
//   ZS_BENCH_DUMP=FILE writes its first push body to FILE (to study the wire form).
#include "BenchReport.h"
#include "support/SyncLaptops.h"
#include "sync/protocol/SyncSchema.h"
#include "sync/protocol/WireCodec.h"
#include "sync/server/HqService.h"
#include "sync/store/Uuid7.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#ifndef ZS_STORM_CLIENT
#define ZS_STORM_CLIENT ""
#endif

using namespace zs;
using namespace zs::bench;
using hq::HqService;
using sync::WireCodec;

namespace {

// With ZS_BENCH_TIMELINE=1: when each request of a sync started (the progress signal before it) and when HQ handled
// it, in ms from the sync's start.
void printTimeline(const Laptop& l, const std::vector<Trace::Request>& requests)
{
    if (!qEnvironmentVariableIsSet("ZS_BENCH_TIMELINE"))
        return;
    for (qint64 mark : l.progressNs)
        std::printf("    progress %8.1f\n", ms(mark - l.startNs));
    for (const Trace::Request& r : requests)
        std::printf("    %s HQ %8.1f .. %8.1f  %lld bytes\n", r.pull ? "pull" : "push", ms(r.startNs - l.startNs),
                    ms(r.endNs - l.startNs), static_cast<long long>(r.pull ? r.responseBytes : r.requestBytes));
    std::printf("    done     %8.1f\n", ms(l.endNs - l.startNs));
}

// ---------------------------------------------------------------------------------------------------------------
// 1-3: in-process HQ, a seeding laptop X, a new laptop L of the same team.

void inProcessFigures(int visits)
{
    QTemporaryDir dir;
    // As zhaoshang-hq opens its store (with the background checkpointer), with its 4 io threads; every request's
    // handler time on the trace.
    Trace trace; // outlives the server that records into it
    test::InProcessHq hqServer;
    hqServer.handled = [&trace](const hq::HttpRequest& r, const hq::HttpResponse& response, qint64 start, qint64 end) {
        trace.record(r, response, start, end);
    };
    test::InProcessHq::Options options;
    options.asServed = true;
    options.threads = 4;
    if (!hqServer.start({}, {}, options))
        die("HQ", makeError(ErrorCode::Internal, QStringLiteral("the in-process HQ did not start")));
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
    trace.clear(false);
    syncOne(*x, "seed");
    std::printf("  X pushed %d records and pulled %d back in %lld ms (the first push of a whole workspace)\n",
                x->summary.pushed, x->summary.pulled, static_cast<long long>(x->summary.durationMs));
    const qint64 hqRows = need(hqServer.storage().sync().lastSeq(), "HQ rows"); // new rows only: one version each

    // 1. A new laptop of the same team: everything in scope, from nothing.
    std::printf("\n1. First sync of a new laptop (%lld records at HQ)\n", static_cast<long long>(hqRows));
    auto l = makeLaptop(dir.filePath(QStringLiteral("l.zsdb")),
                        need(accounts.provisionDevice(QStringLiteral("lixy"), QStringLiteral("L")), "provision"),
                        hqServer.url());
    trace.clear(true);
    syncOne(*l, "first sync");
    {
        const std::vector<Trace::Request> requests = trace.take();
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
        // Since detail rows sync, a pulled "record" is a parent row or a detail row (attendees, stage history,
        // handouts…); the rate above counts both, the one below the parent rows only, in the same wall time.
        qint64 detailRows = 0;
        for (const sync::TableDef& t : WorkspaceSync::tables())
            if (t.isDetail())
                detailRows += count(l->db(), QByteArray("SELECT count(*) FROM " + t.name.toUtf8()).constData());
        const double parentRate = double(l->summary.pulled - detailRows) * 1000.0 / wallMs;
        std::printf("  (of them %lld detail rows, %.0f %% of the rows)\n", static_cast<long long>(detailRows),
                    100.0 * double(detailRows) / qMax(1, l->summary.pulled));
        benchLine("  the same, counting parent records only", parentRate, "rec/s", "", true);
        std::printf("  (%d pages of <= %d rows, %.1f MB of CBOR, %.0f bytes/record)\n", split.pull.requests,
                    SyncEngine::kPageSize, double(split.pull.bytes) / 1e6,
                    double(split.pull.bytes) / qMax(1, l->summary.pulled));
        benchLine("  HQ: pull handler (auth, query, page encode)", ms(split.pull.hqNs), "ms", "", true);
        benchLine("  client: decode pages (WireCodec)", ms(decodeNs), "ms", "", true);
        benchLine("  client: apply pages (merge+write, tx/page)", ms(applyNs), "ms", "", true);
        benchLine("  the rest: waiting for HQ/network, final purge", wallMs - ms(decodeNs + applyNs), "ms", "", true);
        printTimeline(*l, requests);
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
        trace.clear(false);
        syncOne(*x, "X");
        syncOne(*l, "L");
        const std::vector<Trace::Request> requests = trace.take();
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
        trace.clear(true);
        const double cpuBefore = selfCpuSeconds();
        const double busyBefore = machineBusySeconds();
        syncOne(*l, "push");
        const double cpu = selfCpuSeconds() - cpuBefore;
        const double busy = machineBusySeconds() - busyBefore;
        const std::vector<Trace::Request> requests = trace.take();
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
        printTimeline(*l, requests);
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
        QHash<QString, QString> renamed; // the team laptop's visit ids -> this device's
        for (sync::ChangeSet tx : days[std::size_t((i - 1) % teamCount)].transactions) {
            tx.txId = randomBytes(16);
            for (sync::RowChange& row : tx.rows) {
                if (row.table == QLatin1String("visit")) {
                    // A new visit of this device (anything else but its details: a shared row edited).
                    const QString id = Uuid7::create();
                    renamed.insert(row.rowId, id);
                    row.rowId = id;
                } else if (const sync::TableDef* t = sync::SyncSchema::city().table(row.table); t && t->isDetail()) {
                    // Its details (attendees, revisions, handouts) follow it: HQ refuses a detail row whose parent
                    // it does not hold. An attendee's id is "<visit id>/<contact id>", the others' are new.
                    for (sync::Cell& c : row.cells)
                        for (const sync::TableDef::Link& link : t->parents)
                            if (c.column == link.column && renamed.contains(c.value.toString()))
                                c.value = renamed.value(c.value.toString());
                    const QString parent = row.rowId.section(QLatin1Char('/'), 0, 0);
                    row.rowId = renamed.contains(parent) ? renamed.value(parent) + row.rowId.mid(parent.size())
                                                         : Uuid7::create();
                }
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
