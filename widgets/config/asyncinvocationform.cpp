#include "asyncinvocationform.h"

#include "common/errorlabel.h"
#include "backendhost.h"
#include "common/explainpopup.h"
#include "model/destination.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

struct Snapshot
{
    std::optional<EventInvokeConfig> config;
    QStringList targets;
};

QLabel *viewLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("view.async.") + name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

QString targetText(const QString &arn)
{
    return arn.isEmpty() ? QObject::tr("None") : QStringLiteral("%1 (%2)").arg(destination::describe(arn), arn);
}

} // namespace

AsyncInvocationForm::AsyncInvocationForm(BackendHost *host, QWidget *parent)
    : QWidget(parent), m_host(host), m_guard(new CallGuard(this))
{
    m_stack = new QStackedWidget(this);
    // View mode.
    auto *view = new QWidget(m_stack);
    auto *vf = new QFormLayout(view);
    m_viewRetries = viewLabel(QStringLiteral("retries"), view);
    m_viewMaxAge = viewLabel(QStringLiteral("maxAge"), view);
    m_viewDeadLetter = viewLabel(QStringLiteral("deadLetter"), view);
    vf->addRow(tr("Retry attempts"), m_viewRetries);
    vf->addRow(tr("Maximum age of event"), m_viewMaxAge);
    vf->addRow(tr("Dead-letter target"), m_viewDeadLetter);
    // Edit mode.
    auto *edit = new QWidget(m_stack);
    auto *ef = new QFormLayout(edit);
    m_retries = new QSpinBox(edit);
    m_retries->setObjectName(QStringLiteral("retriesBox"));
    m_retries->setRange(EventInvokeConfig::kMinRetries, EventInvokeConfig::kMaxRetries);
    m_retries->setToolTip(tr("How many times Lambda retries an Event invocation whose function returned an error"));
    const auto spin = [edit](const char *name, int max, const QString &suffix) {
        auto *s = new QSpinBox(edit);
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(0, max);
        s->setSuffix(suffix);
        return s;
    };
    m_hours = spin("maxAgeHours", 6, tr(" h"));
    m_minutes = spin("maxAgeMinutes", 59, tr(" min"));
    m_seconds = spin("maxAgeSeconds", 59, tr(" s"));
    auto *age = new QWidget(edit);
    auto *al = new QHBoxLayout(age);
    al->setContentsMargins(0, 0, 0, 0);
    al->addWidget(m_hours);
    al->addWidget(m_minutes);
    al->addWidget(m_seconds);
    al->addStretch(1);
    age->setToolTip(tr("How long Lambda keeps an event that waits to run (1 minute to 6 hours)"));
    m_deadLetter = new QComboBox(edit);
    m_deadLetter->setObjectName(QStringLiteral("deadLetterBox"));
    m_deadLetter->setEditable(true);
    m_deadLetter->setInsertPolicy(QComboBox::NoInsert);
    m_deadLetter->lineEdit()->setPlaceholderText(tr("None: a function or queue ARN"));
    m_deadLetter->setToolTip(
        tr("Where the event goes when it is given up: a function (invoked with the event) or a local queue"));
    m_deadLetter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deadLetter->setMinimumContentsLength(30);
    auto *retries = new QWidget(edit); // as narrow as the age's boxes, not the whole row
    auto *rl = new QHBoxLayout(retries);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_retries);
    rl->addStretch(1);
    ef->addRow(tr("Retry attempts"), retries);
    ef->addRow(tr("Maximum age of event"), age);
    ef->addRow(tr("Dead-letter target"), m_deadLetter);
    m_stack->addWidget(view);
    m_stack->addWidget(edit);
    for (QFormLayout *form : {vf, ef})
        explain::attachFormLabels(form,
                                  {QStringLiteral("config.retryAttempts"), QStringLiteral("config.maximumEventAge"),
                                   QStringLiteral("config.deadLetterQueue")});

    m_error = makeErrorLabel(this, QStringLiteral("asyncError"));
    m_edit = new QPushButton(tr("Edit"), this);
    m_edit->setObjectName(QStringLiteral("asyncEditButton"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("asyncSaveButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("asyncCancelButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    buttons->addWidget(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_edit, &QPushButton::clicked, this, &AsyncInvocationForm::startEditing);
    connect(m_save, &QPushButton::clicked, this, &AsyncInvocationForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &AsyncInvocationForm::cancel);
    if (m_host && m_host->backend()) {
        connect(m_host->backend(), &Backend::eventInvokeConfigChanged, this, [this](const QString &function) {
            if (function == m_function.name && !m_editing)
                reload();
        });
    }
    setEditing(false);
}

void AsyncInvocationForm::setFunction(const FunctionConfig &config)
{
    const bool other = config.name != m_function.name;
    m_function = config;
    if (other && m_editing)
        setEditing(false);
    if (!m_editing)
        reload();
}

void AsyncInvocationForm::reload()
{
    m_guard->invalidate();
    m_loaded = false;
    m_edit->setEnabled(false);
    if (m_function.name.isEmpty() || !m_host) {
        display(std::nullopt);
        return;
    }
    const QString name = m_function.name;
    m_host->call(
        m_guard,
        [name](Backend &b) {
            Snapshot s;
            if (auto c = b.getEventInvokeConfig(name, QStringLiteral("$LATEST")))
                s.config = c.value();
            s.targets = b.destinationTargets();
            s.targets.removeAll(destination::functionArn(b.region(), name)); // not itself
            return s;
        },
        [this](Snapshot s) {
            m_deadLetter->clear();
            m_deadLetter->addItems(s.targets);
            display(s.config);
            m_loaded = true;
            m_edit->setEnabled(true);
            Q_EMIT loaded();
        });
}

void AsyncInvocationForm::display(const std::optional<EventInvokeConfig> &config)
{
    m_config = config;
    const int retries = config ? config->retries() : EventInvokeConfig::kDefaultRetries;
    const int age = config ? config->maxEventAgeSeconds() : EventInvokeConfig::kDefaultEventAge;
    m_viewRetries->setText(QString::number(retries));
    m_viewMaxAge->setText(formatEventAge(age));
    m_viewDeadLetter->setText(targetText(m_function.deadLetterTarget));
    m_retries->setValue(retries);
    setMaxAgeSeconds(age);
    m_deadLetter->setEditText(m_function.deadLetterTarget);
}

int AsyncInvocationForm::maxAgeSeconds() const
{
    return m_hours->value() * 3600 + m_minutes->value() * 60 + m_seconds->value();
}

void AsyncInvocationForm::setMaxAgeSeconds(int seconds)
{
    m_hours->setValue(seconds / 3600);
    m_minutes->setValue(seconds % 3600 / 60);
    m_seconds->setValue(seconds % 60);
}

QString AsyncInvocationForm::viewText(const QString &field) const
{
    if (field == u"retries")
        return m_viewRetries->text();
    if (field == u"maxAge")
        return m_viewMaxAge->text();
    if (field == u"deadLetter")
        return m_viewDeadLetter->text();
    return {};
}

QString AsyncInvocationForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString AsyncInvocationForm::deadLetterValue() const
{
    return m_deadLetter->currentText().trimmed();
}

void AsyncInvocationForm::setEditing(bool editing)
{
    m_editing = editing;
    m_stack->setCurrentIndex(editing ? 1 : 0);
    m_edit->setVisible(!editing);
    m_save->setVisible(editing);
    m_cancel->setVisible(editing);
    m_save->setEnabled(!m_saving);
    m_cancel->setEnabled(!m_saving);
}

void AsyncInvocationForm::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void AsyncInvocationForm::startEditing()
{
    if (m_function.name.isEmpty() || m_editing)
        return;
    setError({});
    display(m_config);
    setEditing(true);
    m_retries->setFocus();
}

void AsyncInvocationForm::cancel()
{
    if (!m_editing || m_saving)
        return;
    setError({});
    setEditing(false);
    display(m_config);
}

bool AsyncInvocationForm::save()
{
    if (!m_editing || m_saving)
        return false;
    const int age = maxAgeSeconds();
    EventInvokeConfigPatch patch;
    patch.maximumRetryAttempts = m_retries->value();
    patch.maximumEventAgeInSeconds = age;
    if (auto e = validation::eventInvokeLimits(patch)) {
        setError(tr("Not saved: %1").arg(e->message));
        m_hours->setFocus();
        Q_EMIT saveFailed(m_error->text());
        return false;
    }
    const QString deadLetter = deadLetterValue();
    const QString name = m_function.name;
    m_saving = true;
    setEditing(true);
    setError({});
    m_host->call(
        m_guard,
        [name, patch, deadLetter](Backend &b) -> QString {
            // The dead-letter target first: a refused one saves nothing.
            auto function = b.getFunction(name);
            if (!function)
                return function.error().message;
            const bool deadLetterChanged = function->deadLetterTarget != deadLetter;
            if (deadLetterChanged && !deadLetter.isEmpty())
                if (auto e = b.checkDestination(QStringLiteral("DeadLetterConfig.TargetArn"), deadLetter, name))
                    return e->message;
            const bool exists = bool(b.getEventInvokeConfig(name, QStringLiteral("$LATEST")));
            const auto r = exists ? b.updateEventInvokeConfig(name, QStringLiteral("$LATEST"), patch)
                                  : b.putEventInvokeConfig(name, QStringLiteral("$LATEST"), patch);
            if (!r)
                return r.error().message;
            if (deadLetterChanged) {
                FunctionConfig c = function.value();
                c.deadLetterTarget = deadLetter;
                if (auto u = b.updateConfiguration(c); !u)
                    return u.error().message;
            }
            return {};
        },
        [this, deadLetter](const QString &error) {
            m_saving = false;
            if (!error.isEmpty()) {
                setEditing(true);
                setError(tr("Not saved: %1").arg(error));
                Q_EMIT saveFailed(m_error->text());
                return;
            }
            m_function.deadLetterTarget = deadLetter;
            setEditing(false);
            reload();
            Q_EMIT saved();
        });
    return true;
}

} // namespace lambdesk
