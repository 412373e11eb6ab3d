#include "requestbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace lambdesk::api::requestbody {

namespace {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("null");
    }
}

// Reads typed fields out of one JSON object; the first problem is kept and later reads
// return nothing, so callers check error() once at the end.
class Reader
{
public:
    Reader(QJsonObject object, QString prefix = {}) : m_o(std::move(object)), m_prefix(std::move(prefix)) {}

    QString path(const QString &key) const { return m_prefix.isEmpty() ? key : m_prefix + u'.' + key; }
    bool has(const QString &key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }

    std::optional<QString> string(const QString &key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isString())
            return fail(key, QStringLiteral("a string"), v), std::nullopt;
        return v.toString();
    }
    std::optional<int> integer(const QString &key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble();
        // The range first: converting a double past qint64's range is undefined (5e122 was fuzzed in).
        if (!v.isDouble() || d < -2147483648.0 || d > 2147483647.0 || d != double(qint64(d)))
            return fail(key, QStringLiteral("a whole number"), v), std::nullopt;
        return int(d);
    }
    std::optional<bool> boolean(const QString &key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool())
            return fail(key, QStringLiteral("true or false"), v), std::nullopt;
        return v.toBool();
    }
    std::optional<QJsonObject> object(const QString &key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject())
            return fail(key, QStringLiteral("an object"), v), std::nullopt;
        return v.toObject();
    }
    std::optional<QJsonArray> array(const QString &key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isArray())
            return fail(key, QStringLiteral("an array"), v), std::nullopt;
        return v.toArray();
    }
    void reject(ApiError e)
    {
        if (!m_error)
            m_error = std::move(e);
    }
    const std::optional<ApiError> &error() const { return m_error; }

private:
    QJsonValue value(const QString &key) const
    {
        if (m_error)
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue v = m_o.value(key);
        return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v; // AWS treats null as absent
    }
    void fail(const QString &key, const QString &want, const QJsonValue &got)
    {
        reject(ApiError::invalidParameter(
            QStringLiteral("%1 must be %2; got %3").arg(path(key), want, jsonTypeName(got))));
    }

    QJsonObject m_o;
    QString m_prefix;
    std::optional<ApiError> m_error;
};

ApiResult<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body.isEmpty() ? QByteArrayLiteral("{}") : body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return ApiError::invalidContent(QStringLiteral("Could not parse request body into json: %1 at offset %2")
                                            .arg(pe.errorString())
                                            .arg(pe.offset));
    if (!doc.isObject())
        return ApiError::invalidContent(
            QStringLiteral("Could not parse request body into json: the body must be a JSON object"));
    return doc.object();
}

ApiError unsupported(const QString &field, const QString &why)
{
    return ApiError::invalidParameter(QStringLiteral("%1 is not supported by Lambdesk: %2").arg(field, why));
}

// Settings Lambdesk cannot honour locally: refused when they ask for something, accepted when empty.
void rejectUnsupported(Reader &r)
{
    if (auto vpc = r.object(QStringLiteral("VpcConfig"))) {
        if (!vpc->value(QStringLiteral("SubnetIds")).toArray().isEmpty()
            || !vpc->value(QStringLiteral("SecurityGroupIds")).toArray().isEmpty())
            r.reject(
                unsupported(QStringLiteral("VpcConfig"), QStringLiteral("functions run on this machine's network")));
    }
    if (auto kms = r.string(QStringLiteral("KMSKeyArn")); kms && !kms->isEmpty())
        r.reject(unsupported(QStringLiteral("KMSKeyArn"),
                             QStringLiteral("environment variables are stored unencrypted in the workspace")));
    if (auto fs = r.array(QStringLiteral("FileSystemConfigs")); fs && !fs->isEmpty())
        r.reject(unsupported(QStringLiteral("FileSystemConfigs"), QStringLiteral("there is no EFS locally")));
    if (auto image = r.object(QStringLiteral("ImageConfig")); image && !image->isEmpty())
        r.reject(unsupported(QStringLiteral("ImageConfig"),
                             QStringLiteral("container images are not supported; use a .zip package")));
    if (auto snap = r.object(QStringLiteral("SnapStart"));
        snap && snap->value(QStringLiteral("ApplyOn")).toString() == u"PublishedVersions")
        r.reject(unsupported(
            QStringLiteral("SnapStart"),
            QStringLiteral("snapshots of published versions are not taken locally; versions start as $LATEST does")));
    if (auto arch = r.array(QStringLiteral("Architectures"))) {
        // Lambdesk runs the code on this machine whatever is asked; only the value's form is checked.
        if (arch->size() != 1 || (arch->at(0).toString() != u"x86_64" && arch->at(0).toString() != u"arm64"))
            r.reject(
                ApiError::invalidParameter(QStringLiteral("Architectures must hold exactly one of x86_64 and arm64")));
    }
}

