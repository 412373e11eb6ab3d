#include "logview.h"

#include "backendhost.h"
#include "common/explainpopup.h"
#include "common/inkicon.h"
#include "learn/lesson.h"
#include "logs/logfilterproxy.h"
#include "logs/logmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lambdesk {

namespace {
enum Scope { SelectedScope = 0, AllScope = 1, FirstFunctionScope = 3 }; // 2 is a separator
constexpr int kCustomRange = -1; // the time combo's "Custom…": from and to, asked in a dialog
} // namespace

LogView::LogView(LogModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_proxy = new LogFilterProxy(this);
    m_proxy->setSourceModel(model);

    m_scope = new QComboBox(this);
    m_scope->setToolTip(tr("Whose lines to show"));
    m_scope->addItem(tr("Selected function"));
    m_scope->addItem(tr("All functions"));
    m_scope->insertSeparator(2);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("logVersionCombo"));
    m_version->setToolTip(tr("Which version's lines to show"));
    m_version->addItem(tr("All versions"), QString());
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("logTimeCombo"));
    m_time->setToolTip(tr("Which time range to show"));
    m_time->addItem(tr("Any time"), 0);
    // Short labels: the bar fits a 1024-pixel screen.
    m_time->addItem(tr("5 min"), 5);
    m_time->addItem(tr("15 min"), 15);
    m_time->addItem(tr("1 hour"), 60);
    m_time->addItem(tr("12 hours"), 12 * 60);
    m_time->addItem(tr("1 day"), 24 * 60);
    m_time->setItemData(0, tr("Lines of any time"), Qt::ToolTipRole);
    for (int i = 1; i < m_time->count(); ++i)
        m_time->setItemData(i, tr("Lines of the last %1").arg(m_time->itemText(i)), Qt::ToolTipRole);
    m_time->addItem(tr("Custom…"), kCustomRange);
    m_level = new QComboBox(this);
    m_level->setToolTip(tr("Which levels to show (Node's console.warn/error, Python's logging, JSON \"level\")"));
    m_level->addItem(tr("All levels"), int(loglevel::Level::None));
    m_level->addItem(tr("Warnings and errors"), int(loglevel::Level::Warn));
    m_level->addItem(tr("Errors only"), int(loglevel::Level::Error));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by text, request id, or a JSON field: level=ERROR"));
    m_filter->setClearButtonEnabled(true);
    m_requestChip = new QToolButton(this);
    m_requestChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_requestChip->setIcon(inkIcon(QStringLiteral(":/icons/close.svg")));
    m_requestChip->setAutoRaise(false);
    m_requestChip->hide();
    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setToolTip(tr("Keep the newest line in view; scrolling up pauses, scrolling to the end resumes"));
    m_follow->setChecked(true);
    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the selected lines (Ctrl+C)"));
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("logExportButton"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the lines shown (after the filters) to a file"));
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Remove every line from this view (the log database keeps them)"));
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_table = new QTableView(this);
    m_table->setProperty(learn::kTargetProperty, QStringLiteral("logs.view"));
    m_table->setModel(m_proxy);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Every row one line high: the view never measures rows, which keeps it fast while lines pour in.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Its header and a line at least: a short screen keeps its height for the editor.
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 2);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    explain::attachReportLines(m_table, LogModel::MessageColumn); // hovering a REPORT field explains it
    m_table->setColumnWidth(LogModel::TimeColumn, 120);
    m_table->setColumnWidth(LogModel::FunctionColumn, 130);
    m_table->setColumnWidth(LogModel::RequestColumn, 80);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *copyAction = new QAction(tr("Copy lines"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, [this] { copySelection(false); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addWidget(m_version);
    bar->addWidget(m_level);
    bar->addWidget(m_time);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_requestChip);
    bar->addWidget(m_count);
    bar->addWidget(m_follow);
    bar->addWidget(copy);
    bar->addWidget(exportButton);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    for (const QString &f : model->functions())
        addFunction(f);
    connect(model, &LogModel::functionSeen, this, &LogView::addFunction);
    for (const QString &v : model->versions())
        addVersion(v);
    connect(model, &LogModel::versionSeen, this, &LogView::addVersion);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &LogView::applyFilter);
    connect(m_version, &QComboBox::currentIndexChanged, this, &LogView::applyFilter);
    connect(m_time, &QComboBox::currentIndexChanged, this, &LogView::applyTimeRange);
    connect(exportButton, &QToolButton::clicked, this, &LogView::exportWithDialog);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &LogView::applyFilter);
    connect(m_requestChip, &QToolButton::clicked, this, &LogView::clearRequestFilter);
    connect(copy, &QToolButton::clicked, this, [this] { copySelection(false); });
    connect(clear, &QToolButton::clicked, m_model, &LogModel::clear);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            scrollToEnd();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &LogView::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { setExpanded(index.row(), !isExpanded(index.row())); });
    // Only the user's own scrolling (wheel, bar, keys on the bar) pauses or resumes following.
    QScrollBar *vbar = m_table->verticalScrollBar();
    connect(vbar, &QAbstractSlider::actionTriggered, this, [this, vbar] {
        QTimer::singleShot(0, this, [this, vbar] { m_follow->setChecked(vbar->value() >= vbar->maximum()); });
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCount();
        if (m_follow->isChecked())
            scrollToEnd();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LogView::updateCount);
    updateCount();
}

