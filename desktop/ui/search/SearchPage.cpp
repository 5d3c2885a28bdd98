#include "desktop/ui/search/SearchPage.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/ui/Style.h"

#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>
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

constexpr int kAllKinds = -1;
} // namespace

SearchPage::SearchPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_heading(makeTitle(tr("搜索"), this))
    , m_kinds(new QTabBar(this))
    , m_results(new QListWidget(this))
    , m_more(new QPushButton(tr("显示更多"), this))
{
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_kinds->setObjectName(QStringLiteral("searchKinds"));
    m_kinds->setExpanding(false);
    m_kinds->setDrawBase(false);
    m_more->setObjectName(QStringLiteral("searchMore"));
    m_more->setAutoDefault(false);
    m_more->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_kinds);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openRecord(static_cast<RecordKind>(item->data(Qt::UserRole + 1).toInt()),
                          item->data(Qt::UserRole).toString());
    });
    connect(m_kinds, &QTabBar::currentChanged, this, [this] { show(); });
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_limit += kPage;
        run();
    });
}

void SearchPage::search(const QString& query)
{
    m_query = query.trimmed();
    m_limit = kPage;
    run();
}

void SearchPage::run()
{
    m_hits.clear();
    if (!m_query.isEmpty()) {
        auto hits = SearchService(m_workspace.db()).search(m_query, m_limit);
        if (!hits.ok()) {
            m_heading->setText(hits.error().message);
            return;
        }
        m_hits = hits.value();
        // Every match counted, not only the best shown (a count that cannot be read leaves the shown ones').
        auto counts = SearchService(m_workspace.db()).counts(m_query);
        m_counts = counts.ok() ? counts.value() : QMap<RecordKind, qint64>{};
    }
    // One tab for all, one per kind found, each with its count; the chosen kind stays chosen.
    const int chosen = m_kinds->count() > 0 ? m_kinds->tabData(m_kinds->currentIndex()).toInt() : kAllKinds;
    QSignalBlocker block(m_kinds);
    while (m_kinds->count() > 0)
        m_kinds->removeTab(0);
    if (!m_hits.isEmpty()) {
        m_kinds->addTab(tr("全部（%1）").arg(QLocale().toString(totalCount())));
        m_kinds->setTabData(0, kAllKinds);
        for (const KindDecl& kind : RecordKinds::all()) {
            const qint64 shown =
                std::count_if(m_hits.begin(), m_hits.end(), [&](const SearchHit& h) { return h.kind == kind.kind; });
            const qint64 n = qMax(shown, m_counts.value(kind.kind));
            if (n == 0)
                continue;
            const int tab = m_kinds->addTab(tr("%1（%2）").arg(RecordKinds::shortLabel(kind), QLocale().toString(n)));
            m_kinds->setTabData(tab, static_cast<int>(kind.kind));
            if (static_cast<int>(kind.kind) == chosen)
                m_kinds->setCurrentIndex(tab);
        }
    }
    m_kinds->setVisible(m_kinds->count() > 2); // one kind only: nothing to narrow
    show();
}

void SearchPage::show()
{
    m_results->clear();
    if (m_query.isEmpty()) {
        m_heading->setText(tr("搜索"));
        m_more->hide();
        return;
    }
    const bool full = m_hits.size() >= m_limit; // there may be more
    if (m_hits.isEmpty())
        m_heading->setText(tr("没有找到「%1」").arg(m_query));
    else if (full)
        m_heading->setText(tr("「%1」：共 %2 条，显示最相关的 %3 条。加一个词可以缩小范围。")
                               .arg(m_query, QLocale().toString(totalCount()))
                               .arg(m_hits.size()));
    else
        m_heading->setText(tr("「%1」：%2 条结果").arg(m_query).arg(m_hits.size()));
    m_more->setVisible(full);
    const int kind = m_kinds->count() > 0 ? m_kinds->tabData(m_kinds->currentIndex()).toInt() : kAllKinds;
    for (const SearchHit& hit : std::as_const(m_hits)) {
        if (kind != kAllKinds && static_cast<int>(hit.kind) != kind)
            continue;
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

qint64 SearchPage::totalCount() const
{
    qint64 total = 0;
    for (qint64 n : m_counts)
        total += n;
    return qMax<qint64>(total, m_hits.size());
}

void SearchPage::focusResults()
{
    if (m_results->count() == 0)
        return;
    m_results->setFocus();
    if (m_results->currentRow() < 0)
        m_results->setCurrentRow(0);
}

} // namespace zs::ui
