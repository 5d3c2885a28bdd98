#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace zs {
class SessionController;
}

namespace zs::ui {

// First run: where the workspace goes, a passphrase twice, the rules checked as you type.
class CreateWorkspaceWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CreateWorkspaceWidget(SessionController& session, QWidget* parent = nullptr);
    void focusFirstField();

private:
    void updateRules();
    void chooseLocation();
    void submit();
    void onStateChanged();
    void onAttemptFailed(const QString& message);

    SessionController& m_session;
    QLineEdit* m_location;
    QPushButton* m_chooseLocation;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirmation;
    QProgressBar* m_strength;
    QLabel* m_strengthLabel;
    QLabel* m_rules;
    QLabel* m_error;
    QProgressBar* m_busy;
    QPushButton* m_create;
};

} // namespace zs::ui
