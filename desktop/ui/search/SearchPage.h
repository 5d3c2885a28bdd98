#pragma once

#include "desktop/core/domain/RecordKind.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// Results of the global search: every kind of record, ranked, the matching characters in bold.
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPage(Workspace& workspace, QWidget* parent = nullptr);
    void search(const QString& query);
    QListWidget* results() const { return m_results; }

Q_SIGNALS:
    void openRecord(zs::RecordKind kind, const QString& id);

private:
    Workspace& m_workspace;
    QLabel* m_heading;
    QListWidget* m_results;
};

} // namespace zs::ui
