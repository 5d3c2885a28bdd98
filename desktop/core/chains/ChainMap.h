#pragma once

#include "sync/store/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace zs {

class Database;

// The industrial-chain map (policy paper 三(一)(三) 补链强链): for each chain of seeds/chains.json its links from
// upstream to downstream, and for each link what the city has — local enterprises (directory companies whose
// headquarters are in Shaoguan), landed projects (agreements, and leads past signing) — and what it is working on
// (leads in the pipeline): 已覆盖, 薄弱 or 空白, the 补链 / 强链 targets. The rule is pure; the threshold is data
// (seeds/chain_map.json).
class ChainMap
{
    Q_DECLARE_TR_FUNCTIONS(ChainMap)

public:
    enum class State
    {
        Covered, // 已覆盖
        Weak,    // 薄弱
        Empty,   // 空白
    };
    struct Link
    {
        QString chain;
        QString chainName;
        QString code;
        QString name;
        QString position; // upstream, midstream, downstream
        QStringList enterprises;
        QStringList landed;
        QStringList leads;
        State state = State::Empty;
        QString reason;
    };
    struct Settings
    {
        int coveredMin = 2;
        int version = 0;
        static const Settings& bundled(); // :/seeds/chain_map.json
    };

    // A link's state and its reason in words, from what it holds.
    static void judge(Link& link, const Settings& settings);
    static QString stateCode(State state); // covered, weak, empty
    static QString stateName(State state); // 已覆盖 …

    // Every link of every chain, in the seed's order, judged.
    static Result<QList<Link>> read(Database& db, const Settings& settings = Settings::bundled());
    // What `zhaoshang-cli chains` prints: chains with their links.
    static QJsonObject toJson(const QList<Link>& links);
};

} // namespace zs
