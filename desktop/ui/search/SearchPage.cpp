#include "desktop/ui/search/SearchPage.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/search/SearchService.h"
#include "desktop/ui/Style.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
QString kindName(RecordKind kind)
{
    return RecordKinds::shortLabel(RecordKinds::get(kind));
}

// Escapes the text, then turns the match markers into bold.
QString highlighted(const QString& marked)
{
    return marked.toHtmlEscaped()
        .replace(SearchService::kMatchStart, QStringLiteral("<b style=\"color:#b3261e\">"))
        .replace(SearchService::kMatchEnd, QStringLiteral("</b>"));
}
} // namespace

SearchPage::SearchPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_heading(makeTitle(tr("搜索"), this))
    , m_results(new QListWidget(this))
{
    m_results->setObjectName(QStringLiteral("searchResults"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_results, 1);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openRecord(static_cast<RecordKind>(item->data(Qt::UserRole + 1).toInt()),
                          item->data(Qt::UserRole).toString());
    });
}

void SearchPage::search(const QString& query)
{
    m_results->clear();
    if (query.trimmed().isEmpty()) {
        m_heading->setText(tr("搜索"));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto hits = SearchService(m_workspace.db()).search(query, 100); // kLimit
    if (!hits.ok()) {
        m_heading->setText(hits.error().message);
        return;
    }
    constexpr int kLimit = 100;
    if (hits->isEmpty())
        m_heading->setText(tr("没有找到「%1」").arg(query));
    else if (hits->size() >= kLimit)
        m_heading->setText(tr("「%1」：最相关的 %2 条（%3 毫秒）。加一个词可以缩小范围。")
                               .arg(query)
                               .arg(kLimit)
                               .arg(timer.elapsed()));
    else
        m_heading->setText(tr("「%1」：%2 条结果（%3 毫秒）").arg(query).arg(hits->size()).arg(timer.elapsed()));
    for (const SearchHit& hit : hits.value()) {
        auto* item = new QListWidgetItem(m_results);
        item->setData(Qt::UserRole, hit.id);
        item->setData(Qt::UserRole + 1, static_cast<int>(hit.kind));
        // Plain text for accessibility and tests; the label shows the highlighted form.
        item->setText(QString(hit.title).remove(SearchService::kMatchStart).remove(SearchService::kMatchEnd));
        auto* label = new QLabel(
            QStringLiteral("<span style=\"color:#5b6b7a\">[%1]</span> %2 "
                           "<span style=\"color:#5b6b7a\">%3</span><br><small>%4</small>")
                .arg(kindName(hit.kind), highlighted(hit.title), hit.context.toHtmlEscaped(), highlighted(hit.snippet)),
            m_results);
        label->setTextFormat(Qt::RichText);
        label->setContentsMargins(6, 4, 6, 4);
        item->setSizeHint(label->sizeHint());
        item->setForeground(Qt::transparent);
        m_results->setItemWidget(item, label);
    }
}

} // namespace zs::ui
