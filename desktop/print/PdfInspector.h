#pragma once

#include "sync/store/Error.h"

#include <QByteArray>
#include <QString>

namespace zs {

// Checks a file before it enters the materials library: a PDF that opens (not damaged, not password-protected)
// or an image; from memory, never through a temporary file.
class PdfInspector
{
    Q_DECLARE_TR_FUNCTIONS(PdfInspector)

public:
    struct Info
    {
        QString mime;
        int pages = 0;
        QString title; // the PDF's own title, if any
    };
    static Result<Info> inspect(const QByteArray& bytes);
};

} // namespace zs
