#pragma once

#include <QStringView>
#include <QtGlobal>

namespace zs::sync {

// Every size and count limit the laptop and HQ share, defined once: the laptop refuses at entry what HQ would refuse,
// and HQ never builds an answer the laptop would refuse. Why each has its value: docs/DESIGN-NOTES.md "Limits".
struct Limits
{
    // One cell: text in UTF-16 code units (what QString::size() and a text field count), bytes for binary values.
    static constexpr qsizetype kMaxCellText = 256 * 1024;
    // Columns of one row (the widest table has 20; capture masks hold 62).
    static constexpr qsizetype kMaxCells = 128;
    // One row's encoded cells. HQ refuses at push time a row whose merged cells would exceed it, so every row it
    // stores fits in a page on its own.
    static constexpr qsizetype kMaxRowBytes = 1024 * 1024;
    // A pull page's rows: a page ends before the row that would take it past this; a row larger than what is left
    // starts the next page, and a page always carries at least one row.
    static constexpr qsizetype kMaxPageBytes = 2 * 1024 * 1024;
    // Rows in one push or pull body.
    static constexpr qsizetype kMaxBodyRows = 5000;
    // A push or pull body (CBOR), and any request body HQ reads from an authenticated device.
    static constexpr qsizetype kMaxBody = 8 * 1024 * 1024;
    // A request body HQ reads before it knows who sends it (enrolment, token renewal: a few hundred bytes).
    static constexpr qsizetype kMaxUnauthenticatedBody = 16 * 1024;

    // A row's causal length (odd: alive, even: deleted) grows by one at each delete or restore. Far above any real
    // count, and far below where adding one overflows.
    static constexpr qint64 kMaxCausalLength = qint64(1) << 40;

    // A text's size in UTF-8, as a row carries it, counted without converting it.
    static qsizetype utf8Size(QStringView text)
    {
        qsizetype n = 0;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            n += u < 0x80 ? 1 : u < 0x800 || QChar::isSurrogate(u) ? 2 : 3; // a surrogate pair: 4
        }
        return n;
    }
    static_assert(kMaxRowBytes + 64 * 1024 <= kMaxPageBytes, "a lone row and its page's framing fit in a page");
    static_assert(kMaxPageBytes <= kMaxBody, "a page is a body the laptop accepts");
};

} // namespace zs::sync
