// The city's sync schema: every synced table of the workspace, who reads which scope, who writes where.
// A new record kind adds its table here (and its migration on the laptop); HQ needs no code for it.
#include "sync/protocol/SyncSchema.h"

namespace zs::sync {

namespace {
QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// Ids of teams and counties: lower-case ASCII, as HQ's `team add` accepts them.
const char* const kIdPattern = "[a-z0-9_-]{1,32}";

QList<ScopeKind> scopeKinds()
{
    return {{s("city"), {}}, {s("team"), s(kIdPattern)}, {s("county"), s(kIdPattern)}};
}

QList<RoleDef> cityRoles()
{
    const QStringList team{s("city"), s("team:{team}")};
    return {
        {s("officer"), QT_TRANSLATE_NOOP("zs::sync::SyncSchema", "招商专员"), team},
        {s("lead"), QT_TRANSLATE_NOOP("zs::sync::SyncSchema", "组长"), team},
        {s("analyst"), QT_TRANSLATE_NOOP("zs::sync::SyncSchema", "总部分析员"), {s("*")}},
        // A county's follow-up specialist (四(四)3): the account's team is the county ("shixing"), whose agreements
        // and project service the specialist keeps.
        {s("specialist"), QT_TRANSLATE_NOOP("zs::sync::SyncSchema", "跟踪服务专员"), {s("city"), s("county:{team}")}},
        {s("admin"), QT_TRANSLATE_NOOP("zs::sync::SyncSchema", "管理员"), {s("*")}, true},
    };
}

QList<TableDef> cityTables()
{
    // The shared directory is written by everyone; a team's own work only by that team; the city-wide library and
    // event calendar only by HQ.
    const QList<Grant> directory{{{}, s("city")}, {{}, s("team:{team}")}};
    const QList<Grant> teamWork{{{}, s("team:{team}")}};
    const QList<Grant> published{{{s("analyst")}, s("city")}, {{}, s("team:{team}")}};
    const char* const teamOnly =
        QT_TRANSLATE_NOOP("zs::sync::SyncSchema", "走访和项目线索必须属于一个组，不能放在全市范围");
    const char* const hqOnly = QT_TRANSLATE_NOOP("zs::sync::SyncSchema", "只有总部可以发布全市共享的资料和活动（%1）");

    QList<TableDef> list;
    const auto add = [&list](const char* name, const char* cols, QList<Grant> writes = {},
                             const char* refused = nullptr) -> TableDef& {
        TableDef t;
        t.name = s(name);
        t.columns = columns(cols);
        t.writes = std::move(writes);
        t.refused = refused;
        list.append(std::move(t));
        return list.last();
    };
    const auto detail = [&add](const char* name, const char* cols, const char* parent, const char* key) -> TableDef& {
        TableDef& t = add(name, cols);
        t.parents = {{s(parent), s(key)}};
        return t;
    };

    add("company",
        "name name_norm credit_code industry hq_city size revenue_wan tags hometown source notes "
        "created_at updated_at",
        directory);
    add("contact", "company_id name title phones email wechat notes created_at updated_at", directory);
    add("event", "held_on city kind title organiser materials notes created_at updated_at", published, hqOnly);
    add("visit",
        "visited_at city place officers company_id purpose notes outcome intent next_step next_due "
        "next_done materials created_at updated_at",
        teamWork, teamOnly);
    add("lead",
        "company_id title industry chain_link investment_wan land_mu floor_m2 target_region target_park "
        "source_kind source_detail event_id officer stage stage_reason notes created_at updated_at",
        teamWork, teamOnly);
    TableDef& material = add("material",
                             "sha256 title kind language version publisher valid_from valid_to tags mime size pages "
                             "supersedes_id company_id created_at updated_at",
                             published, hqOnly);
    material.captureWhen = s("NEW.local_only = 0");

    // The counties' follow-up specialists (since workspace v9): a city-wide list HQ keeps.
    add("specialist", "name region park unit title phone email active notes created_at updated_at",
        {{{s("analyst")}, s("city")}}, QT_TRANSLATE_NOOP("zs::sync::SyncSchema", "跟踪服务专员名单由总部维护（%1）"));

    // Investment agreements and what follows them (since workspace v11): in the county's scope, kept by its
    // specialists (HQ analysts read every scope); the stationed team that signed the lead reads them too
    // (`signing_scope`) without writing them. Tranches, progress reports, measures and compliance findings are the
    // agreement's detail rows: its scope, its rule, its reader.
    const char* const countyOnly = QT_TRANSLATE_NOOP(
        "zs::sync::SyncSchema", "投资协议及其履约进展、处置记录由所在县（市、区）的跟踪服务专员维护（%1）");
    TableDef& agreement =
        add("agreement",
            "number company_id lead_id signing_scope signed_on region park land_mu land_price_wan total_wan "
            "fixed_asset_wan start_due completion_due production_due equipment_wan target_output_wan target_tax_wan "
            "target_jobs target_year incentives special_terms specialist_id notes created_at updated_at",
            {{{s("specialist")}, s("county:{team}")}}, countyOnly);
    agreement.readerColumn = s("signing_scope");
    detail("agreement_tranche", "agreement_id due_on cumulative_wan notes created_at updated_at", "agreement",
           "agreement_id");
    detail("agreement_progress",
           "agreement_id reported_on cumulative_wan fixed_asset_wan building equipment_wan producing output_wan "
           "tax_wan jobs source evidence_id notes created_at updated_at",
           "agreement", "agreement_id");
    detail("agreement_measure",
           "agreement_id taken_on measure taken_by condition_no notes document_id created_at updated_at", "agreement",
           "agreement_id");
    detail("agreement_finding", "agreement_id found_on kind rectify_due rectified_on notes created_at updated_at",
           "agreement", "agreement_id");
    // The project's one-to-one service (since workspace v12): milestones, the enterprise's requests, the service log.
    detail("service_milestone",
           "agreement_id stage item owner due_on state done_on roles headcount blockers notes created_at updated_at",
           "agreement", "agreement_id");
    detail("service_request",
           "agreement_id raised_on subject department answer answered_on notes created_at updated_at", "agreement",
           "agreement_id");
    detail("service_log", "agreement_id served_on mode specialist_id content next_step created_at updated_at",
           "agreement", "agreement_id");

    // Where a company can go (since workspace v13): the city's site inventory, kept by HQ and the counties'
    // specialists, read by every laptop; a lead's site requirement is a detail row of the lead (its team's).
    add("site",
        "name kind region park location latitude longitude land_mu floor_sqm floors floor_load_t clear_height_m "
        "power_kva water_tpd wastewater heating land_use price state owner idle_since idle_reason revitalise notes "
        "created_at updated_at",
        {{{s("analyst"), s("specialist")}, s("city")}},
        QT_TRANSLATE_NOOP("zs::sync::SyncSchema", "用地厂房清单由总部和各县（市、区）的跟踪服务专员维护（%1）"));
    // A site reserved for a project (since workspace v14): the team's row, read city-wide (`visible_to` = city) so
    // that no other team promises the site; one live reservation per site, the first to reach HQ holds it.
    TableDef& reservation =
        add("site_reservation", "site_id lead_id project holder reserved_on visible_to notes created_at updated_at",
            teamWork, QT_TRANSLATE_NOOP("zs::sync::SyncSchema", "预留由登记它的组维护（%1）"));
    reservation.readerColumn = s("visible_to");
    reservation.claim = TableDef::Claim{
        s("site_id"), s("holder"), s("reserved_on"),
        QT_TRANSLATE_NOOP("zs::sync::SyncSchema", "这处用地厂房已由%1于%2预留，一处载体只能为一个项目预留")};
    detail("site_requirement",
           "lead_id need min_area max_area power_kva water_tpd wastewater heating floor_load_t clear_height_m budget "
           "counties needed_by notes created_at updated_at",
           "lead", "lead_id");

    // Merges of duplicates (since workspace v10): in the merged record's scope, written by whoever may write it.
    add("record_merge",
        "kind survivor_id merged_id merged_title filled merged_at merged_by undone_at undone_by created_at updated_at",
        directory);

    // Detail rows (since workspace v8): in their parent's scope, written under its rule; a purge of the scope takes
    // them with their parents.
    detail("lead_stage", "lead_id stage changed_at reason changed_by updated_at", "lead", "lead_id");
    detail("visit_contact", "visit_id contact_id updated_at", "visit", "visit_id");
    detail("visit_revision", "visit_id edited_at field old_value new_value edited_by updated_at", "visit", "visit_id");
    detail("event_attendee", "event_id company_id contact_id updated_at", "event", "event_id");
    // A handout during a visit is the visit's; one without a visit (a brochure handed over at an event or a
    // meeting) is the team's, or the city's when HQ hands it out. A local-only material's handouts stay here.
    TableDef& handout =
        detail("material_handout", "material_id visit_id event_id company_id handed_at handed_by updated_at", "visit",
               "visit_id");
    handout.writes = published;
    handout.refused = hqOnly;
    handout.captureWhen = s("NOT EXISTS (SELECT 1 FROM material m WHERE m.id = NEW.material_id AND m.local_only = 1)");
    detail("record_merge_move", "merge_id tbl row_id col dropped updated_at", "record_merge", "merge_id");
    return list;
}
} // namespace

const SyncSchema& SyncSchema::city()
{
    static const SyncSchema schema(scopeKinds(), cityRoles(), cityTables());
    return schema;
}

} // namespace zs::sync
