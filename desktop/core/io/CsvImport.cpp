#include "desktop/core/io/CsvImport.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/directory/CreditCode.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/search/SearchIndex.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace zs {

namespace {

// The kind's exchange columns (RecordKinds): what export writes is what import reads.
const KindDecl& declared(CsvImport::Kind kind)
{
    switch (kind) {
    case CsvImport::Kind::Companies:
        return RecordKinds::get(RecordKind::Company);
    case CsvImport::Kind::Contacts:
        return RecordKinds::get(RecordKind::Contact);
    case CsvImport::Kind::Visits:
        break;
    }
    return RecordKinds::get(RecordKind::Visit);
}

// One CSV row by column key.
class RowView
{
public:
    RowView(const QHash<QString, int>& index, const CsvReader::Record& record)
        : m_index(index)
        , m_record(record)
    {
    }
    QString get(const char* key) const
    {
        const int i = m_index.value(QLatin1String(key), -1);
        return i >= 0 && i < m_record.fields.size() ? m_record.fields.at(i).trimmed() : QString();
    }

private:
    const QHash<QString, int>& m_index;
    const CsvReader::Record& m_record;
};

QDate parseDate(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QTime parseTime(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(\\d{1,2})[:：](\\d{2})"));
    const auto m = re.match(text);
    return m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
}

std::optional<bool> parseFlag(const QString& text)
{
    const QString t = text.toLower();
    if (t.isEmpty() || t == QStringLiteral("否") || t == QLatin1String("n") || t == QLatin1String("no") ||
        t == QLatin1String("0") || t == QLatin1String("false"))
        return false;
    if (t == QStringLiteral("是") || t == QLatin1String("y") || t == QLatin1String("yes") || t == QLatin1String("1") ||
        t == QLatin1String("true"))
        return true;
    return std::nullopt;
}

// Reference names → codes, loaded once per import.
Result<QHash<QString, QString>> referenceCodes(Database& db, const char* sql)
{
    QHash<QString, QString> out;
    ZS_TRY_ASSIGN(auto stmt, db.prepare(sql));
    static const QRegularExpression bracketed(QStringLiteral("[（(][^）)]*[）)]"));
    while (stmt.step().value()) {
        const QString code = stmt.text(0);
        const QString name = stmt.text(1);
        out.insert(code, code);
        out.insert(name, code);
        // 印制电路板（PCB） is also found as 印制电路板 and as PCB.
        const QString bare = QString(name).remove(bracketed).trimmed();
        if (bare != name)
            out.insert(bare, code);
        const auto inner = QRegularExpression(QStringLiteral("[（(]([^）)]*)[）)]")).match(name);
        if (inner.hasMatch())
            out.insert(inner.captured(1), code);
    }
    return out;
}

// Company lookup by credit code or normalised name.
Result<QHash<QString, QString>> companyKeys(Database& db)
{
    QHash<QString, QString> out;
    ZS_TRY_ASSIGN(auto stmt,
                  db.prepare("SELECT id, name_norm, coalesce(credit_code, '') FROM company WHERE deleted = 0"));
    while (stmt.step().value()) {
        out.insert(stmt.text(1), stmt.text(0));
        if (!stmt.text(2).isEmpty())
            out.insert(stmt.text(2), stmt.text(0));
    }
    return out;
}

QString companyKey(const QString& text)
{
    const QString code = CreditCode::normalize(text);
    return CreditCode::isValid(code) ? code : RecordText::normalizeName(text);
}

} // namespace

Result<CsvImport::Kind> CsvImport::kindFromName(const QString& name)
{
    if (const KindDecl* k = RecordKinds::byName(name, true)) {
        for (Kind kind : {Kind::Companies, Kind::Contacts, Kind::Visits})
            if (declared(kind).kind == k->kind)
                return kind;
    }
    return makeError(
        ErrorCode::Invalid,
        tr("未知的导入类型「%1」：可选 %2。").arg(name, RecordKinds::importablePlurals().join(QStringLiteral("、"))));
}

Result<CsvImport::Kind> CsvImport::kindFor(RecordKind kind)
{
    for (Kind k : {Kind::Companies, Kind::Contacts, Kind::Visits})
        if (declared(k).kind == kind)
            return k;
    return makeError(ErrorCode::Invalid, tr("%1不能从 CSV 导入。").arg(RecordKinds::label(RecordKinds::get(kind))));
}

Result<CsvImport::Preview> CsvImport::preview(Database& db, Kind kind, const QByteArray& bytes)
{
    ZS_TRY_ASSIGN(auto table, CsvReader::parse(bytes));
    Preview out;
    out.kind = kind;
    out.encoding = table.encoding;
    out.rows = static_cast<int>(table.records.size());

    // Header → column key.
    QHash<QString, int> index;
    QHash<QString, QString> shownName;
    for (const ExchangeColumnDecl& column : declared(kind).exchange) {
        const QString key = QLatin1String(column.key);
        const QString first = QString::fromUtf8(column.names.constFirst());
        shownName.insert(key, first);
        for (const char* name : column.names) {
            const int at = static_cast<int>(table.header.indexOf(QString::fromUtf8(name)));
            if (at >= 0) {
                index.insert(key, at);
                break;
            }
        }
        if (column.required && !index.contains(key))
            return makeError(ErrorCode::Invalid,
                             tr("缺少必需的列「%1」。表头是：%2").arg(first, table.header.join(QStringLiteral("，"))));
    }
    auto problem = [&](int line, const char* key, const QString& reason) {
        out.problems << Issue{line, shownName.value(QLatin1String(key)), reason};
    };

    ZS_TRY_ASSIGN(auto companies, companyKeys(db));

    if (kind == Kind::Companies) {
        ZS_TRY_ASSIGN(auto industries, referenceCodes(db, "SELECT code, name FROM ref_industry"));
        QHash<QString, int> seenInFile;
        CompanyRepository repo(db);
        for (const CsvReader::Record& record : table.records) {
            const RowView row(index, record);
            Company c;
            c.name = row.get("name");
            c.creditCode = CreditCode::normalize(row.get("credit_code"));
            c.hqCity = row.get("hq_city");
            c.tags = row.get("tags");
            c.source = row.get("source");
            c.notes = row.get("notes");
            bool bad = false;
            const QString industry = row.get("industry");
            if (!industry.isEmpty()) {
                c.industry = industries.value(industry);
                if (c.industry.isEmpty()) {
                    problem(record.line, "industry", tr("产业「%1」不在产业链目录中。").arg(industry));
                    bad = true;
                }
            }
            const QString size = row.get("size");
            const QString chineseSizes[] = {QStringLiteral("微"), QStringLiteral("小"), QStringLiteral("中"),
                                            QStringLiteral("大")};
            const QStringList sizeCodes = RecordText::companySizes();
            for (int i = 0; i < sizeCodes.size(); ++i)
                if (size.compare(sizeCodes.at(i), Qt::CaseInsensitive) == 0 || size == chineseSizes[i] ||
                    size == chineseSizes[i] + QStringLiteral("型") || size == RecordText::sizeName(sizeCodes.at(i)))
                    c.size = sizeCodes.at(i);
            if (!size.isEmpty() && c.size.isEmpty()) {
                problem(record.line, "size", tr("规模「%1」无法识别，可填微型、小型、中型、大型。").arg(size));
                bad = true;
            }
            const QString revenue = row.get("revenue_wan");
            if (!revenue.isEmpty()) {
                bool ok = false;
                const double v = QString(revenue).remove(QLatin1Char(',')).remove(QStringLiteral("万元")).toDouble(&ok);
                if (ok)
                    c.revenueWan = v;
                else {
                    problem(record.line, "revenue_wan", tr("「%1」不是数字。").arg(revenue));
                    bad = true;
                }
            }
            const auto hometown = parseFlag(row.get("hometown"));
            if (!hometown) {
                problem(record.line, "hometown", tr("请填「是」或「否」。"));
                bad = true;
            }
            c.hometown = hometown.value_or(false);
            const auto fieldProblems = CompanyRepository::validate(c);
            for (auto it = fieldProblems.begin(); it != fieldProblems.end(); ++it)
                problem(record.line, it.key().toLatin1().constData(), it.value());
            if (bad || !fieldProblems.isEmpty())
                continue;
            // Duplicates: earlier in this file, or already in the workspace.
            const QString nameKey = RecordText::normalizeName(c.name);
            const int earlier =
                seenInFile.value(c.creditCode.isEmpty() ? QString() : c.creditCode, seenInFile.value(nameKey, 0));
            if (earlier > 0) {
                out.duplicates << Issue{record.line, shownName.value(QStringLiteral("name")),
                                        tr("与第 %1 行是同一家企业，只导入一次。").arg(earlier)};
                continue;
            }
            ZS_TRY_ASSIGN(auto existing, repo.findDuplicate(c));
            if (existing) {
                out.duplicates << Issue{record.line, shownName.value(QStringLiteral("name")),
                                        tr("工作区已有「%1」，不重复导入。").arg(existing->name)};
                continue;
            }
            if (!c.creditCode.isEmpty())
                seenInFile.insert(c.creditCode, record.line);
            seenInFile.insert(nameKey, record.line);
            out.companies << c;
        }
    } else if (kind == Kind::Contacts) {
        QSet<QString> seen;
        ZS_TRY_ASSIGN(auto existing, db.prepare("SELECT company_id || '|' || name FROM contact WHERE deleted = 0"));
        while (existing.step().value())
            seen.insert(existing.text(0));
        for (const CsvReader::Record& record : table.records) {
            const RowView row(index, record);
            Contact p;
            p.name = row.get("name");
            p.title = row.get("title");
            p.phones = row.get("phones");
            p.email = row.get("email");
            p.wechat = row.get("wechat");
            p.notes = row.get("notes");
            const QString company = row.get("company");
            p.companyId = companies.value(companyKey(company));
            if (p.companyId.isEmpty()) {
                problem(record.line, "company", tr("找不到企业「%1」，请先导入客商。").arg(company));
                continue;
            }
            const auto fieldProblems = ContactRepository::validate(p);
            for (auto it = fieldProblems.begin(); it != fieldProblems.end(); ++it)
                problem(record.line, it.key().toLatin1().constData(), it.value());
            if (!fieldProblems.isEmpty())
                continue;
            const QString key = p.companyId + QLatin1Char('|') + p.name;
            if (seen.contains(key)) {
                out.duplicates << Issue{record.line, shownName.value(QStringLiteral("name")),
                                        tr("「%1」已是该企业的联系人。").arg(p.name)};
                continue;
            }
            seen.insert(key);
            out.contacts << p;
        }
    } else {
        ZS_TRY_ASSIGN(auto purposes, referenceCodes(db, "SELECT code, name FROM ref_visit_purpose"));
        QSet<QString> seen;
        auto existing =
            db.prepare("SELECT company_id || '|' || visited_at || '|' || notes FROM visit WHERE deleted = 0");
        if (!existing.ok())
            return existing.error();
        while (existing->step().value())
            seen.insert(existing->text(0));
        VisitRepository repo(db);
        for (const CsvReader::Record& record : table.records) {
            const RowView row(index, record);
            Visit v;
            const QDate date = parseDate(row.get("date"));
            if (!date.isValid()) {
                problem(record.line, "date",
                        tr("无法识别的日期「%1」，请用 2026-11-27 这样的格式。").arg(row.get("date")));
                continue;
            }
            QTime time = parseTime(row.get("time"));
            if (!time.isValid())
                time = parseTime(row.get("date"));
            v.visitedAt = QDateTime(date, time.isValid() ? time : QTime(9, 0));
            v.city = RecordText::cityCode(row.get("city"));
            const QString company = row.get("company");
            v.companyId = companies.value(companyKey(company));
            if (v.companyId.isEmpty()) {
                problem(record.line, "company", tr("找不到企业「%1」，请先导入客商。").arg(company));
                continue;
            }
            v.officers = row.get("officers");
            const QString purpose = row.get("purpose");
            v.purpose = purposes.value(purpose);
            if (!purpose.isEmpty() && v.purpose.isEmpty()) {
                problem(record.line, "purpose", tr("走访目的「%1」无法识别。").arg(purpose));
                continue;
            }
            v.notes = row.get("notes");
            v.outcome = row.get("outcome");
            const QString intent = row.get("intent");
            // Chinese in the data whatever the interface language; English accepted too.
            const QString level = intent.toLower();
            v.intent = level.isEmpty()                                                                     ? 0
                       : level.startsWith(QStringLiteral("高")) || level.startsWith(QLatin1String("high")) ? 3
                       : level.startsWith(QStringLiteral("中")) || level.startsWith(QLatin1String("med"))  ? 2
                       : level.startsWith(QStringLiteral("低")) || level.startsWith(QLatin1String("low"))  ? 1
                       : level.startsWith(QStringLiteral("未")) || level.startsWith(QLatin1String("un"))   ? 0
                                                                                                           : -1;
            v.nextStep = row.get("next_step");
            const QString due = row.get("next_due");
            v.nextDue = parseDate(due);
            if (!due.isEmpty() && !v.nextDue.isValid()) {
                problem(record.line, "next_due", tr("无法识别的日期「%1」，请用 2026-11-27 这样的格式。").arg(due));
                continue;
            }
            const auto fieldProblems = repo.validate(v);
            for (auto it = fieldProblems.begin(); it != fieldProblems.end(); ++it)
                problem(record.line, it.key() == QLatin1String("visited_at") ? "date" : it.key().toLatin1().constData(),
                        it.value());
            if (!fieldProblems.isEmpty())
                continue;
            const QString key = v.companyId + QLatin1Char('|') + QString::number(v.visitedAt.toMSecsSinceEpoch()) +
                                QLatin1Char('|') + v.notes;
            if (seen.contains(key)) {
                out.duplicates << Issue{record.line, shownName.value(QStringLiteral("date")),
                                        tr("同一企业、同一时间、同样记录的走访已存在。")};
                continue;
            }
            seen.insert(key);
            out.visits << v;
        }
    }
    return out;
}

Result<int> CsvImport::commit(Database& db, Preview& preview, const Clock& clock)
{
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    auto failed = [](int index, const Error& e) {
        Error error = e;
        error.message = tr("第 %1 条记录写入失败：%2 没有导入任何数据。").arg(index + 1).arg(e.message);
        return error;
    };
    CompanyRepository companies(db, clock);
    ContactRepository contacts(db, clock);
    VisitRepository visits(db, clock);
    int written = 0;
    for (int i = 0; i < preview.companies.size(); ++i, ++written)
        if (auto r = companies.create(preview.companies[i]); !r.ok())
            return failed(i, r.error());
    for (int i = 0; i < preview.contacts.size(); ++i, ++written)
        if (auto r = contacts.create(preview.contacts[i]); !r.ok())
            return failed(i, r.error());
    for (int i = 0; i < preview.visits.size(); ++i, ++written)
        if (auto r = visits.create(preview.visits[i]); !r.ok())
            return failed(i, r.error());
    auto indexed = SearchIndex::flush(db); // searchable as soon as the import is done
    if (!indexed.ok())
        return indexed.error();
    ZS_TRY(tx.commit());
    return written;
}

} // namespace zs
