#include "desktop/ui/pipeline/LeadDialog.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/pipeline/LeadRepository.h"
#include "desktop/core/pipeline/LeadService.h"
#include "desktop/core/session/OfficerProfile.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/ui/records/ReferenceCombo.h"
#include "desktop/ui/Style.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QDateTime>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
std::optional<double> number(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = QLocale().toDouble(text, &ok);
    return ok ? v : -1.0;
}

QLineEdit* numberEdit(QWidget* parent, const QString& unit)
{
    auto* edit = new QLineEdit(parent);
    edit->setValidator(new QDoubleValidator(0, 1e12, 2, edit));
    edit->setPlaceholderText(unit);
    return edit;
}
} // namespace

LeadDialog::LeadDialog(Workspace& workspace, const QString& id, QWidget* parent, const QString& companyId)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_company(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_industry(new QComboBox(this))
    , m_investment(numberEdit(this, tr("万元")))
    , m_land(numberEdit(this, tr("亩")))
    , m_floor(numberEdit(this, tr("㎡")))
    , m_region(new QComboBox(this))
    , m_park(new QComboBox(this))
    , m_parkFit(makeHint(QString(), this))
    , m_source(new QComboBox(this))
    , m_sourceDetail(new QLineEdit(this))
    , m_event(new QComboBox(this))
    , m_officer(new QLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_stageReason(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(id.isEmpty() ? tr("新线索") : tr("项目线索"));
    resize(660, 720);
    Choices choices(workspace.db());
    fillReferenceCombo(m_company, choices.companies(), tr("（请选择企业）"));
    makeSearchable(m_company);
    fillIndustryCombo(m_industry, workspace.db(), tr("（未选）"));
    fillReferenceCombo(m_region, choices.seedList(QStringLiteral("ref_region")), tr("（未定）"));
    for (const QString& code : RecordText::leadSources())
        m_source->addItem(RecordText::leadSourceName(code), code);
    fillReferenceCombo(m_event, choices.events(), tr("（无）"));
    fillReferenceCombo(m_stage, choices.seedList(QStringLiteral("ref_stage")), QString());
    m_stage->removeItem(0);
    m_stageReason->setPlaceholderText(tr("退回或搁置、终止时必填"));
    m_notes->setMaximumHeight(90);

    addField(QStringLiteral("company"), tr("企业*"), m_company);
    watch(m_company);
    addField(QStringLiteral("title"), tr("项目名称*"), m_title);
    addField(QStringLiteral("industry"), tr("产业"), m_industry);
    addField(QStringLiteral("investment_wan"), tr("计划投资（万元）"), m_investment);
    addField(QStringLiteral("land_mu"), tr("用地需求（亩）"), m_land);
    addField(QStringLiteral("floor_m2"), tr("厂房需求（㎡）"), m_floor);
    addField(QStringLiteral("target_region"), tr("意向县（市、区）"), m_region);
    auto* parkColumn = new QWidget(this);
    auto* parkLayout = new QVBoxLayout(parkColumn);
    parkLayout->setContentsMargins(0, 0, 0, 0);
    parkLayout->addWidget(m_park);
    parkLayout->addWidget(m_parkFit);
    addField(QStringLiteral("target_park"), tr("意向园区"), parkColumn);
    watch(m_park);
    addField(QStringLiteral("source_kind"), tr("线索来源"), m_source);
    addField(QStringLiteral("source_detail"), tr("来源说明"), m_sourceDetail);
    addField(QStringLiteral("event"), tr("来源活动"), m_event);
    addField(QStringLiteral("officer"), tr("负责人"), m_officer);
    addField(QStringLiteral("stage"), tr("阶段"), m_stage);
    addField(QStringLiteral("stage_reason"), tr("阶段说明"), m_stageReason);
    addField(QStringLiteral("notes"), tr("备注"), m_notes);

    connect(m_region, &QComboBox::currentIndexChanged, this, &LeadDialog::regionChanged);
    connect(m_park, &QComboBox::currentIndexChanged, this, &LeadDialog::updateParkFit);
    connect(m_industry, &QComboBox::currentIndexChanged, this, &LeadDialog::updateParkFit);

    if (!id.isEmpty()) {
        auto lead = LeadRepository(workspace.db()).get(id);
        if (lead.ok()) {
            m_lead = lead.value();
            selectCode(m_company, m_lead.companyId);
            m_title->setText(m_lead.title);
            selectCode(m_industry, m_lead.industry);
            if (m_lead.investmentWan)
                m_investment->setText(QString::number(*m_lead.investmentWan));
            if (m_lead.landMu)
                m_land->setText(QString::number(*m_lead.landMu));
            if (m_lead.floorM2)
                m_floor->setText(QString::number(*m_lead.floorM2));
            selectCode(m_region, m_lead.targetRegion);
            regionChanged();
            selectCode(m_park, m_lead.targetPark);
            selectCode(m_source, m_lead.sourceKind);
            m_sourceDetail->setText(m_lead.sourceDetail);
            selectCode(m_event, m_lead.eventId);
            m_officer->setText(m_lead.officer);
            selectCode(m_stage, m_lead.stage);
            m_stageReason->setText(m_lead.stageReason);
            m_notes->setPlainText(m_lead.notes);
            auto history = LeadRepository(workspace.db()).stageHistory(id);
            if (history.ok()) {
                auto* list = new QListWidget(this);
                list->setObjectName(QStringLiteral("stageHistory"));
                list->setMaximumHeight(110);
                for (const auto& change : history.value())
                    list->addItem(
                        QDateTime::fromMSecsSinceEpoch(change.changedAt).toString(QStringLiteral("yyyy-MM-dd")) +
                        QStringLiteral("  ") + m_stage->itemText(m_stage->findData(change.stage)) +
                        (change.reason.isEmpty() ? QString()
                                                 : QStringLiteral("（") + change.reason + QStringLiteral("）")));
                form()->addRow(tr("阶段历程"), list);
            }
        }
    } else {
        selectCode(m_company, companyId);
        regionChanged();
        if (auto profile = OfficerProfile::load(workspace.db()); profile.ok())
            m_officer->setText(profile->name); // the officer who opens it follows it up unless someone else is named
    }
    setModified(false);
}

void LeadDialog::regionChanged()
{
    m_park->clear();
    m_park->addItem(tr("（未定）"), QString());
    if (auto parks = Choices(m_workspace.db()).parks(m_region->currentData().toString()); parks.ok()) {
        for (const Choice& park : parks.value())
            m_park->addItem(park.text, park.value);
    }
    updateParkFit();
}

void LeadDialog::updateParkFit()
{
    const QString park = m_park->currentData().toString();
    const QString industry = m_industry->currentData().toString();
    m_parkFit->hide();
    if (park.isEmpty() || industry.isEmpty())
        return;
    auto industries = Choices(m_workspace.db()).parkIndustries(park);
    if (!industries.ok())
        return;
    const bool fits = industries->contains(industry);
    m_parkFit->setText(fits ? tr("✓ 符合该园区的产业定位。")
                            : tr("⚠ 不在该园区的主导产业中，请考虑产业定位相符的园区，避免同质化竞争。"));
    m_parkFit->show();
}

Result<void> LeadDialog::save()
{
    Lead l = m_lead;
    l.companyId = m_company->currentData().toString();
    l.title = m_title->text();
    l.industry = m_industry->currentData().toString();
    l.investmentWan = number(m_investment);
    l.landMu = number(m_land);
    l.floorM2 = number(m_floor);
    l.targetRegion = m_region->currentData().toString();
    l.targetPark = m_park->currentData().toString();
    l.sourceKind = m_source->currentData().toString();
    l.sourceDetail = m_sourceDetail->text().trimmed();
    l.eventId = m_event->currentData().toString();
    l.officer = m_officer->text().trimmed();
    l.notes = m_notes->toPlainText().trimmed();
    const QString stage = m_stage->currentData().toString();
    auto saved = LeadService(m_workspace.db()).save(l, stage, m_stageReason->text());
    if (!saved.ok())
        return saved.error();
    l = saved.value();
    m_lead = l;
    return {};
}

} // namespace zs::ui
