#pragma once

#include "sync/store/Migrator.h"
#include "sync/store/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace zs::test {

// A small three-version schema for store-level tests: v1 notes, v2 adds a tag column, v3 adds an index.
const Migrator& notesSchema();
QByteArray sha256OfFile(const QString& path);
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);
SecureBytes pass(const char* text);

} // namespace zs::test

// Fails the test with the error's text when a Result holds an error (the text is built only on failure).
#define ZS_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto& zsResult_ = (expr);                                                                                \
        if (!zsResult_.ok())                                                                                           \
            QFAIL(qPrintable(zsResult_.error().toString()));                                                           \
    } while (false)
