#pragma once

#include "sync/store/Error.h"

#include <QList>

#include <functional>
#include <vector>

namespace zs {

class Database;

struct Migration
{
    int version;     // 1, 2, 3 … in order, no gaps
    const char* sql; // run as one script; may be null when apply is set
    std::function<Result<void>(Database&)> apply = {};
    // Tables it rebuilds (SQLite's 12-step ALTER): the migration runs with foreign keys off and commits only when
    // PRAGMA foreign_key_check finds nothing wrong in them.
    QList<const char*> rebuilds = {};
};

// Numbered migrations on PRAGMA user_version, each in its own transaction together with the version bump,
// so a crash leaves the database at a whole version.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // Runs on every new connection before anything else touches the schema (e.g. registering an FTS5 tokenizer
    // that the schema's virtual tables need).
    using ConnectionSetup = std::function<Result<void>(Database&)>;

    explicit Migrator(std::vector<Migration> migrations, ConnectionSetup setup = {});
    Result<void> setUpConnection(Database& db) const;
    const ConnectionSetup& connectionSetup() const { return m_setup; }
    int latestVersion() const;
    // The first `count` migrations: how a database of an earlier release was made (for upgrade tests).
    Migrator prefix(int count) const;
    // Brings db up to target (default: latest). A database newer than this build is refused untouched.
    Result<int> migrate(Database& db, int target = -1) const;

private:
    Result<void> migrateOne(Database& db, const Migration& m, int version) const;

    std::vector<Migration> m_migrations;
    ConnectionSetup m_setup;
};

} // namespace zs
