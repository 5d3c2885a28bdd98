// The industrial-chain map at a province's scale (issue 16), in-process on an encrypted workspace:
//   1. every chain's links judged over the directory, agreements and leads of a workspace with 100,000 visits
//      (DemoData: about 20,000 companies)                                                          <= 300 ms
// Usage: bench_chains [visits=100000]
#include "BenchReport.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/chains/ChainMap.h"
#include "desktop/core/demo/DemoData.h"
#include "sync/store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace zs;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int visits = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("bench.zsdb")),
                                SecureBytes::fromPassphrase(QStringLiteral("bench-口令-2026")), KdfParams::minimal());
    if (!ws.ok())
        return 1;
    Database& db = ws.value()->db();
    auto made = DemoData::generate(db, visits);
    if (!made.ok() || !DemoData::agreements(db).ok())
        return 1;
    std::vector<double> runs;
    QElapsedTimer timer;
    int links = 0;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        auto map = ChainMap::read(db);
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!map.ok())
            return 1;
        links = int(map->size());
    }
    std::printf("1. the chain map: %d links over %d companies, %d visits, %d leads\n", links, made->companies,
                made->visits, made->leads);
    const double median = benchMedian(runs);
    benchLine("chain map, median of 5", median, "ms", "<= 300", median <= 300);
    std::printf("  (runs: %.0f, %.0f, %.0f, %.0f, %.0f ms)\n", runs[0], runs[1], runs[2], runs[3], runs[4]);
    return 0;
}
