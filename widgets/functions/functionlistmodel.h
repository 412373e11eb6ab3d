#pragma once

#include "model/functionconfig.h"

#include <QAbstractListModel>

namespace lambdesk {

// The workspace's functions, sorted by name, with what runs: invocations running now (every
// source, from the invocation channel) and warm environments waiting. A broken function (its
// function.json cannot be used) has a warning icon and its reason as tooltip.
class FunctionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        NameRole = Qt::UserRole + 1,
        RuntimeRole,
        StateRole,   // "idle", "2 warm", "running", "running ×2"
        IdleRole,    // warm environments waiting
        RunningRole, // invocations running
        BrokenRole,  // why it cannot run (its function.json is broken); empty when it can
    };

    explicit FunctionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void setFunctions(const QList<FunctionConfig> &functions);
    void updateFunction(const FunctionConfig &config); // inserts when new
    void removeFunction(const QString &name);
    void setWarmEnvironments(const QString &name, int idle);
    void setRunning(const QString &name, int running);
    int rowOf(const QString &name) const;
    FunctionConfig functionAt(int row) const;

    static QString stateText(int idle, int running);

private:
    struct Row
    {
        FunctionConfig config;
        int idle = 0;
        int running = 0;
    };
    void changed(int row, const QList<int> &roles);
    QList<Row> m_rows;
};

} // namespace lambdesk
