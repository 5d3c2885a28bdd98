#include "desktop/print/NoticeComposer.h"

#include "desktop/core/agreements/AgreementWatchService.h"
#include "desktop/print/PdfDocument.h"
#include "sync/store/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace zs {

namespace {
const QJsonObject& templates()
{
    static const QJsonObject seed = [] {
        QFile f(QStringLiteral(":/seeds/notice_templates.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }();
    return seed;
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString chineseDate(QDate d)
{
    return NoticeComposer::tr("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

const char* const kStyle = R"css(
body { font-size: 14pt; color: #000000; }
p { line-height: 170%; margin-top: 0; margin-bottom: 6pt; }
.sender { font-size: 24pt; font-weight: bold; color: #c00000; text-align: center; margin-bottom: 4pt; }
.docno { font-size: 12pt; text-align: center; margin-top: 6pt; }
.title { font-size: 18pt; font-weight: bold; text-align: center; margin-top: 18pt; margin-bottom: 14pt; }
.body { text-indent: 28pt; }
.item { margin-left: 28pt; }
.sign { text-align: right; margin-top: 28pt; }
.contact { font-size: 11pt; color: #333333; margin-top: 24pt; }
)css";
} // namespace

Result<NoticeComposer::Notice> NoticeComposer::compose(const QString& agreement, int condition, QDate date)
{
    if (condition < 1 || condition > AgreementWatch::kConditions)
        return makeError(ErrorCode::Invalid, tr("退出情形应为 1 到 6。"));
    ZS_TRY_ASSIGN(auto find, m_db.cached("SELECT a.id, coalesce(s.unit, ''), coalesce(s.name, ''), coalesce(s.phone, "
                                         "''), coalesce(r.name, a.region) FROM agreement a LEFT JOIN specialist s ON "
                                         "s.id = a.specialist_id LEFT JOIN ref_region r ON r.code = a.region WHERE "
                                         "(a.id = ?1 OR a.number = ?1) AND a.deleted = 0"));
    find->bind(1, agreement);
    ZS_TRY_ASSIGN(const bool found, find->step());
    if (!found)
        return makeError(ErrorCode::NotFound, tr("找不到投资协议「%1」。").arg(agreement));
    const QString id = find->text(0);
    const QString unit = find->text(1);
    const QString contact = find->text(2);
    const QString phone = find->text(3);
    const QString county = find->text(4);
    find->reset();
    AgreementWatchService service(m_db);
    ZS_TRY_ASSIGN(const QList<AgreementFacts> facts, service.facts(id));
    if (facts.isEmpty())
        return makeError(ErrorCode::NotFound, tr("找不到投资协议「%1」。").arg(agreement));
    const AgreementFacts& f = facts.first();
    const ConditionResult r = AgreementWatch::evaluate(f, WatchSettings::bundled(), date).value(condition - 1);
    if (r.state != WatchState::Triggered && r.state != WatchState::Handled)
        return makeError(ErrorCode::Invalid,
                         tr("协议 %1 的“%2”截至 %3 为%4，不能发催告函：%5")
                             .arg(f.number, AgreementWatch::conditionName(condition), date.toString(Qt::ISODate),
                                  AgreementWatch::stateName(r.state), r.reason));

    // The notice's number: the county's abbreviation, the year, and the notices already recorded for it plus one.
    ZS_TRY_ASSIGN(auto count,
                  m_db.cached("SELECT count(*) FROM agreement_measure m JOIN agreement a ON a.id = "
                              "m.agreement_id WHERE a.region = (SELECT region FROM agreement WHERE id = ?1) "
                              "AND m.measure = 'notice' AND m.deleted = 0 AND substr(m.taken_on, 1, 4) = ?2"));
    count->bind(1, id).bind(2, QString::number(date.year()));
    ZS_TRY(count->step());
    const qint64 sequence = count->int64(0) + 1;
    count->reset();

    const QJsonObject seed = templates();
    const QJsonObject wording =
        seed.value(QStringLiteral("conditions")).toObject().value(QString::number(condition)).toObject();
    Notice n;
    n.agreementId = id;
    n.date = date;
    n.deadline = date.addDays(seed.value(QStringLiteral("deadline_days")).toInt(30));
    n.sender = unit.isEmpty() ? tr("%1人民政府").arg(county) : unit;
    QString shortCounty = county;
    shortCounty.remove(QStringLiteral("瑶族自治县")).remove(QChar(u'县')).remove(QChar(u'市')).remove(QChar(u'区'));
    n.number = tr("%1催〔%2〕%3号").arg(shortCounty).arg(date.year()).arg(sequence);
    n.title = seed.value(QStringLiteral("title")).toString();
    n.company = f.company;
    const auto fill = [&](QString text) {
        return text.replace(QStringLiteral("{start_due}"), f.startDue.isValid() ? chineseDate(f.startDue) : QString())
            .replace(QStringLiteral("{target_year}"), QString::number(f.targetYear))
            .replace(QStringLiteral("{completion_due}"),
                     f.completionDue.isValid() ? chineseDate(f.completionDue) : QString());
    };
    QString items;
    int item = 0;
    for (const QString& line : r.basis)
        items += QStringLiteral("<p class=\"item\">%1. %2</p>").arg(++item).arg(esc(line));
    // The next rung after the notice itself (取消优惠, then 收回土地).
    const QStringList ladder = WatchSettings::bundled().ladder;
    const int noticeAt = int(ladder.indexOf(QStringLiteral("notice")));
    const QString next = AgreementWatch::measureName(
        ladder.value(std::max(noticeAt + 1, int(ladder.indexOf(r.nextStep))), ladder.value(ladder.size() - 1)));
    QString consequence = seed.value(QStringLiteral("consequence")).toString();
    consequence.replace(QStringLiteral("{next_step}"), next);
    n.html = QStringLiteral("<html><body>"
                            "<p class=\"sender\">%1</p>"
                            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td "
                            "bgcolor=\"#c00000\"><p style=\"font-size:2pt; line-height:100%; margin:0\">&nbsp;</p>"
                            "</td></tr></table>"
                            "<p class=\"docno\">%2</p>"
                            "<p class=\"title\">%3</p>"
                            "<p>%4：</p>"
                            "<p class=\"body\">%5</p>"
                            "<p class=\"body\">%6</p>%7"
                            "<p class=\"body\">%8</p>"
                            "<p class=\"body\">%9</p>"
                            "<p class=\"sign\">%10<br>%11</p>"
                            "<p class=\"contact\">%12</p>"
                            "</body></html>")
                 .arg(esc(n.sender), esc(n.number), esc(n.title), esc(f.company),
                      esc(tr("贵公司于%1与我方签订的投资协议（编号：%2），%3。")
                              .arg(f.signedOn.isValid() ? chineseDate(f.signedOn) : tr("（日期未登记）"), f.number,
                                   fill(wording.value(QStringLiteral("clause")).toString()))),
                      esc(tr("经核查，截至%1：%2。具体情况如下：").arg(chineseDate(date), r.reason)), items,
                      esc(tr("现依据协议约定正式催告：请贵公司于%1前%2，并将落实情况书面报告%3。")
                              .arg(chineseDate(n.deadline), wording.value(QStringLiteral("requirement")).toString(),
                                   n.sender)),
                      esc(consequence))
                 .arg(esc(n.sender), esc(chineseDate(date)),
                      esc(contact.isEmpty() ? tr("联系人：项目跟踪服务专员")
                                            : tr("联系人：%1（项目跟踪服务专员）　电话：%2").arg(contact, phone)));
    return n;
}

Result<QByteArray> NoticeComposer::pdf(const Notice& notice)
{
    PdfDocument::Options options;
    options.title = notice.title + QStringLiteral(" ") + notice.number;
    options.marginMm = 25;
    options.pointSize = 14;
    options.styleSheet = QString::fromLatin1(kStyle);
    auto pdf = PdfDocument::fromHtml(notice.html, options);
    if (!pdf.ok())
        return makeError(ErrorCode::Internal, tr("催告函生成失败。"), pdf.error().message);
    return pdf;
}

} // namespace zs
