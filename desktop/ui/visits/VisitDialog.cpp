#include "desktop/ui/visits/VisitDialog.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/visits/VisitService.h"
#include "desktop/core/session/OfficerProfile.h"
#include "desktop/ui/records/ReferenceCombo.h"
#include "desktop/ui/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace zs::ui {

namespace {
} // namespace

VisitDialog::VisitDialog(Workspace& workspace, const QString& id, QWidget* parent, const QString& companyId)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_company(new QComboBox(this))
    , m_companyHint(makeHint(QString(), this))
    , m_when(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_city(new QComboBox(this))
    , m_place(new QLineEdit(this))
    , m_purpose(new QComboBox(this))
    , m_contacts(new QListWidget(this))
    , m_newContact(new QLineEdit(this))
    , m_officers(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_outcome(new QLineEdit(this))
    , m_intent(new QComboBox(this))
    , m_nextStep(new QLineEdit(this))
    , m_hasDue(new QCheckBox(tr("跟进日期"), this))
    , m_nextDue(new QDateEdit(QDate::currentDate().addDays(7), this))
    , m_materials(new QLineEdit(this))
    , m_library(new QListWidget(this))
{
    setWindowTitle(id.isEmpty() ? tr("新走访") : tr("走访记录（修改会保留历史）"));
    resize(680, 720);
    m_company->setObjectName(QStringLiteral("visitCompany"));
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->lineEdit()->setPlaceholderText(tr("输入企业名称的任意部分，或新企业的全称"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    for (const QString& code : RecordText::visitCities())
        m_city->addItem(RecordText::cityName(code), code);
    m_place->setPlaceholderText(tr("具体地点，如企业总部、展会"));
    fillReferenceCombo(m_purpose, Choices(workspace.db()).seedList(QStringLiteral("ref_visit_purpose")),
                       tr("（未选）"));
    m_contacts->setMaximumHeight(90);
    m_newContact->setPlaceholderText(tr("名单里没有？写下新联系人的姓名"));
    m_officers->setPlaceholderText(tr("如：陈志远、李晓燕"));
    m_notes->setObjectName(QStringLiteral("visitNotes"));
    m_notes->setPlaceholderText(tr("谈了什么：企业计划、关注的政策、对韶关的印象……"));
    for (int level = 0; level <= 3; ++level)
        m_intent->addItem(RecordText::intentName(level), level);
    m_nextDue->setCalendarPopup(true);
    m_nextDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_nextDue->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_nextDue, &QWidget::setEnabled);
    m_materials->setPlaceholderText(tr("发放的资料，如政策汇编、园区介绍"));

    auto* companyColumn = new QWidget(this);
    auto* companyLayout = new QVBoxLayout(companyColumn);
    companyLayout->setContentsMargins(0, 0, 0, 0);
    companyLayout->addWidget(m_company);
    companyLayout->addWidget(m_companyHint);
    addField(QStringLiteral("company"), tr("企业*"), companyColumn);
    watch(m_company);
    addField(QStringLiteral("visited_at"), tr("时间*"), m_when);
    auto* where = new QWidget(this);
    auto* whereLayout = new QHBoxLayout(where);
    whereLayout->setContentsMargins(0, 0, 0, 0);
    whereLayout->addWidget(m_city);
    whereLayout->addWidget(m_place, 1);
    addField(QStringLiteral("city"), tr("地点*"), where);
    watch(m_place);
    addField(QStringLiteral("purpose"), tr("目的"), m_purpose);
    auto* people = new QWidget(this);
    auto* peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(m_contacts);
    peopleLayout->addWidget(m_newContact);
    addField(QStringLiteral("contacts"), tr("见到的人"), people);
    watch(m_newContact);
    addField(QStringLiteral("officers"), tr("走访人员"), m_officers);
    addField(QStringLiteral("notes"), tr("走访记录"), m_notes);
    addField(QStringLiteral("outcome"), tr("成果"), m_outcome);
    addField(QStringLiteral("intent"), tr("投资意向"), m_intent);
    auto* next = new QWidget(this);
    auto* nextLayout = new QHBoxLayout(next);
    nextLayout->setContentsMargins(0, 0, 0, 0);
    nextLayout->addWidget(m_nextStep, 1);
    nextLayout->addWidget(m_hasDue);
    nextLayout->addWidget(m_nextDue);
    addField(QStringLiteral("next_step"), tr("下一步"), next);
    watch(m_nextStep);
    watch(m_hasDue);
    watch(m_nextDue);
    m_library->setObjectName(QStringLiteral("handedOut"));
    m_library->setMaximumHeight(80);
    if (auto library = Choices(workspace.db()).currentMaterials(); library.ok()) {
        for (const Choice& material : library.value()) {
            auto* item = new QListWidgetItem(material.text, m_library);
            item->setData(Qt::UserRole, material.value);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    auto* handout = new QWidget(this);
    auto* handoutLayout = new QVBoxLayout(handout);
    handoutLayout->setContentsMargins(0, 0, 0, 0);
    handoutLayout->addWidget(m_library);
    handoutLayout->addWidget(m_materials);
    m_library->setVisible(m_library->count() > 0);
    addField(QStringLiteral("materials"), tr("发放资料"), handout);
    watch(m_materials);
    connect(m_library, &QListWidget::itemChanged, this, [this] { setModified(); });
    if (QLabel* dueError = errorLabel(QStringLiteral("next_step")))
        dueError->setObjectName(QStringLiteral("error_next_step"));

    loadCompanies();
    connect(m_company, &QComboBox::currentIndexChanged, this, &VisitDialog::companyChanged);
    connect(m_company, &QComboBox::editTextChanged, this, &VisitDialog::companyChanged);

    // A new visit starts where the last one was, else in the officer's stationed city; with the last visit's
    // officers, else the officer.
    auto profile = OfficerProfile::load(workspace.db());
    const QString lastCity = OfficerProfile::recall(workspace.db(), QStringLiteral("visit_city"));
    selectCode(m_city, !lastCity.isEmpty() ? lastCity : profile.ok() ? profile->city : QString());
    const QString lastOfficers = OfficerProfile::recall(workspace.db(), QStringLiteral("visit_officers"));
    m_officers->setText(!lastOfficers.isEmpty() ? lastOfficers : profile.ok() ? profile->name : QString());

    if (!id.isEmpty()) {
        auto visit = VisitRepository(workspace.db()).get(id);
        if (visit.ok()) {
            m_visit = visit.value();
            m_company->setCurrentIndex(m_company->findData(m_visit.companyId));
            m_when->setDateTime(m_visit.visitedAt);
            selectCode(m_city, m_visit.city);
            m_place->setText(m_visit.place);
            selectCode(m_purpose, m_visit.purpose);
            m_officers->setText(m_visit.officers);
            m_notes->setPlainText(m_visit.notes);
            m_outcome->setText(m_visit.outcome);
            m_intent->setCurrentIndex(qBound(0, m_visit.intent, 3));
            m_nextStep->setText(m_visit.nextStep);
            m_hasDue->setChecked(m_visit.nextDue.isValid());
            if (m_visit.nextDue.isValid())
                m_nextDue->setDate(m_visit.nextDue);
            m_materials->setText(m_visit.materials);
            companyChanged();
            auto history = VisitRepository(workspace.db()).history(id);
            if (history.ok() && !history->isEmpty()) {
                auto* list = new QListWidget(this);
                list->setObjectName(QStringLiteral("visitHistory"));
                list->setMaximumHeight(110);
                for (const auto& change : history.value())
                    list->addItem(tr("%1 修改「%2」：%3 → %4")
                                      .arg(QDateTime::fromMSecsSinceEpoch(change.editedAt)
                                               .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                           change.field, change.oldValue.left(40), change.newValue.left(40)));
                form()->addRow(tr("修改历史"), list);
            }
        }
    } else if (!companyId.isEmpty()) {
        m_company->setCurrentIndex(m_company->findData(companyId));
    } else {
        m_company->setCurrentIndex(-1);
        m_company->setEditText(QString());
    }
    m_company->setFocus();
    setModified(false);
}

void VisitDialog::loadCompanies()
{
    if (auto companies = Choices(m_workspace.db()).companies(Choices::Order::RecentFirst); companies.ok()) {
        for (const Choice& company : companies.value())
            m_company->addItem(company.text, company.value);
    }
    makeSearchable(m_company);
}

QString VisitDialog::resolveCompanyId() const
{
    const QString text = m_company->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int at = m_company->findText(text, Qt::MatchFixedString);
    return at >= 0 ? m_company->itemData(at).toString() : QString();
}

void VisitDialog::companyChanged()
{
    const QString id = resolveCompanyId();
    const QString text = m_company->currentText().trimmed();
    QString hint;
    if (id.isEmpty() && !text.isEmpty()) {
        hint = tr("保存时将新建客商「%1」。").arg(text);
        Company probe;
        probe.name = text;
        // A name written another way (广州华达精密机械公司 for 广州华达精密机械有限公司): say so before a second one is
        // made.
        if (auto alike = CompanyRepository(m_workspace.db()).similar(probe, 1); alike.ok() && !alike->isEmpty())
            hint = tr("保存时将新建客商「%1」。名录里已有名称相近的「%2」，如果是同一家，请从列表中选择它。")
                       .arg(text, alike->first().name);
    }
    m_companyHint->setText(hint);
    m_companyHint->setVisible(!hint.isEmpty());
    m_contacts->clear();
    if (id.isEmpty())
        return;
    auto people = ContactRepository(m_workspace.db()).forCompany(id);
    if (!people.ok())
        return;
    for (const Contact& p : people.value()) {
        auto* item = new QListWidgetItem(
            p.title.isEmpty() ? p.name : p.name + QStringLiteral("（") + p.title + QStringLiteral("）"), m_contacts);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_visit.contactIds.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
}

Result<void> VisitDialog::save()
{
    VisitEntry entry;
    Visit& v = entry.visit;
    v = m_visit;
    v.companyId = resolveCompanyId();
    if (v.companyId.isEmpty())
        entry.newCompany = m_company->currentText().trimmed();
    v.visitedAt = m_when->dateTime();
    v.city = m_city->currentData().toString();
    v.place = m_place->text().trimmed();
    v.purpose = m_purpose->currentData().toString();
    v.officers = m_officers->text().trimmed();
    v.notes = m_notes->toPlainText().trimmed();
    v.outcome = m_outcome->text().trimmed();
    v.intent = m_intent->currentData().toInt();
    v.nextStep = m_nextStep->text().trimmed();
    v.nextDue = m_hasDue->isChecked() ? m_nextDue->date() : QDate();
    QStringList handedOut;
    for (int i = 0; i < m_library->count(); ++i) {
        if (m_library->item(i)->checkState() == Qt::Checked) {
            handedOut << m_library->item(i)->text();
            entry.handoutIds << m_library->item(i)->data(Qt::UserRole).toString();
        }
    }
    handedOut << m_materials->text().trimmed();
    handedOut.removeAll(QString());
    v.materials = handedOut.join(tr("、", "list separator"));
    v.contactIds.clear();
    for (int i = 0; i < m_contacts->count(); ++i)
        if (m_contacts->item(i)->checkState() == Qt::Checked)
            v.contactIds << m_contacts->item(i)->data(Qt::UserRole).toString();
    entry.newContacts = QStringList{m_newContact->text().trimmed()};
    auto saved = VisitService(m_workspace.db()).save(entry);
    if (!saved.ok())
        return saved.error();
    m_visit = saved.value();
    return {};
}

} // namespace zs::ui
