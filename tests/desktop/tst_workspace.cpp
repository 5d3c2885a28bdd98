#include "TestSupport.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/WorkspaceSchema.h"
#include "desktop/core/sync/WorkspaceSync.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < WorkspaceSchema::migrator().latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.zsdb"));
        const SecureBytes pass = test::pass("升级测试-upgrade-2026");
        {
            // A workspace as an earlier release left it.
            auto old =
                EncryptedStore::create(path, pass, WorkspaceSchema::migrator().prefix(from), KdfParams::minimal());
            ZS_VERIFY_OK(old);
            QCOMPARE(old->get()->db().userVersion().value(), from);
        }
        auto ws = Workspace::open(path, pass);
        ZS_VERIFY_OK(ws);
        Database& db = ws->get()->db();
        QCOMPARE(db.userVersion().value(), WorkspaceSchema::migrator().latestVersion());
        QCOMPARE(db.scalar("SELECT count(*) FROM device").value(), qint64(1));
        QCOMPARE(db.scalar("SELECT count(*) FROM app_meta WHERE key = 'created_at'").value(), qint64(1));
        QCOMPARE(db.scalar("SELECT length(node_id) FROM device").value(), qint64(16));
        QVERIFY(ws->get()->store().integrityCheck().value().isEmpty());
    }

    // A workspace of the release before detail rows synced (v7): its stage history, attendees, revisions and
    // handouts become synced rows in their parent's scope, queued once for HQ, with who made them.
    void detailRowsOfAnEarlierReleaseAreSentOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.zsdb"));
        const SecureBytes pass = test::pass("升级测试-upgrade-2026");
        {
            auto old = EncryptedStore::create(path, pass, WorkspaceSchema::migrator().prefix(7), KdfParams::minimal());
            ZS_VERIFY_OK(old);
            Database& db = old->get()->db();
            QVERIFY(db.exec("INSERT INTO sync_state VALUES ('display_name', '李敏');"
                            "UPDATE app_meta SET value = 'team:gz' WHERE key = 'team_scope';"
                            "INSERT INTO company (id, name, name_norm, created_at, updated_at) "
                            "  VALUES ('c1', '韶关甲公司', '韶关甲公司', 1, 1);"
                            "INSERT INTO contact (id, company_id, name, created_at, updated_at) "
                            "  VALUES ('p1', 'c1', '周建华', 1, 1), ('p2', 'c1', '林小雨', 1, 1);"
                            "INSERT INTO visit (id, scope, visited_at, city, company_id, created_at, updated_at) "
                            "  VALUES ('v1', 'team:gz', 10, 'shenzhen', 'c1', 10, 20);"
                            "INSERT INTO visit_contact VALUES ('v1', 'p1'), ('v1', 'p2');"
                            "INSERT INTO visit_revision (visit_id, edited_at, field, old_value, new_value) "
                            "  VALUES ('v1', 20, 'notes', '', '补记');"
                            "INSERT INTO lead (id, scope, company_id, title, created_at, updated_at) "
                            "  VALUES ('l1', 'team:gz', 'c1', '扩产项目', 30, 40);"
                            "INSERT INTO lead_stage (lead_id, stage, changed_at, reason) "
                            "  VALUES ('l1', 'lead', 30, ''), ('l1', 'contact', 40, '已接洽');"
                            "INSERT INTO event (id, scope, held_on, city, kind, title, created_at, updated_at) "
                            "  VALUES ('e1', 'city', '2026-11-20', 'shenzhen', 'promotion', '推介会', 5, 5);"
                            "INSERT INTO event_attendee VALUES ('e1', 'c1', NULL);"
                            "INSERT INTO material_blob VALUES ('aa', x'01');"
                            "INSERT INTO material (id, sha256, title, kind, mime, size, created_at, updated_at, "
                            "  local_only) VALUES ('m1', 'aa', '政策汇编', 'policy', 'application/pdf', 1, 1, 1, 0);"
                            "INSERT INTO material_handout (material_id, visit_id, company_id, handed_at) "
                            "  VALUES ('m1', 'v1', 'c1', 10), ('m1', NULL, 'c1', 50);"
                            // The records themselves reached HQ long ago.
                            "DELETE FROM sync_outbox;")
                        .ok());
        }
        auto ws = Workspace::open(path, pass);
        ZS_VERIFY_OK(ws);
        Database& db = ws->get()->db();
        const auto count = [&db](const char* sql) { return db.scalar(sql).value(); };
        QCOMPARE(count("SELECT count(*) FROM visit_contact WHERE scope = 'team:gz' AND id LIKE 'v1/p_'"), 2);
        QCOMPARE(count("SELECT count(*) FROM visit_revision WHERE scope = 'team:gz' AND edited_by = '李敏'"), 1);
        QCOMPARE(count("SELECT count(*) FROM lead_stage WHERE scope = 'team:gz' AND changed_by = '李敏'"), 2);
        QCOMPARE(count("SELECT count(*) FROM event_attendee WHERE scope = 'city' AND id = 'e1/c1'"), 1);
        QCOMPARE(count("SELECT count(*) FROM material_handout WHERE scope = 'team:gz'"), 2);
        QCOMPARE(count("SELECT count(DISTINCT id) FROM (SELECT id FROM lead_stage UNION ALL SELECT id FROM "
                       "visit_revision UNION ALL SELECT id FROM material_handout)"),
                 5);
        // Queued once each: 2 + 1 + 2 + 1 + 2 detail rows, nothing else.
        QCOMPARE(count("SELECT count(*) FROM sync_outbox"), 8);
        QCOMPARE(count("SELECT count(DISTINCT tbl || row_id) FROM sync_outbox"), 8);
        auto replica = WorkspaceSync::replica(db);
        QCOMPARE(replica->preparePush().value(), 8);
        QCOMPARE(replica->pendingChanges().value(), 8);
        QVERIFY(ws->get()->store().integrityCheck().value().isEmpty());
    }

    void statsDescribeTheWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.zsdb"));
        auto ws = Workspace::create(path, test::pass("统计-stats-2026"), KdfParams::minimal());
        ZS_VERIFY_OK(ws);
        auto stats = ws->get()->stats();
        ZS_VERIFY_OK(stats);
        const QJsonObject s = stats.value();
        QCOMPARE(s.value(QStringLiteral("schema_version")).toInt(), WorkspaceSchema::migrator().latestVersion());
        QCOMPARE(s.value(QStringLiteral("sqlcipher_version")).toString().left(4), QStringLiteral("4.14"));
        QCOMPARE(s.value(QStringLiteral("tables")).toObject().value(QStringLiteral("device")).toInt(), 1);
        QVERIFY(!s.value(QStringLiteral("device_id")).toString().isEmpty());
        QVERIFY(s.value(QStringLiteral("file_bytes")).toInteger() > 0);
    }

    void createMakesMissingFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/c.zsdb"));
        ZS_VERIFY_OK(Workspace::create(path, test::pass("folders-目录-2026"), KdfParams::minimal()));
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".key")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
