#include "generalform.h"

#include "common/errorlabel.h"
#include "common/explainpopup.h"
#include "learn/lesson.h"
#include "memoryedit.h"
#include "model/validation.h"
#include "timeoutedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

QLabel *hintLabel(QWidget *parent, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString iconFor(RuntimeFamily family)
{
    return QStringLiteral(":/icons/runtime-%1.svg")
        .arg(family == RuntimeFamily::Unknown ? QStringLiteral("unknown") : runtimeFamilyName(family));
}

QString familyDisplayName(RuntimeFamily family)
{
    switch (family) {
    case RuntimeFamily::Python: return GeneralForm::tr("Python");
    case RuntimeFamily::Node: return GeneralForm::tr("Node.js");
    case RuntimeFamily::Provided: return GeneralForm::tr("a custom runtime");
    case RuntimeFamily::Unknown: break;
    }
    return GeneralForm::tr("an unknown runtime");
}

} // namespace

GeneralForm::GeneralForm(QWidget *parent) : QWidget(parent)
{
    // View mode: label/value pairs, like AWS's "General configuration" panel. The two modes
    // are shown and hidden rather than stacked so the section is only as tall as the mode.
    auto *viewPage = m_viewPage = new QWidget(this);
    m_view = new QFormLayout(viewPage);
    m_view->setLabelAlignment(Qt::AlignLeft);
    const QList<std::pair<QString, QString>> rows{{QStringLiteral("Description"), tr("Description")},
                                                  {QStringLiteral("Runtime"), tr("Runtime")},
                                                  {QStringLiteral("Handler"), tr("Handler")},
                                                  {QStringLiteral("MemorySize"), tr("Memory")},
                                                  {QStringLiteral("EphemeralStorage.Size"), tr("Ephemeral storage")},
                                                  {QStringLiteral("Timeout"), tr("Timeout")},
                                                  {QStringLiteral("NoNetwork"), tr("Network")},
                                                  {QStringLiteral("LastModified"), tr("Last modified")}};
    for (const auto &[key, title] : rows) {
        auto *value = new QLabel(viewPage);
        value->setObjectName(QStringLiteral("view.") + key);
        if (key == QLatin1String("MemorySize")) // a lesson's "Show me" outlines it
            value->setProperty(learn::kTargetProperty, QStringLiteral("config.memory"));
        else if (key == QLatin1String("Timeout"))
            value->setProperty(learn::kTargetProperty, QStringLiteral("config.timeout"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), viewPage);
        m_view->addRow(name, value);
        ExplainPopup::attach(name, explain::keyForField(key));
        m_viewValues.insert(key, value);
    }

    // Edit mode: one editor per field, each with its hint and its error line.
    auto *editPage = m_editPage = new QWidget(this);
    auto *form = new QFormLayout(editPage);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_description = new QLineEdit(editPage);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What this function does"));
    m_descriptionCount = new QLabel(editPage);
    auto *descriptionRow = new QWidget(editPage);
    auto *dl = new QHBoxLayout(descriptionRow);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_description, 1);
    dl->addWidget(m_descriptionCount);
    form->addRow(tr("Description"), field(descriptionRow, nullptr, QStringLiteral("Description")));
    m_editors.insert(QStringLiteral("Description"), m_description);

    m_runtime = new QComboBox(editPage);
    m_runtime->setObjectName(QStringLiteral("runtimeCombo"));
    m_runtimeWarning = new QLabel(editPage);
    m_runtimeWarning->setObjectName(QStringLiteral("runtimeWarning"));
    m_runtimeWarning->setWordWrap(true);
    m_runtimeWarning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_runtimeWarning->setTextFormat(Qt::RichText);
    m_runtimeWarning->hide();
    form->addRow(tr("Runtime"), field(m_runtime, m_runtimeWarning, QStringLiteral("Runtime")));

    m_handler = new QLineEdit(editPage);
    m_handler->setObjectName(QStringLiteral("handlerEdit"));
    m_handlerHint = hintLabel(editPage);
    m_handlerHint->setObjectName(QStringLiteral("handlerHint"));
    form->addRow(tr("Handler"), field(m_handler, m_handlerHint, QStringLiteral("Handler")));

    m_memory = new MemoryEdit(editPage);
    m_memory->setProperty(learn::kTargetProperty, QStringLiteral("config.memory"));
    form->addRow(
        tr("Memory"),
        field(m_memory,
              hintLabel(editPage,
                        tr("128 MB to 10240 MB in 1 MB steps. "
                           "The invocation is stopped if the function's processes use more; CPU grows with memory.")),
              QStringLiteral("MemorySize")));
    m_editors.insert(QStringLiteral("MemorySize"), m_memory->spinBox());

    m_ephemeral = new QSpinBox(editPage);
    m_ephemeral->setObjectName(QStringLiteral("ephemeralSpin"));
    m_ephemeral->setRange(0, 99999); // wider than the rule so the rule can be named, not clamped
    m_ephemeral->setSuffix(tr(" MB"));
    auto *ephemeralRow = new QWidget(editPage);
    auto *el = new QHBoxLayout(ephemeralRow);
    el->setContentsMargins(0, 0, 0, 0);
    el->addWidget(m_ephemeral);
    el->addStretch(1);
    form->addRow(
        tr("Ephemeral storage"),
        field(
            ephemeralRow,
            hintLabel(
                editPage,
                tr("Size of /tmp in each execution "
                   "environment, 512 MB to 10240 MB. Files there survive between invocations of a warm environment.")),
            QStringLiteral("EphemeralStorage.Size")));
    m_editors.insert(QStringLiteral("EphemeralStorage.Size"), m_ephemeral);

    m_timeout = new TimeoutEdit(editPage);
    m_timeout->setProperty(learn::kTargetProperty, QStringLiteral("config.timeout"));
    form->addRow(tr("Timeout"),
                 field(m_timeout,
                       hintLabel(editPage,
                                 tr("1 second to 15 minutes. At the deadline the "
                                    "invocation is stopped (\"Task timed out\") and its environment reset.")),
                       QStringLiteral("Timeout")));
    m_editors.insert(QStringLiteral("Timeout"), m_timeout->minutesBox());

    m_noNetwork = new QCheckBox(tr("No network (loopback only)"), editPage);
    m_noNetwork->setObjectName(QStringLiteral("noNetworkCheck"));
    m_noNetwork->setToolTip(tr("Lambdesk only: the function's environments get a network of their own with only "
                               "loopback (the Runtime API still works). Needs the sandbox (see the status bar); "
                               "without it the switch has no effect."));
    form->addRow(tr("Network"), field(m_noNetwork, nullptr, QStringLiteral("NoNetwork")));

    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) // each field's box holds its error line
        explain::attachFormLabel(form, it.value()->parentWidget(), explain::keyForField(it.key()));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(viewPage);
    layout->addWidget(editPage);
    editPage->hide();

    const auto changed = [this] {
        updateHints();
        Q_EMIT edited();
    };
    connect(m_description, &QLineEdit::textChanged, this, changed);
    connect(m_handler, &QLineEdit::textChanged, this, changed);
    connect(m_runtime, &QComboBox::currentIndexChanged, this, changed);
    connect(m_memory, &MemoryEdit::valueChanged, this, changed);
    connect(m_ephemeral, &QSpinBox::valueChanged, this, changed);
    connect(m_timeout, &TimeoutEdit::valueChanged, this, changed);
    connect(m_noNetwork, &QCheckBox::toggled, this, changed);
    connect(m_runtimeWarning, &QLabel::linkActivated, this,
            [this](const QString &link) { m_handler->setText(link.mid(QStringLiteral("handler:").size())); });
}

