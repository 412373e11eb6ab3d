// The editor's helper objects on their own: find/replace, go to line, the line marker and
// the file watcher.
#include "editor/codeeditor.h"
#include "editor/filewatcher.h"
#include "editor/findreplacebar.h"
#include "editor/gotolinebar.h"
#include "editor/linemarker.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "widgettestsupport.h"

using namespace lambdesk;

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(content), content.size());
}
} // namespace

class TestEditorHelpers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_window.reset(new QWidget);
        m_editor = new CodeEditor(m_window.get());
        m_editor->setText(QStringLiteral("alpha beta alpha\nAlpha gamma alphabet\nlast line\n"));
        m_find = new FindReplaceBar(m_window.get());
        m_find->setEditor(m_editor);
        m_goTo = new GoToLineBar(m_window.get());
        m_goTo->setEditor(m_editor);
        m_window->resize(800, 500);
        m_window->show();
    }

    void findCountsAndSelects()
    {
        m_find->openFind();
        QVERIFY(!m_find->isHidden());
        QTest::keyClicks(m_find->findField(), QStringLiteral("alpha")); // find as you type
        QCOMPARE(m_find->matchCount(), 4); // case-insensitive by default, "alphabet" included
        QCOMPARE(m_find->statusText(), u"4 matches"_qs);
        QCOMPARE(m_editor->selectedText(), u"alpha"_qs);

        m_find->setWholeWords(true);
        QCOMPARE(m_find->matchCount(), 3);
        m_find->setCaseSensitive(true);
        QCOMPARE(m_find->matchCount(), 2);

        // Next and previous walk the matches, wrapping around.
        m_editor->setCursorPosition(0, 0);
        QVERIFY(m_find->findNext());
        int line = -1, index = -1;
        m_editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);
        QVERIFY(m_find->findNext());
        int l1 = -1, i1 = -1, l2 = -1, i2 = -1;
        m_editor->getSelection(&l1, &i1, &l2, &i2);
        QCOMPARE(l1, 0);
        QCOMPARE(i1, 11); // the second "alpha" of line 1
        QVERIFY(m_find->findPrevious());
        m_editor->getSelection(&l1, &i1, &l2, &i2);
        QCOMPARE(i1, 0);

        m_find->findField()->setText(QStringLiteral("nothing like this"));
        QVERIFY(!m_find->findNext());
        QCOMPARE(m_find->statusText(), u"No results"_qs);

        m_find->setRegularExpression(true);
        m_find->findField()->setText(QStringLiteral("(unclosed"));
        QVERIFY(!m_find->findNext());
        QCOMPARE(m_find->statusText(), u"Invalid regular expression"_qs);

        // Escape closes and gives the focus back to the editor.
        QTest::keyClick(m_find->findField(), Qt::Key_Escape);
        QVERIFY(m_find->isHidden());
    }

    void replaceOneAndAll()
    {
        m_find->openReplace();
        QVERIFY(!m_find->replaceField()->isHidden());
        m_find->setCaseSensitive(true);
        m_find->setWholeWords(true);
        m_find->findField()->setText(QStringLiteral("alpha"));
        m_find->replaceField()->setText(QStringLiteral("omega"));
        m_editor->setCursorPosition(0, 0);

        // The first press finds (nothing is selected), the second replaces.
        QVERIFY(m_find->replaceCurrent());
        QVERIFY(m_find->replaceCurrent());
        QCOMPARE(m_editor->text(0), u"omega beta alpha\n"_qs);

        // Something else selected since: Replace finds a match first instead of replacing it.
        m_editor->setSelection(0, 6, 0, 10);
        QCOMPARE(m_editor->selectedText(), u"beta"_qs);
        m_find->replaceCurrent();
        QCOMPARE(m_editor->text(0), u"omega beta alpha\n"_qs);

        const int n = m_find->replaceAll();
        QCOMPARE(n, 1); // only the whole, lower-case word is left
        QCOMPARE(m_editor->text(), u"omega beta omega\nAlpha gamma alphabet\nlast line\n"_qs);
        QVERIFY(m_find->statusText().contains(u"Replaced 1"_qs));

        // Replace all with a regular expression and a group, undone in one step.
        m_find->setCaseSensitive(false);
        m_find->setWholeWords(false);
        m_find->setRegularExpression(true);
        m_find->findField()->setText(QStringLiteral("(a)lpha"));
        m_find->replaceField()->setText(QStringLiteral("\\1LPHA"));
        QCOMPARE(m_find->replaceAll(), 2);
        QCOMPARE(m_editor->text(1), u"ALPHA gamma aLPHAbet\n"_qs);
        m_editor->undo();
        QCOMPARE(m_editor->text(1), u"Alpha gamma alphabet\n"_qs);

        // An expression that matches empty text would never end: refused.
        m_find->findField()->setText(QStringLiteral("x*"));
        QCOMPARE(m_find->replaceAll(), 0);
        QCOMPARE(m_find->statusText(), u"Matches empty text"_qs);
    }

    void goToLine()
    {
        m_goTo->open();
        QVERIFY(!m_goTo->isHidden());
        QCOMPARE(m_goTo->field()->text(), u"1"_qs); // the caret's line, ready to overwrite
        QVERIFY(m_goTo->go(QStringLiteral("2")));
        int line = -1, index = -1;
        m_editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QCOMPARE(index, 0);
        QVERIFY(m_goTo->go(QStringLiteral("3:5")));
        m_editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 2);
        QCOMPARE(index, 4);

        QVERIFY(!m_goTo->go(QStringLiteral("99")));
        QCOMPARE(m_goTo->errorText(), u"Line must be between 1 and 4"_qs);
        QVERIFY(!m_goTo->go(QStringLiteral("two")));
        QVERIFY(m_goTo->errorText().contains(u"Type a line number"_qs));
        m_editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 2); // unchanged by the bad input

        // Enter jumps and closes.
        m_goTo->field()->setText(QStringLiteral("1"));
        QTest::keyClick(m_goTo->field(), Qt::Key_Return);
        QVERIFY(m_goTo->isHidden());
        m_editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);
    }

    void lineMarker()
    {
        auto *marker = new LineMarker(m_editor);
        QSignalSpy cleared(marker, &LineMarker::cleared);
        marker->mark(2, QStringLiteral("ValueError: boom"));
        QCOMPARE(marker->markedLine(), 2);
        QVERIFY(m_editor->markersAtLine(1) != 0);
        QCOMPARE(m_editor->markersAtLine(0), 0u);
        QCOMPARE(m_editor->annotation(1), u"ValueError: boom"_qs);

        // Out of range lines are clamped to the text.
        marker->mark(500);
        QCOMPARE(marker->markedLine(), m_editor->lines());
        QCOMPARE(m_editor->annotation(1), QString());

        // The next edit clears it.
        marker->mark(1);
        m_editor->insertAt(QStringLiteral("x"), 0, 0);
        QCOMPARE(marker->markedLine(), 0);
        QCOMPARE(m_editor->markersAtLine(0), 0u);
        QVERIFY(cleared.count() >= 1);
    }

    // Issue 10, item 14: the error note under a marked line near the end of the file was half cut
    // at the editor's bottom edge until the user scrolled (the view was placed before the note
    // existed). The whole note shows, and the marked line with it, also after a resize.
    void lineMarkerNoteIsNotCutAtTheBottom()
    {
        QStringList lines;
        for (int i = 1; i <= 60; ++i)
            lines << QStringLiteral("line %1").arg(i);
        m_editor->setText(lines.join(u'\n'));
        m_editor->setGeometry(0, 0, 600, 320);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Whether the line is on screen, and whether its note is too (a line's height in display
        // lines includes its annotation).
        const auto shown = [this](int docLine) {
            const long first = m_editor->SendScintilla(QsciScintilla::SCI_GETFIRSTVISIBLELINE);
            const long onScreen = m_editor->SendScintilla(QsciScintilla::SCI_LINESONSCREEN);
            const long top = m_editor->SendScintilla(QsciScintilla::SCI_VISIBLEFROMDOCLINE, docLine);
            const long height = m_editor->SendScintilla(QsciScintilla::SCI_WRAPCOUNT, docLine);
            return std::pair<bool, bool>{top >= first && top < first + onScreen, top + height <= first + onScreen};
        };
        auto *marker = new LineMarker(m_editor);
        const QString note = QStringLiteral("KeyError: 'name'\nTraceback: the second line of the note");
        for (int target : {59, 60, 30, 1}) {
            m_editor->goToLine(target); // what a stack-trace link does, then it marks the line
            marker->mark(target, note);
            QCOMPARE(m_editor->SendScintilla(QsciScintilla::SCI_ANNOTATIONGETLINES, target - 1), 2L);
            const auto [lineShown, noteShown] = shown(target - 1);
            QVERIFY2(lineShown, qPrintable(QString::number(target)));
            QVERIFY2(noteShown, qPrintable(QString::number(target)));
        }

        // The editor gets smaller (a splitter, the window) before the user looked elsewhere: the
        // marked line and its note stay whole in view.
        m_editor->goToLine(59);
        marker->mark(59, note);
        QVERIFY(shown(58).second);
        QScrollBar *bar = m_editor->verticalScrollBar();
        m_editor->setGeometry(0, 0, 600, 160);
        QVERIFY(widgettestsupport::Waiter()
                    .on(bar, &QAbstractSlider::valueChanged)
                    .on(bar, &QAbstractSlider::rangeChanged)
                    .until([&] { return shown(58).first && shown(58).second; }));
    }

    void fileWatcherSeesOtherPrograms()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + u"/a.py"_qs;
        writeFile(path, "one\n");
        FileWatcher watcher;
        QSignalSpy changed(&watcher, &FileWatcher::fileChanged);
        QSignalSpy folders(&watcher, &FileWatcher::foldersChanged);
        watcher.watchFile(path);
        watcher.setFolders({dir.path()});

        // An editor's atomic save replaces the file: still noticed, and again after that.
        for (const QByteArray &content : {QByteArray("two\n"), QByteArray("three\n")}) {
            QSaveFile save(path);
            QVERIFY(save.open(QIODevice::WriteOnly));
            save.write(content);
            QVERIFY(save.commit());
            QVERIFY(changed.wait(10000));
            QCOMPARE(changed.last().at(0).toString(), path);
            changed.clear();
        }
        // A plain write.
        writeFile(path, "four\n");
        QVERIFY(changed.wait(10000));
        changed.clear();
        // Deleted, then created again.
        QVERIFY(QFile::remove(path));
        QVERIFY(changed.wait(10000));
        QVERIFY(!QFile::exists(changed.last().at(0).toString()));
        changed.clear();
        writeFile(path, "five\n");
        QVERIFY(changed.wait(10000));
        QVERIFY(QFile::exists(changed.last().at(0).toString()));
        QVERIFY(folders.count() >= 1); // the folder's entries changed meanwhile

        // A new sibling is a folder change, not a change of the watched file.
        changed.clear();
        folders.clear();
        writeFile(dir.path() + u"/b.py"_qs, "b\n");
        QVERIFY(folders.wait(10000));
        QCOMPARE(changed.count(), 0);

        watcher.unwatchFile(path);
        QCOMPARE(watcher.files(), QStringList());
    }

private:
    std::unique_ptr<QWidget> m_window;
    CodeEditor *m_editor = nullptr;
    FindReplaceBar *m_find = nullptr;
    GoToLineBar *m_goTo = nullptr;
};

QTEST_MAIN(TestEditorHelpers)
#include "tst_editorhelpers.moc"
