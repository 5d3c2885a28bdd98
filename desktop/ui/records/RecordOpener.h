#pragma once

#include "desktop/core/domain/RecordKind.h"

#include <QString>

class QWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// Opens the form for a record (or a new one when id is empty); returns true when something was saved.
bool openRecordDialog(Workspace& workspace, RecordKind kind, const QString& id, QWidget* parent);

} // namespace zs::ui
