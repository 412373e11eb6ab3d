#include "dapmessage.h"

#include <QJsonDocument>

namespace lambdesk::dap {

Taken takeMessage(QByteArray &buffer, const Limits &limits)
{
    Q_UNUSED(buffer);
    Q_UNUSED(limits);
    return {};
}

QByteArray frame(const QByteArray &body)
{
    return "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray request(int seq, const QString &command, const QJsonObject &arguments)
{
    QJsonObject message{{QStringLiteral("seq"), seq},
                        {QStringLiteral("type"), QStringLiteral("request")},
                        {QStringLiteral("command"), command}};
    if (!arguments.isEmpty())
        message.insert(QStringLiteral("arguments"), arguments);
    return frame(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error::internal(QStringLiteral("A debug adapter message is not a JSON object"));
    return document.object();
}

} // namespace lambdesk::dap
