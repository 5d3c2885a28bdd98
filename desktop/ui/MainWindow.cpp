#include "desktop/ui/MainWindow.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/session/SessionController.h"
#include "desktop/core/sync/SyncController.h"
#include "desktop/ui/AboutDialog.h"
#include "desktop/ui/session/ChangePassphraseDialog.h"
#include "desktop/ui/session/LockScreen.h"
#include "desktop/ui/SettingsDialog.h"
#include "desktop/ui/session/ProfileDialog.h"
#include "desktop/ui/sync/SyncPage.h"
#include "desktop/ui/WorkspaceView.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace zs::ui {

MainWindow::MainWindow(SessionController& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_lockScreen(new LockScreen(session, this))
    , m_status(new QLabel(this))
    , m_syncIndicator(new QToolButton(this))
{
    setWindowTitle(tr("招商外勤"));
    // Where the officer left it; the first time, most of the screen (a 1366×768 laptop as a 1600×1000 one). A window
    // left larger than today's screen (a laptop off its external monitor) is brought within it.
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1366, 768);
    if (!restoreGeometry(QSettings().value(QStringLiteral("ui/window")).toByteArray()))
        resize(qMin(1440, screen.width() * 9 / 10), qMin(920, screen.height() * 9 / 10));
    else if (!isMaximized() && (width() > screen.width() || height() > screen.height()))
        setGeometry(QRect(screen.topLeft(), size().boundedTo(screen.size() * 9 / 10)));
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);
    statusBar()->addWidget(m_status, 1);
    m_syncIndicator->setObjectName(QStringLiteral("syncIndicator"));
    m_syncIndicator->setAutoRaise(true);
    m_syncIndicator->setToolTip(tr("打开“同步”"));
    m_syncIndicator->hide();
    statusBar()->addPermanentWidget(m_syncIndicator);
    connect(m_syncIndicator, &QToolButton::clicked, this, [this] {
        if (m_view)
            m_view->showPage(WorkspaceView::Sync);
    });
    createMenus();
    connect(&m_session, &SessionController::stateChanged, this, &MainWindow::onStateChanged);
    // Before a lock: close every open dialog (unsaved input in them is discarded, as a lock should) and lock a moment
    // later, when their event loops have returned; the views they belong to can then be destroyed safely.
    m_session.setLockGuard([this] {
        bool open = false;
        for (QDialog* dialog : findChildren<QDialog*>()) {
            if (dialog->isVisible()) {
                dialog->done(QDialog::Rejected);
                open = true;
            }
        }
        return !open;
    });
    onStateChanged();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("工作区(&W)"));
    QAction* lock = file->addAction(tr("锁定(&L)"), &m_session, &SessionController::lock);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction* profile = file->addAction(tr("我的信息(&M)…"), this, &MainWindow::editProfile);
    QAction* passwd = file->addAction(tr("修改口令(&P)…"), this, &MainWindow::changePassphrase);
    QAction* backup = file->addAction(tr("备份到(&B)…"), this, &MainWindow::backup);
    QAction* verify = file->addAction(tr("检查完整性(&I)"), this, &MainWindow::verify);
    m_unlockedActions = {lock, profile, passwd, backup, verify};
    file->addSeparator();
    QAction* settings = file->addAction(tr("设置(&S)…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction* quit = file->addAction(tr("退出(&Q)"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("关于招商外勤(&A)"), this, [this] { showAboutDialog(this); });
}

void MainWindow::onStateChanged()
{
    const auto state = m_session.state();
    const bool unlocked = state == SessionController::State::Unlocked;
    for (QAction* action : m_unlockedActions)
        action->setEnabled(unlocked);

    if (unlocked && !m_view) {
        m_view = new WorkspaceView(*m_session.workspace(), *m_session.sync(), this);
        m_stack->addWidget(m_view);
        m_stack->setCurrentWidget(m_view);
        SyncPage* sync = m_view->syncPage();
        m_syncIndicator->setText(sync->indicatorText());
        m_syncIndicator->show();
        connect(sync, &SyncPage::indicatorChanged, m_syncIndicator, &QToolButton::setText);
        const int minutes = static_cast<int>(m_session.idleTimeoutMs() / 60000);
        m_status->setText(minutes > 0 ? tr("已加密 · %1 · 闲置 %2 分钟后自动锁定")
                                            .arg(QFileInfo(m_session.workspacePath()).fileName())
                                            .arg(minutes)
                                      : tr("已加密 · %1").arg(QFileInfo(m_session.workspacePath()).fileName()));
    } else if (!unlocked && state != SessionController::State::Busy) {
        if (m_view) {
            m_stack->removeWidget(m_view);
            m_syncIndicator->hide();
            delete m_view; // views and everything they cached from the database go with the lock
            m_view = nullptr;
            if (QApplication::clipboard()->ownsClipboard())
                QApplication::clipboard()->clear();
        }
        m_stack->setCurrentWidget(m_lockScreen);
        m_status->setText(state == SessionController::State::NeedsWorkspace ? tr("尚未创建工作区")
                                                                            : tr("工作区已锁定"));
    }
}

MainWindow::~MainWindow()
{
    QSettings().setValue(QStringLiteral("ui/window"), saveGeometry());
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_session.setIdleTimeoutMs(qint64(dialog.idleLockMinutes()) * 60 * 1000);
        if (SyncController* sync = m_session.sync())
            sync->setPreferences(AppSettings().syncPreferences());
        onStateChanged();
    }
}

void MainWindow::editProfile()
{
    if (Workspace* workspace = m_session.workspace()) {
        ProfileDialog dialog(*workspace, this);
        dialog.exec();
    }
}

void MainWindow::changePassphrase()
{
    ChangePassphraseDialog dialog(m_session.workspacePath(), this);
    dialog.exec();
}

void MainWindow::backup()
{
    if (!m_session.workspace())
        return;
    const QString suggested = QFileInfo(m_session.workspacePath()).absolutePath() + QStringLiteral("/备份-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) +
                              QStringLiteral(".zsdb");
    const QString dest = QFileDialog::getSaveFileName(this, tr("备份工作区"), suggested, tr("招商外勤工作区 (*.zsdb)"));
    if (dest.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_session.workspace()->store().backupTo(dest);
    QApplication::restoreOverrideCursor();
    if (result.ok())
        QMessageBox::information(this, tr("备份工作区"),
                                 tr("已备份到 %1（及其密钥文件 .key）。备份用同一个口令打开。").arg(dest));
    else
        QMessageBox::warning(this, tr("备份工作区"), result.error().message);
}

void MainWindow::verify()
{
    if (!m_session.workspace())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto problems = m_session.workspace()->store().integrityCheck();
    QApplication::restoreOverrideCursor();
    if (problems.ok() && problems->isEmpty())
        QMessageBox::information(this, tr("检查完整性"), tr("工作区完好：加密校验和数据库结构检查都已通过。"));
    else
        QMessageBox::warning(
            this, tr("检查完整性"),
            tr("工作区有损坏，请用最近的备份恢复。\n\n%1")
                .arg(problems.ok() ? problems->mid(0, 10).join(QLatin1Char('\n')) : problems.error().message));
}

} // namespace zs::ui
