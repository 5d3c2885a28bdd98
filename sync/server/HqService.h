#pragma once

#include "sync/server/HqStorage.h"
#include "sync/server/HttpServer.h"
#include "sync/server/PasswordHasher.h"

#include <QJsonObject>

#include <atomic>
#include <mutex>

namespace zs::hq {

// The HTTP API of HQ (SYNC.md): routes requests to authentication, push, pull and blobs, answers errors with
// plain-Chinese JSON and audits every refusal. Thread-safe: handle() is called from the server's pool threads;
// storage calls are serialised with one mutex unless the backend says they may overlap (HqStorage::concurrent()),
// password hashing runs outside that lock. Depends on the storage interface only (HqStorage.h).
//
//   GET  /v1/health                         200 {"status":"ok","time":ms}
//   POST /v1/enroll   {"user","password","device_label"}   -> tokens, device, user, scopes (JSON)
//   POST /v1/token    {"refresh_token"}                    -> new token pair (JSON)
//   POST /v1/push     CBOR PushRequest   -> CBOR PushResponse   (Authorization: Bearer <access>)
//   GET  /v1/pull?cursor=N&limit=M       -> CBOR PullResponse, header X-Zs-Scopes
//   HEAD/GET/PUT /v1/blobs/<sha256>      resumable upload with Content-Range: bytes a-b/total (PUT: HQ roles
//                                        only); GET with Range: bytes=N-[M] -> 206, pieces of kMaxBlobPiece
// Every request except health and enroll carries X-Zs-Schema; another schema gets 426.
class HqService
{
    Q_DECLARE_TR_FUNCTIONS(HqService)

public:
    // Largest piece of a file one GET answers (Range requests ask for pieces of at most this).
    static constexpr qint64 kMaxBlobPiece = 4 * 1024 * 1024;

    explicit HqService(HqStorage& storage, const Clock& clock = Clock::system());
    HttpResponse handle(const HttpRequest& request);
    // The HttpServer's admission step (HttpAdmitter), for a request whose body has not been read: enrolment and
    // token renewal may send Limits::kMaxUnauthenticatedBody; push and blob PUT Limits::kMaxBody, only with a valid
    // access token (checked here, refused without reading the body); a valid token makes the connection trusted.
    HttpAdmission admit(const HttpRequest& request);
    // The body of POST /v1/enroll's 200 answer for a provisioned device: tokens, device, account, scopes.
    static QJsonObject enrollmentAnswer(const Enrollment& enrollment);

    struct Counters
    {
        std::atomic<qint64> requests{0};
        std::atomic<qint64> pushedRows{0};
        std::atomic<qint64> pulledRows{0};
        std::atomic<qint64> refusals{0};
    };
    const Counters& counters() const { return m_counters; }

    // Pull pages handed to the server and not yet written to their devices. Past `budget` bytes, new pages end at
    // `smallPage` bytes, so HQ's memory for pages stays about budget + connections × smallPage however many devices
    // pull at once and however slowly they read (each page waits in memory until it is sent).
    static constexpr qsizetype kPullBudget = 64 * 1024 * 1024;
    static constexpr qsizetype kSmallPullPage = 256 * 1024;
    void setPullBudget(qsizetype budget, qsizetype smallPage);
    qint64 pullBytesInFlight() const { return m_pullInFlight->load(); }

private:
    HttpResponse route(const HttpRequest& request);
    HttpResponse enroll(const HttpRequest& request);
    HttpResponse refresh(const HttpRequest& request);
    HttpResponse push(const HttpRequest& request, const Principal& who);
    HttpResponse pull(const HttpRequest& request, const Principal& who);
    HttpResponse blobs(const HttpRequest& request, const Principal& who, const QString& sha256);
    HttpResponse blobGet(const HttpRequest& request, const QString& sha256);
    // The principal behind the bearer token, or the response that refuses the request.
    std::variant<Principal, HttpResponse> authorise(const HttpRequest& request);

    // Held around every storage call: locked unless the backend is concurrent.
    std::unique_lock<std::mutex> storageLock();

    SyncStorage& m_sync;
    AccountStorage& m_accounts;
    const bool m_serialise;
    const Clock& m_clock;
    std::mutex m_storageMutex;
    PasswordHasher m_hasher;
    Counters m_counters;
    // Shared with the leases of pages in flight: they may outlive the service when the server stops.
    std::shared_ptr<std::atomic<qint64>> m_pullInFlight = std::make_shared<std::atomic<qint64>>(0);
    qsizetype m_pullBudget = kPullBudget;
    qsizetype m_smallPullPage = kSmallPullPage;
};

} // namespace zs::hq
