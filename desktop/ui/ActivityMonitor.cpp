#include "desktop/ui/ActivityMonitor.h"

#include <QEvent>

namespace zs::ui {

ActivityMonitor::ActivityMonitor(QObject* parent)
    : QObject(parent)
{
}

bool ActivityMonitor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        Q_EMIT activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace zs::ui
