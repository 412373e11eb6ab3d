#include "urlcommand.h"

#include "backend.h"
#include "cli/commandline.h"
#include "settings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lambdesk::cli {

namespace {

int exitFor(const Error &e)
{
    return e.kind == Error::Kind::Internal || e.kind == Error::Kind::Unavailable ? CannotRun : BadUsage;
}

void print(QTextStream &out, const FunctionUrlConfig &c)
{
    Settings settings;
    const quint16 port = quint16(settings.apiPort());
    QString host = settings.value(settings::apiHost);
    if (host.isEmpty() || host == u"0.0.0.0" || host == u"::")
        host = QStringLiteral("127.0.0.1");
    out << "FunctionUrl:   " << functionurl::hostUrl(c.urlId, port) << '\n';
    out << "Path form:     " << functionurl::pathUrl(c.urlId, host, port) << '\n';
    out << "Function:      " << c.functionName << (c.qualifier.isEmpty() ? QString() : u':' + c.qualifier) << '\n';
    out << "AuthType:      " << functionurl::authTypeName(c.authType) << '\n';
    out << "InvokeMode:    " << functionurl::invokeModeName(c.invokeMode) << '\n';
    out << "Cors:          "
        << (c.cors ? QString::fromUtf8(QJsonDocument(functionurl::corsToJson(*c.cors)).toJson(QJsonDocument::Compact))
                   : QStringLiteral("(none)"))
        << '\n';
    out << "Created:       " << c.creationTime << '\n';
    out << "Last modified: " << c.lastModifiedTime << '\n';
}

// --auth-type, --cors, --invoke-mode into a patch (what is not given stays unset).
bool parsePatch(const UrlOptions &o, Backend::FunctionUrlPatch *patch, QTextStream &err)
{
    if (o.hasAuthType) {
        patch->authType = functionurl::authTypeFromName(o.authType);
        if (!patch->authType) {
            err << "lambdesk url: --auth-type: AuthType must be NONE or AWS_IAM; got '" << o.authType << "'\n";
            return false;
        }
    }
    if (o.hasInvokeMode) {
        patch->invokeMode = functionurl::invokeModeFromName(o.invokeMode);
        if (!patch->invokeMode) {
            err << "lambdesk url: --invoke-mode: InvokeMode must be BUFFERED or RESPONSE_STREAM; got '"
                << o.invokeMode << "'\n";
            return false;
        }
    }
    if (o.hasCors) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(o.cors.toUtf8(), &pe);
        if (!doc.isObject() && !doc.isNull()) {
            err << "lambdesk url: --cors: Cors must be a JSON object, like "
                   "'{\"AllowOrigins\":[\"*\"],\"AllowMethods\":[\"GET\"]}'\n";
            return false;
        }
        if (doc.isNull() && o.cors.trimmed() != u"null") {
            err << "lambdesk url: --cors: not JSON: " << pe.errorString() << " (at offset " << pe.offset << ")\n";
            return false;
        }
        if (doc.isNull() || doc.object().isEmpty()) {
            patch->cors = std::optional<FunctionUrlCors>();
        } else {
            auto cors = functionurl::corsFromJson(doc.object());
            if (!cors) {
                err << "lambdesk url: --cors: " << cors.error().message << '\n';
                return false;
            }
            patch->cors = std::optional<FunctionUrlCors>(cors.value());
        }
    }
    return true;
}

} // namespace

QStringList urlValuedOptions()
{
    return {QStringLiteral("qualifier"), QStringLiteral("auth-type"), QStringLiteral("cors"),
            QStringLiteral("invoke-mode")};
}

