#pragma once

#include "sync/server/HqAuth.h"
#include "sync/server/HqService.h"
#include "sync/server/HqStore.h"
#include "sync/server/HttpServer.h"
#include "sync/server/SqlCipherStorage.h"
#include "sync/store/EncryptedStore.h"
#include "sync/store/SecureBytes.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace zs::test {

// HQ in the test's process: an encrypted store with the given teams and users, the HTTP API on an ephemeral loopback
// port (plain HTTP), and a hook that sees every request before it is handled (on the server's io thread).
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

    bool start(const QList<Team>& teams, const QList<User>& users)
    {
        auto store = EncryptedStore::create(m_dir.filePath(QStringLiteral("hq.zsdb")),
                                            SecureBytes::fromPassphrase(QStringLiteral("hq-test-key")),
                                            hq::HqStore::schema(), KdfParams::minimal());
        if (!store.ok())
            return false;
        m_store = std::move(store.value());
        const qint64 now = Clock::system().wallMs();
        for (const Team& t : teams)
            if (!hq::HqAuth::addTeam(db(), t.id, t.name, now).ok())
                return false;
        for (const User& u : users)
            if (!hq::HqAuth::addUser(db(), u.account, u.name, u.team, u.role, u.password, now).ok())
                return false;
        m_storage = std::make_unique<hq::SqlCipherStorage>(db());
        m_service = std::make_unique<hq::HqService>(*m_storage);
        auto server = hq::HttpServer::start(
            QStringLiteral("127.0.0.1"), 0,
            [this](const hq::HttpRequest& r) {
                if (beforeHandle)
                    beforeHandle(r);
                if (intercept)
                    if (auto answer = intercept(r))
                        return std::move(*answer);
                return m_service->handle(r);
            },
            {}, std::nullopt, [this](const hq::HttpRequest& r) { return m_service->admit(r); });
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
    Database& db() { return m_store->db(); }
    hq::HqService& service() { return *m_service; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }

    // Set before start(), or while no request can arrive.
    std::function<void(const hq::HttpRequest&)> beforeHandle;
    // The fault seam: an answer given instead of HQ's (a rule of a newer HQ, a proxy's error); nullopt lets HQ answer.
    std::function<std::optional<hq::HttpResponse>(const hq::HttpRequest&)> intercept;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EncryptedStore> m_store;
    std::unique_ptr<hq::SqlCipherStorage> m_storage;
    std::unique_ptr<hq::HqService> m_service;
    std::unique_ptr<hq::HttpServer> m_server;
};

} // namespace zs::test
