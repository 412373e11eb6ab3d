#pragma once

#include "common/functionpage.h"

class QFileSystemModel;
class QLabel;
class QTreeView;

namespace lambdesk {

class CodeEditor;
class ResultPanel;

// The Code tab: the function's files, an editor, Save (deploys to $LATEST) and Test.
class CodePage : public FunctionPage
{
    Q_OBJECT
public:
    explicit CodePage(const ConsoleContext &context, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    void save();
    void openFile(const QString &relativePath);
    QString currentFile() const { return m_file; }
    CodeEditor *editor() const { return m_editor; }
    ResultPanel *results() const { return m_results; }

protected:
    void functionChanged(bool otherFunction) override;

private:
    QString codeDir() const;

    QFileSystemModel *m_files;
    QTreeView *m_tree;
    QLabel *m_fileLabel;
    CodeEditor *m_editor;
    ResultPanel *m_results;
    QString m_file;
};

} // namespace lambdesk
