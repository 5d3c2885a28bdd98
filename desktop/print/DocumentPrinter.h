#pragma once

#include "sync/store/Error.h"

#include <QByteArray>

class QPrinter;

namespace zs {

// Prints a PDF held in memory: each page rendered at the printer's resolution and drawn on its page, honouring the
// printer's page range and copies. Used by print preview too.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    static Result<int> print(const QByteArray& pdf, QPrinter& printer);
};

} // namespace zs
