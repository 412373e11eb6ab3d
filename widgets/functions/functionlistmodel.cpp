#include "functionlistmodel.h"

#include "model/runtimeinfo.h"

#include <QIcon>

namespace lambdesk {

FunctionListModel::FunctionListModel(QObject *parent) : QAbstractListModel(parent)
{}

int FunctionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString FunctionListModel::stateText(int idle, int running)
{
    if (running > 0)
        return running == 1 ? tr("running") : tr("running ×%1").arg(running);
    if (idle > 0)
        return idle == 1 ? tr("1 warm") : tr("%1 warm").arg(idle);
    return tr("idle");
}

QVariant FunctionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.config.name;
    case RuntimeRole: return r.config.runtime;
    case StateRole: return stateText(r.idle, r.running);
    case IdleRole: return r.idle;
    case RunningRole: return r.running;
    case BrokenRole: return r.config.brokenReason;
    case Qt::ToolTipRole:
        if (r.config.isBroken())
            return tr("%1 cannot run: its configuration is broken.\n%2").arg(r.config.name, r.config.brokenReason);
        return tr("%1\n%2 · %3 MB · %4 s timeout\n%5")
            .arg(r.config.name, r.config.runtime)
            .arg(r.config.memorySize)
            .arg(r.config.timeout)
            .arg(stateText(r.idle, r.running));
    case Qt::DecorationRole: {
        if (r.config.isBroken())
            return QIcon(QStringLiteral(":/icons/status-warning.svg"));
        const QString family = runtimeFamilyName(runtimeFamilyOf(r.config.runtime));
        return QIcon(QStringLiteral(":/icons/runtime-%1.svg").arg(family));
    }
    default: return {};
    }
}

int FunctionListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).config.name == name)
            return i;
    }
    return -1;
}

FunctionConfig FunctionListModel::functionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).config : FunctionConfig{};
}

void FunctionListModel::setFunctions(const QList<FunctionConfig> &functions)
{
    // Keep environment counts of functions that stay.
    QList<Row> rows;
    for (const FunctionConfig &f : functions) {
        Row row{f, 0, 0};
        if (const int old = rowOf(f.name); old >= 0) {
            row.idle = m_rows.at(old).idle;
            row.running = m_rows.at(old).running;
        }
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.config.name < b.config.name; });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void FunctionListModel::updateFunction(const FunctionConfig &config)
{
    if (const int row = rowOf(config.name); row >= 0) {
        m_rows[row].config = config;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    int pos = 0;
    while (pos < m_rows.size() && m_rows.at(pos).config.name < config.name)
        ++pos;
    beginInsertRows({}, pos, pos);
    m_rows.insert(pos, Row{config, 0, 0});
    endInsertRows();
}

void FunctionListModel::removeFunction(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void FunctionListModel::setWarmEnvironments(const QString &name, int idle)
{
    const int row = rowOf(name);
    if (row < 0 || m_rows.at(row).idle == idle)
        return;
    m_rows[row].idle = idle;
    changed(row, {IdleRole});
}

void FunctionListModel::setRunning(const QString &name, int running)
{
    const int row = rowOf(name);
    if (row < 0 || m_rows.at(row).running == running)
        return;
    m_rows[row].running = running;
    changed(row, {RunningRole});
}

void FunctionListModel::changed(int row, const QList<int> &roles)
{
    Q_EMIT dataChanged(index(row), index(row), roles + QList<int>{StateRole, Qt::ToolTipRole});
}

} // namespace lambdesk
