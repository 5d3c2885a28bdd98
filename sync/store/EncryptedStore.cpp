#include "sync/store/EncryptedStore.h"

#include "sync/store/AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace zs {

namespace {
QString pendingKeyPath(const QString& path)
{
    return path + QStringLiteral(".key.pending");
}
QString rekeyPath(const QString& path)
{
    return path + QStringLiteral(".rekey");
}
void removeWalFiles(const QString& path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}
} // namespace

EncryptedStore::EncryptedStore(QString path, std::unique_ptr<Database> db, SecureBytes dek,
                               Migrator::ConnectionSetup setup)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_dek(std::move(dek))
    , m_setup(std::move(setup))
{
}

EncryptedStore::~EncryptedStore()
{
    close();
}

Result<std::unique_ptr<Database>> EncryptedStore::openConnection() const
{
    return Database::open(m_path, m_dek, Database::OpenMode::ExistingOnly);
}

void EncryptedStore::close()
{
    if (m_db)
        m_db->close();
    m_db.reset();
    m_dek.clear();
}

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::create(const QString& path, const SecureBytes& passphrase,
                                                               const Migrator& schema, const KdfParams& kdf)
{
    const QString keyPath = KeyFile::pathFor(path);
    if (QFileInfo::exists(path) || QFileInfo::exists(keyPath))
        return makeError(ErrorCode::AlreadyExists, tr("该位置已有工作区，不会覆盖。"), path);
    if (!QFileInfo(path).absoluteDir().exists())
        return makeError(ErrorCode::NotFound, tr("工作区所在的文件夹不存在。"), path);

    SecureBytes dek = SecureBytes::random(32);
    ZS_TRY_ASSIGN(auto wrapped, KeyFile::wrap(dek, passphrase, kdf));
    // Key file first: a database without its key would be unreadable, a key file without a database is harmless.
    ZS_TRY(wrapped.save(keyPath));
    auto db = Database::open(path, dek, Database::OpenMode::CreateNew);
    if (!db.ok()) {
        QFile::remove(keyPath);
        return db.error();
    }
    auto migrated = schema.migrate(*db.value());
    if (!migrated.ok()) {
        db.value()->close();
        QFile::remove(path);
        removeWalFiles(path);
        QFile::remove(keyPath);
        return migrated.error();
    }
    return std::unique_ptr<EncryptedStore>(
        new EncryptedStore(path, std::move(db.value()), std::move(dek), schema.connectionSetup()));
}

Result<std::unique_ptr<Database>> EncryptedStore::openWithRecovery(const QString& path, const SecureBytes& passphrase,
                                                                   SecureBytes& dek, OpenTimings* timings)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, tr("找不到工作区文件：%1").arg(path));
    // SQLite opens an empty file as a new, empty database and would write a fresh schema into it: a workspace whose
    // key is here but whose data is gone (truncated by a full disk, a bad copy) must be reported, never recreated.
    // Its pages may still be in the WAL only (a crash right after creation): then SQLite recovers them.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (QFileInfo(path).size() == 0 && (!wal.exists() || wal.size() == 0))
        return makeError(ErrorCode::Damaged, tr("工作区文件是空的（0 字节），数据已丢失或未复制完整；请从备份恢复。"),
                         path);
    ZS_TRY_ASSIGN(auto keyFile, KeyFile::load(KeyFile::pathFor(path)));

    QElapsedTimer timer;
    timer.start();
    auto unwrapped = keyFile.unwrap(passphrase);
    if (timings)
        timings->kdfMs = timer.restart();
    if (!unwrapped.ok())
        return unwrapped.error();
    dek = std::move(unwrapped.value());

    auto db = Database::open(path, dek, Database::OpenMode::ExistingOnly);
    const QString pending = pendingKeyPath(path);
    if (QFileInfo::exists(pending)) {
        // A key rotation was interrupted. Either the database was already renamed (it opens only with the pending
        // key: finish the rotation) or it was not (it opens with the current key: drop the leftovers).
        if (db.ok()) {
            QFile::remove(pending);
            QFile::remove(rekeyPath(path));
        } else if (db.error().code == ErrorCode::Damaged) {
            auto pendingFile = KeyFile::load(pending);
            if (pendingFile.ok()) {
                auto pendingDek = pendingFile->unwrap(passphrase);
                if (pendingDek.ok()) {
                    auto retry = Database::open(path, pendingDek.value(), Database::OpenMode::ExistingOnly);
                    if (retry.ok()) {
                        ZS_TRY(AtomicFile::rename(pending, KeyFile::pathFor(path)));
                        qCInfo(lcStore) << "completed an interrupted key rotation";
                        dek = std::move(pendingDek.value());
                        db = std::move(retry);
                    }
                }
            }
        }
    }
    if (timings)
        timings->openMs = timer.restart();
    return db;
}

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::open(const QString& path, const SecureBytes& passphrase,
                                                             const Migrator& schema, OpenTimings* timings)
{
    SecureBytes dek;
    ZS_TRY_ASSIGN(auto db, openWithRecovery(path, passphrase, dek, timings));
    QElapsedTimer timer;
    timer.start();
    auto migrated = schema.migrate(*db);
    if (timings)
        timings->migrateMs = timer.elapsed();
    if (!migrated.ok())
        return migrated.error();
    return std::unique_ptr<EncryptedStore>(
        new EncryptedStore(path, std::move(db), std::move(dek), schema.connectionSetup()));
}

