// Materials through sync: an HQ analyst's workspace publishes a PDF (file uploaded before the row), an officer's
// workspace gets the row at once and the file after its background download, byte for byte; a download cut midway
// resumes from the bytes received (HQ sees a Range starting past zero); a corrupted piece never becomes the file;
// officers' imports stay on their laptop; HQ refuses officers' uploads (403, audited); HQ's Range answers; a wipe
// removes files and queue; the v6 migration keeps an existing library and its handouts.
#include "tests/support/InProcessHq.h"
#include "WorkspaceFixture.h"

#include "desktop/core/WorkspaceSchema.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/core/sync/WorkspaceSync.h"
#include "sync/client/SyncEngine.h"
#include "sync/server/HqAuth.h"
#include "sync/server/HqService.h"
#include "sync/server/HqStore.h"
#include "sync/server/HttpServer.h"
#include "sync/server/SqlCipherStorage.h"
#include "sync/store/EncryptedStore.h"
#include "sync/store/KeyFile.h"
#include "sync/store/Statement.h"

#include <QRandomGenerator>
#include <QSignalSpy>

#include <mutex>

using namespace zs;

namespace {
constexpr int kTimeoutMs = 30000;

// HQ in this process: an analyst of 总部 and an officer of 广州组. It remembers the Range header of every file
// download it answered.
class Hq : public test::InProcessHq
{
public:
    bool start()
    {
        beforeHandle = [this](const hq::HttpRequest& r) {
            if (r.method == "GET" && r.target.startsWith("/v1/blobs/")) {
                std::lock_guard lock(m_mutex);
                m_ranges << r.header("range");
            }
        };
        return test::InProcessHq::start(
            {{QStringLiteral("gz"), QStringLiteral("广州组")}, {QStringLiteral("hq"), QStringLiteral("总部")}},
            {{QStringLiteral("hq-wang"), QStringLiteral("王总"), QStringLiteral("hq"), hq::Role::Analyst,
              "hq-wang-password-1"},
             {QStringLiteral("gz-li"), QStringLiteral("李敏"), QStringLiteral("gz"), hq::Role::Officer,
              "gz-li-password-1"}});
    }
    QList<QByteArray> ranges()
    {
        std::lock_guard lock(m_mutex);
        return m_ranges;
    }

private:
    std::mutex m_mutex;
    QList<QByteArray> m_ranges;
};

// A workspace with its replica and sync engine (as the app's sync page holds them).
class Laptop
{
public:
    Laptop()
        : m_replica(WorkspaceSync::replica(m_ws.db()))
        , m_engine(std::make_unique<sync::SyncEngine>(*m_replica))
    {
    }
    bool enroll(const QString& url, const QString& user, const QString& password, const QString& teamScope)
    {
        QSignalSpy done(m_engine.get(), &sync::SyncEngine::enrolled);
        m_engine->enroll(QUrl(url), user, password, {}, user + QStringLiteral("的电脑"));
        if ((done.isEmpty() && !done.wait(kTimeoutMs)) || !done.first().at(0).toBool())
            return false;
        return WorkspaceSync::adoptTeamScope(m_ws.db(), teamScope).ok();
    }
    sync::SyncEngine::Summary sync()
    {
        QSignalSpy done(m_engine.get(), &sync::SyncEngine::finished);
        m_engine->syncNow();
        if (done.isEmpty() && !done.wait(kTimeoutMs))
            return {};
        return done.first().at(0).value<sync::SyncEngine::Summary>();
    }
    // A new engine over the same workspace: what an app restart does (nothing in memory survives).
    void restart() { m_engine = std::make_unique<sync::SyncEngine>(*m_replica); }
    sync::SyncEngine& engine() { return *m_engine; }
    sync::BlobTransfer& files() { return m_engine->files(); }
    Database& db() { return m_ws.db(); }
    qint64 count(const char* sql)
    {
        auto n = db().scalar(sql);
        return n.ok() ? n.value() : -1;
    }
    QString state(const QString& key) { return m_replica->state(key).value(); }

private:
    test::WorkspaceFixture m_ws;
    std::unique_ptr<sync::LocalReplica> m_replica;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(random.bounded(256));
    return bytes.prepend("%PDF-1.7\n");
}

Result<QString> importPdf(Database& db, const QString& title, const QByteArray& bytes)
{
    Material m;
    m.title = title;
    m.kind = QStringLiteral("policy");
    m.mime = QStringLiteral("application/pdf");
    m.pages = 3;
    return MaterialRepository(db).add(m, bytes);
}

hq::HttpRequest blobRequest(const QByteArray& method, const QString& sha256, const QString& token)
{
    hq::HttpRequest r;
    r.method = method;
    r.target = "/v1/blobs/" + sha256.toLatin1();
    r.headers.insert("x-zs-schema", QByteArray::number(hq::HqStore::kSyncSchema));
    r.headers.insert("authorization", "Bearer " + token.toLatin1());
    r.peerAddress = QStringLiteral("127.0.0.1");
    return r;
}

QByteArray headerOf(const hq::HttpResponse& r, const QByteArray& name)
{
    for (const auto& h : r.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}
} // namespace

class TestMaterialSync : public QObject
{
    Q_OBJECT

