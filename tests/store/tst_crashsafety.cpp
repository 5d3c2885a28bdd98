#include "TestSupport.h"

#include "sync/store/EncryptedStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;

namespace {
const char* kPass = "crash-test-口令-2026";
}

// kill -9 of a writer at random points: every acknowledged row survives, no uncommitted row appears, and the
// database stays intact.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringWrites_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void killDuringWrites()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.zsdb"));
        QVERIFY(EncryptedStore::create(path, test::pass(kPass), test::notesSchema(), KdfParams::minimal()).ok());

        int acknowledged = 0;
        int nextId = 1;
        for (int round = 0; round < 3; ++round) {
            const int batch = 40;
            // Kill either after a random number of acknowledged commits, or inside the open transaction.
            const bool killInOpenTransaction = rng.bounded(2) == 0;
            const int killAfter = static_cast<int>(rng.bounded(batch));

            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ZS_TEST_PASSPHRASE"), QString::fromUtf8(kPass));
            child.setProcessEnvironment(env);
            child.start(QStringLiteral(ZS_CRASH_WRITER), {path, QString::number(nextId), QString::number(batch)});
            QVERIFY(child.waitForStarted());
            int seen = 0;
            bool ready = false;
            while (!ready && (killInOpenTransaction || seen < killAfter)) {
                if (!child.canReadLine())
                    QVERIFY2(child.waitForReadyRead(30000), child.readAllStandardError().constData());
                while (child.canReadLine()) {
                    const QByteArray line = child.readLine().trimmed();
                    if (line.startsWith("committed "))
                        ++seen;
                    else if (line == "uncommitted-ready")
                        ready = true;
                }
            }
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            acknowledged += seen;
            nextId += batch;

            auto store = EncryptedStore::open(path, test::pass(kPass), test::notesSchema());
            ZS_VERIFY_OK(store);
            Database& db = store->get()->db();
            QVERIFY(db.integrityCheck().value().isEmpty());
            QCOMPARE(db.scalar("SELECT count(*) FROM notes WHERE tag = 'uncommitted'").value(), qint64(0));
            const qint64 committed = db.scalar("SELECT count(*) FROM notes").value();
            // Every acknowledged commit is there; at most one commit finished without being acknowledged per round.
            QVERIFY(committed >= acknowledged);
            QVERIFY(committed <= acknowledged + round + 1);
            acknowledged = static_cast<int>(committed);
            // Rows are whole: the ids form batches written in order with no holes inside a batch.
            QCOMPARE(db.scalar("SELECT count(*) FROM notes WHERE length(body) <> 200").value(), qint64(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
