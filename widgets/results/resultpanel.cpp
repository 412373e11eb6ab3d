#include "resultpanel.h"

#include "common/explainpopup.h"
#include "common/inkicon.h"
#include "common/invocationcontroller.h"
#include "editor/codeeditor.h"
#include "learn/lesson.h"
#include "model/jsoncheck.h"
#include "results/resulthtml.h"
#include "results/resulttext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace lambdesk {

// In the console's locale (15,74 ms in German); the REPORT line keeps AWS's own format.
QString formatDuration(double ms)
{
    if (ms >= 1000.0)
        return QStringLiteral("%L1 s").arg(ms / 1000.0, 0, 'f', 2);
    return QStringLiteral("%L1 ms").arg(ms, 0, 'f', 2);
}

namespace {

enum Tab { ResponseTab, SummaryTab, LogTab };

QTextBrowser *makeBrowser(QWidget *parent)
{
    auto *b = new QTextBrowser(parent);
    b->setOpenLinks(false);
    b->setOpenExternalLinks(false);
    b->setLineWrapMode(QTextEdit::NoWrap);
    b->document()->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    b->document()->setDocumentMargin(6);
    return b;
}

QToolButton *makeTool(const QString &icon, const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setIcon(inkIcon(icon));
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ResultPanel::ResultPanel(QWidget *parent) : QWidget(parent)
{
    // What a lesson's "Show me" outlines (learn::highlightTargets).
    setProperty(learn::kTargetProperty, QStringLiteral("results.panel"));
    // Header: a coloured strip, the status and the figures, then the actions.
    m_header = new QWidget(this);
    m_bar = new QLabel(m_header);
    m_bar->setFixedWidth(4);
    m_bar->setAutoFillBackground(true);
    m_toggle = new QToolButton(m_header);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setToolTip(tr("Show or hide the details (response, summary, log output)"));
    m_icon = new QLabel(m_header);
    m_status = new QLabel(m_header);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_figures = new QLabel(m_header);
    m_figures->setProperty(learn::kTargetProperty, QStringLiteral("results.report"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setForegroundRole(QPalette::PlaceholderText);
    m_figures->setWordWrap(true); // a narrow window wraps the figures instead of growing
    m_figures->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_historyCombo = new QComboBox(m_header);
    m_historyCombo->setToolTip(tr("Earlier results of this function (kept across restarts)"));
    // Wide enough for "Latest: 12:04:05 · Succeeded · 15.74 ms"; longer entries elide.
    m_historyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyCombo->setMinimumContentsLength(22);
    m_historyCombo->setMinimumWidth(m_historyCombo->fontMetrics().averageCharWidth() * 14); // narrower: elided
    m_historyCombo->hide();
    m_showInLog = makeTool(QStringLiteral(":/icons/logs.svg"), tr("Show in log"),
                           tr("Show this request's lines in the log viewer"), m_header);
    m_copy = makeTool(QStringLiteral(":/icons/copy.svg"), tr("Copy"), tr("Copy the response"), m_header);
    m_follow = new QCheckBox(tr("Other sources"), m_header);
    m_follow->setToolTip(tr("Also show the invocations started outside the console: by the Lambda API (AWS CLI, "
                            "SDKs), the lambdesk command and the Event queue. The history lists them either way."));
    m_follow->setObjectName(QStringLiteral("followAllSources"));
    m_showInLog->setObjectName(QStringLiteral("showInLog"));
    m_copy->setObjectName(QStringLiteral("copyResponse"));
    m_toggle->setObjectName(QStringLiteral("toggleDetails"));

    // The status beside the actions; the figures below both, across the whole width, so that a
    // narrow window (a projector's) wraps them less.
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_historyCombo);
    actions->addWidget(m_follow);
    actions->addWidget(m_showInLog);
    actions->addWidget(m_copy);
    auto *head = new QGridLayout(m_header);
    head->setContentsMargins(0, 2, 0, 2);
    head->setVerticalSpacing(0);
    head->addWidget(m_bar, 0, 0, 2, 1);
    head->addWidget(m_toggle, 0, 1, Qt::AlignTop);
    head->addWidget(m_icon, 0, 2, Qt::AlignTop);
    head->addWidget(m_status, 0, 3);
    head->addLayout(actions, 0, 4, Qt::AlignTop);
    head->addWidget(m_figures, 1, 3, 1, 2);
    head->setColumnStretch(3, 1);

    // Details: Response | Summary | Log output.
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    // A few lines of the details at least, so the panel leaves a short screen room for the editor.
    m_tabs->setMinimumHeight(m_tabs->fontMetrics().height() * 4);
    m_error = makeBrowser(this);
    m_error->setObjectName(QStringLiteral("errorView"));
    m_error->setLineWrapMode(QTextEdit::WidgetWidth);
    m_response = new CodeEditor(this);
    m_response->setLanguage(CodeEditor::Language::Json);
    m_response->setReadOnly(true);
    m_responseSplit = new QSplitter(Qt::Vertical, this);
    m_responseSplit->addWidget(m_error);
    m_responseSplit->addWidget(m_response);
    m_responseSplit->setStretchFactor(0, 2);
    m_responseSplit->setStretchFactor(1, 1);
    m_responseSplit->setChildrenCollapsible(false);

    m_summaryPage = new QWidget(this);
    m_summary = new QGridLayout(m_summaryPage);
    m_summary->setHorizontalSpacing(16);
    m_summary->setColumnStretch(1, 1);
    m_summary->setColumnStretch(3, 1);
    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setWidget(m_summaryPage);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);

    auto *logPage = new QWidget(this);
    m_logNote = new QLabel(logPage);
    m_logNote->setObjectName(QStringLiteral("logNote"));
    m_logNote->setTextFormat(Qt::RichText);
    m_logNote->setWordWrap(true);
    m_log = makeBrowser(logPage);
    m_log->setObjectName(QStringLiteral("logOutput"));
    auto *logLayout = new QVBoxLayout(logPage);
    logLayout->setContentsMargins(0, 4, 0, 0);
    logLayout->addWidget(m_logNote);
    logLayout->addWidget(m_log, 1);

    m_tabs->addTab(m_responseSplit, tr("Response"));
    m_tabs->addTab(summaryScroll, tr("Summary"));
    m_tabs->addTab(logPage, tr("Log output"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        setUnseenFromOtherSources(0);
        Q_EMIT followAllSourcesToggled(on);
    });
    connect(m_showInLog, &QToolButton::clicked, this, [this] {
        if (!m_result.requestId.isEmpty())
            Q_EMIT showInLogRequested(m_result.requestId);
    });
    connect(m_copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_response->text()); });
    connect(m_error, &QTextBrowser::anchorClicked, this, &ResultPanel::onAnchor);
    connect(m_log, &QTextBrowser::anchorClicked, this, &ResultPanel::onAnchor);
    explain::attachReportLines(m_log); // hovering a REPORT field or an error type explains it
    explain::attachReportLines(m_error);
    connect(m_logNote, &QLabel::linkActivated, this, [this] { onAnchor(QUrl(QStringLiteral("log:"))); });
    connect(m_historyCombo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_history.size())
            showResult(m_history.at(index));
    });
    clear();
}

