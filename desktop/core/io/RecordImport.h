#pragma once

#include "desktop/core/io/CsvImport.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"

namespace zs {

// Import of any declared kind from its exchange file (the columns its declaration lists, which export writes), for
// the kinds without rules of their own (agreements and what follows them): each cell read as its field's type — a
// number (thousands separators allowed), a date (2026-03-01, 2026/3/1, 2026年3月1日), 是/否, a code by its code or
// name, a reference by id or name (a company also by its credit code; an agreement by its number); several exchange
// columns may name one field, tried in order (企业名称, then 统一社会信用代码). Preview checks every row as RecordStore
// does and lists problems by line and column; a record whose title is already there is a duplicate, left out. The
// commit writes the rest in one transaction: all or nothing.
class RecordImport
{
    Q_DECLARE_TR_FUNCTIONS(RecordImport)

public:
    struct Preview
    {
        const KindDecl* kind = nullptr;
        QString encoding;
        int rows = 0;
        QList<CsvImport::Issue> problems;
        QList<CsvImport::Issue> duplicates;
        QList<RecordStore::Values> records;
    };
    static Result<Preview> preview(Database& db, const KindDecl& kind, const QByteArray& bytes);
    static Result<int> commit(Database& db, const Preview& preview, const Clock& clock = Clock::system());
};

} // namespace zs
