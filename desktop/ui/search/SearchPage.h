#pragma once

#include "desktop/core/domain/RecordKind.h"
#include "desktop/core/search/SearchService.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabBar;

namespace zs {
class Workspace;
}

namespace zs::ui {

// Results of the global search: every kind of record, ranked, the matching characters in bold. A tab per kind found
// (with its count) narrows them; "显示更多" reads further than the first hundred; from the search box, ↓ goes into
// the results and Enter opens one.
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPage = 100;

    explicit SearchPage(Workspace& workspace, QWidget* parent = nullptr);
    void search(const QString& query);
    QListWidget* results() const { return m_results; }
    QTabBar* kinds() const { return m_kinds; }
    // Into the results from the search box: the first one selected.
    void focusResults();

Q_SIGNALS:
    void openRecord(zs::RecordKind kind, const QString& id);

private:
    void run();
    void show();
    qint64 totalCount() const;

    Workspace& m_workspace;
    QLabel* m_heading;
    QTabBar* m_kinds;
    QListWidget* m_results;
    QPushButton* m_more;
    QString m_query;
    int m_limit = kPage;
    QList<SearchHit> m_hits;
    QMap<RecordKind, qint64> m_counts; // every match, by kind
};

} // namespace zs::ui
