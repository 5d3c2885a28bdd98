#pragma once

#include <QWidget>

class QStackedWidget;

namespace zs {
class SessionController;
}

namespace zs::ui {

class CreateWorkspaceWidget;
class UnlockWidget;

// What the window shows while no workspace is open: the first-run form or the unlock form.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(SessionController& session, QWidget* parent = nullptr);
    void showForState();

private:
    SessionController& m_session;
    QStackedWidget* m_stack;
    CreateWorkspaceWidget* m_create;
    UnlockWidget* m_unlock;
};

} // namespace zs::ui
