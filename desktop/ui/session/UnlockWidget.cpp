#include "desktop/ui/session/UnlockWidget.h"

#include "desktop/core/session/SessionController.h"
#include "desktop/ui/Style.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace zs::ui {

UnlockWidget::UnlockWidget(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_location(makeHint(QString(), this))
    , m_notice(makeHint(QString(), this))
    , m_passphrase(new QLineEdit(this))
    , m_error(makeErrorLabel(this))
    , m_wait(makeHint(QString(), this))
    , m_busy(new QProgressBar(this))
    , m_unlock(new QPushButton(tr("解锁"), this))
    , m_restore(new QPushButton(tr("从备份恢复…"), this))
{
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->hide();
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("输入工作区口令"));
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_wait->hide();
    m_notice->hide();
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("正在解锁…"));
    m_busy->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle(tr("招商外勤 · 工作区已锁定"), this));
    layout->addWidget(m_location);
    layout->addWidget(m_notice);
    layout->addSpacing(12);
    auto* form = new QFormLayout;
    form->addRow(tr("口令(&P)"), m_passphrase);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_wait);
    layout->addWidget(m_busy);
    layout->addSpacing(8);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    layout->addLayout(buttons);
    connect(m_restore, &QPushButton::clicked, this, &UnlockWidget::restoreFromBackup);

    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &UnlockWidget::refresh);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockWidget::submit);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockWidget::submit);
    connect(&m_session, &SessionController::stateChanged, this, &UnlockWidget::onStateChanged);
    connect(&m_session, &SessionController::attemptFailed, this, &UnlockWidget::onAttemptFailed);
    connect(&m_session, &SessionController::lockedForIdle, this, [this] {
        m_notice->setText(tr("长时间没有操作，工作区已自动锁定。"));
        m_notice->show();
    });
    onStateChanged();
}

void UnlockWidget::focusPassphrase()
{
    m_passphrase->setFocus();
}

void UnlockWidget::submit()
{
    if (!m_unlock->isEnabled() || m_passphrase->text().isEmpty())
        return;
    m_error->hide();
    m_notice->hide();
    const QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    m_session.unlock(passphrase);
}

void UnlockWidget::restoreFromBackup()
{
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("选择备份"), QFileInfo(m_session.workspacePath()).absolutePath(), tr("招商外勤工作区 (*.zsdb)"));
    if (backup.isEmpty())
        return;
    bool ok = false;
    const QString passphrase =
        QInputDialog::getText(this, tr("从备份恢复"), tr("备份的口令："), QLineEdit::Password, QString(), &ok);
    if (!ok || passphrase.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto kept = m_session.restoreFromBackup(backup, passphrase);
    QApplication::restoreOverrideCursor();
    if (!kept.ok()) {
        QMessageBox::warning(this, tr("从备份恢复"), kept.error().message);
        return;
    }
    QMessageBox::information(this, tr("从备份恢复"),
                             tr("已用备份替换损坏的工作区。损坏的文件保留在：\n%1").arg(kept.value()));
    m_restore->hide();
    m_error->hide();
    m_session.unlock(passphrase);
}

void UnlockWidget::refresh()
{
    const bool busy = m_session.state() == SessionController::State::Busy;
    const qint64 wait = m_session.unlockDelayRemainingMs();
    m_wait->setVisible(wait > 0);
    if (wait > 0)
        m_wait->setText(tr("请等待 %1 秒后再试。").arg((wait + 999) / 1000));
    else
        m_countdown.stop();
    m_unlock->setEnabled(!busy && wait == 0 && m_session.state() == SessionController::State::Locked);
    m_passphrase->setEnabled(!busy);
    m_busy->setVisible(busy);
}

void UnlockWidget::onStateChanged()
{
    m_location->setText(tr("工作区：%1").arg(m_session.workspacePath()));
    if (m_session.state() == SessionController::State::Locked)
        m_passphrase->setFocus();
    refresh();
}

void UnlockWidget::onAttemptFailed(const QString& message)
{
    if (m_session.state() != SessionController::State::Locked)
        return;
    m_error->setText(message);
    m_error->show();
    // A damaged workspace (not a wrong passphrase): offer the last backup.
    m_restore->setVisible(m_session.lastFailure() == ErrorCode::Damaged);
    m_passphrase->setFocus();
    refresh();
    if (m_session.unlockDelayRemainingMs() > 0)
        m_countdown.start();
}

} // namespace zs::ui
