#pragma once

#include "sync/store/Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace zs {

class Database;

// Who uses this workspace: what the brochure's card prints and what new visits and leads start with. Kept in the
// encrypted workspace (app_meta, never synced), not in the settings file: a lost laptop's config says nothing about
// its officer. Until the officer fills it in, it comes from what enrolment knows (name and team from HQ) and the team's
// city (广州组 → 广州).
struct OfficerProfile
{
    Q_DECLARE_TR_FUNCTIONS(OfficerProfile)

public:
    QString name;  // 陈志远
    QString title; // 招商专员
    QString phone;
    QString email;
    QString team; // as printed: 韶关市驻广州招商组
    QString city; // stationed city, a visit city code: guangzhou, shenzhen, dongguan, other; empty: unknown

    // The stored profile, gaps filled from the enrolment and the team's name.
    static Result<OfficerProfile> load(Database& db);
    // Problems by field (name, phone, email, team…) in Chinese; save() refuses a profile that has any.
    QMap<QString, QString> validate() const;
    Result<void> save(Database& db) const;

    // What the officer used last in a form (the visit's city and officers), remembered in the workspace too.
    static QString recall(Database& db, const QString& key);
    static void remember(Database& db, const QString& key, const QString& value);

    // The visit city a team name names (广州组 → guangzhou), empty when none.
    static QString cityOfTeam(const QString& teamName);
};

} // namespace zs
