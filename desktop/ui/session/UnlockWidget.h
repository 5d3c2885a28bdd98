#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace zs {
class SessionController;
}

namespace zs::ui {

// The passphrase prompt shown at start and after every lock, with the growing delay after failures.
class UnlockWidget : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockWidget(SessionController& session, QWidget* parent = nullptr);
    void focusPassphrase();

private:
    void submit();
    void refresh();
    void onStateChanged();
    void onAttemptFailed(const QString& message);
    void restoreFromBackup();

    SessionController& m_session;
    QLabel* m_location;
    QLabel* m_notice;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    QLabel* m_wait;
    QProgressBar* m_busy;
    QPushButton* m_unlock;
    QPushButton* m_restore;
    QTimer m_countdown;
};

} // namespace zs::ui
