#include "desktop/core/materials/MaterialRepository.h"

#include "desktop/core/domain/RecordText.h"
#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/RowBinding.h"
#include "desktop/core/sync/WorkspaceSync.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"
#include "sync/store/Uuid7.h"

#include <QCryptographicHash>

namespace zs {

namespace {
#define MATERIAL_COLUMNS                                                                                               \
    "m.id, m.scope, m.sha256, m.title, m.kind, m.language, m.version, m.publisher, coalesce(m.valid_from, ''), "       \
    "coalesce(m.valid_to, ''), m.tags, m.mime, m.size, m.pages, coalesce(m.supersedes_id, ''), "                       \
    "coalesce(m.company_id, ''), m.created_at, m.local_only, "                                                         \
    "EXISTS (SELECT 1 FROM material n WHERE n.supersedes_id = m.id AND n.deleted = 0)"

Material read(const Statement& s)
{
    Material m;
    m.id = s.text(0);
    m.scope = s.text(1);
    m.sha256 = s.text(2);
    m.title = s.text(3);
    m.kind = s.text(4);
    m.language = s.text(5);
    m.version = s.text(6);
    m.publisher = s.text(7);
    m.validFrom = QDate::fromString(s.text(8), Qt::ISODate);
    m.validTo = QDate::fromString(s.text(9), Qt::ISODate);
    m.tags = s.text(10);
    m.mime = s.text(11);
    m.size = s.int64(12);
    m.pages = static_cast<int>(s.int64(13));
    m.supersedesId = s.text(14);
    m.companyId = s.text(15);
    m.createdAt = s.int64(16);
    m.localOnly = s.int64(17) != 0;
    m.superseded = s.int64(18) != 0;
    return m;
}

QMap<QString, QString> validate(const Material& m)
{
    QMap<QString, QString> problems;
    if (m.title.trimmed().isEmpty())
        problems.insert(QStringLiteral("title"), MaterialRepository::tr("请填写资料名称。"));
    if (!MaterialRepository::kinds().contains(m.kind))
        problems.insert(QStringLiteral("kind"), MaterialRepository::tr("请选择资料类型。"));
    if (m.validFrom.isValid() && m.validTo.isValid() && m.validTo < m.validFrom)
        problems.insert(QStringLiteral("valid_to"), MaterialRepository::tr("有效期截止日不能早于起始日。"));
    repo::checkTextLimits(problems,
                          {{"title", m.title}, {"version", m.version}, {"publisher", m.publisher}, {"tags", m.tags}});
    return problems;
}
} // namespace

QStringList MaterialRepository::kinds()
{
    return RecordText::materialKinds();
}

QString MaterialRepository::kindName(const QString& code)
{
    return RecordText::materialKindName(code);
}

QString MaterialRepository::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<QString> MaterialRepository::add(Material& m, const QByteArray& bytes, bool* existed)
{
    if (existed)
        *existed = false;
    if (bytes.isEmpty())
        return makeError(ErrorCode::Invalid, tr("文件是空的。"));
    if (bytes.size() > kMaxBytes)
        return makeError(ErrorCode::Invalid,
                         tr("文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。")
                             .arg(bytes.size() / (1024 * 1024)));
    m.title = m.title.trimmed();
    const auto problems = validate(m);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    m.sha256 = sha256Hex(bytes);
    m.size = bytes.size();
    auto same = m_db.cached("SELECT id FROM material WHERE sha256 = ?1 AND deleted = 0");
    if (!same.ok())
        return same.error();
    (*same)->bind(1, m.sha256);
    if ((*same)->step().value()) {
        if (existed)
            *existed = true;
        m.id = (*same)->text(0);
        return m.id;
    }
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto blob = m_db.cached("INSERT OR IGNORE INTO material_blob (sha256, bytes) VALUES (?1, ?2)");
    if (!blob.ok())
        return blob.error();
    (*blob)->bind(1, m.sha256).bind(2, bytes);
    ZS_TRY((*blob)->run());
    const qint64 now = m_clock.wallMs();
    m.id = Uuid7::create(now);
    m.createdAt = now;
    // Only HQ publishes city-wide materials: anyone else's import stays on this laptop (never captured for sync).
    m.localOnly = !WorkspaceSync::publishesMaterials(m_db);
    auto stmt = m_db.cached("INSERT INTO material (id, scope, sha256, title, kind, language, version, publisher, "
                            "valid_from, valid_to, tags, mime, size, pages, supersedes_id, company_id, created_at, "
                            "updated_at, local_only) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, nullif(?9, ''), "
                            "nullif(?10, ''), ?11, ?12, ?13, ?14, nullif(?15, ''), nullif(?16, ''), ?17, ?17, ?18)");
    if (!stmt.ok())
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, m.id).bind(2, rows::text(m.scope)).bind(3, m.sha256).bind(4, m.title).bind(5, m.kind);
    s.bind(6, rows::text(m.language)).bind(7, rows::text(m.version)).bind(8, rows::text(m.publisher));
    s.bind(9, rows::text(rows::isoDate(m.validFrom))).bind(10, rows::text(rows::isoDate(m.validTo)));
    s.bind(11, rows::text(m.tags)).bind(12, m.mime).bind(13, m.size).bind(14, m.pages);
    s.bind(15, rows::text(m.supersedesId)).bind(16, rows::text(m.companyId)).bind(17, now);
    s.bind(18, m.localOnly ? 1 : 0);
    ZS_TRY(s.run());
    // The file may have been waiting for download (a synced row): it is here now.
    auto arrived = m_db.cached("DELETE FROM material_file WHERE sha256 = ?1 AND direction = 'down'");
    if (!arrived.ok())
        return arrived.error();
    (*arrived)->bind(1, m.sha256);
    ZS_TRY((*arrived)->run());
    ZS_TRY(tx->commit());
    return m.id;
}

