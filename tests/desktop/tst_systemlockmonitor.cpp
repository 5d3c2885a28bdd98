// The screen-lock monitor against a real, private D-Bus session bus: a screensaver announcing it became active
// makes the monitor ask for a lock; an inactive announcement does not.
#include "desktop/ui/SystemLockMonitor.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace zs;

class TestSystemLockMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(), "dbus-daemon missing (scripts/debian-packages.txt lists it)");
        QVERIFY(m_bus.waitForReadyRead(10000));
        m_address = QString::fromUtf8(m_bus.readLine().trimmed());
        QVERIFY(!m_address.isEmpty());
        // Before the first use of the session bus in this process.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address.toUtf8());
    }

    void cleanupTestCase()
    {
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void screenSaverActivationRequestsLock()
    {
        QDBusConnection screensaver = QDBusConnection::connectToBus(m_address, QStringLiteral("screensaver"));
        QVERIFY(screensaver.isConnected());
        QVERIFY(screensaver.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));

        ui::SystemLockMonitor monitor;
        QSignalSpy lock(&monitor, &ui::SystemLockMonitor::lockRequested);
        auto announce = [&](bool active) {
            QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                             QStringLiteral("org.freedesktop.ScreenSaver"),
                                                             QStringLiteral("ActiveChanged"));
            signal << active;
            QVERIFY(screensaver.send(signal));
        };
        announce(false);
        announce(true);
        QTRY_COMPARE(lock.size(), 1);
        // Signals from one sender arrive in order: once "true" arrived, the "false" before it was seen and ignored.
        announce(false);
        announce(true);
        QTRY_COMPARE(lock.size(), 2);
        QDBusConnection::disconnectFromBus(QStringLiteral("screensaver"));
    }

private:
    QProcess m_bus;
    QString m_address;
};

QTEST_GUILESS_MAIN(TestSystemLockMonitor)
#include "tst_systemlockmonitor.moc"
