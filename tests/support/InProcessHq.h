#pragma once

#include "sync/client/LocalReplica.h"
#include "sync/client/SyncEngine.h"
#include "sync/server/HqAuth.h"
#include "sync/server/HqService.h"
#include "sync/server/HqStore.h"
#include "sync/server/HttpServer.h"
#include "sync/server/SqlCipherStorage.h"
#include "sync/store/EncryptedStore.h"
#include "sync/store/SecureBytes.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace zs::test {

// Enrols a workspace with a device HQ provisioned (AccountStorage::provisionDevice) exactly as SyncEngine::enroll
// leaves it after HQ's answer (SyncEngine::enrollmentState of HqService::enrollmentAnswer), minus the password round
// (one Argon2id each). `server`: HQ's URL (plain HTTP on loopback).
inline Result<void> storeEnrollment(sync::LocalReplica& replica, const hq::Enrollment& enrollment,
                                    const QString& server)
{
    sync::HqConnection::Endpoint endpoint;
    endpoint.server = QUrl(server);
    return replica.setStates(sync::SyncEngine::enrollmentState(endpoint, hq::HqService::enrollmentAnswer(enrollment),
                                                               QDateTime::currentMSecsSinceEpoch()));
}

// HQ in the test's (or the benchmark's) process: an encrypted store with the given teams and users, the HTTP API on
// an ephemeral loopback port (plain HTTP), and hooks around every request (on the server's io threads). Used by the
// desktop's sync tests and by bench/bench_sync.
class InProcessHq
{
public:
    struct Team
    {
        QString id;
        QString name;
    };
    struct User
    {
        QString account;
        QString name;
        QString team;
        hq::Role role;
        QByteArray password;
    };
    struct Options
    {
        // As zhaoshang-hq opens its store (SqlCipherStorage::open: its own connection and the background
        // checkpointer); db() is then not available. Otherwise the store is opened here and lent to the storage, so
        // a test can read and seed it directly.
        bool asServed = false;
        int threads = 0; // io threads, 0: HttpLimits' default
    };

    bool start(const QList<Team>& teams = {}, const QList<User>& users = {}) { return start(teams, users, Options()); }
    bool start(const QList<Team>& teams, const QList<User>& users, const Options& options)
    {
        const QString path = m_dir.filePath(QStringLiteral("hq.zsdb"));
        const SecureBytes key = SecureBytes::fromPassphrase(QStringLiteral("hq-test-key"));
        if (options.asServed) {
            auto storage = hq::SqlCipherStorage::open(path, key, true, true);
            if (!storage.ok())
                return false;
            m_storage = std::move(storage.value());
        } else {
            auto store = EncryptedStore::create(path, key, hq::HqStore::schema(), KdfParams::minimal());
            if (!store.ok())
                return false;
            m_store = std::move(store.value());
            m_storage = std::make_unique<hq::SqlCipherStorage>(db());
        }
        const qint64 now = Clock::system().wallMs();
        for (const Team& t : teams)
            if (!m_storage->accounts().addTeam(t.id, t.name, now).ok())
                return false;
        for (const User& u : users)
            if (!m_storage->accounts().addUser(u.account, u.name, u.team, u.role, u.password, now).ok())
                return false;
        m_service = std::make_unique<hq::HqService>(*m_storage);
        hq::HttpLimits limits;
        if (options.threads > 0)
            limits.threads = options.threads;
        auto server = hq::HttpServer::start(
            QStringLiteral("127.0.0.1"), 0,
            [this](const hq::HttpRequest& r) {
                if (beforeHandle)
                    beforeHandle(r);
                if (intercept)
                    if (auto answer = intercept(r))
                        return std::move(*answer);
                if (!handled)
                    return m_service->handle(r);
                const qint64 start = steadyNs();
                hq::HttpResponse response = m_service->handle(r);
                handled(r, response, start, steadyNs());
                return response;
            },
            limits, std::nullopt, [this](const hq::HttpRequest& r) { return m_service->admit(r); });
        if (!server.ok())
            return false;
        m_server = std::move(server.value());
        return true;
    }
    ~InProcessHq()
    {
        if (m_server)
            m_server->stop();
    }
    // The store (not with Options::asServed).
    Database& db() { return m_store->db(); }
    // Only while no request is in flight: HqService owns the storage's lock.
    hq::HqStorage& storage() { return *m_storage; }
    hq::HqService& service() { return *m_service; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }

    // A device of `account` provisioned here, and `replica`'s workspace enrolled with it (storeEnrollment). Only while
    // no request is in flight.
    Result<hq::Enrollment> enroll(sync::LocalReplica& replica, const QString& account, const QString& label)
    {
        auto enrollment = m_storage->accounts().provisionDevice(account, label);
        if (!enrollment.ok())
            return enrollment.error();
        ZS_TRY(storeEnrollment(replica, enrollment.value(), url()));
        return enrollment;
    }

    static qint64 steadyNs()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

    // Set before start(), or while no request can arrive.
    std::function<void(const hq::HttpRequest&)> beforeHandle;
    // The fault seam: an answer given instead of HQ's (a rule of a newer HQ, a proxy's error); nullopt lets HQ answer.
    std::function<std::optional<hq::HttpResponse>(const hq::HttpRequest&)> intercept;
    // After HQ answered a request it handled: the request, the answer, and when the handler started and ended
    // (steadyNs()).
    std::function<void(const hq::HttpRequest&, const hq::HttpResponse&, qint64 startNs, qint64 endNs)> handled;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EncryptedStore> m_store;
    std::unique_ptr<hq::SqlCipherStorage> m_storage;
    std::unique_ptr<hq::HqService> m_service;
    std::unique_ptr<hq::HttpServer> m_server;
};

} // namespace zs::test