Result<void> MaterialRepository::update(Material& m)
{
    m.title = m.title.trimmed();
    const auto problems = validate(m);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    auto stmt = m_db.cached("UPDATE material SET title = ?2, kind = ?3, language = ?4, version = ?5, publisher = ?6, "
                            "valid_from = nullif(?7, ''), valid_to = nullif(?8, ''), tags = ?9, "
                            "supersedes_id = nullif(?10, ''), updated_at = ?11 WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, m.id).bind(2, m.title).bind(3, m.kind).bind(4, rows::text(m.language)).bind(5, rows::text(m.version));
    s.bind(6, rows::text(m.publisher)).bind(7, rows::text(rows::isoDate(m.validFrom)));
    s.bind(8, rows::text(rows::isoDate(m.validTo))).bind(9, rows::text(m.tags));
    s.bind(10, rows::text(m.supersedesId)).bind(11, m_clock.wallMs());
    return s.run();
}

Result<Material> MaterialRepository::get(const QString& id)
{
    auto stmt = m_db.cached("SELECT " MATERIAL_COLUMNS " FROM material m WHERE m.id = ?1 AND m.deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id);
    return repo::one(*stmt, read, makeError(ErrorCode::NotFound, tr("找不到这份资料。"), id));
}

Result<QByteArray> MaterialRepository::bytes(const QString& id)
{
    auto stmt = m_db.cached("SELECT b.bytes FROM material m JOIN material_blob b ON b.sha256 = m.sha256 "
                            "WHERE m.id = ?1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id);
    auto found = repo::one(
        *stmt, [](const Statement& s) { return s.blob(0); },
        makeError(ErrorCode::NotFound, tr("找不到这份资料的内容。"), id));
    if (found.ok() || found.error().code != ErrorCode::NotFound)
        return found;
    auto state = fileState(id);
    if (state.ok() && state->kind != FileState::Here)
        return makeError(ErrorCode::NotFound, tr("这份资料的文件还没有下载到本机（%1）。").arg(state->text()), id);
    return found;
}

const char* MaterialRepository::fileStateSql()
{
    return "CASE WHEN m.local_only = 1 THEN 'local' "
           "WHEN EXISTS (SELECT 1 FROM material_blob b WHERE b.sha256 = m.sha256) THEN 'here' "
           "ELSE coalesce((SELECT CASE WHEN f.received > 0 THEN 'down:' || (f.received * 100 / max(f.size, 1)) "
           "WHEN f.last_error <> '' THEN 'fail:' || f.last_error ELSE 'wait' END "
           "FROM material_file f WHERE f.sha256 = m.sha256), 'wait') END";
}

MaterialRepository::FileState MaterialRepository::FileState::parse(const QString& code)
{
    FileState state;
    if (code == QLatin1String("local"))
        state.kind = LocalOnly;
    else if (code == QLatin1String("wait"))
        state.kind = Waiting;
    else if (code.startsWith(QLatin1String("down:"))) {
        state.kind = Downloading;
        state.percent = qBound(0, code.mid(5).toInt(), 99);
    } else if (code.startsWith(QLatin1String("fail:"))) {
        state.kind = Failed;
        state.error = code.mid(5);
    }
    return state;
}

QString MaterialRepository::FileState::text() const
{
    switch (kind) {
    case Here:
        return tr("已下载");
    case LocalOnly:
        return tr("仅本机");
    case Waiting:
        return tr("等待下载");
    case Downloading:
        return tr("下载中 %1%").arg(percent);
    case Failed:
        return tr("下载失败：%1").arg(error);
    }
    return {};
}

Result<MaterialRepository::FileState> MaterialRepository::fileState(const QString& id)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + fileStateSql() + " FROM material m WHERE m.id = ?1";
    auto stmt = m_db.cached(sql.constData());
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id);
    return repo::one(
        *stmt, [](const Statement& s) { return FileState::parse(s.text(0)); },
        makeError(ErrorCode::NotFound, tr("找不到这份资料。"), id));
}

Result<MaterialRepository::FileState> MaterialRepository::requestFile(const QString& id)
{
    auto state = fileState(id);
    if (!state.ok() || state->kind == FileState::Here || state->kind == FileState::LocalOnly)
        return state;
    auto stmt =
        m_db.cached("INSERT INTO material_file (sha256, direction, size, priority, updated_at) "
                    "SELECT m.sha256, 'down', m.size, (SELECT coalesce(max(priority), 0) + 1 FROM material_file), ?2 "
                    "FROM material m WHERE m.id = ?1 "
                    "ON CONFLICT (sha256) DO UPDATE SET priority = excluded.priority, attempts = 0, next_try = 0, "
                    "last_error = ''");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id).bind(2, m_clock.wallMs());
    ZS_TRY((*stmt)->run());
    return fileState(id);
}

