// The Code tab against a real backend on its thread, in a temporary workspace with the demo
// functions: edit and save (deploy), file operations, changes made by other programs,
// stack-trace jumps, unsaved changes when switching functions, and MainWindow's Ctrl+S.
#include "backendhost.h"
#include "code/codepage.h"
#include "code/codetreemodel.h"
#include "code/documentloader.h"
#include "code/editordocument.h"
#include "code/editortabs.h"
#include "code/fileoperations.h"
#include "code/filetreepanel.h"
#include "code/noticebar.h"
#include "code/pathdialog.h"
#include "common/invocationcontroller.h"
#include "editor/codeeditor.h"
#include "editor/findreplacebar.h"
#include "editor/gotolinebar.h"
#include "editor/linemarker.h"
#include "mainwindow.h"
#include "results/resultpanel.h"
#include "settings.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include <algorithm>

#include "widgettestsupport.h"

using namespace lambdesk;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile f(path); // as editors save: a new file renamed over the old one
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    QVERIFY(f.commit());
}

// Answers the next message box with `button` once it is shown: an application event filter
// hears its Show event (no polling), and the click is queued so that it lands in the box's
// own loop (exec()) or the next one (open()).
class MessageBoxAnswer : public QObject
{
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button) : m_button(button) { qApp->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Show)
            return false;
        auto *box = qobject_cast<QMessageBox *>(watched);
        if (!box)
            return false;
        qApp->removeEventFilter(this);
        QMetaObject::invokeMethod(
            box, [box, button = m_button] { box->button(button)->click(); }, Qt::QueuedConnection);
        deleteLater();
        return false;
    }

private:
    QMessageBox::StandardButton m_button;
};

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    new MessageBoxAnswer(button); // deletes itself once it has answered
}

} // namespace

class TestCodePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void opensHandlerFileWithTree();
    void editAndSaveDeploys();
    void saveRetiresWarmEnvironmentsAndSaysSo();
    void retiredNewsNotLostToAConcurrentRehash();
    void deployButtonSavesEveryChangedFile();
    void testButtonWarnsAboutChangesNotDeployed();
    void savingInvalidJsonWarnsAndMarksTheLine();
    void newRenameDeleteFile();
    void fileOperationErrorsAreShown();
    void dialogsValidateAsYouType();
    void renamingTheHandlerWarns();
    void externalChangeOfferedForReload();
    void externalChangeWithLocalEditsCanKeepMine();
    void externalDeleteNoticed();
    void goToLineAndFindReplaceInPage();
    void showSourceLocationOpensAndMarks();
    void stackTraceOfRealErrorMarksLineWithMessage();
    void switchingFunctionKeepsChanges();
    void deletedFunctionLeavesNothingKept();
    void maybeSaveChangesDiscardAndCancel();
    void closingDirtyTabAsks();
    void mainWindowCtrlSSavesThroughCodePage();

private:
    template<typename Work>
    auto callSync(Work work);
    FunctionConfig function(const QString &name);
    void show(const QString &name);
    QString codeDir(const QString &name) const { return m_env->host->codeDir(name); }

    std::unique_ptr<widgettestsupport::StartedHost> m_env;
    std::unique_ptr<CodePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

template<typename Work>
auto TestCodePage::callSync(Work work)
{
    auto out = widgettestsupport::callAndWait(*m_env->host, std::move(work));
    if (!out)
        qFatal("the backend did not answer");
    return std::move(*out);
}

FunctionConfig TestCodePage::function(const QString &name)
{
    auto r = callSync([name](Backend &b) { return b.getFunction(name); });
    if (!r)
        qFatal("no function %s", qPrintable(name));
    return r.value();
}

void TestCodePage::show(const QString &name)
{
    QSignalSpy opened(m_page.get(), &CodePage::fileOpened);
    m_page->setFunction(function(name));
    QVERIFY(opened.wait(20000));
}

void TestCodePage::init()
{
    m_env = std::make_unique<widgettestsupport::StartedHost>();
    m_page = std::make_unique<CodePage>(m_env->context());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->treeModel(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1100, 750);
    m_page->show();
    show(u"hello-python"_qs);
}

void TestCodePage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_env.reset(); // stops every runtime process
}

