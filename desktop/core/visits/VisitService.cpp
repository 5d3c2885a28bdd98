#include "desktop/core/visits/VisitService.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/registry/Choices.h"
#include "desktop/core/session/OfficerProfile.h"
#include "sync/store/Transaction.h"

#include <QJsonArray>

namespace zs {

namespace {
// A problem of a record made on the spot belongs to the field it was typed in.
Error onField(Error error, const char* field)
{
    error.fields = {{QLatin1String(field), error.message}};
    return error;
}
} // namespace

Result<Visit> VisitService::save(const VisitEntry& entry)
{
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    Visit v = entry.visit;
    const QString newCompany = entry.newCompany.trimmed();
    if (v.companyId.isEmpty() && !newCompany.isEmpty()) {
        Company c;
        c.name = newCompany;
        auto created = CompanyRepository(m_db, m_clock).create(c);
        if (!created.ok())
            return onField(created.error(), "company");
        v.companyId = created.value();
    }
    for (const QString& name : entry.newContacts) {
        if (name.trimmed().isEmpty() || v.companyId.isEmpty())
            continue;
        Contact p;
        p.companyId = v.companyId;
        p.name = name;
        auto created = ContactRepository(m_db, m_clock).create(p);
        if (!created.ok())
            return onField(created.error(), "contacts");
        if (!v.contactIds.contains(created.value()))
            v.contactIds << created.value();
    }
    VisitRepository visits(m_db, m_clock);
    if (v.id.isEmpty()) {
        auto id = visits.create(v);
        if (!id.ok())
            return id.error();
    } else {
        auto changed = visits.correct(v);
        if (!changed.ok())
            return changed.error();
    }
    MaterialRepository materials(m_db, m_clock);
    for (const QString& materialId : entry.handoutIds)
        ZS_TRY(materials.recordHandout(materialId, v.id, QString(), v.companyId));
    ZS_TRY(tx->commit());
    // What the next visit starts with.
    OfficerProfile::remember(m_db, QStringLiteral("visit_city"), v.city);
    OfficerProfile::remember(m_db, QStringLiteral("visit_officers"), v.officers);
    return v;
}

Result<void> VisitService::completeNextStep(const QString& visitId)
{
    return VisitRepository(m_db, m_clock).setNextStepDone(visitId, true);
}

Result<void> VisitService::rescheduleNextStep(const QString& visitId, const QDate& due)
{
    VisitRepository visits(m_db, m_clock);
    ZS_TRY_ASSIGN(Visit v, visits.get(visitId));
    v.nextDue = due;
    v.nextDone = false;
    ZS_TRY(visits.correct(v));
    return {};
}

namespace {
Error badKey(const QString& key, const QString& message)
{
    Error error = makeError(ErrorCode::Invalid, message, key);
    error.fields.insert(key, message);
    return error;
}

QStringList texts(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString().trimmed();
    out.removeAll(QString());
    return out;
}
} // namespace

Result<VisitEntry> VisitService::entryFromJson(const QJsonObject& json)
{
    static const QStringList known = {
        QStringLiteral("company"),   QStringLiteral("visited_at"), QStringLiteral("city"),
        QStringLiteral("place"),     QStringLiteral("officers"),   QStringLiteral("purpose"),
        QStringLiteral("notes"),     QStringLiteral("outcome"),    QStringLiteral("intent"),
        QStringLiteral("next_step"), QStringLiteral("next_due"),   QStringLiteral("contacts"),
        QStringLiteral("handouts")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return badKey(it.key(), tr("不认识的字段“%1”。可用：%2").arg(it.key(), known.join(QStringLiteral("、"))));
    }
    for (const char* list : {"contacts", "handouts"}) {
        const QJsonValue value = json.value(QLatin1String(list));
        if (!value.isUndefined() && !value.isArray())
            return badKey(QLatin1String(list), tr("“%1”应是一个列表，如 [\"何建华\"]。").arg(QLatin1String(list)));
    }
    VisitEntry entry;
    Visit& v = entry.visit;
    const auto text = [&json](const char* key) { return json.value(QLatin1String(key)).toString().trimmed(); };
    const QString company = text("company");
    if (!company.isEmpty()) {
        if (CompanyRepository(m_db, m_clock).get(company).ok()) {
            v.companyId = company;
        } else {
            Company probe;
            probe.name = company;
            auto existing = CompanyRepository(m_db, m_clock).findDuplicate(probe);
            if (!existing.ok())
                return existing.error();
            if (existing->has_value())
                v.companyId = existing->value().id;
            else
                entry.newCompany = company;
        }
    }
    const QString when = text("visited_at");
    v.visitedAt = QDateTime::fromString(when, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!v.visitedAt.isValid())
        v.visitedAt = QDateTime::fromString(when, Qt::ISODate);
    if (!when.isEmpty() && !v.visitedAt.isValid())
        return badKey(QStringLiteral("visited_at"), tr("走访时间“%1”看不懂，请写成 2026-11-30 10:00。").arg(when));
    v.city = text("city");
    v.place = text("place");
    v.officers = text("officers");
    v.purpose = text("purpose");
    v.notes = text("notes");
    v.outcome = text("outcome");
    const QJsonValue intent = json.value(QStringLiteral("intent"));
    v.intent = intent.isDouble() ? intent.toInt(-1) : intent.isUndefined() ? 0 : -1; // the repository names -1
    v.nextStep = text("next_step");
    const QString due = text("next_due");
    v.nextDue = QDate::fromString(due, Qt::ISODate);
    if (!due.isEmpty() && !v.nextDue.isValid())
        return badKey(QStringLiteral("next_due"), tr("跟进日期“%1”看不懂，请写成 2026-12-15。").arg(due));

    QList<Contact> people;
    if (!v.companyId.isEmpty()) {
        ZS_TRY_ASSIGN(people, ContactRepository(m_db, m_clock).forCompany(v.companyId));
    }
    for (const QString& person : texts(json.value(QStringLiteral("contacts")))) {
        const auto found = std::find_if(people.begin(), people.end(),
                                        [&](const Contact& c) { return c.id == person || c.name == person; });
        if (found != people.end())
            v.contactIds << found->id;
        else
            entry.newContacts << person;
    }
    auto library = Choices(m_db).currentMaterials(1000);
    if (!library.ok())
        return library.error();
    QStringList titles;
    for (const QString& material : texts(json.value(QStringLiteral("handouts")))) {
        const auto found = std::find_if(library->begin(), library->end(),
                                        [&](const Choice& c) { return c.value == material || c.text == material; });
        if (found == library->end())
            return badKey(QStringLiteral("handouts"), tr("资料库里没有“%1”。").arg(material));
        entry.handoutIds << found->value;
        titles << found->text;
    }
    v.materials = titles.join(QStringLiteral("、"));
    return entry;
}

} // namespace zs
