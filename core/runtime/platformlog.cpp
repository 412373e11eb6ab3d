#include "platformlog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace lambdesk {

namespace {

constexpr int kDebug = 1, kInfo = 2;

// JSON text for a string: AWS's records keep their keys in a fixed order (time, type, record),
// which QJsonObject (sorted keys) cannot, so the records are written by hand.
QString str(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

// Milliseconds as AWS writes them in metrics: a number with at most three decimals.
QString num(double v)
{
    return QString::number(std::round(v * 1000.0) / 1000.0, 'g', 15);
}

QString record(qint64 epochMs, const char *type, const QString &body)
{
    return QStringLiteral("{\"time\":") + str(logformat::isoTime(epochMs)) + QStringLiteral(",\"type\":\"")
        + QLatin1StringView(type) + QStringLiteral("\",\"record\":{") + body + QStringLiteral("}}");
}

} // namespace

PlatformLog::PlatformLog(const LoggingConfig &config)
    : m_json(config.isJson()),
      m_applicationRank(loglevel::rank(config.effectiveApplicationLogLevel())),
      m_systemRank(loglevel::rank(config.effectiveSystemLogLevel()))
{}

std::optional<QString> PlatformLog::initStart(qint64 epochMs, const QString &runtimeVersion,
                                              const QString &functionName, const QString &functionVersion,
                                              const QString &region) const
{
    if (!m_json)
        return logformat::initStart(runtimeVersion);
    if (!systemPasses(kInfo))
        return std::nullopt;
    // AWS names a runtime version by an ARN ending in a hash; Lambdesk's is the SHA-256 of its
    // version text, stable for one interpreter.
    const QString arn =
        QStringLiteral("arn:aws:lambda:%1::runtime:%2")
            .arg(region.isEmpty() ? QStringLiteral("us-east-1") : region,
                 QString::fromLatin1(
                     QCryptographicHash::hash(runtimeVersion.toUtf8(), QCryptographicHash::Sha256).toHex()));
    return record(epochMs, "platform.initStart",
                  QStringLiteral("\"initializationType\":") + str(m_initializationType) + QStringLiteral(",\"phase\":\"init\",\"runtimeVersion\":")
                      + str(runtimeVersion) + QStringLiteral(",\"runtimeVersionArn\":") + str(arn)
                      + QStringLiteral(",\"functionName\":") + str(functionName)
                      + QStringLiteral(",\"functionVersion\":") + str(functionVersion));
}

std::optional<QString> PlatformLog::initRuntimeDone(qint64 epochMs, const QString &status,
                                                    const QString &errorType) const
{
    if (!m_json || !systemPasses(kDebug))
        return std::nullopt;
    QString body = QStringLiteral("\"initializationType\":") + str(m_initializationType) + QStringLiteral(",\"phase\":\"init\",\"status\":") + str(status);
    if (!errorType.isEmpty())
        body += QStringLiteral(",\"errorType\":") + str(errorType);
    return record(epochMs, "platform.initRuntimeDone", body);
}

std::optional<QString> PlatformLog::start(qint64 epochMs, const QString &requestId, const QString &version) const
{
    if (!m_json)
        return logformat::start(requestId, version);
    if (!systemPasses(kInfo))
        return std::nullopt;
    return record(epochMs, "platform.start",
                  QStringLiteral("\"requestId\":") + str(requestId) + QStringLiteral(",\"version\":") + str(version));
}

std::optional<QString> PlatformLog::end(qint64 epochMs, const QString &requestId, const QString &status,
                                        const QString &errorType, double durationMs, qint64 producedBytes) const
{
    if (!m_json)
        return logformat::end(requestId);
    if (!systemPasses(kDebug))
        return std::nullopt;
    QString body = QStringLiteral("\"requestId\":") + str(requestId) + QStringLiteral(",\"status\":") + str(status);
    if (!errorType.isEmpty())
        body += QStringLiteral(",\"errorType\":") + str(errorType);
    body += QStringLiteral(",\"metrics\":{\"durationMs\":") + num(durationMs) + QStringLiteral(",\"producedBytes\":")
        + QString::number(producedBytes) + u'}';
    return record(epochMs, "platform.runtimeDone", body);
}

std::optional<QString> PlatformLog::report(qint64 epochMs, const logformat::Report &r) const
{
    if (!m_json)
        return logformat::report(r);
    if (!systemPasses(kInfo))
        return std::nullopt;
    QString metrics = QStringLiteral("\"durationMs\":") + num(r.durationMs) + QStringLiteral(",\"billedDurationMs\":")
        + QString::number(r.billedMs) + QStringLiteral(",\"memorySizeMB\":") + QString::number(r.memorySizeMb)
        + QStringLiteral(",\"maxMemoryUsedMB\":") + QString::number(r.maxMemoryUsedMb);
    if (r.initDurationMs)
        metrics += QStringLiteral(",\"initDurationMs\":") + num(*r.initDurationMs);
    if (r.debuggerStoppedMs) // Lambdesk's: the invocation ran under the debugger
        metrics += QStringLiteral(",\"debuggerStoppedMs\":") + num(*r.debuggerStoppedMs);
    // AWS's order: requestId, status, errorType, metrics.
    QString body = QStringLiteral("\"requestId\":") + str(r.requestId) + QStringLiteral(",\"status\":")
        + str(r.status.isEmpty() ? QStringLiteral("success") : r.status);
    if (!r.errorType.isEmpty())
        body += QStringLiteral(",\"errorType\":") + str(r.errorType);
    body += QStringLiteral(",\"metrics\":{") + metrics + u'}';
    return record(epochMs, "platform.report", body);
}

std::optional<QString> PlatformLog::initReport(qint64 epochMs, double initMs, const QString &status,
                                               const QString &errorType) const
{
    if (!m_json) {
        // Text has INIT_REPORT for a failed init only; a good one is REPORT's Init Duration.
        if (status == u"success")
            return std::nullopt;
        return logformat::initReport(initMs, status, errorType);
    }
    // A failed init is INFO (text writes INIT_REPORT for it); a successful one DEBUG.
    if (!systemPasses(status == u"success" ? kDebug : kInfo))
        return std::nullopt;
    QString body = QStringLiteral("\"initializationType\":") + str(m_initializationType) + QStringLiteral(",\"phase\":\"init\",\"status\":") + str(status);
    if (!errorType.isEmpty())
        body += QStringLiteral(",\"errorType\":") + str(errorType);
    body += QStringLiteral(",\"metrics\":{\"durationMs\":") + num(initMs) + u'}';
    return record(epochMs, "platform.initReport", body);
}

int PlatformLog::applicationLevel(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (!trimmed.startsWith(u'{') || !trimmed.endsWith(u'}'))
        return kInfo;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
    if (!doc.isObject())
        return kInfo;
    const QJsonValue level = doc.object().value(QStringLiteral("level"));
    const int rank = level.isString() ? loglevel::rank(level.toString()) : -1;
    return rank < 0 ? kInfo : rank;
}

bool PlatformLog::keepsApplicationLine(QStringView line) const
{
    if (!m_json || m_applicationRank <= 0) // Text, or TRACE: everything passes
        return true;
    return applicationLevel(line) >= m_applicationRank;
}

QString PlatformLog::statusWord(bool succeeded, bool timedOut)
{
    return succeeded ? QStringLiteral("success") : timedOut ? QStringLiteral("timeout") : QStringLiteral("error");
}

} // namespace lambdesk
