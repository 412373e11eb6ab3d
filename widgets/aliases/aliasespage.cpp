#include "aliasespage.h"

#include "aliases/aliasdialog.h"
#include "aliases/routingbar.h"
#include "backendhost.h"
#include "common/i18n.h"
#include "common/invocationcontroller.h"
#include "learn/lesson.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

enum Column { NameColumn, RoutingColumn, DescriptionColumn };

struct Lists
{
    Result<QList<FunctionAlias>> aliases = Error::notFound({});
    QStringList versions;
};

QString versionLabel(const QString &v)
{
    return v == QLatin1String("$LATEST") ? v : AliasesPage::tr("Version %1").arg(v);
}

} // namespace

AliasesPage::AliasesPage(const ConsoleContext &context, QWidget *parent) : FunctionPage(context, parent)
{
    // A lesson's "Show me" points at this page's tab (learn::highlightTargets).
    setProperty(learn::kTargetProperty, QStringLiteral("tab.aliases"));
    m_calls = new CallGuard(this);
    m_shift = new TrafficShift(this);
    m_prompt = [this](const QString &text) {
        return QMessageBox::question(this, tr("Delete alias"), text, QMessageBox::Yes | QMessageBox::Cancel);
    };
    buildUi();
    connect(m_shift, &TrafficShift::weightChanged, this, &AliasesPage::applyShiftWeight);
    connect(m_shift, &TrafficShift::stateChanged, this, &AliasesPage::onShiftState);
    if (m_ctx.invocations)
        connect(m_ctx.invocations, &InvocationController::invocationFinished, this, &AliasesPage::onInvocation);
    if (m_ctx.host) {
        connect(m_ctx.host->backend(), &Backend::aliasesChanged, this, [this](const QString &fn) {
            if (fn == m_function.name)
                reload();
        });
        connect(m_ctx.host->backend(), &Backend::versionsChanged, this, [this](const QString &fn) {
            if (fn == m_function.name)
                reload();
        });
    }
}

