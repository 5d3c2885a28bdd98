#include "desktop/ui/session/CreateWorkspaceWidget.h"

#include "desktop/core/session/PassphrasePolicy.h"
#include "desktop/core/session/SessionController.h"
#include "desktop/ui/Style.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace zs::ui {

CreateWorkspaceWidget::CreateWorkspaceWidget(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_location(new QLineEdit(this))
    , m_chooseLocation(new QPushButton(tr("更改…"), this))
    , m_passphrase(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_strength(new QProgressBar(this))
    , m_strengthLabel(new QLabel(this))
    , m_rules(makeHint(QString(), this))
    , m_error(makeErrorLabel(this))
    , m_busy(new QProgressBar(this))
    , m_create(new QPushButton(tr("创建工作区"), this))
{
    m_location->setReadOnly(true);
    m_location->setText(m_session.workspacePath());
    m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("至少 %1 个字符，可用汉字").arg(PassphrasePolicy::kMinLength));
    m_confirmation->setObjectName(QStringLiteral("confirmPassphrase"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_confirmation->setPlaceholderText(tr("再输入一次"));
    m_strength->setRange(0, 4);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(8);
    m_busy->setRange(0, 0);
    m_busy->hide();
    m_create->setObjectName(QStringLiteral("createWorkspace"));
    m_create->setDefault(true);
    m_create->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle(tr("创建加密工作区"), this));
    layout->addWidget(makeHint(tr("客商、走访和项目线索都保存在这台电脑的工作区里，用 AES-256 加密；"
                                  "离线也能使用，联网后与市招商总部同步。\n"
                                  "口令无法找回：忘记口令就无法打开工作区，请牢记。"),
                               this));
    layout->addSpacing(12);
    auto* form = new QFormLayout;
    auto* where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(m_chooseLocation);
    form->addRow(tr("保存位置"), where);
    form->addRow(tr("口令(&P)"), m_passphrase);
    form->addRow(tr("确认口令(&C)"), m_confirmation);
    auto* meter = new QHBoxLayout;
    meter->addWidget(m_strength, 1);
    meter->addWidget(m_strengthLabel);
    form->addRow(tr("强度"), meter);
    layout->addLayout(form);
    layout->addWidget(m_rules);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addSpacing(8);
    layout->addWidget(m_create, 0, Qt::AlignRight);

    connect(m_passphrase, &QLineEdit::textChanged, this, &CreateWorkspaceWidget::updateRules);
    connect(m_confirmation, &QLineEdit::textChanged, this, &CreateWorkspaceWidget::updateRules);
    connect(m_passphrase, &QLineEdit::returnPressed, m_confirmation, qOverload<>(&QWidget::setFocus));
    connect(m_confirmation, &QLineEdit::returnPressed, this, &CreateWorkspaceWidget::submit);
    connect(m_create, &QPushButton::clicked, this, &CreateWorkspaceWidget::submit);
    connect(m_chooseLocation, &QPushButton::clicked, this, &CreateWorkspaceWidget::chooseLocation);
    connect(&m_session, &SessionController::stateChanged, this, &CreateWorkspaceWidget::onStateChanged);
    connect(&m_session, &SessionController::attemptFailed, this, &CreateWorkspaceWidget::onAttemptFailed);
    updateRules();
}

void CreateWorkspaceWidget::focusFirstField()
{
    m_passphrase->setFocus();
}

void CreateWorkspaceWidget::updateRules()
{
    const QString passphrase = m_passphrase->text();
    const int strength = PassphrasePolicy::strength(passphrase);
    m_strength->setValue(strength);
    m_strengthLabel->setText(passphrase.isEmpty() ? QString() : PassphrasePolicy::strengthLabel(strength));
    QStringList notes = passphrase.isEmpty() ? QStringList() : PassphrasePolicy::problems(passphrase);
    const bool matches = passphrase == m_confirmation->text();
    if (notes.isEmpty() && !m_confirmation->text().isEmpty() && !matches)
        notes << tr("两次输入的口令不一致。");
    m_rules->setText(notes.isEmpty() ? QString() : QStringLiteral("• ") + notes.join(QStringLiteral("\n• ")));
    m_rules->setVisible(!notes.isEmpty());
    m_create->setEnabled(strength > 0 && matches && m_session.state() == SessionController::State::NeedsWorkspace);
}

void CreateWorkspaceWidget::chooseLocation()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("工作区保存位置"), m_location->text(), tr("招商外勤工作区 (*.zsdb)"));
    if (path.isEmpty())
        return;
    m_session.setWorkspacePath(path.endsWith(QLatin1String(".zsdb")) ? path : path + QStringLiteral(".zsdb"));
    m_location->setText(m_session.workspacePath());
}

void CreateWorkspaceWidget::submit()
{
    if (!m_create->isEnabled())
        return;
    m_error->hide();
    m_session.createWorkspace(m_passphrase->text(), m_confirmation->text());
}

void CreateWorkspaceWidget::onStateChanged()
{
    const bool busy = m_session.state() == SessionController::State::Busy;
    m_busy->setVisible(busy && isVisible());
    for (QWidget* w : {static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_confirmation),
                       static_cast<QWidget*>(m_chooseLocation)})
        w->setEnabled(!busy);
    if (m_session.state() == SessionController::State::Unlocked) {
        m_passphrase->clear();
        m_confirmation->clear();
    }
    updateRules();
}

void CreateWorkspaceWidget::onAttemptFailed(const QString& message)
{
    if (m_session.state() != SessionController::State::NeedsWorkspace)
        return;
    m_error->setText(message);
    m_error->show();
}

} // namespace zs::ui
