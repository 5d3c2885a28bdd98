#include "desktop/core/domain/RepositorySupport.h"

#include "sync/protocol/Limits.h"

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

} // namespace zs::repo
