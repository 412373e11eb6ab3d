#include "resultpanel.h"

#include "editor/codeeditor.h"
#include "model/jsoncheck.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lambdesk {

QString formatDuration(double ms)
{
    if (ms >= 1000.0)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
}

ResultPanel::ResultPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_response = new CodeEditor(this);
    m_response->setLanguage(CodeEditor::Language::Json);
    m_response->setReadOnly(true);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_log, tr("Log output"));
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    clear();
}

void ResultPanel::clear()
{
    m_status->setText(tr("<b>No results yet.</b> Press <b>Invoke</b> (Ctrl+Enter) to run the function."));
    m_summary->clear();
    m_response->setText(QString());
    m_log->clear();
}

void ResultPanel::showRunning(const QString &what)
{
    m_status->setText(tr("<b>Running %1…</b>").arg(what.toHtmlEscaped()));
}

void ResultPanel::showFailure(const QString &message)
{
    m_status->setText(tr("<span style='color:#d13212'><b>Could not invoke:</b></span> %1").arg(message.toHtmlEscaped()));
    m_summary->clear();
}

void ResultPanel::showResult(const InvocationResult &r)
{
    if (r.isError()) {
        const QString what = r.status == u"timeout" ? tr("Timed out") : tr("Failed");
        m_status->setText(QStringLiteral("<span style='color:#d13212'><b>%1</b></span> — %2")
                              .arg(what, r.errorType.toHtmlEscaped()));
    } else {
        m_status->setText(QStringLiteral("<span style='color:#1d8102'><b>%1</b></span>").arg(tr("Succeeded")));
    }
    QString summary = tr("Duration <b>%1</b> · Billed <b>%2 ms</b> · Memory <b>%3 MB</b> · Max used <b>%4 MB</b>")
                          .arg(formatDuration(r.durationMs)).arg(r.billedMs).arg(r.memorySizeMb).arg(r.maxMemoryUsedMb);
    if (r.initDurationMs)
        summary += tr(" · Init <b>%1</b> (cold start)").arg(formatDuration(*r.initDurationMs));
    summary += tr("<br><small>Request ID %1 · Version %2</small>").arg(r.requestId, r.executedVersion.toHtmlEscaped());
    m_summary->setText(summary);
    m_response->setText(QString::fromUtf8(json::format(r.payload)));
    m_log->setPlainText(QString::fromUtf8(r.logText()));
}

QString ResultPanel::statusText() const { return m_status->text(); }
QString ResultPanel::responseText() const { return m_response->text(); }
QString ResultPanel::logText() const { return m_log->toPlainText(); }
QString ResultPanel::summaryText() const { return m_summary->text(); }

} // namespace lambdesk
