#include "policyapi.h"

#include "requestparser.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lambdesk::api::policy {

namespace {

ApiError validation(const QString &value, const QString &member, const QString &constraint)
{
    return ApiError::invalidParameter(QStringLiteral("1 validation error detected: Value %1 at '%2' failed to satisfy "
                                                     "constraint: %3")
                                          .arg(value, member, constraint));
}

const QStringList &knownFields()
{
    static const QStringList fields{QStringLiteral("StatementId"),    QStringLiteral("Action"),
                                    QStringLiteral("Principal"),      QStringLiteral("SourceArn"),
                                    QStringLiteral("SourceAccount"),  QStringLiteral("EventSourceToken"),
                                    QStringLiteral("RevisionId"),     QStringLiteral("PrincipalOrgID"),
                                    QStringLiteral("FunctionUrlAuthType"), QStringLiteral("InvokedViaFunctionUrl")};
    return fields;
}

bool isStatementId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9-_.]{1,100}$"));
    return re.match(id).hasMatch();
}

} // namespace

bool isRequest(const HttpRequest &request)
{
    const QStringList s = pathSegments(request.path);
    return (s.size() == 4 || s.size() == 5) && s[0] == u"2015-03-31" && s[1] == u"functions" && s[3] == u"policy";
}

QString operationName(Kind kind)
{
    switch (kind) {
    case Kind::Add: return QStringLiteral("AddPermission");
    case Kind::Remove: return QStringLiteral("RemovePermission");
    case Kind::Get: return QStringLiteral("GetPolicy");
    }
    return {};
}

ApiResult<Request> parse(const HttpRequest &http)
{
    const QStringList s = pathSegments(http.path);
    const auto query = queryItems(http.query);
    Request r;
    if (s.size() == 4 && http.method == "POST")
        r.kind = Kind::Add;
    else if (s.size() == 4 && http.method == "GET")
        r.kind = Kind::Get;
    else if (s.size() == 5 && http.method == "DELETE")
        r.kind = Kind::Remove;
    else
        return ApiError::make(404, "UnknownOperationException",
                              QStringLiteral("Unknown operation: %1 %2 (the policy routes are POST and GET .../policy and "
                                             "DELETE .../policy/{StatementId})")
                                  .arg(QString::fromLatin1(http.method), QString::fromUtf8(http.path)));
    auto ref = parseFunctionRef(s[2]);
    if (!ref)
        return ref.error();
    ref = withQualifier(ref.value(), queryValue(query, u"Qualifier"));
    if (!ref)
        return ref.error();
    r.function = ref.value();
    if (r.function.qualifier == u"$LATEST")
        r.function.qualifier.clear();
    if (r.kind == Kind::Remove) {
        r.statementId = s[4];
        if (!isStatementId(r.statementId))
            return validation(u'\'' + r.statementId + u'\'', QStringLiteral("statementId"),
                              QStringLiteral("Member must satisfy regular expression pattern: ([a-zA-Z0-9-_.]+)"));
        return r;
    }
    if (r.kind == Kind::Get)
        return r;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(http.body, &pe);
    if (!doc.isObject())
        return ApiError::invalidContent(QStringLiteral("Could not parse request body into json: %1")
                                            .arg(doc.isNull() ? pe.errorString() : QStringLiteral("not an object")));
    r.body = doc.object();
    for (auto it = r.body.begin(); it != r.body.end(); ++it) {
        if (!knownFields().contains(it.key()))
            return ApiError::invalidContent(QStringLiteral("Unknown field '%1' in the request body; AddPermission takes %2")
                                                .arg(it.key(), knownFields().join(u", ")));
        if (it.key() != u"InvokedViaFunctionUrl" && !it.value().isString())
            return ApiError::invalidContent(QStringLiteral("%1 must be a string").arg(it.key()));
    }
    r.statementId = r.body.value(QStringLiteral("StatementId")).toString();
    if (r.statementId.isEmpty())
        return validation(QStringLiteral("null"), QStringLiteral("statementId"), QStringLiteral("Member must not be null"));
    if (!isStatementId(r.statementId))
        return validation(u'\'' + r.statementId + u'\'', QStringLiteral("statementId"),
                          QStringLiteral("Member must satisfy regular expression pattern: ([a-zA-Z0-9-_.]+)"));
    const QString action = r.body.value(QStringLiteral("Action")).toString();
    static const QRegularExpression actionRe(QStringLiteral("^(lambda:[*]|lambda:[a-zA-Z]+|[*])$"));
    if (action.isEmpty())
        return validation(QStringLiteral("null"), QStringLiteral("action"), QStringLiteral("Member must not be null"));
    if (!actionRe.match(action).hasMatch())
        return validation(u'\'' + action + u'\'', QStringLiteral("action"),
                          QStringLiteral("Member must satisfy regular expression pattern: "
                                         "(lambda:[*]|lambda:[a-zA-Z]+|[*])"));
    const QString principal = r.body.value(QStringLiteral("Principal")).toString();
    static const QRegularExpression principalRe(QStringLiteral("^[^\\s]+$"));
    if (principal.isEmpty())
        return validation(QStringLiteral("null"), QStringLiteral("principal"), QStringLiteral("Member must not be null"));
    if (!principalRe.match(principal).hasMatch())
        return validation(u'\'' + principal + u'\'', QStringLiteral("principal"),
                          QStringLiteral("Member must satisfy regular expression pattern: [^\\s]+"));
    const QString authType = r.body.value(QStringLiteral("FunctionUrlAuthType")).toString();
    if (!authType.isEmpty() && authType != u"NONE" && authType != u"AWS_IAM")
        return validation(u'\'' + authType + u'\'', QStringLiteral("functionUrlAuthType"),
                          QStringLiteral("Member must satisfy enum value set: [AWS_IAM, NONE]"));
    return r;
}

