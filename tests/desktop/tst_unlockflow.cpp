// The whole create → lock → unlock flow through the real widgets, offscreen, with an injected clock.
#include "desktop/core/session/SessionController.h"
#include "desktop/ui/session/LockScreen.h"
#include "desktop/ui/MainWindow.h"
#include "desktop/ui/WorkspaceView.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QStandardPaths>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zs;

namespace {
const QString kPass = QStringLiteral("丹霞-Danxia-2026-招商");

template <typename T> T* find(QWidget* root, const char* name)
{
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    return w;
}

// Types like a person: ASCII through key events, Chinese the way an input method commits it.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }
}

QLabel* visibleError(QWidget* root)
{
    for (QLabel* label : root->findChildren<QLabel*>(QStringLiteral("error")))
        if (label->isVisible())
            return label;
    return nullptr;
}
} // namespace

class TestUnlockFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // settings go to a test location
    void createLockUnlock()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SessionController session(dir.filePath(QStringLiteral("ws.zsdb")), clock, KdfParams::minimal());
        session.setIdleTimeoutMs(10 * 60 * 1000);
        ui::MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // First run: the create form, its button enabled only when the rules are met.
        auto* pass = find<QLineEdit>(&window, "newPassphrase");
        auto* confirm = find<QLineEdit>(&window, "confirmPassphrase");
        auto* create = find<QPushButton>(&window, "createWorkspace");
        QVERIFY(pass && confirm && create);
        QVERIFY(pass->isVisible());
        typeText(pass, QStringLiteral("short"));
        QVERIFY(!create->isEnabled());
        pass->clear();
        typeText(pass, kPass);
        typeText(confirm, kPass + QStringLiteral("?"));
        QVERIFY(!create->isEnabled());
        confirm->clear();
        typeText(confirm, kPass);
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(window.workspaceView() != nullptr);
        QVERIFY(window.workspaceView()->isVisible());
        QCOMPARE(window.workspaceView()->currentPage(), ui::WorkspaceView::Dashboard);
        QVERIFY(pass->text().isEmpty());

        // Keyboard navigation between areas.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.workspaceView()->currentPage(), ui::WorkspaceView::Visits);

        // Idle: the view goes away, the unlock form comes back with a notice.
        clock.advance(10 * 60 * 1000);
        session.checkIdle();
        QCOMPARE(session.state(), SessionController::State::Locked);
        QVERIFY(window.workspaceView() == nullptr);
        QVERIFY(!session.workspace());
        auto* unlockPass = find<QLineEdit>(&window, "passphrase");
        auto* unlock = find<QPushButton>(&window, "unlock");
        QVERIFY(unlockPass && unlock);
        QVERIFY(unlockPass->isVisible());
        bool noticeShown = false;
        for (QLabel* label : window.findChildren<QLabel*>())
            noticeShown |= label->isVisible() && label->text().contains(QStringLiteral("自动锁定"));
        QVERIFY(noticeShown);

        // Wrong passphrase: a clear message, still locked.
        typeText(unlockPass, QStringLiteral("not-the-passphrase"));
        QTest::keyClick(unlockPass, Qt::Key_Return);
        QTRY_VERIFY(visibleError(&window) != nullptr);
        QVERIFY(visibleError(&window)->text().contains(QStringLiteral("口令不正确")));
        QCOMPARE(session.state(), SessionController::State::Locked);
        QVERIFY(unlockPass->text().isEmpty());

        // Right passphrase: back to work.
        typeText(unlockPass, kPass);
        QTest::keyClick(unlockPass, Qt::Key_Return);
        QTRY_VERIFY(window.workspaceView() != nullptr);
        QCOMPARE(session.state(), SessionController::State::Unlocked);

        // Idle time runs out while a form is open: the form closes first, the lock follows on the next check.
        bool closedByLock = false;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            clock.advance(10 * 60 * 1000);
            session.checkIdle();
            closedByLock = !dialog->isVisible();
            QCOMPARE(session.state(), SessionController::State::Unlocked); // postponed, not yet locked
            QVERIFY(session.lockPending());
        });
        window.workspaceView()->newVisit(); // a modal form, closed by the lock above
        QVERIFY(closedByLock);
        session.checkIdle();
        QCOMPARE(session.state(), SessionController::State::Locked);
        QVERIFY(window.workspaceView() == nullptr);
        QTest::keyClicks(unlockPass, QStringLiteral("x"));
        unlockPass->clear();
        typeText(unlockPass, kPass);
        QTest::keyClick(unlockPass, Qt::Key_Return);
        QTRY_VERIFY(window.workspaceView() != nullptr);

        // Explicit lock with the keyboard.
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(session.state(), SessionController::State::Locked);
        QVERIFY(window.workspaceView() == nullptr);
    }
};

QTEST_MAIN(TestUnlockFlow)
#include "tst_unlockflow.moc"
