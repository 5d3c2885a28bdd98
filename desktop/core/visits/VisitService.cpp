#include "desktop/core/visits/VisitService.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/core/visits/VisitRepository.h"
#include "sync/store/Transaction.h"

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
    if (!entry.newContact.trimmed().isEmpty() && !v.companyId.isEmpty()) {
        Contact p;
        p.companyId = v.companyId;
        p.name = entry.newContact;
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
    return v;
}

} // namespace zs
