#include "createfunctionwizard.h"

#include "backendhost.h"
#include "blueprintdelegate.h"
#include "blueprintfiltermodel.h"
#include "blueprintlistmodel.h"
#include "config/memoryedit.h"
#include "config/timeoutedit.h"
#include "model/validation.h"
#include "store/catalogs.h"
#include "wizardtexts.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString runtimeIcon(RuntimeFamily family)
{
    return QStringLiteral(":/icons/runtime-%1.svg")
        .arg(family == RuntimeFamily::Unknown ? QStringLiteral("unknown") : runtimeFamilyName(family));
}

const char *kErrorStyle = "color: #c62828;";
const char *kOkStyle = "color: #2e7d32;";

} // namespace

CreateFunctionWizard::CreateFunctionWizard(BackendHost *host, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent),
      m_host(host),
      m_taken(takenNames.cbegin(), takenNames.cend()),
      m_blueprints(new BlueprintListModel(this)),
      m_filter(new BlueprintFilterModel(this))
{
    setWindowTitle(tr("Create function"));
    if (m_host && m_host->isReady())
        m_runtimes = m_host->runtimes().runtimes();
    m_filter->setSourceModel(m_blueprints);

    auto *intro = wrapped(tr("<b>Create function</b><br>Choose how to start, give the function a name and pick a "
                             "runtime. Everything except the name can be changed later in the Configuration tab."),
                          this);

    // Basic information: name and runtime.
    auto *basics = new QGroupBox(tr("Basic information"), this);
    auto *form = new QFormLayout(basics);
    m_name = new QLineEdit(basics);
    m_name->setObjectName(QStringLiteral("functionName"));
    m_name->setPlaceholderText(tr("my-function"));
    m_name->setMaxLength(100); // past 64 the rule is named, not silently cut
    m_nameMessage = wrapped({}, basics);
    m_nameMessage->setObjectName(QStringLiteral("nameMessage"));
    auto *nameBox = new QWidget(basics);
    auto *nl = new QVBoxLayout(nameBox);
    nl->setContentsMargins(0, 0, 0, 0);
    nl->setSpacing(2);
    nl->addWidget(m_name);
    nl->addWidget(m_nameMessage);
    form->addRow(tr("Function name"), nameBox);

    m_runtime = new QComboBox(basics);
    m_runtime->setObjectName(QStringLiteral("runtimeCombo"));
    for (const RuntimeInfo &info : std::as_const(m_runtimes))
        m_runtime->addItem(
            QIcon(runtimeIcon(info.family)),
            QStringLiteral("%1  (%2)")
                .arg(info.family == RuntimeFamily::Provided ? tr("Custom runtime") : info.displayName, info.id),
            info.id);
    m_runtimeHint = wrapped({}, basics);
    m_runtimeHint->setForegroundRole(QPalette::PlaceholderText);
    auto *runtimeBox = new QWidget(basics);
    auto *rl = new QVBoxLayout(runtimeBox);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->setSpacing(2);
    rl->addWidget(m_runtime);
    rl->addWidget(m_runtimeHint);
    form->addRow(tr("Runtime"), runtimeBox);

    // How to start: a short text for "from scratch", the blueprint browser otherwise.
    m_startPages = new QStackedWidget(this);
    m_scratchText = wrapped({}, m_startPages);
    m_scratchText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_scratchText->setMargin(8);
    m_startPages->addWidget(m_scratchText);
    m_startPages->addWidget(buildBlueprintPage());

    // Settings: memory and timeout, defaulting to the blueprint's.
    auto *settings = new QGroupBox(tr("Settings"), this);
    auto *sl = new QFormLayout(settings);
    m_memory = new MemoryEdit(settings);
    if (m_host)
        m_memory->setLimitsNote(m_host->limitsDescription());
    m_timeout = new TimeoutEdit(settings);
    m_timeout->setValue(validation::kDefaultTimeout);
    m_settingsMessage = wrapped({}, settings);
    m_settingsMessage->setStyleSheet(QLatin1StringView(kErrorStyle));
    sl->addRow(tr("Memory"), m_memory);
    sl->addRow(tr("Timeout"), m_timeout);
    sl->addRow(QString(), m_settingsMessage);

    m_error = wrapped({}, this);
    m_error->setObjectName(QStringLiteral("wizardError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { background:#fdecea; border:1px solid #ef9a9a; color:#8e1b1b; "
                                          "border-radius:4px; padding:6px; }"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create function"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_create->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_blocker = new QLabel(this);
    m_blocker->setForegroundRole(QPalette::PlaceholderText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_blocker, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(buildStartChoice());
    layout->addWidget(basics);
    layout->addWidget(m_startPages, 1);
    layout->addWidget(settings);
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) { m_nameTouched = !text.isEmpty(); });
    connect(m_name, &QLineEdit::textChanged, this, &CreateFunctionWizard::updateState);
    connect(m_runtime, &QComboBox::currentIndexChanged, this, &CreateFunctionWizard::onRuntimeChanged);
    connect(m_memory, &MemoryEdit::valueChanged, this, &CreateFunctionWizard::updateState);
    connect(m_timeout, &TimeoutEdit::valueChanged, this, &CreateFunctionWizard::updateState);
    connect(m_create, &QPushButton::clicked, this, &CreateFunctionWizard::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_host && m_host->isReady()) {
        const RuntimeInfo *preferred = m_host->runtimes().preferred(RuntimeFamily::Python);
        if (!preferred)
            preferred = m_host->runtimes().preferred(RuntimeFamily::Node);
        if (preferred)
            m_runtime->setCurrentIndex(m_runtime->findData(preferred->id));
    }
    onRuntimeChanged();
    setStart(Start::Scratch);
    if (m_host && m_host->isReady()) {
        // The caller's list may lag behind the workspace; the backend's is the truth.
        m_host->call(
            this, [](Backend &b) { return b.listFunctions(); },
            [this](const QList<FunctionConfig> &functions) {
                for (const FunctionConfig &f : functions)
                    m_taken.insert(f.name);
                updateState();
            });
    }
    m_name->setFocus();
    resize(900, 720);
}

QWidget *CreateFunctionWizard::buildStartChoice()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto option = [box, layout](QRadioButton *radio, const QString &text) {
        auto *frame = new QFrame(box);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *fl = new QVBoxLayout(frame);
        QFont bold = radio->font();
        bold.setBold(true);
        radio->setFont(bold);
        radio->setParent(frame);
        fl->addWidget(radio);
        auto *label = wrapped(text, frame);
        label->setIndent(22);
        fl->addWidget(label);
        layout->addWidget(frame, 1);
    };
    m_scratch = new QRadioButton(tr("Author from scratch"), box);
    m_scratch->setObjectName(QStringLiteral("startScratch"));
    m_fromBlueprint = new QRadioButton(tr("Use a blueprint"), box);
    m_fromBlueprint->setObjectName(QStringLiteral("startBlueprint"));
    option(m_scratch, tr("Start with a small hello-world handler and write your own code."));
    option(m_fromBlueprint,
           tr("Start from a teaching example (HTTP API, S3, SQS, cold starts, limits…) "
              "that comes with matching test events."));
    // The two sit in separate frames, so exclusivity needs a group.
    auto *group = new QButtonGroup(box);
    group->addButton(m_scratch);
    group->addButton(m_fromBlueprint);
    connect(m_scratch, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setStart(Start::Scratch);
    });
    connect(m_fromBlueprint, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setStart(Start::Blueprint);
    });
    return box;
}

