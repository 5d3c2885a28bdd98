#include "desktop/core/session/OfficerProfile.h"

#include "desktop/core/domain/RecordText.h"
#include "desktop/core/domain/RepositorySupport.h"
#include "sync/store/Database.h"

namespace zs {

namespace {
const char* const kFields[] = {"name", "title", "phone", "email", "team", "city"};

QString* field(OfficerProfile& p, int i)
{
    QString* fields[] = {&p.name, &p.title, &p.phone, &p.email, &p.team, &p.city};
    return fields[i];
}

// app_meta holds no NULL: an empty field is stored as ''.
QString stored(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text.trimmed();
}

Result<QString> value(Database& db, const QString& key, const char* table, const char* keyColumn)
{
    const QByteArray sql = QByteArray("SELECT value FROM ") + table + " WHERE " + keyColumn + " = ?1";
    ZS_TRY_ASSIGN(auto stmt, db.cached(sql.constData()));
    stmt->bind(1, key);
    ZS_TRY_ASSIGN(auto row, stmt->step());
    const QString text = row ? stmt->text(0) : QString();
    stmt->reset();
    return text;
}
} // namespace

QString OfficerProfile::cityOfTeam(const QString& teamName)
{
    for (const QString& code : RecordText::visitCities()) {
        const QString city = RecordText::cityName(code);
        if (code != QLatin1String("other") && !city.isEmpty() && teamName.contains(city))
            return code;
    }
    return {};
}

Result<OfficerProfile> OfficerProfile::load(Database& db)
{
    OfficerProfile p;
    for (int i = 0; i < 6; ++i) {
        ZS_TRY_ASSIGN(*field(p, i),
                      value(db, QStringLiteral("profile.") + QLatin1String(kFields[i]), "app_meta", "key"));
    }
    // Enrolment: HQ's name for the account and its team ("广州组").
    auto hqName = value(db, QStringLiteral("display_name"), "sync_state", "key");
    auto teamName = value(db, QStringLiteral("team_name"), "sync_state", "key");
    const QString enrolledName = hqName.ok() ? hqName.value() : QString();
    const QString enrolledTeam = teamName.ok() ? teamName.value() : QString();
    if (p.name.isEmpty())
        p.name = enrolledName;
    if (p.city.isEmpty())
        p.city = cityOfTeam(enrolledTeam);
    if (p.team.isEmpty() && !p.city.isEmpty())
        p.team = tr("韶关市驻%1招商组").arg(RecordText::cityName(p.city));
    else if (p.team.isEmpty())
        p.team = enrolledTeam;
    if (p.title.isEmpty() && !p.name.isEmpty())
        p.title = tr("招商专员");
    return p;
}

QMap<QString, QString> OfficerProfile::validate() const
{
    QMap<QString, QString> problems;
    if (name.trimmed().isEmpty())
        problems.insert(QStringLiteral("name"), tr("请填写您的姓名：宣传册的名片和新走访、新线索都用它。"));
    repo::checkPhones(problems, "phone", phone);
    repo::checkEmail(problems, "email", email);
    if (!city.isEmpty() && !RecordText::visitCities().contains(city))
        problems.insert(QStringLiteral("city"), tr("请选择驻点城市：广州、深圳、东莞或其他。"));
    repo::checkTextLimits(problems, {{"name", name}, {"title", title}, {"team", team}});
    return problems;
}

Result<void> OfficerProfile::save(Database& db) const
{
    if (const auto problems = validate(); !problems.isEmpty())
        return repo::invalid(problems);
    OfficerProfile copy = *this;
    for (int i = 0; i < 6; ++i) {
        ZS_TRY(db.run("INSERT INTO app_meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = "
                      "excluded.value",
                      QStringLiteral("profile.") + QLatin1String(kFields[i]), stored(*field(copy, i))));
    }
    return {};
}

QString OfficerProfile::recall(Database& db, const QString& key)
{
    auto v = value(db, QStringLiteral("last.") + key, "app_meta", "key");
    return v.ok() ? v.value() : QString();
}

void OfficerProfile::remember(Database& db, const QString& key, const QString& value)
{
    (void)db.run("INSERT INTO app_meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = "
                 "excluded.value",
                 QStringLiteral("last.") + key, stored(value));
}

} // namespace zs
