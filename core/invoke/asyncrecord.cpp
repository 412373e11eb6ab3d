#include "asyncrecord.h"

#include "model/jsoncheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace lambdesk::asyncrecord {

namespace {

// A JSON string literal (escaped as Qt's JSON writer does).
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Payloads travel as bytes: JSON goes in as it is, anything else as a string, nothing as null.
QByteArray embedded(const QByteArray &payload)
{
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.isEmpty())
        return QByteArrayLiteral("null");
    if (!json::check(trimmed))
        return trimmed;
    return quoted(QString::fromUtf8(trimmed));
}

} // namespace

QString conditionName(Condition condition)
{
    switch (condition) {
    case Condition::Success: return QStringLiteral("Success");
    case Condition::RetriesExhausted: return QStringLiteral("RetriesExhausted");
    case Condition::EventAgeExceeded: return QStringLiteral("EventAgeExceeded");
    }
    return {};
}

QString isoTimestamp(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QByteArray build(const Input &in)
{
    QByteArray out;
    out.reserve(in.requestPayload.size() + in.responsePayload.size() + 512);
    out += "{\"version\":\"1.0\",\"timestamp\":" + quoted(isoTimestamp(in.timestampMs));
    out += ",\"requestContext\":{\"requestId\":" + quoted(in.requestId);
    out += ",\"functionArn\":" + quoted(in.functionArn);
    out += ",\"condition\":" + quoted(conditionName(in.condition));
    out += ",\"approximateInvokeCount\":" + QByteArray::number(in.approximateInvokeCount) + '}';
    out += ",\"requestPayload\":" + embedded(in.requestPayload);
    if (in.hasResponse) {
        out += ",\"responseContext\":{\"statusCode\":" + QByteArray::number(in.statusCode);
        out += ",\"executedVersion\":" + quoted(in.executedVersion.isEmpty() ? QStringLiteral("$LATEST")
                                                                             : in.executedVersion);
        if (!in.functionError.isEmpty())
            out += ",\"functionError\":" + quoted(in.functionError);
        out += '}';
        out += ",\"responsePayload\":" + embedded(in.responsePayload);
    }
    out += '}';
    return out;
}

} // namespace lambdesk::asyncrecord
