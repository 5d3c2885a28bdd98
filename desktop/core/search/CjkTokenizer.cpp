#include "desktop/core/search/CjkTokenizer.h"

#include "sync/store/Database.h"

#include <sqlite3.h>

#include <cstring>
#include <string>

namespace zs {

namespace {

enum class CharClass
{
    Separator,
    Word, // Latin letters, digits, other alphabetic scripts
    Ideograph,
};

// Decodes one UTF-8 code point at text[i]; returns its length (1 for invalid bytes, which become separators).
int decodeUtf8(const unsigned char* text, int size, int i, char32_t* out)
{
    const unsigned char c = text[i];
    int len = 1;
    char32_t cp = c;
    if (c >= 0xF0 && i + 3 < size) {
        len = 4;
        cp = (char32_t(c & 0x07) << 18) | (char32_t(text[i + 1] & 0x3F) << 12) | (char32_t(text[i + 2] & 0x3F) << 6) |
             char32_t(text[i + 3] & 0x3F);
    } else if (c >= 0xE0 && i + 2 < size) {
        len = 3;
        cp = (char32_t(c & 0x0F) << 12) | (char32_t(text[i + 1] & 0x3F) << 6) | char32_t(text[i + 2] & 0x3F);
    } else if (c >= 0xC0 && i + 1 < size) {
        len = 2;
        cp = (char32_t(c & 0x1F) << 6) | char32_t(text[i + 1] & 0x3F);
    } else if (c >= 0x80) {
        cp = 0xFFFD;
    }
    *out = cp;
    return len;
}

// Full-width ASCII (ＴＣＬ１２３) folds to ASCII; ASCII letters to lower case.
char32_t fold(char32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        cp -= 0xFEE0;
    if (cp >= 'A' && cp <= 'Z')
        cp += 'a' - 'A';
    return cp;
}

CharClass classify(char32_t cp)
{
    if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z'))
        return CharClass::Word;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2FA1F) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xAC00 && cp <= 0xD7AF))
        return CharClass::Ideograph;
    if (cp < 0x80)
        return CharClass::Separator;
    if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x52F))
        return CharClass::Word;
    return CharClass::Separator;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

struct Ideograph
{
    char32_t cp;
    int start;
    int end;
};

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

// Emits run[0..n). When the run continues in the next chunk (endsRun false), the last character is not emitted
// here: it starts the next chunk, so its bigram with the following character is not lost.
int emitIdeographRun(const Ideograph* run, int n, bool endsRun, bool query, void* ctx, TokenCallback xToken)
{
    std::string token;
    auto emit = [&](int from, int count, int flags) {
        token.clear();
        for (int k = from; k < from + count; ++k)
            appendUtf8(token, run[k].cp);
        return xToken(ctx, flags, token.data(), int(token.size()), run[from].start, run[from + count - 1].end);
    };
    for (int i = 0; i < n; ++i) {
        const bool last = i + 1 == n;
        if (last && !endsRun)
            break;
        int rc = SQLITE_OK;
        if (query) {
            // A query needs the bigrams, and the run's last character on its own position.
            rc = last ? emit(i, 1, 0) : emit(i, 2, 0);
        } else {
            // Documents: the character first (FTS5's highlight() takes offsets from the first token at a
            // position), then the bigram it starts at the same position.
            rc = emit(i, 1, 0);
            if (rc == SQLITE_OK && !last)
                rc = emit(i, 2, FTS5_TOKEN_COLOCATED);
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int tokenize(Fts5Tokenizer*, void* ctx, int flags, const char* pText, int nText, TokenCallback xToken)
{
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    const auto* text = reinterpret_cast<const unsigned char*>(pText);
    std::string word;
    int wordStart = -1;
    int wordEnd = 0;
    Ideograph runBuffer[64];
    int runLength = 0;

    auto flushWord = [&]() -> int {
        if (wordStart < 0)
            return SQLITE_OK;
        const int rc = xToken(ctx, 0, word.data(), int(word.size()), wordStart, wordEnd);
        word.clear();
        wordStart = -1;
        return rc;
    };
    auto flushRun = [&]() -> int {
        if (runLength == 0)
            return SQLITE_OK;
        const int rc = emitIdeographRun(runBuffer, runLength, true, query, ctx, xToken);
        runLength = 0;
        return rc;
    };

    int i = 0;
    while (i < nText) {
        char32_t cp = 0;
        const int len = decodeUtf8(text, nText, i, &cp);
        cp = fold(cp);
        const CharClass kind = classify(cp);
        int rc = SQLITE_OK;
        if (kind == CharClass::Word) {
            if ((rc = flushRun()) != SQLITE_OK)
                return rc;
            if (wordStart < 0)
                wordStart = i;
            appendUtf8(word, cp);
            wordEnd = i + len;
        } else if (kind == CharClass::Ideograph) {
            if ((rc = flushWord()) != SQLITE_OK)
                return rc;
            if (runLength == int(std::size(runBuffer))) {
                // A long run: emit this chunk and carry its last character into the next one.
                if ((rc = emitIdeographRun(runBuffer, runLength, false, query, ctx, xToken)) != SQLITE_OK)
                    return rc;
                runBuffer[0] = runBuffer[runLength - 1];
                runLength = 1;
            }
            runBuffer[runLength++] = Ideograph{cp, i, i + len};
        } else {
            if ((rc = flushWord()) != SQLITE_OK || (rc = flushRun()) != SQLITE_OK)
                return rc;
        }
        i += len;
    }
    int rc = flushWord();
    if (rc == SQLITE_OK)
        rc = flushRun();
    return rc;
}

int create(void*, const char**, int, Fts5Tokenizer** out)
{
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer*>(&instance); // stateless
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer*) {}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

Result<void> CjkTokenizer::registerWith(Database& db)
{
    fts5_api* api = fts5Api(db.handle());
    if (!api)
        return makeError(ErrorCode::Internal, QStringLiteral("FTS5 is not available in this SQLCipher build"));
    static fts5_tokenizer tokenizer = {create, destroy, tokenize};
    const int rc = api->xCreateTokenizer(api, kName, nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        return Database::sqliteError(rc, db.handle(), QStringLiteral("register tokenizer"));
    return {};
}

QString CjkTokenizer::matchExpression(const QString& userQuery)
{
    QStringList phrases;
    const QStringList terms = userQuery.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString term : terms) {
        bool searchable = false;
        bool latinOnly = true;
        for (const QChar c : term) {
            const CharClass kind = classify(fold(c.unicode()));
            searchable |= kind != CharClass::Separator;
            latinOnly &= kind != CharClass::Ideograph;
        }
        if (!searchable)
            continue;
        term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases << QLatin1Char('"') + term + QLatin1Char('"') + (latinOnly ? QStringLiteral("*") : QString());
    }
    return phrases.join(QLatin1Char(' '));
}

} // namespace zs