void LogView::setHost(BackendHost *host)
{
    m_host = host;
    if (!host)
        return;
    if (host->isReady())
        loadEarlierLines();
    else
        connect(
            host, &BackendHost::started, this,
            [this](bool ok) {
                if (ok)
                    loadEarlierLines();
            },
            Qt::SingleShotConnection);
}

void LogView::loadEarlierLines()
{
    // Put before this session's lines; the model skips any it holds already.
    m_host->call(
        this, [](Backend &b) { return b.earlierLogs(kEarlierLines); },
        [this](QList<LogRecord> records) { m_model->insertHistory(records); });
}

void LogView::addFunction(const QString &name)
{
    for (int i = FirstFunctionScope; i < m_scope->count(); ++i) {
        if (m_scope->itemText(i) == name)
            return;
        if (m_scope->itemText(i) > name) {
            m_scope->insertItem(i, name, name);
            return;
        }
    }
    m_scope->addItem(name, name);
}

void LogView::addVersion(const QString &version)
{
    // "$LATEST" first, then versions by number.
    const auto before = [](const QString &a, const QString &b) {
        if (a == u"$LATEST" || b == u"$LATEST")
            return a == u"$LATEST" && b != u"$LATEST";
        return a.toLongLong() < b.toLongLong();
    };
    for (int i = 1; i < m_version->count(); ++i) {
        if (m_version->itemData(i).toString() == version)
            return;
        if (before(version, m_version->itemData(i).toString())) {
            m_version->insertItem(i, tr("Version %1").arg(version), version);
            return;
        }
    }
    m_version->addItem(version == u"$LATEST" ? version : tr("Version %1").arg(version), version);
}

void LogView::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_customFrom = from;
    m_customTo = to;
    const int custom = m_time->findData(kCustomRange);
    const QString format = from.date() == to.date() && from.date() == QDate::currentDate()
        ? QStringLiteral("HH:mm")
        : QStringLiteral("d MMM HH:mm");
    m_time->setItemText(custom, tr("%1 – %2").arg(from.toString(format), to.toString(format)));
    m_time->setItemData(
        custom,
        tr("Lines from %1 to %2; choose again to change").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
        Qt::ToolTipRole);
    const QSignalBlocker block(m_time);
    m_time->setCurrentIndex(custom);
    m_proxy->setTimeRange(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
    m_timeIndex = custom;
    updateCount();
}

void LogView::askTimeRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Lines between"));
    auto *from = new QDateTimeEdit(m_customFrom.isValid() ? m_customFrom : QDateTime::currentDateTime().addSecs(-3600),
                                   &dialog);
    auto *to = new QDateTimeEdit(m_customTo.isValid() ? m_customTo : QDateTime::currentDateTime(), &dialog);
    for (QDateTimeEdit *e : {from, to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        e->setCalendarPopup(true);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && from->dateTime() <= to->dateTime()) {
        setTimeRange(from->dateTime(), to->dateTime());
        return;
    }
    const QSignalBlocker block(m_time);
    m_time->setCurrentIndex(m_timeIndex); // cancelled: the range stays what it was
}

