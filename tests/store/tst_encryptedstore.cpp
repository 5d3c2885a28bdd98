#include "TestSupport.h"

#include "sync/store/EncryptedStore.h"
#include "sync/store/Transaction.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace zs;

namespace {
const QByteArray kCanary = QByteArrayLiteral("ZS-CANARY-7f3a9c-韶关乡贤企业-canary");
const char* kPass = "韶关-外勤-Passphrase-2026";

Result<std::unique_ptr<EncryptedStore>> createStore(const QString& path, const char* passphrase = kPass)
{
    return EncryptedStore::create(path, test::pass(passphrase), test::notesSchema(), KdfParams::minimal());
}

Result<std::unique_ptr<EncryptedStore>> openStore(const QString& path, const char* passphrase = kPass)
{
    return EncryptedStore::open(path, test::pass(passphrase), test::notesSchema());
}

Result<void> insertNotes(Database& db, int from, int count, const QString& body)
{
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    for (int i = from; i < from + count; ++i) {
        auto ins = db.cached("INSERT INTO notes (id, body) VALUES (?1, ?2)");
        if (!ins.ok())
            return ins.error();
        (*ins)->bind(1, i).bind(2, body);
        ZS_TRY((*ins)->run());
    }
    return tx->commit();
}

} // namespace

class TestEncryptedStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Everything SQLite might spill goes here, so the canary test can search it.
        qputenv("TMPDIR", m_tmp.path().toUtf8());
        qputenv("SQLITE_TMPDIR", m_tmp.path().toUtf8());
    }

    void init() { m_path = m_dir.filePath(QStringLiteral("ws%1.zsdb").arg(m_counter++)); }

    void encryptedAtRest()
    {
        auto store = createStore(m_path);
        ZS_VERIFY_OK(store);
        const QString body = QString::fromUtf8(kCanary);
        QVERIFY(insertNotes(store->get()->db(), 1, 500, body).ok());
        // A big sort that would spill to temp files if temp_store allowed it.
        auto sorted =
            store->get()->db().scalar("SELECT count(*) FROM (SELECT body || id AS k FROM notes ORDER BY k DESC)");
        QCOMPARE(sorted.value(), qint64(500));
        QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));

        // While open (the WAL holds the pages) and after close.
        for (int round = 0; round < 2; ++round) {
            const QByteArray header = test::readAll(m_path).left(16);
            QVERIFY(!header.startsWith("SQLite format 3"));
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".key")}) {
                const QByteArray bytes = test::readAll(m_path + suffix);
                QVERIFY2(!bytes.contains(kCanary), qPrintable(suffix));
                QVERIFY2(!bytes.contains("ZS-CANARY"), qPrintable(suffix));
            }
            QDirIterator it(m_tmp.path(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                QVERIFY2(!test::readAll(it.next()).contains("ZS-CANARY"), qPrintable(it.filePath()));
            store->get()->close();
        }
        // Only the owner may read any of the files.
        for (const QString& suffix : {QString(), QStringLiteral(".key")}) {
            const auto perms = QFile::permissions(m_path + suffix);
            QCOMPARE(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                     QFile::Permissions());
        }
        auto reopened = openStore(m_path);
        QVERIFY(reopened.ok());
        auto count = reopened->get()->db().scalar("SELECT count(*) FROM notes WHERE body LIKE 'ZS-CANARY%'");
        QCOMPARE(count.value(), qint64(500));
    }

    void wrongPassphraseChangesNothing()
    {
        {
            auto store = createStore(m_path);
            QVERIFY(insertNotes(store->get()->db(), 1, 10, QStringLiteral("客商")).ok());
        }
        const QByteArray dbHash = test::sha256OfFile(m_path);
        const QByteArray keyHash = test::sha256OfFile(KeyFile::pathFor(m_path));
        for (const char* wrong : {"wrong", "", "韶关-外勤-Passphrase-2027"}) {
            auto attempt = openStore(m_path, wrong);
            QVERIFY(!attempt.ok());
            QCOMPARE(attempt.error().code, ErrorCode::WrongPassphrase);
            QCOMPARE(attempt.error().message, QStringLiteral("口令不正确。"));
        }
        QCOMPARE(test::sha256OfFile(m_path), dbHash);
        QCOMPARE(test::sha256OfFile(KeyFile::pathFor(m_path)), keyHash);
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
        auto right = openStore(m_path);
        ZS_VERIFY_OK(right);
        QCOMPARE(right->get()->db().scalar("SELECT count(*) FROM notes").value(), qint64(10));
    }

    void createRefusesToOverwrite()
    {
        QVERIFY(createStore(m_path).ok());
        auto again = createStore(m_path);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    }

    void changePassphraseKeepsData()
    {
        {
            auto store = createStore(m_path);
            QVERIFY(insertNotes(store->get()->db(), 1, 1000, QStringLiteral("项目线索")).ok());
        }
        const QByteArray dbHash = test::sha256OfFile(m_path);
        auto wrongOld = EncryptedStore::changePassphrase(m_path, test::pass("nope"), test::pass("新口令-New-2026"),
                                                         KdfParams::minimal());
        QCOMPARE(wrongOld.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(EncryptedStore::changePassphrase(m_path, test::pass(kPass), test::pass("新口令-New-2026"),
                                                 KdfParams::minimal())
                    .ok());
        QCOMPARE(test::sha256OfFile(m_path), dbHash); // only the key file changed
        QCOMPARE(openStore(m_path).error().code, ErrorCode::WrongPassphrase);
        auto reopened = openStore(m_path, "新口令-New-2026");
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->get()->db().scalar("SELECT count(*) FROM notes").value(), qint64(1000));
    }

    void rotateKeyKeepsData()
    {
        auto store = createStore(m_path);
        QVERIFY(insertNotes(store->get()->db(), 1, 1000, QStringLiteral("签约 落地 投产")).ok());
        const QByteArray dbHash = test::sha256OfFile(m_path);
        const QByteArray keyHash = test::sha256OfFile(KeyFile::pathFor(m_path));
        QCOMPARE(store->get()->rotateKey(test::pass("wrong")).error().code, ErrorCode::WrongPassphrase);
        auto rotated = store->get()->rotateKey(test::pass(kPass));
        ZS_VERIFY_OK(rotated);
        // The store stays usable after rotation.
        QVERIFY(insertNotes(store->get()->db(), 2000, 1, QStringLiteral("after")).ok());
        store->get()->close();
        QVERIFY(test::sha256OfFile(m_path) != dbHash);
        QVERIFY(test::sha256OfFile(KeyFile::pathFor(m_path)) != keyHash);
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".rekey")));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".key.pending")));
        auto reopened = openStore(m_path);
        QVERIFY(reopened.ok());
        Database& db = reopened->get()->db();
        QCOMPARE(db.scalar("SELECT count(*) FROM notes").value(), qint64(1001));
        QCOMPARE(db.userVersion().value(), test::notesSchema().latestVersion());
        QCOMPARE(db.scalar("PRAGMA application_id").value(), qint64(Database::kApplicationId));
        QVERIFY(db.integrityCheck().value().isEmpty());
    }

    void interruptedRotationIsCompletedOnOpen()
    {
        // State after a crash between "database renamed" and "key file renamed".
        SecureBytes newDek = SecureBytes::random(32);
        {
            auto store = createStore(m_path);
            QVERIFY(insertNotes(store->get()->db(), 1, 50, QStringLiteral("x")).ok());
            QVERIFY(store->get()->db().exportEncryptedCopy(m_path + QStringLiteral(".rekey"), newDek).ok());
            auto wrapped = KeyFile::wrap(newDek, test::pass(kPass), KdfParams::minimal());
            QVERIFY(wrapped->save(m_path + QStringLiteral(".key.pending")).ok());
        }
        QVERIFY(QFile::remove(m_path));
        QVERIFY(QFile::rename(m_path + QStringLiteral(".rekey"), m_path));
        auto reopened = openStore(m_path);
        ZS_VERIFY_OK(reopened);
        QCOMPARE(reopened->get()->db().scalar("SELECT count(*) FROM notes").value(), qint64(50));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".key.pending")));
        reopened->get()->close();
        QVERIFY(openStore(m_path).ok()); // the key file now holds the new key
    }

    void abandonedRotationIsDiscardedOnOpen()
    {
        // State after a crash before the database was renamed.
        {
            auto store = createStore(m_path);
            QVERIFY(insertNotes(store->get()->db(), 1, 5, QStringLiteral("x")).ok());
            SecureBytes newDek = SecureBytes::random(32);
            QVERIFY(store->get()->db().exportEncryptedCopy(m_path + QStringLiteral(".rekey"), newDek).ok());
            QVERIFY(KeyFile::wrap(newDek, test::pass(kPass), KdfParams::minimal())
                        ->save(m_path + QStringLiteral(".key.pending"))
                        .ok());
        }
        auto reopened = openStore(m_path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->get()->db().scalar("SELECT count(*) FROM notes").value(), qint64(5));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".key.pending")));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".rekey")));
    }

    void backupOpensWithTheSamePassphrase()
    {
        auto store = createStore(m_path);
        QVERIFY(insertNotes(store->get()->db(), 1, 300, QStringLiteral("备份")).ok());
        const QString dest = m_dir.filePath(QStringLiteral("backup-%1.zsdb").arg(m_counter));
        QVERIFY(store->get()->backupTo(dest).ok());
        QCOMPARE(store->get()->backupTo(dest).error().code, ErrorCode::AlreadyExists);
        QVERIFY(!test::readAll(dest).startsWith("SQLite format 3"));
        auto backup = openStore(dest);
        ZS_VERIFY_OK(backup);
        QCOMPARE(backup->get()->db().scalar("SELECT count(*) FROM notes").value(), qint64(300));
        QVERIFY(backup->get()->integrityCheck().value().isEmpty());
    }

    void damagedStoreIsRestoredFromBackup()
    {
        const QString backup = m_dir.filePath(QStringLiteral("restore-backup-%1.zsdb").arg(m_counter));
        {
            auto store = createStore(m_path);
            QVERIFY(insertNotes(store->get()->db(), 1, 100, QStringLiteral("备份前")).ok());
            QVERIFY(store->get()->backupTo(backup).ok());
            QVERIFY(insertNotes(store->get()->db(), 200, 5, QStringLiteral("备份后")).ok());
        }
        QByteArray bytes = test::readAll(m_path);
        bytes[150] = char(bytes[150] ^ 0x40); // page 1 damaged
        test::writeAll(m_path, bytes);
        QCOMPARE(openStore(m_path).error().code, ErrorCode::Damaged);

        QCOMPARE(
            EncryptedStore::restoreFromBackup(m_path, backup, test::pass("wrong"), test::notesSchema()).error().code,
            ErrorCode::WrongPassphrase);
        auto kept = EncryptedStore::restoreFromBackup(m_path, backup, test::pass(kPass), test::notesSchema());
        ZS_VERIFY_OK(kept);
        QCOMPARE(test::readAll(kept.value()), bytes); // the damaged file is kept, untouched
        auto restored = openStore(m_path);
        ZS_VERIFY_OK(restored);
        QCOMPARE(restored->get()->db().scalar("SELECT count(*) FROM notes").value(), qint64(100));
        QVERIFY(restored->get()->integrityCheck().value().isEmpty());
    }

    void missingOrDamagedKeyFile()
    {
        QVERIFY(createStore(m_path).ok());
        const QString keyPath = KeyFile::pathFor(m_path);
        const QByteArray key = test::readAll(keyPath);
        QVERIFY(QFile::remove(keyPath));
        auto missing = openStore(m_path);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("密钥文件")));
        test::writeAll(keyPath, key.left(40));
        QCOMPARE(openStore(m_path).error().code, ErrorCode::Damaged);
        test::writeAll(keyPath, key);
        QVERIFY(openStore(m_path).ok());
    }

    void damagedDatabaseIsReported()
    {
        {
            auto store = createStore(m_path);
            QVERIFY(insertNotes(store->get()->db(), 1, 2000, QStringLiteral("页面内容 page content")).ok());
        }
        const QByteArray original = test::readAll(m_path);
        QVERIFY(original.size() > 8 * 4096);

        // A flipped byte on a later page: opens, the integrity check names the damage.
        QByteArray later = original;
        later[5 * 4096 + 100] = static_cast<char>(later[5 * 4096 + 100] ^ 0x5a);
        test::writeAll(m_path, later);
        auto opened = openStore(m_path);
        ZS_VERIFY_OK(opened);
        auto problems = opened->get()->integrityCheck();
        QVERIFY(!problems.ok() || !problems->isEmpty());
        opened->get()->close();

        // A flipped byte on the first page: refused with a clear message, not a crash.
        QByteArray first = original;
        first[200] = static_cast<char>(first[200] ^ 0x01);
        test::writeAll(m_path, first);
        auto refused = openStore(m_path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Damaged);
        QVERIFY(refused.error().message.contains(QStringLiteral("损坏")));
        QCOMPARE(test::readAll(m_path), first); // nothing written by the attempt
    }

    void foreignFilesAreRefused()
    {
        QVERIFY(createStore(m_path).ok());
        const QByteArray key = test::readAll(KeyFile::pathFor(m_path));

        const QString plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
        // A plain SQLite file written without any SQLCipher key.
        QByteArray header("SQLite format 3\0", 16);
        test::writeAll(plain, header + QByteArray(4096 - 16, '\0'));
        test::writeAll(KeyFile::pathFor(plain), key);
        auto plainResult = openStore(plain);
        QCOMPARE(plainResult.error().code, ErrorCode::NotAWorkspace);

        const QString random = m_dir.filePath(QStringLiteral("random.bin"));
        QByteArray noise(64 * 1024, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = static_cast<char>((i * 131 + 17) & 0xff);
        test::writeAll(random, noise);
        test::writeAll(KeyFile::pathFor(random), key);
        auto randomResult = openStore(random);
        QCOMPARE(randomResult.error().code, ErrorCode::Damaged);
        QCOMPARE(test::readAll(random), noise);
    }

    void newerSchemaIsRefusedUntouched()
    {
        QVERIFY(createStore(m_path).ok());
        const QByteArray hash = test::sha256OfFile(m_path);
        const Migrator older({{1, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"}});
        auto result = EncryptedStore::open(m_path, test::pass(kPass), older);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NewerSchema);
        QCOMPARE(test::sha256OfFile(m_path), hash);
    }

    void standardKdfCostIsAtLeast64MiB()
    {
        QVERIFY(KdfParams::standard().memLimitBytes >= 64ull * 1024 * 1024);
        QVERIFY(KdfParams::standard().opsLimit >= 2);
    }

    void fullDiskLosesNothing()
    {
        if (geteuid() != 0)
            QSKIP("needs root to mount a small tmpfs (CI runs as root)");
        QTemporaryDir mountPoint;
        const QByteArray where = QFile::encodeName(mountPoint.path());
        QVERIFY2(::mount("tmpfs", where.constData(), "tmpfs", 0, "size=1200k") == 0, strerror(errno));
        struct Unmount
        {
            QByteArray path;
            ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
        } unmount{where};

        const QString path = mountPoint.filePath(QStringLiteral("full.zsdb"));
        auto store = createStore(path);
        ZS_VERIFY_OK(store);
        Database& db = store->get()->db();
        QVERIFY(insertNotes(db, 1, 10, QStringLiteral("committed before the disk filled")).ok());

        // Keep adding 64 KiB rows in one transaction until the disk is full.
        const QString big(32 * 1024, QLatin1Char('x'));
        auto filled = insertNotes(db, 100, 1000, big);
        QVERIFY(!filled.ok());
        QCOMPARE(filled.error().code, ErrorCode::DiskFull);
        QVERIFY(filled.error().message.contains(QStringLiteral("磁盘空间不足")));
        QVERIFY(!db.inTransaction());
        QCOMPARE(db.scalar("SELECT count(*) FROM notes").value(), qint64(10));

        // A backup onto the full disk fails cleanly and leaves no partial file.
        const QString dest = mountPoint.filePath(QStringLiteral("backup.zsdb"));
        auto backup = store->get()->backupTo(dest);
        QVERIFY(!backup.ok());
        QVERIFY(!QFile::exists(dest));
        QVERIFY(!QFile::exists(dest + QStringLiteral(".partial")));

        store->get()->close();
        auto reopened = openStore(path);
        ZS_VERIFY_OK(reopened);
        QCOMPARE(reopened->get()->db().scalar("SELECT count(*) FROM notes").value(), qint64(10));
        QVERIFY(reopened->get()->integrityCheck().value().isEmpty());
    }

private:
    QTemporaryDir m_tmp;
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestEncryptedStore)
#include "tst_encryptedstore.moc"