Result<void> MaterialRepository::recordHandout(const QString& materialId, const QString& visitId,
                                               const QString& eventId, const QString& companyId)
{
    // A detail row: the visit's scope when handed out during a visit, else the team's (sync/protocol/CitySchema.cpp).
    auto known = m_db.cached("SELECT EXISTS (SELECT 1 FROM material WHERE id = ?1 AND deleted = 0)");
    if (!known.ok())
        return known.error();
    (*known)->bind(1, materialId);
    auto found = repo::one(
        *known, [](const Statement& s) { return s.int64(0) != 0; }, Error{});
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("找不到这份资料，可能已被删除。"), materialId);
    auto scope = repo::teamScope(m_db);
    if (!scope.ok())
        return scope.error();
    const qint64 now = m_clock.wallMs();
    auto stmt =
        m_db.cached("INSERT INTO material_handout (id, scope, material_id, visit_id, event_id, company_id, "
                    "handed_at, handed_by, updated_at) VALUES (?1, coalesce((SELECT scope FROM visit WHERE id = "
                    "?3), ?2), ?4, nullif(?3, ''), nullif(?5, ''), nullif(?6, ''), ?7, " ZS_CURRENT_USER ", ?7)");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, Uuid7::create(now)).bind(2, scope.value()).bind(3, rows::text(visitId)).bind(4, materialId);
    (*stmt)->bind(5, rows::text(eventId)).bind(6, rows::text(companyId)).bind(7, now);
    return (*stmt)->run();
}

} // namespace zs
