// A function's events (Api/HttpApi, Schedule, SQS, ...) and FunctionUrlConfig, and the unsupported mapping (why).
#include "samevents.h"

namespace lambdesk::samtemplate::detail {

namespace {

// The queue's name from an ARN (arn:aws:sqs:R:A:NAME), a URL (.../A/NAME) or a name.
QString queueNameOf(const QString &text)
{
    if (text.startsWith(u"arn:"))
        return text.section(u':', 5);
    if (text.startsWith(u"http"))
        return text.section(u'/', -1);
    return text;
}

} // namespace

QString typeWhy(const QString &type)
{
    auto is = [&](const char *prefix) { return type.startsWith(QLatin1String(prefix)); };
    if (is("AWS::S3::"))
        return QStringLiteral("Lambdesk has no local S3");
    if (is("AWS::DynamoDB::") || type == u"AWS::Serverless::SimpleTable")
        return QStringLiteral("Lambdesk has no local DynamoDB");
    if (is("AWS::Kinesis"))
        return QStringLiteral("Lambdesk has no local Kinesis");
    if (is("AWS::SNS::"))
        return QStringLiteral("Lambdesk has no local SNS");
    if (is("AWS::ApiGateway") || type == u"AWS::Serverless::Api" || type == u"AWS::Serverless::HttpApi")
        return QStringLiteral("API Gateway is not run locally: the functions' Api/HttpApi events become function "
                              "URLs, with their routes (method and path) kept and shown");
    if (is("AWS::StepFunctions::") || type == u"AWS::Serverless::StateMachine")
        return QStringLiteral("Lambdesk has no local Step Functions");
    if (is("AWS::IAM::"))
        return QStringLiteral("IAM is not enforced locally: functions run with this machine's user's rights");
    if (is("AWS::Logs::"))
        return QStringLiteral("Lambdesk keeps the functions' logs itself");
    if (is("AWS::Events::") || is("AWS::Scheduler::"))
        return QStringLiteral("EventBridge resources are not run locally (a function's Schedule/ScheduleV2 events "
                              "are)");
    if (type == u"AWS::Lambda::Permission")
        return QStringLiteral("resource policies are not enforced locally");
    if (type == u"AWS::Lambda::EventSourceMapping")
        return QStringLiteral("give it as the function's SQS event to have Lambdesk make the mapping");
    if (type == u"AWS::Lambda::Url")
        return QStringLiteral("give it as the function's FunctionUrlConfig to have Lambdesk make the URL");
    if (type == u"AWS::Lambda::Alias" || type == u"AWS::Lambda::Version")
        return QStringLiteral("use the function's AutoPublishAlias: Lambdesk publishes a version and the alias");
    if (type == u"AWS::Serverless::Application" || type == u"AWS::CloudFormation::Stack")
        return QStringLiteral("nested applications and stacks are not fetched");
    return QStringLiteral("Lambdesk has no local equivalent of %1").arg(type);
}

QString eventWhy(const QString &type)
{
    if (type == u"S3")
        return QStringLiteral("S3 events need an S3 bucket; Lambdesk has no local S3");
    if (type == u"DynamoDB")
        return QStringLiteral("DynamoDB streams need DynamoDB; Lambdesk has none locally");
    if (type == u"Kinesis")
        return QStringLiteral("Kinesis streams are not available locally");
    if (type == u"SNS")
        return QStringLiteral("Lambdesk has no local SNS");
    if (type == u"EventBridgeRule" || type == u"CloudWatchEvent")
        return QStringLiteral("EventBridge event patterns are not matched locally (only schedules run)");
    if (type == u"CloudWatchLogs")
        return QStringLiteral("CloudWatch Logs subscriptions are not available locally");
    if (type == u"MSK" || type == u"SelfManagedKafka" || type == u"MQ" || type == u"DocumentDB")
        return QStringLiteral("%1 brokers are not available locally").arg(type);
    return QStringLiteral("%1 events have no local source in Lambdesk").arg(type);
}

// The properties of a function Lambdesk reads; the others are listed with why.
QString propertyWhy(const QString &property)
{
    if (property == u"Role" || property == u"Policies" || property == u"PermissionsBoundary"
        || property == u"AssumeRolePolicyDocument" || property == u"RolePath")
        return QStringLiteral("IAM is not enforced locally: the function runs with this machine's user's rights");
    if (property == u"VpcConfig")
        return QStringLiteral("no VPCs locally: the function uses this machine's network");
    if (property == u"Tracing" || property == u"TracingConfig")
        return QStringLiteral("no X-Ray tracing locally");
    if (property == u"DeploymentPreference")
        return QStringLiteral("gradual deployments (CodeDeploy) do not exist locally: the alias points at the new "
                              "version at once");
    if (property == u"ReservedConcurrentExecutions" || property == u"ProvisionedConcurrencyConfig")
        return QStringLiteral("not set by the import; set it on the function's Configuration page");
    if (property == u"Tags")
        return QStringLiteral("tags are not kept locally");
    if (property == u"DeadLetterQueue" || property == u"DeadLetterConfig" || property == u"EventInvokeConfig")
        return QStringLiteral("not set by the import; set it on the function's Configuration page");
    return QStringLiteral("%1 is not applied locally").arg(property);
}

std::optional<FunctionUrlConfig> readUrl(Resolver &r, const N &v, const QString &fn)
{
    FunctionUrlConfig url;
    url.functionName = fn;
    for (const auto &[k, p] : v.map) {
        const QString field = QStringLiteral("FunctionUrlConfig.") + k;
        if (k == u"AuthType") {
            const auto t = functionurl::authTypeFromName(r.str(p, field));
            if (!t)
                r.fail(p, field, QStringLiteral("%1 must be NONE or AWS_IAM; got \"%2\"").arg(field, p.s));
            url.authType = *t;
        } else if (k == u"InvokeMode") {
            const auto m = functionurl::invokeModeFromName(r.str(p, field));
            if (!m)
                r.fail(p, field, QStringLiteral("%1 must be BUFFERED or RESPONSE_STREAM; got \"%2\"").arg(field, p.s));
            url.invokeMode = *m;
        } else if (k == u"Cors") {
            FunctionUrlCors cors;
            for (const auto &[ck, cv] : p.map) {
                const QString cf = field + u'.' + ck;
                if (ck == u"AllowCredentials")
                    cors.allowCredentials = toBool(r, cv, cf);
                else if (ck == u"AllowHeaders")
                    cors.allowHeaders = toList(r, cv, cf);
                else if (ck == u"AllowMethods")
                    cors.allowMethods = toList(r, cv, cf);
                else if (ck == u"AllowOrigins")
                    cors.allowOrigins = toList(r, cv, cf);
                else if (ck == u"ExposeHeaders")
                    cors.exposeHeaders = toList(r, cv, cf);
                else if (ck == u"MaxAge")
                    cors.maxAge = toInt(r, cv, cf, 0, 86400);
                else
                    r.fail(cv, cf, QStringLiteral("%1 is not a field of Cors").arg(ck));
            }
            url.cors = cors;
        } else {
            r.fail(p, field, QStringLiteral("%1 is not a field of FunctionUrlConfig").arg(k));
        }
    }
    return url;
}

void readEvents(Resolver &r, const N &events, sam::Function &f, sam::Project &project)
{
    for (const auto &[name, ev] : events.map) {
        const QString where = f.logicalId + QStringLiteral(".Events.") + name;
        const N *typeNode = ev.get(QStringLiteral("Type"));
        if (!typeNode)
            r.fail(ev, QStringLiteral("Type"), QStringLiteral("Event %1 has no Type").arg(where));
        sam::Event e;
        e.logicalId = name;
        e.type = r.str(*typeNode, QStringLiteral("Type"));
        static const N empty = [] {
            N n;
            n.kind = N::Map;
            return n;
        }();
        const N *propsNode = ev.get(QStringLiteral("Properties"));
        const N &props = propsNode ? *propsNode : empty;
        auto prop = [&](const char *key) { return props.get(QLatin1String(key)); };
        if (e.type == u"Api" || e.type == u"HttpApi") {
            e.kind = e.type == u"Api" ? sam::Event::Kind::Api : sam::Event::Kind::HttpApi;
            if (const N *p = prop("Path"))
                e.path = r.str(*p, QStringLiteral("Path"));
            if (const N *m = prop("Method"))
                e.method = r.str(*m, QStringLiteral("Method"));
            if (e.path.isEmpty() && e.kind == sam::Event::Kind::HttpApi) {
                e.path = QStringLiteral("/{proxy+}"); // HttpApi without a route: the $default catch-all
                e.method = QStringLiteral("ANY");
            }
            if (e.path.isEmpty() || e.method.isEmpty())
                r.fail(props, where, QStringLiteral("%1 event %2 needs Path and Method").arg(e.type, where));
            for (const char *extra : {"Auth", "RequestModel", "RequestParameters"})
                if (prop(extra))
                    project.unsupported.append({where + u'.' + QLatin1String(extra), QLatin1String(extra),
                                                QStringLiteral("API Gateway's %1 is not applied locally: the route is "
                                                               "served by a function URL with AuthType NONE")
                                                    .arg(QLatin1String(extra))});
        } else if (e.type == u"Schedule" || e.type == u"ScheduleV2") {
            const bool v2 = e.type == u"ScheduleV2";
            e.kind = v2 ? sam::Event::Kind::ScheduleV2 : sam::Event::Kind::Schedule;
            const N *expr = prop(v2 ? "ScheduleExpression" : "Schedule");
            if (!expr)
                r.fail(props, where,
                       QStringLiteral("%1 event %2 needs %3").arg(e.type, where,
                                                                  v2 ? QStringLiteral("ScheduleExpression")
                                                                     : QStringLiteral("Schedule")));
            e.scheduleExpression = r.str(*expr, QStringLiteral("Schedule"));
            if (const N *i = prop("Input"))
                e.input = r.str(*i, QStringLiteral("Input"));
            if (const N *en = prop("Enabled"))
                e.enabled = toBool(r, *en, QStringLiteral("Enabled"));
            if (const N *st = prop("State"))
                e.enabled = r.str(*st, QStringLiteral("State")).toUpper() == u"ENABLED";
            if (prop("ScheduleExpressionTimezone"))
                project.unsupported.append({where + QStringLiteral(".ScheduleExpressionTimezone"),
                                            QStringLiteral("ScheduleExpressionTimezone"),
                                            QStringLiteral("local schedules run in UTC")});
        } else if (e.type == u"SQS") {
            e.kind = sam::Event::Kind::Sqs;
            const N *q = prop("Queue");
            if (!q)
                r.fail(props, where, QStringLiteral("SQS event %1 needs Queue").arg(where));
            e.queue = queueNameOf(r.str(*q, QStringLiteral("Queue")));
            if (const N *b = prop("BatchSize"))
                e.batchSize = toInt(r, *b, QStringLiteral("BatchSize"), 1, 10000);
            if (const N *w = prop("MaximumBatchingWindowInSeconds"))
                e.maximumBatchingWindowInSeconds = toInt(r, *w, QStringLiteral("MaximumBatchingWindowInSeconds"), 0, 300);
            if (const N *t = prop("FunctionResponseTypes"))
                e.reportBatchItemFailures = toList(r, *t, QStringLiteral("FunctionResponseTypes"))
                                                .contains(QStringLiteral("ReportBatchItemFailures"));
            if (const N *s = prop("ScalingConfig"))
                if (const N *m = s->get(QStringLiteral("MaximumConcurrency")))
                    e.maximumConcurrency = toInt(r, *m, QStringLiteral("ScalingConfig.MaximumConcurrency"), 2, 1000);
            if (const N *en = prop("Enabled"))
                e.enabled = toBool(r, *en, QStringLiteral("Enabled"));
            if (prop("FilterCriteria"))
                project.unsupported.append({where + QStringLiteral(".FilterCriteria"), QStringLiteral("FilterCriteria"),
                                            QStringLiteral("event filtering is not applied locally: every message "
                                                           "reaches the function")});
        } else {
            project.unsupported.append({where, e.type, eventWhy(e.type)});
            continue;
        }
        f.events.append(e);
    }
}

} // namespace lambdesk::samtemplate::detail