void TestCodePage::opensHandlerFileWithTree()
{
    QCOMPARE(m_page->currentFile(), u"lambda_function.py"_qs);
    QVERIFY(m_page->editor());
    QCOMPARE(m_page->editor()->language(), CodeEditor::Language::Python);
    QCOMPARE(m_page->editor()->text().toUtf8(), readFile(codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs));
    QVERIFY(!m_page->editor()->isModified());
    if (!m_page->treeModel()->contains(u"lambda_function.py"_qs)) {
        QSignalSpy refreshed(m_page.get(), &CodePage::treeRefreshed);
        QVERIFY(refreshed.wait(20000));
    }
    const QModelIndex handler = m_page->treeModel()->indexOf(u"lambda_function.py"_qs);
    QVERIFY(handler.isValid());
    QVERIFY(handler.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(m_page->fileTree()->view()->currentIndex(), handler);
    QVERIFY(!m_page->hasUnsavedChanges());
    QVERIFY(m_page->tabs()->positionText().startsWith(u"Ln 1, Col 1 · Python"_qs));
}

void TestCodePage::editAndSaveDeploys()
{
    const QString path = codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs;
    const QString shaBefore = function(u"hello-python"_qs).codeSha256;
    CodeEditor *editor = m_page->editor();
    editor->setCursorPosition(editor->lines() - 1, 0);
    editor->insert(QStringLiteral("\n# edited in the Code tab\n"));
    QVERIFY(editor->isModified());
    QVERIFY(m_page->tabs()->tabText(u"lambda_function.py"_qs).startsWith(u"● "_qs));
    QVERIFY(m_page->changesHint().contains(u"Changes not deployed"_qs));
    QVERIFY(m_page->treeModel()->indexOf(u"lambda_function.py"_qs).data().toString().endsWith(u"●"_qs));
    QVERIFY(m_page->hasUnsavedChanges());

    QSignalSpy saved(m_page.get(), &CodePage::saved);
    m_page->save();
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.at(0).at(0).toString(), u"lambda_function.py"_qs);
    QVERIFY(saved.at(0).at(1).toBool());
    QVERIFY(readFile(path).endsWith("# edited in the Code tab\n"));
    QCOMPARE(readFile(path), editor->text().toUtf8());
    QVERIFY(!editor->isModified());
    QCOMPARE(m_page->tabs()->tabText(u"lambda_function.py"_qs), u"lambda_function.py"_qs);
    QVERIFY(m_page->changesHint().isEmpty());
    QVERIFY(!m_page->hasUnsavedChanges());
    QVERIFY(m_page->notice()->text().contains(u"Deployed lambda_function.py"_qs));
    QVERIFY(m_page->notice()->text().contains(u"$LATEST"_qs));
    const FunctionConfig after = function(u"hello-python"_qs);
    QVERIFY(after.codeSha256 != shaBefore);

    // Saving again without changes deploys nothing and says so.
    m_page->save();
    QVERIFY(m_page->notice()->text().contains(u"no changes to deploy"_qs));
    QCOMPARE(function(u"hello-python"_qs).lastModified, after.lastModified);
}

void TestCodePage::saveRetiresWarmEnvironmentsAndSaysSo()
{
    QSignalSpy finished(m_env->invocations.get(), &InvocationController::invocationFinished);
    m_env->invocations->invoke(u"hello-python"_qs, "{\"name\":\"Ada\"}");
    QVERIFY(finished.wait(30000));
    QCOMPARE(callSync([](Backend &b) { return b.environments(u"hello-python"_qs).idle; }), 1);

    // Heard on this thread (queued), as the console hears it.
    QStringList retired;
    QObject relay;
    connect(m_env->host->backend(), &Backend::environmentsRetired, &relay,
            [&retired](const QString &function, const QString &) { retired.append(function); });
    m_page->editor()->insertAt(QStringLiteral("# warm no more\n"), 8, 0);
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    m_page->save();
    QVERIFY(saved.wait(20000));
    QCOMPARE(retired, QStringList{u"hello-python"_qs});
    QVERIFY2(m_page->notice()->text().contains(u"warm environments were retired"_qs),
             qPrintable(m_page->notice()->text()));
    QVERIFY(m_page->notice()->text().contains(u"starts cold"_qs));
    QCOMPARE(callSync([](Backend &b) { return b.environments(u"hello-python"_qs).idle; }), 0);
}

// Saving atomically changes the folder, so the folder watcher asks the backend to re-hash the
// code while the save is still being answered. Under load that re-hash was under way when the
// save's answer came, and the save's "retired" news was dropped. Here the re-hash is asked for
// right after the save, as the watcher does, so the order is certain.
void TestCodePage::retiredNewsNotLostToAConcurrentRehash()
{
    QSignalSpy finished(m_env->invocations.get(), &InvocationController::invocationFinished);
    m_env->invocations->invoke(u"hello-python"_qs, "{\"name\":\"Ada\"}");
    QVERIFY(finished.wait(30000));
    QCOMPARE(callSync([](Backend &b) { return b.environments(u"hello-python"_qs).idle; }), 1);

    auto *loader = m_page->findChild<DocumentLoader *>();
    QVERIFY(loader);
    m_page->editor()->insertAt(QStringLiteral("# rehashed too\n"), 8, 0);
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    m_page->save();
    Q_EMIT loader->codeTouched(false);
    QVERIFY(saved.wait(20000));
    QVERIFY2(m_page->notice()->text().contains(u"warm environments were retired"_qs),
             qPrintable(m_page->notice()->text()));
    QCOMPARE(callSync([](Backend &b) { return b.environments(u"hello-python"_qs).idle; }), 0);
}

