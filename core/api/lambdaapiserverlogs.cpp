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
    ex->call.function = logsapi::functionOf(call);
    // A log group is there for every function (Lambdesk makes it with the function).
    if (!ex->call.function.isEmpty() && !m_backend->getFunction(ex->call.function)) {
        send(*ex, logsapi::errorReply(logsapi::groupNotFound()));
        return;
    }
    QPointer<LambdaApiServer> self(this);
    const QString region = m_backend->region();
    std::visit(Overloaded{
                   [&](const logsapi::DescribeLogGroups &c) {
                       QStringList names;
                       for (const FunctionConfig &f : m_backend->listFunctions())
                           names.append(f.name);
                       m_backend->queryLogGroups(names, [self, ex, c, region](QList<logs::GroupInfo> groups) {
                           if (self)
                               self->send(*ex, logsapi::reply(logsapi::describeLogGroups(c, groups, region)));
                       });
                   },
                   [&](const logsapi::DescribeLogStreams &c) {
                       m_backend->queryLogStreams(c.function, [self, ex, c, region](QList<logs::StreamInfo> streams) {
                           if (self)
                               self->send(*ex,
                                          logsapi::reply(logsapi::describeLogStreams(c, std::move(streams), region)));
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
