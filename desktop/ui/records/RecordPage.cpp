#include "desktop/ui/records/RecordPage.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/registry/RecordStore.h"
#include "desktop/ui/Style.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
constexpr int kFactColumns = 3; // label + value pairs per row

struct ExtraTab
{
    RecordKind kind;
    QString title;
    RecordPage::TabFactory make;
    RecordPage::TabPlace place;
};

QList<ExtraTab>& extraTabs()
{
    static QList<ExtraTab> tabs;
    return tabs;
}

// A widget of the page filled before: gone once control is back in the event loop, since the click that refills the
// page (a link, 编辑…, an entry) may come from that very widget.
void discard(QWidget* widget)
{
    if (!widget)
        return;
    widget->hide();
    widget->deleteLater();
}
} // namespace

void RecordPage::addTab(RecordKind kind, const QString& title, TabFactory make, TabPlace place)
{
    for (const ExtraTab& t : std::as_const(extraTabs()))
        if (t.kind == kind && t.title == title)
            return; // once per kind and title, however many views register it
    extraTabs().append({kind, title, std::move(make), place});
}

RecordPage::RecordPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_back(new QPushButton(QStringLiteral("←"), this))
    , m_forward(new QPushButton(QStringLiteral("→"), this))
    , m_title(makeTitle(QString(), this))
    , m_kindLabel(makeHint(QString(), this))
    , m_facts(new QGridLayout)
    , m_actions(new QWidget(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("recordPage"));
    m_back->setToolTip(tr("后退（Alt+←）"));
    m_forward->setToolTip(tr("前进（Alt+→）"));
    for (QPushButton* b : {m_back, m_forward})
        b->setFixedWidth(36);
    connect(m_back, &QPushButton::clicked, this, &RecordPage::back);
    connect(m_forward, &QPushButton::clicked, this, &RecordPage::forward);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_forward);
    top->addSpacing(8);
    top->addWidget(m_title, 1);
    top->addWidget(m_kindLabel);
    layout->addLayout(top);
    m_facts->setHorizontalSpacing(14);
    m_facts->setVerticalSpacing(6);
    layout->addLayout(m_facts);
    auto* actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(m_actions);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    layout->addWidget(m_tabs, 1);
}

void RecordPage::setHistory(bool canGoBack, bool canGoForward)
{
    m_back->setEnabled(canGoBack);
    m_forward->setEnabled(canGoForward);
}

bool RecordPage::showRecord(RecordKind kind, const QString& id)
{
    auto read = RecordOverview::read(m_workspace.db(), RecordKinds::get(kind), id);
    if (!read.ok()) {
        if (read.error().code != ErrorCode::NotFound)
            QMessageBox::warning(this, tr("读取失败"), read.error().message);
        return false; // this page keeps what it showed
    }
    m_kind = kind;
    m_id = id;
    m_overview = std::move(read.value());
    fill();
    return true;
}

void RecordPage::reload()
{
    if (!m_id.isEmpty() && !showRecord(m_kind, m_id))
        Q_EMIT gone(); // merged or deleted meanwhile (here or by a sync)
}

