#pragma once

#include "desktop/core/io/CsvImport.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// CSV import in two steps: a preview that lists every problem by line and column and every duplicate, then one
// transaction for what can be imported.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Workspace& workspace, CsvImport::Kind kind, QWidget* parent = nullptr);
    // Asks for a file and previews it; false when the user cancelled or the file could not be read at all.
    bool chooseFileAndPreview();
    bool preview(const QByteArray& bytes, const QString& fileName);
    void accept() override;

private:
    Workspace& m_workspace;
    CsvImport::Kind m_kind;
    std::optional<CsvImport::Preview> m_preview;
    QLabel* m_summary;
    QTableWidget* m_issues;
    QPushButton* m_import;
};

} // namespace zs::ui
