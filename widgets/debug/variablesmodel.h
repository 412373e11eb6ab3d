#pragma once

#include "debug/debugtypes.h"
#include "model/error.h"

#include <QAbstractItemModel>

#include <functional>
#include <memory>
#include <vector>

namespace lambdesk {

// The variables of the selected frame as a tree: its scopes on top (Locals first, `event` and
// `context` first among a handler's locals; globals folded), their variables below, and the
// children of a variable fetched only when it is expanded (canFetchMore/fetchMore through the
// fetcher, which the debug controller points at Backend::debugVariables). An answer that comes
// after the scopes were replaced (another frame, another stop) is dropped.
class VariablesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    using Reply = std::function<void(Result<QList<debug::Variable>>)>;
    using Fetcher = std::function<void(qint64 reference, Reply reply)>;
    enum Column { NameColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role { ReferenceRole = Qt::UserRole + 1, ExpensiveRole, ExpressionRole };

    explicit VariablesModel(QObject *parent = nullptr);
    ~VariablesModel() override;

    void setFetcher(Fetcher fetcher) { m_fetcher = std::move(fetcher); }
    // A new frame's scopes (sorted: cheap ones first). Their variables come on expansion.
    void setScopes(const QList<debug::Scope> &scopes);
    void clear();
    // Whether a fetch is out (tests wait for fetched()).
    int pendingFetches() const { return m_pending; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // The children of `parent` arrived (or the fetch failed: one row says why).
    void fetched(const QModelIndex &parent);

private:
    struct Node
    {
        QString name, value, type;
        qint64 reference = 0;
        bool scope = false;
        bool expensive = false;
        bool error = false;
        bool fetched = false;
        bool fetching = false;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    int rowOf(const Node *node) const;
    QString expressionOf(const Node *node) const;

    Node m_root;
    Fetcher m_fetcher;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace lambdesk
