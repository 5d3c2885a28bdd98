#include "desktop/print/SiteListComposer.h"

#include "desktop/core/domain/RecordText.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/Vocabularies.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/core/sites/SiteMatchService.h"
#include "desktop/print/PdfDocument.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QLocale>

#include <cmath>

namespace zs {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

const char* const kStyle = R"css(
body { font-size: 10.5pt; color: #1a1a1a; }
p { line-height: 150%; margin-top: 0; margin-bottom: 4pt; }
.title { font-size: 18pt; font-weight: bold; color: #1f3b57; margin-bottom: 2pt; }
.sub { font-size: 10pt; color: #555555; margin-bottom: 10pt; }
.need { background-color: #eef3f8; padding: 6pt; margin-bottom: 10pt; }
.site { font-size: 13pt; font-weight: bold; color: #1f3b57; margin-top: 12pt; margin-bottom: 4pt; }
td { padding: 3pt 6pt; font-size: 10pt; }
.label { color: #555555; }
.reason { margin-left: 14pt; margin-bottom: 2pt; }
.foot { font-size: 9pt; color: #555555; margin-top: 16pt; }
)css";
} // namespace

Result<SiteListComposer::SiteList> SiteListComposer::compose(const QString& lead, int top, QDate date)
{
    SiteMatchService service(m_db);
    ZS_TRY_ASSIGN(const SiteMatchService::Match m, service.match(lead));
    ZS_TRY_ASSIGN(auto company, m_db.cached("SELECT coalesce(c.id, ''), coalesce(c.name, '') FROM lead l LEFT JOIN "
                                            "company c ON c.id = l.company_id WHERE l.id = ?1"));
    company->bind(1, m.leadId);
    ZS_TRY_ASSIGN(const bool found, company->step());
    SiteList list;
    list.leadId = m.leadId;
    list.companyId = found ? company->text(0) : QString();
    list.company = found ? company->text(1) : QString();
    company->reset();
    list.project = m.leadTitle;
    list.date = date;
    list.title = tr("推荐载体清单 · %1").arg(m.leadTitle);

    // What the project asks for, in one paragraph.
    const SiteRequirement& n = m.need;
    const bool land = n.need != QLatin1String("building");
    const QString unit = land ? tr("亩") : tr("平方米");
    QStringList asks{land ? tr("项目需要用地") : tr("项目需要厂房")};
    if (n.minArea || n.maxArea)
        asks << tr("面积 %1 至 %2 %3")
                    .arg(n.minArea ? RecordText::figure(*n.minArea) : QString(),
                         n.maxArea ? RecordText::figure(*n.maxArea) : QString(), unit);
    if (n.power)
        asks << tr("供电 %1 千伏安").arg(RecordText::figure(*n.power));
    if (n.water)
        asks << tr("用水 %1 吨/日").arg(RecordText::figure(*n.water));
    if (n.wastewater)
        asks << tr("需要污水处理");
    if (n.heating)
        asks << tr("需要集中供热");
    if (!n.countyNames.isEmpty())
        asks << tr("意向%1").arg(n.countyNames.join(QStringLiteral("、")));

    ZS_TRY_ASSIGN(auto facts,
                  m_db.cached("SELECT s.kind, coalesce(r.name, s.region), coalesce(p.name, ''), s.location, "
                              "s.land_mu, s.floor_sqm, s.power_kva, s.water_tpd, s.wastewater, s.heating, "
                              "s.price, s.owner FROM site s LEFT JOIN ref_region r ON r.code = s.region "
                              "LEFT JOIN ref_park p ON p.code = s.park WHERE s.id = ?1"));
    QString body;
    for (const SiteMatchEntry& e : m.entries) {
        if (e.excluded || list.sites >= top)
            break;
        facts->bind(1, e.siteId);
        ZS_TRY_ASSIGN(const bool row, facts->step());
        if (!row) {
            facts->reset();
            continue;
        }
        const Statement& s = *facts;
        const bool isLand = s.text(0).endsWith(QLatin1String("land"));
        const auto figure = [&s](int column, const QString& suffix) {
            return s.isNull(column) ? tr("未登记") : RecordText::figure(s.real(column)) + suffix;
        };
        const QStringList cells = {tr("类型"),
                                   Vocabularies::name(QStringLiteral("site_kind"), s.text(0)),
                                   tr("位置"),
                                   s.text(2).isEmpty() ? s.text(1) : s.text(1) + QStringLiteral(" · ") + s.text(2),
                                   tr("面积"),
                                   isLand ? figure(4, tr(" 亩")) : figure(5, tr(" 平方米")),
                                   tr("供电容量"),
                                   figure(6, tr(" 千伏安")),
                                   tr("供水能力"),
                                   figure(7, tr(" 吨/日")),
                                   tr("配套"),
                                   QStringList{s.int64(8) ? tr("有污水处理") : tr("无污水处理"),
                                               s.int64(9) ? tr("有集中供热") : tr("无集中供热")}
                                       .join(QStringLiteral("，")),
                                   tr("租金或价格"),
                                   s.isNull(10) ? tr("面议")
                                                : RecordText::figure(s.real(10)) +
                                                      (isLand ? tr(" 万元/亩") : tr(" 元/平方米·月")),
                                   tr("详细位置"),
                                   s.text(3).isEmpty() ? tr("—") : s.text(3)};
        facts->reset();
        QString table = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0\">");
        for (int i = 0; i < cells.size(); i += 4)
            table += QStringLiteral("<tr><td class=\"label\" width=\"14%\">%1</td><td width=\"36%\">%2</td>"
                                    "<td class=\"label\" width=\"14%\">%3</td><td width=\"36%\">%4</td></tr>")
                         .arg(esc(cells[i]), esc(cells[i + 1]), esc(cells.value(i + 2)), esc(cells.value(i + 3)));
        table += QStringLiteral("</table>");
        QString reasons;
        for (const QString& r : e.reasons)
            reasons += QStringLiteral("<p class=\"reason\">· %1</p>").arg(esc(r));
        body += QStringLiteral("<p class=\"site\">%1. %2（匹配度 %3）</p>%4<p>%5</p>%6")
                    .arg(++list.sites)
                    .arg(esc(e.siteName), QString::number(e.score, 'f', 1), table, esc(tr("符合与不足：")), reasons);
    }
    if (list.sites == 0)
        return makeError(ErrorCode::NotFound, tr("全市清单中没有符合「%1」需求的可供载体。").arg(m.leadTitle));

    ZS_TRY_ASSIGN(auto who, m_db.cached("SELECT " ZS_CURRENT_USER));
    ZS_TRY_ASSIGN(const bool named, who->step());
    const QString officer = named ? who->text(0) : QString();
    who->reset();
    list.html =
        QStringLiteral("<html><body><p class=\"title\">%1</p><p class=\"sub\">%2</p>"
                       "<p class=\"need\">%3</p>%4<p class=\"foot\">%5</p></body></html>")
            .arg(esc(tr("为「%1」推荐的用地和厂房").arg(list.project)),
                 esc(tr("%1 · 韶关市招商引资 · %2").arg(list.company, date.toString(QStringLiteral("yyyy年M月d日")))),
                 esc(asks.join(QStringLiteral("，")) + QStringLiteral("。")), body,
                 esc(tr("以上载体来自韶关市用地厂房清单，截至%1；匹配度按面积、供电、供水、配套、价格、产业定位和"
                        "意向县区逐项计算，具体以园区现场核实为准。%2")
                         .arg(date.toString(QStringLiteral("yyyy年M月d日")),
                              officer.isEmpty() ? QString() : tr("联系人：%1。").arg(officer))));
    return list;
}

Result<QByteArray> SiteListComposer::pdf(const SiteList& list)
{
    PdfDocument::Options options;
    options.title = list.title;
    options.styleSheet = QString::fromLatin1(kStyle);
    auto pdf = PdfDocument::fromHtml(list.html, options);
    if (!pdf.ok())
        return makeError(ErrorCode::Internal, tr("推荐载体清单生成失败。"), pdf.error().message);
    return pdf;
}

Result<QString> SiteListComposer::record(const SiteList& list, const QByteArray& pdf)
{
    Material m;
    m.kind = QStringLiteral("park");
    m.title = list.title;
    m.version = list.date.toString(Qt::ISODate);
    m.mime = QStringLiteral("application/pdf");
    m.companyId = list.companyId;
    MaterialRepository repo(m_db);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db)); // kept and handed out, or neither
    ZS_TRY_ASSIGN(const QString id, repo.add(m, pdf));
    if (!list.companyId.isEmpty())
        ZS_TRY(repo.recordHandout(id, QString(), QString(), list.companyId));
    ZS_TRY(tx.commit());
    return id;
}

} // namespace zs