std::optional<ApiError> checkRole(const QString &role)
{
    static const QRegularExpression re(
        QStringLiteral("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"));
    if (re.match(role).hasMatch())
        return std::nullopt;
    return ApiError::invalidParameter(
        QStringLiteral(
            "Role '%1' is not valid: it must be an IAM role ARN such as arn:aws:iam::123456789012:role/lambda-role")
            .arg(role));
}

// Every field of the configuration the two writes share.
ConfigPatch readConfigFields(Reader &r)
{
    ConfigPatch p;
    p.runtime = r.string(QStringLiteral("Runtime"));
    p.handler = r.string(QStringLiteral("Handler"));
    p.description = r.string(QStringLiteral("Description"));
    p.role = r.string(QStringLiteral("Role"));
    if (p.role)
        if (auto e = checkRole(*p.role))
            r.reject(*e);
    p.memorySize = r.integer(QStringLiteral("MemorySize"));
    p.timeout = r.integer(QStringLiteral("Timeout"));
    if (auto storage = r.object(QStringLiteral("EphemeralStorage"))) {
        Reader s(*storage, QStringLiteral("EphemeralStorage"));
        p.ephemeralStorage = s.integer(QStringLiteral("Size"));
        if (s.error())
            r.reject(*s.error());
        else if (!p.ephemeralStorage)
            r.reject(ApiError::invalidParameter(
                QStringLiteral("EphemeralStorage.Size is required when EphemeralStorage is given (MB, 512 to 10240)")));
    }
    if (auto env = r.object(QStringLiteral("Environment"))) {
        Reader e(*env, QStringLiteral("Environment"));
        QMap<QString, QString> vars;
        if (auto variables = e.object(QStringLiteral("Variables"))) {
            for (auto it = variables->begin(); it != variables->end(); ++it) {
                if (!it.value().isString()) {
                    r.reject(
                        ApiError::invalidParameter(QStringLiteral("Environment.Variables.%1 must be a string; got %2")
                                                       .arg(it.key(), jsonTypeName(it.value()))));
                    break;
                }
                vars.insert(it.key(), it.value().toString());
            }
        }
        if (e.error())
            r.reject(*e.error());
        p.environment = vars;
    }
    if (auto logging = r.object(QStringLiteral("LoggingConfig"))) {
        Reader l(*logging, QStringLiteral("LoggingConfig"));
        LoggingPatch lp;
        lp.logFormat = l.string(QStringLiteral("LogFormat"));
        lp.applicationLogLevel = l.string(QStringLiteral("ApplicationLogLevel"));
        lp.systemLogLevel = l.string(QStringLiteral("SystemLogLevel"));
        lp.logGroup = l.string(QStringLiteral("LogGroup"));
        if (l.error())
            r.reject(*l.error());
        // An empty value would read as "the default" later; AWS refuses it (minimum length 1).
        for (const auto &[field, value] : {std::pair{QStringLiteral("LogFormat"), lp.logFormat},
                                           std::pair{QStringLiteral("ApplicationLogLevel"), lp.applicationLogLevel},
                                           std::pair{QStringLiteral("SystemLogLevel"), lp.systemLogLevel},
                                           std::pair{QStringLiteral("LogGroup"), lp.logGroup}}) {
            if (value && value->isEmpty())
                r.reject(ApiError::invalidParameter(
                    QStringLiteral("LoggingConfig.%1 must not be empty; leave it out to keep the default").arg(field)));
        }
        p.logging = lp;
    }
    // A function or a local queue (model/destination.h; the Backend checks that it exists);
    // {} or an empty TargetArn removes it, as on AWS.
    if (auto dlq = r.object(QStringLiteral("DeadLetterConfig"))) {
        Reader d(*dlq, QStringLiteral("DeadLetterConfig"));
        p.deadLetterTarget = d.string(QStringLiteral("TargetArn")).value_or(QString());
        if (d.error())
            r.reject(*d.error());
    }
    // Layer version ARNs in order; the rules (at most 5, existing, one version per layer) are the Backend's.
    if (auto layers = r.array(QStringLiteral("Layers"))) {
        QStringList arns;
        for (const QJsonValue &v : *layers) {
            if (!v.isString()) {
                r.reject(ApiError::invalidParameter(
                    QStringLiteral("Layers must be an array of layer version ARNs; got %1 in it").arg(jsonTypeName(v))));
                break;
            }
            arns.append(v.toString());
        }
        p.layers = arns;
    }
    rejectUnsupported(r);
    return p;
}

