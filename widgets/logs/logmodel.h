#pragma once

#include "store/logstore.h"

#include <QAbstractTableModel>

namespace lambdesk {

// Every log line of the session, appended in batches; the oldest fall off past a limit.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, FunctionColumn, RequestColumn, MessageColumn, ColumnCount };
    enum Roles { FunctionRole = Qt::UserRole + 1, RequestIdRole, PlatformRole };

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void append(const QList<LogRecord> &records);
    void clear();
    void setMaxRows(int rows) { m_maxRows = rows; }
    const LogRecord &record(int row) const { return m_rows.at(row); }

private:
    QList<LogRecord> m_rows;
    int m_maxRows = 100000;
};

} // namespace lambdesk
