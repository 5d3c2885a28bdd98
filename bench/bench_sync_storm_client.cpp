// Plays many sync devices from one process against a running HQ, for bench_sync's figure 4: each device sends the
// requests a laptop's SyncEngine sends (same headers as HqConnection::request: X-Zs-Schema, Authorization bearer,
// Content-Type application/cbor on the push, no HTTP/2, the same transfer timeout), checks HQ's answers and throws
// the pulled rows away instead of applying them. A real laptop applies its pull into its own encrypted store on its
// own CPU; here that work would be 200 laptops' worth on the server's cores, and the figure would measure it.
//
// Per device: POST /v1/push with its pre-encoded body (every transaction must come back "applied"), then
// GET /v1/pull?cursor=C&limit=5000 until hasMore is false, each page decoded (and so verified) by WireCodec; the
// pull starts from before the push, so it must bring back every row the device pushed.
// Every device has its own QNetworkAccessManager (as every laptop has its own, and one manager would hold them to
// six connections to the host).
//
// Usage: bench_sync_storm_client BASE_URL MANIFEST
//   MANIFEST: one device a line, tab-separated: device id, access token, pull cursor, push body file.
// Reads everything, prints "ready N", waits for a line on stdin, then starts every device at once. Prints one JSON
// line per device as it finishes ({"device","ok","error","pushed","pulled","pages","bytes","decode_ms","push_ms",
// "ms"}), then {"summary":true,"devices","ok","errors","pushed","pulled","bytes","decode_s","ms","cpu_s"} (bytes:
// pulled page bodies; decode_s: decodePull's CPU time on them; cpu_s: this process, from the start line to the end) and
// exits 0 (1 if any device failed).
#include "sync/client/HqConnection.h"
#include "sync/protocol/WireCodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QUrl>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

using namespace zs;
using sync::WireCodec;

namespace {

constexpr int kPageSize = 5000;   // SyncEngine::kPageSize
constexpr int kTimeoutMs = 60000; // SyncEngine's request timeout
const QByteArray kCbor = QByteArrayLiteral("application/cbor");

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU time of this thread (where replies are handled): other threads and processes on the same cores do not count.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

struct Device
{
    QString id;
    QByteArray token;
    qint64 cursor = 0;
    QByteArray body;
    QList<QByteArray> txIds; // of the push body, in order: HQ answers each one
    int rows = 0;
    QSet<QString> own; // the pushed rows' ids: the pull (from before the push) must bring each of them back
    int ownPulled = 0;

    std::unique_ptr<QNetworkAccessManager> network;
    bool done = false;
    bool ok = false;
    QString error;
    int pushed = 0;
    int pulled = 0;
    int pages = 0;
    qint64 bytes = 0;    // pulled page bodies
    qint64 decodeNs = 0; // WireCodec::decodePull on them (CPU time)
    qint64 pushMs = 0;
    qint64 ms = 0;
};

class Storm
{
public:
    Storm(QUrl base, std::vector<Device>& devices)
        : m_base(std::move(base))
        , m_devices(devices)
    {
    }

    void start()
    {
        m_clock.start();
        m_cpuStart = cpuSeconds();
        m_remaining = int(m_devices.size());
        for (Device& d : m_devices) {
            d.network = std::make_unique<QNetworkAccessManager>();
            d.network->setAutoDeleteReplies(true);
        }
        for (Device& d : m_devices)
            push(d);
        if (m_remaining == 0)
            finishAll();
    }

private:
    // As HqConnection::request builds it for an enrolled workspace on plain loopback HTTP.
    QNetworkRequest request(const Device& d, const QString& path) const
    {
        QUrl url = m_base;
        const QUrl relative(path);
        url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + relative.path());
        url.setQuery(relative.query());
        QNetworkRequest r(url);
        r.setRawHeader("X-Zs-Schema", QByteArray::number(sync::HqConnection::kSchema));
        r.setTransferTimeout(kTimeoutMs);
        r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        r.setRawHeader("Authorization", "Bearer " + d.token);
        return r;
    }

