#pragma once

#include "desktop/core/registry/RecordList.h"

#include <QString>
#include <QVariant>

namespace zs {

// How a list value reads to a person (lists, exports): Chinese date style, 万元 with separators, 是/否, city and
// intent names. One place, so the screen and the exported file agree.
class RecordFormat
{
    Q_DECLARE_TR_FUNCTIONS(RecordFormat)

public:
    static QString display(ColumnType type, const QVariant& value);
    // For spreadsheets: numbers stay numbers (nullopt-like values become empty).
    static QVariant exportValue(ColumnType type, const QVariant& value);
};

} // namespace zs