void LogView::applyTimeRange()
{
    if (m_time->currentData().toInt() == kCustomRange) {
        // Queued: the combo's popup closes before the dialog opens.
        QTimer::singleShot(0, this, &LogView::askTimeRange);
        return;
    }
    m_timeIndex = m_time->currentIndex();
    // Relative to now: lines arriving later are newer still, so they stay in range.
    const int minutes = m_time->currentData().toInt();
    if (minutes <= 0)
        m_proxy->clearTimeRange();
    else
        m_proxy->setTimeRange(QDateTime::currentMSecsSinceEpoch() - qint64(minutes) * 60 * 1000);
    updateCount();
}

void LogView::setSelectedFunction(const QString &name)
{
    m_selected = name;
    m_scope->setItemText(SelectedScope,
                         name.isEmpty() ? tr("Selected function") : tr("Selected function (%1)").arg(name));
    applyFilter();
}

void LogView::applyFilter()
{
    const int scope = m_scope->currentIndex();
    m_proxy->setFunction(scope == SelectedScope  ? m_selected
                             : scope == AllScope ? QString()
                                                 : m_scope->currentData().toString());
    m_proxy->setVersion(m_version->currentData().toString());
    m_proxy->setMinimumLevel(loglevel::Level(m_level->currentData().toInt()));
    m_proxy->setText(m_filter->text());
    updateCount();
    if (m_follow->isChecked())
        scrollToEnd();
}

void LogView::showRequest(const QString &requestId)
{
    if (requestId.isEmpty())
        return;
    m_requestChip->setText(tr("Request %1").arg(requestId.left(8)));
    m_requestChip->setToolTip(tr("Showing only request %1; click to show every request").arg(requestId));
    if (m_requestChip->isHidden())
        m_before = {m_scope->currentIndex(), m_level->currentIndex(), isFollowing()};
    m_requestChip->show();
    m_proxy->setRequestId(requestId);
    // The request may belong to another function than the selected one, and its lines to any level.
    m_scope->setCurrentIndex(AllScope);
    m_level->setCurrentIndex(0);
    setFollowing(false);
    const auto reveal = [this] {
        updateCount();
        if (m_proxy->rowCount() > 0) {
            m_table->scrollTo(m_proxy->index(0, 0), QAbstractItemView::PositionAtTop);
            m_table->selectRow(0);
        }
    };
    if (!m_model->hasRequest(requestId) && m_host) {
        // A result of an earlier session: its lines are in the database, not in this view.
        m_host->call(
            this, [requestId](Backend &b) { return b.requestLogs(requestId); },
            [this, reveal](QList<LogRecord> records) {
                m_model->insertHistory(records);
                reveal();
            });
    }
    reveal();
    Q_EMIT revealRequested();
}

void LogView::clearRequestFilter()
{
    if (m_requestChip->isHidden())
        return;
    m_requestChip->hide();
    m_proxy->setRequestId({});
    // Back to what was shown before the request was singled out.
    m_scope->setCurrentIndex(m_before.scope);
    m_level->setCurrentIndex(m_before.level);
    setFollowing(m_before.following);
    updateCount();
}

void LogView::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

bool LogView::isFollowing() const
{
    return m_follow->isChecked();
}

void LogView::scrollToEnd()
{
    // Batches arrive every 50 ms: one scroll per event-loop turn is enough.
    if (m_scrollPending)
        return;
    m_scrollPending = true;
    QTimer::singleShot(0, this, [this] {
        m_scrollPending = false;
        if (m_follow->isChecked())
            m_table->scrollToBottom();
    });
}

namespace {
// One line as it is copied or exported: its own text; with details, where it came from first.
QString lineText(const QModelIndex &idx, bool details)
{
    QString text = idx.data(LogModel::LineTextRole).toString();
    text.replace(u'\r', u'\n');
    if (details) {
        const QString time =
            QDateTime::fromMSecsSinceEpoch(idx.data(LogModel::TimeRole).toLongLong()).toString(Qt::ISODateWithMs);
        text = time + u'\t' + idx.data(LogModel::FunctionRole).toString() + u'\t'
            + idx.data(LogModel::RequestIdRole).toString() + u'\t' + text;
    }
    return text;
}
} // namespace

