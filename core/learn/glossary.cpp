#include "learn/glossary.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <map>

namespace lambdesk::glossary {

namespace {

// The pages of AWS's documentation the terms link to (each seen referenced, none guessed).
#define LAMBDA_DG "https://docs.aws.amazon.com/lambda/latest/dg/"
#define LAMBDA_API "https://docs.aws.amazon.com/lambda/latest/api/"

struct Source
{
    const char *key;
    const char *title; // AWS's own term, not translated; a configuration field's name is, as its label is
    const char *text;  // translated at lookup, context "glossary"
    const char *url;
};

// One table, so that a term is a line to add; texts are marked for lupdate here and translated
// when looked up (the language can change while the console runs).
const Source kTerms[] = {
    // The REPORT line and its fields.
    {"report.line", "REPORT",
     QT_TRANSLATE_NOOP("glossary",
                       "Lambda writes one REPORT line to the function's log at the end of every invocation. It says "
                       "how long the invocation ran and was billed, how much memory was configured and used and, "
                       "after a cold start, how long the init phase took."),
     LAMBDA_DG "python-logging.html"},
    {"report.requestId", "RequestId",
     QT_TRANSLATE_NOOP("glossary",
                       "The ID Lambda gives each invocation. The START, END and REPORT lines and the lines your code "
                       "logs carry it, and the handler reads it from the context object, so it ties together "
                       "everything one invocation wrote."),
     LAMBDA_DG "python-logging.html"},
    {"report.duration", "Duration",
     QT_TRANSLATE_NOOP("glossary",
                       "The time the handler took to process the event: from the moment the runtime received it "
                       "until it returned a response or an error. The init phase of a cold start is not part of "
                       "it; Init Duration tells that time."),
     LAMBDA_DG "python-logging.html"},
    {"report.billedDuration", "Billed Duration",
     QT_TRANSLATE_NOOP("glossary",
                       "The time the invocation is charged for: its Duration rounded up to the next millisecond. "
                       "Lambda's price is this time multiplied by the memory configured (GB-seconds), plus a fee "
                       "per request."),
     LAMBDA_DG "python-logging.html"},
    {"report.memorySize", "Memory Size",
     QT_TRANSLATE_NOOP("glossary",
                       "The memory configured for the function, from 128 MB to 10,240 MB. Lambda gives the function "
                       "CPU power in proportion to it, and the price of each millisecond grows with it."),
     LAMBDA_DG "configuration-memory.html"},
    {"report.maxMemoryUsed", "Max Memory Used",
     QT_TRANSLATE_NOOP("glossary",
                       "The most memory the function's processes used, in MB. When invocations share an execution "
                       "environment, it is the highest use across them. Close to Memory Size, the function risks "
                       "running out of memory; far below it, a smaller setting may do."),
     LAMBDA_DG "configuration-memory.html"},
    {"report.initDuration", "Init Duration",
     QT_TRANSLATE_NOOP("glossary",
                       "The time the init phase took: starting the runtime and running the code outside the handler "
                       "(imports, clients, global state). It appears only on the first invocation of a new "
                       "execution environment, a cold start; warm invocations reuse the environment and skip it."),
     LAMBDA_DG "lambda-runtime-environment.html"},

    // The memory slider's CPU share.
    {"config.cpuShare", QT_TRANSLATE_NOOP("glossary", "CPU share"),
     QT_TRANSLATE_NOOP("glossary",
                       "Lambda allocates CPU power in proportion to the memory configured: at 1,769 MB a function "
                       "has the equivalent of one vCPU, below that a fraction of one, and at 10,240 MB up to 6 "
                       "vCPUs. More memory therefore also makes CPU-bound code faster."),
     LAMBDA_DG "configuration-memory.html"},

    // Configuration fields.
    {"config.memory", QT_TRANSLATE_NOOP("glossary", "Memory"),
     QT_TRANSLATE_NOOP("glossary",
                       "The memory available to the function at runtime, 128 MB to 10,240 MB in 1 MB steps. CPU "
                       "power grows in proportion to it, and so does the price of each millisecond. An invocation "
                       "whose processes need more is stopped."),
     LAMBDA_DG "configuration-memory.html"},
    {"config.timeout", QT_TRANSLATE_NOOP("glossary", "Timeout"),
     QT_TRANSLATE_NOOP("glossary",
                       "The longest an invocation may run, from 1 second to 15 minutes (900 seconds); the default "
                       "is 3 seconds. At the deadline Lambda stops the invocation (\"Task timed out\", error type "
                       "Sandbox.Timedout)."),
     LAMBDA_DG "configuration-timeout.html"},
    {"config.ephemeralStorage", QT_TRANSLATE_NOOP("glossary", "Ephemeral storage"),
     QT_TRANSLATE_NOOP("glossary",
                       "The size of /tmp in each execution environment, 512 MB to 10,240 MB. Files written there "
                       "stay while the environment is warm and are gone when it is replaced: a cache, not a "
                       "place to keep data."),
     LAMBDA_DG "configuration-ephemeral-storage.html"},
    {"config.handler", QT_TRANSLATE_NOOP("glossary", "Handler"),
     QT_TRANSLATE_NOOP("glossary",
                       "The function Lambda calls with each event, written as file.function: "
                       "lambda_function.lambda_handler calls lambda_handler in lambda_function.py, index.handler "
                       "the exported handler of index.mjs or index.js. A wrong name fails with "
                       "Runtime.ImportModuleError or Runtime.HandlerNotFound."),
     LAMBDA_DG "python-handler.html"},
    {"config.runtime", QT_TRANSLATE_NOOP("glossary", "Runtime"),
     QT_TRANSLATE_NOOP("glossary",
                       "The language environment that loads and runs the function's code, such as python3.12 or "
                       "nodejs20.x, or provided for a bootstrap program of your own. It passes events between "
                       "Lambda and the handler through the Runtime API."),
     LAMBDA_DG "lambda-runtimes.html"},
    {"config.architecture", QT_TRANSLATE_NOOP("glossary", "Architecture"),
     QT_TRANSLATE_NOOP("glossary",
                       "The instruction set of the processor the function runs on: x86_64, or arm64 (AWS Graviton). "
                       "Native libraries in the code and its layers must be built for it."),
     LAMBDA_DG "foundation-arch.html"},
    {"config.description", QT_TRANSLATE_NOOP("glossary", "Description"),
     QT_TRANSLATE_NOOP("glossary",
                       "A free text of up to 256 characters that says what the function is for. Lambda keeps it "
                       "with the configuration; it has no effect on how the function runs."),
     LAMBDA_API "API_CreateFunction.html"},
    {"config.environment", QT_TRANSLATE_NOOP("glossary", "Environment variables"),
     QT_TRANSLATE_NOOP("glossary",
                       "Key-value pairs Lambda sets in the execution environment, read by the code like any "
                       "environment variable (os.environ in Python, process.env in Node.js). They change behaviour "
                       "without a change of code; together they may take 4 KB, and keys Lambda reserves, such as "
                       "AWS_REGION, cannot be set."),
     LAMBDA_DG "configuration-envvars.html"},
    {"config.reservedConcurrency", QT_TRANSLATE_NOOP("glossary", "Reserved concurrency"),
     QT_TRANSLATE_NOOP("glossary",
                       "The most execution environments the function may use at the same time, set aside for it "
                       "out of the account's concurrency. Requests beyond it are throttled "
                       "(TooManyRequestsException, HTTP 429); 0 stops every invocation."),
     LAMBDA_DG "configuration-concurrency.html"},
    {"config.provisionedConcurrency", QT_TRANSLATE_NOOP("glossary", "Provisioned concurrency"),
     QT_TRANSLATE_NOOP("glossary",
                       "Execution environments Lambda initialises ahead of time for a version or an alias, so that "
                       "their invocations start warm, without an Init Duration. They are billed for as long as they "
                       "are configured, used or not."),
     LAMBDA_DG "provisioned-concurrency.html"},
    {"config.asyncInvocation", QT_TRANSLATE_NOOP("glossary", "Asynchronous invocation"),
     QT_TRANSLATE_NOOP("glossary",
                       "With the Event invocation type Lambda queues the event, answers at once (HTTP 202) and runs "
                       "the function in the background. When it fails, Lambda retries it, and can send a record "
                       "of the outcome to a destination."),
     LAMBDA_DG "invocation-async.html"},
    {"config.maximumEventAge", QT_TRANSLATE_NOOP("glossary", "Maximum age of event"),
     QT_TRANSLATE_NOOP("glossary",
                       "How long Lambda keeps an asynchronous event in its queue, from 60 seconds to 6 hours. An "
                       "event older than that is discarded, or sent to the on-failure destination or dead-letter "
                       "queue."),
     LAMBDA_DG "invocation-async-error-handling.html"},
    {"config.retryAttempts", QT_TRANSLATE_NOOP("glossary", "Retry attempts"),
     QT_TRANSLATE_NOOP("glossary",
                       "How many times Lambda retries an asynchronous invocation that returned an error: 0, 1 or 2 "
                       "(the default). Lambda waits about a minute before the first retry and two before the "
                       "second; an event that still fails goes to the on-failure destination or dead-letter queue."),
     LAMBDA_DG "invocation-async-error-handling.html"},
    {"config.destinations", QT_TRANSLATE_NOOP("glossary", "Destinations"),
     QT_TRANSLATE_NOOP("glossary",
                       "Where Lambda sends a record of each asynchronous invocation: on success, on failure, or "
                       "both. The record holds the request, the response and, on failure, why it failed."),
     LAMBDA_DG "invocation-async-retain-records.html"},
    {"config.deadLetterQueue", QT_TRANSLATE_NOOP("glossary", "Dead-letter queue"),
     QT_TRANSLATE_NOOP("glossary",
                       "An Amazon SQS queue or Amazon SNS topic that receives the events of asynchronous "
                       "invocations that failed every attempt. Unlike an on-failure destination it keeps only the "
                       "event, not the response or the error."),
     LAMBDA_DG "invocation-async-retain-records.html#invocation-dlq"},
    {"config.logFormat", QT_TRANSLATE_NOOP("glossary", "Log format"),
     QT_TRANSLATE_NOOP("glossary",
                       "Text keeps log lines as the runtime prints them; JSON writes every line as a JSON object "
                       "with its time, level and request ID, which makes logs easy to filter and query. Log levels "
                       "apply only with the JSON format."),
     LAMBDA_DG "monitoring-cloudwatchlogs-advanced.html"},
    {"config.applicationLogLevel", QT_TRANSLATE_NOOP("glossary", "Application log level"),
     QT_TRANSLATE_NOOP("glossary",
                       "The lowest level of your code's log lines that Lambda keeps: TRACE, DEBUG, INFO, WARN, ERROR "
                       "or FATAL; lines below it are dropped. It works only with the JSON log format."),
     LAMBDA_DG "monitoring-cloudwatchlogs-advanced.html"},
    {"config.systemLogLevel", QT_TRANSLATE_NOOP("glossary", "System log level"),
     QT_TRANSLATE_NOOP("glossary",
                       "The lowest level of the records Lambda itself writes that are kept: DEBUG, INFO or WARN. "
                       "Its start and report records (platform.start, platform.report) are INFO, so WARN leaves "
                       "them out. It works only with the JSON log format."),
     LAMBDA_DG "monitoring-cloudwatchlogs-advanced.html"},
    {"config.functionUrl", QT_TRANSLATE_NOOP("glossary", "Function URL"),
     QT_TRANSLATE_NOOP("glossary",
                       "A dedicated HTTPS endpoint of the function (or of an alias). Each HTTP request becomes an "
                       "event for the handler, and the handler's answer becomes the HTTP response."),
     LAMBDA_DG "urls-configuration.html"},
    {"config.functionUrlAuthType", QT_TRANSLATE_NOOP("glossary", "Auth type"),
     QT_TRANSLATE_NOOP("glossary",
                       "AWS_IAM lets only signed requests (SigV4) of principals allowed lambda:InvokeFunctionUrl call "
                       "the function URL. NONE lets anyone who knows the URL call it, so the function must check "
                       "requests itself."),
     LAMBDA_DG "urls-auth.html"},
    {"config.functionUrlCors", QT_TRANSLATE_NOOP("glossary", "CORS"),
     QT_TRANSLATE_NOOP("glossary",
                       "Cross-origin resource sharing: which web origins, methods and headers browsers may use to "
                       "call the function URL from a page of another domain. Lambda answers the browsers' preflight "
                       "requests and adds the CORS headers to responses."),
     LAMBDA_DG "urls-configuration.html"},
    {"config.layers", QT_TRANSLATE_NOOP("glossary", "Layers"),
     QT_TRANSLATE_NOOP("glossary",
                       ".zip archives of libraries, a custom runtime or other files that Lambda extracts to /opt in "
                       "the execution environment. A function can use up to five layers, applied in order, so that "
                       "code is shared between functions instead of packaged with each."),
     LAMBDA_DG "chapter-layers.html"},

    // Error types the runtime and Lambdesk's backend report (tst_glossary lists them from the code).
    {"error.Runtime.ExitError", "Runtime.ExitError",
     QT_TRANSLATE_NOOP("glossary",
                       "The runtime process exited before it answered: the code called exit, crashed, or was "
                       "killed by a signal. The message gives the exit status or signal; the next invocation starts "
                       "a new execution environment."),
     LAMBDA_DG "troubleshooting-invocation.html"},
    {"error.Runtime.OutOfMemory", "Runtime.OutOfMemory",
     QT_TRANSLATE_NOOP("glossary",
                       "The function's processes needed more memory than configured, so the execution environment "
                       "was stopped. Raise the memory setting or make the code use less; Max Memory Used shows how "
                       "close earlier invocations came."),
     LAMBDA_DG "configuration-memory.html"},
    {"error.Runtime.Unknown", "Runtime.Unknown",
     QT_TRANSLATE_NOOP("glossary",
                       "The init phase failed and the runtime did not say with which error type. The log lines just "
                       "before the failure usually tell what went wrong."),
     LAMBDA_DG "troubleshooting-invocation.html"},
    {"error.Runtime.InvalidEntrypoint", "Runtime.InvalidEntrypoint",
     QT_TRANSLATE_NOOP("glossary",
                       "The runtime could not be started. For a provided runtime this usually means that no "
                       "executable file named bootstrap is at the root of the code or of a layer."),
     LAMBDA_DG "troubleshooting-invocation.html#troubleshooting-invocation-bootstrap"},
    {"error.Runtime.EphemeralStorageExceeded", "Runtime.EphemeralStorageExceeded",
     QT_TRANSLATE_NOOP("glossary",
                       "The function wrote more to /tmp than the ephemeral storage setting allows, and the "
                       "invocation was stopped. Delete files it no longer needs, or raise the ephemeral storage."),
     LAMBDA_DG "configuration-ephemeral-storage.html"},
    {"error.Runtime.TruncatedResponse", "Runtime.TruncatedResponse",
     QT_TRANSLATE_NOOP("glossary",
                       "A streamed response ended before its last chunk: the runtime's connection closed while the "
                       "function was still writing it. The client got only the part sent before."),
     LAMBDA_DG "gettingstarted-limits.html"},
    {"error.Function.ResponseSizeTooLarge", "Function.ResponseSizeTooLarge",
     QT_TRANSLATE_NOOP("glossary",
                       "The function's response was larger than Lambda allows: 6 MB for a synchronous invocation, "
                       "more for a streamed one. Return less, or store the data elsewhere (for example in Amazon "
                       "S3) and return where to find it."),
     LAMBDA_DG "gettingstarted-limits.html"},
    {"error.Sandbox.Timedout", "Sandbox.Timedout",
     QT_TRANSLATE_NOOP("glossary",
                       "The invocation, or the init phase before it, ran past the function's timeout and was "
                       "stopped (\"Task timed out after … seconds\"). The execution environment is reset; raise the "
                       "timeout or find what is slow."),
     LAMBDA_DG "configuration-timeout.html"},
    {"error.Runtime.ImportModuleError", "Runtime.ImportModuleError",
     QT_TRANSLATE_NOOP("glossary",
                       "The runtime could not load the module the handler names: the file is missing, or importing "
                       "it or a library it needs failed. Check the handler setting, and that every dependency is in "
                       "the code or a layer."),
     LAMBDA_DG "python-handler.html"},
    {"error.Runtime.HandlerNotFound", "Runtime.HandlerNotFound",
     QT_TRANSLATE_NOOP("glossary",
                       "The module loaded, but it has no function of the name the handler setting gives (in "
                       "Node.js: none exported under that name). Compare the handler setting with the code."),
     LAMBDA_DG "python-handler.html"},
    {"error.Runtime.MalformedHandlerName", "Runtime.MalformedHandlerName",
     QT_TRANSLATE_NOOP("glossary",
                       "The handler setting is not of the form file.function (for example "
                       "lambda_function.lambda_handler or index.handler), so the runtime cannot tell what to load."),
     LAMBDA_DG "python-handler.html"},
    {"error.Runtime.UserCodeSyntaxError", "Runtime.UserCodeSyntaxError",
     QT_TRANSLATE_NOOP("glossary",
                       "The function's code has a syntax error, found when the runtime loaded it in the init "
                       "phase. The message names the file and the line."),
     LAMBDA_DG "troubleshooting-invocation.html"},
    {"error.Runtime.BuiltInModuleConflict", "Runtime.BuiltInModuleConflict",
     QT_TRANSLATE_NOOP("glossary",
                       "The handler's module has the name of a module built into Python (such as sys), which the "
                       "runtime will not replace. Rename the file and the handler setting."),
     LAMBDA_DG "python-handler.html"},
    {"error.Runtime.MarshalError", "Runtime.MarshalError",
     QT_TRANSLATE_NOOP("glossary",
                       "The handler returned a value the runtime cannot turn into JSON, such as a set, bytes or an "
                       "object of a class. Return dictionaries, lists, strings, numbers, booleans or None."),
     LAMBDA_DG "python-exceptions.html"},
    {"error.Runtime.UnmarshalError", "Runtime.UnmarshalError",
     QT_TRANSLATE_NOOP("glossary",
                       "The runtime could not read the event as JSON to hand it to the handler. The event must be "
                       "a valid JSON document."),
     LAMBDA_DG "python-exceptions.html"},
    {"error.Runtime.LambdaContextUnmarshalError", "Runtime.LambdaContextUnmarshalError",
     QT_TRANSLATE_NOOP("glossary",
                       "The runtime could not read the client context or Cognito identity that came with the "
                       "invocation, so it could not build the context object."),
     LAMBDA_DG "python-exceptions.html"},
    {"error.Runtime.NodeJsExit", "Runtime.NodeJsExit",
     QT_TRANSLATE_NOOP("glossary",
                       "The Node.js process exited while an invocation was still running, most often because the "
                       "handler's promise never settled and nothing else was left to run. Make sure the handler "
                       "returns or awaits its work."),
     LAMBDA_DG "troubleshooting-invocation.html#troubleshooting-invocation-nodejs-exit"},
    {"error.Runtime.UnhandledPromiseRejection", "Runtime.UnhandledPromiseRejection",
     QT_TRANSLATE_NOOP("glossary",
                       "A promise was rejected and nothing handled the rejection, so the Node.js runtime failed the "
                       "invocation. Await the promises the handler starts, or catch their errors."),
     LAMBDA_DG "nodejs-exceptions.html"},
    {"error.Runtime.DebuggerError", "Runtime.DebuggerError",
     QT_TRANSLATE_NOOP("glossary",
                       "Lambdesk's debugger could not start inside the runtime, for example because its port was "
                       "not valid. This error type is Lambdesk's own; the linked page explains the init phase in "
                       "which it happens."),
     LAMBDA_DG "lambda-runtime-environment.html"},
    {"error.Unhandled", "Unhandled",
     QT_TRANSLATE_NOOP("glossary",
                       "The function failed and the runtime gave no error type. Lambda marks such a response with "
                       "the header X-Amz-Function-Error: Unhandled, and still answers with HTTP 200."),
     LAMBDA_API "API_Invoke.html"},
    {"error.TooManyRequestsException", "TooManyRequestsException",
     QT_TRANSLATE_NOOP("glossary",
                       "The request was throttled: the function had no execution environment free within its "
                       "reserved concurrency, so nothing ran. Retry later, or raise the reserved concurrency."),
     LAMBDA_DG "configuration-concurrency.html"},
};

#undef LAMBDA_DG
#undef LAMBDA_API

// The terms as last translated; std::map keeps each Term at one address, so the pointers
// find() returns stay valid while their texts follow the language.
QMutex g_mutex;
std::map<QString, Term> g_terms;

const Source *source(const QString &key)
{
    for (const Source &s : kTerms) {
        if (key == QLatin1String(s.key))
            return &s;
    }
    return nullptr;
}

} // namespace

const Term *find(const QString &key)
{
    const Source *s = source(key);
    if (!s)
        return nullptr;
    QMutexLocker lock(&g_mutex);
    Term &t = g_terms[key];
    t.key = key;
    t.title = key.startsWith(QLatin1String("config."))
        ? QCoreApplication::translate("glossary", s->title)
        : QString::fromUtf8(s->title); // REPORT fields and error types stay as AWS writes them
    t.text = QCoreApplication::translate("glossary", s->text);
    t.docsUrl = QString::fromLatin1(s->url);
    return &t;
}

const Term *forErrorType(const QString &errorType)
{
    if (errorType.isEmpty())
        return nullptr;
    return find(QStringLiteral("error.") + errorType.trimmed());
}

const Term *forReportField(const QString &field)
{
    static const std::pair<const char *, const char *> fields[] = {
        {"REPORT", "report.line"},
        {"INIT_REPORT", "report.line"},
        {"RequestId", "report.requestId"},
        {"Duration", "report.duration"},
        {"Billed Duration", "report.billedDuration"},
        {"Memory Size", "report.memorySize"},
        {"Max Memory Used", "report.maxMemoryUsed"},
        {"Init Duration", "report.initDuration"},
    };
    const QString name = field.trimmed();
    for (const auto &[f, key] : fields) {
        if (name == QLatin1String(f))
            return find(QString::fromLatin1(key));
    }
    return nullptr;
}

Span reportSpanAt(const QString &line, qsizetype pos)
{
    const bool report = line.startsWith(QLatin1String("REPORT ")) || line.startsWith(QLatin1String("INIT_REPORT "));
    if (!report || pos < 0 || pos >= line.size())
        return {};
    const qsizetype word = line.indexOf(u' ');
    if (pos < word)
        return {QStringLiteral("report.line"), 0, word};
    // Fields: from after the first word, separated by a tab or by two spaces or more.
    qsizetype start = word + 1;
    while (start < line.size()) {
        qsizetype end = start;
        while (end < line.size() && line.at(end) != u'\t'
               && !(line.at(end) == u' ' && end + 1 < line.size() && line.at(end + 1) == u' '))
            ++end;
        if (pos >= start && pos < end) {
            const QString field = line.mid(start, end - start);
            const qsizetype colon = field.indexOf(u':');
            if (colon < 0)
                return {};
            const QString name = field.left(colon);
            const Term *term = name == QLatin1String("Error Type") ? forErrorType(field.mid(colon + 1).trimmed())
                                                                   : forReportField(name);
            return term ? Span{term->key, start, end - start} : Span{};
        }
        start = end;
        while (start < line.size() && line.at(start).isSpace())
            ++start;
        if (pos < start)
            return {}; // between two fields
    }
    return {};
}

Span termSpanAt(const QString &line, qsizetype pos)
{
    if (const Span report = reportSpanAt(line, pos); !report.key.isEmpty())
        return report;
    if (pos < 0 || pos >= line.size())
        return {};
    // The word under pos, dots included: error types are Family.Name.
    const auto inWord = [&line](qsizetype i) { return line.at(i).isLetterOrNumber() || line.at(i) == u'.'; };
    if (!inWord(pos))
        return {};
    qsizetype start = pos, end = pos;
    while (start > 0 && inWord(start - 1))
        --start;
    while (end < line.size() && inWord(end))
        ++end;
    while (end > start && line.at(end - 1) == u'.') // the sentence's full stop
        --end;
    if (pos >= end)
        return {};
    const Term *term = forErrorType(line.mid(start, end - start));
    return term ? Span{term->key, start, end - start} : Span{};
}

QStringList keys()
{
    QStringList out;
    for (const Source &s : kTerms)
        out << QString::fromLatin1(s.key);
    return out;
}

} // namespace lambdesk::glossary
