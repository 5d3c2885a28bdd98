#pragma once

#include "sync/store/Error.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace zs {

// RFC 4180 CSV as Excel writes it: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030 (Excel on Chinese
// Windows); quoted fields may hold commas, quotes ("") and line breaks. Tab-separated text is accepted too.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        int line; // 1-based line where the record starts
        QStringList fields;
    };
    struct Table
    {
        QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16", "GB18030"
        QStringList header;
        QList<Record> records;
    };

    static QString decode(const QByteArray& bytes, QString* encoding);
    static Result<Table> parse(const QByteArray& bytes);
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;
};

} // namespace zs
