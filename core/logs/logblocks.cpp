#include "logblocks.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace lambdesk::logs::blocks {

namespace {
constexpr quint32 kBitMask = kBloomBytes * 8 - 1;
static_assert((kBloomBytes & (kBloomBytes - 1)) == 0, "a power of two");
static_assert(kBloomBytes * 8 <= (1 << 15), "two positions fit in one 32-bit hash");

// Two bit positions per trigram, from one mixed 32-bit hash (murmur3's finaliser).
inline quint32 mix(quint32 h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

inline quint32 trigram(const char *p)
{
    return quint32(uchar(p[0])) << 16 | quint32(uchar(p[1])) << 8 | quint32(uchar(p[2]));
}

inline bool testBit(const uchar *bits, quint32 pos)
{
    return bits[pos >> 3] & (1u << (pos & 7));
}
} // namespace

void Block::add(qint64 id, qint64 timeMs, const QString &text)
{
    if (lines == 0) {
        firstId = id;
        minMs = maxMs = timeMs;
    }
    lastId = id;
    minMs = std::min(minMs, timeMs);
    maxMs = std::max(maxMs, timeMs);
    ++lines;
    if (bloom.size() != kBloomBytes)
        bloom = QByteArray(kBloomBytes, '\0');
    auto *bits = reinterpret_cast<uchar *>(bloom.data());
    auto addTrigrams = [&](const char *p, qsizetype size) {
        for (qsizetype i = 0; i + 3 <= size; ++i) {
            const quint32 h = mix(trigram(p + i));
            for (const quint32 pos : {h & kBitMask, (h >> 16) & kBitMask}) {
                uchar &byte = bits[pos >> 3];
                const uchar bit = uchar(1u << (pos & 7));
                bitsSet += !(byte & bit);
                byte |= bit;
            }
        }
    };
    // ASCII (most lines) is its own UTF-8: copied without converting.
    char ascii[1024];
    const qsizetype size = text.size();
    if (size <= qsizetype(sizeof ascii)) {
        const ushort *u = text.utf16();
        ushort any = 0;
        for (qsizetype i = 0; i < size; ++i) {
            any |= u[i];
            ascii[i] = char(u[i]);
        }
        if (any < 0x80) {
            addTrigrams(ascii, size);
            return;
        }
    }
    const QByteArray utf8 = text.toUtf8();
    addTrigrams(utf8.constData(), utf8.size());
}

bool mayContain(const QByteArray &bloom, const QByteArray &term)
{
    if (term.size() < 3)
        return true;
    if (bloom.size() != kBloomBytes)
        return true; // not a filter this code wrote: no claim
    const auto *bits = reinterpret_cast<const uchar *>(bloom.constData());
    for (qsizetype i = 0; i + 3 <= term.size(); ++i) {
        const quint32 h = mix(trigram(term.constData() + i));
        if (!testBit(bits, h & kBitMask) || !testBit(bits, (h >> 16) & kBitMask))
            return false;
    }
    return true;
}

std::optional<QList<IdRange>> candidateRanges(QSqlDatabase &db, const QString &function,
                                              const QList<QStringList> &candidates, qint64 startMs, qint64 endMs,
                                              qint64 maxId)
{
    // Groups the filter can use: every alternative at least a trigram long (a shorter one could be
    // anywhere, so its group rules out no block).
    QList<QList<QByteArray>> groups;
    for (const QStringList &alternatives : candidates) {
        QList<QByteArray> group;
        for (const QString &a : alternatives) {
            const QByteArray utf8 = a.toUtf8();
            if (utf8.size() < 3) {
                group.clear();
                break;
            }
            group.append(utf8);
        }
        if (!group.isEmpty())
            groups.append(group);
    }
    if (groups.isEmpty())
        return std::nullopt;

    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString where = QStringLiteral(" FROM log_blocks WHERE function = ?");
    if (startMs >= 0)
        where += QStringLiteral(" AND max_ms >= ?");
    if (endMs >= 0)
        where += QStringLiteral(" AND min_ms < ?");
    if (maxId > 0)
        where += QStringLiteral(" AND first_id <= ?");
    auto run = [&](const QString &sql) {
        if (!q.prepare(sql))
            return false; // a database without the table (read-only, older schema)
        q.addBindValue(function);
        if (startMs >= 0)
            q.addBindValue(startMs);
        if (endMs >= 0)
            q.addBindValue(endMs);
        if (maxId > 0)
            q.addBindValue(maxId);
        return q.exec();
    };
    // How many blocks are in range: a term most of them may hold is left to the ordered scan (it
    // fills pages sooner) as soon as that is clear, without reading the other filters.
    if (!run(QStringLiteral("SELECT COUNT(*)") + where) || !q.next())
        return std::nullopt;
    const qint64 inRange = q.value(0).toLongLong();
    const qint64 maxHits = inRange > 16 ? inRange / 4 : inRange;
    q.finish();
    if (!run(QStringLiteral("SELECT first_id, last_id, lines, bloom, min_ms, max_ms") + where
             + QStringLiteral(" ORDER BY first_id")))
        return std::nullopt;

    QList<IdRange> ranges;
    qint64 hits = 0;
    bool lastWasHit = false;
    while (q.next()) {
        const qint64 first = q.value(0).toLongLong(), last = q.value(1).toLongLong();
        const int lines = q.value(2).toInt();
        const QByteArray bloom = q.value(3).toByteArray();
        bool hit = true;
        for (const QList<QByteArray> &group : std::as_const(groups)) {
            bool any = false;
            for (const QByteArray &term : group) {
                if (mayContain(bloom, term)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                hit = false;
                break;
            }
        }
        if (!hit) {
            lastWasHit = false;
            continue;
        }
        if (++hits > maxHits)
            return std::nullopt;
        const qint64 minMs = q.value(4).toLongLong(), maxMs = q.value(5).toLongLong();
        const bool dense = last - first + 1 <= 2 * qint64(lines);
        // Consecutive dense candidate blocks of the function are read as one range.
        if (lastWasHit && dense && ranges.last().dense) {
            IdRange &r = ranges.last();
            r.last = last;
            r.minMs = std::min(r.minMs, minMs);
            r.maxMs = std::max(r.maxMs, maxMs);
        } else {
            ranges.append({first, last, minMs, maxMs, dense});
        }
        lastWasHit = true;
    }
    // Lines past every block were written without the index (an older Lambdesk, since this
    // database was last opened for writing): they are read as they are.
    q.finish();
    if (q.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM logs),"
                              " (SELECT COALESCE(MAX(last_id), 0) FROM log_blocks)"))
        && q.next()) {
        const qint64 newest = q.value(0).toLongLong(), covered = q.value(1).toLongLong();
        if (newest > covered)
            ranges.append({covered + 1, newest, 0, 0, true});
    } else {
        return std::nullopt;
    }
    return ranges;
}

} // namespace lambdesk::logs::blocks
