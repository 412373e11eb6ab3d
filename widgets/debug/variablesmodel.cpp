#include "variablesmodel.h"

#include <QFont>
#include <QPointer>

#include <algorithm>

namespace lambdesk {

namespace {

// What the handler was called with comes first among its locals: it is what people look for.
int priority(const QString &name)
{
    if (name == u"event")
        return 0;
    if (name == u"context")
        return 1;
    return 2;
}

} // namespace

VariablesModel::VariablesModel(QObject *parent) : QAbstractItemModel(parent) {}

VariablesModel::~VariablesModel() = default;

void VariablesModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_pending = 0;
    m_root.children.clear();
    endResetModel();
}

void VariablesModel::setScopes(const QList<debug::Scope> &scopes)
{
    beginResetModel();
    ++m_generation;
    m_pending = 0;
    m_root.children.clear();
    QList<debug::Scope> sorted = scopes;
    // Locals before the expensive ones (globals), otherwise in the engine's order.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const debug::Scope &a, const debug::Scope &b) { return !a.expensive && b.expensive; });
    for (const debug::Scope &s : sorted) {
        auto node = std::make_unique<Node>();
        node->name = s.name;
        node->reference = s.reference;
        node->scope = true;
        node->expensive = s.expensive;
        node->parent = &m_root;
        m_root.children.push_back(std::move(node));
    }
    endResetModel();
}

VariablesModel::Node *VariablesModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return const_cast<Node *>(&m_root);
    return static_cast<Node *>(index.internalPointer());
}

int VariablesModel::rowOf(const Node *node) const
{
    const Node *parent = node->parent;
    for (size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children[i].get() == node)
            return int(i);
    }
    return -1;
}

QModelIndex VariablesModel::indexOf(const Node *node) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(rowOf(node), 0, const_cast<Node *>(node));
}

QModelIndex VariablesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeOf(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex VariablesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    return indexOf(node->parent);
}

int VariablesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int VariablesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool VariablesModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    if (!node->children.empty())
        return true;
    return node != &m_root && node->reference != 0 && !node->fetched;
}

bool VariablesModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return node->reference != 0 && !node->fetched && !node->fetching && m_fetcher;
}

void VariablesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    node->fetching = true;
    ++m_pending;
    QPointer<VariablesModel> self(this);
    const quint64 generation = m_generation;
    m_fetcher(node->reference, [self, generation, node](Result<QList<debug::Variable>> result) {
        // Nodes live until the next reset, which changes the generation.
        if (!self || self->m_generation != generation)
            return;
        --self->m_pending;
        node->fetching = false;
        node->fetched = true;
        QList<debug::Variable> vars;
        if (result)
            vars = result.value();
        if (node->scope && node->parent == &self->m_root)
            std::stable_sort(vars.begin(), vars.end(), [](const debug::Variable &a, const debug::Variable &b) {
                return priority(a.name) < priority(b.name);
            });
        const QModelIndex at = self->indexOf(node);
        const int count = result ? int(vars.size()) : 1;
        if (count > 0) {
            self->beginInsertRows(at, 0, count - 1);
            if (!result) {
                auto child = std::make_unique<Node>();
                child->name = tr("(not available)");
                child->value = result.error().message;
                child->error = true;
                child->parent = node;
                node->children.push_back(std::move(child));
            }
            for (const debug::Variable &v : std::as_const(vars)) {
                auto child = std::make_unique<Node>();
                child->name = v.name;
                child->value = v.value;
                child->type = v.type;
                child->reference = v.reference;
                child->parent = node;
                node->children.push_back(std::move(child));
            }
            self->endInsertRows();
        } else {
            // No children after all: the expander goes away.
            const QModelIndex last = self->index(at.row(), ColumnCount - 1, self->parent(at));
            Q_EMIT self->dataChanged(at, last);
        }
        Q_EMIT self->fetched(at);
    });
}

QString VariablesModel::expressionOf(const Node *node) const
{
    if (!node || node->scope || node == &m_root)
        return {};
    const QString parent = expressionOf(node->parent);
    if (parent.isEmpty())
        return node->name;
    if (node->name.startsWith(u'['))
        return parent + node->name;
    // debugpy names a dict's keys by their repr ('items') and a list's items by their index.
    bool number = false;
    node->name.toLongLong(&number);
    if (number || node->name.startsWith(u'\'') || node->name.startsWith(u'"'))
        return parent + u'[' + node->name + u']';
    return parent + u'.' + node->name;
}

QVariant VariablesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case ValueColumn: return node->value;
        case TypeColumn: return node->type;
        }
        return {};
    case Qt::ToolTipRole:
        if (node->scope && node->expensive)
            return tr("%1: folded, read when expanded").arg(node->name);
        if (index.column() == ValueColumn && !node->value.isEmpty())
            return node->value;
        return {};
    case Qt::FontRole:
        if (node->scope) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case ReferenceRole: return node->reference;
    case ExpensiveRole: return node->expensive;
    case ExpressionRole: return expressionOf(node);
    }
    return {};
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    }
    return {};
}

Qt::ItemFlags VariablesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace lambdesk
