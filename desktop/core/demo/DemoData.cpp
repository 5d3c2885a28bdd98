#include "desktop/core/demo/DemoData.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/directory/CreditCode.h"
#include "desktop/core/events/EventRepository.h"
#include "desktop/core/pipeline/LeadRepository.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/core/registry/RecordMerge.h"
#include "desktop/core/registry/RecordStore.h"
#include "desktop/core/search/SearchIndex.h"
#include "sync/protocol/SyncSchema.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <iterator>

namespace zs {

namespace {

template <typename T, std::size_t N> const T& pick(QRandomGenerator& rng, const T (&items)[N])
{
    return items[rng.bounded(static_cast<quint32>(N))];
}

const char16_t* const kBrandFirst[] = {u"华", u"鼎", u"恒", u"精", u"创", u"联", u"德", u"宏", u"新", u"中",
                                       u"粤", u"金", u"瑞", u"盛", u"博", u"凯", u"天", u"海", u"嘉", u"润",
                                       u"达", u"光", u"科", u"远", u"明", u"信", u"泰", u"安", u"荣", u"东"};
const char16_t* const kBrandSecond[] = {u"信", u"诚", u"通", u"达", u"丰", u"益", u"源", u"辉", u"耀", u"腾",
                                        u"晟", u"邦", u"峰", u"越", u"和", u"兴", u"成", u"威", u"锐", u"翔",
                                        u"拓", u"芯", u"能", u"智", u"航", u"泽", u"康", u"盈", u"宇", u"晨"};
struct IndustryKind
{
    const char16_t* word;
    const char* industry; // a code in seeds/chains.json
};
const IndustryKind kIndustries[] = {
    {u"电子科技", "pcb"},           {u"精密机械", "machining"},
    {u"新材料", "special-steel"},   {u"生物医药", "pharma-preparations"},
    {u"数据科技", "idc-operation"}, {u"食品", "food-beverage"},
    {u"新能源", "batteries"},       {u"智能装备", "intelligent-equipment"},
    {u"供应链管理", "cold-chain"},  {u"化工", "coatings-resins"},
};
// Annual revenue (万元) by size class, within the national SME thresholds for industry (工信部联企业〔2011〕300号:
// micro below 300, small below 2,000, medium below 40,000).
struct SizeClass
{
    const char* code;
    quint32 minWan;
    quint32 maxWan;
};
const SizeClass kSizes[] = {
    {"micro", 60, 300}, {"small", 300, 2000}, {"medium", 2000, 40000}, {"large", 40000, 600000}};
// Fixed-asset investment per 亩 (万元) of an industrial project, in the range Guangdong's parks ask for in 粤北.
constexpr quint32 kIntensityMin = 180;
constexpr quint32 kIntensityMax = 520;
// Schools the campus recruiting goes to (三(六)3 一线招聘).
const char16_t* const kSchools[] = {u"华南理工大学",     u"广东工业大学",     u"韶关学院",
                                    u"广东技术师范大学", u"深圳职业技术大学", u"东莞理工学院"};
const char16_t* const kEventThemes[] = {u"先进制造业", u"新能源与新材料", u"电子信息产业", u"生物医药与大健康",
                                        u"数字经济与算力"};

struct Place
{
    const char16_t* city;
    const char* region; // administrative division code for the credit code
    const char* visitCity;
};
const Place kPlaces[] = {{u"深圳", "440300", "shenzhen"},  {u"深圳", "440306", "shenzhen"},
                         {u"广州", "440100", "guangzhou"}, {u"广州", "440106", "guangzhou"},
                         {u"东莞", "441900", "dongguan"},  {u"佛山", "440600", "other"},
                         {u"韶关", "440200", "other"}};
const char16_t* const kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴",
                                     u"周", u"徐", u"孙", u"马", u"朱", u"胡", u"郭", u"何", u"高",
                                     u"林", u"罗", u"邓", u"曾", u"彭", u"谢", u"叶"};
const char16_t* const kGiven[] = {u"伟",   u"芳",   u"娜",   u"敏",   u"静",   u"强",   u"磊",   u"洋",   u"艳",
                                  u"勇",   u"军",   u"杰",   u"涛",   u"明",   u"超",   u"秀英", u"志强", u"建华",
                                  u"海燕", u"晓东", u"丽娟", u"国平", u"文彬", u"嘉怡", u"子豪"};
const char16_t* const kTitles[] = {u"董事长",         u"总经理",   u"副总经理", u"投资总监",
                                   u"战略发展部经理", u"行政经理", u"厂长",     u"财务总监"};
const char16_t* const kOfficers[] = {u"陈志远", u"李晓燕", u"王建国", u"张敏", u"刘海涛", u"黄丽华"};
const char16_t* const kPlans[] = {u"扩大产能",       u"新建生产基地", u"设立华南区域总部", u"布局上游配套",
                                  u"转移部分生产线", u"建设数据中心", u"建立研发中心"};
const char16_t* const kPolicies[] = {u"用地保障和熟地供应", u"标准厂房租金优惠", u"丹霞英才人才政策",
                                     u"电价和用能保障",     u"一事一议扶持",     u"产业链配套情况"};
const char16_t* const kParks[] = {u"华南先进装备产业园", u"始兴县产业转移工业园", u"韶关高新区",
                                  u"南雄高新区",         u"翁源县产业转移工业园", u"乳源高新区"};
const char16_t* const kOutcomes[] = {
    u"同意下月到韶关实地考察", u"需进一步沟通用地指标", u"暂无投资计划，保持联系",        u"愿意引荐上下游合作伙伴",
    u"已提交项目初步方案",     u"关注物流成本，待测算", u"对标准厂房感兴趣，要求提供图纸"};
const char16_t* const kNextSteps[] = {u"发送园区介绍和政策汇编", u"安排园区考察行程", u"约请县领导会面",
                                      u"提供熟地清单",           u"跟进投资方案测算", u"邀请参加推介会"};
const char* const kPurposes[] = {"first-visit", "project-talks", "policy-briefing", "follow-up", "inspection-invite"};
const char* const kStages[] = {"lead",        "lead",        "lead",   "contact", "contact",      "inspection",
                               "negotiation", "negotiation", "signed", "landed",  "construction", "production"};
// The pipeline's forward path (seeds/stages.json order); every stage of kStages is on it.
const char* const kPath[] = {"lead",   "contact", "inspection",   "negotiation",
                             "signed", "landed",  "construction", "production"};
constexpr qint64 kDayMs = 24 * 3600 * 1000;

// The demo's stage moves happen in the past: a clock set back that moves forward when told, never beyond now.
class SteppedClock : public Clock
{
public:
    explicit SteppedClock(qint64 wallMs)
        : m_wall(wallMs)
    {
    }
    qint64 monotonicMs() const override { return m_wall; }
    qint64 wallMs() const override { return m_wall; }
    void advance(qint64 ms, qint64 notAfter) { m_wall = qMin(m_wall + ms, notAfter - kDayMs); }

private:
    qint64 m_wall;
};

const char* const kRegions[] = {"qujiang", "shixing", "wujiang", "zhenjiang", "nanxiong", "wengyuan", "ruyuan"};

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QString creditCode(QRandomGenerator& rng, const char* region)
{
    static const QLatin1String alphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString code = QStringLiteral("91") + QLatin1String(region);
    for (int i = 0; i < 9; ++i)
        code += alphabet.at(static_cast<int>(rng.bounded(i == 0 ? 10u : 31u)));
    return code + CreditCode::checkCharacter(code);
}

QString personName(QRandomGenerator& rng)
{
    return s(pick(rng, kSurnames)) + s(pick(rng, kGiven));
}

} // namespace

