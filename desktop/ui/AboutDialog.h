#pragma once

class QWidget;

namespace zs::ui {

// The about box: what this is, and the versions of the app, Qt and SQLCipher.
void showAboutDialog(QWidget* parent);

} // namespace zs::ui