void ResultPanel::setStatus(Tone tone, const QString &html, const QString &figures)
{
    const char *icon = nullptr;
    QColor color = palette().color(QPalette::Mid);
    switch (tone) {
    case Tone::Neutral: break;
    case Tone::Running:
        icon = ":/icons/status-running.svg";
        color = QColor(0x09, 0x72, 0xd3);
        break;
    case Tone::Success:
        icon = ":/icons/status-success.svg";
        color = QColor(0x1d, 0x81, 0x02);
        break;
    case Tone::Error:
        icon = ":/icons/status-error.svg";
        color = QColor(0xd1, 0x32, 0x12);
        break;
    case Tone::Info:
        icon = ":/icons/status-info.svg";
        color = QColor(0x09, 0x72, 0xd3);
        break;
    }
    if (tone == Tone::Error && m_result.status == InvocationStatus::TimedOut && m_hasResult)
        icon = ":/icons/status-timeout.svg";
    QPalette p = m_bar->palette();
    p.setColor(QPalette::Window, color);
    m_bar->setPalette(p);
    const int size = fontMetrics().height() + 2;
    m_icon->setPixmap(icon ? QIcon(QString::fromLatin1(icon)).pixmap(size, size) : QPixmap());
    m_icon->setVisible(icon != nullptr);
    m_status->setText(html);
    m_figures->setText(figures);
    m_figures->setVisible(!figures.isEmpty());
    if (!(m_hasResult && m_expanded))
        fitHeader(); // the new text may take more or fewer lines
}

