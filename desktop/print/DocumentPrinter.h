#pragma once

#include "sync/store/Error.h"

#include <QByteArray>
#include <QPageSize>

class QPrinter;

namespace zs {

struct PrintPreferences;

// Prints a PDF held in memory: each page rendered at the printer's resolution and drawn on its page, honouring the
// printer's page range and copies. Used by print preview too.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    static Result<int> print(const QByteArray& pdf, QPrinter& printer);
    // The officer's print preferences (设置 → 打印) set on a printer before its dialog opens: paper, colour, duplex.
    static void configure(QPrinter& printer, const PrintPreferences& preferences);
    static QPageSize::PageSizeId pageSize(const QString& paper); // A4 for anything unknown
};

} // namespace zs