QString LogView::selectedText(bool details) const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : std::as_const(rows)) {
        const QModelIndex idx = m_proxy->index(row, LogModel::MessageColumn);
        // A field row copies as "key: value", a line as it was printed.
        lines.append(idx.data(LogModel::FieldRole).toBool() ? idx.data(LogModel::LineTextRole).toString()
                                                            : lineText(idx, details));
    }
    return lines.join(u'\n');
}

void LogView::setExpanded(int row, bool expanded)
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
    if (source.isValid())
        m_model->setExpanded(source.row(), expanded);
}

bool LogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_table->currentIndex();
        const bool fold = key->key() == Qt::Key_Right || key->key() == Qt::Key_Left;
        if (fold && key->modifiers() == Qt::NoModifier && current.data(LogModel::JsonRole).toBool()) {
            const bool open = key->key() == Qt::Key_Right;
            if (isExpanded(current.row()) != open) {
                setExpanded(current.row(), open);
                return true;
            }
        }
    } else if (watched == m_table->viewport()
               && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint at = mouse->position().toPoint();
        const QModelIndex index = m_table->indexAt(at);
        if (mouse->button() == Qt::LeftButton && index.column() == LogModel::MessageColumn
            && index.data(LogModel::JsonRole).toBool()) {
            // The arrow ("▸ " before the summary) and the cell's text margin before it.
            const QFont font = index.data(Qt::FontRole).value<QFont>();
            const int margin = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
            const int arrowEnd = m_table->visualRect(index).left() + 2 * margin
                + QFontMetrics(font).horizontalAdvance(QStringLiteral("▸ "));
            if (at.x() < arrowEnd) {
                setExpanded(index.row(), !isExpanded(index.row()));
                // A press still selects the line; a double-click is the second click on the
                // arrow, not also the double-click that folds.
                return event->type() == QEvent::MouseButtonDblClick;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool LogView::isExpanded(int row) const
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
    return source.isValid() && m_model->isExpanded(source.row());
}

QString LogView::exportVisible(const QString &path, bool details) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const int rows = m_proxy->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex idx = m_proxy->index(row, LogModel::MessageColumn);
        if (idx.data(LogModel::FieldRole).toBool())
            continue; // a folded-out field: its line is exported whole
        const QString text = lineText(idx, details);
        file.write(text.toUtf8());
        file.write("\n", 1);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void LogView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the lines shown"), tr("lambdesk-logs.txt"),
                                                      tr("Text files (*.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportVisible(path); !error.isEmpty())
        m_count->setText(error);
}

void LogView::copySelection(bool details) const
{
    const QString text = selectedText(details);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void LogView::showContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_table->indexAt(pos);
    const QString request = at.data(LogModel::RequestIdRole).toString();
    QMenu menu(this);
    if (at.isValid() && (at.data(LogModel::JsonRole).toBool() || at.data(LogModel::FieldRole).toBool())) {
        const int row = at.data(LogModel::FieldRole).toBool() ? -1 : at.row();
        if (row >= 0) {
            const bool open = isExpanded(row);
            menu.addAction(open ? tr("Fold the fields in") : tr("Show the fields"), this,
                           [this, row, open] { setExpanded(row, !open); });
            menu.addSeparator();
        }
    }
    menu.addAction(tr("Copy lines"), QKeySequence::Copy, this, [this] { copySelection(false); });
    menu.addAction(tr("Copy lines with time, function and request id"), this, [this] { copySelection(true); });
    if (!request.isEmpty()) {
        menu.addAction(tr("Copy request ID"), this, [request] { QApplication::clipboard()->setText(request); });
        menu.addSeparator();
        menu.addAction(tr("Show only request %1").arg(request.left(8)), this,
                       [this, request] { showRequest(request); });
    }
    if (!m_proxy->requestId().isEmpty())
        menu.addAction(tr("Show every request"), this, &LogView::clearRequestFilter);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void LogView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    if (shown == all)
        m_count->setText(all == 1 ? tr("1 line") : tr("%1 lines").arg(all));
    else
        m_count->setText(tr("%1 of %2 lines").arg(shown).arg(all));
}

int LogView::visibleRows() const
{
    return m_proxy->rowCount();
}

} // namespace lambdesk
