#include "desktop/ui/SettingsDialog.h"

#include "desktop/ui/materials/BrochureDialog.h"
#include "desktop/ui/Style.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
// A tab's page: its form, then a hint under it.
QWidget* page(QFormLayout* form, const QString& hint, QWidget* parent)
{
    auto* widget = new QWidget(parent);
    auto* layout = new QVBoxLayout(widget);
    layout->addLayout(form);
    if (!hint.isEmpty())
        layout->addWidget(makeHint(hint, widget));
    layout->addStretch(1);
    return widget;
}

QComboBox* choices(QWidget* parent, const QString& name, const QList<std::pair<QString, QVariant>>& items,
                   const QVariant& current)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    for (const auto& [text, value] : items)
        box->addItem(text, value);
    const int at = box->findData(current);
    box->setCurrentIndex(at < 0 ? 0 : at);
    return box;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("设置"));
    AppSettings settings;
    m_tabs->addTab(generalTab(settings), tr("常规"));
    m_tabs->addTab(syncTab(settings.syncPreferences()), tr("同步"));
    m_tabs->addTab(printTab(settings.printPreferences()), tr("打印"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
}

QWidget* SettingsDialog::generalTab(const AppSettings& settings)
{
    m_autoLock = new QCheckBox(tr("闲置后自动锁定"), this);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(1, AppSettings::kMaxIdleLockMinutes);
    m_minutes->setSuffix(tr(" 分钟"));
    const int minutes = settings.idleLockMinutes();
    m_autoLock->setChecked(minutes > 0);
    m_minutes->setValue(minutes > 0 ? minutes : AppSettings::kDefaultIdleLockMinutes);
    m_minutes->setEnabled(minutes > 0);
    connect(m_autoLock, &QCheckBox::toggled, m_minutes, &QWidget::setEnabled);
    m_language = choices(
        this, QStringLiteral("language"),
        {{QStringLiteral("中文（简体）"), QStringLiteral("zh_CN")}, {QStringLiteral("English"), QStringLiteral("en")}},
        settings.language());
    QList<std::pair<QString, QVariant>> sizes;
    for (const auto& [percent, name] :
         {std::pair{100, tr("标准")}, std::pair{115, tr("较大")}, std::pair{130, tr("大")}, std::pair{150, tr("特大")}})
        sizes.append({tr("%1（%2%）").arg(name).arg(percent), percent});
    if (std::none_of(sizes.cbegin(), sizes.cend(), [&](const auto& s) { return s.second == settings.fontScale(); }))
        sizes.append({tr("%1%").arg(settings.fontScale()), settings.fontScale()});
    m_fontScale = choices(this, QStringLiteral("fontScale"), sizes, settings.fontScale());

    auto* form = new QFormLayout;
    auto* lockRow = new QHBoxLayout;
    lockRow->addWidget(m_autoLock);
    lockRow->addWidget(m_minutes);
    lockRow->addStretch(1);
    form->addRow(tr("安全"), lockRow);
    form->addRow(tr("界面语言"), m_language);
    form->addRow(tr("文字大小"), m_fontScale);
    return page(form, tr("界面语言在下次启动时生效。"), this);
}

QWidget* SettingsDialog::syncTab(const SyncPreferences& preferences)
{
    m_autoSync = new QCheckBox(tr("自动与总部同步"), this);
    m_autoSync->setObjectName(QStringLiteral("autoSync"));
    m_autoSync->setChecked(preferences.automatic);
    m_interval =
        choices(this, QStringLiteral("syncInterval"),
                {{tr("每小时"), 1}, {tr("每 2 小时"), 2}, {tr("每 4 小时"), 4}, {tr("每 8 小时"), 8}, {tr("每天"), 24}},
                preferences.intervalHours);
    m_networkBack = new QCheckBox(tr("网络恢复后立即同步"), this);
    m_networkBack->setObjectName(QStringLiteral("syncWhenNetworkBack"));
    m_networkBack->setChecked(preferences.whenNetworkBack);
    m_files = new QCheckBox(tr("在后台下载资料文件"), this);
    m_files->setObjectName(QStringLiteral("syncFiles"));
    m_files->setChecked(preferences.downloadFiles);
    const auto follow = [this](bool on) {
        m_interval->setEnabled(on);
        m_networkBack->setEnabled(on);
    };
    connect(m_autoSync, &QCheckBox::toggled, this, follow);
    follow(preferences.automatic);

    auto* form = new QFormLayout;
    form->addRow(m_autoSync);
    form->addRow(tr("同步频率"), m_interval);
    form->addRow(m_networkBack);
    form->addRow(m_files);
    return page(form,
                tr("关闭自动同步后，只有点“同步”才会同步；同步失败后的自动重试也随之停止。\n"
                   "不在后台下载资料文件时，打开某份资料才会下载它。"),
                this);
}

QWidget* SettingsDialog::printTab(const PrintPreferences& preferences)
{
    QList<std::pair<QString, QVariant>> papers;
    for (const QString& paper : PrintPreferences::paperSizes())
        papers.append({paper == QLatin1String("B5") ? tr("B5（JIS）") : paper, paper});
    m_paper = choices(this, QStringLiteral("paper"), papers, preferences.paper);
    m_color = new QCheckBox(tr("彩色打印"), this);
    m_color->setObjectName(QStringLiteral("printColor"));
    m_color->setChecked(preferences.color);
    m_duplex = new QCheckBox(tr("双面打印（长边翻页）"), this);
    m_duplex->setObjectName(QStringLiteral("printDuplex"));
    m_duplex->setChecked(preferences.duplex);
    QGridLayout* sections = brochureSectionGrid(this, preferences.brochureSections, &m_sections);
    for (QCheckBox* box : std::as_const(m_sections))
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::checkSections);
    const int i = int(m_sections.size());
    m_sectionsError = makeErrorLabel(this);
    m_sectionsError->setObjectName(QStringLiteral("error_sections"));
    QSizePolicy keep = m_sectionsError->sizePolicy();
    keep.setRetainSizeWhenHidden(true); // the form does not jump when the message comes and goes
    m_sectionsError->setSizePolicy(keep);
    sections->addWidget(m_sectionsError, (i + 2) / 3, 0, 1, 3);
    m_parks = new QSpinBox(this);
    m_parks->setObjectName(QStringLiteral("brochureParks"));
    m_parks->setRange(0, PrintPreferences::kMaxBrochureParks);
    m_parks->setSuffix(tr(" 个"));
    m_parks->setValue(preferences.brochureParks);

    auto* form = new QFormLayout;
    form->addRow(tr("纸张"), m_paper);
    form->addRow(m_color);
    form->addRow(m_duplex);
    form->addRow(tr("宣传册默认章节"), sections);
    form->addRow(tr("推荐园区数"), m_parks);
    return page(form, tr("打印时仍可在打印对话框中临时更改；宣传册的章节在编制时也可增减。"), this);
}

