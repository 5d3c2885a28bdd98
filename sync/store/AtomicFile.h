#pragma once

#include "sync/store/Error.h"

#include <QByteArray>
#include <QString>

namespace zs {

// Durable file operations: the new content is either entirely there or not at all, even across a power cut.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // Writes to PATH.tmp, fsyncs it, renames it over PATH, fsyncs the directory. Mode 0600.
    static Result<void> write(const QString& path, const QByteArray& content);
    static Result<void> rename(const QString& from, const QString& to);
    static Result<void> fsyncFile(const QString& path);
    static Result<void> fsyncDirectoryOf(const QString& path);
    // Maps an errno from a failed write to a user-facing error (ENOSPC becomes DiskFull).
    static Error errnoError(int err, const QString& path);
};

} // namespace zs