void AliasesPage::buildUi()
{
    m_create = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Create alias"), this);
    m_create->setProperty(learn::kTargetProperty, QStringLiteral("aliases.create"));
    m_edit = new QPushButton(tr("Edit"), this);
    m_delete = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this);
    m_create->setToolTip(tr("A name for a version, or for two with a share of the invocations for the second"));
    auto *buttons = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Aliases</b> — invoke <i>function:alias</i> to run the version it points at"), this);
    title->setWordWrap(true);
    buttons->addWidget(title, 1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);

    m_list = new QTreeWidget(this);
    m_list->setProperty(learn::kTargetProperty, QStringLiteral("aliases.list"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Alias"), tr("Routing"), tr("Description")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(NameColumn, fontMetrics().averageCharWidth() * 14);
    m_list->setColumnWidth(RoutingColumn, fontMetrics().averageCharWidth() * 40);
    m_list->setMinimumHeight(fontMetrics().height() * 4);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    // Shift traffic.
    auto *shiftBox = new QGroupBox(tr("Shift traffic"), this);
    m_target = new QComboBox(shiftBox);
    m_target->setToolTip(tr("The version the selected alias moves to"));
    m_preset = new QComboBox(shiftBox);
    for (auto p : {TrafficShift::Preset::Canary10Percent, TrafficShift::Preset::Linear10Percent,
                   TrafficShift::Preset::AllAtOnce})
        m_preset->addItem(TrafficShift::presetName(p), int(p));
    m_preset->setToolTip(tr("As CodeDeploy's presets (Canary10Percent5Minutes, Linear10PercentEvery1Minute, "
                            "AllAtOnce), with the step interval below"));
    m_interval = new QSpinBox(shiftBox);
    m_interval->setRange(1, 3600);
    m_interval->setValue(10);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("Time between steps (seconds here, minutes on CodeDeploy: short for a demo)"));
    m_threshold = new QSpinBox(shiftBox);
    m_threshold->setRange(0, 100);
    m_threshold->setValue(20);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setToolTip(tr("Roll back by itself when more than this share of the new version's invocations "
                               "through the alias fail (after 3 invocations)"));
    m_start = new QPushButton(tr("Start"), shiftBox);
    m_stop = new QPushButton(tr("Stop"), shiftBox);
    m_rollBack = new QPushButton(tr("Roll back"), shiftBox);
    m_rollBack->setToolTip(tr("Send every invocation of the alias to its old version again"));
    m_shiftBar = new RoutingBar(shiftBox);
    m_shiftStatus = new QLabel(tr("Select an alias, then the version it should move to."), shiftBox);
    m_shiftStatus->setWordWrap(true);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(new QLabel(tr("To"), shiftBox));
    row1->addWidget(m_target, 1);
    row1->addWidget(m_preset, 2);
    auto *row2 = new QHBoxLayout;
    // Whole sentences, so that a translation can put the field where its language needs it.
    i18n::addSentence(row2, tr("Every %1"), {m_interval}, shiftBox);
    i18n::addSentence(row2, tr("Roll back past %1 errors"), {m_threshold}, shiftBox);
    row2->addStretch(1);
    row2->addWidget(m_start);
    row2->addWidget(m_stop);
    row2->addWidget(m_rollBack);
    auto *shiftLayout = new QVBoxLayout(shiftBox);
    shiftLayout->addLayout(row1);
    shiftLayout->addLayout(row2);
    shiftLayout->addWidget(m_shiftBar);
    shiftLayout->addWidget(m_shiftStatus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(shiftBox);

    connect(m_create, &QPushButton::clicked, this, [this] { openDialog(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!selectedAlias().isEmpty())
            openDialog(selectedAlias());
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { openDialog(item->text(NameColumn)); });
    connect(m_delete, &QPushButton::clicked, this, &AliasesPage::deleteSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        chooseTarget();
        updateButtons();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, &AliasesPage::updateButtons);
    connect(m_start, &QPushButton::clicked, this, &AliasesPage::startShift);
    connect(m_stop, &QPushButton::clicked, m_shift, &TrafficShift::stop);
    connect(m_rollBack, &QPushButton::clicked, this, [this] { m_shift->rollBack(); });
    updateButtons();
}

void AliasesPage::functionChanged(bool otherFunction)
{
    if (otherFunction) {
        m_calls->invalidate();
        m_aliases.clear();
        m_versions.clear();
        setMessage({}, false);
        showAliases();
    }
    reload();
}

void AliasesPage::reload()
{
    if (m_function.name.isEmpty() || !m_ctx.host)
        return;
    m_ctx.host->call(
        m_calls,
        [name = m_function.name](Backend &b) {
            Lists l;
            l.aliases = b.listAliases(name);
            l.versions.append(QStringLiteral("$LATEST"));
            if (auto v = b.listVersions(name); v.ok()) {
                for (const FunctionVersion &fv : v.value())
                    l.versions.append(fv.version());
            }
            return l;
        },
        [this](Lists l) {
            m_versions = l.versions;
            if (l.aliases.ok())
                m_aliases = l.aliases.value();
            else
                setMessage(l.aliases.error().message, true);
            showAliases();
            Q_EMIT aliasesLoaded();
        });
}

void AliasesPage::showAliases()
{
    const QString keep = selectedAlias();
    m_list->clear();
    for (const FunctionAlias &a : std::as_const(m_aliases)) {
        auto *item = new QTreeWidgetItem(m_list, {a.name, QString(), a.description});
        auto *bar = new RoutingBar(m_list);
        bar->setRouting(a.functionVersion, a.additionalVersion, a.additionalWeight);
        item->setToolTip(NameColumn, bar->text());
        m_list->setItemWidget(item, RoutingColumn, bar);
        if (a.name == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    const QVariant target = m_target->currentData();
    m_target->clear();
    for (auto it = m_versions.crbegin(); it != m_versions.crend(); ++it) {
        if (*it != QLatin1String("$LATEST"))
            m_target->addItem(versionLabel(*it), *it);
    }
    if (const int at = m_target->findData(target); at >= 0)
        m_target->setCurrentIndex(at);
    chooseTarget();
    updateButtons();
}

void AliasesPage::chooseTarget()
{
    if (m_shift->isShifting())
        return;
    const QString alias = selectedAlias();
    for (const FunctionAlias &a : std::as_const(m_aliases)) {
        if (a.name != alias)
            continue;
        // Moving to where it already is means nothing: the newest other version instead.
        if (m_target->currentData().toString() == a.functionVersion || m_target->currentIndex() < 0) {
            for (int i = 0; i < m_target->count(); ++i) {
                if (m_target->itemData(i).toString() != a.functionVersion) {
                    m_target->setCurrentIndex(i);
                    break;
                }
            }
        }
        if (m_shift->state() == TrafficShift::State::Idle) {
            m_shiftBar->setRouting(a.functionVersion, a.additionalVersion, a.additionalWeight);
            m_shiftStatus->setText(
                tr("%1 runs %2. Choose the version to move it to and how, then Start.").arg(a.name, m_shiftBar->text()));
        }
    }
}

RoutingBar *AliasesPage::barOf(const QString &alias) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(NameColumn) == alias)
            return qobject_cast<RoutingBar *>(m_list->itemWidget(m_list->topLevelItem(i), RoutingColumn));
    }
    return nullptr;
}

bool AliasesPage::selectAlias(const QString &alias)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(NameColumn) == alias) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString AliasesPage::selectedAlias() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void AliasesPage::updateButtons()
{
    const bool has = !m_function.name.isEmpty();
    const bool selected = !selectedAlias().isEmpty();
    const bool shifting = m_shift->isShifting();
    m_create->setEnabled(has);
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected && !(shifting && m_shift->plan().alias == selectedAlias()));
    m_start->setEnabled(selected && m_target->count() > 0 && !shifting);
    m_stop->setEnabled(shifting);
    m_rollBack->setEnabled(m_shift->state() != TrafficShift::State::Idle
                           && m_shift->state() != TrafficShift::State::RolledBack);
    m_target->setEnabled(!shifting);
    m_preset->setEnabled(!shifting);
    m_interval->setEnabled(!shifting);
    m_threshold->setEnabled(!shifting);
    if (!shifting && m_shift->state() == TrafficShift::State::Idle) {
        for (const FunctionAlias &a : std::as_const(m_aliases)) {
            if (a.name == selectedAlias())
                m_shiftBar->setRouting(a.functionVersion, a.additionalVersion, a.additionalWeight);
        }
    }
}

