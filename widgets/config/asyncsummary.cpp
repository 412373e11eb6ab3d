#include "asyncsummary.h"

#include "backendhost.h"
#include "model/destination.h"

namespace lambdesk {

AsyncSummaryLabel::AsyncSummaryLabel(BackendHost *host, QWidget *parent)
    : QLabel(parent), m_host(host), m_guard(new CallGuard(this))
{
    setObjectName(QStringLiteral("asyncSummary"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setToolTip(tr("Where this function's asynchronous (Event) invocations lead: ✓ on success, ✗ on failure, "
                  "☠ the dead-letter target. Change them in the Configuration tab."));
    hide();
    if (m_host && m_host->backend()) {
        connect(m_host->backend(), &Backend::eventInvokeConfigChanged, this, [this](const QString &function) {
            if (function == m_function.name)
                reload();
        });
        connect(m_host->backend(), &Backend::functionUpdated, this, [this](const FunctionConfig &config) {
            if (config.name == m_function.name) {
                m_function = config;
                reload();
            }
        });
    }
}

QString AsyncSummaryLabel::describe(const QString &function, const std::optional<EventInvokeConfig> &config,
                                    const QString &deadLetter)
{
    QStringList parts;
    if (config && !config->onSuccess.isEmpty())
        parts << QStringLiteral("✓ → %1").arg(destination::describe(config->onSuccess));
    if (config && !config->onFailure.isEmpty())
        parts << QStringLiteral("✗ → %1").arg(destination::describe(config->onFailure));
    if (!deadLetter.isEmpty())
        parts << QStringLiteral("☠ → %1").arg(destination::describe(deadLetter));
    if (parts.isEmpty() && !config)
        return {};
    QString line = QObject::tr("Event → %1").arg(function);
    if (!parts.isEmpty())
        line += QStringLiteral("  ") + parts.join(QStringLiteral("  "));
    const int retries = config ? config->retries() : EventInvokeConfig::kDefaultRetries;
    const int age = config ? config->maxEventAgeSeconds() : EventInvokeConfig::kDefaultEventAge;
    line += QObject::tr(" · %n retries", nullptr, retries) + QStringLiteral(" · ")
        + QObject::tr("max age %1").arg(formatEventAge(age));
    return line;
}

void AsyncSummaryLabel::setFunction(const FunctionConfig &config)
{
    m_function = config;
    reload();
}

void AsyncSummaryLabel::reload()
{
    m_guard->invalidate();
    if (m_function.name.isEmpty() || m_function.isBroken() || !m_host) {
        m_summary.clear();
        setText({});
        hide();
        Q_EMIT updated();
        return;
    }
    const QString name = m_function.name;
    const QString deadLetter = m_function.deadLetterTarget;
    m_host->call(
        m_guard,
        [name](Backend &b) -> std::optional<EventInvokeConfig> {
            auto c = b.getEventInvokeConfig(name, QStringLiteral("$LATEST"));
            return c ? std::optional<EventInvokeConfig>(c.value()) : std::nullopt;
        },
        [this, name, deadLetter](std::optional<EventInvokeConfig> config) {
            m_summary = describe(name, config, deadLetter);
            setText(m_summary);
            setVisible(!m_summary.isEmpty());
            Q_EMIT updated();
        });
}

} // namespace lambdesk
