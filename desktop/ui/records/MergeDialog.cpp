#include "desktop/ui/records/MergeDialog.h"

#include "desktop/core/Workspace.h"
#include "desktop/ui/Style.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
// 走访 1 条、联系人 2 条 (nothing: 没有其他记录指向它).
QString movesText(const RecordMerge::Plan& plan)
{
    QStringList parts;
    for (const auto& m : plan.moves)
        parts << MergeDialog::tr("%1 %2 条").arg(m.label).arg(m.rows);
    return parts.isEmpty() ? MergeDialog::tr("没有其他记录指向它") : parts.join(MergeDialog::tr("、"));
}
} // namespace

MergeDialog::MergeDialog(Workspace& workspace, const KindDecl& kind, const QString& first, const QString& second,
                         QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_table(new QTableWidget(this))
    , m_effect(new QLabel(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("合并重复%1").arg(RecordKinds::label(kind)));
    resize(860, 620);
    RecordMerge merges(workspace.db());
    for (int side = 0; side < 2; ++side) {
        auto plan = side == 0 ? merges.plan(kind, first, second) : merges.plan(kind, second, first);
        if (plan.ok())
            m_plans[side] = std::move(plan.value());
        else
            m_loadError = plan.error().message;
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle(windowTitle(), this));
    layout->addWidget(makeHint(tr("选择要保留的一条。另一条的走访、联系人、项目线索等都会移到保留的记录上，"
                                  "保留的记录缺少的信息由另一条补全，另一条标记为已删除。合并后可以撤销，"
                                  "其他电脑同步后也会跟着合并。"),
                               this));
    auto* choose = new QHBoxLayout;
    auto* group = new QButtonGroup(this);
    for (int side = 0; side < 2; ++side) {
        auto* button = new QRadioButton(this);
        button->setObjectName(side == 0 ? QStringLiteral("keepFirst") : QStringLiteral("keepSecond"));
        group->addButton(button, side);
        m_keepButtons[side] = button;
        choose->addWidget(button, 1);
    }
    layout->addLayout(choose);
    m_table->setObjectName(QStringLiteral("mergeFields"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("字段"), tr("记录一"), tr("记录二"), tr("合并后")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_effect->setObjectName(QStringLiteral("mergeEffect"));
    m_effect->setWordWrap(true);
    m_effect->setProperty("notice", QStringLiteral("info"));
    layout->addWidget(m_effect);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* mergeButton = buttons->addButton(tr("合并"), QDialogButtonBox::AcceptRole);
    mergeButton->setObjectName(QStringLiteral("save")); // what the screenshot hook clicks to submit
    mergeButton->setDefault(true);
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    layout->addWidget(buttons);

    if (!isValid()) {
        m_error->setText(m_loadError);
        mergeButton->setEnabled(false);
        return;
    }
    // The record more of the city's work hangs on stays by default: fewer rows move.
    m_keep = m_plans[1]->rows() < m_plans[0]->rows() ? 1 : 0;
    for (int side = 0; side < 2; ++side) {
        // Side s stays in plan s; its own rows are what the other plan would move.
        const RecordMerge::Plan& staying = *m_plans[side];
        m_keepButtons[side]->setText(
            tr("保留%1「%2」\n名下：%3")
                .arg(side == 0 ? tr("记录一") : tr("记录二"), staying.survivorTitle, movesText(*m_plans[1 - side])));
    }
    connect(group, &QButtonGroup::idClicked, this, &MergeDialog::keep);
    m_keepButtons[m_keep]->setChecked(true);
    showPlan();
}

void MergeDialog::keep(int side)
{
    if (!isValid() || side < 0 || side > 1)
        return;
    m_keep = side;
    m_keepButtons[side]->setChecked(true);
    showPlan();
}

void MergeDialog::showPlan()
{
    // The table's columns stay 记录一, 记录二 whichever stays; only 合并后 follows the choice.
    const RecordMerge::Plan& firstKept = *m_plans[0];
    const RecordMerge::Plan& chosen = plan();
    m_table->setRowCount(int(firstKept.fields.size()));
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int row = 0; row < firstKept.fields.size(); ++row) {
        const RecordMerge::Plan::Field& f = firstKept.fields[row];
        const RecordMerge::Plan::Field& c = chosen.fields[row];
        const QString none = tr("（空）");
        const auto item = [&](const QString& text) {
            auto* cell = new QTableWidgetItem(text.isEmpty() ? none : text);
            if (text.isEmpty())
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            return cell;
        };
        m_table->setItem(row, 0, new QTableWidgetItem(f.label));
        m_table->setItem(row, 1, item(f.survivor));
        m_table->setItem(row, 2, item(f.merged));
        QTableWidgetItem* after = item(c.after);
        if (c.filled) {
            after->setFont(bold);
            after->setToolTip(tr("由另一条补全"));
        }
        m_table->setItem(row, 3, after);
        if (f.survivor != f.merged)
            for (int column = 1; column < 3; ++column)
                m_table->item(row, column)->setBackground(QColor(0xff, 0xf4, 0xd6));
    }
    m_table->resizeRowsToContents();
    QString effect =
        tr("「%1」名下的%2将移到「%3」上").arg(chosen.mergedTitle, movesText(chosen), chosen.survivorTitle);
    if (chosen.moves.isEmpty())
        effect = tr("「%1」没有走访、联系人或线索需要移动").arg(chosen.mergedTitle);
    if (!chosen.filled.isEmpty())
        effect += tr("；补全%1").arg(chosen.filled.join(tr("、")));
    effect += tr("；「%1」标记为已删除。").arg(chosen.mergedTitle);
    m_effect->setText(effect);
}

QString MergeDialog::summary() const
{
    return isValid() ? tr("已把「%1」合并到「%2」（移动 %3 条记录）。")
                           .arg(plan().mergedTitle, plan().survivorTitle)
                           .arg(plan().rows())
                     : QString();
}

void MergeDialog::accept()
{
    if (!isValid())
        return;
    const BusyCursor busy;
    auto merged = RecordMerge(m_workspace.db()).merge(m_kind, plan().survivorId, plan().mergedId);
    if (!merged.ok()) {
        m_error->setText(merged.error().message);
        return;
    }
    m_mergeId = merged.value();
    QDialog::accept();
}

} // namespace zs::ui