void RecordPage::fill()
{
    const KindDecl& kind = RecordKinds::get(m_kind);
    m_title->setText(m_overview.title);
    m_kindLabel->setText(RecordKinds::label(kind));

    while (QLayoutItem* item = m_facts->takeAt(0)) {
        discard(item->widget());
        delete item;
    }
    // The facts it has, three to a row; long texts (notes) take a row of their own at the end.
    int cell = 0;
    QList<const RecordOverview::Fact*> longTexts;
    const QList<FieldDecl> fields = RecordStore::editable(kind);
    for (int i = 0; i < m_overview.facts.size(); ++i) {
        const RecordOverview::Fact& f = m_overview.facts[i];
        if (f.text.isEmpty() || (kind.titleColumn && fields[i].name() == QLatin1String(kind.titleColumn)))
            continue;
        if (fields[i].type == FieldType::LongText) {
            longTexts << &f;
            continue;
        }
        auto* label = makeHint(f.label, this);
        auto* value = new QLabel(this);
        if (f.refKind) { // the lead's company: opens its page
            value->setText(QStringLiteral("<a href=\"#\">%1</a>").arg(f.text.toHtmlEscaped()));
            value->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            connect(value, &QLabel::linkActivated, this,
                    [this, kind = *f.refKind, id = f.refId] { Q_EMIT openRecord(kind, id); });
        } else {
            value->setText(f.text);
            value->setTextFormat(Qt::PlainText);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        m_facts->addWidget(label, cell / kFactColumns, (cell % kFactColumns) * 2);
        m_facts->addWidget(value, cell / kFactColumns, (cell % kFactColumns) * 2 + 1);
        ++cell;
    }
    int row = (cell + kFactColumns - 1) / kFactColumns;
    for (const RecordOverview::Fact* f : longTexts) {
        auto* value = new QLabel(f->text, this);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_facts->addWidget(makeHint(f->label, this), row, 0, Qt::AlignTop);
        m_facts->addWidget(value, row++, 1, 1, kFactColumns * 2 - 1);
    }
    for (int c = 1; c < kFactColumns * 2; c += 2)
        m_facts->setColumnStretch(c, 1);

    // Actions: edit, and what can be made for it (a company: a visit, a lead, a brochure).
    QLayout* actions = m_actions->layout();
    while (QLayoutItem* item = actions->takeAt(0)) {
        discard(item->widget());
        delete item;
    }
    const auto action = [this, actions](const QString& text, const QString& name, auto&& slot) {
        auto* b = new QPushButton(text, m_actions);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
    };
    // A material's form is its viewer (the file, its facts and what superseded it).
    action(m_kind == RecordKind::Material ? tr("查看文件…") : tr("编辑…"), QStringLiteral("editRecord"),
           [this] { Q_EMIT editRecord(m_kind, m_id); });
    if (m_kind == RecordKind::Company) {
        action(tr("记录走访…"), QStringLiteral("logVisit"), [this] { Q_EMIT createFor(RecordKind::Visit, m_id); });
        action(tr("新建项目线索…"), QStringLiteral("newLead"), [this] { Q_EMIT createFor(RecordKind::Lead, m_id); });
        action(tr("编制宣传册…"), QStringLiteral("composeBrochure"), [this] { Q_EMIT composeBrochure(m_id); });
    }
    if (kind.mergeable)
        action(tr("合并重复%1…").arg(RecordKinds::label(kind)), QStringLiteral("findDuplicate"),
               [this] { Q_EMIT findDuplicate(m_kind, m_id); });
    static_cast<QHBoxLayout*>(actions)->addStretch(1);

    const int shown = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        discard(page);
    }
    const auto addExtraTabs = [this](TabPlace place) {
        for (const ExtraTab& t : std::as_const(extraTabs())) {
            if (t.kind != m_kind || t.place != place)
                continue;
            RecordPageTab* tab = t.make(m_workspace, m_id, this);
            connect(tab, &RecordPageTab::openRecord, this, &RecordPage::openRecord);
            connect(tab, &RecordPageTab::removeRecords, this, &RecordPage::removeRecords);
            connect(tab, &RecordPageTab::changed, this, &RecordPage::changed);
            m_tabs->addTab(tab, t.title);
        }
    };
    addExtraTabs(TabPlace::First);
    m_tabs->addTab(makeEntryList(m_overview.activity, true), tr("动态（%1）").arg(m_overview.activity.size()));
    addExtraTabs(TabPlace::AfterActivity);
    for (const RecordOverview::Related& r : std::as_const(m_overview.related))
        m_tabs->addTab(makeEntryList(r.entries, false), tr("%1（%2）").arg(r.label).arg(r.count));
    if (shown > 0 && shown < m_tabs->count())
        m_tabs->setCurrentIndex(shown);
}

QTreeWidget* RecordPage::makeEntryList(const QList<RecordOverview::Entry>& entries, bool withKind)
{
    auto* list = new QTreeWidget(this);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(withKind ? QStringList{tr("日期"), tr("类别"), tr("名称"), tr("内容")}
                                   : QStringList{tr("日期"), tr("名称"), tr("内容")});
    for (const RecordOverview::Entry& e : entries) {
        QStringList cells{e.date};
        if (withKind)
            cells << e.what;
        cells << e.title << e.summary;
        auto* item = new QTreeWidgetItem(list, cells);
        item->setData(0, Qt::UserRole, static_cast<int>(e.kind));
        item->setData(0, Qt::UserRole + 1, e.id);
        for (int c = 0; c < cells.size(); ++c)
            item->setToolTip(c, cells[c]); // the full text on hover
    }
    if (entries.isEmpty()) {
        const QString empty = !withKind ? tr("（无）")
                              : m_kind == RecordKind::Company
                                  ? tr("还没有动态。记录一次走访或新建一条线索，它们会出现在这里。")
                                  : tr("还没有与这条记录相关的动态。");
        auto* none = new QTreeWidgetItem(list, {empty});
        none->setFlags(Qt::NoItemFlags);
        list->setFirstColumnSpanned(0, QModelIndex(), true);
    }
    QHeaderView* header = list->header();
    header->setStretchLastSection(true);
    header->resizeSection(0, 110);
    if (withKind)
        header->resizeSection(1, 100);
    header->resizeSection(withKind ? 2 : 1, 220);
    const auto open = [this](QTreeWidgetItem* item) {
        if (!item || !(item->flags() & Qt::ItemIsEnabled))
            return;
        const auto kind = static_cast<RecordKind>(item->data(0, Qt::UserRole).toInt());
        const QString id = item->data(0, Qt::UserRole + 1).toString();
        if (kind == m_kind && id == m_id)
            return; // a merge entry: this record
        Q_EMIT openRecord(kind, id);
    };
    connect(list, &QTreeWidget::itemActivated, this, [open](QTreeWidgetItem* item) { open(item); });
    return list;
}

} // namespace zs::ui