AliasDialog *AliasesPage::openDialog(const QString &alias)
{
    FunctionAlias current;
    for (const FunctionAlias &a : std::as_const(m_aliases)) {
        if (a.name == alias)
            current = a;
    }
    auto *dialog = new AliasDialog(m_versions.isEmpty() ? QStringList{QStringLiteral("$LATEST")} : m_versions, current,
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { apply(dialog->alias(), dialog->isNew()); });
    dialog->open();
    return dialog;
}

void AliasesPage::apply(const FunctionAlias &alias, bool isNew)
{
    const QString function = m_function.name;
    m_ctx.host->call(
        this,
        [function, alias, isNew](Backend &b) -> Result<FunctionAlias> {
            QMap<QString, double> routing;
            if (alias.isWeighted())
                routing.insert(alias.additionalVersion, alias.additionalWeight);
            if (isNew)
                return b.createAlias(function, alias.name, alias.functionVersion, alias.description, routing);
            Backend::AliasUpdate u;
            u.function = function;
            u.name = alias.name;
            u.functionVersion = alias.functionVersion;
            u.description = alias.description;
            u.routing = routing;
            u.revisionId = alias.revisionId;
            return b.updateAlias(u);
        },
        [this, isNew](Result<FunctionAlias> r) {
            if (r.ok())
                setMessage(isNew ? tr("Created alias %1.").arg(r.value().name)
                                 : tr("Saved alias %1.").arg(r.value().name),
                           false);
            else
                setMessage(r.error().message, true);
            Q_EMIT changeAnswered(r.ok());
        });
}

void AliasesPage::deleteSelected()
{
    const QString alias = selectedAlias();
    if (alias.isEmpty())
        return;
    if (m_prompt(tr("Delete alias %1? Invocations of %2:%1 will fail.").arg(alias, m_function.name))
        != QMessageBox::Yes)
        return;
    m_ctx.host->call(
        this, [function = m_function.name, alias](Backend &b) { return b.deleteAlias(function, alias); },
        [this, alias](Status s) {
            setMessage(s.ok() ? tr("Deleted alias %1.").arg(alias) : s.error().message, !s.ok());
            Q_EMIT changeAnswered(s.ok());
        });
}