void TestCodePage::deployButtonSavesEveryChangedFile()
{
    const QString root = codeDir(u"hello-python"_qs);
    writeFile(root + u"/util.py"_qs, "X = 1\n");
    QSignalSpy opened(m_page.get(), &CodePage::fileOpened);
    m_page->openFile(u"util.py"_qs);
    QVERIFY(opened.wait(20000));
    m_page->document(u"util.py"_qs)->editor()->setText(u"X = 2\n"_qs);
    m_page->document(u"lambda_function.py"_qs)->editor()->insertAt(u"# both\n"_qs, 0, 0);
    QCOMPARE(m_page->tabs()->modifiedPaths().size(), 2);

    QPushButton *deploy = nullptr;
    for (QPushButton *b : m_page->findChildren<QPushButton *>()) {
        if (b->text() == u"Deploy"_qs)
            deploy = b;
    }
    QVERIFY(deploy);
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    deploy->click();
    QVERIFY(widgettestsupport::Waiter().on(m_page.get(), &CodePage::saved).until([&] { return saved.count() >= 2; }));
    QCOMPARE(saved.count(), 2);
    QCOMPARE(readFile(root + u"/util.py"_qs), QByteArray("X = 2\n"));
    QVERIFY(readFile(root + u"/lambda_function.py"_qs).startsWith("# both\n"));
    QVERIFY(m_page->tabs()->modifiedPaths().isEmpty());

    deploy->click();
    QVERIFY(m_page->notice()->text().contains(u"No changes to deploy"_qs));
}

void TestCodePage::testButtonWarnsAboutChangesNotDeployed()
{
    m_page->editor()->insertAt(u"# draft\n"_qs, 0, 0);
    QPushButton *test = nullptr;
    for (QPushButton *b : m_page->findChildren<QPushButton *>()) {
        if (b->text() == u"Test"_qs)
            test = b;
    }
    QVERIFY(test);
    QSignalSpy finished(m_env->invocations.get(), &InvocationController::invocationFinished);
    test->click();
    QCOMPARE(m_page->notice()->level(), NoticeBar::Level::Warning);
    QVERIFY(m_page->notice()->text().contains(u"Testing the deployed code"_qs));
    QVERIFY(finished.wait(30000)); // it ran anyway, with the deployed code
    QVERIFY(m_page->results()->statusText().contains(u"Succeeded"_qs));
    // The strip offers to deploy.
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    QVERIFY(m_page->notice()->trigger(u"Deploy"_qs));
    QVERIFY(saved.wait(20000));
    QVERIFY(!m_page->hasUnsavedChanges());
}

void TestCodePage::savingInvalidJsonWarnsAndMarksTheLine()
{
    const QString root = codeDir(u"hello-python"_qs);
    writeFile(root + u"/config.json"_qs, "{\"a\": 1}\n");
    QSignalSpy opened(m_page.get(), &CodePage::fileOpened);
    m_page->openFile(u"config.json"_qs);
    QVERIFY(opened.wait(20000));
    QCOMPARE(m_page->editor()->language(), CodeEditor::Language::Json);
    m_page->editor()->setText(u"{\n  \"a\": 1,\n  \"b\": \n}\n"_qs);
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    m_page->save();
    QVERIFY(saved.wait(20000));
    QVERIFY(saved.last().at(1).toBool()); // saved all the same: nothing typed is lost
    QCOMPARE(m_page->notice()->level(), NoticeBar::Level::Warning);
    QVERIFY(m_page->notice()->text().contains(u"is not valid JSON"_qs));
    QCOMPARE(m_page->document(u"config.json"_qs)->marker()->markedLine(), 4);
}

