#pragma once

#include "sync/store/Error.h"

#include <QString>

#include <functional>

namespace zs {

class RecordList;

// Writes a whole list (its current filter) to CSV (UTF-8 with BOM, opens in Excel) or .xlsx (libxlsxwriter). A kind
// that imports is written as its exchange file (RecordKinds: the columns import reads back), others as their list
// columns in the list's sort. The file is written next to its destination and renamed when complete.
class ListExporter
{
    Q_DECLARE_TR_FUNCTIONS(ListExporter)

public:
    enum class Format
    {
        Csv,
        Xlsx,
    };
    static Format formatForPath(const QString& path);
    // One CSV line (RFC 4180 quoting where needed), without its line break.
    static QString csvLine(const QStringList& fields);
    // progress(rowsWritten) now and then. Returns the number of rows written.
    static Result<int> write(RecordList& list, const QString& path, Format format,
                             const std::function<void(int)>& progress = {});
};

} // namespace zs
