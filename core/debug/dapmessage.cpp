#include "dapmessage.h"

#include <QJsonDocument>

namespace lambdesk::dap {

namespace {

Taken invalid(QString why)
{
    Taken t;
    t.status = Taken::Invalid;
    t.error = std::move(why);
    return t;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

Taken takeMessage(QByteArray &buffer, const Limits &limits)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > limits.maxHeaderBytes)
            return invalid(QStringLiteral("The debug adapter's message header is longer than %1 bytes")
                               .arg(limits.maxHeaderBytes));
        return {};
    }
    if (end + 4 > limits.maxHeaderBytes)
        return invalid(QStringLiteral("The debug adapter's message header is longer than %1 bytes")
                           .arg(limits.maxHeaderBytes));

    qint64 length = -1;
    const QByteArrayView head = QByteArrayView(buffer).first(end);
    qsizetype from = 0;
    while (from <= head.size()) {
        qsizetype to = head.indexOf("\r\n", from);
        if (to < 0)
            to = head.size();
        const QByteArrayView line = head.sliced(from, to - from);
        from = to + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return invalid(QStringLiteral("The debug adapter sent a header line without a name"));
        const QByteArrayView name = line.first(colon).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue; // Content-Type and the like: nothing to decide on
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        // 18 digits fit a qint64; the limit below is far lower anyway.
        if (length >= 0 || !isDigits(value) || value.size() > 18)
            return invalid(QStringLiteral("The debug adapter sent an invalid Content-Length"));
        length = value.toLongLong();
    }
    if (length < 0)
        return invalid(QStringLiteral("The debug adapter sent a message without a Content-Length"));
    if (length > limits.maxBodyBytes)
        return invalid(QStringLiteral("The debug adapter's message is larger than %1 bytes").arg(limits.maxBodyBytes));
    const qsizetype bodyStart = end + 4;
    if (buffer.size() - bodyStart < length)
        return {};
    Taken t;
    t.status = Taken::Message;
    t.body = buffer.mid(bodyStart, qsizetype(length));
    buffer.remove(0, bodyStart + qsizetype(length));
    return t;
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

QString undecorated(QString text)
{
    const qsizetype note = text.indexOf(QLatin1String("  "));
    if (note > 0)
        text.truncate(note);
    text = text.trimmed();
    if (text.endsWith(QLatin1String(" (Current frame)")))
        text.chop(qsizetype(qstrlen(" (Current frame)")));
    return text.trimmed();
}

} // namespace lambdesk::dap