void TestCodePage::newRenameDeleteFile()
{
    FileOperations *ops = m_page->fileOperations();
    QSignalSpy done(ops, &FileOperations::finished);
    QSignalSpy opened(m_page.get(), &CodePage::fileOpened);
    const QString root = codeDir(u"hello-python"_qs);
    const QString sha0 = function(u"hello-python"_qs).codeSha256;

    ops->createFile(u"lib/util.py"_qs);
    QVERIFY(done.wait(20000));
    QVERIFY2(done.last().at(3).toBool(), qPrintable(done.last().at(4).toString()));
    QVERIFY(QFile::exists(root + u"/lib/util.py"_qs));
    QVERIFY(!opened.isEmpty() || opened.wait(20000)); // read after the operation's answer
    QCOMPARE(m_page->currentFile(), u"lib/util.py"_qs);
    QVERIFY(widgettestsupport::Waiter().on(m_page.get(), &CodePage::treeRefreshed).until([&] {
        return m_page->treeModel()->contains(u"lib/util.py"_qs);
    }));
    QVERIFY(m_page->notice()->text().contains(u"Created lib/util.py"_qs));
    const QString sha1 = function(u"hello-python"_qs).codeSha256;
    QVERIFY(sha1 != sha0); // a new (empty) file is part of the code

    // Type into it, then rename it: the tab follows and keeps the text.
    m_page->editor()->setText(QStringLiteral("def helper():\n    return 42\n"));
    done.clear();
    ops->rename(u"lib/util.py"_qs, u"lib/helpers.py"_qs);
    QVERIFY(done.wait(20000));
    QVERIFY(done.last().at(3).toBool());
    QCOMPARE(done.last().at(2).toString(), u"lib/helpers.py"_qs);
    QVERIFY(!QFile::exists(root + u"/lib/util.py"_qs));
    QVERIFY(QFile::exists(root + u"/lib/helpers.py"_qs));
    QVERIFY(!m_page->document(u"lib/util.py"_qs));
    QVERIFY(m_page->document(u"lib/helpers.py"_qs));
    QCOMPARE(m_page->currentFile(), u"lib/helpers.py"_qs);
    QVERIFY(m_page->editor()->text().contains(u"return 42"_qs));
    QVERIFY(widgettestsupport::Waiter().on(m_page.get(), &CodePage::treeRefreshed).until([&] {
        return m_page->treeModel()->contains(u"lib/helpers.py"_qs);
    }));
    QVERIFY(!m_page->treeModel()->contains(u"lib/util.py"_qs));
    // Saving the renamed tab writes the new name.
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    m_page->save();
    QVERIFY(saved.wait(20000));
    QCOMPARE(readFile(root + u"/lib/helpers.py"_qs), QByteArray("def helper():\n    return 42\n"));

    // A new folder, then delete the folder with the file: the tab closes.
    done.clear();
    ops->createFolder(u"lib/empty"_qs);
    QVERIFY(done.wait(20000));
    QVERIFY(done.last().at(3).toBool());
    QVERIFY(QFileInfo(root + u"/lib/empty"_qs).isDir());
    done.clear();
    ops->remove(u"lib"_qs);
    QVERIFY(done.wait(20000));
    QVERIFY(done.last().at(3).toBool());
    QVERIFY(!QFile::exists(root + u"/lib"_qs));
    QVERIFY(!m_page->document(u"lib/helpers.py"_qs));
    QVERIFY(widgettestsupport::Waiter().on(m_page.get(), &CodePage::treeRefreshed).until([&] {
        return !m_page->treeModel()->contains(u"lib"_qs);
    }));
    QVERIFY(m_page->notice()->text().contains(u"Deleted lib"_qs));
    QCOMPARE(function(u"hello-python"_qs).codeSha256, sha0); // back to the original code
}

void TestCodePage::fileOperationErrorsAreShown()
{
    FileOperations *ops = m_page->fileOperations();
    QSignalSpy done(ops, &FileOperations::finished);
    const QString before = QString::fromUtf8(readFile(codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs));

    ops->createFile(u"lambda_function.py"_qs);
    QVERIFY(done.wait(20000));
    QVERIFY(!done.last().at(3).toBool());
    QVERIFY(done.last().at(4).toString().contains(u"already exists"_qs));
    QCOMPARE(m_page->notice()->level(), NoticeBar::Level::Error);
    QVERIFY(m_page->notice()->text().contains(u"File name"_qs));
    QCOMPARE(QString::fromUtf8(readFile(codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs)), before);

    done.clear();
    ops->createFile(u"../outside.py"_qs);
    QVERIFY(done.wait(20000));
    QVERIFY(!done.last().at(3).toBool());
    QVERIFY(done.last().at(4).toString().contains(u"may not contain \"..\""_qs));
    QVERIFY(!QFile::exists(m_env->workspace() + u"/functions/hello-python/outside.py"_qs));

    done.clear();
    ops->rename(u"missing.py"_qs, u"other.py"_qs);
    QVERIFY(done.wait(20000));
    QVERIFY(!done.last().at(3).toBool());
    QVERIFY(m_page->notice()->text().contains(u"No file or folder named"_qs));
}

