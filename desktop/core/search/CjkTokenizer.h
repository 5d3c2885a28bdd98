#pragma once

#include "sync/store/Error.h"

#include <QString>

namespace zs {

class Database;

// FTS5 tokenizer "zs_cjk" for Chinese-first substring search.
//
// FTS5's trigram tokenizer cannot find 1–2 character queries, and 2-character words (韶关, 汽车) are most of what
// officers type. This tokenizer indexes runs of Han (and kana/hangul) characters as overlapping bigrams, each with
// the single character at the same position (FTS5_TOKEN_COLOCATED), and the run's last character on its own:
//   韶关市 → [韶|韶关] [关|关市] [市]
// A query of n ≥ 2 characters becomes the phrase of its bigrams plus the last character; a 1-character query is
// the single character. Latin letters and digits form lower-cased words (full-width forms folded to ASCII), so
// mixed queries such as "TCL科技" work as phrases across both kinds.
class CjkTokenizer
{
public:
    static constexpr const char* kName = "zs_cjk";
    // Registers the tokenizer on this connection (needed before any FTS5 table using it is touched).
    static Result<void> registerWith(Database& db);
    // Turns what a user typed into an FTS5 MATCH expression: each whitespace-separated term becomes a quoted
    // phrase (terms are ANDed); Latin-only terms also match as prefixes. Empty when nothing searchable is left.
    static QString matchExpression(const QString& userQuery);
};

} // namespace zs
