#pragma once

#include "desktop/core/domain/RecordKind.h"
#include "desktop/core/search/SearchIndex.h"
#include "sync/store/Error.h"

#include <QList>
#include <QMap>
#include <QString>

namespace zs {

class Database;

struct SearchHit
{
    RecordKind kind;
    QString id;
    QString title;   // matches wrapped in kMatchStart / kMatchEnd
    QString snippet; // likewise, with … where text was cut
    QString context; // e.g. the company a visit belongs to and its date
    double score;    // for name matches, lower is better; 0 for the rest, which come newest first
};

// Global search across companies, contacts, visits, leads and events: name matches first (the match nearest the
// start of the shortest name), then matches in notes and other text, newest first.
class SearchService
{
public:
    static constexpr QChar kMatchStart = QChar(0x0001);
    static constexpr QChar kMatchEnd = QChar(0x0002);

    // `sources`: the kinds the index holds (SearchIndex::sources(); tests add kinds of their own).
    explicit SearchService(Database& db, const SearchSources& sources = SearchIndex::sources())
        : m_db(db)
        , m_sources(sources)
    {
    }
    Result<QList<SearchHit>> search(const QString& query, int limit = 50);
    // How many records of each kind match, all of them (the result tabs' counts; search() returns the best `limit`).
    Result<QMap<RecordKind, qint64>> counts(const QString& query);

private:
    Result<void> describe(SearchHit& hit, qint64 doc);
    Database& m_db;
    const SearchSources& m_sources;
};

} // namespace zs
