#pragma once

#include "sync/store/Error.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include <utility>

namespace zs {

// Every PDF the app writes (brochures now; notices, site lists and minutes later) goes through here, so each one
// extracts to exactly the characters laid out:
// - the text is laid out in PrintFonts::family() (no radical standing in for 广, 山, 门 in the text layer);
// - each page draws only the lines that are on it. QTextDocument::print clips a page but still draws a line that
//   starts exactly at the page's bottom edge (the next page's heading after a page break), so every heading also
//   sat invisibly at the foot of the page before it, and extraction returned it twice.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    struct Options
    {
        QString title;
        double marginMm = 18;
        double pointSize = 10.5;
        QString styleSheet; // CSS for the HTML
        // Pictures the HTML shows as <img src="NAME">, by name (a map or photo from the materials library).
        QList<std::pair<QString, QImage>> images;
    };
    static constexpr int kDpi = 300;    // the writer's resolution
    static constexpr int kHtmlDpi = 96; // what an <img width> counts in (Qt scales it to the writer's resolution)
    // The width of the text on the page in HTML pixels: what an <img width> fills.
    static double textWidthHtmlPixels(const Options& options);
    // An A4 portrait PDF of `html`.
    static Result<QByteArray> fromHtml(const QString& html, const Options& options);
};

} // namespace zs