namespace {
// Rows in the synced detail tables (sync/protocol/CitySchema.cpp).
Result<qint64> detailRows(Database& db)
{
    qint64 total = 0;
    for (const sync::TableDef& t : sync::SyncSchema::city().tables()) {
        if (!t.isDetail())
            continue;
        const QByteArray sql = QByteArrayLiteral("SELECT count(*) FROM ") + t.name.toUtf8();
        auto n = db.scalar(sql.constData());
        if (!n.ok())
            return n.error();
        total += n.value();
    }
    return total;
}
} // namespace

Result<int> DemoData::specialists(Database& db, const Clock& clock)
{
    auto existing = db.scalar("SELECT count(*) FROM specialist WHERE deleted = 0");
    if (!existing.ok())
        return existing.error();
    if (existing.value() > 0)
        return 0;
    struct Entry
    {
        const char16_t* name;
        const char* region;
        const char* park;
        const char16_t* unit;
        const char16_t* title;
        const char* phone;
    };
    static const Entry kEntries[] = {
        {u"刘建国", "wengyuan", "wengyuan-park", u"翁源县工业和信息化局", u"项目服务股股长", "0751-2812306"},
        {u"黄晓敏", "wengyuan", "wengyuan-park", u"翁源经济开发区管委会", u"招商服务科副科长", "0751-2819012"},
        {u"邓志强", "lechang", "lechang-park", u"乐昌市商务局", u"外资外贸股负责人", "0751-5561187"},
        {u"陈丽华", "nanxiong", "nanxiong-hitech", u"南雄高新区管委会", u"企业服务中心主任", "0751-3822640"},
        {u"李文杰", "shixing", "shixing-park", u"始兴县工业和信息化局", u"产业发展股干部", "0751-3332158"},
        {u"朱海燕", "renhua", "renhua-park", u"仁化县产业园管委会", u"项目跟踪服务专员", "0751-6368205"},
        {u"温国良", "xinfeng", "xinfeng-park", u"新丰县投资促进中心", u"副主任", "0751-2261470"},
        {u"盘秀英", "ruyuan", "ruyuan-hitech", u"乳源高新区管委会", u"经济发展局干部", "0751-5238816"},
        {u"谢振华", "qujiang", "huanan-equipment", u"华南先进装备产业园管委会", u"招商服务部部长", "0751-6661953"},
        {u"曾美玲", "wujiang", "gantang-park", u"武江区工业和信息化局", u"企业服务股股长", "0751-8733264"},
    };
    const KindDecl& kind = RecordKinds::get(RecordKind::Specialist);
    RecordStore store(db, kind, clock);
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    int made = 0;
    for (const Entry& e : kEntries) {
        const RecordStore::Values values{{QStringLiteral("name"), QString::fromUtf16(e.name)},
                                         {QStringLiteral("region"), QString::fromLatin1(e.region)},
                                         {QStringLiteral("park"), QString::fromLatin1(e.park)},
                                         {QStringLiteral("unit"), QString::fromUtf16(e.unit)},
                                         {QStringLiteral("title"), QString::fromUtf16(e.title)},
                                         {QStringLiteral("phone"), QString::fromLatin1(e.phone)},
                                         {QStringLiteral("active"), true}};
        auto id = store.create(values);
        if (!id.ok())
            return id.error();
        ++made;
    }
    ZS_TRY(tx->commit());
    return made;
}

