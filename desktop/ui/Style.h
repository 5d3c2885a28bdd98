#pragma once

class QApplication;
class QLabel;
class QString;
class QWidget;

namespace zs::ui {

// One place for the look: CJK-capable font, the palette accents, and small helpers for recurring labels.
void applyApplicationStyle(QApplication& app);
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
