#include "breakpointstore.h"

#include "store/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace lambdesk::breakpointstore {

namespace {

QJsonObject toJson(const debug::Breakpoint &b)
{
    QJsonObject o{{QStringLiteral("File"), b.file}, {QStringLiteral("Line"), b.line}};
    if (!b.condition.isEmpty())
        o.insert(QStringLiteral("Condition"), b.condition);
    if (!b.logMessage.isEmpty())
        o.insert(QStringLiteral("LogMessage"), b.logMessage);
    o.insert(QStringLiteral("Enabled"), b.enabled);
    return o;
}

debug::Breakpoint fromJson(const QJsonObject &o)
{
    debug::Breakpoint b;
    b.file = o.value(QStringLiteral("File")).toString();
    b.line = o.value(QStringLiteral("Line")).toInt();
    b.condition = o.value(QStringLiteral("Condition")).toString();
    b.logMessage = o.value(QStringLiteral("LogMessage")).toString();
    b.enabled = o.value(QStringLiteral("Enabled")).toBool(true);
    return b;
}

} // namespace

QString fileOf(const QString &functionDir)
{
    return functionDir + QStringLiteral("/breakpoints.json");
}

Result<QList<debug::Breakpoint>> read(const QString &functionDir)
{
    QList<debug::Breakpoint> out;
    const auto object = jsonfile::readObject(fileOf(functionDir));
    if (!object)
        return object.error();
    if (!object.value())
        return out;
    const QJsonValue list = object.value()->value(QStringLiteral("Breakpoints"));
    if (!list.isUndefined() && !list.isArray())
        return Error::internal(QStringLiteral("%1 is not a breakpoint list: \"Breakpoints\" is not an array")
                                   .arg(fileOf(functionDir)));
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isObject())
            return Error::internal(
                QStringLiteral("%1 is not a breakpoint list: an entry is not an object").arg(fileOf(functionDir)));
        out.append(fromJson(v.toObject()));
    }
    return out;
}

Status write(const QString &functionDir, const QList<debug::Breakpoint> &breakpoints)
{
    const QString file = fileOf(functionDir);
    if (!read(functionDir)) {
        // What could not be read is kept, not overwritten.
        const QString kept = file + QStringLiteral(".broken");
        QFile::remove(kept);
        if (!QFile::copy(file, kept))
            return Error::internal(QStringLiteral("Cannot keep the unreadable %1 as %2; nothing was changed").arg(file, kept));
    }
    QJsonArray list;
    for (const debug::Breakpoint &b : breakpoints)
        list.append(toJson(b));
    return jsonfile::writeObject(file, QJsonObject{{QStringLiteral("Breakpoints"), list}});
}

Result<QList<debug::Breakpoint>> validate(QList<debug::Breakpoint> breakpoints, const QString &codeDir)
{
    const QString root = QFileInfo(codeDir).canonicalFilePath();
    for (qsizetype i = 0; i < breakpoints.size(); ++i) {
        debug::Breakpoint &b = breakpoints[i];
        const QString field = QStringLiteral("Breakpoints[%1].File").arg(i);
        const QString file = b.file.trimmed();
        if (file.isEmpty())
            return Error::invalid(field, QStringLiteral("%1 must name a file of the function's code; it is empty").arg(field));
        if (file.contains(u'\\') || file.contains(QChar(0)))
            return Error::invalid(field, QStringLiteral("%1 must be a '/' separated path; got \"%2\"").arg(field, file));
        if (file.startsWith(u'/') || QDir::isAbsolutePath(file))
            return Error::invalid(field,
                                  QStringLiteral("%1 must be relative to the function's code folder; got \"%2\"")
                                      .arg(field, file));
        if (file.split(u'/').contains(QStringLiteral("..")))
            return Error::invalid(
                field, QStringLiteral("%1 must be inside the function's code folder (no \"..\"); got \"%2\"").arg(field, file));
        const QString clean = QDir::cleanPath(file);
        if (clean.isEmpty() || clean == u".")
            return Error::invalid(field, QStringLiteral("%1 must name a file, not the code folder; got \"%2\"").arg(field, file));
        // A symbolic link in the code may point elsewhere: the file it reaches must be inside too.
        const QString real = QFileInfo(codeDir + u'/' + clean).canonicalFilePath();
        if (!real.isEmpty() && !root.isEmpty() && real != root && !real.startsWith(root + u'/'))
            return Error::invalid(field,
                                  QStringLiteral("%1 must be inside the function's code folder; \"%2\" leads outside it")
                                      .arg(field, file));
        b.file = clean;
        if (b.line < 1)
            return Error::invalid(QStringLiteral("Breakpoints[%1].Line").arg(i),
                                  QStringLiteral("Breakpoints[%1].Line must be 1 or more; got %2").arg(i).arg(b.line));
    }
    return breakpoints;
}

} // namespace lambdesk::breakpointstore
