#pragma once

#include "desktop/core/io/CsvImport.h"
#include "desktop/core/registry/RecordKinds.h"
#include "sync/store/Error.h"

#include <QJsonObject>
#include <QStringList>

namespace zs {
class Database;
}

namespace zs::cli {

// The answers of `merge`, `delete` and `restore` (JSON on standard output): what changed, with the ids a script
// needs to undo it (`merge --undo MERGE_ID`, `restore --kind … --id …`).
Result<QJsonObject> mergeRecords(Database& db, const KindDecl& kind, const QString& intoId, const QString& fromId);
Result<QJsonObject> undoMerge(Database& db, const QString& mergeId);
Result<QJsonObject> deleteRecords(Database& db, const KindDecl& kind, const QStringList& ids);
Result<QJsonObject> restoreRecords(Database& db, const KindDecl& kind, const QStringList& ids);
// `import` of a kind without an importer of its own (RecordImport: agreements and what follows them): the same
// answer as the other imports (encoding, rows, importable, imported, problems, duplicates).
Result<QJsonObject> importRecords(Database& db, const KindDecl& kind, const QByteArray& bytes, bool dryRun);
QJsonObject importAnswer(const QString& encoding, int rows, int importable, int imported,
                         const QList<CsvImport::Issue>& problems, const QList<CsvImport::Issue>& duplicates);

} // namespace zs::cli
