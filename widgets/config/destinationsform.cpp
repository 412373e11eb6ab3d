#include "destinationsform.h"

#include "common/errorlabel.h"
#include "backendhost.h"
#include "common/explainpopup.h"
#include "model/destination.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

struct Snapshot
{
    std::optional<EventInvokeConfig> config;
    QStringList targets;
};

QString conditionText(DestinationDialog::Condition c)
{
    return c == DestinationDialog::Condition::OnSuccess ? QObject::tr("On success") : QObject::tr("On failure");
}

QString kindText(const QString &arn)
{
    return arn.startsWith(QLatin1String("arn:aws:sqs:")) ? QObject::tr("Queue") : QObject::tr("Function");
}

} // namespace

DestinationDialog::DestinationDialog(const QStringList &targets, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Destination"));
    m_condition = new QComboBox(this);
    m_condition->setObjectName(QStringLiteral("conditionBox"));
    m_condition->addItem(conditionText(Condition::OnSuccess));
    m_condition->addItem(conditionText(Condition::OnFailure));
    m_condition->setToolTip(tr("On success: every event that succeeds. On failure: an event whose retries ran out "
                               "or that grew older than the maximum age"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetBox"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->addItems(targets);
    m_target->lineEdit()->setPlaceholderText(tr("A function or queue ARN"));
    m_target->setMinimumContentsLength(40);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setToolTip(tr("A function receives the invocation record as an Event invocation; a queue, as a message"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Condition"), m_condition);
    form->addRow(tr("Destination"), m_target);
    explain::attachFormLabels(form, {QStringLiteral("config.destinations"), QStringLiteral("config.destinations")});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("The destination receives AWS's invocation record: the request, the response and why."), this));
    layout->addWidget(buttons);
}

void DestinationDialog::setDestination(Condition condition, const QString &arn)
{
    m_condition->setCurrentIndex(condition == Condition::OnSuccess ? 0 : 1);
    m_target->setEditText(arn);
}

DestinationDialog::Condition DestinationDialog::condition() const
{
    return m_condition->currentIndex() == 0 ? Condition::OnSuccess : Condition::OnFailure;
}

QString DestinationDialog::target() const
{
    return m_target->currentText().trimmed();
}

DestinationsForm::DestinationsForm(BackendHost *host, QWidget *parent)
    : QWidget(parent), m_host(host), m_guard(new CallGuard(this))
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("destinationsList"));
    m_list->setHeaderLabels({tr("Condition"), tr("Type"), tr("Destination")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_empty = new QLabel(tr("No destinations: the records of asynchronous invocations are not kept."), this);
    m_empty->setObjectName(QStringLiteral("destinationsEmpty"));
    m_empty->setWordWrap(true);
    m_error = makeErrorLabel(this, QStringLiteral("destinationsError"));
    m_add = new QPushButton(tr("Add destination"), this);
    m_add->setObjectName(QStringLiteral("addDestinationButton"));
    m_editButton = new QPushButton(tr("Edit"), this);
    m_editButton->setObjectName(QStringLiteral("editDestinationButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeDestinationButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(std::nullopt); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { openDialog(selectedCondition()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { openDialog(selectedCondition()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const auto c = selectedCondition())
            removeDestination(*c);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DestinationsForm::updateButtons);
    if (m_host && m_host->backend()) {
        connect(m_host->backend(), &Backend::eventInvokeConfigChanged, this, [this](const QString &function) {
            if (function == m_function && !m_saving)
                reload();
        });
        connect(m_host->backend(), &Backend::functionsChanged, this, [this] {
            if (!m_function.isEmpty() && !m_saving)
                reload(); // the targets the picker offers
        });
    }
    display(std::nullopt);
}

void DestinationsForm::setFunction(const QString &name)
{
    if (name == m_function && m_loaded)
        return;
    m_function = name;
    m_error->hide();
    reload();
}

void DestinationsForm::reload()
{
    m_guard->invalidate();
    m_loaded = false;
    if (m_function.isEmpty() || !m_host) {
        display(std::nullopt);
        return;
    }
    const QString name = m_function;
    m_host->call(
        m_guard,
        [name](Backend &b) {
            Snapshot s;
            if (auto c = b.getEventInvokeConfig(name, QStringLiteral("$LATEST")))
                s.config = c.value();
            s.targets = b.destinationTargets();
            s.targets.removeAll(destination::functionArn(b.region(), name));
            return s;
        },
        [this](Snapshot s) {
            m_targets = s.targets;
            display(s.config);
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void DestinationsForm::display(const std::optional<EventInvokeConfig> &config)
{
    m_config = config;
    m_list->clear();
    for (const Condition c : {Condition::OnSuccess, Condition::OnFailure}) {
        const QString arn = destination(c);
        if (arn.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(m_list, {conditionText(c), kindText(arn), arn});
        item->setData(0, Qt::UserRole, int(c));
        item->setToolTip(2, destination::describe(arn));
    }
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    updateButtons();
}

QString DestinationsForm::destination(Condition condition) const
{
    if (!m_config)
        return {};
    return condition == Condition::OnSuccess ? m_config->onSuccess : m_config->onFailure;
}

QString DestinationsForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::optional<DestinationsForm::Condition> DestinationsForm::selectedCondition() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    return Condition(selected.first()->data(0, Qt::UserRole).toInt());
}

void DestinationsForm::updateButtons()
{
    const bool has = !m_function.isEmpty() && !m_saving;
    // Two conditions at most: Add while one is free.
    m_add->setEnabled(has && (destination(Condition::OnSuccess).isEmpty() || destination(Condition::OnFailure).isEmpty()));
    m_editButton->setEnabled(has && selectedCondition().has_value());
    m_remove->setEnabled(has && selectedCondition().has_value());
}

void DestinationsForm::openDialog(std::optional<Condition> editing)
{
    if (m_function.isEmpty())
        return;
    DestinationDialog dialog(m_targets, this);
    if (editing)
        dialog.setDestination(*editing, destination(*editing));
    else
        dialog.setDestination(destination(Condition::OnSuccess).isEmpty() ? Condition::OnSuccess : Condition::OnFailure,
                              QString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    EventInvokeConfigPatch patch;
    if (editing && *editing != dialog.condition()) // moved to the other condition: one save does both
        (*editing == Condition::OnSuccess ? patch.onSuccess : patch.onFailure) = QString();
    (dialog.condition() == Condition::OnSuccess ? patch.onSuccess : patch.onFailure) = dialog.target();
    save(patch);
}

void DestinationsForm::setDestination(Condition condition, const QString &arn)
{
    EventInvokeConfigPatch patch;
    (condition == Condition::OnSuccess ? patch.onSuccess : patch.onFailure) = arn;
    save(patch);
}

void DestinationsForm::save(const EventInvokeConfigPatch &patch)
{
    if (m_function.isEmpty() || !m_host)
        return;
    const QString name = m_function;
    m_saving = true;
    updateButtons();
    m_host->call(
        m_guard,
        [name, patch](Backend &b) -> QString {
            const bool exists = bool(b.getEventInvokeConfig(name, QStringLiteral("$LATEST")));
            const auto r = exists ? b.updateEventInvokeConfig(name, QStringLiteral("$LATEST"), patch)
                                  : b.putEventInvokeConfig(name, QStringLiteral("$LATEST"), patch);
            return r ? QString() : r.error().message;
        },
        [this](const QString &error) {
            m_saving = false;
            if (!error.isEmpty()) {
                m_error->setText(tr("Not saved: %1").arg(error));
                m_error->show();
                updateButtons();
                Q_EMIT saveFailed(m_error->text());
                return;
            }
            m_error->hide();
            reload();
            Q_EMIT saved();
        });
}

} // namespace lambdesk