void TestCodePage::dialogsValidateAsYouType()
{
    QVERIFY(widgettestsupport::Waiter().on(m_page.get(), &CodePage::treeRefreshed).until([&] {
        return m_page->treeModel()->contains(u"lambda_function.py"_qs);
    }));
    FileOperations *ops = m_page->fileOperations();
    ops->askNewFile(QString());
    auto *dialog = m_page->findChild<PathDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->canAccept()); // empty
    dialog->field()->setText(u"lambda_function.py"_qs);
    QVERIFY(!dialog->canAccept());
    QVERIFY(dialog->errorText().contains(u"already exists"_qs));
    dialog->field()->setText(u"lambda_function.py/x.py"_qs);
    QVERIFY(dialog->errorText().contains(u"is a file"_qs));
    dialog->field()->setText(u"/abs.py"_qs);
    QVERIFY(dialog->errorText().contains(u"must be relative"_qs));
    dialog->field()->setText(u"tools/run.sh"_qs);
    QVERIFY(dialog->canAccept());
    QVERIFY(dialog->errorText().isEmpty());

    QSignalSpy done(ops, &FileOperations::finished);
    QSignalSpy opened(m_page.get(), &CodePage::fileOpened);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(done.wait(20000));
    QVERIFY(done.last().at(3).toBool());
    QVERIFY(QFile::exists(codeDir(u"hello-python"_qs) + u"/tools/run.sh"_qs));
    QVERIFY(!opened.isEmpty() || opened.wait(20000)); // read after the operation's answer
    QCOMPARE(m_page->editor()->language(), CodeEditor::Language::Shell);

    // Rename: the current name is not a new one; a folder cannot go into itself.
    QVERIFY(widgettestsupport::Waiter().on(m_page.get(), &CodePage::treeRefreshed).until([&] {
        return m_page->treeModel()->contains(u"tools"_qs);
    }));
    QVERIFY(ops->problemWith(u"tools"_qs, u"New name"_qs, u"tools"_qs)->contains(u"current name"_qs));
    QVERIFY(ops->problemWith(u"tools/sub"_qs, u"New name"_qs, u"tools"_qs)->contains(u"cannot move into itself"_qs));
    QVERIFY(!ops->problemWith(u"scripts"_qs, u"New name"_qs, u"tools"_qs));
}

void TestCodePage::renamingTheHandlerWarns()
{
    QSignalSpy done(m_page->fileOperations(), &FileOperations::finished);
    m_page->fileOperations()->rename(u"lambda_function.py"_qs, u"main.py"_qs);
    QVERIFY(done.wait(20000));
    QVERIFY(done.last().at(3).toBool());
    QCOMPARE(m_page->notice()->level(), NoticeBar::Level::Warning);
    QVERIFY(m_page->notice()->text().contains(u"handler setting"_qs));
    QVERIFY(m_page->notice()->text().contains(u"Runtime.ImportModuleError"_qs));
    QCOMPARE(m_page->currentFile(), u"main.py"_qs);
}

void TestCodePage::externalChangeOfferedForReload()
{
    const QString path = codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs;
    EditorDocument *doc = m_page->document(u"lambda_function.py"_qs);
    QVERIFY(doc);
    const QString shaBefore = function(u"hello-python"_qs).codeSha256;
    // The backend's news of the new hash, heard on this thread (queued), as the console hears it.
    QStringList hashes;
    QObject relay;
    connect(m_env->host->backend(), &Backend::functionUpdated, &relay, [&hashes](const FunctionConfig &config) {
        if (config.name == u"hello-python"_qs)
            hashes.append(config.codeSha256);
    });
    QSignalSpy handled(m_page.get(), &CodePage::diskChangeHandled);
    const QByteArray theirs = "def lambda_handler(event, context):\n    return 'changed elsewhere'\n";
    writeFile(path, theirs);
    QVERIFY(handled.wait(20000));
    QCOMPARE(handled.last().at(0).toString(), u"lambda_function.py"_qs);
    QVERIFY(doc->hasReloadOffer());
    QVERIFY(doc->notice()->text().contains(u"changed on disk"_qs));
    QVERIFY(!doc->editor()->text().contains(u"changed elsewhere"_qs)); // nothing replaced without asking

    QVERIFY(doc->notice()->trigger(u"Reload"_qs));
    QCOMPARE(doc->editor()->text().toUtf8(), theirs);
    QVERIFY(!doc->isModified());
    QVERIFY(!doc->hasReloadOffer());
    QVERIFY(doc->notice()->isHidden());
    // The backend noticed too: $LATEST's hash follows the disk.
    // (The Waiter's queued wake-up comes after the relay's: connected later, posted later.)
    QVERIFY(widgettestsupport::Waiter().on(m_env->host->backend(), &Backend::functionUpdated).until([&] {
        return std::any_of(hashes.cbegin(), hashes.cend(), [&](const QString &sha) { return sha != shaBefore; });
    }));
    QVERIFY(function(u"hello-python"_qs).codeSha256 != shaBefore);

    // Our own save is not mistaken for someone else's.
    doc->editor()->append(QStringLiteral("# mine\n"));
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    m_page->save();
    QVERIFY(saved.wait(20000));
    handled.clear();
    QVERIFY(handled.wait(20000));
    QVERIFY(!doc->hasReloadOffer());
    QVERIFY(doc->notice()->isHidden());
}

