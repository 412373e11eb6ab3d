#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lambdesk::linediff {

// One step of turning the left lines into the right ones. Lines are 0-based; `left` is -1 for
// an added line, `right` -1 for a removed one.
struct Edit
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    int left = -1;
    int right = -1;
    bool operator==(const Edit &) const = default;
};

// A shortest edit script (Myers' O((N+M)·D) algorithm, after the common head and tail are
// taken off): every left line once, every right line once, in order.
QList<Edit> diff(const QStringList &left, const QStringList &right);

// The lines to mark on each side (0-based, ascending): the left's removed, the right's added.
struct Changed
{
    QList<int> left;
    QList<int> right;
};
Changed changedLines(const QList<Edit> &edits);

// A text's lines as an editor shows them: "\n" or "\r\n" ends a line; a final newline does not
// start another line; an empty text has none.
QStringList splitLines(const QString &text);

} // namespace lambdesk::linediff
