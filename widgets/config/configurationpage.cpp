#include "configurationpage.h"

#include "asyncinvocationform.h"
#include "backendhost.h"
#include "common/explainpopup.h"
#include "concurrencyform.h"
#include "destinationsform.h"
#include "environmenteditor.h"
#include "environmentmodel.h"
#include "functionurlform.h"
#include "generalform.h"
#include "layersform.h"
#include "learn/lesson.h"
#include "loggingform.h"
#include "provisionedform.h"
#include "model/validation.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

const QString kEnvironmentField = QStringLiteral("Environment.Variables");

// The fields in the order the page shows them, so messages read top to bottom.
QStringList fieldOrder()
{
    return {QStringLiteral("Description"),
            QStringLiteral("Runtime"),
            QStringLiteral("Handler"),
            QStringLiteral("MemorySize"),
            QStringLiteral("EphemeralStorage.Size"),
            QStringLiteral("Timeout"),
            kEnvironmentField,
            QStringLiteral("LoggingConfig.LogFormat"),
            QStringLiteral("LoggingConfig.ApplicationLogLevel"),
            QStringLiteral("LoggingConfig.SystemLogLevel"),
            QStringLiteral("LoggingConfig.LogGroup")};
}

// The settings a user edits here (not the code hash or the timestamp).
bool sameSettings(const FunctionConfig &a, const FunctionConfig &b)
{
    return a.description == b.description && a.runtime == b.runtime && a.handler == b.handler
        && a.memorySize == b.memorySize && a.timeout == b.timeout && a.ephemeralStorage == b.ephemeralStorage
        && a.environment == b.environment && a.noNetwork == b.noNetwork
        // As AWS answers it: an unset level and INFO, or no group and /aws/lambda/NAME, are the same.
        && a.logging.toApiJson(a.name) == b.logging.toApiJson(b.name);
}

struct SaveOutcome
{
    QList<Error> errors;
    FunctionUpdate update; // what the save did (environments retired among it)
};

} // namespace

