#include "desktop/cli/CliRecords.h"

#include "desktop/core/io/RecordImport.h"
#include "desktop/core/registry/RecordMerge.h"
#include "desktop/core/registry/RecordRemoval.h"

#include <QJsonArray>

namespace zs::cli {

namespace {
QJsonObject describe(const RecordMerge::Entry& e)
{
    return {{QStringLiteral("merge_id"), e.id},          {QStringLiteral("survivor_id"), e.survivorId},
            {QStringLiteral("merged_id"), e.mergedId},   {QStringLiteral("merged_title"), e.mergedTitle},
            {QStringLiteral("merged_at"), e.mergedAt},   {QStringLiteral("merged_by"), e.mergedBy},
            {QStringLiteral("undone"), e.undoneAt != 0}, {QStringLiteral("moves"), e.moves}};
}
} // namespace

Result<QJsonObject> mergeRecords(Database& db, const KindDecl& kind, const QString& intoId, const QString& fromId)
{
    RecordMerge merges(db);
    ZS_TRY_ASSIGN(const RecordMerge::Plan plan, merges.plan(kind, intoId, fromId));
    ZS_TRY_ASSIGN(const QString mergeId, merges.merge(kind, intoId, fromId));
    ZS_TRY_ASSIGN(const RecordMerge::Entry entry, merges.get(mergeId));
    QJsonObject answer = describe(entry);
    QJsonObject moved;
    for (const RecordMerge::Plan::Move& m : plan.moves)
        moved.insert(m.table, m.rows);
    answer.insert(QStringLiteral("survivor_title"), plan.survivorTitle);
    answer.insert(QStringLiteral("moved"), moved);
    answer.insert(QStringLiteral("filled"), QJsonArray::fromStringList(plan.filled));
    return answer;
}

Result<QJsonObject> undoMerge(Database& db, const QString& mergeId)
{
    RecordMerge merges(db);
    ZS_TRY(merges.undo(mergeId));
    ZS_TRY_ASSIGN(const RecordMerge::Entry entry, merges.get(mergeId));
    return describe(entry);
}

Result<QJsonObject> deleteRecords(Database& db, const KindDecl& kind, const QStringList& ids)
{
    ZS_TRY_ASSIGN(const int n, RecordRemoval(db).remove(kind, ids));
    return QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kind.plural)},
                       {QStringLiteral("deleted"), n},
                       {QStringLiteral("ids"), QJsonArray::fromStringList(ids)}};
}

Result<QJsonObject> restoreRecords(Database& db, const KindDecl& kind, const QStringList& ids)
{
    ZS_TRY_ASSIGN(const int n, RecordRemoval(db).restore(kind, ids));
    return QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kind.plural)},
                       {QStringLiteral("restored"), n},
                       {QStringLiteral("ids"), QJsonArray::fromStringList(ids)}};
}

QJsonObject importAnswer(const QString& encoding, int rows, int importable, int imported,
                         const QList<CsvImport::Issue>& problems, const QList<CsvImport::Issue>& duplicates)
{
    const auto issues = [](const QList<CsvImport::Issue>& list) {
        QJsonArray out;
        for (const CsvImport::Issue& i : list)
            out.append(QJsonObject{{QStringLiteral("line"), i.line},
                                   {QStringLiteral("column"), i.column},
                                   {QStringLiteral("reason"), i.reason}});
        return out;
    };
    return {{QStringLiteral("encoding"), encoding},         {QStringLiteral("rows"), rows},
            {QStringLiteral("importable"), importable},     {QStringLiteral("imported"), imported},
            {QStringLiteral("problems"), issues(problems)}, {QStringLiteral("duplicates"), issues(duplicates)}};
}

Result<QJsonObject> importRecords(Database& db, const KindDecl& kind, const QByteArray& bytes, bool dryRun)
{
    ZS_TRY_ASSIGN(const RecordImport::Preview preview, RecordImport::preview(db, kind, bytes));
    int written = 0;
    if (!dryRun) {
        ZS_TRY_ASSIGN(written, RecordImport::commit(db, preview));
    }
    return importAnswer(preview.encoding, preview.rows, int(preview.records.size()), written, preview.problems,
                        preview.duplicates);
}

} // namespace zs::cli
