#pragma once

#include "desktop/core/chains/ChainMap.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// 产业链图谱 (policy paper 三(一)(三) 补链强链): every chain with its links from upstream to downstream, each 已覆盖,
// 薄弱 or 空白 in the watch's colours with its reason, and the local enterprises, landed projects and leads behind
// it (counts, the names on hover); a summary of the gaps to fill and the links to strengthen.
class ChainMapPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChainMapPage(Workspace& workspace, QWidget* parent = nullptr);
    QTreeWidget* tree() const { return m_tree; }
    QLabel* summary() const { return m_summary; }

public Q_SLOTS:
    void reload();

private:
    Workspace& m_workspace;
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace zs::ui
