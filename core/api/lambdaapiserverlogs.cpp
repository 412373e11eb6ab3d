// LambdaApiServer: the CloudWatch Logs API (api/logsapi.h) on the Lambda API's server. The
// reads run on the log store's thread through the Backend; the answer is sent when they return.
#include "backend.h"
#include "lambdaapiexchange.h"
#include "lambdaapiserver.h"
#include "logsapi.h"

#include <QPointer>

namespace lambdesk {

using namespace api;

void LambdaApiServer::logsRequest(const ExchangePtr &ex, const HttpRequest &http)
{
    auto parsed = logsapi::parse(http);
    if (!parsed) {
        send(*ex, logsapi::errorReply(parsed.error()));
        return;
    }
    logsapi::Call call = std::move(parsed).value();
    ex->call.operation = logsapi::operationName(call);
    // A group is there while a function logs to it: /aws/lambda/NAME, or the LoggingConfig.LogGroup
    // that one or more functions name. Lines follow their function's configuration of now.
    const QMap<QString, QStringList> groups = logsapi::logGroups(m_backend->listFunctions());
    if (!logsapi::resolveGroup(call, groups)) {
        send(*ex, logsapi::errorReply(logsapi::groupNotFound()));
        return;
    }
    ex->call.function = groups.value(logsapi::groupOf(call)).join(QStringLiteral(", "));
    QPointer<LambdaApiServer> self(this);
    const QString region = m_backend->region();
    std::visit(
        Overloaded{
            [&](const logsapi::DescribeLogGroups &c) {
                QStringList names;
                for (const QStringList &functions : groups)
                    names += functions;
                m_backend->queryLogGroups(names, [self, ex, c, groups, region](QList<logs::GroupInfo> firstLines) {
                    if (self)
                        self->send(*ex, logsapi::reply(logsapi::describeLogGroups(c, groups, firstLines, region)));
                });
            },
            [&](const logsapi::DescribeLogStreams &c) {
                m_backend->queryLogStreams(c.functions, [self, ex, c, region](QList<logs::StreamInfo> streams) {
                    if (self)
                        self->send(*ex, logsapi::reply(logsapi::describeLogStreams(c, std::move(streams), region)));
                });
            },
            [&](const logsapi::GetLogEvents &c) {
                m_backend->queryLogEvents(logsapi::eventQuery(c), [self, ex, c](logs::EventPage page) {
                    if (self)
                        self->send(*ex, logsapi::reply(logsapi::getLogEvents(c, page)));
                });
            },
            [&](const logsapi::FilterLogEvents &c) {
                m_backend->queryLogEvents(c.query, [self, ex, c](logs::EventPage page) {
                    if (!self)
                        return;
                    QStringList streams;
                    for (const LogRecord &r : page.events)
                        if (!streams.contains(r.logStream))
                            streams.append(r.logStream);
                    self->send(*ex, logsapi::reply(logsapi::filterLogEvents(c, page, streams)));
                });
            },
        },
        call);
}

} // namespace lambdesk
