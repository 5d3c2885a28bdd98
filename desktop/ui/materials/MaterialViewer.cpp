#include "desktop/ui/materials/MaterialViewer.h"

#include "desktop/core/AppSettings.h"

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
#include <QPdfLink>
#include <QPdfView>
#include <QPainter>
#include <QScreen>
#include <QScrollBar>
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

namespace {
// QPdfView (Qt 6.4) with the matches of a search painted over the pages. Qt 6.4's view cannot highlight; its page
// layout is fixed and documented by its behaviour (pages stacked, documentMargins around, pageSpacing between,
// centred, sized by zoom at the screen's logical dpi), and pageGeometry() reproduces it from the public properties.
class HighlightingPdfView : public QPdfView
{
public:
    using QPdfView::QPdfView;

    void setMatches(QHash<int, QList<QRectF>> matches, int currentPage)
    {
        m_matches = std::move(matches);
        m_currentPage = currentPage;
        viewport()->update();
    }
    const QHash<int, QList<QRectF>>& matches() const { return m_matches; }

    // Where a page is drawn, in viewport coordinates (MultiPage mode).
    QRect pageGeometry(int page) const
    {
        if (!document() || page < 0 || page >= document()->pageCount())
            return {};
        const qreal dpi = screen() ? screen()->logicalDotsPerInch() / 72.0 : 96.0 / 72.0;
        const QMargins m = documentMargins();
        const auto sizeOf = [&](int p) {
            QSize size;
            if (zoomMode() == ZoomMode::FitToWidth) {
                size = QSizeF(document()->pagePointSize(p) * dpi).toSize();
                size *= qreal(viewport()->width() - m.left() - m.right()) / qreal(size.width());
            } else if (zoomMode() == ZoomMode::FitInView) {
                const QSize room = viewport()->size() + QSize(-m.left() - m.right(), -pageSpacing());
                size = QSizeF(document()->pagePointSize(p) * dpi).toSize().scaled(room, Qt::KeepAspectRatio);
            } else {
                size = QSizeF(document()->pagePointSize(p) * dpi * zoomFactor()).toSize();
            }
            return size;
        };
        int totalWidth = 0;
        for (int p = 0; p < document()->pageCount(); ++p)
            totalWidth = qMax(totalWidth, sizeOf(p).width());
        totalWidth += m.left() + m.right();
        int y = m.top();
        for (int p = 0; p < page; ++p)
            y += sizeOf(p).height() + pageSpacing();
        const QSize size = sizeOf(page);
        const int x = (qMax(totalWidth, viewport()->width()) - size.width()) / 2;
        return QRect(QPoint(x, y), size).translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QPdfView::paintEvent(event);
        if (m_matches.isEmpty() || pageMode() != PageMode::MultiPage)
            return;
        QPainter painter(viewport());
        for (auto it = m_matches.cbegin(); it != m_matches.cend(); ++it) {
            const QRect page = pageGeometry(it.key());
            if (!page.intersects(viewport()->rect()))
                continue;
            const QSizeF points = document()->pagePointSize(it.key());
            const qreal scale = points.width() > 0 ? page.width() / points.width() : 1;
            const QColor fill = it.key() == m_currentPage ? QColor(255, 170, 0, 110) : QColor(255, 221, 0, 90);
            for (const QRectF& r : it.value()) {
                painter.fillRect(QRectF(page.topLeft() + r.topLeft() * scale, r.size() * scale).adjusted(-1, -1, 1, 1),
                                 fill);
            }
        }
    }

private:
    QHash<int, QList<QRectF>> m_matches;
    int m_currentPage = -1;
};
} // namespace

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
    m_view = new HighlightingPdfView(this);
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
    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("pageList"));
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("findResults"));
    m_resultsTitle = new QLabel(this);
    m_search = new QPdfSearchModel(this);
    m_search->setDocument(m_document);

    auto* toolbar = new QHBoxLayout;
    auto button = [this, toolbar](const QString& text, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setAutoDefault(false); // Enter in the find box finds; it never presses 放大
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

    // The pages stay listed; a search's matches are listed under them, each page with its count.
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_pages, 2);
    sideLayout->addWidget(m_resultsTitle);
    sideLayout->addWidget(m_results, 3);
    m_resultsTitle->hide();
    m_results->hide();
    auto* splitter = new QSplitter(this);
    splitter->addWidget(side);
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
    for (QListWidget* list : {m_pages, m_results}) {
        connect(list, &QListWidget::currentRowChanged, this, [this, list](int row) {
            if (QListWidgetItem* item = row < 0 ? nullptr : list->item(row))
                goToPage(item->data(Qt::UserRole).toInt());
        });
    }
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
    m_pages->clear();
    for (int p = 0; p < m_document->pageCount(); ++p) {
        auto* item = new QListWidgetItem(tr("第 %1 页").arg(p + 1), m_pages);
        item->setData(Qt::UserRole, p);
    }
    if (!isLoaded())
        QMessageBox::warning(this, windowTitle(), tr("这份资料无法打开：文件可能已损坏。"));
}

