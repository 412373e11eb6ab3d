#include "schedulespage.h"

#include "backendhost.h"
#include "common/invocationcontroller.h"
#include "schedules/scheduledialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

struct Loaded
{
    Result<QList<Backend::ScheduleInfo>> schedules = QList<Backend::ScheduleInfo>{};
    QStringList functions;
};

QString when(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

SchedulesPage::SchedulesPage(const ConsoleContext &context, QWidget *parent) : QWidget(parent), m_ctx(context)
{
    setWindowTitle(tr("Schedules"));
    m_calls = new CallGuard(this);
    m_prompt = [this](const QString &text) {
        return QMessageBox::question(this, tr("Delete schedule"), text, QMessageBox::Yes | QMessageBox::Cancel);
    };
    buildUi();
    if (m_ctx.host) {
        Backend *b = m_ctx.host->backend();
        connect(b, &Backend::schedulesChanged, this, &SchedulesPage::reload);
        connect(b, &Backend::functionsChanged, this, &SchedulesPage::reload);
        connect(b, &Backend::functionDeleted, this, &SchedulesPage::reload);
        connect(b, &Backend::scheduleRan, this, &SchedulesPage::onRan);
    }
    if (m_ctx.invocations)
        connect(m_ctx.invocations, &InvocationController::invocationFinished, this, &SchedulesPage::onFinished);
    m_refresh.setInterval(60'000);
    connect(&m_refresh, &QTimer::timeout, this, &SchedulesPage::reload);
    m_refresh.start();
    reload();
}

void SchedulesPage::buildUi()
{
    m_create = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Create schedule"), this);
    m_create->setToolTip(tr("Run a function on a rate or cron schedule, as an EventBridge rule does"));
    m_edit = new QPushButton(tr("Edit"), this);
    m_toggle = new QPushButton(tr("Disable"), this);
    m_delete = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this);
    auto *title = new QLabel(tr("<b>Schedules</b> — run a function at times given by <i>rate(5 minutes)</i> or "
                                "<i>cron(0 12 * * ? *)</i> (UTC); it gets EventBridge's Scheduled Event"),
                             this);
    title->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(title, 1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_delete);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Name"), tr("Expression"), tr("Target"), tr("Enabled"), tr("Next run"), tr("Last run")});
    m_list->header()->setStretchLastSection(true);
    // Few rows: each column as wide as what it shows (the target, which may carry a problem,
    // and the last run share what is left).
    for (int c : {NameColumn, ExpressionColumn, EnabledColumn, NextRunColumn})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(TargetColumn, fontMetrics().averageCharWidth() * 24);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);

    connect(m_create, &QPushButton::clicked, this, [this] { openDialog(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!selectedSchedule().isEmpty())
            openDialog(selectedSchedule());
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { openDialog(item->text(NameColumn)); });
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        for (const Backend::ScheduleInfo &info : std::as_const(m_schedules)) {
            if (info.schedule.name == selectedSchedule())
                setScheduleEnabled(info.schedule.name, !info.schedule.enabled);
        }
    });
    connect(m_delete, &QPushButton::clicked, this, &SchedulesPage::deleteSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SchedulesPage::updateButtons);
    // The row's check box is the enable/disable toggle.
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != EnabledColumn)
            return;
        setScheduleEnabled(item->text(NameColumn), item->checkState(EnabledColumn) == Qt::Checked);
    });
    updateButtons();
}

void SchedulesPage::reload()
{
    if (!m_ctx.host)
        return;
    m_ctx.host->call(
        m_calls,
        [](Backend &b) {
            Loaded l;
            l.schedules = b.listSchedules(5);
            for (const FunctionConfig &f : b.listFunctions())
                l.functions.append(f.name);
            return l;
        },
        [this](Loaded l) {
            m_functions = l.functions;
            if (l.schedules.ok()) {
                m_schedules = l.schedules.value();
                if (m_message->property("loadError").toBool())
                    setMessage({}, false);
            } else {
                m_schedules.clear();
                setMessage(l.schedules.error().message, true);
                m_message->setProperty("loadError", true);
            }
            showSchedules();
            Q_EMIT schedulesLoaded();
        });
}