void ResultPanel::clear()
{
    m_result = {};
    m_hasResult = false;
    m_unseen = 0;
    showEmpty();
    clearDetails();
    m_history.clear();
    m_historyCombo->clear();
    m_historyCombo->hide();
    updateBody();
}

void ResultPanel::showEmpty()
{
    QString text = tr("<b>Execution results</b> — none yet. Press <b>Test</b> (Ctrl+Enter) to run the function.");
    if (m_unseen > 0)
        text += u' '
            + (m_unseen == 1 ? tr("1 invocation from other sources (the Lambda API, the CLI, the Event queue): tick "
                                  "<b>Other sources</b> to see it.")
                             : tr("%1 invocations from other sources (the Lambda API, the CLI, the Event queue): "
                                  "tick <b>Other sources</b> to see them.")
                                   .arg(m_unseen));
    setStatus(Tone::Neutral, text);
}

void ResultPanel::clearDetails()
{
    m_links.clear();
    m_error->clear();
    m_error->hide();
    m_response->setText(QString());
    while (QLayoutItem *item = m_summary->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int row = 0; row < m_summary->rowCount(); ++row)
        m_summary->setRowStretch(row, 0);
    m_log->clear();
    m_logNote->clear();
    m_tabs->setTabText(LogTab, tr("Log output"));
    m_showInLog->setEnabled(false);
    m_copy->setEnabled(false);
    m_tabs->setEnabled(true);
}

void ResultPanel::showRunning(const QString &what)
{
    setStatus(Tone::Running, tr("<b>Executing %1…</b>").arg(what.toHtmlEscaped()));
    // The previous result stays readable, greyed, until the new one arrives.
    m_tabs->setEnabled(false);
}

void ResultPanel::showFailure(const QString &message)
{
    m_result = {};
    m_hasResult = false;
    clearDetails();
    setStatus(Tone::Error, tr("<b>Could not invoke:</b> %1").arg(message.toHtmlEscaped()));
    updateBody();
}

void ResultPanel::showResult(const InvocationResult &r)
{
    m_result = r;
    m_hasResult = true;
    clearDetails();
    const QString word = resulttext::outcomeWord(r);
    QString figures;
    QStringList figureKeys; // what each " · " part of the figures explains (hover cards)
    if (r.status == InvocationStatus::Queued) {
        setStatus(
            Tone::Info, tr("<b>%1:</b> request id %2").arg(word, r.requestId.toHtmlEscaped()),
            tr("Asynchronous invocation (Event): the function runs in the background; its lines appear in the log viewer."));
    } else if (r.status == InvocationStatus::DryRun) {
        setStatus(Tone::Info, tr("<b>%1</b> — the request is valid; the function was not run (DryRun)").arg(word));
    } else if (r.status == InvocationStatus::Throttled) {
        setStatus(Tone::Error,
                  tr("<b>%1</b> — no execution environment could take it (%2); nothing ran")
                      .arg(word, r.errorType.toHtmlEscaped()),
                  resulttext::sourceFigure(r));
    } else {
        // Which code ran: said first when it is not simply $LATEST (a version, or an alias's pick).
        if (r.executedVersion != QLatin1String("$LATEST")
            || (!r.qualifier.isEmpty() && r.qualifier != r.executedVersion))
            figures = resulttext::versionFigure(r) + QStringLiteral(" · ");
        figureKeys = resulttext::figureTerms(r, !figures.isEmpty());
        figures += tr("Duration %1 · Billed %2 ms · Max memory %3 of %4 MB")
                       .arg(formatDuration(r.durationMs))
                       .arg(r.billedMs)
                       .arg(r.maxMemoryUsedMb)
                       .arg(r.memorySizeMb);
        if (r.cpuThrottledMs && (*r.cpuThrottledMs > 0 || r.cpuThrottledPeriods > 0))
            figures += tr(" · CPU throttled %1").arg(formatDuration(*r.cpuThrottledMs));
        if (r.initDurationMs)
            figures += tr(" · Init %1 (cold start)").arg(formatDuration(*r.initDurationMs));
        if (r.startedAtMs > 0)
            figures += QStringLiteral(" · ")
                + QDateTime::fromMSecsSinceEpoch(r.startedAtMs).toString(QStringLiteral("HH:mm:ss"));
        if (r.source != InvocationSource::Console)
            figures += QStringLiteral(" · ") + resulttext::sourceFigure(r);
        if (r.isError()) {
            const QJsonObject doc = QJsonDocument::fromJson(r.payload).object();
            const QString type = r.errorType.isEmpty() ? doc.value(QLatin1String("errorType")).toString() : r.errorType;
            const QString message = doc.value(QLatin1String("errorMessage")).toString();
            QString html = QStringLiteral("<b>%1</b>").arg(word);
            if (!type.isEmpty())
                html += QStringLiteral(" — ") + type.toHtmlEscaped();
            if (!message.isEmpty())
                html += QStringLiteral(": ") + message.left(300).toHtmlEscaped();
            setStatus(Tone::Error, html, figures);
            m_error->setHtml(resulthtml::error(type, message, stacktrace::fromErrorDocument(r.payload), m_codeRoots,
                                               palette(), m_links));
            m_error->show();
        } else {
            setStatus(Tone::Success, QStringLiteral("<b>%1</b>").arg(word), figures);
        }
    }
    explain::attachLabelParts(m_figures, figureKeys, QStringLiteral(" · "));
    ExplainPopup::attach(m_status, resulttext::errorTerm(r));
    showDetails(r);
    updateBody();
    for (int i = 0; i < m_history.size(); ++i) {
        if (m_history.at(i).requestId == r.requestId)
            m_historyCombo->setCurrentIndex(i);
    }
}

