#include "testpage.h"

#include "backendhost.h"
#include "common/invocationcontroller.h"
#include "debug/debugbutton.h"
#include "debug/debugcontroller.h"
#include "editor/codeeditor.h"
#include "learn/lesson.h"
#include "load/loaddialog.h"
#include "model/validation.h"
#include "results/resultfeed.h"
#include "results/resultpanel.h"
#include "settings.h"
#include "store/catalogs.h"
#include "test/eventform.h"
#include "test/eventjsoneditor.h"
#include "test/invokeoptions.h"
#include "test/templatepicker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace lambdesk {

namespace {

// The AWS console's starting point for a new event.
const char *const kNewEvent = "{\n  \"key1\": \"value1\",\n  \"key2\": \"value2\",\n  \"key3\": \"value3\"\n}\n";

} // namespace

TestPage::TestPage(const ConsoleContext &context, QWidget *parent) : FunctionPage(context, parent)
{
    // A lesson's "Show me" points at this page's tab (learn::highlightTargets).
    setProperty(learn::kTargetProperty, QStringLiteral("tab.test"));
    m_prompt = [this](const QString &text, QMessageBox::StandardButtons buttons) {
        return QMessageBox::question(this, tr("Test event"), text, buttons);
    };
    m_calls = new CallGuard(this);
    m_eventReads = new CallGuard(this);
    m_qualifierReads = new CallGuard(this);
    buildUi();
    updateUi();
    if (m_ctx.host) {
        const auto changed = [this](const QString &fn) {
            if (fn == m_function.name)
                loadQualifiers();
        };
        connect(m_ctx.host->backend(), &Backend::versionsChanged, this, changed);
        connect(m_ctx.host->backend(), &Backend::aliasesChanged, this, changed);
    }
}

void TestPage::loadQualifiers()
{
    m_qualifierReads->invalidate();
    if (m_function.name.isEmpty()) {
        m_options->setQualifiers({});
        return;
    }
    m_ctx.host->call(
        m_qualifierReads,
        [name = m_function.name](Backend &b) {
            QStringList q{QStringLiteral("$LATEST")};
            if (auto versions = b.listVersions(name); versions.ok()) {
                for (auto it = versions.value().crbegin(); it != versions.value().crend(); ++it)
                    q.append(it->version()); // newest first
            }
            if (auto aliases = b.listAliases(name); aliases.ok()) {
                for (const FunctionAlias &a : aliases.value())
                    q.append(a.name);
            }
            return q;
        },
        [this](const QStringList &q) {
            m_options->setQualifiers(q);
            Q_EMIT qualifiersLoaded();
        });
}

