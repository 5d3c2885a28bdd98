#pragma once

#include "desktop/core/domain/RecordKind.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace zs {
class Workspace;
struct KindDecl;
} // namespace zs

namespace zs::ui {

class UndoBar;

// What a list's context menu and the Delete key do with the selected records: ask, run the core use case
// (RecordRemoval, RecordMerge), and offer the undo in the bar. True when records changed (the pages reload).
class RecordActions
{
    Q_DECLARE_TR_FUNCTIONS(RecordActions)

public:
    static bool remove(Workspace& workspace, RecordKind kind, const QStringList& ids, UndoBar& undo, QWidget* parent);
    static bool merge(Workspace& workspace, RecordKind kind, const QStringList& ids, UndoBar& undo, QWidget* parent);
    // From a record's page: the officer picks the other record (similar names first), then the merge dialog.
    static bool mergeWithChosen(Workspace& workspace, RecordKind kind, const QString& id, UndoBar& undo,
                                QWidget* parent);
    // Leads moved to a stage (a reason asked when the stage rules want one), or handed to an officer.
    static bool moveLeads(Workspace& workspace, const QStringList& ids, const QString& stage, QWidget* parent);
    static bool assignLeads(Workspace& workspace, const QStringList& ids, QWidget* parent);

private:
    static QString names(Workspace& workspace, const KindDecl& kind, const QStringList& ids);
};

} // namespace zs::ui