QHash<int, QList<QRectF>> MaterialViewer::matches() const
{
    return static_cast<HighlightingPdfView*>(m_view)->matches();
}

QRect MaterialViewer::pageGeometry(int page) const
{
    return static_cast<HighlightingPdfView*>(m_view)->pageGeometry(page);
}

void MaterialViewer::goToPage(int page)
{
    if (page >= 0 && page < m_document->pageCount())
        m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
}

void MaterialViewer::search()
{
    const QString text = m_find->text().trimmed();
    auto* view = static_cast<HighlightingPdfView*>(m_view);
    m_results->clear();
    m_search->setSearchString(text);
    if (text.isEmpty()) {
        m_results->hide();
        m_resultsTitle->hide();
        view->setMatches({}, -1);
        return;
    }
    // The match rectangles come from QtPdf's search; the list also finds text a foreign PDF stores as radicals
    // (⼴ for 广), compared after NFKC.
    QHash<int, QList<QRectF>> matches;
    const QString wanted = text.normalized(QString::NormalizationForm_KC);
    int found = 0;
    for (int p = 0; p < m_document->pageCount(); ++p) {
        QList<QRectF> rects;
        for (const QPdfLink& link : m_search->resultsOnPage(p))
            rects << link.rectangles();
        const QString pageText = m_document->getAllText(p).text().normalized(QString::NormalizationForm_KC);
        const int hits = qMax(int(pageText.count(wanted)), int(m_search->resultsOnPage(p).size()));
        if (hits == 0)
            continue;
        if (!rects.isEmpty())
            matches.insert(p, rects);
        const int at = static_cast<int>(pageText.indexOf(wanted));
        auto* item = new QListWidgetItem(
            tr("第 %1 页（%2 处）：…%3…").arg(p + 1).arg(hits).arg(pageText.mid(qMax(0, at - 8), 24).simplified()),
            m_results);
        item->setData(Qt::UserRole, p);
        found += hits;
    }
    m_resultsTitle->setText(found > 0 ? tr("「%1」共 %2 处").arg(text).arg(found) : tr("没有找到「%1」").arg(text));
    m_resultsTitle->show();
    m_results->setVisible(found > 0);
    view->setMatches(matches, m_results->count() > 0 ? m_results->item(0)->data(Qt::UserRole).toInt() : -1);
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void MaterialViewer::copyPageText()
{
    const int page = m_view->pageNavigator()->currentPage();
    QApplication::clipboard()->setText(m_document->getAllText(page).text()); // the characters as they are
}

void MaterialViewer::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_title);
    DocumentPrinter::configure(printer, AppSettings().printPreferences());
    QPrintDialog dialog(&printer, this);
    dialog.setMinMax(1, qMax(1, m_document->pageCount()));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto printed = [&] {
        const BusyCursor busy;
        return DocumentPrinter::print(m_bytes, printer);
    }();
    if (!printed.ok())
        QMessageBox::warning(this, tr("打印"), printed.error().message);
}

void MaterialViewer::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    DocumentPrinter::configure(printer, AppSettings().printPreferences());
    QPrintPreviewDialog dialog(&printer, this);
    // Rendering every page at the printer's resolution takes seconds for a long document: say so with the cursor.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) {
        const BusyCursor busy;
        (void)DocumentPrinter::print(m_bytes, *target);
    });
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
