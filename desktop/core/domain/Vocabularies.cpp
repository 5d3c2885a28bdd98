#include "desktop/core/domain/Vocabularies.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zs {

namespace {
const QHash<QString, QList<Vocabularies::Entry>>& lists()
{
    static const QHash<QString, QList<Vocabularies::Entry>> all = [] {
        QHash<QString, QList<Vocabularies::Entry>> out;
        QFile f(QStringLiteral(":/seeds/vocabularies.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QJsonObject root =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("lists")).toObject();
        for (auto it = root.begin(); it != root.end(); ++it)
            for (const QJsonValue& v : it.value().toArray())
                out[it.key()].append({v.toObject().value(QStringLiteral("code")).toString(),
                                      v.toObject().value(QStringLiteral("name")).toString()});
        return out;
    }();
    return all;
}
} // namespace

bool Vocabularies::has(const QString& list)
{
    return lists().contains(list);
}

QList<Vocabularies::Entry> Vocabularies::list(const QString& list)
{
    return lists().value(list);
}

QString Vocabularies::name(const QString& list, const QString& code)
{
    for (const Entry& e : lists().value(list))
        if (e.first == code)
            return e.second;
    return code;
}

int Vocabularies::position(const QString& list, const QString& code)
{
    const QList<Entry> entries = lists().value(list);
    for (int i = 0; i < entries.size(); ++i)
        if (entries[i].first == code)
            return i;
    return -1;
}

} // namespace zs