QWidget *GeneralForm::field(QWidget *editor, QLabel *hint, const QString &awsField)
{
    auto *box = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    editor->setParent(box);
    layout->addWidget(editor);
    if (hint) {
        hint->setParent(box);
        layout->addWidget(hint);
    }
    QLabel *error = makeErrorLabel(box, QStringLiteral("error.") + awsField);
    layout->addWidget(error);
    m_errors.insert(awsField, error);
    if (!m_editors.contains(awsField))
        m_editors.insert(awsField, editor);
    return box;
}

void GeneralForm::setRuntimes(const QList<RuntimeInfo> &runtimes, bool known)
{
    m_runtimes = runtimes;
    m_runtimesKnown = known;
    if (m_runtime->count() > 0) {
        const QSignalBlocker block(m_runtime);
        fillRuntimeCombo(m_runtime->currentData().toString());
        m_viewValues.value(QStringLiteral("Runtime"))->setText(runtimeText(m_loadedRuntime));
    }
}

void GeneralForm::fillRuntimeCombo(const QString &current)
{
    m_runtime->clear();
    for (const RuntimeInfo &info : m_runtimes)
        m_runtime->addItem(QIcon(iconFor(info.family)), runtimeText(info.id), info.id);
    for (const QString &id : {m_loadedRuntime, current}) {
        if (!id.isEmpty() && m_runtime->findData(id) < 0)
            m_runtime->addItem(QIcon(iconFor(runtimeFamilyOf(id))), runtimeText(id), id);
    }
    m_runtime->setCurrentIndex(m_runtime->findData(current));
}

