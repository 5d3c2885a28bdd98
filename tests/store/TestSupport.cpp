#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>

namespace zs::test {

const Migrator& notesSchema()
{
    static const Migrator schema({
        {1, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"},
        {2, "ALTER TABLE notes ADD COLUMN tag TEXT NOT NULL DEFAULT ''"},
        {3, "CREATE INDEX notes_tag ON notes(tag)"},
    });
    return schema;
}

QByteArray sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

SecureBytes pass(const char* text)
{
    return SecureBytes::fromPassphrase(QString::fromUtf8(text));
}

} // namespace zs::test
