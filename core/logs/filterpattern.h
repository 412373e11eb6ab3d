#pragma once

#include "model/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace lambdesk::logs {

// A CloudWatch Logs filter pattern, as FilterLogEvents, `aws logs tail --filter-pattern` and
// `lambdesk logs --filter` take it (one implementation for all of them):
//   ""                          every event
//   ERROR Exception             both terms (case-sensitive substrings)
//   "Task timed out"            a quoted phrase
//   ?ERROR ?WARN                either term
//   ERROR -Exiting              ERROR but not Exiting (also -"a phrase")
//   { $.level = "ERROR" }       JSON events: =, !=, <, >, <=, >= on strings (with * wildcards)
//                               and numbers, IS TRUE|FALSE|NULL, NOT EXISTS, && and || with
//                               parentheses; paths $.a.b and $.a[0]
// An event that is not JSON never matches a JSON pattern.
class FilterPattern
{
public:
    struct Node;

    // The empty pattern: matches everything.
    FilterPattern();
    // The message names the rule broken and where ("filterPattern: ... at 12").
    static Result<FilterPattern> parse(const QString &text);

    bool isEmpty() const { return !m_root; }
    bool matches(const QString &message) const;
    QString text() const { return m_text; }

    // What every matching message contains, for narrowing a scan before matches() decides:
    // each inner list is a set of alternatives (one of them occurs), and every inner list
    // holds. Empty: nothing known (every message is a candidate).
    const QList<QStringList> &candidates() const { return m_candidates; }

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
    QList<QStringList> m_candidates;
};

} // namespace lambdesk::logs