    Hq m_hq;
    std::unique_ptr<Laptop> m_analyst;
    QByteArray m_pdf; // published by the analyst in init: 300 KB
    QString m_sha;
    QString m_materialId;

    // A fresh officer laptop, enrolled and synced once: it has the row, not the file. Downloads are left to the test.
    std::unique_ptr<Laptop> officerWithRow()
    {
        auto officer = std::make_unique<Laptop>();
        if (!officer->enroll(m_hq.url(), QStringLiteral("gz-li"), QStringLiteral("gz-li-password-1"),
                             QStringLiteral("team:gz")))
            return nullptr;
        officer->engine().setDownloadFiles(false);
        if (!officer->sync().ok)
            return nullptr;
        return officer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<sync::SyncEngine::Summary>();
        QVERIFY(m_hq.start());
        m_analyst = std::make_unique<Laptop>();
        QVERIFY(m_analyst->enroll(m_hq.url(), QStringLiteral("hq-wang"), QStringLiteral("hq-wang-password-1"),
                                  QStringLiteral("team:hq")));
        m_pdf = randomBytes(300 * 1024, 7);
        m_sha = MaterialRepository::sha256Hex(m_pdf);
        auto id = importPdf(m_analyst->db(), QStringLiteral("韶关市招商引资优惠政策（2026）"), m_pdf);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
        m_materialId = id.value();
        // An HQ role's import is city-wide: queued for upload, captured for push.
        QCOMPARE(MaterialRepository(m_analyst->db()).get(m_materialId)->localOnly, false);
        QCOMPARE(m_analyst->count("SELECT count(*) FROM material_file WHERE direction = 'up'"), 1);
        QCOMPARE(m_analyst->count("SELECT count(*) FROM sync_outbox WHERE tbl = 'material'"), 1);

        m_analyst->files().setChunkBytes(100 * 1024); // three chunks, Content-Range each
        QSignalSpy chunks(&m_analyst->files(), &sync::BlobTransfer::uploadProgress);
        const auto summary = m_analyst->sync();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.refused, 0);
        QVERIFY(chunks.count() >= 3);
        QCOMPARE(m_analyst->count("SELECT count(*) FROM material_file"), 0);
        hq::HqStore store(m_hq.db());
        QVERIFY(store.blobState(m_sha)->complete);
        QCOMPARE(store.blob(m_sha).value(), m_pdf);
    }

    void officerGetsRowAtOnceAndFileAfter()
    {
        Laptop officer;
        QVERIFY(officer.enroll(m_hq.url(), QStringLiteral("gz-li"), QStringLiteral("gz-li-password-1"),
                               QStringLiteral("team:gz")));
        officer.files().setPieceBytes(64 * 1024);
        QSignalSpy ready(&officer.files(), &sync::BlobTransfer::fileReady);
        QSignalSpy progress(&officer.files(), &sync::BlobTransfer::downloadProgress);
        MaterialRepository repo(officer.db());
        bool rowWithoutFile = false;
        connect(&officer.engine(), &sync::SyncEngine::finished, this, [&] {
            // When rows are reported done, the row is here and its file is not yet: sync did not wait for it.
            rowWithoutFile = repo.get(m_materialId).ok() && !repo.bytes(m_materialId).ok() &&
                             repo.fileState(m_materialId)->kind != MaterialRepository::FileState::Here;
        });
        const auto summary = officer.sync();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QVERIFY(rowWithoutFile);
        QCOMPARE(repo.get(m_materialId)->title, QStringLiteral("韶关市招商引资优惠政策（2026）"));
        QVERIFY(officer.files().isDownloading());

        QVERIFY(ready.wait(kTimeoutMs));
        QCOMPARE(ready.first().at(0).toString(), m_sha);
        QVERIFY(progress.count() >= 5); // 300 KB in 64 KB pieces
        QCOMPARE(repo.bytes(m_materialId).value(), m_pdf);
        QCOMPARE(repo.fileState(m_materialId)->kind, MaterialRepository::FileState::Here);
        QCOMPARE(officer.count("SELECT count(*) FROM material_file"), 0);
        QCOMPARE(officer.count("SELECT count(*) FROM material_file_part"), 0);
        QTRY_VERIFY(!officer.files().isDownloading());
    }

