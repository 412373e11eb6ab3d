#include "logfilterproxy.h"

#include "logs/logmodel.h"

#include <QRegularExpression>

namespace lambdesk {

LogFilterProxy::LogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{}

void LogFilterProxy::setFunction(const QString &name)
{
    if (name == m_function)
        return;
    m_function = name;
    invalidateRowsFilter();
}

void LogFilterProxy::setVersion(const QString &version)
{
    if (version == m_version)
        return;
    m_version = version;
    invalidateRowsFilter();
}

void LogFilterProxy::setRequestId(const QString &requestId)
{
    if (requestId == m_requestId)
        return;
    m_requestId = requestId;
    invalidateRowsFilter();
}

void LogFilterProxy::setMinimumLevel(loglevel::Level level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateRowsFilter();
}

void LogFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    // "level=ERROR", "record.status: error", "$.service = checkout" (a CloudWatch-like form).
    static const QRegularExpression field(
        QStringLiteral("^\\s*(?:\\$\\.)?([A-Za-z_@][\\w.@-]*)\\s*[=:]\\s*\"?([^\"]*)\"?\\s*$"));
    const auto m = field.match(text);
    m_fieldKey = m.hasMatch() ? m.captured(1) : QString();
    m_fieldValue = m.hasMatch() ? m.captured(2) : QString();
    invalidateRowsFilter();
}

void LogFilterProxy::setTimeRange(qint64 fromMs, qint64 toMs)
{
    if (fromMs == m_from && toMs == m_to)
        return;
    m_from = fromMs;
    m_to = toMs;
    invalidateRowsFilter();
}

bool LogFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    // A folded-out field row answers for its line: it shows exactly when its line does.
    const auto *model = static_cast<const LogModel *>(sourceModel());
    const LogRecord &r = model->record(row);
    if (!m_function.isEmpty() && r.function != m_function)
        return false;
    if (!m_version.isEmpty() && r.version != m_version)
        return false;
    if (!m_requestId.isEmpty() && r.line.requestId != m_requestId)
        return false;
    if (m_level != loglevel::Level::None && int(model->level(row)) < int(m_level))
        return false;
    if (r.line.timeMs < m_from || r.line.timeMs > m_to)
        return false;
    if (m_text.isEmpty())
        return true;
    if (!m_fieldKey.isEmpty()) {
        if (const JsonLine *json = model->json(row)) {
            const QString value = json->field(m_fieldKey);
            if (!value.isNull() && value.contains(m_fieldValue, Qt::CaseInsensitive))
                return true;
        }
    }
    return r.line.text.contains(m_text, Qt::CaseInsensitive)
        || r.line.requestId.startsWith(m_text, Qt::CaseInsensitive);
}

} // namespace lambdesk