Result<void> EncryptedStore::changePassphrase(const QString& path, const SecureBytes& oldPassphrase,
                                              const SecureBytes& newPassphrase, const KdfParams& kdf)
{
    const QString keyPath = KeyFile::pathFor(path);
    ZS_TRY_ASSIGN(auto keyFile, KeyFile::load(keyPath));
    ZS_TRY_ASSIGN(auto dek, keyFile.unwrap(oldPassphrase));
    // Prove the key still opens the database before replacing the only way in.
    {
        ZS_TRY_ASSIGN(auto db, Database::open(path, dek, Database::OpenMode::ExistingOnly));
    }
    ZS_TRY_ASSIGN(auto rewrapped, KeyFile::wrap(dek, newPassphrase, kdf));
    return rewrapped.save(keyPath);
}

Result<void> EncryptedStore::rotateKey(const SecureBytes& passphrase)
{
    const QString keyPath = KeyFile::pathFor(m_path);
    ZS_TRY_ASSIGN(auto current, KeyFile::load(keyPath));
    ZS_TRY_ASSIGN(auto check, current.unwrap(passphrase));

    const QString tmp = rekeyPath(m_path);
    QFile::remove(tmp);
    SecureBytes newDek = SecureBytes::random(32);
    ZS_TRY(m_db->exportEncryptedCopy(tmp, newDek));
    auto wrapped = KeyFile::wrap(newDek, passphrase, current.params());
    if (!wrapped.ok()) {
        QFile::remove(tmp);
        return wrapped.error();
    }
    if (auto saved = wrapped->save(pendingKeyPath(m_path)); !saved.ok()) {
        QFile::remove(tmp);
        return saved.error();
    }

    // From here on the switch is done by renames only; open() completes it after a crash.
    ZS_TRY(m_db->checkpoint());
    m_db->close();
    m_db.reset();
    removeWalFiles(m_path);
    auto switched = [&]() -> Result<void> {
        ZS_TRY(AtomicFile::rename(tmp, m_path));
        return AtomicFile::rename(pendingKeyPath(m_path), keyPath);
    }();
    SecureBytes& useDek = switched.ok() ? newDek : m_dek;
    if (!switched.ok()) {
        QFile::remove(pendingKeyPath(m_path));
        QFile::remove(tmp);
    }
    ZS_TRY_ASSIGN(auto reopened, Database::open(m_path, useDek, Database::OpenMode::ExistingOnly));
    m_db = std::move(reopened);
    if (m_setup)
        ZS_TRY(m_setup(*m_db));
    if (switched.ok())
        m_dek = std::move(newDek);
    return switched;
}

Result<QString> EncryptedStore::restoreFromBackup(const QString& path, const QString& backup,
                                                  const SecureBytes& passphrase, const Migrator& schema)
{
    {
        ZS_TRY_ASSIGN(auto candidate, open(backup, passphrase, schema));
        ZS_TRY_ASSIGN(auto problems, candidate->integrityCheck());
        if (!problems.isEmpty())
            return makeError(ErrorCode::Damaged, tr("这个备份本身也有损坏，不能用来恢复。"),
                             problems.join(QLatin1Char(';')));
        ZS_TRY(candidate->db().checkpoint());
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString kept = path + QStringLiteral(".damaged-") + stamp;
    const QString tmp = path + QStringLiteral(".restoring");
    QFile::remove(tmp);
    QFile::remove(KeyFile::pathFor(tmp));
    if (!QFile::copy(backup, tmp) || !QFile::copy(KeyFile::pathFor(backup), KeyFile::pathFor(tmp))) {
        QFile::remove(tmp);
        QFile::remove(KeyFile::pathFor(tmp));
        return makeError(ErrorCode::Io, tr("无法复制备份文件，请检查磁盘空间。工作区没有改变。"));
    }
    ZS_TRY(AtomicFile::fsyncFile(tmp));
    ZS_TRY(AtomicFile::fsyncFile(KeyFile::pathFor(tmp)));
    // Keep the damaged files (someone may still want to recover something from them), then swap in the copy.
    if (QFileInfo::exists(path))
        ZS_TRY(AtomicFile::rename(path, kept));
    if (QFileInfo::exists(KeyFile::pathFor(path)))
        ZS_TRY(AtomicFile::rename(KeyFile::pathFor(path), KeyFile::pathFor(kept)));
    removeWalFiles(path);
    ZS_TRY(AtomicFile::rename(KeyFile::pathFor(tmp), KeyFile::pathFor(path)));
    ZS_TRY(AtomicFile::rename(tmp, path));
    return kept;
}

Result<void> EncryptedStore::backupTo(const QString& dest)
{
    const QString destKey = KeyFile::pathFor(dest);
    if (QFileInfo::exists(dest) || QFileInfo::exists(destKey))
        return makeError(ErrorCode::AlreadyExists, tr("备份位置已有文件，不会覆盖。"), dest);
    const QString tmp = dest + QStringLiteral(".partial");
    QFile::remove(tmp);
    ZS_TRY(m_db->exportEncryptedCopy(tmp, m_dek));
    QFile keySource(KeyFile::pathFor(m_path));
    if (!keySource.open(QIODevice::ReadOnly)) {
        QFile::remove(tmp);
        return makeError(ErrorCode::Io, tr("无法读取密钥文件。"), keySource.errorString());
    }
    auto keyWritten = AtomicFile::write(destKey, keySource.readAll());
    if (keyWritten.ok())
        keyWritten = AtomicFile::rename(tmp, dest);
    if (!keyWritten.ok()) {
        QFile::remove(tmp);
        QFile::remove(destKey);
    }
    return keyWritten;
}

} // namespace zs