    void interruptedDownloadResumesFromReceivedBytes()
    {
        auto officer = officerWithRow();
        QVERIFY(officer);
        MaterialRepository repo(officer->db());
        QCOMPARE(repo.fileState(m_materialId)->kind, MaterialRepository::FileState::Waiting);

        officer->files().setPieceBytes(64 * 1024);
        officer->files().setCutAfterBytes(100 * 1024); // the network drops after the second piece
        QSignalSpy progress(&officer->files(), &sync::BlobTransfer::downloadProgress);
        officer->files().startDownloads();
        QTRY_VERIFY_WITH_TIMEOUT(!officer->files().isDownloading(), kTimeoutMs);
        const qint64 received = officer->count("SELECT received FROM material_file WHERE sha256 IS NOT NULL");
        QCOMPARE(received, 128 * 1024);
        QCOMPARE(officer->count("SELECT sum(length(data)) FROM material_file_part"), received);
        const auto partial = repo.fileState(m_materialId).value();
        QCOMPARE(partial.kind, MaterialRepository::FileState::Downloading);
        QCOMPARE(partial.percent, int(received * 100 / m_pdf.size()));
        QVERIFY(!repo.bytes(m_materialId).ok()); // not openable half-way

        // Restart: a new engine and transfer over the same workspace, nothing in memory.
        const int before = m_hq.ranges().size();
        officer->restart();
        officer->files().setPieceBytes(64 * 1024);
        QSignalSpy ready(&officer->files(), &sync::BlobTransfer::fileReady);
        officer->files().startDownloads();
        QVERIFY(ready.wait(kTimeoutMs));
        const QList<QByteArray> asked = m_hq.ranges().mid(before);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(asked.first(), QByteArray("bytes=131072-196607")); // resumed where it stopped, not from zero
        for (const QByteArray& range : asked)
            QVERIFY2(!range.startsWith("bytes=0-"), range.constData());
        QCOMPARE(repo.bytes(m_materialId).value(), m_pdf);
    }

