#include "desktop/core/domain/RepositorySupport.h"

#include <QRegularExpression>

#include "sync/protocol/Limits.h"

#include <QMutex>
#include <QMutexLocker>

#include <map>
#include <string>
#include <string_view>

namespace zs::repo {

Error invalid(const QMap<QString, QString>& problems)
{
    Error error = makeError(ErrorCode::Invalid, problems.isEmpty() ? QString() : problems.first());
    error.fields = problems;
    return error;
}

namespace {
// A row's cells besides its texts: column names, stamps, numbers and CBOR heads (a visit's 15 columns take about
// 400 bytes; this leaves room for every table's).
constexpr qsizetype kRowFraming = 16 * 1024;
} // namespace

void checkEmail(QMap<QString, QString>& problems, const char* key, const QString& email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.trimmed().isEmpty() && !shape.match(email.trimmed()).hasMatch())
        problems.insert(QLatin1String(key),
                        QCoreApplication::translate("zs::repo", "电子邮箱格式不对，例如 name@example.com。"));
}

void checkPhones(QMap<QString, QString>& problems, const char* key, const QString& phones)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9+\\-() ]{5,}([、,;/ ]+[0-9+\\-() ]{5,})*$"));
    if (!phones.trimmed().isEmpty() && !shape.match(phones.trimmed()).hasMatch())
        problems.insert(QLatin1String(key),
                        QCoreApplication::translate(
                            "zs::repo", "电话号码只能包含数字、空格和 + - ( )，多个号码用顿号或逗号分开。"));
}

void checkTextLimits(QMap<QString, QString>& problems, std::initializer_list<TextField> texts)
{
    checkTextLimits(problems, QList<TextField>(texts));
}

void checkTextLimits(QMap<QString, QString>& problems, const QList<TextField>& texts)
{
    using sync::Limits;
    qsizetype total = 0;
    const TextField* longest = nullptr;
    for (const TextField& t : texts) {
        if (t.value.size() > Limits::kMaxCellText && !problems.contains(QLatin1String(t.field)))
            problems.insert(QLatin1String(t.field),
                            QCoreApplication::translate("zs::repo", "内容太长（%1 字，最多 %2 字）。")
                                .arg(t.value.size())
                                .arg(Limits::kMaxCellText));
        total += Limits::utf8Size(t.value); // as the row is sent
        if (!longest || t.value.size() > longest->value.size())
            longest = &t;
    }
    if (longest && total + kRowFraming > Limits::kMaxRowBytes && !problems.contains(QLatin1String(longest->field)))
        problems.insert(
            QLatin1String(longest->field),
            QCoreApplication::translate("zs::repo", "整条记录的文字太多（约 %1 KB，同步上限 %2 KB），请缩短这一项。")
                .arg((total + 1023) / 1024)
                .arg((Limits::kMaxRowBytes - kRowFraming) / 1024));
}

Result<QString> teamScope(Database& db)
{
    auto stmt = db.cached("SELECT value FROM app_meta WHERE key = 'team_scope'");
    if (!stmt.ok())
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    return row.value() ? (*stmt)->text(0) : QStringLiteral("team:unassigned");
}

namespace {
// The three statements of a link table, made once per table (the statement cache is keyed by their text).
struct LinkSql
{
    QByteArray clear;  // ?1 parent, ?2 the kept children as |a|b|, ?3 now
    QByteArray exists; // ?1 child
    QByteArray upsert; // ?1 parent, ?2 child, ?3 now, ?4 scope or null
};

const LinkSql& linkSql(const LinkSpec& spec)
{
    static QMutex lock;
    static std::map<std::string, LinkSql, std::less<>> made;
    QMutexLocker locker(&lock);
    auto it = made.find(std::string_view(spec.table));
    if (it != made.end())
        return it->second;
    const QByteArray table = spec.table;
    const QByteArray parent = spec.parentColumn;
    const QByteArray child = spec.childColumn;
    LinkSql sql;
    sql.clear = "UPDATE " + table + " SET deleted = 1, updated_at = ?3 WHERE " + parent +
                " = ?1 AND deleted = 0 AND instr(?2, '|' || " + child + " || '|') = 0";
    sql.exists = QByteArrayLiteral("SELECT EXISTS (SELECT 1 FROM ") + spec.childTable + " WHERE id = ?1" +
                 (spec.liveChildrenOnly ? " AND deleted = 0)" : ")");
    // VALUES, not INSERT ... SELECT from the child table: with the capture trigger on the table, SQLite would first
    // copy the selected row into a temporary B-tree (opened, filled and freed for every link).
    sql.upsert = "INSERT INTO " + table + " (id, scope, " + parent + ", " + child +
                 ", updated_at) VALUES (?1 || '/' || ?2, coalesce(?4, (SELECT scope FROM " + spec.parentTable +
                 " WHERE id = ?1)), ?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET deleted = 0, updated_at = "
                 "excluded.updated_at WHERE deleted = 1";
    return made.emplace(spec.table, std::move(sql)).first->second;
}
} // namespace

Result<void> writeLinks(Database& db, const LinkSpec& spec, const QString& parentId, const QString& scope,
                        const QStringList& childIds, bool replace, qint64 now)
{
    const LinkSql& sql = linkSql(spec);
    if (replace) {
        QString keep = QStringLiteral("|");
        for (const QString& childId : childIds)
            keep += childId + QLatin1Char('|');
        ZS_TRY(db.run(sql.clear.constData(), parentId, keep, now));
    }
    for (const QString& childId : childIds) {
        auto known = db.cached(sql.exists.constData());
        if (!known.ok())
            return known.error();
        (*known)->bind(1, childId);
        auto found = one(
            *known, [](const Statement& s) { return s.int64(0) != 0; }, Error{});
        if (!found.ok())
            return found.error();
        if (!found.value()) {
            if (!spec.unknownField)
                continue;
            Error error = makeError(ErrorCode::Invalid, spec.unknownMessage(), childId);
            error.fields.insert(QLatin1String(spec.unknownField), error.message);
            return error;
        }
        auto ins = db.cached(sql.upsert.constData());
        if (!ins.ok())
            return ins.error();
        (*ins)->bind(1, parentId).bind(2, childId).bind(3, now).bind(4, scope);
        ZS_TRY((*ins)->run());
    }
    return {};
}

} // namespace zs::repo
