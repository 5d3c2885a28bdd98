#pragma once

class QApplication;
class QLabel;
class QString;
class QWidget;

namespace zs::ui {

// One place for the look: CJK-capable font, the palette accents, and small helpers for recurring labels.
// `fontScale`: the text size in percent of the standard (AppSettings::fontScale); applied again when it changes.
void applyApplicationStyle(QApplication& app, int fontScale = 100);
QLabel* makeTitle(const QString& text, QWidget* parent);
QLabel* makeHint(const QString& text, QWidget* parent);
QLabel* makeErrorLabel(QWidget* parent);

// The wait cursor while work the officer waits for runs on the UI thread (print preview, export, import, a brochure).
class BusyCursor
{
public:
    BusyCursor();
    ~BusyCursor();
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace zs::ui