QWidget *CreateFunctionWizard::buildBlueprintPage()
{
    auto *page = new QWidget(m_startPages);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("blueprintSearch"));
    m_search->setPlaceholderText(tr("Search blueprints (e.g. sqs, timeout, http)"));
    m_search->setClearButtonEnabled(true);
    m_onlyLanguage = new QCheckBox(page);
    m_onlyLanguage->setObjectName(QStringLiteral("onlyLanguage"));
    m_list = new QListView(page);
    m_list->setObjectName(QStringLiteral("blueprintList"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new BlueprintDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_details = new QTextBrowser(page);
    m_details->setObjectName(QStringLiteral("blueprintDetails"));
    m_details->setOpenLinks(false);

    auto *left = new QVBoxLayout;
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_onlyLanguage);
    left->addLayout(filters);
    left->addWidget(m_list, 1);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addWidget(m_details, 2);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        // The best match (title matches rank first) is preselected; clearing the search keeps
        // the choice.
        if (start() == Start::Blueprint && (!m_filter->searchText().isEmpty() || !m_list->currentIndex().isValid()))
            selectFirstAvailable();
    });
    connect(m_onlyLanguage, &QCheckBox::toggled, m_filter, &BlueprintFilterModel::setOnlyAvailable);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CreateFunctionWizard::onBlueprintChanged);
    return page;
}

