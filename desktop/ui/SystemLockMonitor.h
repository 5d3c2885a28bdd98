#pragma once

#include <QObject>

namespace zs::ui {

// Reports when the desktop locks the screen or the machine is about to sleep, where the desktop says so over
// D-Bus (freedesktop/GNOME screensaver ActiveChanged, logind Session.Lock and Manager.PrepareForSleep).
// A machine without these services simply never reports; the idle timer still locks.
class SystemLockMonitor : public QObject
{
    Q_OBJECT

public:
    explicit SystemLockMonitor(QObject* parent = nullptr);

Q_SIGNALS:
    void lockRequested();

private Q_SLOTS:
    // QtDBus delivers signals only to slots named by signature (there is no function-pointer form).
    void onScreenSaverActive(bool active);
    void onPrepareForSleep(bool sleeping);
    void onSessionLock();
};

} // namespace zs::ui
