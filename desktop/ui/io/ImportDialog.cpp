#include "desktop/ui/io/ImportDialog.h"

#include "desktop/core/Workspace.h"
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

ImportDialog::ImportDialog(Workspace& workspace, CsvImport::Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_summary(new QLabel(this))
    , m_issues(new QTableWidget(0, 3, this))
{
    setWindowTitle(kind == CsvImport::Kind::Companies  ? tr("导入客商")
                   : kind == CsvImport::Kind::Contacts ? tr("导入联系人")
                                                       : tr("导入走访"));
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
    auto result = [&] {
        const BusyCursor busy;
        return CsvImport::preview(m_workspace.db(), m_kind, bytes);
    }();
    if (!result.ok()) {
        QMessageBox::warning(parentWidget(), windowTitle(), result.error().message);
        return false;
    }
    m_preview = std::move(result.value());
    const CsvImport::Preview& p = *m_preview;
    m_summary->setText(tr("%1（%2）：共 %3 行，可导入 %4 条，有问题 %5 处，重复 %6 条。")
                           .arg(fileName, p.encoding)
                           .arg(p.rows)
                           .arg(p.importable())
                           .arg(p.problems.size())
                           .arg(p.duplicates.size()));
    m_issues->setRowCount(0);
    auto addRow = [this](const CsvImport::Issue& issue, const QString& prefix) {
        const int r = m_issues->rowCount();
        m_issues->insertRow(r);
        m_issues->setItem(r, 0, new QTableWidgetItem(QString::number(issue.line)));
        m_issues->setItem(r, 1, new QTableWidgetItem(issue.column));
        m_issues->setItem(r, 2, new QTableWidgetItem(prefix + issue.reason));
    };
    for (const auto& issue : p.problems)
        addRow(issue, QString());
    for (const auto& issue : p.duplicates)
        addRow(issue, tr("重复："));
    m_import->setEnabled(p.importable() > 0);
    m_import->setText(tr("导入 %1 条").arg(p.importable()));
    return true;
}

void ImportDialog::accept()
{
    if (!m_preview)
        return;
    auto written = [&] {
        const BusyCursor busy;
        return CsvImport::commit(m_workspace.db(), *m_preview);
    }();
    if (!written.ok()) {
        QMessageBox::warning(this, windowTitle(), written.error().message);
        return;
    }
    QMessageBox::information(this, windowTitle(), tr("已导入 %1 条。").arg(written.value()));
    QDialog::accept();
}

} // namespace zs::ui
