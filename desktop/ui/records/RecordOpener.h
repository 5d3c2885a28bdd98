#pragma once

#include "desktop/core/domain/RecordKind.h"

#include <QString>

class QWidget;

namespace zs {
class SyncController;
class Workspace;
} // namespace zs

namespace zs::ui {

// Opens the form for a record (or a new one when id is empty: a new visit or lead for `companyId` when given, a new
// record of a simple kind for the record `companyId` names: its first reference starts there);
// returns true when something was saved. A material whose file is not here yet is asked of HQ through `sync`.
bool openRecordDialog(Workspace& workspace, SyncController& sync, RecordKind kind, const QString& id, QWidget* parent,
                      const QString& companyId = {});

} // namespace zs::ui
