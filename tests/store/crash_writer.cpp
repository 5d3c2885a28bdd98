// Child process for tst_crashsafety: commits numbered rows one transaction at a time, acknowledging each on
// stdout after its commit returned; then opens a transaction it never commits, says so, and waits to be killed.
#include "TestSupport.h"

#include "sync/store/EncryptedStore.h"
#include "sync/store/Transaction.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace zs;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: zs_crash_writer DB FIRST COUNT (passphrase in ZS_TEST_PASSPHRASE)\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int first = std::atoi(argv[2]);
    const int count = std::atoi(argv[3]);
    auto store = EncryptedStore::open(path, test::pass(qgetenv("ZS_TEST_PASSPHRASE").constData()), test::notesSchema());
    if (!store.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    Database& db = store->get()->db();
    for (int i = first; i < first + count; ++i) {
        auto tx = Transaction::begin(db);
        auto ins = db.cached("INSERT INTO notes (id, body, tag) VALUES (?1, ?2, 'committed')");
        (*ins)->bind(1, i).bind(2, QString(200, QChar(u'商')));
        if (!tx.ok() || !(*ins)->run().ok() || !tx->commit().ok())
            return 1;
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    auto tx = Transaction::begin(db);
    for (int i = 0; i < 500; ++i) {
        auto ins = db.cached("INSERT INTO notes (id, body, tag) VALUES (?1, 'never committed', 'uncommitted')");
        (*ins)->bind(1, 1'000'000 + i);
        if (!(*ins)->run().ok())
            return 1;
    }
    std::printf("uncommitted-ready\n");
    std::fflush(stdout);
    for (;;)
        pause();
}
