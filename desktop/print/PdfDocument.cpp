#include "desktop/print/PdfDocument.h"

#include "desktop/print/PrintFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace zs {

double PdfDocument::textWidthHtmlPixels(const Options& options)
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                             QMarginsF(options.marginMm, options.marginMm, options.marginMm, options.marginMm),
                             QPageLayout::Millimeter);
    return layout.paintRectPixels(kHtmlDpi).width();
}

Result<QByteArray> PdfDocument::fromHtml(const QString& html, const Options& options)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        const double margin = options.marginMm;
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter));
        writer.setResolution(kDpi);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Zhaoshang Field"));
        QTextDocument doc;
        // Laid out with the writer's own resolution and page, so point sizes and the text width are those of A4
        // paper rather than of a screen.
        doc.documentLayout()->setPaintDevice(&writer);
        const QSizeF page = writer.pageLayout().paintRectPixels(writer.resolution()).size();
        doc.setPageSize(page);
        doc.setDocumentMargin(0);
        QFont font(PrintFonts::family());
        font.setPointSizeF(options.pointSize);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(options.styleSheet);
        for (const auto& [name, image] : options.images)
            doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
        doc.setHtml(html);

        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorCode::Io, tr("无法生成 PDF。"));
        // A line is drawn where it meets the context's clip; a hair inside the page keeps the lines that only touch
        // its edges (the previous page's last, the next page's first) off it. The painter's clip is the page itself.
        const qreal hair = 0.5; // device pixels at 300 dpi
        for (int p = 0; p < doc.pageCount(); ++p) {
            if (p > 0)
                writer.newPage();
            const QRectF view(0, p * page.height(), page.width(), page.height());
            painter.save();
            painter.translate(0, -view.top());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view.adjusted(0, hair, 0, -hair);
            context.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
        }
        painter.end();
    }
    if (out.isEmpty())
        return makeError(ErrorCode::Io, tr("无法生成 PDF。"));
    return out;
}

} // namespace zs