void CreateFunctionWizard::setStart(Start start)
{
    const bool blueprint = start == Start::Blueprint;
    m_scratch->setChecked(!blueprint);
    m_fromBlueprint->setChecked(blueprint);
    m_startPages->setCurrentIndex(blueprint ? 1 : 0);
    if (blueprint && !currentBlueprint())
        selectFirstAvailable();
    onBlueprintChanged();
}

void CreateFunctionWizard::selectFirstAvailable()
{
    // The first in the list: hello world in the runtime's language, or a search's best match.
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(BlueprintListModel::AvailableRole).toBool()) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
}

CreateFunctionWizard::Start CreateFunctionWizard::start() const
{
    return m_fromBlueprint->isChecked() ? Start::Blueprint : Start::Scratch;
}

bool CreateFunctionWizard::setRuntime(const QString &id)
{
    const int index = m_runtime->findData(id);
    if (index < 0)
        return false;
    m_runtime->setCurrentIndex(index);
    return true;
}

QString CreateFunctionWizard::runtime() const
{
    return m_runtime->currentData().toString();
}

bool CreateFunctionWizard::selectBlueprint(const QString &id)
{
    const int row = m_blueprints->rowOf(id);
    const Blueprint *b = m_blueprints->blueprintAt(row);
    if (!b || !b->supports(runtimeFamilyOf(runtime())))
        return false;
    m_fromBlueprint->setChecked(true);
    QModelIndex index = m_filter->mapFromSource(m_blueprints->index(row));
    if (!index.isValid()) {
        m_search->clear(); // the search hid it
        index = m_filter->mapFromSource(m_blueprints->index(row));
    }
    m_list->setCurrentIndex(index);
    return currentBlueprint() == b;
}

const Blueprint *CreateFunctionWizard::currentBlueprint() const
{
    if (start() != Start::Blueprint)
        return nullptr;
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return nullptr;
    const Blueprint *b = m_blueprints->blueprintAt(m_filter->mapToSource(current).row());
    return b && b->supports(runtimeFamilyOf(runtime())) ? b : nullptr;
}

QString CreateFunctionWizard::selectedBlueprint() const
{
    const Blueprint *b = currentBlueprint();
    return b ? b->id : QString();
}

void CreateFunctionWizard::onRuntimeChanged()
{
    const QString id = runtime();
    const RuntimeFamily family = runtimeFamilyOf(id);
    m_blueprints->setFamily(family);
    m_onlyLanguage->setText(tr("Only %1").arg(BlueprintListModel::familyDisplayName(family)));
    m_onlyLanguage->setEnabled(family == RuntimeFamily::Python || family == RuntimeFamily::Node);

    QString hint;
    for (const RuntimeInfo &info : std::as_const(m_runtimes)) {
        if (info.id != id)
            continue;
        hint = info.executable.isEmpty()
            ? tr("Runs your own bootstrap executable; no interpreter is involved.")
            : tr("Runs with this machine's %1 (version %2, %3).").arg(info.displayName, info.version, info.executable);
    }
    if (m_runtimes.isEmpty())
        hint = tr("No runtime was found on this machine: install Python 3 or Node.js and restart Lambdesk.");
    m_runtimeHint->setText(hint);

    m_scratchText->setText(WizardTexts::scratchHtml(family));

    // A selected blueprint that lacks the new language is dropped (its row is disabled now)
    // for the first one that has it: switching hello world from Python to Node.js just works.
    // (selectedIndexes() already skips rows that are no longer selectable: ask the current one.)
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && !current.data(BlueprintListModel::AvailableRole).toBool()) {
        m_list->selectionModel()->clear();
        if (start() == Start::Blueprint)
            selectFirstAvailable();
    }
    onBlueprintChanged();
}

void CreateFunctionWizard::onBlueprintChanged()
{
    const Blueprint *b = currentBlueprint();
    if (b) {
        m_memory->setValue(b->memorySize);
        m_timeout->setValue(b->timeout);
        if (!m_nameTouched)
            m_name->setText(uniqueName(b->id));
    } else {
        if (start() == Start::Scratch) {
            m_memory->setValue(validation::kMinMemory);
            m_timeout->setValue(validation::kDefaultTimeout);
        }
        if (!m_nameTouched)
            m_name->clear(); // a suggestion for a blueprint no longer chosen
    }
    updateDetails();
    updateState();
}

