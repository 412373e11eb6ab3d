#pragma once

#include "common/functionpage.h"
#include "test/savedeventcombo.h"

#include <QHash>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSplitter;
class QToolButton;

namespace lambdesk {

class CodeEditor;
class EventForm;
class InvokeOptions;
class EventJsonEditor;
class CallGuard;
class LoadDialog;
class ResultFeed;
class ResultPanel;
class TemplatePicker;

// The Test tab, as the Lambda console's: create a new event (from a template) or edit a saved
// one, private (at most 10 per function) or shareable (every function); Format, Save, Delete;
// Invoke with the chosen qualifier and invocation type; the results below. Edits are never
// lost: switching events asks, switching functions keeps a draft.
class TestPage : public FunctionPage
{
    Q_OBJECT
public:
    // Asks the user; tests replace it to answer without a modal dialog.
    using Prompt =
        std::function<QMessageBox::StandardButton(const QString &text, QMessageBox::StandardButtons buttons)>;

    explicit TestPage(const ConsoleContext &context, QWidget *parent = nullptr);

    void invoke();
    // Invokes with this event under the debugger (the Debug button, Ctrl+F5).
    void debug();
    // "Run load…": a load dialog for this function, its qualifier and this event (the one
    // already open for them is raised). Null when no function is shown.
    LoadDialog *openLoadDialog();
    void save();
    void deleteEvent();
    void formatEvent();
    // "Create new event" (asks first if the current event has unsaved edits).
    void newEvent();
    // Opens a saved event (asks first if the current event has unsaved edits).
    void openEvent(const EventRef &ref);
    bool hasUnsavedChanges() const override;
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    bool isCreating() const { return m_creating; }
    EventRef savedEvent() const { return m_saved; }
    bool isDirty() const;
    QString jsonMessage() const;
    QString formMessage() const;

    CodeEditor *eventEditor() const { return m_editor; }
    ResultPanel *results() const { return m_results; }
    QLineEdit *nameEdit() const { return m_name; }
    SavedEventCombo *savedEvents() const { return m_events; }
    TemplatePicker *templates() const { return m_templates; }
    QRadioButton *privateButton() const;
    QRadioButton *shareableButton() const;
    // The title ("Test event — NAME") and whether it stands above the buttons (the row is too
    // narrow for it on one line beside them) rather than beside them.
    QLabel *title() const { return m_title; }
    bool titleAbove() const { return m_titleAbove; }
    QPushButton *invokeButton() const { return m_invoke; }
    QPushButton *loadButton() const { return m_load; }
    // Null without a debug controller in the context.
    QToolButton *debugButton() const { return m_debug; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *deleteButton() const { return m_delete; }
    InvokeOptions *invokeOptions() const { return m_options; }

Q_SIGNALS:
    // The qualifier list was read again ($LATEST, the versions, the aliases).
    void qualifiersLoaded();
    // The saved events were read again (after opening a function, saving, deleting).
    void eventsReloaded();
    // A saved event's JSON is in the editor.
    void eventOpened(const lambdesk::EventRef &ref);
    void saveFinished(bool ok);

protected:
    void functionChanged(bool otherFunction) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What the form holds for a function the user left with unsaved edits.
    struct Draft
    {
        bool creating = true;
        EventRef saved;
        QString name;
        bool shared = false;
        QString text;
        QString baseline;
    };
    void buildUi();
    void reloadEvents(std::function<void()> then);
    // Offers $LATEST, the function's versions and its aliases.
    void loadQualifiers();
    void chooseInitialEvent();
    void readEvent(const EventRef &ref);
    void startNew(const QString &text);
    void saveThen(std::function<void()> after, std::function<void()> failed);
    // Runs proceed once the current edits may be replaced (unchanged, saved or discarded).
    void whenLeft(const std::function<void()> &proceed, const std::function<void()> &cancelled);
    void applyTemplate(const QString &id);
    void setEditorText(const QString &text);
    void setFormMessage(const QString &text);
    void updateUi();
    // The title beside the buttons where it fits there on one line, above them where not.
    void placeTitle();
    void rememberChoice(const EventRef &ref);
    Draft captureDraft() const;
    void restoreDraft(const Draft &draft);
    QString eventLabel() const;

    Prompt m_prompt;
    bool m_creating = true;
    EventRef m_saved;
    QString m_baseline;
    QString m_shown;             // the function the form belongs to
    CallGuard *m_calls;          // invalidated when another function is shown
    CallGuard *m_qualifierReads; // invalidated when another function is shown
    CallGuard *m_eventReads;     // invalidated when another event is read (or function shown)
    bool m_loading = false;
    QHash<QString, Draft> m_drafts;

    EventForm *m_form;
    SavedEventCombo *m_events;   // the form's, used often
    TemplatePicker *m_templates; // the form's
    QLineEdit *m_name;           // the form's
    QLabel *m_title;
    bool m_titleAbove = false;
    QWidget *m_top;           // the event's half of the splitter
    QVBoxLayout *m_topLayout; // m_top's
    QHBoxLayout *m_header;    // the buttons' row
    QLabel *m_formMessage;
    EventJsonEditor *m_json;
    CodeEditor *m_editor; // m_json's
    InvokeOptions *m_options;
    QPushButton *m_delete;
    QPushButton *m_saveButton;
    QPushButton *m_invoke;
    QPushButton *m_load;
    QToolButton *m_debug = nullptr;
    QPointer<LoadDialog> m_loadDialog;
    QSplitter *m_split;
    ResultPanel *m_results;
    ResultFeed *m_feed;
};

} // namespace lambdesk
