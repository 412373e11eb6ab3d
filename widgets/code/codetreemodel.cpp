#include "codetreemodel.h"

#include "editor/codeeditor.h"

#include <QFont>
#include <QIcon>
#include <QLocale>

namespace lambdesk {

struct CodeTreeModel::Node
{
    QString name;
    QString path;
    bool folder = false;
    qint64 size = 0;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

namespace {

// Same order as codefiles::list() within one folder: folders first, then by name.
bool before(const QString &aName, bool aFolder, const QString &bName, bool bFolder)
{
    if (aFolder != bFolder)
        return aFolder;
    const int ci = QString::compare(aName, bName, Qt::CaseInsensitive);
    return ci != 0 ? ci < 0 : aName < bName;
}

QIcon iconFor(const QString &name, bool folder)
{
    if (folder)
        return QIcon(QStringLiteral(":/icons/folder.svg"));
    switch (CodeEditor::languageForFile(name)) {
    case CodeEditor::Language::Python: return QIcon(QStringLiteral(":/icons/file-python.svg"));
    case CodeEditor::Language::JavaScript: return QIcon(QStringLiteral(":/icons/file-javascript.svg"));
    case CodeEditor::Language::Json: return QIcon(QStringLiteral(":/icons/file-json.svg"));
    case CodeEditor::Language::Shell: return QIcon(QStringLiteral(":/icons/file-shell.svg"));
    case CodeEditor::Language::Plain: break;
    }
    return QIcon(QStringLiteral(":/icons/file.svg"));
}

} // namespace

CodeTreeModel::CodeTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->folder = true;
}

CodeTreeModel::~CodeTreeModel() = default;

void CodeTreeModel::clear()
{
    if (m_root->children.empty())
        return;
    beginResetModel();
    m_root->children.clear();
    m_truncated = false;
    endResetModel();
}

void CodeTreeModel::setListing(const codefiles::Listing &listing)
{
    // Build the new tree (entries come parents first), then merge it into the shown one.
    auto fresh = std::make_unique<Node>();
    fresh->folder = true;
    QHash<QString, Node *> byPath;
    byPath.insert(QString(), fresh.get());
    for (const codefiles::Entry &e : listing.entries) {
        const qsizetype slash = e.path.lastIndexOf(u'/');
        Node *parent = byPath.value(slash < 0 ? QString() : e.path.left(slash));
        if (!parent)
            continue; // a parent the listing lacks: skip rather than guess
        auto node = std::make_unique<Node>();
        node->name = e.path.mid(slash + 1);
        node->path = e.path;
        node->folder = e.folder;
        node->size = e.size;
        node->parent = parent;
        if (e.folder)
            byPath.insert(e.path, node.get());
        // Keep each folder's children ordered whatever order the listing had.
        auto &kids = parent->children;
        auto at = std::find_if(kids.begin(), kids.end(), [&](const std::unique_ptr<Node> &k) {
            return before(node->name, node->folder, k->name, k->folder);
        });
        kids.insert(at, std::move(node));
    }
    m_truncated = listing.truncated;
    merge(m_root.get(), fresh.get());
}

void CodeTreeModel::merge(Node *current, Node *fresh)
{
    const QModelIndex parentIndex = indexOfNode(current);
    auto &have = current->children;
    auto &want = fresh->children;
    size_t i = 0, j = 0;
    while (i < have.size() || j < want.size()) {
        if (i < have.size() && j < want.size() && have[i]->name == want[j]->name
            && have[i]->folder == want[j]->folder) {
            if (have[i]->size != want[j]->size) {
                have[i]->size = want[j]->size;
                const QModelIndex idx = index(int(i), 0, parentIndex);
                Q_EMIT dataChanged(idx, idx);
            }
            if (have[i]->folder)
                merge(have[i].get(), want[j].get());
            ++i;
            ++j;
        } else if (j >= want.size()
                   || (i < have.size() && before(have[i]->name, have[i]->folder, want[j]->name, want[j]->folder))) {
            beginRemoveRows(parentIndex, int(i), int(i));
            have.erase(have.begin() + qsizetype(i));
            endRemoveRows();
        } else {
            beginInsertRows(parentIndex, int(i), int(i));
            std::unique_ptr<Node> node = std::move(want[j]);
            node->parent = current;
            have.insert(have.begin() + qsizetype(i), std::move(node));
            endInsertRows();
            ++i;
            ++j;
        }
    }
}

void CodeTreeModel::setHandlerFile(const QString &path)
{
    if (path == m_handler)
        return;
    const QString old = std::exchange(m_handler, path);
    notifyPath(old);
    notifyPath(path);
}

void CodeTreeModel::setModifiedFiles(const QSet<QString> &paths)
{
    if (paths == m_modified)
        return;
    const QSet<QString> old = std::exchange(m_modified, paths);
    for (const QString &p : old | paths)
        notifyPath(p);
}

void CodeTreeModel::notifyPath(const QString &path)
{
    if (const QModelIndex idx = indexOf(path); idx.isValid())
        Q_EMIT dataChanged(idx, idx);
}

QModelIndex CodeTreeModel::indexOf(const QString &path) const
{
    if (path.isEmpty())
        return {};
    const Node *node = m_root.get();
    for (const QString &part : path.split(u'/')) {
        const Node *next = nullptr;
        for (const auto &child : node->children) {
            if (child->name == part) {
                next = child.get();
                break;
            }
        }
        if (!next)
            return {};
        node = next;
    }
    return indexOfNode(node);
}

QString CodeTreeModel::pathOf(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n ? n->path : QString();
}

bool CodeTreeModel::isFolder(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n && n->folder;
}

void CodeTreeModel::collect(const Node *node, QStringList *folders, QStringList *files) const
{
    for (const auto &child : node->children) {
        if (child->folder) {
            if (folders)
                folders->append(child->path);
            collect(child.get(), folders, files);
        } else if (files) {
            files->append(child->path);
        }
    }
}

QStringList CodeTreeModel::folders() const
{
    QStringList out;
    collect(m_root.get(), &out, nullptr);
    return out;
}

QStringList CodeTreeModel::files() const
{
    QStringList out;
    collect(m_root.get(), nullptr, &out);
    return out;
}

CodeTreeModel::Node *CodeTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex CodeTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get() || !node->parent)
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex CodeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *p = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex CodeTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || !n->parent || n->parent == m_root.get())
        return {};
    return indexOfNode(n->parent);
}

int CodeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? nodeOf(parent) : m_root.get();
    return p ? int(p->children.size()) : 0;
}

int CodeTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool CodeTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant CodeTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    const bool modified = !n->folder && m_modified.contains(n->path);
    const bool handler = !n->folder && n->path == m_handler;
    switch (role) {
    case Qt::DisplayRole: return modified ? n->name + QStringLiteral("  ●") : n->name;
    case Qt::EditRole:
    case NameRole: return n->name;
    case PathRole: return n->path;
    case FolderRole: return n->folder;
    case Qt::DecorationRole: return iconFor(n->name, n->folder);
    case Qt::FontRole:
        if (handler) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = n->path;
        if (!n->folder)
            tip += QStringLiteral(" — ") + QLocale().formattedDataSize(n->size);
        if (handler)
            tip += tr("\nThe handler's file: Lambda calls the handler function in it.");
        if (modified)
            tip += tr("\nChanges not deployed (Ctrl+S saves and deploys)");
        return tip;
    }
    case Qt::AccessibleDescriptionRole: return n->folder ? tr("folder") : handler ? tr("handler file") : tr("file");
    default: return {};
    }
}

Qt::ItemFlags CodeTreeModel::flags(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!n->folder)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace lambdesk
