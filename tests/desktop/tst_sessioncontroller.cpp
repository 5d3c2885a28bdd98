#include "desktop/core/session/SessionController.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;

namespace {
const QString kGood = QStringLiteral("外勤-Field-2026-韶关");
}

class TestSessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_path = m_dir->filePath(QStringLiteral("ws.zsdb"));
    }

    void firstRunValidatesBeforeCreating()
    {
        ManualClock clock;
        SessionController session(m_path, clock, KdfParams::minimal());
        QCOMPARE(session.state(), SessionController::State::NeedsWorkspace);
        QSignalSpy failed(&session, &SessionController::attemptFailed);
        session.createWorkspace(QStringLiteral("short"), QStringLiteral("short"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("至少需要")));
        session.createWorkspace(kGood, kGood + QStringLiteral("x"));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.last().at(0).toString(), QStringLiteral("两次输入的口令不一致。"));
        QVERIFY(!QFile::exists(m_path));
        session.createWorkspace(kGood, kGood);
        QTRY_COMPARE(session.state(), SessionController::State::Unlocked);
        QVERIFY(session.workspace());
        QVERIFY(QFile::exists(m_path));
    }

    void autoLockAfterIdleTime()
    {
        ManualClock clock;
        SessionController session(m_path, clock, KdfParams::minimal());
        session.setIdleTimeoutMs(5 * 60 * 1000);
        session.createWorkspace(kGood, kGood);
        QTRY_COMPARE(session.state(), SessionController::State::Unlocked);
        QSignalSpy idle(&session, &SessionController::lockedForIdle);

        clock.advance(5 * 60 * 1000 - 1);
        session.checkIdle();
        QCOMPARE(session.state(), SessionController::State::Unlocked);
        session.noteActivity(); // the officer typed something
        clock.advance(4 * 60 * 1000);
        session.checkIdle();
        QCOMPARE(session.state(), SessionController::State::Unlocked);
        clock.advance(60 * 1000);
        session.checkIdle();
        QCOMPARE(session.state(), SessionController::State::Locked);
        QCOMPARE(idle.size(), 1);
        QVERIFY(!session.workspace());
    }

    void autoLockCanBeTurnedOff()
    {
        ManualClock clock;
        SessionController session(m_path, clock, KdfParams::minimal());
        session.setIdleTimeoutMs(0);
        session.createWorkspace(kGood, kGood);
        QTRY_COMPARE(session.state(), SessionController::State::Unlocked);
        clock.advance(24 * 3600 * 1000);
        session.checkIdle();
        QCOMPARE(session.state(), SessionController::State::Unlocked);
    }

    void wrongPassphrasesSlowDownThenRightOneOpens()
    {
        ManualClock clock;
        {
            SessionController first(m_path, clock, KdfParams::minimal());
            first.createWorkspace(kGood, kGood);
            QTRY_COMPARE(first.state(), SessionController::State::Unlocked);
            first.lock();
            QCOMPARE(first.state(), SessionController::State::Locked);
        }
        SessionController session(m_path, clock, KdfParams::minimal());
        QCOMPARE(session.state(), SessionController::State::Locked);
        QSignalSpy failed(&session, &SessionController::attemptFailed);
        for (int i = 1; i <= 3; ++i) {
            session.unlock(QStringLiteral("wrong-%1").arg(i));
            QTRY_COMPARE(failed.size(), i);
            QCOMPARE(session.state(), SessionController::State::Locked);
            QVERIFY(failed.last().at(0).toString().startsWith(QStringLiteral("口令不正确。")));
        }
        QCOMPARE(session.unlockDelayRemainingMs(), 2000);
        // During the delay even the right passphrase is not tried.
        session.unlock(kGood);
        QCOMPARE(failed.size(), 4);
        QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("秒后再试")));
        QCOMPARE(session.state(), SessionController::State::Locked);
        clock.advance(2000);
        session.unlock(kGood);
        QTRY_COMPARE(session.state(), SessionController::State::Unlocked);
        QCOMPARE(session.failedAttempts(), 0);
        QVERIFY(session.lastOpenTimings().kdfMs >= 0);
    }

    void damagedWorkspaceIsRestoredFromABackup()
    {
        ManualClock clock;
        const QString backup = m_dir->filePath(QStringLiteral("backup.zsdb"));
        {
            SessionController first(m_path, clock, KdfParams::minimal());
            first.createWorkspace(kGood, kGood);
            QTRY_COMPARE(first.state(), SessionController::State::Unlocked);
            QVERIFY(first.workspace()->store().backupTo(backup).ok());
            first.lock();
        }
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write("damage");
        f.close();
        SessionController session(m_path, clock, KdfParams::minimal());
        QSignalSpy failed(&session, &SessionController::attemptFailed);
        session.unlock(kGood);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(session.lastFailure(), std::optional<ErrorCode>(ErrorCode::Damaged));
        auto kept = session.restoreFromBackup(backup, kGood);
        QVERIFY(kept.ok());
        QVERIFY(QFile::exists(kept.value()));
        session.unlock(kGood);
        QTRY_COMPARE(session.state(), SessionController::State::Unlocked);
        QVERIFY(!session.lastFailure().has_value());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
