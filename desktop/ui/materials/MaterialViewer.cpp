#include "desktop/ui/materials/MaterialViewer.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/print/DocumentPrinter.h"
#include "desktop/ui/Style.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfSelection>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace zs::ui {

MaterialViewer::MaterialViewer(Workspace& workspace, const QString& materialId, QWidget* parent)
    : QDialog(parent)
    , m_buffer(new QBuffer(this))
    , m_document(new QPdfDocument(this))
{
    MaterialRepository repo(workspace.db());
    auto material = repo.get(materialId);
    auto bytes = repo.bytes(materialId);
    QString notice;
    if (material.ok()) {
        if (material->superseded)
            notice = tr("注意：这份资料已有新版本，请使用新版本。");
        else if (material->validTo.isValid() && material->validTo < QDate::currentDate())
            notice = tr("注意：这份政策已于 %1 到期。").arg(material->validTo.toString(Qt::ISODate));
    }
    build(material.ok() ? material->title : tr("资料"), notice);
    if (bytes.ok())
        load(bytes.value());
    else
        QMessageBox::warning(this, windowTitle(), bytes.error().message);
}

MaterialViewer::MaterialViewer(const QByteArray& pdf, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_buffer(new QBuffer(this))
    , m_document(new QPdfDocument(this))
{
    build(title, QString());
    load(pdf);
}

MaterialViewer::~MaterialViewer()
{
    m_document->close();
    m_bytes.fill('\0'); // the decrypted bytes do not outlive the viewer
}

bool MaterialViewer::isLoaded() const
{
    return m_document->status() == QPdfDocument::Status::Ready;
}

void MaterialViewer::build(const QString& title, const QString& notice)
{
    m_title = title;
    setWindowTitle(title);
    resize(1100, 820);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_page = new QSpinBox(this);
    m_page->setPrefix(tr("第 "));
    m_page->setSuffix(tr(" 页"));
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("在文档中查找"));
    m_find->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_search = new QPdfSearchModel(this);
    m_search->setDocument(m_document);

    auto* toolbar = new QHBoxLayout;
    auto button = [this, toolbar](const QString& text, auto slot) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        toolbar->addWidget(b);
        return b;
    };
    toolbar->addWidget(m_page);
    button(tr("放大"), [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(m_view->zoomFactor() * 1.25);
    });
    button(tr("缩小"), [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(m_view->zoomFactor() / 1.25);
    });
    button(tr("适合宽度"), [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
    toolbar->addWidget(m_find, 1);
    button(tr("复制本页文字"), &MaterialViewer::copyPageText);
    button(tr("打印预览"), &MaterialViewer::preview);
    button(tr("打印…"), &MaterialViewer::print);
    button(tr("另存副本…"), &MaterialViewer::saveCopy);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 880});
    auto* layout = new QVBoxLayout(this);
    if (!notice.isEmpty()) {
        QLabel* label = makeErrorLabel(this);
        label->setText(notice);
        label->show();
        layout->addWidget(label);
    }
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) { goToPage(page - 1); });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_page);
        m_page->setValue(page + 1);
    });
    connect(m_find, &QLineEdit::returnPressed, this, &MaterialViewer::search);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (QListWidgetItem* item = m_results->item(row))
            goToPage(item->data(Qt::UserRole).toInt());
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_find, qOverload<>(&QWidget::setFocus));
}

void MaterialViewer::load(const QByteArray& bytes)
{
    m_bytes = bytes;
    m_buffer->setData(m_bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    m_page->setRange(1, qMax(1, m_document->pageCount()));
    m_results->clear();
    for (int p = 0; p < m_document->pageCount(); ++p) {
        auto* item = new QListWidgetItem(tr("第 %1 页").arg(p + 1), m_results);
        item->setData(Qt::UserRole, p);
    }
    if (!isLoaded())
        QMessageBox::warning(this, windowTitle(), tr("这份资料无法打开：文件可能已损坏。"));
}

void MaterialViewer::goToPage(int page)
{
    if (page >= 0 && page < m_document->pageCount())
        m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
}

void MaterialViewer::search()
{
    const QString text = m_find->text().trimmed();
    m_results->clear();
    if (text.isEmpty()) {
        load(m_bytes);
        return;
    }
    // Pages whose text holds the phrase (QtPdf 6.4 has no hit highlighting in QPdfView).
    int found = 0;
    for (int p = 0; p < m_document->pageCount(); ++p) {
        const QString pageText = m_document->getAllText(p).text().normalized(QString::NormalizationForm_KC);
        const int at = static_cast<int>(pageText.indexOf(text.normalized(QString::NormalizationForm_KC)));
        if (at < 0)
            continue;
        auto* item = new QListWidgetItem(
            tr("第 %1 页：…%2…").arg(p + 1).arg(pageText.mid(qMax(0, at - 8), 24).simplified()), m_results);
        item->setData(Qt::UserRole, p);
        ++found;
    }
    if (found == 0)
        m_results->addItem(tr("没有找到「%1」").arg(text));
    else
        m_results->setCurrentRow(0);
}

void MaterialViewer::copyPageText()
{
    const int page = m_view->pageNavigator()->currentPage();
    QApplication::clipboard()->setText(m_document->getAllText(page).text().normalized(QString::NormalizationForm_KC));
}

void MaterialViewer::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_title);
    QPrintDialog dialog(&printer, this);
    dialog.setMinMax(1, qMax(1, m_document->pageCount()));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto printed = DocumentPrinter::print(m_bytes, printer);
    if (!printed.ok())
        QMessageBox::warning(this, tr("打印"), printed.error().message);
}

void MaterialViewer::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { (void)DocumentPrinter::print(m_bytes, *target); });
    dialog.exec();
}

void MaterialViewer::saveCopy()
{
    if (QMessageBox::question(this, tr("另存副本"),
                              tr("副本将以未加密的形式保存在所选位置，任何人拿到该文件都能打开。确定要保存吗？")) !=
        QMessageBox::Yes)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("另存副本"), m_title + QStringLiteral(".pdf"), tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit())
        QMessageBox::warning(this, tr("另存副本"), tr("无法写入文件：%1").arg(file.errorString()));
}

} // namespace zs::ui
