#include "desktop/ui/WorkspaceView.h"

#include "desktop/ui/DashboardPage.h"
#include "desktop/ui/EmptyStatePage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>

namespace zs::ui {

WorkspaceView::WorkspaceView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(170);
    m_navigation->setFocusPolicy(Qt::StrongFocus);

    struct Area
    {
        QString name;
        QString title;
        QString empty;
    };
    const Area areas[] = {
        {tr("工作台"), {}, {}},
        {tr("客商"), tr("客商名录"),
         tr("全市共享的企业与投资方名录将显示在这里：统一社会信用代码、所属产业链、乡贤企业标记和联系人。")},
        {tr("走访"), tr("走访记录"),
         tr("在广州、深圳、东莞的每一次走访都记在这里：见了谁、谈了什么、下一步何时跟进。")},
        {tr("项目线索"), tr("项目线索"),
         tr("从线索、接洽、考察、在谈到签约、落地、开工、投产、达产，每个项目的进展都在这里跟踪。")},
        {tr("推介活动"), tr("推介活动"), tr("推介会、经贸活动和校园招聘：参会企业、使用的资料和带来的线索。")},
        {tr("资料与宣传册"), tr("资料与宣传册"),
         tr("政策文件、园区介绍和宣传册加密保存在工作区里，离线也能查看和打印。")},
        {tr("同步"), tr("与总部同步"), tr("联网后与市招商总部同步，全市各组的工作汇成一盘棋。")},
    };
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->addItem(areas[i].name);
        if (i == Dashboard)
            m_pages->addWidget(new DashboardPage(workspace, this));
        else
            m_pages->addWidget(new EmptyStatePage(areas[i].title, areas[i].empty, this));
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(static_cast<Page>(i)); });
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    showPage(Dashboard);
}

void WorkspaceView::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

WorkspaceView::Page WorkspaceView::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

} // namespace zs::ui
