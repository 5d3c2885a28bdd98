#pragma once

#include "desktop/core/domain/RecordKind.h"

#include <QTabWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace zs {
class SyncController;
class Workspace;
} // namespace zs

namespace zs::ui {

// What sync could not settle on its own, in two tabs: 冲突 (values of this computer that a later edit elsewhere
// replaced, each restorable) and 被总部退回 (local changes HQ refused, with HQ's reason). Nothing is dropped silently.
class SyncIssuesView : public QTabWidget
{
    Q_OBJECT

public:
    SyncIssuesView(Workspace& workspace, SyncController& sync, QWidget* parent = nullptr);

    QTableWidget* conflicts() const { return m_conflicts; }
    QTableWidget* quarantine() const { return m_quarantine; }
    int openConflicts() const { return m_openConflicts; }

public Q_SLOTS:
    void reload();
    // Re-applies the selected lost value as a new local edit (it wins at the next sync).
    void restoreSelected();

Q_SIGNALS:
    void restored(const QString& message);
    void failed(const QString& message);
    void openRecord(zs::RecordKind kind, const QString& id);

private:
    void reloadConflicts();
    void reloadQuarantine();
    void updateRestoreButton();
    QString recordTitle(const QString& table, const QString& id) const;

    Workspace& m_workspace;
    SyncController& m_sync;
    QTableWidget* m_conflicts;
    QPushButton* m_restore;
    QLabel* m_conflictsEmpty;
    QTableWidget* m_quarantine;
    QLabel* m_quarantineEmpty;
    int m_openConflicts = 0;
};

} // namespace zs::ui