QJsonObject statement(const Request &r, const QString &functionArn)
{
    const QJsonObject &b = r.body;
    const QString principal = b.value(QStringLiteral("Principal")).toString();
    QJsonValue principalValue;
    static const QRegularExpression account(QStringLiteral("^\\d{12}$"));
    if (principal == u"*")
        principalValue = principal;
    else if (account.match(principal).hasMatch())
        principalValue = QJsonObject{{QStringLiteral("AWS"), QStringLiteral("arn:aws:iam::%1:root").arg(principal)}};
    else if (principal.startsWith(u"arn:"))
        principalValue = QJsonObject{{QStringLiteral("AWS"), principal}};
    else
        principalValue = QJsonObject{{QStringLiteral("Service"), principal}};
    QJsonObject condition;
    const auto add = [&](const QString &op, const QString &key, const QString &value) {
        QJsonObject o = condition.value(op).toObject();
        o.insert(key, value);
        condition.insert(op, o);
    };
    if (const QString v = b.value(QStringLiteral("FunctionUrlAuthType")).toString(); !v.isEmpty())
        add(QStringLiteral("StringEquals"), QStringLiteral("lambda:FunctionUrlAuthType"), v);
    if (const QString v = b.value(QStringLiteral("SourceAccount")).toString(); !v.isEmpty())
        add(QStringLiteral("StringEquals"), QStringLiteral("AWS:SourceAccount"), v);
    if (const QString v = b.value(QStringLiteral("PrincipalOrgID")).toString(); !v.isEmpty())
        add(QStringLiteral("StringEquals"), QStringLiteral("aws:PrincipalOrgID"), v);
    if (const QString v = b.value(QStringLiteral("EventSourceToken")).toString(); !v.isEmpty())
        add(QStringLiteral("StringEquals"), QStringLiteral("lambda:EventSourceToken"), v);
    if (const QString v = b.value(QStringLiteral("SourceArn")).toString(); !v.isEmpty())
        add(QStringLiteral("ArnLike"), QStringLiteral("AWS:SourceArn"), v);
    if (b.value(QStringLiteral("InvokedViaFunctionUrl")).toBool())
        add(QStringLiteral("Bool"), QStringLiteral("lambda:InvokedViaFunctionUrl"), QStringLiteral("true"));
    QJsonObject s{{QStringLiteral("Sid"), r.statementId},
                  {QStringLiteral("Effect"), QStringLiteral("Allow")},
                  {QStringLiteral("Principal"), principalValue},
                  {QStringLiteral("Action"), b.value(QStringLiteral("Action")).toString()},
                  {QStringLiteral("Resource"), functionArn}};
    if (!condition.isEmpty())
        s.insert(QStringLiteral("Condition"), condition);
    return s;
}

QJsonObject policyJson(const QList<QJsonObject> &statements)
{
    QJsonArray list;
    for (const QJsonObject &s : statements)
        list.append(s);
    const QByteArray document = QJsonDocument(QJsonObject{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                                                          {QStringLiteral("Id"), QStringLiteral("default")},
                                                          {QStringLiteral("Statement"), list}})
                                    .toJson(QJsonDocument::Compact);
    const QString revision =
        QString::fromLatin1(QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex().left(32));
    const QString revisionId = revision.left(8) + u'-' + revision.mid(8, 4) + u'-' + revision.mid(12, 4) + u'-'
        + revision.mid(16, 4) + u'-' + revision.mid(20, 12);
    return QJsonObject{{QStringLiteral("Policy"), QString::fromUtf8(document)},
                       {QStringLiteral("RevisionId"), revisionId}};
}

} // namespace lambdesk::api::policy
