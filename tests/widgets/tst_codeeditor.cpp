#include "editor/codeeditor.h"
#include "widgettestsupport.h"

#include <Qsci/qscilexer.h>

#include <QPalette>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace lambdesk;
using widgettestsupport::contrastRatio;

Q_DECLARE_METATYPE(lambdesk::CodeEditor::Language)

namespace {

QColor fromBgr(long v)
{
    return QColor(int(v & 0xff), int((v >> 8) & 0xff), int((v >> 16) & 0xff));
}

QPalette themePalette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Text, dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(0xf4, 0xf4, 0xf4));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x80, 0xe0));
    return p;
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every style of every language's lexer is drawn readably on the theme's paper: none in
    // the paper's own colour (issue 10, item 1: JSON's error style was white on white).
    void everyStyleIsReadable_data()
    {
        QTest::addColumn<CodeEditor::Language>("language");
        QTest::addColumn<bool>("dark");
        const std::pair<const char *, CodeEditor::Language> languages[] = {
            {"json", CodeEditor::Language::Json},
            {"python", CodeEditor::Language::Python},
            {"javascript", CodeEditor::Language::JavaScript},
            {"shell", CodeEditor::Language::Shell},
        };
        for (const auto &[name, language] : languages) {
            QTest::newRow(qPrintable(QStringLiteral("%1 light").arg(QLatin1String(name)))) << language << false;
            QTest::newRow(qPrintable(QStringLiteral("%1 dark").arg(QLatin1String(name)))) << language << true;
        }
    }
    void everyStyleIsReadable()
    {
        QFETCH(CodeEditor::Language, language);
        QFETCH(bool, dark);
        CodeEditor editor;
        editor.setPalette(themePalette(dark)); // a theme switch re-reads the colours
        editor.setLanguage(language);
        QCOMPARE(editor.isDark(), dark);
        QsciLexer *lexer = editor.lexer();
        QVERIFY(lexer);
        QStringList unreadable;
        for (int style = 0; style < 128; ++style) {
            if (lexer->description(style).isEmpty())
                continue;
            // What Scintilla draws with, not what the lexer object remembers.
            const QColor fore = fromBgr(editor.SendScintilla(QsciScintilla::SCI_STYLEGETFORE, style));
            const QColor back = fromBgr(editor.SendScintilla(QsciScintilla::SCI_STYLEGETBACK, style));
            if (contrastRatio(fore, back) < 3.0)
                unreadable << QStringLiteral("%1 (%2): %3 on %4 = %5")
                                  .arg(lexer->description(style))
                                  .arg(style)
                                  .arg(fore.name(), back.name())
                                  .arg(contrastRatio(fore, back), 0, 'f', 2);
        }
        QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
