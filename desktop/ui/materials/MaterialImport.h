#pragma once

class QWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// Import a PDF or image into the encrypted materials library: pick the file, check it (damaged, password-protected,
// too big, not a PDF: a clear message, nothing stored), describe it, store it once by its SHA-256.
// Returns true when something new was stored.
bool importMaterial(Workspace& workspace, QWidget* parent);

} // namespace zs::ui
