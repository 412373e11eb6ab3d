// Resource-based policy statements (AddPermission, RemovePermission, GetPolicy): kept in
// <functionDir>/policy.json by qualifier, answered as AWS does, not enforced. Read from disk on
// each call: nothing on an invocation's path looks at them.
#include "backend.h"

#include "store/jsonfile.h"
#include "store/workspace.h"

#include <QJsonArray>

namespace lambdesk {

namespace {

QString policyKey(const QString &qualifier)
{
    return qualifier.isEmpty() ? QStringLiteral("$LATEST") : qualifier;
}

} // namespace

// The stored statements of every qualifier, or why the file cannot be read.
static Result<QJsonObject> readPolicies(const QString &file)
{
    const auto o = jsonfile::readObject(file);
    if (!o)
        return o.error();
    if (!o.value())
        return QJsonObject{};
    return o.value()->value(QStringLiteral("Policies")).toObject();
}

Result<QJsonObject> Backend::addPermission(const QString &function, const QString &qualifier,
                                           const QJsonObject &statement)
{
    if (!m_functions.contains(function) && !m_broken.contains(function))
        return notFound(function);
    const QString key = policyKey(qualifier);
    if (key != u"$LATEST") {
        bool number = false;
        const int n = key.toInt(&number);
        const bool exists = number ? bool(getVersion(function, n)) : m_aliases.value(function).contains(key);
        if (!exists)
            return Error::notFound(QStringLiteral("Function not found: %1:%2").arg(functionArn(function), key));
    }
    const QString file = m_workspace->functionDir(function) + QStringLiteral("/policy.json");
    auto policies = readPolicies(file);
    if (!policies)
        return policies.error();
    QJsonObject all = policies.value();
    QJsonArray statements = all.value(key).toArray();
    const QString sid = statement.value(QStringLiteral("Sid")).toString();
    for (const QJsonValue &v : statements) {
        if (v.toObject().value(QStringLiteral("Sid")).toString() == sid)
            return Error::conflict(QStringLiteral("The statement id (%1) provided already exists. Please provide a new "
                                                  "statement id, or remove the existing statement.")
                                       .arg(sid));
    }
    statements.append(statement);
    all.insert(key, statements);
    if (auto s = jsonfile::writeObject(file, QJsonObject{{QStringLiteral("Policies"), all}}); !s)
        return s.error();
    return statement;
}

Status Backend::removePermission(const QString &function, const QString &qualifier, const QString &statementId)
{
    if (!m_functions.contains(function) && !m_broken.contains(function))
        return notFound(function);
    const QString key = policyKey(qualifier);
    const QString file = m_workspace->functionDir(function) + QStringLiteral("/policy.json");
    auto policies = readPolicies(file);
    if (!policies)
        return policies.error();
    QJsonObject all = policies.value();
    QJsonArray statements = all.value(key).toArray();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (statements.at(i).toObject().value(QStringLiteral("Sid")).toString() != statementId)
            continue;
        statements.removeAt(i);
        if (statements.isEmpty())
            all.remove(key);
        else
            all.insert(key, statements);
        return all.isEmpty() ? jsonfile::remove(file)
                             : jsonfile::writeObject(file, QJsonObject{{QStringLiteral("Policies"), all}});
    }
    return Error::notFound(QStringLiteral("Statement %1 is not found in resource policy.").arg(statementId));
}

Result<QList<QJsonObject>> Backend::getPolicy(const QString &function, const QString &qualifier) const
{
    if (!m_functions.contains(function) && !m_broken.contains(function))
        return notFound(function);
    auto policies = readPolicies(m_workspace->functionDir(function) + QStringLiteral("/policy.json"));
    if (!policies)
        return policies.error();
    QList<QJsonObject> out;
    for (const QJsonValue &v : policies->value(policyKey(qualifier)).toArray())
        out.append(v.toObject());
    if (out.isEmpty())
        return Error::notFound(QStringLiteral("The resource you requested does not exist."));
    return out;
}

} // namespace lambdesk
