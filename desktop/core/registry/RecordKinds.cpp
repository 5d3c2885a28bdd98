// The registry over the kinds' declarations (in their feature folders).
#include "desktop/core/registry/RecordKinds.h"

namespace zs {

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("zs::RecordKinds", text);
}
} // namespace

const FieldDecl* KindDecl::field(const QString& column) const
{
    for (const FieldDecl& f : fields)
        if (column == QLatin1String(f.column))
            return &f;
    return nullptr;
}

FieldDecl RecordKinds::created()
{
    return {"created_at", QT_TR_NOOP("创建时间"), FieldType::Time};
}

FieldDecl RecordKinds::updated()
{
    return {"updated_at", QT_TR_NOOP("修改时间"), FieldType::Time};
}

const QList<KindDecl>& RecordKinds::all()
{
    static const QList<KindDecl> kinds = [] {
        QList<KindDecl> list = directoryKinds();
        list << visitKind() << leadKind() << eventKind() << materialKind() << specialistKind() << agreementKind()
             << agreementTrancheKind() << agreementProgressKind() << agreementMeasureKind() << agreementFindingKind()
             << serviceMilestoneKind() << serviceRequestKind() << serviceLogKind() << siteKind()
             << siteRequirementKind() << siteReservationKind();
        return list;
    }();
    return kinds;
}

const KindDecl* RecordKinds::byName(const QString& name, bool importable)
{
    for (const KindDecl& k : all()) {
        if (importable && k.exchange.isEmpty())
            continue;
        bool named = name == QLatin1String(k.plural) || name == QLatin1String(k.key) || name == label(k);
        for (const char* other : k.names)
            named = named || name == QString::fromUtf8(other);
        if (named)
            return &k;
    }
    return nullptr;
}

QStringList RecordKinds::importablePlurals()
{
    QStringList names;
    for (const KindDecl& k : all())
        if (!k.exchange.isEmpty())
            names << QString::fromLatin1(k.plural);
    return names;
}

const KindDecl* RecordKinds::find(RecordKind kind)
{
    for (const KindDecl& k : all())
        if (k.kind == kind)
            return &k;
    return nullptr;
}

const KindDecl& RecordKinds::get(RecordKind kind)
{
    const KindDecl* k = find(kind);
    Q_ASSERT(k);
    return *k;
}

const KindDecl* RecordKinds::byTable(const QString& table)
{
    for (const KindDecl& k : all()) {
        if (table == QLatin1String(k.key))
            return &k;
        for (const DetailDecl& d : k.details)
            if (table == QLatin1String(d.table))
                return &k;
    }
    return nullptr;
}

const KindDecl* RecordKinds::byPlural(const QString& plural)
{
    for (const KindDecl& k : all())
        if (plural == QLatin1String(k.plural))
            return &k;
    return nullptr;
}

QStringList RecordKinds::plurals()
{
    QStringList names;
    for (const KindDecl& k : all())
        names << QString::fromLatin1(k.plural);
    return names;
}

const DetailDecl* RecordKinds::detail(const QString& table)
{
    for (const KindDecl& k : all())
        for (const DetailDecl& d : k.details)
            if (table == QLatin1String(d.table))
                return &d;
    return nullptr;
}

const QList<TableDecl>& RecordKinds::bookkeeping()
{
    static const QList<TableDecl> tables = mergeTables();
    return tables;
}

namespace {
const TableDecl* bookkeepingTable(const QString& table)
{
    for (const TableDecl& t : RecordKinds::bookkeeping())
        if (table == QLatin1String(t.table))
            return &t;
    return nullptr;
}
} // namespace

bool RefDecl::isLink() const
{
    if (!detail)
        return false;
    for (const FieldDecl& f : detail->fields)
        if (f.type != FieldType::Ref && qstrcmp(f.column, "updated_at") != 0)
            return false;
    return true;
}

QList<RefDecl> RecordKinds::referencesTo(const KindDecl& target)
{
    QList<RefDecl> refs;
    const auto refers = [&target](const FieldDecl& f) {
        return f.type == FieldType::Ref && f.ref && qstrcmp(f.ref, target.key) == 0;
    };
    for (const KindDecl& k : all()) {
        for (const FieldDecl& f : k.fields)
            if (refers(f))
                refs.append({&k, nullptr, &f});
        for (const DetailDecl& d : k.details)
            for (const FieldDecl& f : d.fields)
                if (refers(f))
                    refs.append({&k, &d, &f});
    }
    return refs;
}

QString RecordKinds::label(const KindDecl& kind)
{
    return translated(kind.label);
}

QString RecordKinds::shortLabel(const KindDecl& kind)
{
    return translated(kind.shortLabel ? kind.shortLabel : kind.label);
}

QString RecordKinds::createLabel(const KindDecl& kind)
{
    return kind.createLabel ? translated(kind.createLabel) : tr("新建%1").arg(label(kind));
}

QString RecordKinds::tableLabel(const QString& table)
{
    if (const DetailDecl* d = detail(table))
        return translated(d->label);
    if (const KindDecl* k = byTable(table))
        return label(*k);
    if (const TableDecl* t = bookkeepingTable(table))
        return translated(t->label);
    return table;
}

QString RecordKinds::fieldLabel(const FieldDecl& field)
{
    const QString label = translated(field.label);
    return field.unit ? tr("%1（%2）").arg(label, translated(field.unit)) : label;
}

QString RecordKinds::fieldLabel(const QString& table, const QString& column)
{
    if (const DetailDecl* d = detail(table)) {
        if (column == QLatin1String(d->parentColumn))
            return tableLabel(QString::fromLatin1(byTable(table)->key));
        for (const FieldDecl& f : d->fields)
            if (column == QLatin1String(f.column))
                return fieldLabel(f);
        return column;
    }
    if (const KindDecl* k = byTable(table))
        if (const FieldDecl* f = k->field(column))
            return fieldLabel(*f);
    if (const TableDecl* t = bookkeepingTable(table))
        for (const FieldDecl& f : t->fields)
            if (column == QLatin1String(f.column))
                return fieldLabel(f);
    return column;
}

} // namespace zs
