#pragma once
// bench_sync's laptops and HQs: real encrypted workspaces with their LocalReplica and SyncEngine, enrolled as the
// tests enrol them (tests/support/InProcessHq.h); what an in-process HQ handled, on a timeline (Trace, Split); the
// real zhaoshang-hq in a child process (HqChild) for the many-devices figure.

#include "support/BenchSupport.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/demo/DemoData.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/sync/WorkspaceSync.h"
#include "sync/client/SyncEngine.h"
#include "sync/server/HqAuth.h"
#include "sync/server/HqStore.h"
#include "sync/store/Database.h"
#include "sync/store/EncryptedStore.h"
#include "sync/store/Transaction.h"
#include "tests/support/InProcessHq.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>
#include <mutex>
#include <vector>

#ifndef ZS_HQ_BINARY
#define ZS_HQ_BINARY ""
#endif

namespace zs::bench {

using hq::Enrollment;
using hq::HqAuth;
using hq::HqStore;
using hq::Role;
using sync::SyncEngine;

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
    // InProcessHq::handled: every request HQ handled, with its handler's start and end.
    void record(const hq::HttpRequest& r, const hq::HttpResponse& response, qint64 startNs, qint64 endNs)
    {
        Request t;
        t.pull = r.target.startsWith("/v1/pull");
        t.startNs = startNs;
        t.endNs = endNs;
        t.requestBytes = r.body.size();
        t.responseBytes = response.body.size();
        std::lock_guard lock(mutex);
        if (keepBodies && (t.pull || r.target.startsWith("/v1/push")))
            t.body = t.pull ? response.body : r.body;
        requests.push_back(std::move(t));
    }
    std::vector<Request> take()
    {
        std::lock_guard lock(mutex);
        keepBodies = false;
        return std::exchange(requests, {});
    }
};

inline const SecureBytes& workspacePassphrase()
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

// A real workspace, enrolled the way SyncEngine::enroll leaves it, minus the password round (one Argon2id each):
// test::storeEnrollment, the tests' own.
inline std::unique_ptr<Laptop> makeLaptop(const QString& path, const Enrollment& e, const QString& server)
{
    auto laptop = std::make_unique<Laptop>();
    laptop->ws = need(Workspace::create(path, workspacePassphrase(), KdfParams::minimal()), "workspace");
    laptop->replica = WorkspaceSync::replica(laptop->db());
    need(test::storeEnrollment(*laptop->replica, e, server), "enrolment");
    need(WorkspaceSync::adoptTeamScope(laptop->db(), e.principal.teamScope()), "team scope");
    laptop->engine = std::make_unique<SyncEngine>(*laptop->replica);
    Laptop* raw = laptop.get();
    QObject::connect(raw->engine.get(), &SyncEngine::progress, raw->engine.get(),
                     [raw](const QString&, int) { raw->progressNs.push_back(nowNs()); });
    return laptop;
}

// Starts every engine at once and runs the event loop until all have finished (or the timeout).
inline void syncAll(const std::vector<Laptop*>& laptops, int timeoutMs = 600000)
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

inline void syncOne(Laptop& l, const char* what)
{
    syncAll({&l});
    if (!l.summary.ok) {
        std::fprintf(stderr, "%s: sync failed: %s\n", what, qPrintable(l.summary.error));
        std::exit(1);
    }
}

inline qint64 count(Database& db, const char* sql)
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
inline std::unique_ptr<Laptop> seedHq(const HqChild& hq, const QString& path, QList<Visit>& pool)
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
inline void logDay(Laptop& l, const QList<Visit>& pool, int variant)
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

} // namespace zs::bench