// Code.ZipFile (base64, as every client sends blobs in JSON), or a clear refusal.
ApiResult<QByteArray> readZip(Reader &r, const QString &prefix)
{
    const QString field = prefix.isEmpty() ? QStringLiteral("ZipFile") : prefix + QStringLiteral(".ZipFile");
    for (const char *key : {"S3Bucket", "S3Key", "S3ObjectVersion"}) {
        if (r.has(QString::fromLatin1(key)))
            return unsupported(
                prefix.isEmpty() ? QString::fromLatin1(key) : prefix + u'.' + QString::fromLatin1(key),
                QStringLiteral(
                    "there is no S3 locally; send the package as %1 (aws lambda ... --zip-file fileb://function.zip)")
                    .arg(field));
    }
    if (r.has(QStringLiteral("ImageUri")))
        return unsupported(prefix.isEmpty() ? QStringLiteral("ImageUri") : prefix + QStringLiteral(".ImageUri"),
                           QStringLiteral("container images are not supported; send a .zip package as %1").arg(field));
    const auto text = r.string(QStringLiteral("ZipFile"));
    if (r.error())
        return *r.error();
    if (!text || text->isEmpty())
        return ApiError::invalidParameter(
            QStringLiteral("%1 is required: the function's code as a base64-encoded .zip file").arg(field));
    auto decoded = QByteArray::fromBase64Encoding(text->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return ApiError::invalidParameter(QStringLiteral("%1 must be base64-encoded .zip content").arg(field));
    return *decoded;
}

// RoutingConfig: {"AdditionalVersionWeights": {"2": 0.1}}; the rules (one version, 0 < w < 1)
// are the Backend's.
std::optional<QMap<QString, double>> readRouting(Reader &r)
{
    const auto routing = r.object(QStringLiteral("RoutingConfig"));
    if (!routing)
        return std::nullopt;
    Reader rc(*routing, QStringLiteral("RoutingConfig"));
    QMap<QString, double> weights;
    if (const auto additional = rc.object(QStringLiteral("AdditionalVersionWeights"))) {
        for (auto it = additional->begin(); it != additional->end(); ++it) {
            if (!it.value().isDouble()) {
                r.reject(ApiError::invalidParameter(
                    QStringLiteral("RoutingConfig.AdditionalVersionWeights.%1 must be a number from 0 to 1; got %2")
                        .arg(it.key(), jsonTypeName(it.value()))));
                return std::nullopt;
            }
            weights.insert(it.key(), it.value().toDouble());
        }
    }
    if (rc.error())
        r.reject(*rc.error());
    return weights;
}

} // namespace

ApiResult<CreateFunction> createFunction(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Reader r(object.value());
    CreateFunction op;
    const auto name = r.string(QStringLiteral("FunctionName"));
    if (r.error())
        return *r.error();
    auto ref = parseFunctionRef(name.value_or(QString()), QualifierRule::Forbidden);
    if (!ref)
        return ref.error();
    op.config.name = ref->name;
    if (auto packageType = r.string(QStringLiteral("PackageType")); packageType && *packageType != u"Zip") {
        if (*packageType == u"Image")
            return unsupported(QStringLiteral("PackageType Image"),
                               QStringLiteral("container images are not supported; use Zip"));
        return ApiError::invalidParameter(
            QStringLiteral("PackageType must be Zip or Image; got '%1'").arg(*packageType));
    }
    const ConfigPatch fields = readConfigFields(r);
    op.publish = r.boolean(QStringLiteral("Publish")).value_or(false);
    if (r.error())
        return *r.error();
    if (!fields.role || fields.role->isEmpty())
        // AWS's own answer when Role is left out (the CLI and SDKs refuse before sending).
        return ApiError::make(400, "ValidationException",
                              QStringLiteral("1 validation error detected: Value null at 'role' failed to satisfy "
                                             "constraint: Member must not be null"));
    if (!fields.runtime || fields.runtime->isEmpty())
        return ApiError::invalidParameter(QStringLiteral(
            "Runtime is required for a .zip package (for example python3.11, nodejs20.x or provided.al2023)"));
    op.config = fields.appliedTo(op.config);
    const auto code = r.object(QStringLiteral("Code"));
    if (r.error())
        return *r.error();
    if (!code)
        return ApiError::invalidParameter(QStringLiteral("Code is required: {\"ZipFile\": <base64 of the .zip>}"));
    Reader c(*code, QStringLiteral("Code"));
    auto zip = readZip(c, QStringLiteral("Code"));
    if (!zip)
        return zip.error();
    op.zip = std::move(zip).value();
    return op;
}

ApiResult<UpdateFunctionConfiguration> updateConfiguration(const FunctionRef &function, const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Reader r(object.value());
    UpdateFunctionConfiguration op;
    op.function = function;
    op.patch = readConfigFields(r);
    op.revisionId = r.string(QStringLiteral("RevisionId")).value_or(QString());
    if (r.error())
        return *r.error();
    return op;
}