void TestCodePage::externalChangeWithLocalEditsCanKeepMine()
{
    const QString path = codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs;
    EditorDocument *doc = m_page->document(u"lambda_function.py"_qs);
    doc->editor()->insertAt(QStringLiteral("# my edit\n"), 0, 0);
    QSignalSpy handled(m_page.get(), &CodePage::diskChangeHandled);
    writeFile(path, "# theirs\n");
    QVERIFY(handled.wait(20000));
    QVERIFY(doc->hasReloadOffer());
    QVERIFY(doc->notice()->text().contains(u"discards your unsaved changes"_qs));
    QVERIFY(doc->notice()->trigger(u"Keep mine"_qs));
    QVERIFY(doc->isModified());
    QVERIFY(doc->editor()->text().startsWith(u"# my edit"_qs));
    QCOMPARE(readFile(path), QByteArray("# theirs\n"));
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    m_page->save();
    QVERIFY(saved.wait(20000));
    QVERIFY(readFile(path).startsWith("# my edit\n"));
}

void TestCodePage::externalDeleteNoticed()
{
    const QString path = codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs;
    EditorDocument *doc = m_page->document(u"lambda_function.py"_qs);
    QSignalSpy handled(m_page.get(), &CodePage::diskChangeHandled);
    QVERIFY(QFile::remove(path));
    QVERIFY(handled.wait(20000));
    QVERIFY(doc->notice()->text().contains(u"was deleted on disk"_qs));
    QVERIFY(doc->isModified()); // saving brings it back
    QVERIFY(widgettestsupport::Waiter().on(m_page.get(), &CodePage::treeRefreshed).until([&] {
        return !m_page->treeModel()->contains(u"lambda_function.py"_qs);
    }));
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    m_page->save();
    QVERIFY(saved.wait(20000));
    QVERIFY(QFile::exists(path));
    QVERIFY(!doc->isModified());
}

void TestCodePage::goToLineAndFindReplaceInPage()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->editor()->setFocus();
    // Ctrl+G opens "Go to line".
    QTest::keyClick(m_page->editor(), Qt::Key_G, Qt::ControlModifier);
    GoToLineBar *goTo = m_page->tabs()->goToBar();
    QVERIFY(!goTo->isHidden());
    goTo->field()->setText(u"13"_qs);
    QTest::keyClick(goTo->field(), Qt::Key_Return);
    int line = -1, index = -1;
    m_page->editor()->getCursorPosition(&line, &index);
    QCOMPARE(line, 12);
    QVERIFY(goTo->isHidden());

    // Ctrl+H: replace "world" with "there" everywhere, as one undo step.
    QTest::keyClick(m_page->editor(), Qt::Key_H, Qt::ControlModifier);
    FindReplaceBar *find = m_page->tabs()->findBar();
    QVERIFY(!find->isHidden());
    QVERIFY(find->replaceField()->isVisibleTo(find));
    find->findField()->setText(u"\"world\""_qs);
    find->replaceField()->setText(u"\"there\""_qs);
    QCOMPARE(find->matchCount(), 1);
    QCOMPARE(find->replaceAll(), 1);
    QVERIFY(m_page->editor()->text().contains(u"event.get(\"name\", \"there\")"_qs));
    QVERIFY(m_page->editor()->isModified());
    QTest::keyClick(find->findField(), Qt::Key_Escape);
    QVERIFY(find->isHidden());

    // F3 finds the next match of the last search; Ctrl+F opens find only.
    QTest::keyClick(m_page->editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(!find->isHidden());
    QVERIFY(!find->replaceField()->isVisibleTo(find));
    find->findField()->setText(u"name"_qs);
    m_page->editor()->setCursorPosition(0, 0);
    m_page->editor()->setFocus();
    QTest::keyClick(m_page->editor(), Qt::Key_F3);
    QCOMPARE(m_page->editor()->selectedText().toLower(), u"name"_qs);

    // Ctrl+W asks before closing a changed tab; Cancel keeps it.
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::keyClick(m_page->editor(), Qt::Key_W, Qt::ControlModifier);
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QVERIFY(box); // it asks (window-modal, open())
    QVERIFY(widgettestsupport::Waiter().on(box, &QDialog::finished).until([] {
        return !QApplication::activeModalWidget();
    }));
    QCOMPARE(m_page->tabs()->count(), 1);
}