void TestPage::buildUi()
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true); // a long event name wraps instead of widening the window
    m_delete = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this);
    m_delete->setToolTip(tr("Delete this saved event"));
    m_saveButton = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save"), this);
    m_saveButton->setToolTip(tr("Save the event under its name"));
    m_options = new InvokeOptions(this);
    m_invoke = new QPushButton(QIcon(QStringLiteral(":/icons/invoke.svg")), tr("Test"), this);
    m_invoke->setProperty(learn::kTargetProperty, QStringLiteral("test.invoke"));
    // "Test", as the Lambda console calls it (and the Code tab's button).
    m_invoke->setToolTip(tr("Invoke the function with this event (Ctrl+Enter)"));
    m_invoke->setDefault(true);
    m_load = new QPushButton(tr("Run load…"), this);
    m_load->setToolTip(tr("Invoke the function many times at once with this event: concurrency, throttles and "
                          "durations, live"));
    auto *header = new QHBoxLayout;
    m_header = header;
    // The title takes the room the buttons leave where it fits there on one line; on a narrow
    // page (a projector, a dock beside) it moves above them (placeTitle), and wraps only there.
    m_title->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    header->addWidget(m_title, 1);
    header->addWidget(m_delete);
    header->addWidget(m_saveButton);
    header->addSpacing(12);
    header->addWidget(m_options);
    header->addWidget(m_invoke);
    if (m_ctx.debugger) {
        m_debug = makeDebugButton(m_ctx.debugger, this);
        header->addWidget(m_debug);
        connect(m_debug, &QToolButton::clicked, this, &TestPage::debug);
    }
    header->addWidget(m_load);

    m_form = new EventForm(this);
    m_events = m_form->events();
    m_templates = m_form->templates();
    m_name = m_form->nameEdit();

    m_formMessage = makeErrorLabel(this);
    m_json = new EventJsonEditor(this);
    m_json->setProperty(learn::kTargetProperty, QStringLiteral("test.event"));
    m_editor = m_json->editor();
    m_editor->setMinimumHeight(m_editor->fontMetrics().height() * 3); // a short screen: three lines at least

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    m_top = top;
    m_topLayout = topLayout;
    top->installEventFilter(this); // its width places the title
    topLayout->setContentsMargins(4, 4, 4, 0);
    topLayout->addLayout(header);
    topLayout->addWidget(m_formMessage);
    topLayout->addWidget(m_form);
    topLayout->addWidget(m_json, 1);

    m_results = new ResultPanel(this);
    m_feed = new ResultFeed(m_results, m_ctx.invocations, m_ctx.settings, this);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(top);
    m_split->addWidget(m_results);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    m_split->restoreState(m_ctx.settings->value(settings::testSplitter));
    connect(m_split, &QSplitter::splitterMoved, this,
            [this] { m_ctx.settings->setValue(settings::testSplitter, m_split->saveState()); });

    connect(m_invoke, &QPushButton::clicked, this, &TestPage::invoke);
    connect(m_load, &QPushButton::clicked, this, &TestPage::openLoadDialog);
    connect(m_saveButton, &QPushButton::clicked, this, &TestPage::save);
    connect(m_delete, &QPushButton::clicked, this, &TestPage::deleteEvent);
    connect(m_form->createButton(), &QRadioButton::clicked, this, [this] {
        if (!m_creating)
            newEvent();
    });
    connect(m_form->editButton(), &QRadioButton::clicked, this, [this] {
        if (m_creating)
            openEvent(m_events->current().isNull() ? m_events->first() : m_events->current());
    });
    connect(m_events, &SavedEventCombo::eventChosen, this, [this](const EventRef &ref, const EventRef &previous) {
        whenLeft([this, ref] { readEvent(ref); }, [this, previous] { m_events->select(previous); });
    });
    connect(m_templates, &TemplatePicker::templateChosen, this, &TestPage::applyTemplate);
    connect(m_form, &EventForm::changed, this, [this] {
        setFormMessage({}); // about the last Save; the user is changing what it was about
        updateUi();
    });
    connect(m_json, &EventJsonEditor::checked, this, &TestPage::updateUi);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (m_loading || m_function.name.isEmpty())
            return;
        setFormMessage({});
        // Ctrl+Enter anywhere (and the Code tab's Test button) sends what is here, once it is JSON.
        if (m_json->isValid())
            m_ctx.invocations->setCurrentEvent(m_function.name, eventLabel(), m_editor->text().toUtf8());
    });
}

void TestPage::functionChanged(bool otherFunction)
{
    if (!otherFunction)
        return;
    loadQualifiers();
    if (!m_shown.isEmpty()) {
        if (isDirty())
            m_drafts.insert(m_shown, captureDraft());
        else
            m_drafts.remove(m_shown);
    }
    m_shown = m_function.name;
    m_calls->invalidate();
    m_eventReads->invalidate();
    // Nothing of the previous function stays on screen while this one's events are read.
    m_creating = true;
    m_saved = {};
    m_name->clear();
    m_loading = true;
    m_editor->clear();
    m_loading = false;
    m_baseline.clear();
    setFormMessage({});
    m_feed->setFunction(m_function.name, m_ctx.host->codeDir(m_function.name));
    if (m_function.name.isEmpty()) {
        m_events->setEvents({}, {});
        startNew(QString());
        return;
    }
    const QString fn = m_function.name;
    reloadEvents([this, fn] {
        if (const auto it = m_drafts.constFind(fn); it != m_drafts.cend())
            restoreDraft(*it);
        else
            chooseInitialEvent();
    });
}

void TestPage::reloadEvents(std::function<void()> then)
{
    const QString fn = m_function.name;
    m_ctx.host->call(
        m_calls, [fn](Backend &b) { return std::make_pair(b.eventNames(fn), b.eventNames(QString())); },
        [this, then = std::move(then)](std::pair<QStringList, QStringList> names) {
            m_events->setEvents(names.first, names.second);
            if (!m_creating && !m_events->select(m_saved))
                m_events->select(m_events->first());
            updateUi();
            Q_EMIT eventsReloaded();
            if (then)
                then();
        });
}

