#pragma once

#include "logs/loglevel.h"

#include <QSortFilterProxyModel>

#include <limits>

namespace lambdesk {

// What the log view shows of a LogModel: one function (or all), one version, one request,
// lines at or above a level, lines in a time range, lines containing a text. A JSON line's
// folded-out fields show with it. Setters re-filter only when something changed.
//
// The text matches anywhere in the line (a JSON line's keys and values included) or the start
// of its request id; "field=value" (or "field:value") matches a JSON line whose field (as
// flattened: "level", "record.status", "service") contains the value, case-insensitively.
class LogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterProxy(QObject *parent = nullptr);

    void setFunction(const QString &name);       // empty: every function
    void setVersion(const QString &version);     // empty: every version
    void setRequestId(const QString &requestId); // empty: every request
    void setMinimumLevel(loglevel::Level level); // None: every line
    void setText(const QString &text);
    // Lines with fromMs <= time <= toMs (epoch ms).
    void setTimeRange(qint64 fromMs, qint64 toMs = std::numeric_limits<qint64>::max());
    void clearTimeRange() { setTimeRange(std::numeric_limits<qint64>::min()); }
    QString function() const { return m_function; }
    QString version() const { return m_version; }
    QString requestId() const { return m_requestId; }
    loglevel::Level minimumLevel() const { return m_level; }
    QString text() const { return m_text; }
    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_function;
    QString m_version;
    QString m_requestId;
    QString m_text;
    QString m_fieldKey, m_fieldValue; // from "field=value"
    loglevel::Level m_level = loglevel::Level::None;
    qint64 m_from = std::numeric_limits<qint64>::min();
    qint64 m_to = std::numeric_limits<qint64>::max();
};

} // namespace lambdesk