    // Calls `handler(body)` on HTTP 200, finishes the device with the reason otherwise.
    void send(Device& d, const QByteArray& method, const QString& path, const QByteArray& body,
              std::function<void(const QByteArray&)> handler)
    {
        QNetworkRequest r = request(d, path);
        if (!body.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, kCbor);
        QNetworkReply* reply = d.network->sendCustomRequest(r, method, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, &d, reply, handler = std::move(handler)] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            if (status == 0)
                return finish(d, QStringLiteral("network: %1").arg(reply->errorString()));
            if (status != 200)
                return finish(d, QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(answer.left(200))));
            handler(answer);
        });
    }

    void push(Device& d)
    {
        send(d, "POST", QStringLiteral("/v1/push"), d.body, [this, &d](const QByteArray& answer) {
            auto response = WireCodec::decodePushResponse(answer);
            if (!response.ok())
                return finish(d, QStringLiteral("push answer: %1").arg(response.error().message));
            if (response->results.size() != d.txIds.size())
                return finish(d, QStringLiteral("push answer: %1 results for %2 transactions")
                                     .arg(response->results.size())
                                     .arg(d.txIds.size()));
            for (int i = 0; i < d.txIds.size(); ++i) {
                const sync::TxResult& r = response->results.at(i);
                if (r.txId != d.txIds.at(i) || r.status != sync::TxResult::Applied)
                    return finish(d, QStringLiteral("transaction %1 not applied (status %2): %3")
                                         .arg(i)
                                         .arg(int(r.status))
                                         .arg(r.reason));
            }
            d.pushed = d.rows;
            d.pushMs = m_clock.elapsed();
            pull(d, d.cursor);
        });
    }

    void pull(Device& d, qint64 cursor)
    {
        send(d, "GET", QStringLiteral("/v1/pull?cursor=%1&limit=%2").arg(cursor).arg(kPageSize), {},
             [this, &d](const QByteArray& answer) {
                 const qint64 decodeStart = threadCpuNs();
                 auto page = WireCodec::decodePull(answer);
                 d.decodeNs += threadCpuNs() - decodeStart;
                 d.bytes += answer.size();
                 if (!page.ok())
                     return finish(d, QStringLiteral("pull page: %1").arg(page.error().message));
                 ++d.pages;
                 d.pulled += int(page->rows.size());
                 for (const sync::RowChange& row : page->rows)
                     d.ownPulled += d.own.contains(row.rowId) ? 1 : 0;
                 if (page->hasMore)
                     return pull(d, page->nextCursor);
                 if (d.ownPulled != d.own.size())
                     return finish(d,
                                   QStringLiteral("pulled back %1 of its %2 rows").arg(d.ownPulled).arg(d.own.size()));
                 d.ok = true;
                 finish(d, {});
             });
    }

    void finish(Device& d, const QString& error)
    {
        if (d.done)
            return;
        d.done = true;
        d.error = error;
        d.ok = error.isEmpty();
        d.ms = m_clock.elapsed();
        const QJsonObject line{
            {QStringLiteral("device"), d.id},      {QStringLiteral("ok"), d.ok},
            {QStringLiteral("error"), d.error},    {QStringLiteral("pushed"), d.pushed},
            {QStringLiteral("pulled"), d.pulled},  {QStringLiteral("pages"), d.pages},
            {QStringLiteral("bytes"), d.bytes},    {QStringLiteral("decode_ms"), double(d.decodeNs) / 1e6},
            {QStringLiteral("push_ms"), d.pushMs}, {QStringLiteral("ms"), d.ms}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        if (--m_remaining == 0)
            finishAll();
    }

    void finishAll()
    {
        int ok = 0;
        qint64 pushed = 0;
        qint64 pulled = 0;
        qint64 bytes = 0;
        qint64 decodeNs = 0;
        for (const Device& d : m_devices) {
            ok += d.ok ? 1 : 0;
            pushed += d.pushed;
            pulled += d.pulled;
            bytes += d.bytes;
            decodeNs += d.decodeNs;
        }
        const QJsonObject summary{{QStringLiteral("summary"), true},
                                  {QStringLiteral("devices"), int(m_devices.size())},
                                  {QStringLiteral("ok"), ok},
                                  {QStringLiteral("errors"), int(m_devices.size()) - ok},
                                  {QStringLiteral("pushed"), pushed},
                                  {QStringLiteral("pulled"), pulled},
                                  {QStringLiteral("bytes"), bytes},
                                  {QStringLiteral("decode_s"), double(decodeNs) / 1e9},
                                  {QStringLiteral("ms"), m_clock.elapsed()},
                                  {QStringLiteral("cpu_s"), cpuSeconds() - m_cpuStart}};
        std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
        QCoreApplication::exit(ok == int(m_devices.size()) ? 0 : 1);
    }

    QUrl m_base;
    std::vector<Device>& m_devices;
    QElapsedTimer m_clock;
    double m_cpuStart = 0;
    int m_remaining = 0;
};

int usage(const char* why)
{
    std::fprintf(stderr, "%s\nusage: bench_sync_storm_client BASE_URL MANIFEST  (see bench/bench_sync.cpp, figure 4)\n",
                 why);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return usage("two arguments expected");
    const QUrl base(args[1]);
    if (!base.isValid() || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")))
        return usage("BASE_URL: http://host:port expected");
    QFile manifest(args[2]);
    if (!manifest.open(QIODevice::ReadOnly))
        return usage("MANIFEST cannot be read");

    std::vector<Device> devices;
    for (const QByteArray& line : manifest.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = line.split('\t');
        bool cursorOk = false;
        Device d;
        d.id = QString::fromUtf8(fields.value(0));
        d.token = fields.value(1);
        d.cursor = fields.value(2).toLongLong(&cursorOk);
        QFile body(QString::fromUtf8(fields.value(3)));
        if (fields.size() != 4 || !cursorOk || !body.open(QIODevice::ReadOnly))
            return usage("MANIFEST: device, token, cursor and a readable body file on each line");
        d.body = body.readAll();
        // What HQ will be asked to apply, to check its answer against (decoding here is set-up, not storm).
        auto request = WireCodec::decodePush(d.body);
        if (!request.ok() || request->device != d.id) {
            std::fprintf(stderr, "%s: not a push body of this device\n", qPrintable(body.fileName()));
            return 1;
        }
        for (const sync::ChangeSet& tx : request->transactions) {
            d.txIds << tx.txId;
            d.rows += int(tx.rows.size());
            for (const sync::RowChange& row : tx.rows)
                d.own.insert(row.rowId);
        }
        devices.push_back(std::move(d));
    }

    if (devices.empty())
        return usage("MANIFEST lists no device");
    std::printf("ready %d\n", int(devices.size()));
    std::string go;
    if (!std::getline(std::cin, go))
        return 1;
    Storm storm(base, devices);
    storm.start();
    return app.exec();
}