void TestCodePage::showSourceLocationOpensAndMarks()
{
    const QString root = codeDir(u"hello-python"_qs);
    QDir().mkpath(root + u"/lib"_qs);
    writeFile(root + u"/lib/util.py"_qs, "a = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\ng = 7\nh = 8\n");
    QSignalSpy shown(m_page.get(), &CodePage::sourceLocationShown);

    // An absolute path inside the code folder, as runtimes print them.
    m_page->showSourceLocation(root + u"/lib/util.py"_qs, 7);
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.last().at(0).toString(), u"lib/util.py"_qs);
    QCOMPARE(shown.last().at(1).toInt(), 7);
    QCOMPARE(m_page->currentFile(), u"lib/util.py"_qs);
    int line = -1, index = -1;
    m_page->editor()->getCursorPosition(&line, &index);
    QCOMPARE(line, 6);
    EditorDocument *doc = m_page->document(u"lib/util.py"_qs);
    QCOMPARE(doc->marker()->markedLine(), 7);
    QVERIFY(m_page->editor()->markersAtLine(6) != 0);

    // A relative path of an open file: at once, and only the newest location is marked.
    shown.clear();
    m_page->showSourceLocation(u"lambda_function.py"_qs, 13);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_page->currentFile(), u"lambda_function.py"_qs);
    QCOMPARE(m_page->document(u"lambda_function.py"_qs)->marker()->markedLine(), 13);
    QCOMPARE(doc->marker()->markedLine(), 0);

    // The next edit clears the mark.
    m_page->editor()->insertAt(u"#"_qs, 0, 0);
    QCOMPARE(m_page->document(u"lambda_function.py"_qs)->marker()->markedLine(), 0);
    QCOMPARE(m_page->editor()->markersAtLine(12), 0u);

    // So does the next invoke.
    m_page->showSourceLocation(u"lib/util.py"_qs, 7);
    QCOMPARE(doc->marker()->markedLine(), 7);
    QSignalSpy started(m_env->invocations.get(), &InvocationController::invocationStarted);
    QSignalSpy finished(m_env->invocations.get(), &InvocationController::invocationFinished);
    m_env->invocations->invoke(u"hello-python"_qs, "{}");
    QVERIFY(finished.wait(30000));
    QCOMPARE(started.count(), 1);
    QCOMPARE(doc->marker()->markedLine(), 0);

    // A file:// URL, as Node prints frames of ES modules.
    shown.clear();
    m_page->showSourceLocation(QUrl::fromLocalFile(root + u"/lib/util.py"_qs).toString(), 2);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(doc->marker()->markedLine(), 2);

    // Outside the code folder (the runtime's own files): said, not opened.
    const int tabs = m_page->tabs()->count();
    m_page->showSourceLocation(u"/var/runtime/bootstrap.py"_qs, 3);
    QVERIFY(m_page->notice()->text().contains(u"not part of this function's code"_qs));
    QCOMPARE(m_page->tabs()->count(), tabs);
}

void TestCodePage::stackTraceOfRealErrorMarksLineWithMessage()
{
    // A handler that fails on line 4, deployed from the editor.
    m_page->editor()->setText(QStringLiteral("import json\n\ndef lambda_handler(event, context):\n"
                                             "    raise ValueError('no name given')\n"));
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    m_page->save();
    QVERIFY(saved.wait(20000));
    QSignalSpy finished(m_env->invocations.get(), &InvocationController::invocationFinished);
    m_env->invocations->invoke(u"hello-python"_qs, "{}");
    QVERIFY(finished.wait(30000));
    const auto result = finished.at(0).at(0).value<InvocationResult>();
    QVERIFY(result.isError());
    // The frame a ResultPanel link would carry: the file as the runtime printed it.
    const QString file = codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs;
    QVERIFY2(result.payload.contains(QFileInfo(file).fileName().toUtf8()), result.payload.constData());

    QSignalSpy shown(m_page.get(), &CodePage::sourceLocationShown);
    m_page->showSourceLocation(file, 4);
    QCOMPARE(shown.count(), 1);
    EditorDocument *doc = m_page->document(u"lambda_function.py"_qs);
    QCOMPARE(doc->marker()->markedLine(), 4);
    QCOMPARE(doc->marker()->note(), u"ValueError: no name given"_qs);
    QCOMPARE(doc->editor()->annotation(3), u"ValueError: no name given"_qs);
}

