#pragma once

#include "sync/store/Error.h"
#include "sync/store/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace zs {

// Argon2id cost. Stored in the key file so a file made with other costs still opens.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    // What workspaces use: 192 MiB, 3 passes, tuned to about half a second (SECURITY.md).
    static KdfParams standard();
    // Cheapest cost libsodium allows; a test seam only, never offered to users.
    static KdfParams minimal();
};

// The sidecar that holds the database key (DEK), wrapped with a key derived from the passphrase by Argon2id and
// sealed with XChaCha20-Poly1305. The KDF parameters and salt are bound as associated data, so any change to the
// file makes unwrapping fail rather than silently deriving something else.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    static QString pathFor(const QString& databasePath) { return databasePath + QStringLiteral(".key"); }

    static Result<KeyFile> wrap(const SecureBytes& dek, const SecureBytes& passphrase, const KdfParams& params);
    static Result<KeyFile> load(const QString& path);
    static Result<KeyFile> parse(const QByteArray& bytes);

    Result<SecureBytes> unwrap(const SecureBytes& passphrase) const;
    Result<void> save(const QString& path) const;
    QByteArray serialize() const;
    KdfParams params() const { return m_params; }

private:
    QByteArray associatedData() const;

    KdfParams m_params;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_sealed;
};

} // namespace zs
