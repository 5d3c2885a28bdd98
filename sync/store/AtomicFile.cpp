#include "sync/store/AtomicFile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace zs {

namespace {
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
} // namespace

Error AtomicFile::errnoError(int err, const QString& path)
{
    const QString detail = path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(err));
    if (err == ENOSPC || err == EDQUOT || err == EFBIG)
        return makeError(ErrorCode::DiskFull, tr("磁盘空间不足，无法写入文件。请腾出空间后重试，已有数据没有改变。"),
                         detail);
    return makeError(ErrorCode::Io, tr("无法写入文件。已有数据没有改变。"), detail);
}

Result<void> AtomicFile::write(const QString& path, const QByteArray& content)
{
    const QString tmp = path + QStringLiteral(".tmp");
    const QByteArray tmpName = QFile::encodeName(tmp);
    {
        Fd out;
        out.fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (out.fd < 0)
            return errnoError(errno, tmp);
        const char* p = content.constData();
        qsizetype left = content.size();
        while (left > 0) {
            const ssize_t n = ::write(out.fd, p, static_cast<size_t>(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                const int err = n < 0 ? errno : ENOSPC;
                ::unlink(tmpName.constData());
                return errnoError(err, tmp);
            }
            p += n;
            left -= n;
        }
        if (::fsync(out.fd) != 0) {
            const int err = errno;
            ::unlink(tmpName.constData());
            return errnoError(err, tmp);
        }
    }
    auto renamed = rename(tmp, path);
    if (!renamed.ok())
        ::unlink(tmpName.constData());
    return renamed;
}

Result<void> AtomicFile::rename(const QString& from, const QString& to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return errnoError(errno, to);
    return fsyncDirectoryOf(to);
}

Result<void> AtomicFile::fsyncFile(const QString& path)
{
    Fd f;
    f.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (f.fd < 0 || ::fsync(f.fd) != 0)
        return errnoError(errno, path);
    return {};
}

Result<void> AtomicFile::fsyncDirectoryOf(const QString& path)
{
    const QString dir = QFileInfo(path).absolutePath();
    Fd d;
    d.fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (d.fd < 0 || ::fsync(d.fd) != 0)
        return errnoError(errno, dir);
    return {};
}

} // namespace zs
