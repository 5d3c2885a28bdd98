#include "desktop/ui/session/ChangePassphraseDialog.h"

#include "desktop/core/session/PassphrasePolicy.h"
#include "desktop/core/Workspace.h"
#include "desktop/ui/Style.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace zs::ui {

ChangePassphraseDialog::ChangePassphraseDialog(QString workspacePath, QWidget* parent)
    : QDialog(parent)
    , m_path(std::move(workspacePath))
    , m_old(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_problems(makeErrorLabel(this))
    , m_ok(nullptr)
{
    setWindowTitle(tr("修改口令"));
    for (QLineEdit* edit : {m_old, m_new, m_confirm})
        edit->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("当前口令"), m_old);
    form->addRow(tr("新口令"), m_new);
    form->addRow(tr("确认新口令"), m_confirm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("修改"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_old, m_new, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::validate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    validate();
}

void ChangePassphraseDialog::validate()
{
    QStringList problems = m_new->text().isEmpty() ? QStringList() : PassphrasePolicy::problems(m_new->text());
    if (problems.isEmpty() && !m_confirm->text().isEmpty() && m_confirm->text() != m_new->text())
        problems << tr("两次输入的新口令不一致。");
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_ok->setEnabled(problems.isEmpty() && !m_old->text().isEmpty() && !m_new->text().isEmpty() &&
                     m_new->text() == m_confirm->text());
}

void ChangePassphraseDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = Workspace::changePassphrase(m_path, SecureBytes::fromPassphrase(m_old->text()),
                                              SecureBytes::fromPassphrase(m_new->text()));
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        m_problems->setText(result.error().message);
        m_problems->show();
        return;
    }
    for (QLineEdit* edit : {m_old, m_new, m_confirm})
        edit->clear();
    QMessageBox::information(this, tr("修改口令"), tr("口令已修改。下次解锁请使用新口令。"));
    QDialog::accept();
}

} // namespace zs::ui
