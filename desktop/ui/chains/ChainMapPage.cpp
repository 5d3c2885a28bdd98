#include "desktop/ui/chains/ChainMapPage.h"

#include "desktop/core/Workspace.h"
#include "desktop/ui/Style.h"
#include "desktop/ui/agreements/WatchPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
enum Column
{
    Link,
    Position,
    State,
    Enterprises,
    Landed,
    Leads,
    Reason,
    Columns
};

QString positionName(const QString& position)
{
    return position == QLatin1String("upstream")     ? ChainMapPage::tr("上游")
           : position == QLatin1String("midstream")  ? ChainMapPage::tr("中游")
           : position == QLatin1String("downstream") ? ChainMapPage::tr("下游")
                                                     : position;
}

QColor stateColor(ChainMap::State state)
{
    return WatchPage::stateColor(state == ChainMap::State::Covered ? WatchState::Ok
                                 : state == ChainMap::State::Weak  ? WatchState::Approaching
                                                                   : WatchState::Triggered);
}
} // namespace

ChainMapPage::ChainMapPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(makeHint(QString(), this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("chainMapPage"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("chainMap"));
    m_tree->setColumnCount(Columns);
    m_tree->setHeaderLabels(
        {tr("产业链 / 环节"), tr("位置"), tr("状态"), tr("本地企业"), tr("落地项目"), tr("在谈线索"), tr("说明")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addWidget(makeTitle(tr("产业链图谱"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    reload();
}

void ChainMapPage::reload()
{
    m_tree->clear();
    auto map = ChainMap::read(m_workspace.db());
    if (!map.ok()) {
        m_summary->setText(map.error().message);
        return;
    }
    QTreeWidgetItem* chain = nullptr;
    QString chainCode;
    int covered = 0;
    int weak = 0;
    int empty = 0;
    const auto names = [](const QStringList& list) {
        return list.isEmpty() ? QString()
                              : list.mid(0, 20).join(QLatin1Char('\n')) +
                                    (list.size() > 20 ? tr("\n……共 %1 个").arg(list.size()) : QString());
    };
    for (const ChainMap::Link& l : std::as_const(map.value())) {
        if (l.chain != chainCode) {
            chainCode = l.chain;
            chain = new QTreeWidgetItem(m_tree, {l.chainName});
            QFont bold = chain->font(Link);
            bold.setBold(true);
            chain->setFont(Link, bold);
            chain->setFirstColumnSpanned(true);
        }
        auto* item =
            new QTreeWidgetItem(chain, {l.name, positionName(l.position), ChainMap::stateName(l.state),
                                        QString::number(l.enterprises.size()), QString::number(l.landed.size()),
                                        QString::number(l.leads.size()), l.reason});
        item->setForeground(State, stateColor(l.state));
        item->setToolTip(Enterprises, names(l.enterprises));
        item->setToolTip(Landed, names(l.landed));
        item->setToolTip(Leads, names(l.leads));
        item->setToolTip(Reason, l.reason);
        for (int c : {Enterprises, Landed, Leads})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        ++(l.state == ChainMap::State::Covered ? covered : l.state == ChainMap::State::Weak ? weak : empty);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(Link);
    for (int c = Position; c < Reason; ++c)
        m_tree->resizeColumnToContents(c);
    m_summary->setText(tr("%1 个环节：已覆盖 %2，薄弱 %3（需强链），空白 %4（需补链）。本地企业指总部在韶关的客商；"
                          "已覆盖需本地企业和落地项目合计至少 %5 个（seeds/chain_map.json）。")
                           .arg(map->size())
                           .arg(covered)
                           .arg(weak)
                           .arg(empty)
                           .arg(ChainMap::Settings::bundled().coveredMin));
}

} // namespace zs::ui
