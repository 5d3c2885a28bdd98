#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace zs {
class SessionController;
}

namespace zs::ui {

class LockScreen;
class WorkspaceView;

// The frame: menus, status bar, and either the lock screen or the unlocked workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(SessionController& session, QWidget* parent = nullptr);
    ~MainWindow() override; // keeps the window's size and place for the next start

    WorkspaceView* workspaceView() const { return m_view; }
    // 我的信息 (工作区 menu), while unlocked.
    void editProfile();
    // 设置 (工作区 menu): applied when accepted (auto-lock, sync preferences, text size).
    void openSettings();
    LockScreen* lockScreen() const { return m_lockScreen; }

private:
    void createMenus();
    void onStateChanged();
    void changePassphrase();
    void backup();
    void verify();

    SessionController& m_session;
    QStackedWidget* m_stack;
    LockScreen* m_lockScreen;
    WorkspaceView* m_view = nullptr;
    QLabel* m_status;
    QToolButton* m_syncIndicator; // "同步：待上传 3 条 · 上次 10:42"; opens the sync page
    QList<QAction*> m_unlockedActions;
};

} // namespace zs::ui