void TestCodePage::switchingFunctionKeepsChanges()
{
    m_page->editor()->insertAt(QStringLiteral("# not yet deployed\n"), 0, 0);
    show(u"hello-node"_qs);
    QCOMPARE(m_page->currentFile(), u"index.mjs"_qs);
    QCOMPARE(m_page->editor()->language(), CodeEditor::Language::JavaScript);
    QVERIFY(!m_page->document(u"lambda_function.py"_qs));
    QVERIFY(m_page->hasUnsavedChanges()); // kept for hello-python
    QVERIFY(m_page->maybeSaveChanges());  // nothing of hello-node to ask about

    show(u"hello-python"_qs);
    EditorDocument *doc = m_page->document(u"lambda_function.py"_qs);
    QVERIFY(doc);
    QVERIFY(doc->isModified());
    QVERIFY(doc->editor()->text().startsWith(u"# not yet deployed\n"_qs));
    QVERIFY(m_page->notice()->text().contains(u"still here"_qs));
    QVERIFY(m_page->changesHint().contains(u"Changes not deployed"_qs));
    // The disk never saw it.
    QVERIFY(!readFile(codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs).startsWith("# not yet deployed"));
}

void TestCodePage::deletedFunctionLeavesNothingKept()
{
    m_page->editor()->insertAt(QStringLiteral("# about to vanish\n"), 0, 0);
    // The page hears functionDeleted (queued) before the call's answer comes back.
    QVERIFY(callSync([](Backend &b) { return b.deleteFunction(u"hello-python"_qs); }).ok());
    show(u"hello-node"_qs); // what MainWindow does next
    QVERIFY(!m_page->hasUnsavedChanges());
}

void TestCodePage::maybeSaveChangesDiscardAndCancel()
{
    const QByteArray disk = readFile(codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs);
    m_page->editor()->insertAt(QStringLiteral("# draft\n"), 0, 0);

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_page->maybeSaveChanges());
    QVERIFY(m_page->editor()->isModified());

    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(m_page->maybeSaveChanges());
    QVERIFY(!m_page->hasUnsavedChanges());
    QCOMPARE(m_page->editor()->text().toUtf8(), disk);

    m_page->editor()->insertAt(QStringLiteral("# keep\n"), 0, 0);
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    answerNextMessageBox(QMessageBox::Save);
    QVERIFY(m_page->maybeSaveChanges());
    QVERIFY(saved.wait(20000));
    QVERIFY(readFile(codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs).startsWith("# keep\n"));
}

void TestCodePage::closingDirtyTabAsks()
{
    m_page->editor()->insertAt(QStringLiteral("# close me\n"), 0, 0);
    answerNextMessageBox(QMessageBox::Save);
    QSignalSpy saved(m_page.get(), &CodePage::saved);
    m_page->tabs()->requestClose(u"lambda_function.py"_qs);
    QVERIFY(saved.wait(20000));
    QVERIFY(widgettestsupport::Waiter().on(m_page->tabs(), &EditorTabs::closed).until([&] {
        return m_page->tabs()->count() == 0;
    }));
    QVERIFY(readFile(codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs).startsWith("# close me\n"));
    QVERIFY(!m_page->editor());
}

void TestCodePage::mainWindowCtrlSSavesThroughCodePage()
{
    cleanup(); // MainWindow brings its own backend on a workspace of its own
    QTemporaryDir dir;
    Backend::Options options;
    options.workspace = dir.path();
    options.seedDemo = true;
    options.persistLogs = false;
    MainWindow window(options, widgettestsupport::settingsFile(dir.path() + u"/settings.ini"_qs));
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    QVERIFY(ready.wait(widgettestsupport::backendStartMs()));
    QVERIFY(ready.at(0).at(0).toBool());
    window.selectFunction(u"hello-python"_qs);
    CodePage *page = window.codePage();
    if (page->currentFile() != u"lambda_function.py"_qs) {
        QSignalSpy opened(page, &CodePage::fileOpened);
        QVERIFY(opened.wait(20000));
    }
    page->editor()->insertAt(QStringLiteral("# via Ctrl+S\n"), 0, 0);
    QAction *saveAction = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Save))
                saveAction = a;
        }
    }
    QVERIFY(saveAction);
    QSignalSpy saved(page, &CodePage::saved);
    saveAction->trigger();
    QVERIFY(saved.wait(20000));
    QVERIFY(
        readFile(window.host()->codeDir(u"hello-python"_qs) + u"/lambda_function.py"_qs).startsWith("# via Ctrl+S\n"));
    QVERIFY(!page->hasUnsavedChanges());
}

QTEST_MAIN(TestCodePage)
#include "tst_codepage.moc"
