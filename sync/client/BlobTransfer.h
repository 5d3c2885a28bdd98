#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkReply;

namespace zs::sync {

class LocalReplica;

// Material files between the workspace and HQ's blob store (SYNC.md "Attachments"), queued in `material_file`:
//
// - upload(): files of city-wide materials imported here, before their rows are pushed (SyncEngine calls it first):
//   HEAD /v1/blobs/<sha256> tells how much HQ already holds (X-Zs-Received), then PUT chunks of at most 4 MiB with
//   Content-Range, in order; HQ verifies the hash when the last byte arrives.
// - startDownloads(): files of synced rows that are not here, in the background after a sync round (never blocking
//   it), highest priority first (a material someone tried to open). Pieces are asked for with Range and written to
//   `material_file_part` inside the encrypted database as they arrive, so a download resumes after a cut or a
//   restart from the bytes already received. The file becomes available (material_blob) only when the SHA-256 of
//   all its bytes matches its name; a mismatch discards them and retries. Failures are recorded on the queue entry
//   (attempts, last error) and retried with back-off, at most kMaxAttempts times per round.
//
// Requests and TLS trust come from HqConnection, the same as SyncEngine's. QtCore + QtNetwork only.
class BlobTransfer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kChunkBytes = 4 * 1024 * 1024; // upload chunk (HQ's body limit is larger)
    static constexpr qint64 kPieceBytes = 1024 * 1024;     // download piece (HQ answers at most 4 MiB)
    static constexpr int kMaxAttempts = 5;
    static constexpr int kRetryBaseMs = 2000; // doubled after each failure, at most 10 minutes

    explicit BlobTransfer(LocalReplica& replica, QObject* parent = nullptr);

    bool hasUploads() const;
    // Uploads every queued file, one after the other; `done` gets an empty string on success, else the reason (a
    // file HQ refuses is recorded on its entry and skipped: its row will be refused too and quarantined).
    void upload(std::function<void(const QString& error)> done);
    void cancelUploads();

    // Starts downloading missing files (no-op while running); `newRound` forgets the failures of earlier rounds.
    void startDownloads(bool newRound = true);
    void cancelDownloads();
    bool isDownloading() const { return m_downloading; }

    struct Status
    {
        int waiting = 0; // files not here yet (queued, in progress or failed)
        int failed = 0;  // with an error, no retry left this round
        qint64 bytesReceived = 0;
        qint64 bytesTotal = 0;
        QString lastError;
    };
    Status downloadStatus() const;

    // Set by SyncEngine: a fresh access token when HQ answers 401 mid-download.
    void setTokenRenewal(std::function<void(std::function<void(bool)>)> renew) { m_renew = std::move(renew); }

    // Test seams: piece/chunk sizes, back-off, bytes altered on arrival (a corrupted piece), and a cut after this
    // many downloaded bytes (the transfer stops as if the network dropped; what arrived stays).
    void setPieceBytes(qint64 bytes) { m_pieceBytes = bytes; }
    void setChunkBytes(qint64 bytes) { m_chunkBytes = bytes; }
    void setRetryBaseMs(int ms) { m_retryBaseMs = ms; }
    void setPieceFilter(std::function<void(const QString& sha256, qint64 offset, QByteArray& bytes)> f)
    {
        m_pieceFilter = std::move(f);
    }
    void setCutAfterBytes(qint64 bytes) { m_cutAfter = bytes; }
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void downloadProgress(int waiting, qint64 received, qint64 total);
    void fileReady(const QString& sha256);
    void fileFailed(const QString& sha256, const QString& error);
    void downloadsIdle(); // nothing left to fetch now (all here, or failed / waiting for back-off)
    void uploadProgress(qint64 sent, qint64 total);

private:
    struct Job;
    using Handler = std::function<void(int status, const QByteArray& body, QNetworkReply* reply)>;
    void send(const QByteArray& method, const QString& path, const QByteArray& body,
              const QList<QPair<QByteArray, QByteArray>>& headers, QPointer<QNetworkReply>& slot, Handler handler);

    void nextUpload();
    void uploadFrom(const QString& sha256, qint64 offset);
    void finishUploads(const QString& error);

    void nextDownload();
    void requestPiece(const QString& sha256, qint64 size, qint64 received, bool renewed);
    bool storePiece(const QString& sha256, qint64 offset, const QByteArray& bytes);
    void verify(const QString& sha256);
    void downloadFailed(const QString& sha256, const QString& error);
    void emitProgress();

    LocalReplica& m_replica;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_upReply;
    QPointer<QNetworkReply> m_downReply;
    QTimer m_retry;
    std::function<void(const QString&)> m_uploadDone;
    QByteArray m_uploadBytes; // the file being uploaded
    QString m_uploadSha;
    bool m_downloading = false;
    std::function<void(std::function<void(bool)>)> m_renew;

    qint64 m_pieceBytes = kPieceBytes;
    qint64 m_chunkBytes = kChunkBytes;
    int m_retryBaseMs = kRetryBaseMs;
    int m_timeoutMs = 60000;
    std::function<void(const QString&, qint64, QByteArray&)> m_pieceFilter;
    qint64 m_cutAfter = -1;
    qint64 m_downloadedNow = 0; // bytes received by this object (for the cut seam)
};

} // namespace zs::sync
