#include "filterpattern.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <variant>

namespace lambdesk::logs {

// A text pattern: terms that must all occur, alternatives of which one must, and exclusions.
// A JSON pattern: a tree of comparisons joined by && and ||.
struct FilterPattern::Node
{
    enum class Kind { Text, And, Or, Compare };
    Kind kind = Kind::Text;
    // Text
    QStringList all, any, none;
    // And / Or
    std::shared_ptr<const Node> left, right;
    // Compare
    std::vector<std::variant<std::string, int>> path; // member names and array indexes
    QString op;                                       // = != < > <= >= IS NOTEXISTS
    bool quoted = false;
    QString value; // as written (without quotes)
};

namespace {

using Node = FilterPattern::Node;
using NodePtr = std::shared_ptr<const Node>;

Error syntax(const QString &rule, qsizetype at)
{
    return Error::invalid(QStringLiteral("filterPattern"),
                          QStringLiteral("Invalid filter pattern: %1 at character %2").arg(rule).arg(at + 1));
}

// Characters safe to look for in the stored text of a JSON event: JSON writes them as they are.
bool plainInJson(const QString &s)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9 _.:@#=;,+-]+$"));
    return plain.match(s).hasMatch();
}

class JsonParser
{
public:
    explicit JsonParser(const QString &text) : m_s(text) {}

