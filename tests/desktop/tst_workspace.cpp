#include "TestSupport.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/WorkspaceSchema.h"

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
