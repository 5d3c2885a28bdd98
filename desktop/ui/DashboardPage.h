#pragma once

#include <QWidget>

namespace zs {
class Workspace;
}

namespace zs::ui {

// 工作台: the first thing an officer sees after unlocking.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Workspace& workspace, QWidget* parent = nullptr);
};

} // namespace zs::ui
