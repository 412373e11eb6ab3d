#pragma once

#include "model/functionconfig.h"

#include <QAbstractListModel>

namespace lambdesk {

// The workspace's functions with what their environments are doing, sorted by name.
class FunctionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        NameRole = Qt::UserRole + 1,
        RuntimeRole,
        StateRole, // "idle", "2 warm", "running"
        IdleRole,
        BusyRole,
    };

    explicit FunctionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void setFunctions(const QList<FunctionConfig> &functions);
    void updateFunction(const FunctionConfig &config); // inserts when new
    void removeFunction(const QString &name);
    void setEnvironments(const QString &name, int idle, int busy);
    int rowOf(const QString &name) const;
    FunctionConfig functionAt(int row) const;

    static QString stateText(int idle, int busy);

private:
    struct Row
    {
        FunctionConfig config;
        int idle = 0;
        int busy = 0;
    };
    QList<Row> m_rows;
};

} // namespace lambdesk
