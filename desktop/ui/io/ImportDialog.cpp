#include "desktop/ui/io/ImportDialog.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/ui/Style.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zs::ui {

bool ImportDialog::imports(RecordKind kind)
{
    return CsvImport::kindFor(kind).ok() || !RecordKinds::get(kind).exchange.isEmpty();
}

ImportDialog::ImportDialog(Workspace& workspace, RecordKind kind, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_summary(new QLabel(this))
    , m_issues(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("导入%1").arg(RecordKinds::label(RecordKinds::get(kind))));
    resize(760, 480);
    m_summary->setWordWrap(true);
    m_issues->setHorizontalHeaderLabels({tr("行"), tr("列"), tr("说明")});
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("导入"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("confirmImport"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addWidget(
        makeHint(tr("有问题的行和重复的记录不会导入；其余记录在一个事务中写入，失败时不留下任何数据。"), this));
    layout->addWidget(buttons);
}

bool ImportDialog::chooseFileAndPreview()
{
    const QString path =
        QFileDialog::getOpenFileName(parentWidget(), tr("选择 CSV 文件"), QString(), tr("CSV 文件 (*.csv *.txt)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parentWidget(), windowTitle(), tr("无法读取文件：%1").arg(file.errorString()));
        return false;
    }
    return preview(file.readAll(), QFileInfo(path).fileName());
}

bool ImportDialog::preview(const QByteArray& bytes, const QString& fileName)
{
    // What both importers say: the file's encoding and rows, the problems and duplicates left out.
    QString encoding;
    int rows = 0;
    int importable = 0;
    QList<CsvImport::Issue> problems;
    QList<CsvImport::Issue> duplicates;
    const BusyCursor busy;
    // Either importer's preview: kept, and what it says read.
    const auto take = [&](auto result, auto& kept, auto count) {
        if (!result.ok()) {
            QMessageBox::warning(parentWidget(), windowTitle(), result.error().message);
            return false;
        }
        kept = std::move(result.value());
        encoding = kept->encoding;
        rows = kept->rows;
        importable = count(*kept);
        problems = kept->problems;
        duplicates = kept->duplicates;
        return true;
    };
    const bool read = CsvImport::kindFor(m_kind).ok()
                          ? take(CsvImport::preview(m_workspace.db(), CsvImport::kindFor(m_kind).value(), bytes), m_own,
                                 [](const CsvImport::Preview& p) { return p.importable(); })
                          : take(RecordImport::preview(m_workspace.db(), RecordKinds::get(m_kind), bytes), m_records,
                                 [](const RecordImport::Preview& p) { return int(p.records.size()); });
    if (!read)
        return false;
    m_summary->setText(tr("%1（%2）：共 %3 行，可导入 %4 条，有问题 %5 处，重复 %6 条。")
                           .arg(fileName, encoding)
                           .arg(rows)
                           .arg(importable)
                           .arg(problems.size())
                           .arg(duplicates.size()));
    m_issues->setRowCount(0);
    auto addRow = [this](const CsvImport::Issue& issue, const QString& prefix) {
        const int r = m_issues->rowCount();
        m_issues->insertRow(r);
        m_issues->setItem(r, 0, new QTableWidgetItem(QString::number(issue.line)));
        m_issues->setItem(r, 1, new QTableWidgetItem(issue.column));
        m_issues->setItem(r, 2, new QTableWidgetItem(prefix + issue.reason));
    };
    for (const auto& issue : std::as_const(problems))
        addRow(issue, QString());
    for (const auto& issue : std::as_const(duplicates))
        addRow(issue, tr("重复："));
    m_import->setEnabled(importable > 0);
    m_import->setText(tr("导入 %1 条").arg(importable));
    return true;
}

void ImportDialog::accept()
{
    if (!m_own && !m_records)
        return;
    auto written = [&] {
        const BusyCursor busy;
        return m_own ? CsvImport::commit(m_workspace.db(), *m_own) : RecordImport::commit(m_workspace.db(), *m_records);
    }();
    if (!written.ok()) {
        QMessageBox::warning(this, windowTitle(), written.error().message);
        return;
    }
    QMessageBox::information(this, windowTitle(), tr("已导入 %1 条。").arg(written.value()));
    QDialog::accept();
}

} // namespace zs::ui
