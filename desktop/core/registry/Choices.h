#pragma once

#include "sync/store/Error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace zs {

class Database;
struct FieldDecl;

struct Choice
{
    QString value; // code or id
    QString text;  // name or title
};

// What the forms' pickers offer, read from the workspace: seed lists in their order, live records by title. Forms
// fill their combo boxes from these lists and never read the database themselves.
class Choices
{
public:
    explicit Choices(Database& db)
        : m_db(db)
    {
    }

    // A seed list (ref_industry, ref_region, ref_stage, ref_visit_purpose, ref_park…) as code → name, in its order.
    Result<QList<Choice>> seedList(const QString& table);
    enum class Order
    {
        ByName,
        RecentFirst, // the ones last touched first: what an officer in the field means most often
    };
    Result<QList<Choice>> companies(Order order = Order::ByName);
    // "2026-05-18 深圳新能源产业推介会", newest first.
    Result<QList<Choice>> events();
    // The parks of a county ("" for every park), in the seed's order.
    Result<QList<Choice>> parks(const QString& region);
    // The industries a park is positioned for (its seed's codes).
    Result<QStringList> parkIndustries(const QString& park);
    // Materials to hand out: the current version of each (none that a newer one supersedes), newest first.
    Result<QList<Choice>> currentMaterials(int limit = 100);
    // Pictures in the library whose file is on this laptop (maps, park photos), current versions, newest first: what a
    // brochure's cover may show.
    Result<QList<Choice>> images(int limit = 100);
    // Every material as "title version", by title: what a new version may supersede.
    Result<QList<Choice>> materialVersions();
    // What a declared Code field may hold (its seed list) or a Ref field may point at (live records by title).
    Result<QList<Choice>> forField(const FieldDecl& field);
    // The industries under their chain and link (产业链 → 环节 → 产业), in the seed's order: the industry pickers.
    struct Industry
    {
        QString chain; // 先进装备制造
        QString link;  // 基础零部件
        Choice industry;
    };
    Result<QList<Industry>> industryTree();
    // A stored value as users read it: a code or reference by its name in `choices` (forField's), 是/否, a number
    // with its unit (1200 万元), a time as a date and hour; "" for none.
    static QString text(const FieldDecl& field, const QVariant& value, const QList<Choice>& choices = {});

private:
    Result<QList<Choice>> list(const char* sql, const QString& bind = QString());

    Database& m_db;
};

} // namespace zs
