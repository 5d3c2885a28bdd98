#include "desktop/ui/events/EventDialog.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/events/EventRepository.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/ui/records/ReferenceCombo.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zs::ui {

EventDialog::EventDialog(Workspace& workspace, const QString& id, QWidget* parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_city(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_organiser(new QLineEdit(this))
    , m_materials(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_companyPicker(new QComboBox(this))
    , m_attendees(new QListWidget(this))
{
    setWindowTitle(id.isEmpty() ? tr("新活动") : tr("推介活动"));
    resize(620, 640);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (const QString& code : RecordText::eventKinds())
        m_kind->addItem(RecordText::eventKindName(code), code);
    m_city->setPlaceholderText(tr("如：深圳"));
    m_notes->setMaximumHeight(80);
    fillReferenceCombo(m_companyPicker, Choices(workspace.db()).companies(), QString());
    makeSearchable(m_companyPicker, tr("输入企业名称添加参会企业"));
    m_attendees->setMaximumHeight(140);

    addField(QStringLiteral("held_on"), tr("日期*"), m_date);
    addField(QStringLiteral("kind"), tr("类型*"), m_kind);
    addField(QStringLiteral("title"), tr("活动名称*"), m_title);
    addField(QStringLiteral("city"), tr("城市*"), m_city);
    addField(QStringLiteral("organiser"), tr("主办方"), m_organiser);
    addField(QStringLiteral("materials"), tr("使用的资料"), m_materials);
    addField(QStringLiteral("notes"), tr("备注"), m_notes);
    auto* attendees = new QWidget(this);
    auto* attendeesLayout = new QVBoxLayout(attendees);
    attendeesLayout->setContentsMargins(0, 0, 0, 0);
    auto* pickRow = new QHBoxLayout;
    auto* add = new QPushButton(tr("添加"), attendees);
    pickRow->addWidget(m_companyPicker, 1);
    pickRow->addWidget(add);
    attendeesLayout->addLayout(pickRow);
    attendeesLayout->addWidget(m_attendees);
    addField(QStringLiteral("attendees"), tr("参会企业"), attendees);
    connect(add, &QPushButton::clicked, this, &EventDialog::addAttendee);

    if (!id.isEmpty()) {
        auto event = EventRepository(workspace.db()).get(id);
        if (event.ok()) {
            m_event = event.value();
            m_date->setDate(m_event.heldOn);
            selectCode(m_kind, m_event.kind);
            m_title->setText(m_event.title);
            m_city->setText(m_event.city);
            m_organiser->setText(m_event.organiser);
            m_materials->setText(m_event.materials);
            m_notes->setPlainText(m_event.notes);
            for (const QString& companyId : m_event.attendeeCompanyIds) {
                auto* item =
                    new QListWidgetItem(m_companyPicker->itemText(m_companyPicker->findData(companyId)), m_attendees);
                item->setData(Qt::UserRole, companyId);
            }
        }
    }
    m_companyPicker->setCurrentIndex(-1);
    setModified(false);
}

void EventDialog::addAttendee()
{
    const int at = m_companyPicker->findText(m_companyPicker->currentText().trimmed(), Qt::MatchFixedString);
    if (at <= 0)
        return;
    const QString id = m_companyPicker->itemData(at).toString();
    for (int i = 0; i < m_attendees->count(); ++i)
        if (m_attendees->item(i)->data(Qt::UserRole).toString() == id)
            return;
    auto* item = new QListWidgetItem(m_companyPicker->itemText(at), m_attendees);
    item->setData(Qt::UserRole, id);
    m_companyPicker->setEditText(QString());
    setModified();
}

Result<void> EventDialog::save()
{
    Event e = m_event;
    e.heldOn = m_date->date();
    e.kind = m_kind->currentData().toString();
    e.title = m_title->text();
    e.city = m_city->text();
    e.organiser = m_organiser->text().trimmed();
    e.materials = m_materials->text().trimmed();
    e.notes = m_notes->toPlainText().trimmed();
    e.attendeeCompanyIds.clear();
    for (int i = 0; i < m_attendees->count(); ++i)
        e.attendeeCompanyIds << m_attendees->item(i)->data(Qt::UserRole).toString();
    EventRepository repo(m_workspace.db());
    if (e.id.isEmpty()) {
        auto id = repo.create(e);
        if (!id.ok())
            return id.error();
    } else {
        ZS_TRY(repo.update(e));
    }
    m_event = e;
    return {};
}

} // namespace zs::ui
