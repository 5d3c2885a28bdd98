#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace zs::ui {

// Old passphrase once, new one twice; re-wraps the workspace key (the database itself is not rewritten).
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(QString workspacePath, QWidget* parent = nullptr);
    void accept() override;

private:
    void validate();

    QString m_path;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    QLabel* m_problems;
    QPushButton* m_ok;
};

} // namespace zs::ui
