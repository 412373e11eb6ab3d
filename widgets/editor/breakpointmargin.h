#pragma once

#include "debug/debugtypes.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QMenu;
class QPoint;

namespace lambdesk {

class CodeEditor;

// The breakpoints of one open file, in the editor's symbol margin (margin 1): a click toggles a
// breakpoint on the line; the context menu on a marker edits its condition or log message (a
// logpoint), disables/enables or removes it. Each kind has its own symbol, drawn for the theme
// (enabled, disabled, conditional, logpoint). Markers are Scintilla marker handles, so the
// breakpoints follow the lines as the text is edited; changed() then gives the new lines.
//
// It also shows the debugger's execution point: an arrow and a tinted line where the
// invocation is stopped (setExecutionLine), scrolled into view.
//
// The file's path is the caller's business: the breakpoints here carry `file` as given to
// setBreakpoints / setFile.
class BreakpointMargin : public QObject
{
    Q_OBJECT
public:
    // Asks the user for a text (a condition, a log message); nullopt: cancelled. Tests
    // replace it to answer without a modal dialog.
    using Prompt = std::function<std::optional<QString>(const QString &title, const QString &label,
                                                        const QString &text)>;
    static constexpr int kMargin = 1;

    explicit BreakpointMargin(CodeEditor *editor);

    void setFile(const QString &file);
    QString file() const { return m_file; }
    // Replaces the shown breakpoints (those of this file; others are ignored). No changed().
    void setBreakpoints(const QList<debug::Breakpoint> &breakpoints);
    // Sorted by line, lines as they are now (after edits).
    QList<debug::Breakpoint> breakpoints() const;
    // Runs change (a reload of the whole text), keeping the breakpoints on their line numbers
    // (replacing the text would gather every marker on line 1). No changed().
    void keepLinesWhile(const std::function<void()> &change);
    // The breakpoint on a 1-based line, if any.
    std::optional<debug::Breakpoint> breakpointAt(int line) const;

    // The user's actions (also what the margin's click and menu do); each emits changed().
    void toggle(int line);
    void setCondition(int line, const QString &condition);
    void setLogMessage(int line, const QString &message);
    void setEnabled(int line, bool enabled);
    void remove(int line);
    // The menu for the breakpoint on a line (nullptr when there is none); the caller owns it.
    QMenu *contextMenu(int line, QWidget *parent);
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    // The execution point (1-based; 0 clears it).
    void setExecutionLine(int line);
    int executionLine() const;
    // Greyed while the session runs (the line is where it was, not where it is).
    void setExecutionStale(bool stale);

    // The marker numbers (tests look at what is drawn on a line).
    enum class Symbol { Enabled, Disabled, Conditional, Logpoint };
    int markerNumber(Symbol symbol) const;
    int executionMarkers() const; // a mask: the arrow and the background

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The user added, removed or changed a breakpoint, or edits moved them: breakpoints().
    void changed();

private:
    struct Entry
    {
        debug::Breakpoint breakpoint;
        int handle = -1;
    };
    Symbol symbolFor(const debug::Breakpoint &bp) const;
    void place(Entry &entry, int line0);
    void unplace(Entry &entry);
    int indexAt(int line) const;
    // The entry of `line`, made (an enabled breakpoint) when there is none; -1 if it cannot be.
    int indexMaking(int line);
    // Reads the lines back from the marker handles; true when any moved.
    bool syncLines();
    void drawSymbols();
    void showMenu(int line);
    void edit(int line, bool logMessage);

    CodeEditor *m_editor;
    QString m_file;
    QList<Entry> m_entries;
    int m_markers[4] = {-1, -1, -1, -1};
    int m_arrow = -1;
    int m_background = -1;
    int m_executionHandle = -1;
    bool m_stale = false;
    bool m_holding = false;
    Prompt m_prompt;
};

} // namespace lambdesk
