#pragma once

#include "store/codefiles.h"

#include <QAbstractItemModel>
#include <QSet>

#include <memory>
#include <vector>

namespace lambdesk {

// The files of a function's code as a tree (folders first, then by name). A new listing is
// merged into the current tree row by row, so expanded folders and the selection survive a
// refresh. It knows the handler's file (shown bold) and the files with changes that are not
// deployed (shown with a dot).
class CodeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, FolderRole, NameRole };

    explicit CodeTreeModel(QObject *parent = nullptr);
    ~CodeTreeModel() override;

    void setListing(const codefiles::Listing &listing);
    void clear();
    bool isTruncated() const { return m_truncated; }
    void setHandlerFile(const QString &path);
    QString handlerFile() const { return m_handler; }
    void setModifiedFiles(const QSet<QString> &paths);

    QModelIndex indexOf(const QString &path) const;
    QString pathOf(const QModelIndex &index) const;
    bool isFolder(const QModelIndex &index) const;
    bool contains(const QString &path) const { return indexOf(path).isValid(); }
    // Every folder path (for watching), and every file path.
    QStringList folders() const;
    QStringList files() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    void merge(Node *current, Node *fresh);
    void notifyPath(const QString &path);
    void collect(const Node *node, QStringList *folders, QStringList *files) const;

    std::unique_ptr<Node> m_root;
    QString m_handler;
    QSet<QString> m_modified;
    bool m_truncated = false;
};

} // namespace lambdesk
