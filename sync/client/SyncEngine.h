#pragma once

#include "sync/client/BlobTransfer.h"
#include "sync/client/HqConnection.h"
#include "sync/client/LocalReplica.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace zs::sync {

// One sync job at a time over Qt Network (SYNC.md): refresh the access token when due, push prepared transactions
// until the outbox is empty, then pull pages until HQ has no more, applying each page in one local transaction
// together with its cursor. Asynchronous: the event loop keeps running between requests and pages, so the UI never
// freezes and a sync can be abandoned at any point without losing anything (the outbox and cursor are durable).
//
// Material files: queued uploads go before the rows are pushed; after a successful round, missing files download in
// the background (files(): its own progress, cancel, retries) — `finished` never waits for them.
//
// Everything it needs to remember — server, CA and pins, device, tokens, cursor, last success and last error — lives
// in the encrypted workspace (sync_state), never in settings files.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // Rows per pull page, HQ's maximum: each page is one local transaction, and fewer, larger ones apply faster
    // (every commit rewrites the index pages it touched). HQ also ends a page before it would pass
    // Limits::kMaxPageBytes (2 MiB, about 2,700 visits).
    static constexpr int kPageSize = 5000;
    static constexpr int kPushRows = 5000;
    static constexpr int kSchema = HqConnection::kSchema;

    struct Summary
    {
        bool ok = false;
        int pushed = 0;
        int pulled = 0;
        int conflicts = 0;
        int refused = 0;
        int purged = 0;
        bool wiped = false;
        qint64 durationMs = 0;
        QString error; // plain Chinese, empty when ok
        // The tables pulled rows were in (sorted); purged and wiped rows are not listed: `purged`/`wiped` say so.
        QStringList tables;
        QJsonObject toJson() const;
    };

    explicit SyncEngine(LocalReplica& replica, QObject* parent = nullptr);

    bool isEnrolled() const;
    bool isBusy() const { return m_busy; }
    // Enrolls this workspace: user + password once; the CA (PEM) is trusted alone and its key pinned.
    void enroll(const QUrl& server, const QString& user, const QString& password, const QByteArray& caPem,
                const QString& deviceLabel);
    void syncNow();
    // Abandons the running job (nothing is lost: the next sync resumes).
    void cancel();

    // Status for the UI and the CLI: pending, last success, last error, server, user, team.
    QJsonObject status() const;

    BlobTransfer& files() { return m_files; }
    // Whether a successful round starts downloading missing files (the app lets them run in the background; the
    // CLI's one-shot sync waits for them).
    void setDownloadFiles(bool on) { m_downloadFiles = on; }
    bool downloadsFiles() const { return m_downloadFiles; }
    // A fresh access token for a job outside a sync round (downloads): refreshed now, or when the running sync ends.
    void renewAccess(std::function<void(bool ok)> done);

    // For tests: a hook called before each request (the fault-injection seam) and page size.
    void setPageSize(int rows) { m_pageSize = rows; }
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

    // What an accepted enrolment stores in sync_state, from HQ's answer to POST /v1/enroll (`answer`) at `nowMs`:
    // server and trust, device, tokens (bound to the server), account. Tests and benchmarks that provision a device
    // at HQ store the same without a password round (tests/support/InProcessHq.h).
    static QList<QPair<QString, QString>> enrollmentState(const HqConnection::Endpoint& endpoint,
                                                          const QJsonObject& answer, qint64 nowMs);

    static QByteArray spkiPin(const QByteArray& certificatePem);
    static QString caFingerprint(const QByteArray& certificatePem);

Q_SIGNALS:
    void enrolled(bool ok, const QString& message);
    void progress(const QString& stage, int rows);
    void finished(const zs::sync::SyncEngine::Summary& summary);
    void statusChanged();

private:
    using Handler =
        std::function<void(int status, const QByteArray& body, const QString& networkError, QNetworkReply* reply)>;
    // To the enrolled server, or to `to` (an enrolment not yet stored).
    void send(const QByteArray& method, const QString& path, const QByteArray& body, const QByteArray& contentType,
              bool authorised, Handler handler, const HqConnection::Endpoint* to = nullptr);
    void reportEnrolled(bool ok, const QString& message);
    QByteArray refreshBody() const;
    void step();
    void refreshToken();
    void pushRound();
    void sendPush();
    void pushAhead(); // prepares and sends the next batch while fewer than two uploads are in flight
    void refusedAsMalformed(const QByteArray& aloneTxId, const QByteArray& reply);
    void abortRequests();
    void pullRound();
    void requestPage(qint64 cursor);
    void applyPulled(const PullResponse& page, const QByteArray& scopes);
    bool storeTokens(const QByteArray& reply);
    void runAfterSync(bool ok);
    void fail(const QString& message);
    void done();
    bool handleRefusal(int status, const QByteArray& body);
    QString stateValue(const QString& key) const;
    void setStateValue(const QString& key, const QString& value);

    LocalReplica& m_replica;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply; // the latest request
    QSet<QNetworkReply*> m_live;     // requests whose answers are still wanted (cancel/fail empties it)
    int m_pushesInFlight = 0;
    int m_uploading = 0;                // pushes whose body is still on its way out
    qint64 m_pushedUpTo = 0;            // sync_pending seq of the last transaction sent in this round
    bool m_morePending = false;         // the last batch sent was full: the outbox may hold more
    bool m_oneTransactionABody = false; // HQ refused a body as malformed this round: find the transaction
    bool m_busy = false;
    bool m_refreshTried = false;
    int m_pageSize = kPageSize;
    int m_timeoutMs = 60000;
    QElapsedTimer m_elapsed;
    Summary m_summary;
    BlobTransfer m_files;
    bool m_filesUploaded = false;
    bool m_downloadFiles = true;
    std::vector<std::function<void(bool)>> m_afterSync;
};

} // namespace zs::sync