void GeneralForm::setLimitsNote(const QString &note)
{
    m_limitsNote = note;
    m_memory->setLimitsNote(note);
    m_viewValues.value(QStringLiteral("MemorySize"))->setToolTip(MemoryEdit::cpuShareTooltip(note));
}

QString GeneralForm::runtimeText(const QString &id) const
{
    for (const RuntimeInfo &info : m_runtimes) {
        if (info.id != id)
            continue;
        if (info.family == RuntimeFamily::Provided)
            return tr("%1 (custom runtime: your bootstrap)").arg(id);
        return info.version.isEmpty() ? QStringLiteral("%1 (%2)").arg(id, info.displayName)
                                      : tr("%1 (%2, version %3)").arg(id, info.displayName, info.version);
    }
    return m_runtimesKnown ? tr("%1 (not installed on this machine)").arg(id)
                           : tr("%1 (detecting this machine's runtimes…)").arg(id);
}

void GeneralForm::load(const FunctionConfig &c, const QString &codeDir)
{
    m_codeDir = codeDir;
    m_loadedRuntime = c.runtime;

    auto set = [this](const char *key, const QString &text) {
        m_viewValues.value(QLatin1StringView(key))->setText(text);
    };
    set("Description", c.description.isEmpty() ? tr("—") : c.description);
    set("Runtime", runtimeText(c.runtime));
    set("Handler", c.handler);
    set("MemorySize", tr("%1 MB (%2)").arg(c.memorySize).arg(MemoryEdit::cpuShareText(c.memorySize)));
    set("EphemeralStorage.Size", tr("%1 MB").arg(c.ephemeralStorage));
    set("Timeout", TimeoutEdit::describe(c.timeout));
    set("NoNetwork", c.noNetwork ? tr("No network (loopback only, in the sandbox)") : tr("Host network"));
    set("LastModified", c.lastModified.isEmpty() ? tr("—") : c.lastModified);

    const QSignalBlocker b1(m_description), b2(m_runtime), b3(m_handler), b4(m_memory), b5(m_ephemeral), b6(m_timeout);
    m_description->setText(c.description);
    fillRuntimeCombo(c.runtime);
    m_handler->setText(c.handler);
    m_memory->setValue(c.memorySize);
    m_ephemeral->setValue(c.ephemeralStorage);
    m_timeout->setValue(c.timeout);
    {
        const QSignalBlocker b7(m_noNetwork);
        m_noNetwork->setChecked(c.noNetwork);
    }
    showErrors({});
    updateHints();
}