void ResultPanel::showDetails(const InvocationResult &r)
{
    const bool ran = r.status != InvocationStatus::Queued && r.status != InvocationStatus::DryRun;
    m_response->setText(QString::fromUtf8(json::format(r.payload)));
    m_copy->setEnabled(!r.payload.isEmpty());
    m_showInLog->setEnabled(r.status != InvocationStatus::DryRun && !r.requestId.isEmpty());
    fillSummary(r);

    m_log->setHtml(resulthtml::log(r.logs, kMaxLogLines, m_codeRoots, palette(), m_links));
    QString note;
    if (!ran)
        note = r.status == InvocationStatus::Queued ? tr("The function runs asynchronously. ")
                                                    : tr("Nothing ran, so nothing was logged.");
    else if (r.logs.size() > kMaxLogLines)
        note = tr("The last %1 of %2 lines. ").arg(kMaxLogLines).arg(r.logs.size());
    else
        note = tr("The logging calls of your code and the runtime's START, END and REPORT lines. ");
    if (r.status != InvocationStatus::DryRun && !r.requestId.isEmpty())
        note += tr("<a href='log:'>Show this request in the log viewer</a>");
    m_logNote->setText(note);
    m_tabs->setTabText(LogTab, ran ? tr("Log output (%1)").arg(r.logs.size()) : tr("Log output"));
    m_tabs->setCurrentIndex(ran ? ResponseTab : SummaryTab);
}

