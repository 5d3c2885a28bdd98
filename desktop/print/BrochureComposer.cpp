#include "desktop/print/BrochureComposer.h"
#include "desktop/print/PdfDocument.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "sync/store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextDocument>

namespace zs {

namespace {
QString resourceText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// seeds/policies.json, read once: its sections and the cover's facts.
const QJsonObject& policies()
{
    static const QJsonObject seed =
        QJsonDocument::fromJson(resourceText(QStringLiteral(":/seeds/policies.json")).toUtf8()).object();
    return seed;
}

QJsonArray policySections()
{
    return policies().value(QStringLiteral("sections")).toArray();
}

QJsonObject policyCover()
{
    return policies().value(QStringLiteral("cover")).toObject();
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

QStringList BrochureComposer::sectionCodes()
{
    QStringList codes;
    for (const QJsonValue& v : policySections())
        codes << v.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

QString BrochureComposer::sectionTitle(const QString& code)
{
    for (const QJsonValue& v : policySections())
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject().value(QStringLiteral("title")).toString();
    return code;
}

Result<QString> BrochureComposer::parksHtml(const QString& industry, int maxParks, QStringList* parkNames)
{
    // Parks positioned on the company's industry first; then the city's flagship parks to fill the count.
    auto stmt =
        m_db.cached("SELECT p.name, coalesce(r.name, ''), p.level, p.description, "
                    " (SELECT group_concat(i.name, '、') FROM ref_industry i WHERE instr(',' || p.industries || ',', "
                    "  ',' || i.code || ',') > 0) "
                    "FROM ref_park p LEFT JOIN ref_region r ON r.code = p.region "
                    "ORDER BY instr(',' || p.industries || ',', ',' || ?1 || ',') = 0, p.sort LIMIT ?2");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, industry).bind(2, maxParks);
    QString html;
    for (;;) {
        ZS_TRY_ASSIGN(auto row, (*stmt)->step());
        if (!row)
            break;
        const Statement& s = **stmt;
        *parkNames << s.text(0);
        html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>"
                               "<p class=\"muted\">%2 · %3</p><p>%4</p><h3>%5</h3><p>%6</p>")
                    .arg(esc(s.text(0)), esc(s.text(1)),
                         s.text(2) == QLatin1String("provincial") ? tr("省级园区")
                         : s.text(2) == QLatin1String("city")     ? tr("市级园区")
                                                                  : tr("县级园区"),
                         esc(s.text(3)), tr("主导产业"), esc(s.text(4)));
    }
    return html;
}

namespace {
const QString kCoverImage = QStringLiteral("zs-cover-image");
constexpr double kCoverMaxHeightMm = 46; // the cover's picture leaves room for its overview below
} // namespace

Result<BrochureComposer::Cover> BrochureComposer::cover(const Request& request)
{
    if (request.coverImageId.isEmpty())
        return Cover{};
    MaterialRepository materials(m_db);
    ZS_TRY_ASSIGN(const Material m, materials.get(request.coverImageId));
    if (!m.mime.startsWith(QLatin1String("image/")))
        return makeError(ErrorCode::Invalid, tr("「%1」不是图片，不能作为封面配图。").arg(m.title));
    ZS_TRY_ASSIGN(const QByteArray bytes, materials.bytes(request.coverImageId));
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return makeError(ErrorCode::Damaged, tr("封面配图「%1」无法读取，文件可能已损坏。").arg(m.title));
    return Cover{std::move(image), m.title};
}

Result<QString> BrochureComposer::html(const Request& request)
{
    ZS_TRY_ASSIGN(const Cover picture, cover(request));
    return html(request, picture);
}

Result<QString> BrochureComposer::html(const Request& request, const Cover& picture)
{
    // Without a company: a general policy guide addressed to investors.
    Company target;
    target.name = tr("各位投资者");
    if (!request.companyId.isEmpty()) {
        ZS_TRY_ASSIGN(auto company, CompanyRepository(m_db).get(request.companyId));
        target = company;
    }
    const Company* company = &target;
    const QStringList wanted = request.sections.isEmpty() ? sectionCodes() : request.sections;
    for (const QString& code : wanted)
        if (!sectionCodes().contains(code))
            return makeError(ErrorCode::Invalid,
                             tr("未知的政策章节「%1」。可选：%2").arg(code, sectionCodes().join(QLatin1Char(','))));

    QString sections;
    QStringList sectionTitles;
    for (const QJsonValue& v : policySections()) {
        const QJsonObject section = v.toObject();
        if (!wanted.contains(section.value(QStringLiteral("code")).toString()))
            continue;
        sectionTitles << section.value(QStringLiteral("title")).toString();
        sections += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2><p class=\"summary\">%2</p>")
                        .arg(esc(section.value(QStringLiteral("title")).toString()),
                             esc(section.value(QStringLiteral("summary")).toString()));
        for (const QJsonValue& c : section.value(QStringLiteral("clauses")).toArray()) {
            const QJsonObject clause = c.toObject();
            sections += QStringLiteral("<h3>%1</h3><p>%2</p>")
                            .arg(esc(clause.value(QStringLiteral("title")).toString()),
                                 esc(clause.value(QStringLiteral("text")).toString()));
        }
    }
    QStringList parkNames;
    ZS_TRY_ASSIGN(auto parks, parksHtml(company->industry, request.maxParks, &parkNames));

