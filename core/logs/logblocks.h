#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

// The skip index over stored log lines (what ClickHouse calls an ngrambf index): a function's
// lines are cut into blocks of consecutive rows, and each block keeps a Bloom filter of the
// trigrams (3-byte n-grams of the UTF-8 text) of its lines, in the table
//   log_blocks(id, function, first_id, last_id, min_ms, max_ms, lines, bloom)
// written by the LogStore in the transaction that writes the rows. Every row of a function lies
// in one of its blocks (the newest block is rewritten with each transaction until it is full),
// so a term none of whose blocks can hold is found nowhere else: a search for a term reads only
// the candidate blocks' rows.
namespace lambdesk::logs::blocks {

// 2 KB: a block's row in log_blocks fits in one 4 KB page (no overflow page to follow when the
// filters are read).
constexpr int kBloomBytes = 2048;
constexpr int kBlockLines = 256;
// A block also closes once this many bits are set (lines with many distinct trigrams), so its
// filter stays selective.
constexpr int kMaxBitsSet = kBloomBytes * 8 / 3;

// A block being filled, or read back.
struct Block
{
    qint64 rowId = 0; // its row in log_blocks (0: not written yet)
    qint64 firstId = 0, lastId = 0;
    qint64 minMs = 0, maxMs = 0;
    int lines = 0;
    int bitsSet = 0;
    QByteArray bloom;

    bool full() const { return lines >= kBlockLines || bitsSet >= kMaxBitsSet; }
    void add(qint64 id, qint64 timeMs, const QString &text);
};

// Whether the filter may hold every trigram of `term` (UTF-8). Always true for a term shorter
// than 3 bytes.
bool mayContain(const QByteArray &bloom, const QByteArray &term);

struct IdRange
{
    qint64 first = 0, last = 0;
    qint64 minMs = 0, maxMs = 0;
    bool dense = true; // mostly this function's rows: read by row id, not through the time index
};

// The id ranges of `function`'s blocks that may hold a line matching every group of
// `candidates` (FilterPattern::candidates(): each group a set of alternatives), restricted to
// blocks overlapping [startMs, endMs) (-1: unbounded) and ids <= maxId (0: unbounded).
// nullopt: the index cannot narrow the search (no usable term, no table, or too many candidate
// blocks to be worth it): scan as without it.
std::optional<QList<IdRange>> candidateRanges(QSqlDatabase &db, const QString &function,
                                              const QList<QStringList> &candidates, qint64 startMs, qint64 endMs,
                                              qint64 maxId);

} // namespace lambdesk::logs::blocks