    Result<NodePtr> parse()
    {
        skip();
        if (!eat(u'{'))
            return syntax(QStringLiteral("a JSON pattern starts with {"), m_i);
        auto e = orExpr();
        if (!e)
            return e;
        skip();
        if (!eat(u'}'))
            return syntax(QStringLiteral("expected } or && or ||"), m_i);
        skip();
        if (m_i < m_s.size())
            return syntax(QStringLiteral("nothing may follow the closing }"), m_i);
        return e;
    }

private:
    void skip()
    {
        while (m_i < m_s.size() && m_s[m_i].isSpace())
            ++m_i;
    }
    bool eat(QChar c)
    {
        if (m_i < m_s.size() && m_s[m_i] == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    bool eat(QStringView word, bool caseInsensitive = false)
    {
        if (m_s.mid(m_i, word.size()).compare(word, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive) != 0)
            return false;
        m_i += word.size();
        return true;
    }

    Result<NodePtr> orExpr()
    {
        auto left = andExpr();
        while (left) {
            skip();
            if (!eat(u"||"))
                break;
            auto right = andExpr();
            if (!right)
                return right;
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Or;
            n->left = left.value();
            n->right = right.value();
            left = NodePtr(n);
        }
        return left;
    }
    Result<NodePtr> andExpr()
    {
        auto left = primary();
        while (left) {
            skip();
            if (!eat(u"&&"))
                break;
            auto right = primary();
            if (!right)
                return right;
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::And;
            n->left = left.value();
            n->right = right.value();
            left = NodePtr(n);
        }
        return left;
    }
    Result<NodePtr> primary()
    {
        skip();
        if (eat(u'(')) {
            auto e = orExpr();
            if (!e)
                return e;
            skip();
            if (!eat(u')'))
                return syntax(QStringLiteral("expected )"), m_i);
            return e;
        }
        return comparison();
    }
    Result<NodePtr> comparison()
    {
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Compare;
        if (!eat(u'$'))
            return syntax(QStringLiteral("a JSON comparison starts with a selector such as $.level"), m_i);
        while (m_i < m_s.size()) {
            if (eat(u'.')) {
                const qsizetype from = m_i;
                while (m_i < m_s.size() && (m_s[m_i].isLetterOrNumber() || m_s[m_i] == u'_' || m_s[m_i] == u'-'))
                    ++m_i;
                if (m_i == from)
                    return syntax(QStringLiteral("a field name must follow ."), m_i);
                n->path.emplace_back(m_s.mid(from, m_i - from).toStdString());
            } else if (eat(u'[')) {
                const qsizetype from = m_i;
                while (m_i < m_s.size() && m_s[m_i].isDigit())
                    ++m_i;
                if (m_i == from || !eat(u']'))
                    return syntax(QStringLiteral("an array index is a number in []"), m_i);
                n->path.emplace_back(m_s.mid(from, m_i - from - 1).toInt());
            } else {
                break;
            }
        }
        if (n->path.empty())
            return syntax(QStringLiteral("the selector names no field ($.name)"), m_i);
        skip();
        if (eat(u"IS", true)) {
            skip();
            n->op = QStringLiteral("IS");
            for (const char *w : {"TRUE", "FALSE", "NULL"}) {
                if (eat(QString::fromLatin1(w), true)) {
                    n->value = QString::fromLatin1(w);
                    return NodePtr(n);
                }
            }
            return syntax(QStringLiteral("IS takes TRUE, FALSE or NULL"), m_i);
        }
        if (eat(u"NOT", true)) {
            skip();
            if (!eat(u"EXISTS", true))
                return syntax(QStringLiteral("NOT must be followed by EXISTS"), m_i);
            n->op = QStringLiteral("NOTEXISTS");
            return NodePtr(n);
        }
        for (const char *op : {"!=", "<=", ">=", "=", "<", ">"}) {
            if (eat(QString::fromLatin1(op))) {
                n->op = QString::fromLatin1(op);
                break;
            }
        }
        if (n->op.isEmpty())
            return syntax(QStringLiteral("expected an operator (=, !=, <, >, <=, >=, IS, NOT EXISTS)"), m_i);
        skip();
        if (eat(u'"')) {
            const qsizetype from = m_i;
            while (m_i < m_s.size() && m_s[m_i] != u'"')
                ++m_i;
            if (m_i >= m_s.size())
                return syntax(QStringLiteral("unterminated quoted value"), from - 1);
            n->value = m_s.mid(from, m_i - from);
            n->quoted = true;
            ++m_i;
        } else {
            const qsizetype from = m_i;
            while (m_i < m_s.size() && !m_s[m_i].isSpace() && m_s[m_i] != u')' && m_s[m_i] != u'}' && m_s[m_i] != u'&'
                   && m_s[m_i] != u'|')
                ++m_i;
            if (m_i == from)
                return syntax(QStringLiteral("a value must follow %1").arg(n->op), m_i);
            n->value = m_s.mid(from, m_i - from);
        }
        return NodePtr(n);
    }

    const QString &m_s;
    qsizetype m_i = 0;
};

Result<NodePtr> parseText(const QString &text)
{
    auto n = std::make_shared<Node>();
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        if (i >= text.size())
            break;
        QChar prefix;
        if (text[i] == u'?' || text[i] == u'-') {
            prefix = text[i];
            ++i;
        }
        QString term;
        if (i < text.size() && text[i] == u'"') {
            const qsizetype open = i++;
            const qsizetype from = i;
            while (i < text.size() && text[i] != u'"')
                ++i;
            if (i >= text.size())
                return syntax(QStringLiteral("unterminated quoted phrase"), open);
            term = text.mid(from, i - from);
            ++i;
        } else {
            const qsizetype from = i;
            while (i < text.size() && !text[i].isSpace())
                ++i;
            term = text.mid(from, i - from);
        }
        if (term.isEmpty()) {
            if (prefix.isNull())
                continue; // "" matches everything
            return syntax(QStringLiteral("%1 must be followed by a term").arg(prefix), i);
        }
        if (prefix == u'?')
            n->any.append(term);
        else if (prefix == u'-')
            n->none.append(term);
        else
            n->all.append(term);
    }
    if (n->all.isEmpty() && n->any.isEmpty() && n->none.isEmpty())
        return NodePtr();
    return NodePtr(n);
}

const nlohmann::json *select(const nlohmann::json &doc, const Node &n)
{
    const nlohmann::json *at = &doc;
    for (const auto &step : n.path) {
        if (const auto *name = std::get_if<std::string>(&step)) {
            if (!at->is_object())
                return nullptr;
            auto it = at->find(*name);
            if (it == at->end())
                return nullptr;
            at = &*it;
        } else {
            const int index = std::get<int>(step);
            if (!at->is_array() || index >= int(at->size()))
                return nullptr;
            at = &(*at)[size_t(index)];
        }
    }
    return at;
}

// A value with * wildcards against a string, whole string.
bool wildcardEquals(const QString &pattern, const QString &s)
{
    if (!pattern.contains(u'*'))
        return pattern == s;
    const QString re = QRegularExpression::escape(pattern).replace(QStringLiteral("\\*"), QStringLiteral(".*"));
    return QRegularExpression(QRegularExpression::anchoredPattern(re), QRegularExpression::DotMatchesEverythingOption)
        .match(s)
        .hasMatch();
}

bool compare(const Node &n, const nlohmann::json &doc)
{
    const nlohmann::json *v = select(doc, n);
    if (n.op == u"NOTEXISTS")
        return v == nullptr;
    if (!v)
        return false;
    if (n.op == u"IS") {
        if (n.value == u"NULL")
            return v->is_null();
        return v->is_boolean() && v->get<bool>() == (n.value == u"TRUE");
    }
    bool isNumber = false;
    const double number = n.value.toDouble(&isNumber);
    if (!n.quoted && isNumber && v->is_number()) {
        const double x = v->get<double>();
        if (n.op == u"=")
            return x == number;
        if (n.op == u"!=")
            return x != number;
        if (n.op == u"<")
            return x < number;
        if (n.op == u">")
            return x > number;
        if (n.op == u"<=")
            return x <= number;
        return x >= number;
    }
    if (n.op != u"=" && n.op != u"!=")
        return false; // an order on something that is not a number
    QString s;
    if (v->is_string())
        s = QString::fromStdString(v->get<std::string>());
    else if (v->is_boolean() || v->is_number())
        s = QString::fromStdString(v->dump());
    else
        return false;
    const bool equal = wildcardEquals(n.value, s);
    return n.op == u"=" ? equal : !equal;
}

bool evaluate(const Node &n, const nlohmann::json &doc)
{
    switch (n.kind) {
    case Node::Kind::And: return evaluate(*n.left, doc) && evaluate(*n.right, doc);
    case Node::Kind::Or: return evaluate(*n.left, doc) || evaluate(*n.right, doc);
    case Node::Kind::Compare: return compare(n, doc);
    case Node::Kind::Text: break;
    }
    return false;
}

bool matchText(const Node &n, const QString &message)
{
    for (const QString &t : n.all)
        if (!message.contains(t))
            return false;
    for (const QString &t : n.none)
        if (message.contains(t))
            return false;
    if (n.any.isEmpty())
        return true;
    for (const QString &t : n.any)
        if (message.contains(t))
            return true;
    return false;
}

// What a JSON tree's matches must contain (see FilterPattern::candidates).
QList<QStringList> jsonCandidates(const Node &n)
{
    switch (n.kind) {
    case Node::Kind::And: return jsonCandidates(*n.left) + jsonCandidates(*n.right);
    case Node::Kind::Or: {
        const QList<QStringList> l = jsonCandidates(*n.left), r = jsonCandidates(*n.right);
        if (l.isEmpty() || r.isEmpty())
            return {};
        return {l.constLast() + r.constLast()}; // the last is the value's when there is one: the narrowest
    }
    case Node::Kind::Compare: {
        if (n.op == u"NOTEXISTS")
            return {};
        // The field is there, so its key is, quoted ("latency"), as JSON writes a plain name.
        QList<QStringList> out;
        for (auto it = n.path.rbegin(); it != n.path.rend(); ++it) {
            if (const auto *name = std::get_if<std::string>(&*it)) {
                const QString key = QString::fromStdString(*name);
                if (plainInJson(key))
                    out.append(QStringList{u'"' + key + u'"'});
                break;
            }
        }
        if (n.op != u"=" || !n.quoted)
            return out;
        // The longest piece between wildcards is in the stored text as written.
        QString longest;
        for (const QString &piece : n.value.split(u'*'))
            if (piece.size() > longest.size())
                longest = piece;
        if (!longest.isEmpty() && plainInJson(longest))
            out.append(QStringList{longest});
        return out;
    }
    case Node::Kind::Text: break;
    }
    return {};
}

} // namespace

FilterPattern::FilterPattern() = default;

Result<FilterPattern> FilterPattern::parse(const QString &text)
{
    // AWS's limit; it also bounds the parser's recursion (nested parentheses).
    if (text.size() > 1024)
        return Error::invalid(QStringLiteral("filterPattern"),
                              QStringLiteral("filterPattern must be at most 1024 characters; got %1").arg(text.size()));
    FilterPattern p;
    p.m_text = text;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'{')) {
        auto root = JsonParser(trimmed).parse();
        if (!root)
            return root.error();
        p.m_root = root.value();
        p.m_candidates = jsonCandidates(*p.m_root);
        return p;
    }
    if (trimmed.startsWith(u'[') || (trimmed.startsWith(u'%') && trimmed.endsWith(u'%') && trimmed.size() > 1))
        return Error::invalid(
            QStringLiteral("filterPattern"),
            QStringLiteral("filterPattern: space-delimited [a, b] and %regex% patterns are not "
                           "supported by Lambdesk; use terms, \"phrases\", ?alternatives, -exclusions "
                           "or a JSON pattern { $.field = value }"));
    auto root = parseText(trimmed);
    if (!root)
        return root.error();
    p.m_root = root.value();
    if (p.m_root) {
        for (const QString &t : p.m_root->all)
            p.m_candidates.append(QStringList{t});
        if (!p.m_root->any.isEmpty())
            p.m_candidates.append(p.m_root->any);
    }
    return p;
}

bool FilterPattern::matches(const QString &message) const
{
    if (!m_root)
        return true;
    if (m_root->kind == Node::Kind::Text)
        return matchText(*m_root, message);
    const QString trimmed = message.trimmed();
    if (!trimmed.startsWith(u'{'))
        return false;
    const nlohmann::json doc = nlohmann::json::parse(trimmed.toStdString(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return false;
    return evaluate(*m_root, doc);
}

} // namespace lambdesk::logs
