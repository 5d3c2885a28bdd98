#include "desktop/ui/sync/SyncIssuesView.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "desktop/core/sync/SyncController.h"
#include "desktop/ui/Style.h"
#include "desktop/ui/sync/SyncText.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace zs::ui {

namespace {
enum ConflictColumn
{
    CTime,
    CKind,
    CRecord,
    CField,
    CLost,
    CWon,
    CFrom,
    CWhy,
    CCount
};
enum Role
{
    IdRole = Qt::UserRole,
    TableRole,
    RowRole,
    RestorableRole,
};

// The kind a synced row opens as; a detail row (an attendee, a stage change) has no page of its own.
std::optional<RecordKind> kindOf(const QString& table)
{
    const KindDecl* kind = RecordKinds::byTable(table);
    if (!kind || table != kind->table())
        return std::nullopt;
    return kind->kind;
}

QTableWidget* makeTable(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, const QString& tooltip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(tooltip.isEmpty() ? text : tooltip);
    return item;
}

// Bookkeeping columns follow every edit: their conflicts only echo the one on the field that was edited, which is
// listed (and restored, which rewrites them too). They stay in sync_conflict; the officer is not asked about them.
bool isBookkeeping(const QString& column)
{
    return column == QLatin1String("updated_at") || column == QLatin1String("created_at") ||
           column == QLatin1String("name_norm");
}

QString shortTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

SyncIssuesView::SyncIssuesView(Workspace& workspace, SyncController& sync, QWidget* parent)
    : QTabWidget(parent)
    , m_workspace(workspace)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("syncIssues"));
    auto* conflictsPage = new QWidget(this);
    auto* conflictsLayout = new QVBoxLayout(conflictsPage);
    conflictsLayout->addWidget(makeHint(
        tr("同一处在本机和别的电脑上都改过时，以较晚的修改为准。下面是本机被覆盖的值，它们没有丢失：选中一行，点"
           "“恢复我的值”，这个值就作为您的新修改保存，下次同步时会覆盖总部和其他电脑上的值。双击一行可打开该记录。"),
        conflictsPage));
    m_conflicts = makeTable(
        {tr("时间"), tr("记录类型"), tr("记录"), tr("字段"), tr("被覆盖的值"), tr("采用的值"), tr("来自"), tr("原因")},
        "conflictTable", conflictsPage);
    QHeaderView* header = m_conflicts->horizontalHeader();
    for (int c : {CTime, CKind, CField, CFrom})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CRecord, QHeaderView::Interactive);
    header->resizeSection(CRecord, 190);
    header->setSectionResizeMode(CLost, QHeaderView::Stretch);
    header->setSectionResizeMode(CWon, QHeaderView::Stretch);
    header->setSectionResizeMode(CWhy, QHeaderView::Interactive);
    header->resizeSection(CWhy, 170);
    m_conflictsEmpty = makeHint(tr("没有冲突。两边改了同一处时，本机被覆盖的值会列在这里，可以恢复。"), conflictsPage);
    m_restore = new QPushButton(tr("恢复我的值"), conflictsPage);
    m_restore->setObjectName(QStringLiteral("restoreConflict"));
    m_restore->setToolTip(tr("把选中的被覆盖的值作为新修改保存，下次同步时生效"));
    conflictsLayout->addWidget(m_conflicts, 1);
    conflictsLayout->addWidget(m_conflictsEmpty, 1, Qt::AlignTop);
    conflictsLayout->addWidget(m_restore, 0, Qt::AlignLeft);
    addTab(conflictsPage, QString());

    auto* quarantinePage = new QWidget(this);
    auto* quarantineLayout = new QVBoxLayout(quarantinePage);
    quarantineLayout->addWidget(makeHint(
        tr("下面这些修改没有被总部接收：通常是超出了账号的权限（例如把走访记到了别的组），或者记录的文字太多、超出了"
           "同步上限（本机在上传前就会拦下）。它们不会再上传，也不会耽误其他修改的同步，总部和同事都看不到。超出上限的"
           "，"
           "请缩短长文本后重新保存；其他的如有疑问，请把理由告诉总部管理员。"),
        quarantinePage));
    m_quarantine = makeTable({tr("时间"), tr("内容"), tr("理由")}, "quarantineTable", quarantinePage);
    m_quarantine->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_quarantine->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_quarantine->horizontalHeader()->resizeSection(1, 220);
    m_quarantine->horizontalHeader()->setStretchLastSection(true);
    m_quarantineEmpty = makeHint(tr("没有被总部退回的修改。"), quarantinePage);
    quarantineLayout->addWidget(m_quarantine, 1);
    quarantineLayout->addWidget(m_quarantineEmpty, 1, Qt::AlignTop);
    addTab(quarantinePage, QString());

    connect(m_restore, &QPushButton::clicked, this, &SyncIssuesView::restoreSelected);
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &SyncIssuesView::updateRestoreButton);
    connect(m_conflicts, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        QTableWidgetItem* first = m_conflicts->item(item->row(), 0);
        if (auto kind = kindOf(first->data(TableRole).toString()))
            Q_EMIT openRecord(*kind, first->data(RowRole).toString());
    });
    reload();
}

void SyncIssuesView::reload()
{
    reloadConflicts();
    reloadQuarantine();
}

