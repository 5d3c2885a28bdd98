#include "desktop/ui/SettingsDialog.h"

#include "desktop/core/AppSettings.h"
#include "desktop/ui/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zs::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_autoLock(new QCheckBox(tr("闲置后自动锁定"), this))
    , m_minutes(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("设置"));
    AppSettings settings;
    m_minutes->setRange(1, AppSettings::kMaxIdleLockMinutes);
    m_minutes->setSuffix(tr(" 分钟"));
    const int minutes = settings.idleLockMinutes();
    m_autoLock->setChecked(minutes > 0);
    m_minutes->setValue(minutes > 0 ? minutes : AppSettings::kDefaultIdleLockMinutes);
    m_minutes->setEnabled(minutes > 0);
    connect(m_autoLock, &QCheckBox::toggled, m_minutes, &QWidget::setEnabled);
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(settings.language()));

    auto* form = new QFormLayout;
    auto* lockRow = new QHBoxLayout;
    lockRow->addWidget(m_autoLock);
    lockRow->addWidget(m_minutes);
    lockRow->addStretch(1);
    form->addRow(tr("安全"), lockRow);
    form->addRow(tr("界面语言"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeHint(tr("界面语言在下次启动时生效。"), this));
    layout->addWidget(buttons);
}

int SettingsDialog::idleLockMinutes() const
{
    return m_autoLock->isChecked() ? m_minutes->value() : 0;
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::accept()
{
    AppSettings settings;
    settings.setIdleLockMinutes(idleLockMinutes());
    settings.setLanguage(language());
    QDialog::accept();
}

} // namespace zs::ui