void GeneralForm::setEditing(bool editing)
{
    m_viewPage->setVisible(!editing);
    m_editPage->setVisible(editing);
}

void GeneralForm::applyTo(FunctionConfig &c) const
{
    c.description = m_description->text();
    c.runtime = m_runtime->currentData().toString();
    c.handler = m_handler->text().trimmed();
    c.memorySize = m_memory->value();
    c.ephemeralStorage = m_ephemeral->value();
    c.timeout = m_timeout->value();
    c.noNetwork = m_noNetwork->isChecked();
}

void GeneralForm::showErrors(const QHash<QString, QStringList> &errors)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QStringList messages = errors.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!messages.isEmpty());
    }
}

QString GeneralForm::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label ? label->text() : QString();
}

QWidget *GeneralForm::editorFor(const QString &field) const
{
    return m_editors.value(field);
}

QString GeneralForm::handlerExplanation(const QString &runtime, const QString &handler, const QString &codeDir)
{
    const RuntimeFamily family = runtimeFamilyOf(runtime);
    const qsizetype dot = handler.lastIndexOf(u'.');
    const QString function = dot > 0 ? handler.mid(dot + 1) : QString();
    const QString file = handlerFile(runtime, handler, codeDir);
    QString text;
    switch (family) {
    case RuntimeFamily::Python:
        text = tr("Form: file.function (for example lambda_function.lambda_handler; folders with /).");
        if (!file.isEmpty() && !function.isEmpty())
            text += u' ' + tr("Lambda imports %1 and calls its %2(event, context).").arg(file, function);
        break;
    case RuntimeFamily::Node:
        text = tr("Form: file.export (for example index.handler, for index.mjs or index.js).");
        if (!file.isEmpty())
            text += u' '
                + tr("Lambda loads %1 and calls its exported %2 function.")
                      .arg(file, handler.mid(handler.indexOf(u'.', handler.lastIndexOf(u'/') + 1) + 1));
        break;
    case RuntimeFamily::Provided:
        return tr("Custom runtime: your bootstrap executable receives this value as _HANDLER and decides what "
                  "it means (the blank template's function.handler calls handler in function.sh).");
    case RuntimeFamily::Unknown: return {};
    }
    if (!file.isEmpty() && !codeDir.isEmpty() && QFileInfo::exists(codeDir)
        && !QFileInfo::exists(codeDir + u'/' + file))
        text += u' ' + tr("Note: %1 is not in the function's code.").arg(file);
    return text;
}

void GeneralForm::updateHints()
{
    const int length = int(m_description->text().size());
    m_descriptionCount->setText(tr("%1/%2").arg(length).arg(validation::kMaxDescriptionLength));
    const QString runtime = m_runtime->currentData().toString();
    m_handlerHint->setText(handlerExplanation(runtime, m_handler->text().trimmed(), m_codeDir));

    // Changing the runtime is allowed, but the code is not converted: say what may break.
    const RuntimeFamily from = runtimeFamilyOf(m_loadedRuntime), to = runtimeFamilyOf(runtime);
    QString warning;
    if (!m_loadedRuntime.isEmpty() && runtime != m_loadedRuntime) {
        if (from == to) {
            warning = tr("The function will run on %1 instead of %2. The handler form stays the same; "
                         "check that your code works on the new version.")
                          .arg(runtime, m_loadedRuntime);
        } else {
            const QString example = defaultHandler(to);
            warning = tr("Changing from %1 to %2 does not convert your code, and the handler form may differ: "
                         "%3 expects a handler like <b>%4</b> and code in that language.")
                          .arg(m_loadedRuntime, runtime, familyDisplayName(to), example);
            if (m_handler->text().trimmed() != example)
                warning += u' ' + tr("<a href=\"handler:%1\">Use %1</a>").arg(example);
        }
    }
    m_runtimeWarning->setText(warning);
    m_runtimeWarning->setVisible(!warning.isEmpty());
}

} // namespace lambdesk
