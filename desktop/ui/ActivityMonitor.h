#pragma once

#include <QObject>

namespace zs::ui {

// Watches the application's input events and reports user activity (for auto-lock).
class ActivityMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ActivityMonitor(QObject* parent = nullptr);

Q_SIGNALS:
    void activity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace zs::ui