bool AliasesPage::startShift()
{
    const QString alias = selectedAlias();
    FunctionAlias current;
    for (const FunctionAlias &a : std::as_const(m_aliases)) {
        if (a.name == alias)
            current = a;
    }
    const QString to = m_target->currentData().toString();
    if (current.name.isEmpty() || to.isEmpty())
        return false;
    if (current.functionVersion == to && !current.isWeighted()) {
        m_shiftStatus->setText(tr("%1 already runs version %2: choose another version to shift to.").arg(alias, to));
        return false;
    }
    if (current.functionVersion == QLatin1String("$LATEST")) {
        m_shiftStatus->setText(tr("%1 points at $LATEST, which can't share traffic: point it at a published version "
                                  "first.")
                                   .arg(alias));
        return false;
    }
    TrafficShift::Plan plan;
    plan.alias = alias;
    plan.fromVersion = current.functionVersion;
    plan.toVersion = to;
    if (current.additionalVersion == to) {
        plan.startWeight = current.additionalWeight;
    } else if (current.isWeighted() && current.functionVersion == to) {
        // Shifting the rest of the traffic to the version that already takes most of it.
        plan.fromVersion = current.additionalVersion;
        plan.startWeight = 1.0 - current.additionalWeight;
    }
    plan.preset = TrafficShift::Preset(m_preset->currentData().toInt());
    plan.intervalMs = m_interval->value() * 1000;
    plan.errorThreshold = m_threshold->value() / 100.0;
    m_shiftFunction = m_function.name;
    m_shift->start(plan);
    return true;
}

void AliasesPage::applyShiftWeight(double weight)
{
    const TrafficShift::Plan plan = m_shift->plan();
    Backend::AliasUpdate u;
    u.function = m_shiftFunction;
    u.name = plan.alias;
    if (weight >= 1.0) {
        u.functionVersion = plan.toVersion;
        u.routing = QMap<QString, double>{};
    } else if (weight <= 0.0) {
        u.functionVersion = plan.fromVersion;
        u.routing = QMap<QString, double>{};
    } else {
        u.functionVersion = plan.fromVersion;
        u.routing = QMap<QString, double>{{plan.toVersion, weight}};
    }
    m_shiftBar->setRouting(*u.functionVersion, weight > 0 && weight < 1 ? plan.toVersion : QString(), weight);
    m_ctx.host->call(
        this, [u](Backend &b) { return b.updateAlias(u); },
        [this](Result<FunctionAlias> r) {
            if (!r.ok()) {
                m_shift->stop();
                m_shiftStatus->setText(tr("Stopped: %1").arg(r.error().message));
            }
            Q_EMIT changeAnswered(r.ok());
        });
    if (m_shift->isShifting())
        m_shiftStatus->setText(tr("Step %1 of %2: %3 % of %4 runs version %5 · %6 of %7 invocations failed")
                                   .arg(m_shift->step())
                                   .arg(m_shift->stepCount())
                                   .arg(qRound(weight * 100))
                                   .arg(plan.alias, plan.toVersion)
                                   .arg(m_shift->errors())
                                   .arg(m_shift->invocations()));
}

void AliasesPage::onShiftState(TrafficShift::State state)
{
    if (state != TrafficShift::State::Shifting)
        m_shiftStatus->setText(m_shift->summary());
    updateButtons();
}

void AliasesPage::onInvocation(const InvocationResult &result)
{
    if (result.functionName != m_shiftFunction || !m_shift->isShifting())
        return;
    // A function error, a timeout, a crash: what CodeDeploy's alarms would count.
    const bool failed = result.isError() || result.status == InvocationStatus::Failed
        || result.status == InvocationStatus::TimedOut;
    m_shift->recordInvocation(result.qualifier, result.executedVersion, failed);
    if (m_shift->isShifting() && result.qualifier == m_shift->plan().alias)
        m_shiftStatus->setText(tr("Step %1 of %2: %3 % of %4 runs version %5 · %6 of %7 invocations failed")
                                   .arg(m_shift->step())
                                   .arg(m_shift->stepCount())
                                   .arg(qRound(m_shift->weight() * 100))
                                   .arg(m_shift->plan().alias, m_shift->plan().toVersion)
                                   .arg(m_shift->errors())
                                   .arg(m_shift->invocations()));
}

void AliasesPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#d13212") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace lambdesk
