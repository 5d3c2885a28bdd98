#include "tests/support/sim/NotesApp.h"

#include "sync/store/Database.h"
#include "sync/store/EncryptedStore.h"
#include "sync/store/Statement.h"
#include "sync/store/Transaction.h"
#include "sync/store/Uuid7.h"

namespace zs::sim {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QList<sync::TableDef> noteTables()
{
    sync::TableDef note;
    note.name = s("note");
    note.columns = s("title body rank weight data author created_at updated_at").split(QLatin1Char(' '));
    note.writes = {{{}, s("city")}, {{}, s("team:{team}")}};
    sync::TableDef tag;
    tag.name = s("note_tag");
    tag.columns = s("note_id tag updated_at").split(QLatin1Char(' '));
    tag.parents = {{s("note"), s("note_id")}}; // written under the note's rule, in its scope
    return {note, tag};
}

const char* const kTables = R"sql(
CREATE TABLE device (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    node_id   TEXT NOT NULL
);
CREATE TABLE note (
    rid        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    title      TEXT NOT NULL,
    body       TEXT,
    rank       INTEGER,
    weight     REAL,
    data       BLOB,
    author     TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX note_rank ON note(rank);
CREATE UNIQUE INDEX note_data ON note(data); -- a local rule HQ does not know (as the workspace's credit codes)
CREATE TABLE note_tag (
    rid        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    note_id    TEXT NOT NULL,
    tag        TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX note_tag_note ON note_tag(note_id);
INSERT INTO device (singleton, node_id) VALUES (1, lower(hex(randomblob(8))));
)sql";

class NotesStore : public ClientStore
{
public:
    explicit NotesStore(std::unique_ptr<EncryptedStore> store)
        : m_store(std::move(store))
    {
    }
    Database& db() override { return m_store->db(); }

private:
    std::unique_ptr<EncryptedStore> m_store;
};

Result<std::unique_ptr<ClientStore>> wrap(Result<std::unique_ptr<EncryptedStore>> store)
{
    if (!store.ok())
        return store.error();
    return std::unique_ptr<ClientStore>(std::make_unique<NotesStore>(std::move(store.value())));
}

// The note's scope, or empty when it is not here.
QString scopeOfNote(Simulation& sim, Device& d, const QString& id)
{
    return sim.column(d, "SELECT scope FROM note WHERE id = ?1", id).value(0);
}

} // namespace

const sync::SyncSchema& NotesApp::notesSchema()
{
    static const sync::SyncSchema schema(
        {{s("city"), {}}, {s("team"), s("[a-z0-9_-]{1,32}")}},
        {{s("officer"), "officer", {s("city"), s("team:{team}")}}, {s("analyst"), "analyst", {s("*")}}}, noteTables());
    return schema;
}

const Migrator& NotesApp::storeSchema()
{
    static const Migrator migrator({{1, kTables,
                                     [](Database& db) {
                                         const QByteArray sql =
                                             sync::LocalReplica::installSql(notesSchema().tables()).toUtf8();
                                         return db.exec(sql.constData());
                                     }}},
                                   [](Database& db) { return sync::LocalReplica::registerFunctions(db); });
    return migrator;
}

const QStringList& NotesApp::tags()
{
    static const QStringList list{QStringLiteral("重点"), QStringLiteral("跟进"), QStringLiteral("签约"),
                                  QStringLiteral("搁置")};
    return list;
}

Result<std::unique_ptr<ClientStore>> NotesApp::create(const QString& path)
{
    return wrap(EncryptedStore::create(path, passphrase(), storeSchema(), KdfParams::minimal()));
}

Result<std::unique_ptr<ClientStore>> NotesApp::open(const QString& path)
{
    return wrap(EncryptedStore::open(path, passphrase(), storeSchema()));
}

std::unique_ptr<sync::LocalReplica> NotesApp::replica(Database& db, const Clock& clock)
{
    auto replica = std::make_unique<sync::LocalReplica>(db, notesSchema().tables(), clock);
    if (auto built = replica->restoreIndexesAfterCrash(); !built.ok())
        qWarning("zs.sim: %s", qUtf8Printable(built.error().message));
    return replica;
}

bool NotesApp::operate(Simulation& sim, Device& d)
{
    const int op = sim.below(100);
    if (op < 18)
        return createNote(sim, d);
    if (op < 44)
        return editNote(sim, d);
    if (op < 50)
        return setRandomDeleted(sim, d, "note", true);
    if (op < 55)
        return setRandomDeleted(sim, d, "note", false);
    if (op < 72)
        return tagNote(sim, d);
    if (op < 80)
        return removeTag(sim, d);
    if (op < 85)
        return setRandomDeleted(sim, d, "note_tag", false);
    return batch(sim, d);
}

bool NotesApp::editWhileSyncing(Simulation& sim, Device& d)
{
    const int op = sim.below(100);
    if (op < 50)
        return editNote(sim, d);
    if (op < 65)
        return setRandomDeleted(sim, d, "note", sim.chance(50));
    if (op < 85)
        return tagNote(sim, d);
    return removeTag(sim, d);
}

bool NotesApp::editable(const Device& d, const sync::RowChange& row) const
{
    return row.scope == QLatin1String("city") || row.scope == d.who.teamScope();
}

QStringList NotesApp::writableNotes(Simulation& sim, Device& d)
{
    return sim.column(d, "SELECT id FROM note WHERE deleted = 0 AND (scope = 'city' OR scope = ?1) ORDER BY rid",
                      d.who.teamScope());
}

bool NotesApp::createNote(Simulation& sim, Device& d, bool quiet, QString* created, QString scope)
{
    if (scope.isEmpty())
        scope = sim.chance(40) ? QStringLiteral("city") : d.who.teamScope();
    const QString id = Uuid7::create(d.clock.wallMs());
    const qint64 now = d.clock.wallMs();
    auto stmt = d.db().prepare("INSERT INTO note (id, scope, title, body, rank, weight, data, author, created_at, "
                               "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)");
    if (!sim.ok(stmt, QStringLiteral("prepare note")))
        return false;
    stmt->bind(1, id).bind(2, scope).bind(3, sim.text(QStringLiteral("笔记"), d));
    stmt->bind(4, sim.chance(30) ? QString() : sim.text(QStringLiteral("正文"), d));
    if (sim.chance(70))
        stmt->bind(5, qint64(sim.below(1000)) - 500);
    if (sim.chance(50))
        stmt->bind(6, sim.below(100000) / 7.0);
    if (sim.chance(40))
        stmt->bind(7, sim.text(QStringLiteral("附件"), d).toUtf8());
    stmt->bind(8, d.who.account).bind(9, now);
    if (!sim.ok(stmt->run(), QStringLiteral("create note")))
        return false;
    sim.created(QStringLiteral("note"), id);
    if (created)
        *created = id;
    if (!quiet)
        sim.note(d.label, QStringLiteral("create note %1 in %2").arg(id, scope));
    return true;
}

bool NotesApp::editNote(Simulation& sim, Device& d)
{
    const QString id = sim.pick(writableNotes(sim, d));
    if (id.isEmpty())
        return createNote(sim, d);
    return editNoteRow(sim, d, id);
}

bool NotesApp::editNoteRow(Simulation& sim, Device& d, const QString& id)
{
    // Mostly one field, mostly the title: colleagues then really overwrite each other's cells.
    QStringList what;
    const int fields = sim.chance(70) ? 1 : 2 + sim.below(2);
    for (int i = 0; i < fields; ++i) {
        const int r = sim.below(100);
        QByteArray sql;
        Result<void> done;
        const auto update = [&](const char* column, auto value, bool null) {
            sql = QStringLiteral("UPDATE note SET %1 = ?2, updated_at = ?3 WHERE id = ?1")
                      .arg(QLatin1String(column))
                      .toUtf8();
            auto stmt = d.db().prepare(sql.constData());
            if (!stmt.ok())
                return Result<void>(stmt.error());
            stmt->bind(1, id).bind(3, d.clock.wallMs());
            if (!null)
                stmt->bind(2, value);
            what << QLatin1String(column);
            return stmt->run();
        };
        // Each value drawn before whether it is null: argument order is not the evaluation order.
        if (r < 40) {
            done = update("title", sim.text(QStringLiteral("标题"), d), false);
        } else if (r < 60) {
            const QString body = sim.text(QStringLiteral("正文"), d);
            done = update("body", body, sim.chance(15));
        } else if (r < 75) {
            const qint64 rank = qint64(sim.below(2000)) - 1000;
            done = update("rank", rank, sim.chance(20));
        } else if (r < 88) {
            const double weight = sim.below(50000) / 4.0;
            done = update("weight", weight, sim.chance(20));
        } else {
            const QByteArray data = sim.text(QStringLiteral("附件"), d).toUtf8();
            done = update("data", data, sim.chance(20));
        }
        if (!sim.ok(done, QStringLiteral("edit note")))
            return false;
    }
    sim.note(d.label, QStringLiteral("edit note %1 (%2)").arg(id, what.join(QLatin1Char(','))));
    return true;
}

bool NotesApp::setNoteTitle(Simulation& sim, Device& d, const QString& id, const QString& title)
{
    if (!sim.ok(d.db().run("UPDATE note SET title = ?2, updated_at = ?3 WHERE id = ?1", id, title, d.clock.wallMs()),
                QStringLiteral("set title")))
        return false;
    sim.note(d.label, QStringLiteral("note %1 title = %2").arg(id, title));
    return true;
}

bool NotesApp::setTag(Simulation& sim, Device& d, const QString& noteId, const QString& tag, bool on)
{
    const QString scope = scopeOfNote(sim, d, noteId);
    if (scope.isEmpty())
        return sim.fail(QStringLiteral("no note %1 to tag").arg(noteId));
    const QString id = noteId + QLatin1Char('/') + tag;
    const qint64 now = d.clock.wallMs();
    Result<void> done;
    if (sim.column(d, "SELECT id FROM note_tag WHERE id = ?1", id).isEmpty()) {
        if (!on)
            return true;
        done = d.db().run("INSERT INTO note_tag (id, scope, note_id, tag, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)", id,
                          scope, noteId, tag, now);
        sim.created(QStringLiteral("note_tag"), id);
    } else {
        done = d.db().run("UPDATE note_tag SET deleted = ?2, updated_at = ?3 WHERE id = ?1", id, on ? 0 : 1, now);
    }
    if (!sim.ok(done, QStringLiteral("tag note")))
        return false;
    sim.note(d.label, QStringLiteral("%1 tag %2").arg(on ? QStringLiteral("add") : QStringLiteral("remove"), id));
    return true;
}

bool NotesApp::tagNote(Simulation& sim, Device& d, bool quiet)
{
    const QString note = sim.pick(writableNotes(sim, d));
    if (note.isEmpty())
        return createNote(sim, d, quiet);
    return setTag(sim, d, note, tags()[sim.below(int(tags().size()))], true);
}

bool NotesApp::removeTag(Simulation& sim, Device& d)
{
    const QString id = sim.pick(
        sim.column(d, "SELECT id FROM note_tag WHERE deleted = 0 AND (scope = 'city' OR scope = ?1) ORDER BY rid",
                   d.who.teamScope()));
    if (id.isEmpty())
        return true;
    return setDeleted(sim, d, QStringLiteral("note_tag"), id, true);
}

bool NotesApp::setRandomDeleted(Simulation& sim, Device& d, const char* table, bool deleted)
{
    const QByteArray sql = QStringLiteral("SELECT id FROM %1 WHERE deleted = %2 AND (scope = 'city' OR scope = ?1) "
                                          "ORDER BY rid")
                               .arg(QLatin1String(table))
                               .arg(deleted ? 0 : 1)
                               .toUtf8();
    const QString id = sim.pick(sim.column(d, sql.constData(), d.who.teamScope()));
    if (id.isEmpty())
        return true;
    return setDeleted(sim, d, QLatin1String(table), id, deleted);
}

bool NotesApp::setDeleted(Simulation& sim, Device& d, const QString& table, const QString& id, bool deleted)
{
    const QByteArray sql =
        QStringLiteral("UPDATE %1 SET deleted = ?2, updated_at = ?3 WHERE id = ?1").arg(table).toUtf8();
    if (!sim.ok(d.db().run(sql.constData(), id, deleted ? 1 : 0, d.clock.wallMs()), QStringLiteral("soft delete")))
        return false;
    sim.note(
        d.label,
        QStringLiteral("%1 %2 %3").arg(deleted ? QStringLiteral("delete") : QStringLiteral("undelete"), table, id));
    return true;
}

bool NotesApp::editRow(Simulation& sim, Device& d, const QString& table, const QString& id)
{
    if (table == QLatin1String("note"))
        return editNoteRow(sim, d, id);
    // A tag has nothing to edit but its life: it is taken off, or put back.
    const QStringList deleted = sim.column(d, "SELECT deleted FROM note_tag WHERE id = ?1", id);
    return setDeleted(sim, d, table, id, deleted.value(0) != QLatin1String("1"));
}

bool NotesApp::batch(Simulation& sim, Device& d)
{
    auto tx = Transaction::begin(d.db());
    if (!sim.ok(tx, QStringLiteral("begin batch")))
        return false;
    QString id;
    if (!createNote(sim, d, true, &id))
        return false;
    const int first = sim.below(int(tags().size()));
    if (!setTag(sim, d, id, tags()[first], true) || !setTag(sim, d, id, tags()[(first + 1) % tags().size()], true))
        return false;
    if (!sim.ok(tx->commit(), QStringLiteral("commit batch")))
        return false;
    sim.note(d.label, QStringLiteral("batch: note + two tags in one transaction"));
    return true;
}

} // namespace zs::sim