ApiResult<UpdateFunctionCode> updateCode(const FunctionRef &function, const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Reader r(object.value());
    UpdateFunctionCode op;
    op.function = function;
    op.publish = r.boolean(QStringLiteral("Publish")).value_or(false);
    op.dryRun = r.boolean(QStringLiteral("DryRun")).value_or(false);
    op.revisionId = r.string(QStringLiteral("RevisionId")).value_or(QString());
    rejectUnsupported(r);
    if (r.error())
        return *r.error();
    auto zip = readZip(r, {});
    if (!zip)
        return zip.error();
    op.zip = std::move(zip).value();
    return op;
}

ApiResult<PublishVersion> publishVersion(const FunctionRef &function, const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Reader r(object.value());
    PublishVersion op;
    op.function = function;
    op.codeSha256 = r.string(QStringLiteral("CodeSha256")).value_or(QString());
    op.description = r.string(QStringLiteral("Description")).value_or(QString());
    op.revisionId = r.string(QStringLiteral("RevisionId")).value_or(QString());
    if (r.error())
        return *r.error();
    return op;
}

ApiResult<CreateAlias> createAlias(const FunctionRef &function, const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Reader r(object.value());
    CreateAlias op;
    op.function = function;
    op.name = r.string(QStringLiteral("Name")).value_or(QString());
    op.functionVersion = r.string(QStringLiteral("FunctionVersion")).value_or(QString());
    op.description = r.string(QStringLiteral("Description")).value_or(QString());
    op.routing = readRouting(r).value_or(QMap<QString, double>());
    if (r.error())
        return *r.error();
    if (op.name.isEmpty())
        return ApiError::invalidParameter(QStringLiteral("Name is required: the alias's name (for example live)"));
    if (op.functionVersion.isEmpty())
        return ApiError::invalidParameter(
            QStringLiteral("FunctionVersion is required: the version the alias names ($LATEST or a number)"));
    return op;
}

ApiResult<UpdateAlias> updateAlias(const FunctionRef &function, const QString &name, const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Reader r(object.value());
    UpdateAlias op;
    op.function = function;
    op.name = name;
    op.functionVersion = r.string(QStringLiteral("FunctionVersion"));
    op.description = r.string(QStringLiteral("Description"));
    op.routing = readRouting(r);
    op.revisionId = r.string(QStringLiteral("RevisionId")).value_or(QString());
    if (r.error())
        return *r.error();
    if (op.functionVersion && op.functionVersion->isEmpty())
        return ApiError::invalidParameter(
            QStringLiteral("FunctionVersion must be $LATEST or a version number; got ''"));
    return op;
}

ApiResult<PutFunctionConcurrency> putFunctionConcurrency(const FunctionRef &function, const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Reader r(object.value());
    PutFunctionConcurrency op;
    op.function = function;
    const std::optional<int> reserved = r.integer(QStringLiteral("ReservedConcurrentExecutions"));
    if (r.error())
        return *r.error();
    if (!reserved)
        return ApiError::invalidParameter(
            QStringLiteral("ReservedConcurrentExecutions is required: a whole number of 0 or more"));
    if (*reserved < 0)
        return ApiError::invalidParameter(
            QStringLiteral("ReservedConcurrentExecutions must be a whole number of 0 or more; got %1").arg(*reserved));
    op.reserved = *reserved;
    return op;
}

ApiResult<EventInvokeConfigPatch> eventInvokeConfig(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Reader r(object.value());
    EventInvokeConfigPatch patch;
    patch.maximumRetryAttempts = r.integer(QStringLiteral("MaximumRetryAttempts"));
    patch.maximumEventAgeInSeconds = r.integer(QStringLiteral("MaximumEventAgeInSeconds"));
    if (auto destinations = r.object(QStringLiteral("DestinationConfig"))) {
        Reader d(*destinations, QStringLiteral("DestinationConfig"));
        for (const auto &[key, out] : {std::pair{QStringLiteral("OnSuccess"), &patch.onSuccess},
                                       std::pair{QStringLiteral("OnFailure"), &patch.onFailure}}) {
            if (auto o = d.object(key)) {
                Reader t(*o, QStringLiteral("DestinationConfig.") + key);
                *out = t.string(QStringLiteral("Destination")).value_or(QString());
                if (t.error())
                    d.reject(*t.error());
            }
        }
        if (d.error())
            r.reject(*d.error());
    }
    if (r.error())
        return *r.error();
    if (auto e = validation::eventInvokeLimits(patch))
        return ApiError::invalidParameter(e->message);
    return patch;
}

} // namespace lambdesk::api::requestbody
