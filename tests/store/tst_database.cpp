#include "TestSupport.h"

#include "sync/store/Database.h"
#include "sync/store/Hardening.h"
#include "sync/store/Migrator.h"
#include "sync/store/Transaction.h"

#include <QTemporaryDir>

#include <sqlite3.h>
#include <QTest>

using namespace zs;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("t%1.db").arg(m_counter++));
        auto db = Database::open(m_path, m_key, Database::OpenMode::CreateNew);
        ZS_VERIFY_OK(db);
        m_db = std::move(db.value());
    }
    void cleanup() { m_db.reset(); }

    void linksSqlcipher() { QCOMPARE(Hardening::sqlcipherVersion().left(4), QStringLiteral("4.14")); }

    void freedMemoryIsWipedByOurAllocator()
    {
        // Our allocator (SqliteMemory) is in place: it reports exactly the size asked for, where SQLite's default
        // rounds up to 8. Freed blocks are zeroed by it (reading freed memory is undefined, so not tested directly).
        void* p = sqlite3_malloc(13);
        QVERIFY(p);
        QCOMPARE(sqlite3_msize(p), sqlite3_uint64(13));
        sqlite3_free(p);
    }

    // Texts are bound as the UTF-8 QString::toUtf8() writes, whichever way Statement::bind encodes them (short BMP
    // texts on the stack, the rest through toUtf8).
    void textsBindAsTheirUtf8()
    {
        QString longText;
        for (int i = 0; i < 300; ++i)
            longText += QStringLiteral("韶");
        const QString samples[] = {QStringLiteral(""),
                                   QStringLiteral("team:unassigned"),
                                   QStringLiteral("韶关招商"),
                                   QStringLiteral("Café ñ ü ß"),
                                   QStringLiteral("混合 ASCII、中文：“引号”"),
                                   QString::fromUtf8("\xF0\x9F\x98\x80 emoji"),
                                   QString(QChar(0xD800)) + QStringLiteral("lone"),
                                   QStringLiteral("end") + QChar(0xDC00),
                                   QString(QChar(0xFFFF)),
                                   longText,
                                   longText.left(256)};
        for (const QString& text : samples) {
            auto stmt = m_db->prepare("SELECT CAST(?1 AS BLOB)");
            QVERIFY(stmt.ok());
            stmt->bind(1, text);
            QCOMPARE(stmt->step().value(), true);
            QCOMPARE(stmt->blob(0), text.toUtf8());
        }
    }

    void statementsBindAndRead()
    {
        QVERIFY(m_db->exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB)").ok());
        auto ins = m_db->prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)");
        QVERIFY(ins.ok());
        ins->bind(1, qint64(1) << 40).bind(2, 2.5).bind(3, QStringLiteral("韶关招商")).bind(4, QByteArray("\0\1\2", 3));
        QVERIFY(ins->run().ok());
        ins->reset();
        ins->bindNull(1).bindNull(2).bind(3, QString()).bindNull(4);
        QVERIFY(ins->run().ok());

        auto sel = m_db->prepare("SELECT i, r, s, b FROM t ORDER BY rowid");
        QVERIFY(sel.ok());
        QCOMPARE(sel->step().value(), true);
        QCOMPARE(sel->int64(0), qint64(1) << 40);
        QCOMPARE(sel->real(1), 2.5);
        QCOMPARE(sel->text(2), QStringLiteral("韶关招商"));
        QCOMPARE(sel->blob(3), QByteArray("\0\1\2", 3));
        QCOMPARE(sel->step().value(), true);
        QVERIFY(sel->isNull(0));
        QVERIFY(sel->isNull(2));
        QCOMPARE(sel->step().value(), false);
    }

    void badSqlIsAnError()
    {
        auto bad = m_db->prepare("SELEKT nothing");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Internal);
        QVERIFY(bad.error().detail.contains(QStringLiteral("SELEKT")));
    }

    void constraintViolationIsInvalid()
    {
        QVERIFY(m_db->exec("CREATE TABLE u (k TEXT PRIMARY KEY)").ok());
        QVERIFY(m_db->exec("INSERT INTO u VALUES ('a')").ok());
        auto dup = m_db->exec("INSERT INTO u VALUES ('a')");
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::Invalid);
    }

    void cachedStatementsAreReusedAndReentrant()
    {
        QVERIFY(m_db->exec("CREATE TABLE c (v INTEGER)").ok());
        for (int i = 0; i < 10; ++i) {
            auto ins = m_db->cached("INSERT INTO c VALUES (?1)");
            QVERIFY(ins.ok());
            (*ins)->bind(1, i);
            QVERIFY((*ins)->run().ok());
        }
        auto outer = m_db->cached("SELECT v FROM c ORDER BY v");
        QVERIFY(outer.ok());
        int rows = 0;
        while ((*outer)->step().value()) {
            // The same SQL while the outer statement is still stepping gets its own statement.
            auto inner = m_db->cached("SELECT v FROM c ORDER BY v");
            QVERIFY(inner.ok());
            QCOMPARE((*inner)->step().value(), true);
            QCOMPARE((*inner)->int64(0), qint64(0));
            ++rows;
        }
        QCOMPARE(rows, 10);
        // More distinct statements than the cache holds: still correct.
        for (int i = 0; i < 200; ++i) {
            const QByteArray sql = "SELECT count(*) + " + QByteArray::number(i) + " FROM c";
            auto s = m_db->cached(sql.constData());
            QVERIFY(s.ok());
            QCOMPARE((*s)->step().value(), true);
            QCOMPARE((*s)->int64(0), qint64(10 + i));
        }
    }

    void transactionRollsBackUnlessCommitted()
    {
        QVERIFY(m_db->exec("CREATE TABLE t (v INTEGER)").ok());
        {
            auto tx = Transaction::begin(*m_db);
            QVERIFY(tx.ok());
            QVERIFY(m_db->exec("INSERT INTO t VALUES (1)").ok());
            QVERIFY(m_db->inTransaction());
        }
        QVERIFY(!m_db->inTransaction());
        QCOMPARE(m_db->scalar("SELECT count(*) FROM t").value(), qint64(0));
        {
            auto tx = Transaction::begin(*m_db);
            QVERIFY(m_db->exec("INSERT INTO t VALUES (2)").ok());
            QVERIFY(tx->commit().ok());
        }
        QCOMPARE(m_db->scalar("SELECT count(*) FROM t").value(), qint64(1));
    }

    void nestedTransactionsAreSavepoints()
    {
        QVERIFY(m_db->exec("CREATE TABLE t (v INTEGER)").ok());
        auto outer = Transaction::begin(*m_db);
        QVERIFY(outer.ok());
        QVERIFY(m_db->exec("INSERT INTO t VALUES (1)").ok());
        {
            auto inner = Transaction::begin(*m_db);
            QVERIFY(inner.ok());
            QVERIFY(m_db->exec("INSERT INTO t VALUES (2)").ok());
        } // inner rolled back alone
        {
            auto inner = Transaction::begin(*m_db);
            QVERIFY(m_db->exec("INSERT INTO t VALUES (3)").ok());
            QVERIFY(inner->commit().ok());
        }
        QVERIFY(m_db->inTransaction());
        QVERIFY(outer->commit().ok());
        QCOMPARE(m_db->scalar("SELECT group_concat(v) FROM t").ok(), true);
        QCOMPARE(m_db->scalar("SELECT sum(v) FROM t").value(), qint64(4));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < test::notesSchema().latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const Migrator& schema = test::notesSchema();
        QCOMPARE(schema.migrate(*m_db, from).value(), from);
        QCOMPARE(m_db->userVersion().value(), from);
        if (from >= 1)
            QVERIFY(m_db->exec("INSERT INTO notes (id, body) VALUES (7, '走访记录')").ok());
        QCOMPARE(schema.migrate(*m_db).value(), schema.latestVersion());
        QCOMPARE(m_db->userVersion().value(), schema.latestVersion());
        QCOMPARE(m_db->scalar("PRAGMA application_id").value(), qint64(Database::kApplicationId));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM notes").value(), qint64(from >= 1 ? 1 : 0));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'notes_tag'").value(), qint64(1));
        QVERIFY(m_db->integrityCheck().value().isEmpty());
    }

    void failedMigrationLeavesTheWholePreviousVersion()
    {
        const Migrator broken({
            {1, "CREATE TABLE a (v INTEGER)"},
            {2, "CREATE TABLE b (v INTEGER); INSERT INTO nowhere VALUES (1)"},
        });
        auto result = broken.migrate(*m_db);
        QVERIFY(!result.ok());
        QCOMPARE(m_db->userVersion().value(), 1);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'b'").value(), qint64(0));
    }

    void newerDatabaseIsRefused()
    {
        QVERIFY(test::notesSchema().migrate(*m_db).ok());
        const Migrator older({{1, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"}});
        auto result = older.migrate(*m_db);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NewerSchema);
        QVERIFY(result.error().message.contains(QStringLiteral("更新版本")));
        QCOMPARE(m_db->userVersion().value(), 3);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    SecureBytes m_key = SecureBytes::random(32);
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
