// The shared directory: companies (客商) and their contacts.
#include "desktop/core/registry/RecordKinds.h"

namespace zs {

QList<KindDecl> RecordKinds::directoryKinds()
{
    using T = FieldType;
    KindDecl company;
    company.kind = RecordKind::Company;
    company.key = "company";
    company.plural = "companies";
    company.label = QT_TR_NOOP("客商");
    company.names = {"客商", "企业"};
    company.createLabel = QT_TR_NOOP("新建客商");
    company.titleColumn = "name";
    company.mergeable = true; // two teams often enter the same company under two names
    company.search = {"x.name, concat_ws(' ', x.credit_code, x.hq_city, x.tags, x.source, x.notes) FROM company x",
                      true, "SELECT id, hq_city FROM company WHERE rid = ?1"};
    company.fields = {{"name", QT_TR_NOOP("企业名称")},
                      {"name_norm", QT_TR_NOOP("企业名称（查重用）"), T::Hidden},
                      {"credit_code", QT_TR_NOOP("统一社会信用代码")},
                      {"industry", QT_TR_NOOP("产业"), T::Code, nullptr, "ref_industry"},
                      {"hq_city", QT_TR_NOOP("总部城市")},
                      {"size", QT_TR_NOOP("企业规模"), T::Code, nullptr, "size"},
                      {"revenue_wan", QT_TR_NOOP("年营业收入"), T::Real, QT_TR_NOOP("万元")},
                      {"tags", QT_TR_NOOP("标签")},
                      {"hometown", QT_TR_NOOP("乡贤企业"), T::Bool},
                      {"source", QT_TR_NOOP("信息来源")},
                      {"notes", QT_TR_NOOP("备注"), T::LongText},
                      created(),
                      updated()};
    company.list.from = "company c";
    company.list.dateColumn = "date(c.updated_at / 1000, 'unixepoch', 'localtime')";
    company.list.columns = {
        {"name", QT_TR_NOOP("企业名称"), "c.name"},
        {"credit_code", QT_TR_NOOP("统一社会信用代码"), "coalesce(c.credit_code, '')"},
        {"industry", QT_TR_NOOP("产业"), "coalesce((SELECT name FROM ref_industry WHERE code = c.industry), '')"},
        {"hq_city", QT_TR_NOOP("总部城市"), "c.hq_city"},
        {"revenue", QT_TR_NOOP("年营收（万元）"), "coalesce(c.revenue_wan, -1)", ColumnType::Wan},
        {"hometown", QT_TR_NOOP("乡贤企业"), "c.hometown", ColumnType::Flag},
        {"source", QT_TR_NOOP("来源"), "c.source"},
        {"updated_at", QT_TR_NOOP("更新时间"), "c.updated_at", ColumnType::DateTimeMs},
    };
    company.list.sortColumn = 7;
    company.list.industry = "c.industry";
    company.list.company = "c.id";
    company.exchange = {
        {"name", {"企业名称", "名称", "name"}, true, "c.name"},
        {"credit_code", {"统一社会信用代码", "信用代码", "credit_code"}, false, "coalesce(c.credit_code, '')"},
        {"industry",
         {"产业", "行业", "industry"},
         false,
         "coalesce((SELECT name FROM ref_industry WHERE code = c.industry), '')"},
        {"hq_city", {"总部城市", "城市", "hq_city"}, false, "c.hq_city"},
        {"size",
         {"企业规模", "规模", "size"},
         false,
         "CASE c.size WHEN 'micro' THEN '微型' WHEN 'small' THEN '小型' WHEN 'medium' THEN '中型' "
         "WHEN 'large' THEN '大型' ELSE '' END"},
        {"revenue_wan",
         {"年营收（万元）", "年营收(万元)", "年营收", "revenue_wan"},
         false,
         "coalesce(c.revenue_wan, '')"},
        {"tags", {"标签", "tags"}, false, "c.tags"},
        {"hometown", {"乡贤企业", "乡贤", "hometown"}, false, "CASE WHEN c.hometown THEN '是' ELSE '否' END"},
        {"source", {"来源", "信息来源", "source"}, false, "c.source"},
        {"notes", {"备注", "notes"}, false, "c.notes"},
    };

    KindDecl contact;
    contact.kind = RecordKind::Contact;
    contact.key = "contact";
    contact.plural = "contacts";
    contact.label = QT_TR_NOOP("联系人");
    contact.titleColumn = "name";
    contact.search = {"x.name, concat_ws(' ', x.title, x.phones, x.email, x.wechat, x.notes) FROM contact x", true,
                      "SELECT p.id, coalesce(c.name, '') || ' ' || p.title FROM contact p "
                      "LEFT JOIN company c ON c.id = p.company_id WHERE p.rid = ?1"};
    contact.fields = {{"company_id", QT_TR_NOOP("所属企业"), T::Ref, nullptr, "company"},
                      {"name", QT_TR_NOOP("姓名")},
                      {"title", QT_TR_NOOP("职务")},
                      {"phones", QT_TR_NOOP("电话")},
                      {"email", QT_TR_NOOP("电子邮箱")},
                      {"wechat", QT_TR_NOOP("微信号")},
                      {"notes", QT_TR_NOOP("关系备注"), T::LongText},
                      created(),
                      updated()};
    contact.activity = false; // the people are the page's list, not its events
    contact.list.from = "contact p LEFT JOIN company c ON c.id = p.company_id";
    contact.list.dateColumn = "date(p.updated_at / 1000, 'unixepoch', 'localtime')";
    contact.list.columns = {
        {"name", QT_TR_NOOP("姓名"), "p.name"},       {"company", QT_TR_NOOP("企业"), "coalesce(c.name, '')"},
        {"title", QT_TR_NOOP("职务"), "p.title"},     {"phones", QT_TR_NOOP("电话"), "p.phones"},
        {"email", QT_TR_NOOP("电子邮箱"), "p.email"}, {"wechat", QT_TR_NOOP("微信"), "p.wechat"},
    };
    contact.list.sortColumn = 0;
    contact.list.order = Qt::AscendingOrder;
    contact.list.company = "c.id";
    contact.exchange = {
        {"name", {"姓名", "联系人", "name"}, true, "p.name"},
        {"company", {"企业", "企业名称", "统一社会信用代码", "company"}, true, "coalesce(c.name, '')"},
        {"title", {"职务", "title"}, false, "p.title"},
        {"phones", {"电话", "手机", "phones"}, false, "p.phones"},
        {"email", {"电子邮箱", "邮箱", "email"}, false, "p.email"},
        {"wechat", {"微信", "wechat"}, false, "p.wechat"},
        {"notes", {"备注", "notes"}, false, "p.notes"},
    };
    return {company, contact};
}

} // namespace zs
