#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace zs {

// Fixed code lists kept as data in seeds/vocabularies.json (versioned): a progress report's building state and
// source, the measures of the agreement ladder, the kinds of compliance finding, the watch's conditions. A Code
// field whose `ref` names one of these lists offers it (registry/Choices) and shows its names. Read once.
class Vocabularies
{
public:
    using Entry = std::pair<QString, QString>; // code, name
    static bool has(const QString& list);
    static QList<Entry> list(const QString& list);                 // in the seed's order
    static QString name(const QString& list, const QString& code); // the code itself when unknown
    static int position(const QString& list, const QString& code); // -1 when unknown
};

} // namespace zs
