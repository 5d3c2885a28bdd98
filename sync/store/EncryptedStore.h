#pragma once

#include "sync/store/Database.h"
#include "sync/store/Error.h"
#include "sync/store/KeyFile.h"
#include "sync/store/Migrator.h"
#include "sync/store/SecureBytes.h"

#include <QString>

#include <memory>

namespace zs {

// Where the time of an open goes: the passphrase KDF is deliberately slow, the rest must not be.
struct OpenTimings
{
    qint64 kdfMs = 0;     // Argon2id + unwrap
    qint64 openMs = 0;    // sqlite open, key, probe read, pragmas
    qint64 migrateMs = 0; // schema check and migrations
};

// An unlocked encrypted database file together with its key file: the unit every workspace (desktop) and
// the HQ store are built on. Files: PATH (SQLCipher), PATH.key (wrapped key), transient PATH.key.pending and
// PATH.rekey while a key rotation is in flight.
class EncryptedStore
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedStore)

public:
    static Result<std::unique_ptr<EncryptedStore>> create(const QString& path, const SecureBytes& passphrase,
                                                          const Migrator& schema,
                                                          const KdfParams& kdf = KdfParams::standard());
    // Never modifies either file when the passphrase is wrong or a file is damaged.
    static Result<std::unique_ptr<EncryptedStore>> open(const QString& path, const SecureBytes& passphrase,
                                                        const Migrator& schema, OpenTimings* timings = nullptr);
    // Re-wraps the database key under a new passphrase; the database file is not touched.
    static Result<void> changePassphrase(const QString& path, const SecureBytes& oldPassphrase,
                                         const SecureBytes& newPassphrase,
                                         const KdfParams& kdf = KdfParams::standard());

    // Replaces the (damaged) store at `path` with the backup at `backup` (and its key file) after proving the
    // backup opens with the passphrase and passes the integrity check. The damaged files are kept beside it as
    // PATH.damaged-<time> and PATH.key.damaged-<time>, never deleted. Returns where they were kept.
    static Result<QString> restoreFromBackup(const QString& path, const QString& backup, const SecureBytes& passphrase,
                                             const Migrator& schema);

    ~EncryptedStore();

    Database& db() { return *m_db; }
    // Another connection to the same database under the same key, without the schema's connection setup (HQ's
    // background checkpointer). Its owner closes it before this store closes or rotates its key.
    Result<std::unique_ptr<Database>> openConnection() const;
    QString path() const { return m_path; }
    bool isOpen() const { return m_db != nullptr; }

    // Re-encrypts the whole database under a fresh random key (sqlcipher_export to PATH.rekey, fsync, rename)
    // and wraps that key with the passphrase. Crash-safe: open() finishes or undoes an interrupted rotation.
    Result<void> rotateKey(const SecureBytes& passphrase);
    // An encrypted copy (same key, same passphrase) at dest plus dest.key. Refuses to overwrite.
    Result<void> backupTo(const QString& dest);
    Result<QStringList> integrityCheck() { return m_db->integrityCheck(); }
    // Closes the database and wipes the key from memory.
    void close();

private:
    EncryptedStore(QString path, std::unique_ptr<Database> db, SecureBytes dek, Migrator::ConnectionSetup setup);
    static Result<std::unique_ptr<Database>> openWithRecovery(const QString& path, const SecureBytes& passphrase,
                                                              SecureBytes& dek, OpenTimings* timings);

    QString m_path;
    std::unique_ptr<Database> m_db;
    SecureBytes m_dek;
    Migrator::ConnectionSetup m_setup; // re-run whenever the connection is reopened (key rotation)
};

} // namespace zs