int urlCommand(Backend &backend, const UrlOptions &o, QTextStream &out, QTextStream &err)
{
    const QString action = o.positional.value(0);
    static const QStringList actions{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("get"),
                                     QStringLiteral("delete"), QStringLiteral("list")};
    if (!actions.contains(action)) {
        err << "lambdesk url: give one of create, update, get, delete, list"
            << (action.isEmpty() ? QString() : QStringLiteral(" (not '%1')").arg(action)) << "\n\n"
            << usage();
        return BadUsage;
    }
    if (o.positional.size() != 2) {
        err << "lambdesk url " << action << ": give exactly one function name\n\n" << usage();
        return BadUsage;
    }
    const QString function = o.positional.at(1);
    const bool changes = action == u"create" || action == u"update";
    if (!changes && (o.hasAuthType || o.hasCors || o.hasInvokeMode)) {
        err << "lambdesk url " << action << ": --auth-type, --cors and --invoke-mode go with create or update\n";
        return BadUsage;
    }
    if (action == u"list" && !o.qualifier.isEmpty()) {
        err << "lambdesk url list: lists every URL of the function; --qualifier goes with the other actions\n";
        return BadUsage;
    }
    Backend::FunctionUrlPatch patch;
    if (!parsePatch(o, &patch, err))
        return BadUsage;

    if (action == u"create") {
        FunctionUrlConfig c;
        c.functionName = function;
        c.qualifier = o.qualifier;
        c.authType = patch.authType.value_or(FunctionUrlAuthType::None);
        c.invokeMode = patch.invokeMode.value_or(FunctionUrlInvokeMode::Buffered);
        if (patch.cors)
            c.cors = *patch.cors;
        const auto created = backend.createFunctionUrlConfig(c);
        if (!created) {
            err << "lambdesk url create: " << created.error().message << '\n';
            return exitFor(created.error());
        }
        print(out, created.value());
        return Success;
    }
    if (action == u"update") {
        if (!o.hasAuthType && !o.hasCors && !o.hasInvokeMode) {
            err << "lambdesk url update: nothing to change: give --auth-type, --cors or --invoke-mode\n";
            return BadUsage;
        }
        const auto updated = backend.updateFunctionUrlConfig(function, o.qualifier, patch);
        if (!updated) {
            err << "lambdesk url update: " << updated.error().message << '\n';
            return exitFor(updated.error());
        }
        print(out, updated.value());
        return Success;
    }
    if (action == u"get") {
        const auto c = backend.getFunctionUrlConfig(function, o.qualifier);
        if (!c) {
            err << "lambdesk url get: " << c.error().message << '\n';
            return exitFor(c.error());
        }
        print(out, c.value());
        return Success;
    }
    if (action == u"delete") {
        const Status s = backend.deleteFunctionUrlConfig(function, o.qualifier);
        if (!s) {
            err << "lambdesk url delete: " << s.error().message << '\n';
            return exitFor(s.error());
        }
        out << "Deleted the function URL of " << function << (o.qualifier.isEmpty() ? QString() : u':' + o.qualifier)
            << '\n';
        return Success;
    }
    const auto list = backend.listFunctionUrlConfigs(function);
    if (!list) {
        err << "lambdesk url list: " << list.error().message << '\n';
        return exitFor(list.error());
    }
    if (list->isEmpty()) {
        out << function << " has no function URL. Make one with: lambdesk url create " << function << '\n';
        return Success;
    }
    Settings settings;
    const quint16 port = quint16(settings.apiPort());
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(QStringLiteral("QUALIFIER"), -12)
               .arg(QStringLiteral("AUTH"), -8)
               .arg(QStringLiteral("MODE"), -15)
               .arg(QStringLiteral("URL"));
    for (const FunctionUrlConfig &c : list.value())
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(c.qualifier.isEmpty() ? QStringLiteral("$LATEST") : c.qualifier, -12)
                   .arg(functionurl::authTypeName(c.authType), -8)
                   .arg(functionurl::invokeModeName(c.invokeMode), -15)
                   .arg(functionurl::hostUrl(c.urlId, port));
    return Success;
}

} // namespace lambdesk::cli