QString CreateFunctionWizard::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2; m_taken.contains(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

void CreateFunctionWizard::updateDetails()
{
    const RuntimeFamily family = runtimeFamilyOf(runtime());
    const Blueprint *b = currentBlueprint();
    m_details->setHtml(b ? WizardTexts::blueprintHtml(*b, family) : WizardTexts::noBlueprintHtml(family));
}

QString CreateFunctionWizard::nameError() const
{
    const QString name = m_name->text();
    if (const auto e = validation::functionName(name))
        return e->message;
    if (m_taken.contains(name))
        return tr("FunctionName '%1' is already taken: every function in the workspace needs its own name").arg(name);
    return {};
}

QString CreateFunctionWizard::blocker() const
{
    if (m_creating)
        return tr("Creating…");
    if (m_runtimes.isEmpty() || runtime().isEmpty())
        return tr("No runtime to run the function with");
    if (const QString e = nameError(); !e.isEmpty())
        return e;
    if (start() == Start::Blueprint && !currentBlueprint())
        return tr("Choose a blueprint, or author from scratch");
    if (const auto e = validation::memorySize(m_memory->value()))
        return e->message;
    if (const auto e = validation::timeout(m_timeout->value()))
        return e->message;
    return {};
}

void CreateFunctionWizard::updateState()
{
    const QString error = nameError();
    if (m_name->text().isEmpty() && !m_nameTouched) {
        // Nothing typed yet: state the rule instead of scolding.
        m_nameMessage->setStyleSheet({});
        m_nameMessage->setForegroundRole(QPalette::PlaceholderText);
        m_nameMessage->setText(tr("1 to 64 letters, digits, hyphens (-) or underscores (_), unique in the workspace."));
    } else if (!error.isEmpty()) {
        m_nameMessage->setForegroundRole(QPalette::WindowText);
        m_nameMessage->setStyleSheet(QLatin1StringView(kErrorStyle));
        m_nameMessage->setText(error);
    } else {
        m_nameMessage->setForegroundRole(QPalette::WindowText);
        m_nameMessage->setStyleSheet(QLatin1StringView(kOkStyle));
        m_nameMessage->setText(tr("✓ %1 is available.").arg(m_name->text()));
    }
    QStringList settings;
    if (const auto e = validation::memorySize(m_memory->value()))
        settings << e->message;
    if (const auto e = validation::timeout(m_timeout->value()))
        settings << e->message;
    m_settingsMessage->setText(settings.join(u'\n'));
    m_settingsMessage->setVisible(!settings.isEmpty());

    const QString why = blocker();
    m_create->setEnabled(why.isEmpty());
    // The name's own message already sits next to the field; repeat only other reasons here.
    m_blocker->setText(why == error || why.isEmpty() ? QString() : why);
}

QString CreateFunctionWizard::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CreateFunctionWizard::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

FunctionConfig CreateFunctionWizard::config() const
{
    FunctionConfig c;
    c.name = m_name->text();
    c.runtime = runtime();
    c.memorySize = m_memory->value();
    c.timeout = m_timeout->value();
    if (const Blueprint *b = currentBlueprint()) {
        c.handler = b->handlers.value(runtimeFamilyOf(c.runtime));
        c.environment = b->environment;
        if (!validation::description(b->summary))
            c.description = b->summary;
    }
    return c; // an empty handler: the backend picks the blank code's
}

bool CreateFunctionWizard::create()
{
    if (m_creating)
        return false;
    if (const QString why = blocker(); !why.isEmpty()) {
        m_nameTouched = true; // show the rule in red even if nothing was typed
        updateState();
        setError(tr("Not created: %1").arg(why));
        Q_EMIT creationFailed(why);
        return false;
    }
    if (!m_host)
        return false;
    const FunctionConfig c = config();
    const QString blueprint = selectedBlueprint();
    const CodeSource source = blueprint.isEmpty() ? CodeSource::blank() : CodeSource::blueprint(blueprint);
    m_creating = true;
    setError({});
    updateState();
    m_host->call(
        this, [c, source](Backend &b) { return b.createFunction(c, source); },
        [this, name = c.name](Result<FunctionConfig> r) {
            m_creating = false;
            if (!r) {
                if (r.error().kind == Error::Kind::Conflict)
                    m_taken.insert(name); // created elsewhere meanwhile: the live check knows now
                updateState();
                setError(tr("Not created: %1").arg(r.error().message));
                Q_EMIT creationFailed(r.error().message);
                return;
            }
            Q_EMIT functionCreated(r.value());
            accept();
        });
    return true;
}

} // namespace lambdesk