Result<DemoData::Duplicates> DemoData::duplicates(Database& db, const Clock& clock)
{
    // The two companies visited most (ties by name), as they stand: deterministic for a demo workspace.
    auto stmt = db.prepare("SELECT c.id, c.name, c.hq_city, v.city FROM company c "
                           "JOIN visit v ON v.company_id = c.id AND v.deleted = 0 WHERE c.deleted = 0 "
                           "GROUP BY c.id ORDER BY count(*) DESC, c.name LIMIT 2");
    if (!stmt.ok())
        return stmt.error();
    struct Original
    {
        QString id, name, hqCity, visitCity;
    };
    QList<Original> originals;
    while (true) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        originals.append({stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3)});
    }
    Duplicates made;
    auto merges = db.scalar("SELECT count(*) FROM record_merge");
    if (!merges.ok())
        return merges.error();
    if (originals.size() < 2 || merges.value() > 0)
        return made;
    struct Card
    {
        const char16_t* person;
        const char16_t* title;
        const char16_t* notes;
        int daysAgo;
    };
    static const Card kCards[] = {
        {u"郑海波", u"副总经理", u"2026 年高交会上交换名片，按名片录入；对方有意在粤北布局第二生产基地。", 16},
        {u"吴婷", u"投资发展部经理", u"商会活动上认识，名称按对方口头介绍录入。", 9},
    };
    CompanyRepository companies(db, clock);
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    for (int i = 0; i < 2; ++i) {
        const Original& o = originals[i];
        const Card& card = kCards[i];
        Company dup;
        dup.name = RecordText::nameCore(o.name) + s(u"（") + o.hqCity + s(u"）");
        dup.hqCity = o.hqCity;
        dup.source = s(u"展会名片");
        dup.notes = s(card.notes);
        auto id = companies.create(dup);
        if (!id.ok() && id.error().code == ErrorCode::AlreadyExists)
            return Duplicates{}; // made before
        if (!id.ok())
            return id.error();
        Contact contact;
        contact.companyId = id.value();
        contact.name = s(card.person);
        contact.title = s(card.title);
        auto person = ContactRepository(db, clock).create(contact);
        if (!person.ok())
            return person.error();
        Visit visit;
        visit.companyId = id.value();
        visit.visitedAt = QDateTime::fromMSecsSinceEpoch(clock.wallMs()).addDays(-card.daysAgo);
        visit.visitedAt.setTime(QTime(10, 0));
        visit.city = o.visitCity;
        visit.officers = s(u"李敏");
        visit.purpose = QLatin1String(kPurposes[0]);
        visit.notes = s(u"初次拜访，介绍韶关产业园区和用地条件。");
        visit.contactIds = {person.value()};
        auto visited = VisitRepository(db, clock).create(visit);
        if (!visited.ok())
            return visited.error();
        made.survivors << o.id;
        made.duplicates << id.value();
    }
    ZS_TRY(tx->commit());
    auto merged =
        RecordMerge(db, clock).merge(RecordKinds::get(RecordKind::Company), made.survivors[0], made.duplicates[0]);
    if (!merged.ok())
        return merged.error();
    made.mergeId = merged.value();
    auto indexed = SearchIndex::flush(db);
    if (!indexed.ok())
        return indexed.error();
    return made;
}

