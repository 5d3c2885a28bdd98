#pragma once

#include <QByteArray>
#include <QString>

namespace zs {

// The fonts every PDF of the app is written with, so that a PDF's text extracts to exactly the characters laid out.
//
// Why: Noto Sans CJK's cmap maps a Kangxi radical (U+2F00–U+2FDF) or a supplementary radical (U+2E80–U+2EFF) and
// its unified ideograph to one glyph (⼴ U+2F34 and 广 U+5E7F, ⻔ U+2EE8 and 门 U+95E8). Qt's PDF writer builds each
// font's ToUnicode map from the cmap in code-point order, so the radical, being lower, is what a reader copies,
// searches and reads aloud. The print faces are the same fonts with the radicals left out of their cmap (and renamed,
// as the fonts' licence asks of a modified version): the writer then finds only the ideograph for those glyphs.
// A text that really contains a radical still prints it, from a fallback font, and it extracts as that radical.
class PrintFonts
{
public:
    // The family to lay PDFs out in: the print faces (regular and bold) registered with Qt on first use, or the
    // system's Noto Sans CJK SC when they cannot be made (no such font on this machine).
    static QString family();

    static bool isRadical(uint codePoint) { return codePoint >= 0x2E80 && codePoint <= 0x2FDF; }
    // A font's cmap table rewritten as one Unicode format-12 subtable without the radicals; empty when it has no
    // Unicode subtable of format 4 or 12. Public for tests.
    static QByteArray cmapWithoutRadicals(const QByteArray& cmap);
    // The code point → glyph pairs of a cmap's best Unicode subtable (for tests and the rewrite).
    static QList<QPair<uint, uint>> unicodeMap(const QByteArray& cmap);
};

} // namespace zs