void TestPage::chooseInitialEvent()
{
    const EventRef remembered = EventRef::fromKey(m_ctx.settings->value(settings::lastTestEvent.of(m_function.name)));
    if (m_events->contains(remembered))
        readEvent(remembered);
    else if (!m_events->first().isNull() && !m_events->privateNames().isEmpty())
        readEvent(m_events->first());
    else
        startNew(QString::fromLatin1(kNewEvent));
}

void TestPage::readEvent(const EventRef &ref)
{
    if (ref.isNull())
        return;
    const QString fn = m_function.name;
    m_eventReads->invalidate(); // only the latest read counts
    m_ctx.host->call(
        m_eventReads, [fn, ref](Backend &b) { return b.readEvent(ref.shared ? QString() : fn, ref.name); },
        [this, ref](Result<QByteArray> r) {
            if (!r) {
                setFormMessage(r.error().message);
                return;
            }
            setFormMessage({});
            m_creating = false;
            m_saved = ref;
            m_events->select(ref);
            m_name->setText(ref.name);
            m_form->setShared(ref.shared);
            setEditorText(QString::fromUtf8(r.value()));
            rememberChoice(ref);
            updateUi();
            Q_EMIT eventOpened(ref);
        });
}

void TestPage::startNew(const QString &text)
{
    m_creating = true;
    m_saved = {};
    m_name->clear();
    m_form->setShared(false);
    m_templates->reset();
    setEditorText(text);
    updateUi();
}

void TestPage::setEditorText(const QString &text)
{
    m_loading = true;
    m_editor->setText(text);
    m_loading = false;
    m_baseline = m_editor->text();
    if (!m_function.name.isEmpty())
        m_ctx.invocations->setCurrentEvent(m_function.name, eventLabel(), m_editor->text().toUtf8());
}

void TestPage::newEvent()
{
    whenLeft([this] { startNew(QString::fromLatin1(kNewEvent)); }, [this] { updateUi(); });
}

void TestPage::openEvent(const EventRef &ref)
{
    if (ref.isNull()) {
        updateUi();
        return;
    }
    whenLeft([this, ref] { readEvent(ref); },
             [this] {
                 m_events->select(m_saved);
                 updateUi();
             });
}

void TestPage::whenLeft(const std::function<void()> &proceed, const std::function<void()> &cancelled)
{
    if (!isDirty()) {
        proceed();
        return;
    }
    const QString what = m_creating ? tr("The new event has unsaved changes.")
                                    : tr("The test event “%1” has unsaved changes.").arg(m_saved.name);
    switch (m_prompt(what + u' ' + tr("Save them before switching?"),
                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel)) {
    case QMessageBox::Save:
        saveThen(proceed, cancelled); // a refused save (name, JSON, limit) stays here, message shown
        return;
    case QMessageBox::Discard: proceed(); return;
    default: cancelled(); return;
    }
}

