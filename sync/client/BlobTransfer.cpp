#include "sync/client/BlobTransfer.h"

#include "sync/client/HqConnection.h"
#include "sync/client/LocalReplica.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkReply>

namespace zs::sync {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// "bytes first-last/total" -> first, or -1.
qint64 rangeStart(const QByteArray& contentRange)
{
    if (!contentRange.startsWith("bytes "))
        return -1;
    const int dash = contentRange.indexOf('-');
    bool ok = false;
    const qint64 first = dash > 6 ? contentRange.mid(6, dash - 6).toLongLong(&ok) : -1;
    return ok ? first : -1;
}
} // namespace

BlobTransfer::BlobTransfer(LocalReplica& replica, QObject* parent)
    : QObject(parent)
    , m_replica(replica)
{
    m_network.setAutoDeleteReplies(false);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &BlobTransfer::nextDownload);
}

void BlobTransfer::send(const QByteArray& method, const QString& path, const QByteArray& body,
                        const QList<QPair<QByteArray, QByteArray>>& headers, QPointer<QNetworkReply>& slot,
                        Handler handler)
{
    QNetworkRequest r = HqConnection::request(m_replica, path, true, m_timeoutMs);
    for (const auto& h : headers)
        r.setRawHeader(h.first, h.second);
    QNetworkReply* reply = m_network.sendCustomRequest(r, method, body);
    HqConnection::checkPin(m_replica, reply);
    slot = reply;
    QPointer<QNetworkReply>* owner = &slot;
    connect(reply, &QNetworkReply::finished, this, [owner, reply, handler] {
        reply->deleteLater();
        if (*owner != reply)
            return; // cancelled
        *owner = nullptr;
        handler(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply);
    });
}

// ---- uploads -------------------------------------------------------------------------------------------------------

bool BlobTransfer::hasUploads() const
{
    auto any = m_replica.database().scalar("SELECT EXISTS (SELECT 1 FROM material_file WHERE direction = 'up')");
    return any.ok() && any.value() != 0;
}

void BlobTransfer::upload(std::function<void(const QString&)> done)
{
    m_uploadDone = std::move(done);
    nextUpload();
}

void BlobTransfer::cancelUploads()
{
    m_uploadDone = nullptr;
    m_uploadBytes.clear();
    if (QNetworkReply* reply = m_upReply) {
        m_upReply = nullptr;
        reply->abort();
    }
}

void BlobTransfer::finishUploads(const QString& error)
{
    m_uploadBytes.clear();
    m_uploadSha.clear();
    if (auto done = std::exchange(m_uploadDone, nullptr))
        done(error);
}

void BlobTransfer::nextUpload()
{
    if (!m_uploadDone)
        return;
    Database& db = m_replica.database();
    // Entries HQ refused (attempts = kMaxAttempts) wait for the next round.
    auto next = db.prepare("SELECT sha256 FROM material_file WHERE direction = 'up' AND attempts < ?1 "
                           "ORDER BY priority DESC, updated_at LIMIT 1");
    if (!next.ok())
        return finishUploads(next.error().message);
    next->bind(1, kMaxAttempts);
    auto row = next->step();
    if (!row.ok())
        return finishUploads(row.error().message);
    if (!row.value())
        return finishUploads({});
    const QString sha = next->text(0);
    send("HEAD", QStringLiteral("/v1/blobs/") + sha, {}, {}, m_upReply,
         [this, sha](int status, const QByteArray& body, QNetworkReply* reply) {
             const QString failure = HqConnection::failure(reply);
             if (!failure.isEmpty())
                 return finishUploads(failure);
             if (status != 200 && status != 404)
                 return finishUploads(
                     tr("无法查询总部的文件（HTTP %1）：%2").arg(status).arg(HqConnection::serverMessage(body)));
             if (status == 200) { // HQ has it already
                 auto gone = m_replica.database().prepare("DELETE FROM material_file WHERE sha256 = ?1");
                 if (gone.ok() && gone->bind(1, sha).run().ok())
                     return nextUpload();
                 return finishUploads(gone.ok() ? tr("无法更新文件队列") : gone.error().message);
             }
             uploadFrom(sha, reply->rawHeader("X-Zs-Received").toLongLong());
         });
}

