#pragma once

#include <QWidget>

#include <optional>

namespace lambdesk {

class CodeEditor;
class BreakpointMargin;
class LineMarker;
class NoticeBar;

// One open file of the Code tab: its editor, the line marker for stack-trace jumps, and a
// notice strip for what happened to the file on disk. It remembers what the disk holds, so
// it can tell a change made by another program from its own save.
class EditorDocument : public QWidget
{
    Q_OBJECT
public:
    EditorDocument(const QString &path, const QByteArray &content, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    // After a rename: new path, and the language that goes with it.
    void setPath(const QString &path);
    CodeEditor *editor() const { return m_editor; }
    LineMarker *marker() const { return m_marker; }
    BreakpointMargin *breakpoints() const { return m_breakpoints; }
    NoticeBar *notice() const { return m_notice; }

    // Differs from what is on disk (typed edits, or the user kept theirs over a change on disk).
    bool isModified() const;
    QByteArray content() const;
    QByteArray diskContent() const { return m_disk; }

    // `saved` was written: the disk holds it now; the editor is clean if it still shows it.
    void markSaved(const QByteArray &saved);
    // What another program left on disk (nullopt: the file is gone). Offers a reload when
    // it differs from both the editor and what this document last knew.
    void diskChanged(const std::optional<QByteArray> &content);
    bool hasReloadOffer() const { return m_offer.has_value(); }
    // Takes the offered disk content (keeps the caret line).
    void reload();
    // Keeps the editor's text; it now counts as a change to deploy.
    void keepMine();
    // Back to the disk content (Discard).
    void revert();

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void closeRequested();
    void reloaded();

private:
    void setText(const QByteArray &content);
    void setForcedModified(bool on);

    QString m_path;
    QByteArray m_disk;
    std::optional<QByteArray> m_offer;
    bool m_forcedModified = false;
    bool m_lastModified = false;
    CodeEditor *m_editor;
    LineMarker *m_marker;
    BreakpointMargin *m_breakpoints;
    NoticeBar *m_notice;
};

} // namespace lambdesk