void SchedulesPage::fillRow(QTreeWidgetItem *item, const Backend::ScheduleInfo &info)
{
    const Schedule &s = info.schedule;
    item->setText(NameColumn, s.name);
    item->setToolTip(NameColumn, s.description);
    item->setText(ExpressionColumn, s.expression);
    if (info.problem.isEmpty()) {
        item->setText(TargetColumn, s.function);
        item->setToolTip(TargetColumn,
                         s.input.isEmpty() ? tr("Gets the Scheduled Event")
                                           : tr("Gets this input: %1").arg(QString::fromUtf8(s.input)));
        item->setIcon(TargetColumn, {});
    } else {
        item->setText(TargetColumn, tr("%1 — broken: %2").arg(s.function, info.problem));
        item->setToolTip(TargetColumn, info.problem);
        item->setIcon(TargetColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(EnabledColumn, s.enabled ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(EnabledColumn, s.enabled ? tr("Enabled: click to disable") : tr("Disabled: click to enable"));
    QStringList next;
    for (const QDateTime &t : info.nextRuns)
        next << when(t);
    item->setText(NextRunColumn, next.isEmpty() ? tr("—") : next.first());
    item->setToolTip(NextRunColumn, next.isEmpty() ? QString() : tr("Next runs:\n%1").arg(next.join(u'\n')));
    QString last = m_lastRunText.value(s.name);
    if (last.isEmpty() && info.lastRun.isValid())
        last = QStringLiteral("%1 — %2").arg(when(info.lastRun), info.lastResult);
    item->setText(LastRunColumn, last.isEmpty() ? tr("—") : last);
}

void SchedulesPage::showSchedules()
{
    const QString selected = selectedSchedule();
    m_filling = true;
    m_list->clear();
    for (const Backend::ScheduleInfo &info : std::as_const(m_schedules)) {
        auto *item = new QTreeWidgetItem(m_list);
        fillRow(item, info);
    }
    m_filling = false;
    if (!selected.isEmpty())
        selectSchedule(selected);
    updateButtons();
}

void SchedulesPage::updateButtons()
{
    const QString selected = selectedSchedule();
    m_edit->setEnabled(!selected.isEmpty());
    m_delete->setEnabled(!selected.isEmpty());
    m_toggle->setEnabled(!selected.isEmpty());
    for (const Backend::ScheduleInfo &info : std::as_const(m_schedules)) {
        if (info.schedule.name == selected)
            m_toggle->setText(info.schedule.enabled ? tr("Disable") : tr("Enable"));
    }
}

QTreeWidgetItem *SchedulesPage::itemOf(const QString &name) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(NameColumn) == name)
            return m_list->topLevelItem(i);
    }
    return nullptr;
}

bool SchedulesPage::selectSchedule(const QString &name)
{
    QTreeWidgetItem *item = itemOf(name);
    if (item)
        m_list->setCurrentItem(item);
    return item != nullptr;
}

QString SchedulesPage::selectedSchedule() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

ScheduleDialog *SchedulesPage::openDialog(const QString &name)
{
    Schedule schedule;
    for (const Backend::ScheduleInfo &info : std::as_const(m_schedules)) {
        if (info.schedule.name == name)
            schedule = info.schedule;
    }
    auto *dialog = new ScheduleDialog(m_functions, schedule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ScheduleDialog> guard(dialog);
    connect(dialog, &ScheduleDialog::submitted, this, [this, guard](const Schedule &s) {
        if (!m_ctx.host)
            return;
        const bool isNew = guard && guard->isNew();
        m_ctx.host->call(
            this, [s, isNew](Backend &b) { return isNew ? b.createSchedule(s) : b.updateSchedule(s); },
            [this, guard](Result<Backend::ScheduleInfo> r) {
                if (!r) {
                    if (guard)
                        guard->setError(r.error().message);
                    Q_EMIT changeAnswered(false);
                    return;
                }
                if (guard)
                    guard->accept();
                setMessage({}, false);
                Q_EMIT changeAnswered(true);
            });
    });
    dialog->open();
    return dialog;
}

void SchedulesPage::setScheduleEnabled(const QString &name, bool enabled)
{
    if (!m_ctx.host)
        return;
    m_ctx.host->call(
        this, [name, enabled](Backend &b) { return b.setScheduleEnabled(name, enabled); },
        [this](Result<Backend::ScheduleInfo> r) {
            if (!r) {
                setMessage(r.error().message, true);
                reload(); // the check box goes back to what is saved
            }
            Q_EMIT changeAnswered(r.ok());
        });
}

void SchedulesPage::deleteSelected()
{
    const QString name = selectedSchedule();
    if (name.isEmpty() || !m_ctx.host)
        return;
    if (m_prompt(tr("Delete schedule %1? Its function stays; it will no longer be run on this schedule.").arg(name))
        != QMessageBox::Yes)
        return;
    m_ctx.host->call(
        this, [name](Backend &b) { return b.deleteSchedule(name); },
        [this, name](Status s) {
            if (!s)
                setMessage(s.error().message, true);
            else
                m_lastRunText.remove(name);
            Q_EMIT changeAnswered(s.ok());
        });
}

void SchedulesPage::onRan(const QString &name, const QString &requestId, const QDateTime &time, const QString &result)
{
    if (!requestId.isEmpty())
        m_runsByRequest.insert(requestId, name);
    m_lastRunText.insert(name, QStringLiteral("%1 — %2").arg(when(time), result));
    reload(); // its next run moved on
}

void SchedulesPage::onFinished(const InvocationResult &result)
{
    const QString name = m_runsByRequest.value(result.requestId);
    if (name.isEmpty())
        return;
    QString text = statusName(result.status);
    if (result.ran())
        text += QStringLiteral(" (%L1 ms)").arg(result.durationMs, 0, 'f', 2);
    if (!result.errorType.isEmpty())
        text += QStringLiteral(" %1").arg(result.errorType);
    QString last = m_lastRunText.value(name);
    last = last.section(QStringLiteral(" — "), 0, 0) + QStringLiteral(" — ") + text;
    m_lastRunText.insert(name, last);
    if (QTreeWidgetItem *item = itemOf(name)) {
        m_filling = true;
        item->setText(LastRunColumn, last);
        m_filling = false;
    }
    Q_EMIT runShown(name);
}

void SchedulesPage::setMessage(const QString &text, bool error)
{
    m_message->setProperty("loadError", false);
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#d13212") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace lambdesk
