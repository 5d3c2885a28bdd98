// sync/client against sync/server with the desktop switched off: the shared sync simulation (tests/support/sim)
// over a made-up schema of notes and their tags (NotesApp.h), so that what capture, stamping, pushing, merging,
// pulling, applying and purging promise is tested for any schema, not only for the city's workspace
// (tests/desktop/tst_sync_simulation runs the same engine over it). Scripted regressions first, then seeded
// scenarios with every fault and invariant of the engine.
//
// A failing seed prints its number and the operation log; ZS_SIM_SEED=<n> replays one seed, ZS_SIM_SEEDS=<count>
// changes how many run, ZS_SIM_LOG=1 prints every scenario's log.

#include "tests/support/sim/NotesApp.h"

#include "sync/protocol/WireCodec.h"
#include "sync/store/Database.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>

using namespace zs;
using sim::Device;
using sim::NotesApp;
using sim::Simulation;

class TestSyncSimCore : public QObject
{
    Q_OBJECT

private:
    sim::HqTemplate m_hq;
    NotesApp m_app;

    void script(const std::function<bool(Simulation&)>& steps, const std::function<bool(Simulation&)>& outcome)
    {
        const QString failure = sim::script(m_app, m_hq, steps, outcome);
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_hq.isValid(), qPrintable(m_hq.error())); }

    // The schema is the city's kind of declaration: a parent table, a detail table written under its rule.
    void theSchemaIsADeclaration()
    {
        const sync::SyncSchema& schema = NotesApp::notesSchema();
        QCOMPARE(schema.tableNames(), (QStringList{QStringLiteral("note"), QStringLiteral("note_tag")}));
        QVERIFY(schema.table(QStringLiteral("note_tag"))->isDetail());
        const sync::Actor officer{QStringLiteral("officer"), QStringLiteral("gz")};
        QVERIFY(!schema.refusal(officer, QStringLiteral("note_tag"), QStringLiteral("team:gz")));
        QVERIFY(schema.refusal(officer, QStringLiteral("note_tag"), QStringLiteral("team:sz")));
        QVERIFY(schema.refusal(officer, QStringLiteral("visit"), QStringLiteral("city"))); // not in this schema
    }

    // Every value type travels and comes back as it was written (null, integer, double, text, bytes), and a
    // colleague's laptop of the same team ends with the same rows; another team's sees the city's notes only.
    void everyValueTypeTravels()
    {
        script(
            [this](Simulation& sim) {
                Device& a = sim.device(0);
                QString team;
                QString city;
                if (!m_app.createNote(sim, a, false, &team, a.who.teamScope()) ||
                    !m_app.createNote(sim, a, false, &city, QStringLiteral("city")))
                    return false;
                const auto set = [&](const QString& id, qint64 rank, double weight, const QByteArray& data) {
                    return sim.ok(a.db().run("UPDATE note SET body = NULL, rank = ?2, weight = ?3, data = ?4, "
                                             "updated_at = ?5 WHERE id = ?1",
                                             id, rank, weight, data, a.clock.wallMs()),
                                  QStringLiteral("set values"));
                };
                return set(team, -(qint64(1) << 62), -0.125, QByteArray("\x00\xff\x10", 3)) &&
                       set(city, std::numeric_limits<qint64>::max(), 1e300, QByteArray()) &&
                       m_app.setTag(sim, a, team, NotesApp::tags().first(), true) && sim.pushOnce(a, false);
            },
            [](Simulation& sim) {
                const char* const values = "SELECT quote(body) || ' ' || rank || ' ' || weight || ' ' || hex(data) "
                                           "FROM note ORDER BY rank";
                const QStringList a = sim.column(sim.device(0), values);
                if (a.size() != 2 || sim.column(sim.device(1), values) != a)
                    return sim.fail(QStringLiteral("the team's laptops differ: ") + a.join(QLatin1Char(';')));
                if (sim.column(sim.device(2), values) != QStringList{a.last()})
                    return sim.fail(QStringLiteral("another team's laptop does not hold exactly the city's note"));
                if (sim.column(sim.device(1), "SELECT count(*) FROM note_tag") != QStringList{QStringLiteral("1")} ||
                    sim.column(sim.device(2), "SELECT count(*) FROM note_tag") != QStringList{QStringLiteral("0")})
                    return sim.fail(QStringLiteral("the tag did not stay in its note's scope"));
                return true;
            });
    }

    // An officer edits a note; before the edit is uploaded, a colleague's edit of the same field, stamped later (a
    // clock ahead there, or one behind here), reaches HQ and is pulled. The pending edit is stamped after what was
    // pulled: it wins everywhere, and the colleague's value is in the conflict list (the seed-231 defect of the
    // workspace simulation, for any schema).
    void pendingEditMeetsLaterRemoteEdit_data()
    {
        QTest::addColumn<int>("skewA");
        QTest::addColumn<int>("skewB");
        QTest::newRow("colleague's clock ahead") << 3 * 60 * 1000 << 0;
        QTest::newRow("own clock far behind") << 0 << -20 * 60 * 1000;
    }

    void pendingEditMeetsLaterRemoteEdit()
    {
        QFETCH(int, skewA);
        QFETCH(int, skewB);
        script(
            [&](Simulation& sim) {
                Device& a = sim.device(0);
                Device& b = sim.device(1);
                sim.setSkew(a, skewA);
                sim.setSkew(b, skewB);
                QString id;
                if (!m_app.createNote(sim, a, false, &id) || !sim.pushOnce(a, false) || !sim.pullAll(b, false))
                    return false;
                sim.tick();
                if (!m_app.setNoteTitle(sim, b, id, QStringLiteral("乙的标题")))
                    return false;
                sim.tick();
                return m_app.setNoteTitle(sim, a, id, QStringLiteral("甲的标题")) && sim.pushOnce(a, false) &&
                       sim.pullAll(b, false) && sim.pushOnce(b, false);
            },
            [](Simulation& sim) {
                const QStringList titles = sim.column(sim.device(0), "SELECT title FROM note");
                auto conflicts = sim.device(0).replica->conflicts();
                const bool seen =
                    conflicts.ok() && std::any_of(conflicts->cbegin(), conflicts->cend(), [](const QJsonObject& c) {
                        return c.value(QStringLiteral("lost")).toString() == QStringLiteral("甲的标题");
                    });
                if (titles != QStringList{QStringLiteral("乙的标题")})
                    return sim.fail(QStringLiteral("the pending edit did not win: ") + titles.join(QLatin1Char(',')));
                return seen || sim.fail(QStringLiteral("the overwritten value is not in the conflicts list"));
            });
    }

    // A row deleted here while elsewhere it was deleted and restored (causal length 3), the restore pulled before the
    // local delete is uploaded: the delete counts on top of 3 and wins everywhere. The same for a detail row.
    void pendingDeleteMeetsRemoteRestore_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("note") << QStringLiteral("note");
        QTest::newRow("tag (a detail row)") << QStringLiteral("note_tag");
    }

    void pendingDeleteMeetsRemoteRestore()
    {
        QFETCH(QString, table);
        script(
            [&](Simulation& sim) {
                Device& a = sim.device(0);
                Device& b = sim.device(1);
                sim.setSkew(a, 0);
                sim.setSkew(b, 0);
                QString note;
                if (!m_app.createNote(sim, a, false, &note) ||
                    !m_app.setTag(sim, a, note, NotesApp::tags().first(), true) || !sim.pushOnce(a, false) ||
                    !sim.pullAll(b, false))
                    return false;
                const QString id =
                    table == QLatin1String("note") ? note : note + QLatin1Char('/') + NotesApp::tags().first();
                sim.tick();
                if (!m_app.setDeleted(sim, b, table, id, true))
                    return false;
                sim.tick();
                return m_app.setDeleted(sim, a, table, id, true) && sim.pushOnce(a, false) &&
                       m_app.setDeleted(sim, a, table, id, false) && sim.pushOnce(a, false) && sim.pullAll(b, false) &&
                       sim.pushOnce(b, false);
            },
            [&](Simulation& sim) {
                const QByteArray sql = QStringLiteral("SELECT deleted FROM %1").arg(table).toUtf8();
                const QStringList deleted = sim.column(sim.device(0), sql.constData());
                return deleted == QStringList{QStringLiteral("1")} ||
                       sim.fail(QStringLiteral("the pending delete did not win: ") + deleted.join(QLatin1Char(',')));
            });
    }

    // The same tag added on two laptops of a team at once is one row (its id names note and tag), merged per field
    // like any other; taken off later on one of them, it is off on both and at HQ.
    void theSameDetailRowFromTwoLaptopsIsOneRow()
    {
        script(
            [this](Simulation& sim) {
                Device& a = sim.device(0);
                Device& b = sim.device(1);
                QString note;
                if (!m_app.createNote(sim, a, false, &note, a.who.teamScope()) || !sim.pushOnce(a, false) ||
                    !sim.pullAll(b, false))
                    return false;
                const QString tag = NotesApp::tags().last();
                if (!m_app.setTag(sim, a, note, tag, true) || !m_app.setTag(sim, b, note, tag, true) ||
                    !sim.pushOnce(a, false) || !sim.pushOnce(b, false) || !sim.pullAll(a, false) ||
                    !sim.pullAll(b, false))
                    return false;
                for (Device* d : {&a, &b})
                    if (sim.column(*d, "SELECT count(*) || ':' || sum(deleted) FROM note_tag") !=
                        QStringList{QStringLiteral("1:0")})
                        return sim.fail(QStringLiteral("%1 does not hold the one tag").arg(d->label));
                sim.tick();
                return m_app.setTag(sim, b, note, tag, false);
            },
            [](Simulation& sim) {
                for (int i : {0, 1})
                    if (sim.column(sim.device(i), "SELECT count(*) || ':' || sum(deleted) FROM note_tag") !=
                        QStringList{QStringLiteral("1:1")})
                        return sim.fail(QStringLiteral("%1 still shows the tag").arg(sim.device(i).label));
                return true;
            });
    }

    // A first sync into an empty store builds the secondary indexes once, at its end; cut short by a crash, reopening
    // builds them. Either way they end as the schema made them.
    void firstSyncBuildsIndexesAtItsEnd()
    {
        static const char* const kIndexes =
            "SELECT name || ':' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
            "tbl_name LIKE 'note%' ORDER BY name";
        static const char* const kRankIndex = "SELECT name FROM sqlite_master WHERE name = 'note_rank'";
        script(
            [this](Simulation& sim) {
                Device& a = sim.device(0);
                Device& b = sim.device(1);
                for (int i = 0; i < 4; ++i)
                    if (!m_app.createNote(sim, a, true) || !m_app.tagNote(sim, a, true))
                        return false;
                if (!sim.pushOnce(a, false))
                    return false;
                const QStringList schema = sim.column(b, kIndexes);
                if (schema.size() != 3) // note_rank, note_tag_note and the unique note_data (never deferred)
                    return sim.fail(QStringLiteral("the schema's three indexes are missing"));
                bool more = false;
                if (!sim.pullPage(b, 2, &more))
                    return false;
                if (!more || !sim.column(b, kRankIndex).isEmpty())
                    return sim.fail(QStringLiteral("the first page of a first sync did not defer the indexes"));
                if (!sim.reopen(b, QStringLiteral("crash in the middle of the first sync")))
                    return false;
                if (sim.column(b, kIndexes) != schema)
                    return sim.fail(QStringLiteral("reopening did not build the deferred indexes"));
                Device& d = sim.device(3); // the analyst: everything, in one go
                if (!sim.pullAll(d, false, 3) || sim.column(d, kIndexes) != schema)
                    return sim.fail(QStringLiteral("after a first sync the indexes differ from the schema's"));
                return true;
            },
            [](Simulation&) { return true; });
    }

    // A first sync meets a row twice: it changed at HQ after an earlier page of the same sync brought it. The second
    // copy is merged, not taken for a new row.
    void aFirstSyncMeetsARowTwice()
    {
        script(
            [this](Simulation& sim) {
                Device& a = sim.device(0);
                Device& b = sim.device(1);
                QString first;
                if (!m_app.createNote(sim, a, false, &first, a.who.teamScope()) || !m_app.createNote(sim, a, true) ||
                    !m_app.createNote(sim, a, true) || !sim.pushOnce(a, false))
                    return false;
                bool more = false;
                if (!sim.pullPage(b, 1, &more) || !more)
                    return sim.fail(QStringLiteral("the first page did not leave more to pull"));
                sim.tick();
                return m_app.setNoteTitle(sim, a, first, QStringLiteral("改过的标题")) && sim.pushOnce(a, false) &&
                       sim.pullAll(b, false, 1);
            },
            [](Simulation& sim) {
                return sim.column(sim.device(1), "SELECT count(*) FROM note WHERE title = '改过的标题'") ==
                           QStringList{QStringLiteral("1")} ||
                       sim.fail(QStringLiteral("the row met twice did not end as HQ has it"));
            });
    }

    // A row HQ holds but a local rule refuses (here: a second note with the same data bytes) is listed in the
    // conflicts with the reason and the sync goes on, in a first sync as in a later one.
    void aRowALocalRuleRefusesIsListed()
    {
        QTemporaryDir dir(sim::scratch());
        QVERIFY(dir.isValid());
        Simulation sim(m_app, 0, dir.path(), m_hq, {});
        QVERIFY2(sim.setUp(), qPrintable(sim.failure()));
        Device& a = sim.device(0);
        Device& c = sim.device(2); // another team: writes the city's notes too
        const auto same = [&](Device& d) {
            QString id;
            return m_app.createNote(sim, d, true, &id, QStringLiteral("city")) &&
                   sim.ok(d.db().run("UPDATE note SET data = ?2 WHERE id = ?1", id, QByteArray("同一份附件")),
                          QStringLiteral("same data"));
        };
        QVERIFY2(sim.pullAll(sim.device(3), false), qPrintable(sim.failure())); // hq: its first sync, of nothing
        QVERIFY2(same(a) && same(c) && sim.pushOnce(a, false) && sim.pushOnce(c, false), qPrintable(sim.failure()));
        for (Device* d : {&sim.device(1), &sim.device(3)}) { // gz-b's first sync, hq's second
            auto cursor = d->replica->cursor();
            QVERIFY(cursor.ok());
            auto body = sim.hq().pull(d->who, cursor.value(), 100);
            QVERIFY(body.ok());
            auto page = sync::WireCodec::decodePull(body.value());
            QVERIFY(page.ok());
            auto applied = d->replica->applyPage(page.value());
            QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
            QCOMPARE(applied->skipped, 1);
            auto conflicts = d->replica->conflicts();
            QVERIFY(conflicts.ok() && conflicts->size() == 1);
            QVERIFY(conflicts->first().value(QStringLiteral("why")).toString().contains(QStringLiteral("无法保存")));
            QCOMPARE(sim.column(*d, "SELECT count(*) FROM note"), QStringList{QStringLiteral("1")});
        }
        sim.tearDown();
    }

    // Seeded scenarios: operations, faults, crashes and skewed clocks, then every invariant.
    void randomScenariosConverge()
    {
        const QString failure = sim::runSeeds(m_app, m_hq, 1, 200);
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestSyncSimCore)
#include "tst_sync_sim_core.moc"
