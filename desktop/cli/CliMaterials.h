#pragma once

#include "sync/store/Error.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace zs {
class Database;
}

namespace zs::cli {

// `brochure`: the company and the cover picture by id or exact name/title (empty: a general guide, no picture).
struct BrochureArgs
{
    QString company;
    std::optional<QStringList> sections; // none: all
    QString cover;
    QString out;
};
// The line printed on success.
Result<QString> writeBrochure(Database& db, const BrochureArgs& args);

// `material-import`: a PDF or a picture into the encrypted library.
struct MaterialArgs
{
    QString file;
    QString title; // empty: the PDF's own title, or the file's name
    QString kind;  // empty: policy
    QString publisher;
};
Result<QString> importMaterial(Database& db, const MaterialArgs& args);

// `demo --kind map`: the location schematic (print/LocationMap) as a picture in the library, for brochure covers.
Result<QJsonObject> demoLocationMap(Database& db);

} // namespace zs::cli