    // The officer's card: a line only for what is filled in (no bare 邮箱：).
    const OfficerCard& o = request.officer;
    QString card;
    if (!o.name.isEmpty()) {
        QString lines = QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(o.name), esc(o.title));
        for (const auto& [label, text] :
             {std::pair{QStringLiteral("%1"), o.team}, {tr("电话：%1"), o.phone}, {tr("邮箱：%1"), o.email}}) {
            if (!text.trimmed().isEmpty())
                lines += QStringLiteral("<p>%1</p>").arg(label.arg(esc(text)));
        }
        card = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2><table class=\"card\" cellpadding=\"10\" "
                              "width=\"100%\"><tr><td>%2</td></tr></table><p class=\"muted\">%3</p>")
                   .arg(tr("联系我们"), lines, tr("韶关市招商引资工作专班 · 欢迎实地考察，全程专人服务。"));
    }
    // The cover's lower half: what this brochure holds (its sections and the parks chosen for the company) beside the
    // city at a glance (seeds/policies.json "cover").
    QString contents;
    for (const QString& title : std::as_const(sectionTitles))
        contents += QStringLiteral("<p class=\"overview\">· %1</p>").arg(esc(title));
    if (!parkNames.isEmpty())
        contents += QStringLiteral("<p class=\"overview\"><span class=\"fact\">%1</span>%2</p>")
                        .arg(tr("推荐园区："), esc(parkNames.join(tr("、", "list separator"))));
    const QJsonObject cover = policyCover();
    QString facts;
    for (const QJsonValue& f : cover.value(QStringLiteral("facts")).toArray())
        facts += QStringLiteral("<p class=\"overview\"><span class=\"fact\">%1</span>　%2</p>")
                     .arg(esc(f.toObject().value(QStringLiteral("title")).toString()),
                          esc(f.toObject().value(QStringLiteral("text")).toString()));
    const QString overview =
        QStringLiteral("<table width=\"100%\" cellspacing=\"10\" cellpadding=\"10\" style=\"margin-top:10pt\"><tr>"
                       "<td width=\"42%\" bgcolor=\"#eef3f8\"><p class=\"overview-head\">%1</p>%2</td>"
                       "<td width=\"58%\" bgcolor=\"#f6f8fa\"><p class=\"overview-head\">%3</p>%4</td>"
                       "</tr></table>")
            .arg(tr("本册内容"), contents, esc(cover.value(QStringLiteral("title")).toString()), facts);
    // The picture fills the text's width, or less when it is tall (at most kCoverMaxHeightMm), in proportion.
    QString coverHtml;
    if (!picture.image.isNull()) {
        const double width = PdfDocument::textWidthHtmlPixels(pdfOptions());
        const double maxHeight = kCoverMaxHeightMm / 25.4 * PdfDocument::kHtmlDpi;
        const double scale = std::min(width / picture.image.width(), maxHeight / picture.image.height());
        coverHtml = QStringLiteral("<p align=\"center\" style=\"margin-top:12pt; margin-bottom:0; "
                                   "line-height:100%\"><img src=\"%1\" width=\"%2\" "
                                   "height=\"%3\"></p><p class=\"caption\" align=\"center\">%4</p>")
                        .arg(kCoverImage)
                        .arg(qRound(picture.image.width() * scale))
                        .arg(qRound(picture.image.height() * scale))
                        .arg(esc(picture.caption));
    }
    QString html = resourceText(QStringLiteral(":/brochure/brochure.html"));
    html.replace(QStringLiteral("{{CITY_LINE}}"), tr("广东 · 韶关"))
        .replace(QStringLiteral("{{TITLE}}"), tr("投资韶关 · 政策指南"))
        .replace(QStringLiteral("{{SUBTITLE}}"), tr("粤北生态发展区中心城市 · 对接粤港澳大湾区"))
        .replace(QStringLiteral("{{TO_LINE}}"), tr("致：%1").arg(esc(company->name)))
        .replace(QStringLiteral("{{DATE_LINE}}"), QLocale().toString(request.date, tr("yyyy年M月d日")))
        .replace(QStringLiteral("{{INTRO}}"),
                 tr("本册为贵企业整理了韶关在用地、财税、人才、要素保障、产业链配套和项目服务方面的政策要点，"
                    "并推荐与贵企业产业方向相符的园区：%1。具体条款以双方签订的投资协议为准。")
                     .arg(esc(parkNames.join(tr("、", "list separator")))))
        .replace(QStringLiteral("{{COVER_IMAGE}}"), coverHtml)
        .replace(QStringLiteral("{{OVERVIEW}}"), overview)
        .replace(QStringLiteral("{{SECTIONS}}"), sections)
        .replace(QStringLiteral("{{PARKS}}"), parks)
        .replace(QStringLiteral("{{CARD}}"), card);
    return html;
}

PdfDocument::Options BrochureComposer::pdfOptions()
{
    PdfDocument::Options options;
    options.title = tr("投资韶关 · 政策指南");
    options.styleSheet = resourceText(QStringLiteral(":/brochure/brochure.css"));
    return options;
}

Result<QByteArray> BrochureComposer::pdf(const Request& request)
{
    ZS_TRY_ASSIGN(const Cover picture, cover(request));
    ZS_TRY_ASSIGN(auto markup, html(request, picture));
    PdfDocument::Options options = pdfOptions();
    if (!picture.image.isNull())
        options.images.append({kCoverImage, picture.image});
    auto pdf = PdfDocument::fromHtml(markup, options);
    if (!pdf.ok())
        return makeError(ErrorCode::Internal, tr("宣传册生成失败。"), pdf.error().message);
    return pdf;
}

} // namespace zs
