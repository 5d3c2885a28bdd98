#include "desktop/core/Workspace.h"

#include "desktop/core/AppInfo.h"
#include "desktop/core/WorkspaceSchema.h"
#include "desktop/core/domain/SeedCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>

namespace zs {

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const SecureBytes& passphrase,
                                                     const KdfParams& kdf)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    ZS_TRY_ASSIGN(auto store, EncryptedStore::create(path, passphrase, WorkspaceSchema::migrator(), kdf));
    return std::unique_ptr<Workspace>(new Workspace(std::move(store)));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const SecureBytes& passphrase,
                                                   OpenTimings* timings)
{
    ZS_TRY_ASSIGN(auto store, EncryptedStore::open(path, passphrase, WorkspaceSchema::migrator(), timings));
    // Reference data newer than the workspace's copy (a program update) replaces it; user records stay.
    ZS_TRY(SeedCatalog::apply(store->db()));
    return std::unique_ptr<Workspace>(new Workspace(std::move(store)));
}

Result<void> Workspace::changePassphrase(const QString& path, const SecureBytes& oldPassphrase,
                                         const SecureBytes& newPassphrase, const KdfParams& kdf)
{
    return EncryptedStore::changePassphrase(path, oldPassphrase, newPassphrase, kdf);
}

Result<QString> Workspace::restoreFromBackup(const QString& path, const QString& backup, const SecureBytes& passphrase)
{
    return EncryptedStore::restoreFromBackup(path, backup, passphrase, WorkspaceSchema::migrator());
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.zsdb");
}

Result<QJsonObject> Workspace::stats()
{
    Database& database = db();
    QJsonObject out;
    out.insert(QStringLiteral("path"), QFileInfo(path()).absoluteFilePath());
    out.insert(QStringLiteral("file_bytes"), QFileInfo(path()).size());
    ZS_TRY_ASSIGN(auto version, database.userVersion());
    out.insert(QStringLiteral("schema_version"), version);
    out.insert(QStringLiteral("schema_latest"), WorkspaceSchema::migrator().latestVersion());
    out.insert(QStringLiteral("sqlcipher_version"), AppInfo::sqlcipherVersion());
    out.insert(QStringLiteral("sqlite_version"), AppInfo::sqliteVersion());
    ZS_TRY_ASSIGN(auto pages, database.scalar("PRAGMA page_count"));
    out.insert(QStringLiteral("page_count"), pages);

    ZS_TRY_ASSIGN(auto meta, database.prepare("SELECT value FROM app_meta WHERE key = 'created_at'"));
    if (meta.step().value())
        out.insert(QStringLiteral("created_at"), meta.text(0));
    ZS_TRY_ASSIGN(auto device, database.prepare("SELECT device_id FROM device"));
    if (device.step().value())
        out.insert(QStringLiteral("device_id"), device.text(0));

    QJsonObject tables;
    // Ordinary and virtual tables; FTS5's shadow tables are an implementation detail.
    ZS_TRY_ASSIGN(auto names,
                  database.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                                   "AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (names.step().value()) {
        const QString name = names.text(0);
        // Table names come from sqlite_master, never from input; quote them anyway.
        const QByteArray sql =
            QByteArrayLiteral("SELECT count(*) FROM \"") + name.toUtf8().replace('"', "\"\"") + QByteArrayLiteral("\"");
        ZS_TRY_ASSIGN(auto count, database.scalar(sql.constData()));
        tables.insert(name, count);
    }
    out.insert(QStringLiteral("tables"), tables);
    return out;
}

} // namespace zs