ConfigurationPage::ConfigurationPage(const ConsoleContext &context, QWidget *parent) : FunctionPage(context, parent)
{
    // A lesson's "Show me" points at this page's tab (learn::highlightTargets).
    setProperty(learn::kTargetProperty, QStringLiteral("tab.configuration"));
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_edit = new QPushButton(tr("Edit"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setToolTip(tr("Change the settings and environment variables"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Discard the edits and show the saved configuration"));
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(
        tr("Check and save the configuration; warm environments are retired when something the code sees changes"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_cancel);
    header->addWidget(m_save);
    header->addWidget(m_edit);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("configBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();

    m_general = new GeneralForm(this);
    auto *generalBox = new QGroupBox(tr("General configuration"), this);
    generalBox->setProperty(learn::kTargetProperty, QStringLiteral("config.general"));
    auto *gl = new QVBoxLayout(generalBox);
    gl->addWidget(m_general);

    m_environment = new EnvironmentEditor(this);
    auto *environmentBox = new QGroupBox(tr("Environment variables"), this);
    environmentBox->setProperty(learn::kTargetProperty, QStringLiteral("config.environment"));
    auto *el = new QVBoxLayout(environmentBox);
    el->addWidget(m_environment);

    m_logging = new LoggingForm(this);
    auto *loggingBox = new QGroupBox(tr("Logging configuration"), this);
    loggingBox->setObjectName(QStringLiteral("loggingBox"));
    auto *ll = new QVBoxLayout(loggingBox);
    ll->addWidget(m_logging);

    m_concurrency = new ConcurrencyForm(m_ctx.host, this);
    auto *concurrencyBox = new QGroupBox(tr("Concurrency"), this);
    concurrencyBox->setProperty(learn::kTargetProperty, QStringLiteral("config.concurrency"));
    concurrencyBox->setObjectName(QStringLiteral("concurrencyBox"));
    auto *ccl = new QVBoxLayout(concurrencyBox);
    ccl->addWidget(m_concurrency);
    connect(m_concurrency, &ConcurrencyForm::statusMessage, this, &FunctionPage::statusMessage);
    m_provisioned = new ProvisionedForm(m_ctx.host, this);
    auto *provisionedBox = new QGroupBox(tr("Provisioned concurrency"), this);
    provisionedBox->setObjectName(QStringLiteral("provisionedBox"));
    auto *pl = new QVBoxLayout(provisionedBox);
    pl->addWidget(m_provisioned);
    // Asynchronous invocation and destinations: saved on their own, as in the Lambda console.
    m_async = new AsyncInvocationForm(m_ctx.host, this);
    auto *asyncBox = new QGroupBox(tr("Asynchronous invocation"), this);
    asyncBox->setProperty(learn::kTargetProperty, QStringLiteral("config.async"));
    asyncBox->setObjectName(QStringLiteral("asyncBox"));
    (new QVBoxLayout(asyncBox))->addWidget(m_async);
    m_destinations = new DestinationsForm(m_ctx.host, this);
    auto *destinationsBox = new QGroupBox(tr("Destinations"), this);
    destinationsBox->setObjectName(QStringLiteral("destinationsBox"));
    (new QVBoxLayout(destinationsBox))->addWidget(m_destinations);

    // Layers: the merge order of /opt, saved on its own (its own Save / Cancel).
    m_layers = new LayersForm(m_ctx.host, this);
    auto *layersBox = new QGroupBox(tr("Layers"), this);
    layersBox->setObjectName(QStringLiteral("layersBox"));
    (new QVBoxLayout(layersBox))->addWidget(m_layers);
    connect(m_layers, &LayersForm::statusMessage, this, &FunctionPage::statusMessage);

    // Function URL: the function's HTTP addresses, each change saved on its own.
    m_urls = new FunctionUrlForm(m_ctx.host, this);
    m_urls->setApiServer(m_ctx.api);
    auto *urlBox = new QGroupBox(tr("Function URL"), this);
    urlBox->setObjectName(QStringLiteral("functionUrlBox"));
    (new QVBoxLayout(urlBox))->addWidget(m_urls);
    connect(m_urls, &FunctionUrlForm::statusMessage, this, &FunctionPage::statusMessage);
    // The sections' titles explain what they configure (hover cards).
    using Titled = std::pair<QGroupBox *, const char *>;
    for (const auto &[box, key] :
         {Titled{environmentBox, "config.environment"}, Titled{loggingBox, "config.logFormat"},
          Titled{concurrencyBox, "config.reservedConcurrency"}, Titled{provisionedBox, "config.provisionedConcurrency"},
          Titled{asyncBox, "config.asyncInvocation"}, Titled{destinationsBox, "config.destinations"},
          Titled{layersBox, "config.layers"}, Titled{urlBox, "config.functionUrl"}})
        explain::attachGroupTitle(box, QString::fromLatin1(key));

    auto *content = new QWidget(this);
    auto *cl = new QVBoxLayout(content);
    cl->addWidget(generalBox);
    cl->addWidget(environmentBox, 1);
    cl->addWidget(urlBox);
    cl->addWidget(layersBox);
    cl->addWidget(loggingBox);
    cl->addWidget(concurrencyBox);
    cl->addWidget(provisionedBox);
    cl->addWidget(asyncBox);
    cl->addWidget(destinationsBox);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    connect(m_edit, &QPushButton::clicked, this, &ConfigurationPage::startEditing);
    connect(m_save, &QPushButton::clicked, this, &ConfigurationPage::save);
    connect(m_cancel, &QPushButton::clicked, this, &ConfigurationPage::cancel);
    connect(m_general, &GeneralForm::edited, this, &ConfigurationPage::validateLive);
    connect(m_logging, &LoggingForm::edited, this, &ConfigurationPage::validateLive);
    connect(m_environment, &EnvironmentEditor::changed, this, [this, environmentBox] {
        environmentBox->setTitle(tr("Environment variables (%1)").arg(m_environment->model()->rowCount()));
        validateLive();
    });
    if (m_ctx.host) {
        // Detected after the window showed the functions: the combo and the checks catch up,
        // keeping edits under way.
        connect(m_ctx.host, &BackendHost::runtimesDetected, this, [this] {
            m_general->setRuntimes(m_ctx.host->runtimes().runtimes(), true);
            if (m_editing)
                validateLive();
        });
    }
    setEditing(false);
    load();
}

EnvironmentModel *ConfigurationPage::environmentModel() const
{
    return m_environment->model();
}

QString ConfigurationPage::codeDir() const
{
    return m_ctx.host ? m_ctx.host->codeDir(m_function.name) : QString();
}

void ConfigurationPage::functionChanged(bool otherFunction)
{
    m_layers->setFunction(m_function); // its own edits and Save, whatever the other sections do
    if (otherFunction || m_function.name.isEmpty()) {
        setEditing(false);
        setBanner({}, Tone::Info);
        load();
        return;
    }
    if (m_editing) {
        // Keep the user's edits; say so when what they started from changed underneath.
        if (!m_saving && !sameSettings(m_function, m_baseline)) {
            setBanner(tr("The configuration of %1 changed elsewhere while you were editing. Save replaces it "
                         "with the values below; Cancel shows the new ones.")
                          .arg(m_function.name),
                      Tone::Warning);
        }
        return;
    }
    load();
}

void ConfigurationPage::load()
{
    const bool has = !m_function.name.isEmpty();
    m_title->setText(has ? tr("<b>Configuration of %1</b>").arg(m_function.name.toHtmlEscaped())
                         : tr("<b>Configuration</b>"));
    if (m_ctx.host && m_ctx.host->isReady()) {
        m_general->setRuntimes(m_ctx.host->runtimes().runtimes(), m_ctx.host->runtimesKnown());
        m_general->setLimitsNote(m_ctx.host->limitsDescription());
    }
    m_general->load(m_function, codeDir());
    m_environment->model()->setVariables(m_function.environment);
    m_logging->load(m_function);
    m_concurrency->setFunction(m_function.name);
    m_provisioned->setFunction(m_function.name);
    m_async->setFunction(m_function);
    m_destinations->setFunction(m_function.name);
    m_layers->setFunction(m_function);
    m_urls->setFunction(m_function.name);
    m_edit->setEnabled(has);
}

bool ConfigurationPage::hasUnsavedChanges() const
{
    return m_editing || m_async->isEditing() || m_layers->isDirty();
}

void ConfigurationPage::setEditing(bool editing)
{
    m_editing = editing;
    m_general->setEditing(editing);
    m_environment->setEditing(editing);
    m_logging->setEditing(editing);
    m_edit->setVisible(!editing);
    m_save->setVisible(editing);
    m_cancel->setVisible(editing);
    m_save->setEnabled(!m_saving);
    m_cancel->setEnabled(!m_saving);
    m_save->setDefault(editing);
}

void ConfigurationPage::setBanner(const QString &text, Tone tone)
{
    // The tone's colours in the palette shown now (changeEvent sets them again on a new theme).
    const Theme::ToneColors c = Theme::toneColors(tone, palette());
    m_banner->setStyleSheet(QStringLiteral("QLabel { background:%1; border:1px solid %2; color:%3; border-radius:4px; "
                                           "padding:6px; }")
                                .arg(c.background.name(), c.border.name(), c.text.name()));
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_bannerTone = tone;
}

void ConfigurationPage::changeEvent(QEvent *event)
{
    FunctionPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_banner)
        setBanner(m_banner->text(), m_bannerTone);
}

QString ConfigurationPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ConfigurationPage::startEditing()
{
    if (m_function.name.isEmpty() || m_editing)
        return;
    m_baseline = m_function;
    load();
    setBanner({}, Tone::Info);
    setEditing(true);
    validateLive();
    m_general->descriptionEdit()->setFocus();
}

void ConfigurationPage::cancel()
{
    if (!m_editing || m_saving)
        return;
    setEditing(false);
    setBanner({}, Tone::Info);
    load(); // the saved values, whatever was typed
}

FunctionConfig ConfigurationPage::draft() const
{
    FunctionConfig c = m_function;
    m_general->applyTo(c);
    c.environment = m_environment->model()->variables();
    m_logging->applyTo(c);
    return c;
}

QHash<QString, QStringList> ConfigurationPage::problems() const
{
    QHash<QString, QStringList> out;
    const FunctionConfig d = draft();
    for (const Error &e : validation::config(d)) {
        // The table reports its rows itself, more precisely than the map it produces.
        if (e.field != kEnvironmentField)
            out[e.field].append(e.message);
    }
    if (!validation::runtimeId(d.runtime) && m_ctx.host && m_ctx.host->runtimesKnown()
        && !m_ctx.host->runtimes().find(d.runtime)) {
        out[QStringLiteral("Runtime")].append(
            tr("Runtime %1 is not installed on this machine; installed runtimes: %2")
                .arg(d.runtime, m_ctx.host->runtimes().ids().join(QStringLiteral(", "))));
    }
    if (const QStringList env = m_environment->model()->errors(); !env.isEmpty())
        out[kEnvironmentField] = env;
    return out;
}

QString ConfigurationPage::fieldError(const QString &field) const
{
    if (field == kEnvironmentField)
        return m_environment->errorLabel()->text();
    if (LoggingForm::fields().contains(field))
        return m_logging->fieldError(field);
    return m_general->fieldError(field);
}

void ConfigurationPage::validateLive()
{
    if (!m_editing)
        return;
    const QHash<QString, QStringList> found = problems();
    showProblems(found);
    // A "Not saved" banner goes away once everything it listed is fixed.
    if (found.isEmpty() && m_bannerTone == Tone::Error && !m_saving)
        setBanner({}, Tone::Info);
}

void ConfigurationPage::showProblems(const QHash<QString, QStringList> &problems)
{
    QHash<QString, QStringList> general = problems;
    general.remove(kEnvironmentField); // the environment editor shows its rows' problems itself
    m_general->showErrors(general);
    m_logging->showErrors(general);
}

bool ConfigurationPage::save()
{
    if (!m_editing || m_saving)
        return false;
    const QHash<QString, QStringList> found = problems();
    showProblems(found);
    if (!found.isEmpty()) {
        QStringList lines;
        QWidget *first = nullptr;
        for (const QString &field : fieldOrder()) {
            for (const QString &message : found.value(field))
                lines << QStringLiteral("• ") + message;
            if (!first && found.contains(field))
                first = field == kEnvironmentField          ? m_environment->table()
                    : LoggingForm::fields().contains(field) ? m_logging->editorFor(field)
                                                            : m_general->editorFor(field);
        }
        const QString text = tr("Not saved. Fix these first:") + u'\n' + lines.join(u'\n');
        setBanner(text, Tone::Error);
        if (first)
            first->setFocus();
        Q_EMIT saveFailed(text);
        return false;
    }
    const FunctionConfig next = draft();
    const FunctionConfig before = m_function;
    if (sameSettings(next, before)) {
        setEditing(false);
        load();
        setBanner(tr("Nothing changed, so nothing was saved."), Tone::Info);
        Q_EMIT saved(before);
        return true;
    }
    m_saving = true;
    setEditing(true); // refreshes the buttons: disabled while the backend saves
    setBanner(tr("Saving…"), Tone::Info);
    m_ctx.host->call(
        this,
        [next](Backend &b) {
            SaveOutcome out;
            out.errors = b.validate(next); // every rule, not only the first that update would report
            if (out.errors.isEmpty()) {
                auto r = b.updateConfiguration(next);
                if (r)
                    out.update = r.value();
                else
                    out.errors.append(r.error());
            }
            return out;
        },
        [this, before](SaveOutcome out) {
            m_saving = false;
            if (out.errors.isEmpty()) {
                finishSave(before, out.update);
                return;
            }
            setEditing(m_editing);
            QHash<QString, QStringList> byField;
            QStringList lines;
            for (const Error &e : std::as_const(out.errors)) {
                if (!e.field.isEmpty())
                    byField[e.field].append(e.message);
                lines << QStringLiteral("• ") + e.message;
            }
            showProblems(byField);
            const QString text = tr("Not saved:") + u'\n' + lines.join(u'\n');
            setBanner(text, Tone::Error);
            Q_EMIT saveFailed(text);
        });
    return true;
}

void ConfigurationPage::finishSave(const FunctionConfig &before, const FunctionUpdate &update)
{
    const FunctionConfig &saved = update.config;
    const bool retired = update.environmentsRetired > 0;
    if (saved.name != m_function.name) {
        // Another function was selected while this one saved.
        Q_EMIT statusMessage(tr("Saved the configuration of %1").arg(saved.name), 6000);
        Q_EMIT this->saved(saved);
        return;
    }
    setEditing(false);
    setFunction(saved); // shows the saved values (the backend's functionUpdated may come later)
    QString text = tr("Saved the configuration of %1.").arg(saved.name);
    if (retired)
        text += u' '
            + tr("Its warm environments were retired: the next invocation is a cold start with the new settings.");
    else if (!before.sameExecutionSettings(saved))
        text += u' ' + tr("The next invocation starts a new execution environment with these settings (a cold start).");
    else
        text += u' ' + tr("Nothing the code sees changed, so warm environments stay warm.");
    setBanner(text, Tone::Success);
    // When environments were retired the main window already says so in the status bar.
    if (!retired)
        Q_EMIT statusMessage(tr("Saved the configuration of %1").arg(saved.name), 6000);
    Q_EMIT this->saved(saved);
}

} // namespace lambdesk
