#include "desktop/print/DocumentPrinter.h"

#include "desktop/core/AppSettings.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>

namespace zs {

QPageSize::PageSizeId DocumentPrinter::pageSize(const QString& paper)
{
    if (paper == QLatin1String("A5"))
        return QPageSize::A5;
    if (paper == QLatin1String("B5"))
        return QPageSize::B5; // JIS B5, the B5 of Chinese offices
    if (paper == QLatin1String("Letter"))
        return QPageSize::Letter;
    return QPageSize::A4;
}

void DocumentPrinter::configure(QPrinter& printer, const PrintPreferences& preferences)
{
    printer.setPageSize(QPageSize(pageSize(preferences.paper)));
    printer.setColorMode(preferences.color ? QPrinter::Color : QPrinter::GrayScale);
    printer.setDuplex(preferences.duplex ? QPrinter::DuplexLongSide : QPrinter::DuplexNone);
}

Result<int> DocumentPrinter::print(const QByteArray& pdf, QPrinter& printer)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    if (doc.status() != QPdfDocument::Status::Ready)
        return makeError(ErrorCode::Damaged, tr("文档无法打开，不能打印。"));
    int first = 1;
    int last = doc.pageCount();
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = qMax(1, printer.fromPage());
        last = qMin(doc.pageCount(), printer.toPage() > 0 ? printer.toPage() : doc.pageCount());
    }
    QPainter painter;
    if (!painter.begin(&printer))
        return makeError(ErrorCode::Io, tr("打印机无法开始打印。"));
    // Copies the print system cannot make itself are made here, collated.
    const int copies = printer.supportsMultipleCopies() ? 1 : qMax(1, printer.copyCount());
    int printed = 0;
    for (int n = 0; n < copies * (last - first + 1); ++n) {
        const int page = first + n % (last - first + 1);
        if (n > 0 && !printer.newPage())
            return makeError(ErrorCode::Io, tr("打印中断。"));
        const QRect target = painter.viewport();
        const QSizeF points = doc.pagePointSize(page - 1);
        // Fit the page into the printable area, keeping its proportions.
        QSize size = points.scaled(target.size(), Qt::KeepAspectRatio).toSize();
        const QImage image = doc.render(page - 1, size);
        painter.drawImage(QRect(target.topLeft(), size), image);
        ++printed;
    }
    painter.end();
    return printed;
}

} // namespace zs
