#pragma once

#include "logs/loglevel.h"

#include <QSortFilterProxyModel>

namespace lambdesk {

// What the log view shows of a LogModel: one function (or all), one request, lines at or above
// a level, lines containing a text. Setters re-filter only when something changed.
class LogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterProxy(QObject *parent = nullptr);

    void setFunction(const QString &name);       // empty: every function
    void setRequestId(const QString &requestId); // empty: every request
    void setMinimumLevel(loglevel::Level level); // None: every line
    void setText(const QString &text);           // in the message, or the start of a request id
    QString function() const { return m_function; }
    QString requestId() const { return m_requestId; }
    loglevel::Level minimumLevel() const { return m_level; }
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_function;
    QString m_requestId;
    QString m_text;
    loglevel::Level m_level = loglevel::Level::None;
};

} // namespace lambdesk
