#pragma once

#include "desktop/core/domain/RecordKind.h"
#include "desktop/core/io/CsvImport.h"
#include "desktop/core/io/RecordImport.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// CSV import of a record kind in two steps: a preview that lists every problem by line and column and every
// duplicate, then one transaction for what can be imported. Companies, contacts and visits go through their own
// importer (CsvImport: rules of their own); any other kind that declares exchange columns through RecordImport.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Workspace& workspace, RecordKind kind, QWidget* parent = nullptr);
    // Whether the kind imports at all (a list offers 导入 CSV… for it).
    static bool imports(RecordKind kind);
    // Asks for a file and previews it; false when the user cancelled or the file could not be read at all.
    bool chooseFileAndPreview();
    bool preview(const QByteArray& bytes, const QString& fileName);
    void accept() override;

private:
    Workspace& m_workspace;
    RecordKind m_kind;
    std::optional<CsvImport::Preview> m_own;        // companies, contacts, visits
    std::optional<RecordImport::Preview> m_records; // the other kinds
    QLabel* m_summary;
    QTableWidget* m_issues;
    QPushButton* m_import;
};

} // namespace zs::ui
