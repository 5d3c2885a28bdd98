#include "desktop/ui/SystemLockMonitor.h"

#include <QDBusConnection>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLockMonitor, "zs.ui.lock")

namespace zs::ui {

SystemLockMonitor::SystemLockMonitor(QObject* parent)
    : QObject(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        session.connect(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
                        QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
                        SLOT(onScreenSaverActive(bool)));
        session.connect(QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("/org/gnome/ScreenSaver"),
                        QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
                        SLOT(onScreenSaverActive(bool)));
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        system.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                       QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
                       SLOT(onPrepareForSleep(bool)));
        system.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1/session/auto"),
                       QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                       SLOT(onSessionLock()));
    }
    qCDebug(lcLockMonitor) << "session bus" << session.isConnected() << "system bus" << system.isConnected();
}

void SystemLockMonitor::onScreenSaverActive(bool active)
{
    if (active) {
        qCInfo(lcLockMonitor) << "screen locked";
        Q_EMIT lockRequested();
    }
}

void SystemLockMonitor::onPrepareForSleep(bool sleeping)
{
    if (sleeping) {
        qCInfo(lcLockMonitor) << "system going to sleep";
        Q_EMIT lockRequested();
    }
}

void SystemLockMonitor::onSessionLock()
{
    qCInfo(lcLockMonitor) << "session lock requested";
    Q_EMIT lockRequested();
}

} // namespace zs::ui
