#pragma once

#include "sync/store/EncryptedStore.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace zs {

// An unlocked officer's workspace: the encrypted store with the workspace schema applied.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const SecureBytes& passphrase,
                                                     const KdfParams& kdf = KdfParams::standard());
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const SecureBytes& passphrase,
                                                   OpenTimings* timings = nullptr);
    static Result<void> changePassphrase(const QString& path, const SecureBytes& oldPassphrase,
                                         const SecureBytes& newPassphrase,
                                         const KdfParams& kdf = KdfParams::standard());
    static Result<QString> restoreFromBackup(const QString& path, const QString& backup, const SecureBytes& passphrase);
    // Where a workspace lives when the user did not choose: the per-user application data folder.
    static QString defaultPath();

    EncryptedStore& store() { return *m_store; }
    Database& db() { return m_store->db(); }
    QString path() const { return m_store->path(); }

    // Machine-readable facts about the workspace (for `zhaoshang-cli stats` and the dashboard).
    Result<QJsonObject> stats();
    void close() { m_store->close(); }

private:
    explicit Workspace(std::unique_ptr<EncryptedStore> store)
        : m_store(std::move(store))
    {
    }
    std::unique_ptr<EncryptedStore> m_store;
};

} // namespace zs
