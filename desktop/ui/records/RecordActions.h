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

private:
    static QString names(Workspace& workspace, const KindDecl& kind, const QStringList& ids);
};

} // namespace zs::ui