int SettingsDialog::idleLockMinutes() const
{
    return m_autoLock->isChecked() ? m_minutes->value() : 0;
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

SyncPreferences SettingsDialog::syncPreferences() const
{
    SyncPreferences p;
    p.automatic = m_autoSync->isChecked();
    p.intervalHours = m_interval->currentData().toInt();
    p.whenNetworkBack = m_networkBack->isChecked();
    p.downloadFiles = m_files->isChecked();
    return p;
}

PrintPreferences SettingsDialog::printPreferences() const
{
    PrintPreferences p;
    p.paper = m_paper->currentData().toString();
    p.color = m_color->isChecked();
    p.duplex = m_duplex->isChecked();
    for (QCheckBox* box : m_sections)
        if (box->isChecked())
            p.brochureSections << box->property("code").toString();
    if (p.brochureSections.size() == m_sections.size())
        p.brochureSections.clear(); // all: new sections added later are in too
    p.brochureParks = m_parks->value();
    return p;
}

void SettingsDialog::checkSections()
{
    const bool none = std::none_of(m_sections.cbegin(), m_sections.cend(), [](QCheckBox* b) { return b->isChecked(); });
    m_sectionsError->setText(none ? tr("宣传册至少要有一个章节。") : QString());
    m_sectionsError->setVisible(none);
    m_ok->setEnabled(!none);
    m_ok->setToolTip(none ? tr("请先在“打印”中至少选择一个宣传册章节。") : QString());
}

void SettingsDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    AppSettings settings;
    settings.setIdleLockMinutes(idleLockMinutes());
    settings.setLanguage(language());
    settings.setSyncPreferences(syncPreferences());
    settings.setPrintPreferences(printPreferences());
    const int scale = m_fontScale->currentData().toInt();
    if (scale != settings.fontScale()) {
        settings.setFontScale(scale);
        applyApplicationStyle(*qApp, scale); // at once, every window
    }
    QDialog::accept();
}

} // namespace zs::ui
