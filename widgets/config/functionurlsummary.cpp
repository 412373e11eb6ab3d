// The "Function URL" line under the function's header (FunctionUrlSummary).
#include "functionurlsummary.h"

#include "api/apiservercontroller.h"
#include "backendhost.h"
#include "functionurlform.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace lambdesk {

// ---- FunctionUrlSummary ----

FunctionUrlSummary::FunctionUrlSummary(BackendHost *host, QWidget *parent)
    : QWidget(parent), m_host(host), m_guard(new CallGuard(this))
{
    setObjectName(QStringLiteral("functionUrlSummary"));
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_label->setWordWrap(true);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copySummaryUrlButton"));
    m_copy->setToolTip(tr("Copy the function URL"));
    m_copy->setFlat(true); // a line of the header, not a form: as little height as it can
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setWordWrap(false); // one line: the URL, then its Copy right after it
    layout->addWidget(m_label);
    layout->addWidget(m_copy);
    layout->addStretch(1);
    connect(m_label, &QLabel::linkActivated, this, [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_url)
            QApplication::clipboard()->setText(functionurlui::addresses(*m_url, m_api).hostUrl);
    });
    if (m_host && m_host->backend()) {
        connect(m_host->backend(), &Backend::functionUrlsChanged, this, [this](const QString &function) {
            if (function == m_function)
                reload();
        });
    }
    hide();
}

void FunctionUrlSummary::setApiServer(ApiServerController *api)
{
    m_api = api;
    if (api) {
        connect(api, &ApiServerController::started, this, &FunctionUrlSummary::display);
        connect(api, &ApiServerController::failed, this, &FunctionUrlSummary::display);
    }
    display();
}

void FunctionUrlSummary::setFunction(const QString &name)
{
    m_function = name;
    reload();
}

void FunctionUrlSummary::reload()
{
    m_guard->invalidate();
    if (m_function.isEmpty() || !m_host) {
        m_url.reset();
        display();
        return;
    }
    const QString name = m_function;
    m_host->call(
        m_guard,
        [name](Backend &b) -> std::optional<FunctionUrlConfig> {
            auto r = b.listFunctionUrlConfigs(name);
            if (!r || r.value().isEmpty())
                return std::nullopt;
            return r.value().first(); // the unqualified one comes first
        },
        [this](std::optional<FunctionUrlConfig> url) {
            m_url = url;
            display();
        });
}

void FunctionUrlSummary::display()
{
    if (!m_url) {
        m_label->clear();
        hide();
        Q_EMIT updated();
        return;
    }
    const QString prefix = m_url->qualifier.isEmpty() ? tr("Function URL")
                                                      : tr("Function URL (%1)").arg(m_url->qualifier.toHtmlEscaped());
    const functionurlui::Addresses a = functionurlui::addresses(*m_url, m_api);
    if (a.hostUrl.isEmpty()) {
        m_label->setText(tr("%1: <i>the Lambda API is not running, so the URL does not answer now</i>").arg(prefix));
        m_copy->setEnabled(false);
    } else {
        m_label->setText(QStringLiteral("%1: <a href=\"%2\">%3</a>").arg(prefix, a.hostUrl.toHtmlEscaped(), a.hostUrl.toHtmlEscaped()));
        m_label->setToolTip(tr("Click to open it in the web browser. Path form: %1").arg(a.pathUrl));
        m_copy->setEnabled(true);
    }
    show();
    Q_EMIT updated();
}

QString FunctionUrlSummary::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace lambdesk