QString SyncIssuesView::recordTitle(const QString& table, const QString& id) const
{
    if (const KindDecl* kind = RecordKinds::byTable(table); kind && kind->table() == table) {
        if (auto title = RecordStore(m_workspace.db(), *kind).title(id); title.ok())
            return title.value();
    }
    return tr("（记录 %1）").arg(id.left(8)); // a detail row, or a record no longer here
}

void SyncIssuesView::reloadConflicts()
{
    m_conflicts->setRowCount(0);
    m_openConflicts = 0;
    auto list = m_sync.conflicts();
    if (!list.ok()) {
        Q_EMIT failed(list.error().message);
        return;
    }
    QList<QJsonObject> shown;
    for (const QJsonObject& c : list.value()) {
        if (!isBookkeeping(c.value(QStringLiteral("column")).toString()))
            shown << c;
    }
    m_conflicts->setRowCount(int(shown.size()));
    int row = 0;
    for (const QJsonObject& c : std::as_const(shown)) {
        const QString table = c.value(QStringLiteral("table")).toString();
        const QString column = c.value(QStringLiteral("column")).toString();
        const QString rowId = c.value(QStringLiteral("row")).toString();
        const bool reapplied = c.value(QStringLiteral("reapplied")).toBool();
        const bool wholeRow = column == QLatin1String("*");
        const QString lost = SyncText::value(column, c.value(QStringLiteral("lost")).toString());
        const QString won = SyncText::value(column, c.value(QStringLiteral("won")).toString());
        QString why = c.value(QStringLiteral("why")).toString();
        if (reapplied)
            why = tr("%1 · 已恢复我的值").arg(why);
        else
            ++m_openConflicts;
        const qint64 at = c.value(QStringLiteral("at")).toInteger();
        auto* time = cell(shortTime(at), SyncText::absoluteTime(at));
        time->setData(IdRole, c.value(QStringLiteral("id")).toInteger());
        time->setData(TableRole, table);
        time->setData(RowRole, rowId);
        time->setData(RestorableRole, !reapplied && !wholeRow);
        m_conflicts->setItem(row, CTime, time);
        m_conflicts->setItem(row, CKind, cell(SyncText::tableName(table)));
        m_conflicts->setItem(row, CRecord, cell(recordTitle(table, rowId)));
        m_conflicts->setItem(row, CField, cell(SyncText::fieldName(table, column)));
        m_conflicts->setItem(row, CLost, cell(lost));
        m_conflicts->setItem(row, CWon, cell(won));
        m_conflicts->setItem(row, CFrom,
                             cell(tr("设备 %1").arg(c.value(QStringLiteral("won_by")).toString()),
                                  tr("采用的值来自这台设备（设备标识的前 8 位）")));
        m_conflicts->setItem(row, CWhy, cell(why));
        if (reapplied) {
            for (int col = 0; col < CCount; ++col)
                m_conflicts->item(row, col)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        ++row;
    }
    m_conflicts->setVisible(row > 0);
    m_conflictsEmpty->setVisible(row == 0);
    setTabText(0, m_openConflicts > 0 ? tr("冲突（%1）").arg(m_openConflicts) : tr("冲突"));
    updateRestoreButton();
}

void SyncIssuesView::reloadQuarantine()
{
    m_quarantine->setRowCount(0);
    auto list = m_sync.quarantine();
    if (!list.ok()) {
        Q_EMIT failed(list.error().message);
        return;
    }
    m_quarantine->setRowCount(int(list->size()));
    int row = 0;
    for (const QJsonObject& q : list.value()) {
        const qint64 at = q.value(QStringLiteral("at")).toInteger();
        auto* time = cell(shortTime(at), SyncText::absoluteTime(at));
        time->setData(IdRole, q.value(QStringLiteral("id")).toInteger());
        m_quarantine->setItem(row, 0, time);
        m_quarantine->setItem(row, 1, cell(SyncText::quarantineSummary(q.value(QStringLiteral("summary")).toString())));
        m_quarantine->setItem(row, 2, cell(q.value(QStringLiteral("reason")).toString()));
        ++row;
    }
    m_quarantine->setVisible(row > 0);
    m_quarantineEmpty->setVisible(row == 0);
    setTabText(1, row > 0 ? tr("被总部退回（%1）").arg(row) : tr("被总部退回"));
}

void SyncIssuesView::updateRestoreButton()
{
    const int row = m_conflicts->currentRow();
    const bool selected = row >= 0 && !m_conflicts->selectedItems().isEmpty();
    m_restore->setEnabled(selected && m_conflicts->item(row, CTime)->data(RestorableRole).toBool());
}

void SyncIssuesView::restoreSelected()
{
    const int row = m_conflicts->currentRow();
    if (row < 0 || !m_conflicts->item(row, CTime)->data(RestorableRole).toBool())
        return;
    const qint64 id = m_conflicts->item(row, CTime)->data(IdRole).toLongLong();
    const QString record = m_conflicts->item(row, CRecord)->text();
    const QString field = m_conflicts->item(row, CField)->text();
    auto result = m_sync.restoreConflict(id);
    reload();
    if (!result.ok()) {
        Q_EMIT failed(result.error().message);
        return;
    }
    Q_EMIT restored(
        tr("已恢复“%1”的%2。它现在是本机的新修改，下次同步时会覆盖总部和其他电脑上的值。").arg(record, field));
}

} // namespace zs::ui
