#include "linediff.h"

#include <vector>

namespace lambdesk::linediff {

namespace {

// Myers' greedy forward search on a[0..n) and b[0..m) (both offset by `base`), then the path
// walked back through the saved frontiers.
void middle(const QStringList &a, const QStringList &b, int aBase, int bBase, int n, int m, QList<Edit> &out)
{
    const int max = n + m;
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(aBase + x) == b.at(bBase + y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    // Walk back from (n, m), collecting the edits in reverse.
    QList<Edit> reversed;
    int x = n, y = m;
    for (int d = found; d >= 0; --d) {
        const std::vector<int> &pv = trace[size_t(d)];
        const int k = x - y;
        const int prevK = (k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)])) ? k + 1
                                                                                                           : k - 1;
        const int prevX = d == 0 ? 0 : pv[size_t(offset + prevK)];
        const int prevY = d == 0 ? 0 : prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            reversed.append({Edit::Kind::Same, aBase + x, bBase + y});
        }
        if (d > 0) {
            if (x == prevX)
                reversed.append({Edit::Kind::Added, -1, bBase + y - 1});
            else
                reversed.append({Edit::Kind::Removed, aBase + x - 1, -1});
        }
        x = prevX;
        y = prevY;
    }
    for (auto it = reversed.crbegin(); it != reversed.crend(); ++it)
        out.append(*it);
}

} // namespace

QList<Edit> diff(const QStringList &left, const QStringList &right)
{
    QList<Edit> out;
    const int n = int(left.size()), m = int(right.size());
    int head = 0;
    while (head < n && head < m && left.at(head) == right.at(head))
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && left.at(n - 1 - tail) == right.at(m - 1 - tail))
        ++tail;
    for (int i = 0; i < head; ++i)
        out.append({Edit::Kind::Same, i, i});
    middle(left, right, head, head, n - head - tail, m - head - tail, out);
    for (int i = 0; i < tail; ++i)
        out.append({Edit::Kind::Same, n - tail + i, m - tail + i});
    return out;
}

Changed changedLines(const QList<Edit> &edits)
{
    Changed c;
    for (const Edit &e : edits) {
        if (e.kind == Edit::Kind::Removed)
            c.left.append(e.left);
        else if (e.kind == Edit::Kind::Added)
            c.right.append(e.right);
    }
    return c;
}

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

} // namespace lambdesk::linediff