    void corruptedPieceNeverBecomesTheFile()
    {
        auto officer = officerWithRow();
        QVERIFY(officer);
        MaterialRepository repo(officer->db());
        officer->files().setPieceBytes(64 * 1024);
        officer->files().setRetryBaseMs(5);
        int corrupted = 0;
        officer->files().setPieceFilter([&](const QString&, qint64 offset, QByteArray& bytes) {
            if (offset == 64 * 1024) { // one flipped bit in the second piece, on every attempt
                bytes[100] = char(bytes[100] ^ 0x01);
                ++corrupted;
            }
        });
        QSignalSpy failed(&officer->files(), &sync::BlobTransfer::fileFailed);
        QSignalSpy ready(&officer->files(), &sync::BlobTransfer::fileReady);
        QSignalSpy idle(&officer->files(), &sync::BlobTransfer::downloadsIdle);
        officer->files().startDownloads();
        QVERIFY(idle.wait(kTimeoutMs));
        QCOMPARE(ready.count(), 0);
        QCOMPARE(failed.count(), sync::BlobTransfer::kMaxAttempts); // bounded retries
        QCOMPARE(corrupted, sync::BlobTransfer::kMaxAttempts);
        QCOMPARE(officer->count("SELECT count(*) FROM material_blob"), 0);
        QCOMPARE(officer->count("SELECT count(*) FROM material_file_part"), 0); // the bad bytes are gone
        const auto state = repo.fileState(m_materialId).value();
        QCOMPARE(state.kind, MaterialRepository::FileState::Failed);
        QVERIFY2(state.error.contains(QStringLiteral("SHA-256")), qPrintable(state.error));
        QVERIFY(state.text().startsWith(QStringLiteral("下载失败：")));
        auto refused = repo.bytes(m_materialId);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("还没有下载")));

        // Someone opens it: front of the queue, failures forgotten; the network is healthy again.
        officer->files().setPieceFilter({});
        QCOMPARE(repo.requestFile(m_materialId)->kind, MaterialRepository::FileState::Waiting);
        officer->files().startDownloads(false);
        QVERIFY(ready.wait(kTimeoutMs));
        QCOMPARE(repo.bytes(m_materialId).value(), m_pdf);
    }

    void officerImportStaysLocal()
    {
        auto officer = officerWithRow();
        QVERIFY(officer);
        const QByteArray own = randomBytes(20 * 1024, 11);
        auto id = importPdf(officer->db(), QStringLiteral("李敏整理的园区材料"), own);
        QVERIFY(id.ok());
        MaterialRepository repo(officer->db());
        QVERIFY(repo.get(id.value())->localOnly);
        QCOMPARE(repo.fileState(id.value())->kind, MaterialRepository::FileState::LocalOnly);
        QCOMPARE(repo.fileState(id.value())->text(), QStringLiteral("仅本机"));
        QCOMPARE(officer->count("SELECT count(*) FROM sync_outbox WHERE tbl = 'material'"), 0);
        QCOMPARE(officer->count("SELECT count(*) FROM material_file WHERE direction = 'up'"), 0);
        const auto summary = officer->sync();
        QVERIFY(summary.ok);
        QCOMPARE(summary.pushed, 0);
        QCOMPARE(summary.refused, 0);
        QVERIFY(!hq::HqStore(m_hq.db()).blobState(MaterialRepository::sha256Hex(own))->complete);
        // An edit stays local too.
        Material m = repo.get(id.value()).value();
        m.title += QStringLiteral("（修订）");
        QVERIFY(repo.update(m).ok());
        QCOMPARE(officer->count("SELECT count(*) FROM sync_outbox WHERE tbl = 'material'"), 0);
    }

    void officerUploadRefusedAndAudited()
    {
        auto officer = officerWithRow();
        QVERIFY(officer);
        const QByteArray bytes = randomBytes(1000, 3);
        const QString sha = MaterialRepository::sha256Hex(bytes);
        auto put = blobRequest("PUT", sha, officer->state(QStringLiteral("access_token")));
        put.headers.insert("content-range",
                           "bytes 0-" + QByteArray::number(bytes.size() - 1) + '/' + QByteArray::number(bytes.size()));
        put.body = bytes;
        const auto before = hq::HqAuth::auditLog(m_hq.db(), 1000).value().size();
        const hq::HttpResponse r = m_hq.service().handle(put);
        QCOMPARE(r.status, 403);
        QVERIFY(!hq::HqStore(m_hq.db()).blobState(sha)->complete);
        QCOMPARE(hq::HqStore(m_hq.db()).blobState(sha)->received, 0);
        const auto log = hq::HqAuth::auditLog(m_hq.db(), 1000).value();
        QCOMPARE(log.size(), before + 1);
        bool audited = false;
        for (const auto& e : log)
            audited = audited || (e.action == QLatin1String("blob.put") && e.outcome == QLatin1String("refused") &&
                                  e.account == QLatin1String("gz-li") && e.detail.startsWith(sha));
        QVERIFY(audited);
        // Reading is for every enrolled device.
        QCOMPARE(
            m_hq.service().handle(blobRequest("HEAD", m_sha, officer->state(QStringLiteral("access_token")))).status,
            200);
    }

    void rangeAnswers()
    {
        const QString token = m_analyst->state(QStringLiteral("access_token"));
        auto get = [&](const QByteArray& range) {
            auto r = blobRequest("GET", m_sha, token);
            if (!range.isNull())
                r.headers.insert("range", range);
            return m_hq.service().handle(r);
        };
        const QByteArray total = QByteArray::number(m_pdf.size());
        auto whole = get({});
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, m_pdf);
        QCOMPARE(headerOf(whole, "Content-Range"), QByteArray());
        QCOMPARE(headerOf(whole, "Accept-Ranges"), QByteArray("bytes"));

        auto open = get("bytes=1000-");
        QCOMPARE(open.status, 206);
        QCOMPARE(headerOf(open, "Content-Range"), "bytes 1000-" + QByteArray::number(m_pdf.size() - 1) + '/' + total);
        QCOMPARE(open.body, m_pdf.mid(1000));

        auto closed = get("bytes=10-19");
        QCOMPARE(closed.status, 206);
        QCOMPARE(headerOf(closed, "Content-Range"), "bytes 10-19/" + total);
        QCOMPARE(closed.body, m_pdf.mid(10, 10));

        auto beyond = get("bytes=100-99999999"); // the end is clamped to the file
        QCOMPARE(beyond.status, 206);
        QCOMPARE(beyond.body, m_pdf.mid(100));

        auto suffix = get("bytes=-16");
        QCOMPARE(suffix.status, 206);
        QCOMPARE(suffix.body, m_pdf.right(16));

        const QList<QByteArray> invalid{QByteArray("bytes=") + total + QByteArray("-"), QByteArray("bytes=20-10"),
                                        QByteArray("bytes=abc"), QByteArray("items=0-1"), QByteArray("bytes=0-1,5-6")};
        for (const QByteArray& bad : invalid) {
            auto r = get(bad);
            QCOMPARE(r.status, 416);
            QCOMPARE(headerOf(r, "Content-Range"), "bytes */" + total);
        }
        auto missing = blobRequest("GET", QString(64, QLatin1Char('a')), token);
        QCOMPARE(m_hq.service().handle(missing).status, 404);
    }

    // A file larger than one piece: HQ answers at most kMaxBlobPiece bytes, even to a request for all of it.
    void largeFilesAreServedInPieces()
    {
        const qint64 piece = hq::HqService::kMaxBlobPiece;
        const QByteArray big = randomBytes(int(piece + piece / 2), 5);
        const QString sha = MaterialRepository::sha256Hex(big);
        hq::HqStore store(m_hq.db());
        // Uploaded in 1 MiB chunks, as the client would (within HQ's body limit).
        for (qint64 at = 0; at < big.size(); at += 1024 * 1024)
            QVERIFY(store.putBlobChunk(sha, at, big.size(), big.mid(at, 1024 * 1024)).ok());
        QVERIFY(store.blobState(sha)->complete);
        const QString token = m_analyst->state(QStringLiteral("access_token"));
        auto whole = m_hq.service().handle(blobRequest("GET", sha, token));
        QCOMPARE(whole.status, 206);
        QCOMPARE(whole.body.size(), piece);
        QCOMPARE(headerOf(whole, "Content-Range"),
                 "bytes 0-" + QByteArray::number(piece - 1) + '/' + QByteArray::number(big.size()));
        auto rest = blobRequest("GET", sha, token);
        rest.headers.insert("range", "bytes=" + QByteArray::number(piece) + '-');
        auto tail = m_hq.service().handle(rest);
        QCOMPARE(tail.status, 206);
        QCOMPARE(whole.body + tail.body, big); // pieces cross the stored chunks' boundaries
    }

    void wipeRemovesFilesAndQueue()
    {
        auto officer = officerWithRow();
        QVERIFY(officer);
        officer->files().setPieceBytes(64 * 1024);
        officer->files().setCutAfterBytes(64 * 1024);
        officer->files().startDownloads();
        QTRY_VERIFY_WITH_TIMEOUT(!officer->files().isDownloading(), kTimeoutMs);
        QVERIFY(importPdf(officer->db(), QStringLiteral("本机资料"), randomBytes(5000, 9)).ok());
        QVERIFY(officer->count("SELECT count(*) FROM material_file_part") > 0);
        QVERIFY(officer->count("SELECT count(*) FROM material_blob") > 0);
        QVERIFY(hq::HqAuth::revokeDevice(m_hq.db(), officer->state(QStringLiteral("device")), true,
                                         Clock::system().wallMs())
                    .ok());
        const auto summary = officer->sync();
        QVERIFY(summary.wiped);
        for (const char* sql : {"SELECT count(*) FROM material", "SELECT count(*) FROM material_blob",
                                "SELECT count(*) FROM material_file", "SELECT count(*) FROM material_file_part",
                                "SELECT count(*) FROM material_handout"})
            QVERIFY2(officer->count(sql) == 0, sql);
    }

    // A v5 workspace with a library and a handout becomes v6: rows kept (local to this laptop), handouts still
    // pointing at them, new rows numbered after the old ones, searchable as before.
    // Not about files, but about the same engine against the same HQ: a transaction HQ cannot read (it refuses the
    // whole body as malformed) never holds back the others. The round resends one transaction a body, the one refused
    // alone goes to the quarantine with HQ's reason, the rest is applied, and the next round is clean.
    void bodyRefusedAsMalformedQuarantinesOnlyItsTransaction()
    {
        const QByteArray marker = QStringLiteral("总部读不懂的企业").toUtf8();
        m_hq.intercept = [marker](const hq::HttpRequest& r) -> std::optional<hq::HttpResponse> {
            if (r.target != "/v1/push" || !r.body.contains(marker))
                return std::nullopt;
            return hq::HttpResponse{
                400,
                "application/json",
                {},
                QStringLiteral(R"({"error":"malformed","message":"同步数据格式错误：测试规则"})").toUtf8()};
        };
        auto officer = officerWithRow();
        QVERIFY(officer);
        CompanyRepository companies(officer->db());
        for (const QString& name : {QStringLiteral("韶关甲企业有限公司"), QStringLiteral("总部读不懂的企业"),
                                    QStringLiteral("韶关乙企业有限公司")}) {
            Company c;
            c.name = name;
            QVERIFY(companies.create(c).ok());
        }
        const auto first = officer->sync();
        m_hq.intercept = nullptr;
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.refused, 1);
        QCOMPARE(first.pushed, 2);
        QCOMPARE(officer->count("SELECT count(*) FROM sync_quarantine WHERE reason LIKE '%测试规则%'"), 1);
        QCOMPARE(officer->count("SELECT count(*) FROM sync_pending"), 0);
        const auto second = officer->sync();
        QVERIFY(second.ok);
        QCOMPARE(second.refused, 0);
    }

    void migrationFromV5KeepsTheLibrary()
    {
        QTemporaryDir dir;
        const auto key = SecureBytes::fromPassphrase(QStringLiteral("v5-key"));
        auto v5 = EncryptedStore::create(dir.filePath(QStringLiteral("old.zsdb")), key,
                                         WorkspaceSchema::migrator().prefix(5), KdfParams::minimal());
        QVERIFY2(v5.ok(), v5.ok() ? "" : qPrintable(v5.error().toString()));
        Database& db = v5.value()->db();
        QVERIFY(db.exec("INSERT INTO material_blob VALUES ('aa', x'01020304');"
                        "INSERT INTO material (id, sha256, title, kind, mime, size, created_at, updated_at) "
                        "VALUES ('m1', 'aa', '旧资料', 'policy', 'application/pdf', 4, 1, 1);"
                        "INSERT INTO material_handout (material_id, handed_at) VALUES ('m1', 2);"
                        "DELETE FROM sqlite_sequence WHERE name = 'material';"
                        "INSERT INTO sqlite_sequence VALUES ('material', 40)")
                    .ok());
        QCOMPARE(WorkspaceSchema::migrator().migrate(db).value(), WorkspaceSchema::migrator().latestVersion());
        auto fk = db.scalar("PRAGMA foreign_keys");
        QCOMPARE(fk.value(), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM pragma_foreign_key_check").value(), 0);
        QCOMPARE(db.scalar("SELECT local_only FROM material WHERE id = 'm1'").value(), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM material_handout WHERE material_id = 'm1'").value(), 1);
        QCOMPARE(db.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'material'").value(), 40);
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_outbox WHERE tbl = 'material'").value(), 0);
        // The file reference is gone: a synced row may precede its file, with foreign keys on.
        QVERIFY(db.exec("INSERT INTO material (id, sha256, title, kind, mime, size, created_at, updated_at) "
                        "VALUES ('m2', 'bb', '总部资料', 'policy', 'application/pdf', 9, 3, 3)")
                    .ok());
        QVERIFY(db.scalar("SELECT rid FROM material WHERE id = 'm2'").value() > 40);
        QVERIFY(db.exec("UPDATE material SET title = '旧资料（改）' WHERE id = 'm1'").ok());
        QCOMPARE(db.scalar("SELECT count(*) FROM search_queue").value(), 1); // the search trigger came back
        // A handout may still not point at a material that does not exist (the repository checks: since v8 a
        // synced handout may arrive before its material, so the table declares no foreign key).
        QCOMPARE(MaterialRepository(db).recordHandout(QStringLiteral("nope"), {}, {}, {}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(db.scalar("SELECT count(*) FROM material_handout").value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMaterialSync)
#include "tst_materialsync.moc"