Result<DemoData::Counts> DemoData::generate(Database& db, int visits, quint32 seed,
                                            const std::function<void(int, int)>& progress, const Clock& clock)
{
    QRandomGenerator rng(seed);
    Counts counts;
    CompanyRepository companies(db, clock);
    ContactRepository contacts(db, clock);
    VisitRepository visitRepo(db, clock);
    EventRepository events(db, clock);

    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    auto detailsBefore = detailRows(db);
    if (!detailsBefore.ok())
        return detailsBefore.error();

    const int companyCount = qMax(5, visits / 20);
    QList<QString> companyIds;
    QList<const Place*> companyPlaces;
    QList<QStringList> companyContacts;
    QStringList companyIndustries;
    QSet<QString> names;
    for (int i = 0; i < companyCount; ++i) {
        const Place& place = pick(rng, kPlaces);
        const IndustryKind& industry = pick(rng, kIndustries);
        Company c;
        QString name = s(place.city) + s(pick(rng, kBrandFirst)) + s(pick(rng, kBrandSecond)) + s(industry.word) +
                       (rng.bounded(4u) == 0 ? s(u"股份有限公司") : s(u"有限公司"));
        for (int n = 2; names.contains(name); ++n)
            name = s(place.city) + s(pick(rng, kBrandFirst)) + s(pick(rng, kBrandSecond)) + s(industry.word) +
                   s(u"（第") + QString::number(n) + s(u"分公司）");
        names.insert(name);
        c.name = name;
        c.creditCode = creditCode(rng, place.region);
        c.industry = QLatin1String(industry.industry);
        c.hqCity = s(place.city);
        const quint32 roll = rng.bounded(100u); // 20 % micro, 35 % small, 33 % medium, 12 % large
        const SizeClass& size = kSizes[roll < 20 ? 0 : roll < 55 ? 1 : roll < 88 ? 2 : 3];
        c.size = QLatin1String(size.code);
        c.revenueWan = double(rng.bounded(size.minWan, size.maxWan));
        c.hometown = rng.bounded(6u) == 0;
        c.tags = c.hometown ? s(u"乡贤") : QString();
        c.source = c.hometown ? s(u"乡贤联络") : s(u"驻点走访");
        auto id = companies.create(c);
        if (!id.ok()) {
            if (id.error().code == ErrorCode::AlreadyExists)
                continue; // a generated credit code collided: skip this company
            return id.error();
        }
        companyIds << id.value();
        companyPlaces << &place;
        companyIndustries << c.industry;
        QStringList people;
        const int nContacts = 1 + static_cast<int>(rng.bounded(3u));
        for (int k = 0; k < nContacts; ++k) {
            Contact p;
            p.companyId = id.value();
            p.name = personName(rng);
            p.title = s(pick(rng, kTitles));
            p.phones = QStringLiteral("13%1%2").arg(rng.bounded(10u)).arg(rng.bounded(10000000u, 99999999u));
            p.wechat = QStringLiteral("wx_%1").arg(rng.bounded(100000u, 999999u));
            auto pid = contacts.create(p);
            if (!pid.ok())
                return pid.error();
            people << pid.value();
            ++counts.contacts;
        }
        companyContacts << people;
    }
    counts.companies = static_cast<int>(companyIds.size());

    QElapsedTimer visitTimer;
    visitTimer.start();
    const qint64 now = clock.wallMs();
    // This computer's offset from UTC, fixed (no time-zone database lookups in the loop): the demo's office hours are
    // office hours where it is shown (China Standard Time on the officers' laptops).
    const QTimeZone cst(QDateTime::currentDateTime().offsetFromUtc());
    const QDate weekAgo = QDateTime::fromMSecsSinceEpoch(now, cst).date().addDays(-7);
    const qint64 twoYears = 2ll * 365 * 24 * 3600 * 1000;
    for (int i = 0; i < visits; ++i) {
        const int c = static_cast<int>(rng.bounded(static_cast<quint32>(companyIds.size())));
        Visit v;
        v.companyId = companyIds[c];
        // A working day, in office hours: starting on a quarter hour from 9:00 to 11:15 or from 14:00 to 17:15.
        QDate day =
            QDateTime::fromMSecsSinceEpoch(now - static_cast<qint64>(rng.bounded(double(twoYears))), cst).date();
        while (day.dayOfWeek() > 5)
            day = day.addDays(-1);
        const int quarter = static_cast<int>(rng.bounded(24u)); // 10 in the morning, 14 in the afternoon
        const QTime at = quarter < 10 ? QTime(9, 0).addSecs(quarter * 900) : QTime(14, 0).addSecs((quarter - 10) * 900);
        v.visitedAt = QDateTime(day, at, cst);
        if (v.visitedAt.toMSecsSinceEpoch() > now)
            v.visitedAt = v.visitedAt.addDays(-7);
        v.city = QLatin1String(companyPlaces[c]->visitCity);
        // One or two officers, never the same one twice.
        const int first = static_cast<int>(rng.bounded(quint32(std::size(kOfficers))));
        v.officers = s(kOfficers[first]);
        if (rng.bounded(3u) != 0) {
            const int second = (first + 1 + static_cast<int>(rng.bounded(quint32(std::size(kOfficers) - 1)))) %
                               static_cast<int>(std::size(kOfficers));
            v.officers += s(u"、") + s(kOfficers[second]);
        }
        v.purpose = QLatin1String(pick(rng, kPurposes));
        v.notes = s(u"了解企业") + s(pick(rng, kPlans)) + s(u"的计划，介绍韶关") + s(pick(rng, kPolicies)) +
                  s(u"，对方对") + s(pick(rng, kParks)) + s(u"表示兴趣。");
        v.outcome = s(pick(rng, kOutcomes));
        v.intent = static_cast<int>(rng.bounded(4u));
        if (rng.bounded(3u) != 0) {
            v.nextStep = s(pick(rng, kNextSteps));
            v.nextDue = v.visitedAt.date().addDays(rng.bounded(3, 30));
            v.nextDone = v.nextDue < weekAgo;
        }
        const QStringList& people = companyContacts[c];
        if (!people.isEmpty())
            v.contactIds << people.at(static_cast<int>(rng.bounded(static_cast<quint32>(people.size()))));
        auto id = visitRepo.create(v);
        if (!id.ok())
            return id.error();
        ++counts.visits;
        if (progress && (i % 5000 == 0 || i + 1 == visits))
            progress(i + 1, visits);
    }

    counts.visitsMs = visitTimer.elapsed();

    const int eventCount = qMax(3, visits / 400); // a few a year: promotions, trade fairs, campus recruiting
    QStringList eventIds;
    for (int i = 0; i < eventCount; ++i) {
        Event e;
        e.heldOn = QDate::currentDate().addDays(-static_cast<int>(rng.bounded(700u)));
        while (e.heldOn.dayOfWeek() > 5)
            e.heldOn = e.heldOn.addDays(-1);
        // Held where the investors are: 深圳, 广州, 东莞 (never "韶关（韶关）").
        static const char16_t* const kEventCities[] = {u"深圳", u"广州", u"东莞"};
        e.city = s(pick(rng, kEventCities));
        e.kind = QStringList{QStringLiteral("promotion"), QStringLiteral("trade"), QStringLiteral("campus")}.at(
            static_cast<int>(rng.bounded(3u)));
        const QString year = QString::number(e.heldOn.year());
        if (e.kind == QLatin1String("campus")) {
            const QString school = s(pick(rng, kSchools));
            e.city = school.contains(s(u"深圳"))   ? s(u"深圳")
                     : school.contains(s(u"东莞")) ? s(u"东莞")
                     : school.contains(s(u"韶关")) ? s(u"韶关")
                                                   : s(u"广州");
            e.title = s(u"韶关市") + year + (e.heldOn.month() <= 6 ? s(u"年春季") : s(u"年秋季")) +
                      s(u"园区企业校园招聘会（") + school + s(u"）");
        } else if (e.kind == QLatin1String("trade")) {
            e.title = year + s(u"韶关—") + e.city + s(u"产业转移合作对接会");
        } else {
            e.title = year + s(u"韶关（") + e.city + s(u"）") + s(pick(rng, kEventThemes)) + s(u"招商推介会");
        }
        e.organiser = s(u"韶关市商务局");
        for (int k = 0; k < 8 && !companyIds.isEmpty(); ++k)
            e.attendeeCompanyIds << companyIds.at(
                static_cast<int>(rng.bounded(static_cast<quint32>(companyIds.size()))));
        auto id = events.create(e);
        if (!id.ok())
            return id.error();
        eventIds << id.value();
        ++counts.events;
    }

    for (int c = 0; c < companyIds.size(); ++c) {
        if (rng.bounded(3u) != 0)
            continue;
        Lead l;
        l.companyId = companyIds[c];
        l.title = s(pick(rng, kPlans)) + s(u"项目");
        l.industry = companyIndustries[c]; // the company's own industry
        // Land first, then an investment at an intensity Guangdong's parks accept, to the nearest 100 万元.
        l.landMu = double(rng.bounded(15u, 320u));
        l.investmentWan = std::round(*l.landMu * double(rng.bounded(kIntensityMin, kIntensityMax)) / 100.0) * 100.0;
        l.targetRegion = QLatin1String(pick(rng, kRegions));
        l.officer = s(pick(rng, kOfficers));
        l.sourceKind = rng.bounded(5u) == 0 ? QStringLiteral("event") : QStringLiteral("team");
        if (l.sourceKind == QLatin1String("event"))
            l.eventId = eventIds.at(static_cast<int>(rng.bounded(static_cast<quint32>(eventIds.size()))));
        // Found as a 线索 some months ago, then moved a stage every three to seven weeks up to where it is now, so
        // its page shows a history with dates (each move dated by the clock below).
        const char* const target = pick(rng, kStages);
        int steps = 0;
        while (steps + 1 < int(std::size(kPath)) && qstrcmp(kPath[steps], target) != 0)
            ++steps;
        SteppedClock when(clock.wallMs() - qint64(steps + 1) * 45 * kDayMs - qint64(rng.bounded(30u)) * kDayMs);
        l.stage = QStringLiteral("lead");
        auto id = LeadRepository(db, when).create(l);
        if (!id.ok())
            return id.error();
        for (int k = 1; k <= steps; ++k) {
            when.advance(qint64(rng.bounded(21u, 50u)) * kDayMs, clock.wallMs());
            ZS_TRY(LeadRepository(db, when).moveToStage(id.value(), QLatin1String(kPath[k])));
        }
        ++counts.leads;
    }
    auto detailsAfter = detailRows(db);
    if (!detailsAfter.ok())
        return detailsAfter.error();
    counts.details = int(detailsAfter.value() - detailsBefore.value());
    QElapsedTimer indexTimer;
    indexTimer.start();
    auto indexed = SearchIndex::flush(db);
    if (!indexed.ok())
        return indexed.error();
    counts.indexMs = indexTimer.elapsed();
    ZS_TRY(tx->commit());
    return counts;
}

} // namespace zs