void ResultPanel::fillSummary(const InvocationResult &r)
{
    QList<QPair<QString, QString>> rows;
    rows.append({tr("Request ID"), r.requestId});
    rows.append({tr("Function version"), resulttext::versionFigure(r)});
    rows.append({tr("Started by"), sourceLabel(r.source, r.attempt)});
    if (r.status == InvocationStatus::Queued || r.status == InvocationStatus::DryRun) {
        rows.append(
            {tr("Invocation type"), r.status == InvocationStatus::Queued ? tr("Event (asynchronous)") : tr("DryRun")});
    } else {
        rows.append({tr("Status"),
                     resulttext::outcomeWord(r)
                         + (r.errorType.isEmpty() ? QString() : QStringLiteral(" (") + r.errorType + u')')});
        rows.append(
            {tr("Started"),
             r.startedAtMs > 0
                 ? QDateTime::fromMSecsSinceEpoch(r.startedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                 : QString()});
        if (r.ran()) { // a throttled one never ran: nothing to measure
            rows.append({tr("Duration"), formatDuration(r.durationMs)});
            rows.append({tr("Billed duration"), tr("%1 ms").arg(r.billedMs)});
            rows.append({tr("Resources configured"), tr("%1 MB").arg(r.memorySizeMb)});
            rows.append({tr("Max memory used"), tr("%1 MB").arg(r.maxMemoryUsedMb)});
            rows.append({tr("CPU throttled"), resulttext::cpuThrottledText(r)});
            rows.append(
                {tr("Init duration"), r.initDurationMs ? formatDuration(*r.initDurationMs) : tr("— (warm start)")});
            rows.append({tr("Log stream"), r.logStream});
        }
    }
    // The rows a hover card explains.
    const QHash<QString, QString> terms{{tr("Request ID"), QStringLiteral("report.requestId")},
                                        {tr("Status"), resulttext::errorTerm(r)},
                                        {tr("Duration"), QStringLiteral("report.duration")},
                                        {tr("Billed duration"), QStringLiteral("report.billedDuration")},
                                        {tr("Resources configured"), QStringLiteral("report.memorySize")},
                                        {tr("Max memory used"), QStringLiteral("report.maxMemoryUsed")},
                                        {tr("CPU throttled"), QStringLiteral("config.cpuShare")},
                                        {tr("Init duration"), QStringLiteral("report.initDuration")}};
    for (int i = 0; i < rows.size(); ++i) {
        auto *label = new QLabel(rows.at(i).first, m_summaryPage);
        ExplainPopup::attach(label, terms.value(rows.at(i).first));
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(rows.at(i).second.isEmpty() ? QStringLiteral("—") : rows.at(i).second, m_summaryPage);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setTextFormat(Qt::PlainText);
        // Two pairs per row keeps the summary short enough to read without scrolling.
        const int row = i / 2, col = (i % 2) * 2;
        m_summary->addWidget(label, row, col, Qt::AlignTop);
        m_summary->addWidget(value, row, col + 1, Qt::AlignTop);
    }
    m_summary->setRowStretch(int(rows.size() + 1) / 2, 1);
}

void ResultPanel::setHistory(const QList<InvocationResult> &results)
{
    m_history = results;
    m_historyCombo->clear();
    for (int i = 0; i < results.size(); ++i) {
        const InvocationResult &r = results.at(i);
        const QString when = QDateTime::fromMSecsSinceEpoch(r.startedAtMs).toString(QStringLiteral("HH:mm:ss"));
        QString text = r.ran() ? tr("%1 · %2 · %3").arg(when, resulttext::outcomeWord(r), formatDuration(r.durationMs))
                               : tr("%1 · %2").arg(when, resulttext::outcomeWord(r));
        if (r.source != InvocationSource::Console)
            text += QStringLiteral(" · ") + sourceLabel(r.source, r.attempt);
        m_historyCombo->addItem(i == 0 ? tr("Latest: %1").arg(text) : text);
        if (r.requestId == m_result.requestId)
            m_historyCombo->setCurrentIndex(i);
    }
    m_historyCombo->setVisible(results.size() > 1);
}

void ResultPanel::setFollowAllSources(bool follow)
{
    const QSignalBlocker block(m_follow);
    m_follow->setChecked(follow);
    if (follow)
        setUnseenFromOtherSources(0);
}

bool ResultPanel::followsAllSources() const
{
    return m_follow->isChecked();
}

void ResultPanel::setUnseenFromOtherSources(int unseen)
{
    m_unseen = unseen;
    m_follow->setText(unseen > 0 ? tr("Other sources (%1 new)").arg(unseen) : tr("Other sources"));
    if (!m_hasResult)
        showEmpty();
}

void ResultPanel::setCodeRoot(const QString &dir)
{
    QStringList roots;
    if (!dir.isEmpty()) {
        roots << dir;
        const QString canonical = QFileInfo(dir).canonicalFilePath();
        if (!canonical.isEmpty() && canonical != dir)
            roots << canonical;
        roots << QStringLiteral("/var/task"); // the code as the sandbox shows it (resulthtml maps it back)
    }
    if (roots == m_codeRoots)
        return;
    m_codeRoots = roots;
    if (m_hasResult)
        showResult(m_result);
}

void ResultPanel::setExpanded(bool expanded)
{
    m_expanded = expanded;
    updateBody();
}

void ResultPanel::updateBody()
{
    const bool body = m_hasResult && m_expanded;
    m_toggle->setVisible(m_hasResult);
    m_showInLog->setVisible(m_hasResult);
    m_copy->setVisible(m_hasResult);
    m_toggle->setArrowType(m_expanded ? Qt::DownArrow : Qt::RightArrow);
    m_tabs->setVisible(body);
    // Without details the panel is just its header, so a splitter gives the room to its neighbour.
    if (body)
        setMaximumHeight(QWIDGETSIZE_MAX);
    else
        fitHeader();
    auto *split = qobject_cast<QSplitter *>(parentWidget());
    if (!body || !split || height() >= 160)
        return;
    // Details just appeared in a squeezed panel: take a fair share of the splitter back.
    const int me = split->indexOf(this);
    QList<int> sizes = split->sizes();
    int total = 0;
    for (int s : std::as_const(sizes))
        total += s;
    if (me < 0 || total <= 0)
        return;
    // The header and about five lines of the response, so that a short answer reads whole even
    // on a projector's 640 px; a third where there is more room; the editor keeps half at least.
    const int lines = m_response->fontMetrics().lineSpacing() * 5 + m_tabs->tabBar()->sizeHint().height()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    const int want = std::min(std::max({120, total / 3, headerHeight() + lines}), total / 2);
    const int others = int(sizes.size()) - 1;
    for (int i = 0; i < sizes.size(); ++i)
        sizes[i] = i == me ? want : std::max(0, (total - want) / std::max(1, others));
    split->setSizes(sizes);
}

int ResultPanel::headerHeight() const
{
    // The header's height at the width it has: a status wrapped to three lines needs them, one
    // line needs no more (its size hint guesses a narrower, taller shape).
    const int width = m_header->width() > 0 ? m_header->width() : m_header->sizeHint().width();
    const int height = m_header->hasHeightForWidth() ? m_header->heightForWidth(width) : -1;
    return (height > 0 ? height : m_header->sizeHint().height()) + 4;
}

void ResultPanel::fitHeader()
{
    setMaximumHeight(headerHeight());
    // A splitter keeps the slot it gave the panel: it is made the strip's height, the neighbour
    // (the editor) gets or gives the difference.
    auto *split = qobject_cast<QSplitter *>(parentWidget());
    const int me = split ? split->indexOf(this) : -1;
    if (me < 0 || split->orientation() != Qt::Vertical || split->count() < 2)
        return;
    QList<int> sizes = split->sizes();
    const int spare = sizes.at(me) - maximumHeight();
    if (spare == 0 || sizes.at(me) == 0) // equal, or not laid out yet
        return;
    sizes[me] -= spare;
    sizes[me == 0 ? 1 : me - 1] += spare;
    split->setSizes(sizes);
}

void ResultPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!(m_hasResult && m_expanded))
        fitHeader();
}

void ResultPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light or dark theme: the rich text carries colours picked for the old palette.
    if (event->type() == QEvent::PaletteChange && m_hasResult) {
        const int tab = m_tabs->currentIndex();
        const QSignalBlocker block(this);
        showResult(m_result);
        m_tabs->setCurrentIndex(tab);
    }
}

void ResultPanel::onAnchor(const QUrl &url)
{
    if (url.scheme() == u"log") {
        if (!m_result.requestId.isEmpty())
            Q_EMIT showInLogRequested(m_result.requestId);
        return;
    }
    if (url.scheme() == u"frame") {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (ok)
            activateLink(index);
    }
}

void ResultPanel::activateLink(int index)
{
    if (index < 0 || index >= m_links.size())
        return;
    Q_EMIT sourceLinkActivated(m_links.at(index).path, m_links.at(index).line);
}

QString ResultPanel::statusText() const
{
    QTextDocument doc;
    doc.setHtml(m_status->text());
    return doc.toPlainText();
}

QString ResultPanel::responseText() const
{
    return m_response->text();
}
QString ResultPanel::logText() const
{
    return m_log->toPlainText();
}
QString ResultPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->toPlainText();
}

QString ResultPanel::summaryText() const
{
    QStringList lines;
    for (int i = 0; i + 1 < m_summary->count(); i += 2) {
        const auto *label = qobject_cast<QLabel *>(m_summary->itemAt(i)->widget());
        const auto *value = qobject_cast<QLabel *>(m_summary->itemAt(i + 1)->widget());
        if (label && value)
            lines << label->text() + QStringLiteral(": ") + value->text();
    }
    if (!m_figures->text().isEmpty())
        lines.prepend(m_figures->text());
    return lines.join(u'\n');
}

} // namespace lambdesk
