#include "desktop/ui/SettingsDialog.h"

#include "desktop/core/AppSettings.h"
#include "desktop/ui/Style.h"

#include <QApplication>
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
    , m_fontScale(new QComboBox(this))
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
    m_fontScale->setObjectName(QStringLiteral("fontScale"));
    for (const auto& [percent, name] :
         {std::pair{100, tr("标准")}, std::pair{115, tr("较大")}, std::pair{130, tr("大")}, std::pair{150, tr("特大")}})
        m_fontScale->addItem(tr("%1（%2%）").arg(name).arg(percent), percent);
    const int scale = m_fontScale->findData(settings.fontScale());
    if (scale < 0)
        m_fontScale->addItem(tr("%1%").arg(settings.fontScale()), settings.fontScale());
    m_fontScale->setCurrentIndex(scale < 0 ? m_fontScale->count() - 1 : scale);

    auto* form = new QFormLayout;
    auto* lockRow = new QHBoxLayout;
    lockRow->addWidget(m_autoLock);
    lockRow->addWidget(m_minutes);
    lockRow->addStretch(1);
    form->addRow(tr("安全"), lockRow);
    form->addRow(tr("界面语言"), m_language);
    form->addRow(tr("文字大小"), m_fontScale);
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
    const int scale = m_fontScale->currentData().toInt();
    if (scale != settings.fontScale()) {
        settings.setFontScale(scale);
        applyApplicationStyle(*qApp, scale); // at once, every window
    }
    QDialog::accept();
}

} // namespace zs::ui