void BlobTransfer::uploadFrom(const QString& sha256, qint64 offset)
{
    if (m_uploadSha != sha256) {
        auto stmt = m_replica.database().prepare("SELECT bytes FROM material_blob WHERE sha256 = ?1");
        if (!stmt.ok())
            return finishUploads(stmt.error().message);
        stmt->bind(1, sha256);
        auto row = stmt->step();
        if (!row.ok())
            return finishUploads(row.error().message);
        if (!row.value()) { // the file is not here (cannot happen through the app): nothing to send
            auto gone = m_replica.database().prepare("DELETE FROM material_file WHERE sha256 = ?1");
            if (gone.ok())
                (void)gone->bind(1, sha256).run();
            return nextUpload();
        }
        m_uploadBytes = stmt->blob(0);
        m_uploadSha = sha256;
    }
    const qint64 total = m_uploadBytes.size();
    if (offset < 0 || offset > total)
        offset = 0;
    const qint64 length = qMin(m_chunkBytes, total - offset);
    const QByteArray range = "bytes " + QByteArray::number(offset) + '-' + QByteArray::number(offset + length - 1) +
                             '/' + QByteArray::number(total);
    Q_EMIT uploadProgress(offset, total);
    send("PUT", QStringLiteral("/v1/blobs/") + sha256, m_uploadBytes.mid(offset, length),
         {{QByteArrayLiteral("Content-Range"), range},
          {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")}},
         m_upReply, [this, sha256, total](int status, const QByteArray& body, QNetworkReply* reply) {
             const QString failure = HqConnection::failure(reply);
             if (!failure.isEmpty())
                 return finishUploads(failure);
             const qint64 received = reply->rawHeader("X-Zs-Received").toLongLong();
             if (status == 201 || (status == 202 && received >= total)) {
                 Q_EMIT uploadProgress(total, total);
                 auto gone = m_replica.database().prepare("DELETE FROM material_file WHERE sha256 = ?1");
                 if (!gone.ok() || !gone->bind(1, sha256).run().ok())
                     return finishUploads(tr("无法更新文件队列"));
                 m_uploadBytes.clear();
                 m_uploadSha.clear();
                 return nextUpload();
             }
             if (status == 202 || status == 409) // 409: HQ holds a different amount; go on from there
                 return uploadFrom(sha256, received);
             // Refused (a role that may not publish, a corrupt file): recorded on the entry, the others go on.
             const QString reason =
                 tr("总部拒绝了文件（HTTP %1）：%2").arg(status).arg(HqConnection::serverMessage(body));
             auto note = m_replica.database().prepare(
                 "UPDATE material_file SET attempts = ?2, last_error = ?3, updated_at = ?4 WHERE sha256 = ?1");
             if (!note.ok() || !note->bind(1, sha256).bind(2, kMaxAttempts).bind(3, reason).bind(4, nowMs()).run().ok())
                 return finishUploads(reason);
             m_uploadBytes.clear();
             m_uploadSha.clear();
             nextUpload();
         });
}

// ---- downloads -----------------------------------------------------------------------------------------------------

void BlobTransfer::startDownloads(bool newRound)
{
    if (m_downloading)
        return;
    Database& db = m_replica.database();
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return;
    // The queue follows the rows: every live synced material whose file is not here has an entry; entries whose
    // file arrived (or whose row went) are dropped with their pieces.
    auto enqueue =
        db.prepare("INSERT OR IGNORE INTO material_file (sha256, direction, size, updated_at) "
                   "SELECT m.sha256, 'down', max(m.size), ?1 FROM material m WHERE m.deleted = 0 AND m.local_only = 0 "
                   "AND NOT EXISTS (SELECT 1 FROM material_blob b WHERE b.sha256 = m.sha256) GROUP BY m.sha256");
    if (!enqueue.ok() || !enqueue->bind(1, nowMs()).run().ok())
        return;
    if (!db.exec("DELETE FROM material_file WHERE direction = 'down' AND (EXISTS (SELECT 1 FROM material_blob b "
                 "WHERE b.sha256 = material_file.sha256) OR sha256 NOT IN (SELECT sha256 FROM material "
                 "WHERE deleted = 0 AND local_only = 0)); "
                 "DELETE FROM material_file_part WHERE sha256 NOT IN (SELECT sha256 FROM material_file "
                 "WHERE direction = 'down')")
             .ok())
        return;
    if (newRound && !db.exec("UPDATE material_file SET attempts = 0, next_try = 0 WHERE direction = 'down'").ok())
        return;
    if (!tx->commit().ok())
        return;
    m_downloading = true;
    m_downloadedNow = 0;
    nextDownload();
}

void BlobTransfer::cancelDownloads()
{
    m_retry.stop();
    m_downloading = false;
    if (QNetworkReply* reply = m_downReply) {
        m_downReply = nullptr;
        reply->abort();
    }
}

BlobTransfer::Status BlobTransfer::downloadStatus() const
{
    Status status;
    auto stmt = m_replica.database().prepare(
        "SELECT count(*), coalesce(sum(attempts >= ?1), 0), coalesce(sum(received), 0), coalesce(sum(size), 0), "
        "coalesce((SELECT last_error FROM material_file WHERE direction = 'down' AND last_error <> '' "
        "ORDER BY updated_at DESC LIMIT 1), '') FROM material_file WHERE direction = 'down'");
    if (!stmt.ok())
        return status;
    stmt->bind(1, kMaxAttempts);
    auto row = stmt->step();
    if (!row.ok() || !row.value())
        return status;
    status.waiting = int(stmt->int64(0));
    status.failed = int(stmt->int64(1));
    status.bytesReceived = stmt->int64(2);
    status.bytesTotal = stmt->int64(3);
    status.lastError = stmt->text(4);
    return status;
}

void BlobTransfer::emitProgress()
{
    const Status s = downloadStatus();
    Q_EMIT downloadProgress(s.waiting, s.bytesReceived, s.bytesTotal);
}

void BlobTransfer::nextDownload()
{
    if (!m_downloading)
        return;
    Database& db = m_replica.database();
    auto next = db.prepare("SELECT sha256, size, received, next_try FROM material_file WHERE direction = 'down' "
                           "AND attempts < ?1 ORDER BY next_try > ?2, priority DESC, next_try, updated_at LIMIT 1");
    if (!next.ok())
        return cancelDownloads();
    next->bind(1, kMaxAttempts).bind(2, nowMs());
    auto row = next->step();
    if (!row.ok() || !row.value()) {
        m_downloading = false;
        emitProgress();
        Q_EMIT downloadsIdle();
        return;
    }
    const qint64 wait = next->int64(3) - nowMs();
    if (wait > 0) { // everything left is backing off
        m_retry.start(int(qMin<qint64>(wait, 600000)));
        return;
    }
    requestPiece(next->text(0), next->int64(1), next->int64(2), false);
}

void BlobTransfer::requestPiece(const QString& sha256, qint64 size, qint64 received, bool renewed)
{
    if (received >= size)
        return verify(sha256);
    const qint64 last = qMin(size, received + m_pieceBytes) - 1;
    const QByteArray range = "bytes=" + QByteArray::number(received) + '-' + QByteArray::number(last);
    send("GET", QStringLiteral("/v1/blobs/") + sha256, {}, {{QByteArrayLiteral("Range"), range}}, m_downReply,
         [this, sha256, size, received, renewed](int status, const QByteArray& body, QNetworkReply* reply) {
             const QString failure = HqConnection::failure(reply);
             if (!failure.isEmpty())
                 return downloadFailed(sha256, failure);
             if (status == 401 && !renewed && m_renew) {
                 return m_renew([this, sha256, size, received](bool ok) {
                     if (!m_downloading)
                         return;
                     if (!ok)
                         return downloadFailed(sha256, tr("登录已过期，下次同步后继续下载"));
                     requestPiece(sha256, size, received, true);
                 });
             }
             if (status != 206 && status != 200)
                 return downloadFailed(
                     sha256, tr("下载失败（HTTP %1）：%2").arg(status).arg(HqConnection::serverMessage(body)));
             const qint64 first = status == 200 ? 0 : rangeStart(reply->rawHeader("Content-Range"));
             if (first != received || body.isEmpty() || received + body.size() > size)
                 return downloadFailed(sha256, tr("总部返回的文件片段与请求不符"));
             QByteArray piece = body;
             if (m_pieceFilter)
                 m_pieceFilter(sha256, received, piece);
             if (!storePiece(sha256, received, piece))
                 return downloadFailed(sha256, tr("无法保存下载的文件片段"));
             m_downloadedNow += piece.size();
             emitProgress();
             if (m_cutAfter >= 0 && m_downloadedNow >= m_cutAfter) { // test seam: the network drops here
                 cancelDownloads();
                 return;
             }
             requestPiece(sha256, size, received + piece.size(), false);
         });
}

bool BlobTransfer::storePiece(const QString& sha256, qint64 offset, const QByteArray& bytes)
{
    Database& db = m_replica.database();
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return false;
    auto part = db.prepare("INSERT OR REPLACE INTO material_file_part (sha256, offset, data) VALUES (?1, ?2, ?3)");
    if (!part.ok() || !part->bind(1, sha256).bind(2, offset).bind(3, bytes).run().ok())
        return false;
    auto state = db.prepare("UPDATE material_file SET received = ?2, updated_at = ?3 WHERE sha256 = ?1");
    if (!state.ok() || !state->bind(1, sha256).bind(2, offset + bytes.size()).bind(3, nowMs()).run().ok())
        return false;
    return tx->commit().ok();
}

// All bytes are here: they become the material's file only if their SHA-256 is the file's name.
void BlobTransfer::verify(const QString& sha256)
{
    Database& db = m_replica.database();
    QByteArray whole;
    {
        auto parts = db.prepare("SELECT data FROM material_file_part WHERE sha256 = ?1 ORDER BY offset");
        if (!parts.ok())
            return downloadFailed(sha256, parts.error().message);
        parts->bind(1, sha256);
        for (;;) {
            auto row = parts->step();
            if (!row.ok())
                return downloadFailed(sha256, row.error().message);
            if (!row.value())
                break;
            whole += parts->blob(0);
        }
    }
    const bool intact =
        QString::fromLatin1(QCryptographicHash::hash(whole, QCryptographicHash::Sha256).toHex()) == sha256;
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return downloadFailed(sha256, tx.error().message);
    auto drop = db.prepare("DELETE FROM material_file_part WHERE sha256 = ?1");
    if (!drop.ok() || !drop->bind(1, sha256).run().ok())
        return downloadFailed(sha256, tr("无法更新文件队列"));
    if (!intact) { // discarded; the next attempt starts from zero
        auto reset = db.prepare("UPDATE material_file SET received = 0 WHERE sha256 = ?1");
        if (!reset.ok() || !reset->bind(1, sha256).run().ok() || !tx->commit().ok())
            return downloadFailed(sha256, tr("无法更新文件队列"));
        return downloadFailed(sha256, tr("文件校验失败（内容与 SHA-256 不符），已丢弃，将重新下载"));
    }
    auto blob = db.prepare("INSERT OR IGNORE INTO material_blob (sha256, bytes) VALUES (?1, ?2)");
    auto done = db.prepare("DELETE FROM material_file WHERE sha256 = ?1");
    const bool stored = blob.ok() && blob->bind(1, sha256).bind(2, whole).run().ok() && done.ok() &&
                        done->bind(1, sha256).run().ok() && tx->commit().ok();
    whole.fill('\0'); // the plaintext copy does not linger in memory (the database holds it encrypted)
    if (!stored)
        return downloadFailed(sha256, tr("无法保存下载的文件"));
    Q_EMIT fileReady(sha256);
    emitProgress();
    QTimer::singleShot(0, this, &BlobTransfer::nextDownload);
}

void BlobTransfer::downloadFailed(const QString& sha256, const QString& error)
{
    Database& db = m_replica.database();
    auto note = db.prepare("UPDATE material_file SET attempts = attempts + 1, last_error = ?2, updated_at = ?3, "
                           "next_try = ?3 + min(?4 << min(attempts, 20), 600000) WHERE sha256 = ?1");
    if (note.ok())
        (void)note->bind(1, sha256).bind(2, error).bind(3, nowMs()).bind(4, m_retryBaseMs).run();
    Q_EMIT fileFailed(sha256, error);
    emitProgress();
    if (m_downloading)
        QTimer::singleShot(0, this, &BlobTransfer::nextDownload);
}

} // namespace zs::sync