void TestPage::applyTemplate(const QString &id)
{
    const EventTemplate *t = catalogs::eventTemplate(id);
    if (!t)
        return;
    if (m_editor->text() != m_baseline
        && m_prompt(tr("Replace the edited event JSON with the template “%1”?").arg(t->displayTitle()),
                    QMessageBox::Yes | QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    setEditorText(QString::fromUtf8(t->content()));
    updateUi();
}

void TestPage::formatEvent()
{
    m_json->format();
}

void TestPage::save()
{
    saveThen({}, {});
}

void TestPage::saveThen(std::function<void()> after, std::function<void()> failed)
{
    if (m_function.name.isEmpty())
        return;
    const auto refuse = [this, &failed](const QString &message) {
        setFormMessage(message);
        Q_EMIT saveFinished(false);
        if (failed)
            failed();
    };
    setFormMessage({});
    const QString name = m_form->name();
    if (const auto e = validation::eventName(name)) {
        m_name->setFocus();
        refuse(e->message);
        return;
    }
    if (!m_json->isValid()) {
        refuse(tr("The event JSON is not valid, so it cannot be saved. %1").arg(m_json->errorMessage()));
        return;
    }
    const EventRef target{m_form->isShared(), name};
    const EventRef source = m_creating ? EventRef{} : m_saved;
    if (target != source && m_events->contains(target)) {
        refuse(
            target.shared
                ? tr("A shareable event named “%1” already exists; choose another name, or edit that event.").arg(name)
                : tr("This function already has a private event named “%1”; choose another name, or edit that event.")
                      .arg(name));
        return;
    }
    const QString fn = m_function.name;
    const QString text = m_editor->text();
    m_ctx.host->call(
        m_calls,
        [fn, target, source, payload = text.toUtf8()](Backend &b) -> Status {
            const QString to = target.shared ? QString() : fn;
            if (source.isNull() || source == target)
                return b.saveEvent(to, target.name, payload);
            // A rename or a change of sharing: one action, the old one goes once the new one is written.
            return b.renameEvent(source.shared ? QString() : fn, source.name, to, target.name, payload);
        },
        [this, target, source, text, after = std::move(after), failed = std::move(failed)](Status s) {
            if (!s) {
                setFormMessage(s.error().message);
                Q_EMIT statusMessage(s.error().message, 8000);
                Q_EMIT saveFinished(false);
                if (failed)
                    failed();
                return;
            }
            m_creating = false;
            m_saved = target;
            m_baseline = text;
            rememberChoice(target);
            Q_EMIT statusMessage(source.isNull() || source == target
                                     ? tr("Saved test event %1").arg(target.name)
                                     : tr("Saved test event %1 (was %2)").arg(target.name, source.name));
            reloadEvents([this, after] {
                Q_EMIT saveFinished(true);
                if (after)
                    after();
            });
        });
}

void TestPage::deleteEvent()
{
    if (m_creating || m_saved.isNull())
        return;
    const EventRef ref = m_saved;
    const QString question = ref.shared
        ? tr("Delete the shareable test event “%1”? Every function loses it; this cannot be undone.").arg(ref.name)
        : tr("Delete the private test event “%1”? This cannot be undone.").arg(ref.name);
    if (m_prompt(question, QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const QString fn = m_function.name;
    m_ctx.host->call(
        this, [fn, ref](Backend &b) { return b.deleteEvent(ref.shared ? QString() : fn, ref.name); },
        [this, ref](Status s) {
            if (!s) {
                setFormMessage(s.error().message);
                return;
            }
            Q_EMIT statusMessage(tr("Deleted test event %1").arg(ref.name), 5000);
            m_saved = {};
            m_baseline = m_editor->text(); // deleted on purpose: nothing left to ask about
            reloadEvents([this] {
                if (m_events->isEmpty())
                    startNew(QString::fromLatin1(kNewEvent));
                else
                    readEvent(m_events->first());
            });
        });
}

void TestPage::invoke()
{
    if (m_function.name.isEmpty())
        return;
    if (!m_json->isValid()) {
        m_json->refuse(tr("Cannot invoke: the event is not valid JSON."));
        Q_EMIT statusMessage(tr("The event is not valid JSON: %1").arg(m_json->errorMessage()), 6000);
        return;
    }
    const QByteArray payload = m_editor->text().toUtf8();
    m_ctx.invocations->setCurrentEvent(m_function.name, eventLabel(), payload);
    m_ctx.invocations->invoke(m_function.name, payload, m_options->qualifier(), m_options->type());
}

void TestPage::debug()
{
    if (m_function.name.isEmpty() || !m_ctx.debugger)
        return;
    if (!m_json->isValid()) {
        m_json->refuse(tr("Cannot debug: the event is not valid JSON."));
        Q_EMIT statusMessage(tr("The event is not valid JSON: %1").arg(m_json->errorMessage()), 6000);
        return;
    }
    const QByteArray payload = m_editor->text().toUtf8();
    m_ctx.invocations->setCurrentEvent(m_function.name, eventLabel(), payload);
    m_ctx.debugger->debug(m_function.name, m_function.runtime, payload);
}

LoadDialog *TestPage::openLoadDialog()
{
    if (m_function.name.isEmpty())
        return nullptr;
    const QString qualifier = m_options->qualifier().isEmpty() ? QStringLiteral("$LATEST") : m_options->qualifier();
    if (m_loadDialog && m_loadDialog->function() == m_function.name && m_loadDialog->qualifier() == qualifier) {
        m_loadDialog->raise();
        m_loadDialog->activateWindow();
        return m_loadDialog;
    }
    auto *dialog = new LoadDialog(m_ctx, m_function.name, qualifier, m_editor->text().toUtf8(), eventLabel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_loadDialog = dialog;
    dialog->show();
    return dialog;
}

bool TestPage::isDirty() const
{
    if (m_function.name.isEmpty())
        return false;
    if (m_editor->text() != m_baseline)
        return true;
    return !m_creating && (m_form->name() != m_saved.name || m_form->isShared() != m_saved.shared);
}

QRadioButton *TestPage::privateButton() const
{
    return m_form->privateButton();
}

QRadioButton *TestPage::shareableButton() const
{
    return m_form->shareableButton();
}

bool TestPage::hasUnsavedChanges() const
{
    return isDirty() || !m_drafts.isEmpty();
}

QString TestPage::jsonMessage() const
{
    return m_json->message();
}

QString TestPage::formMessage() const
{
    return m_formMessage->isHidden() ? QString() : m_formMessage->text();
}

void TestPage::setFormMessage(const QString &text)
{
    m_formMessage->setText(text);
    m_formMessage->setVisible(!text.isEmpty());
}

QString TestPage::eventLabel() const
{
    return m_creating ? QString() : m_saved.name;
}

void TestPage::rememberChoice(const EventRef &ref)
{
    m_ctx.settings->setValue(settings::lastTestEvent.of(m_function.name), ref.key());
}

void TestPage::updateUi()
{
    const bool have = !m_function.name.isEmpty();
    const bool jsonOk = m_json->isValid();
    const QString name = m_form->name();

    m_form->setCreating(m_creating);
    m_form->refresh();
    m_delete->setVisible(!m_creating);
    m_saveButton->setEnabled(have && jsonOk && !name.isEmpty() && !m_form->nameError());
    m_saveButton->setToolTip(!jsonOk              ? tr("Fix the event JSON to save it")
                                 : name.isEmpty() ? tr("Give the event a name to save it")
                                                  : tr("Save the event under its name"));
    m_invoke->setEnabled(have && jsonOk);
    m_load->setEnabled(have && jsonOk);

    const QString what = m_creating ? tr("New event") : m_saved.name.toHtmlEscaped();
    m_title->setText(tr("<b>Test event</b> — %1%2").arg(what, isDirty() ? tr(" <i>(unsaved changes)</i>") : QString()));
    placeTitle();
}

bool TestPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_top && event->type() == QEvent::Resize)
        placeTitle();
    return FunctionPage::eventFilter(watched, event);
}

void TestPage::placeTitle()
{
    // What the buttons take (hidden ones take nothing), with the layout's spacing between them.
    int buttons = 0;
    int items = 0;
    for (int i = 0; i < m_header->count(); ++i) {
        QLayoutItem *item = m_header->itemAt(i);
        if (item->widget() == m_title)
            continue;
        buttons += item->sizeHint().width();
        items += item->widget() && !item->isEmpty() ? 1 : 0;
    }
    buttons += m_header->spacing() * items;
    QTextDocument line;
    line.setDocumentMargin(0);
    line.setDefaultFont(m_title->font());
    line.setHtml(m_title->text());
    const QMargins margins = m_topLayout->contentsMargins();
    const int room = m_top->width() - margins.left() - margins.right();
    const bool above = std::ceil(line.idealWidth()) + buttons > room;
    if (above == m_titleAbove)
        return;
    m_titleAbove = above;
    if (above) {
        m_header->removeWidget(m_title);
        m_topLayout->insertWidget(0, m_title);
    } else {
        m_topLayout->removeWidget(m_title);
        m_header->insertWidget(0, m_title, 1);
    }
}

TestPage::Draft TestPage::captureDraft() const
{
    return Draft{m_creating, m_saved, m_name->text(), m_form->isShared(), m_editor->text(), m_baseline};
}

void TestPage::restoreDraft(const Draft &d)
{
    m_creating = d.creating;
    m_saved = d.saved;
    if (!m_creating)
        m_events->select(d.saved);
    m_name->setText(d.name);
    m_form->setShared(d.shared);
    m_loading = true;
    m_editor->setText(d.text);
    m_loading = false;
    m_baseline = d.baseline;
    m_drafts.remove(m_function.name);
    updateUi();
}

} // namespace lambdesk
