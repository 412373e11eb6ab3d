#include "common/theme.h"
#include "editor/codeeditor.h"
#include "versions/diffview.h"
#include "versions/versionspage.h"
#include "widgettestsupport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace lambdesk;
using widgettestsupport::callAndWait;

namespace {
const QString kFn = QStringLiteral("hello-python");
const QString kNotes = QStringLiteral("notes.txt");
} // namespace

class TestVersionsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<widgettestsupport::StartedHost> m_host;
    std::unique_ptr<VersionsPage> m_page;

    Backend::PublishRequest request(const QString &description = {}) const { return {kFn, description, {}, {}}; }

    FunctionConfig current() const
    {
        auto r = callAndWait(*m_host->host, [](Backend &b) { return b.getFunction(kFn); });
        return r && r->ok() ? r->value() : FunctionConfig{};
    }

    bool save(const QString &file, const QByteArray &content)
    {
        auto r = callAndWait(*m_host->host,
                             [file, content](Backend &b) { return b.saveCodeFile(kFn, file, content).ok(); });
        if (!r || !*r)
            return false;
        m_page->setFunction(current()); // as MainWindow does on functionUpdated
        return true;
    }

    // Waits until the list shows `rows` versions.
    bool untilRows(int rows)
    {
        return widgettestsupport::Waiter().on(m_page.get(), &VersionsPage::versionsLoaded).until([&] {
            return m_page->list()->topLevelItemCount() == rows;
        });
    }

    // Asks the page to show `left` beside `right` and waits until it does.
    bool showAndWait(const QString &left, const QString &right, const QString &file)
    {
        QSignalSpy shown(m_page.get(), &VersionsPage::viewShown);
        m_page->compare(left, right);
        if (!shown.wait(30000))
            return false;
        if (m_page->fileBox()->currentText() == file)
            return true;
        return m_page->selectFile(file);
    }

    bool publishFromTheTab(const QString &description)
    {
        QSignalSpy answered(m_page.get(), &VersionsPage::actionAnswered);
        m_page->descriptionEdit()->setText(description);
        QTest::mouseClick(m_page->publishButton(), Qt::LeftButton);
        return (!answered.isEmpty() || answered.wait(60000)) && answered.first().first().toBool();
    }

private Q_SLOTS:
    void init()
    {
        m_host = std::make_unique<widgettestsupport::StartedHost>();
        m_page = std::make_unique<VersionsPage>(m_host->context());
        m_page->setPrompt([](const QString &) { return QMessageBox::Yes; });
        m_page->resize(1000, 600);
        m_page->show();
        QSignalSpy loaded(m_page.get(), &VersionsPage::versionsLoaded);
        m_page->setFunction(current());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(m_page->list()->topLevelItemCount(), 0);
    }
    void cleanup()
    {
        m_page.reset();
        m_host.reset();
    }

    // Publish from the tab: the click returns at once (the git work is off the GUI thread), the
    // list gets the version with its description, CodeSha256, runtime and memory.
    void publishFromTheTab()
    {
        const FunctionConfig latest = current();
        QSignalSpy answered(m_page.get(), &VersionsPage::actionAnswered);
        m_page->descriptionEdit()->setText(QStringLiteral("first release"));
        QTest::mouseClick(m_page->publishButton(), Qt::LeftButton);
        // Back from the click without the answer: the GUI was not held while git worked.
        QVERIFY(answered.isEmpty());
        QVERIFY(m_page->isPublishing());
        QVERIFY(!m_page->publishButton()->isEnabled());
        QVERIFY(answered.wait(60000));
        QVERIFY2(answered.first().first().toBool(), qPrintable(m_page->message()->text()));
        QVERIFY(untilRows(1));
        const QTreeWidgetItem *row = m_page->list()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("1"));
        QCOMPARE(row->text(1), QStringLiteral("first release"));
        QVERIFY(!row->text(2).isEmpty());
        QCOMPARE(row->text(3), latest.codeSha256);
        QCOMPARE(row->text(4), latest.runtime);
        QCOMPARE(row->text(5), QStringLiteral("128 MB"));
        QVERIFY(m_page->publishButton()->isEnabled());
        QVERIFY(m_page->descriptionEdit()->text().isEmpty());

        // Nothing changed: the same version is the answer, and the list stays at one.
        QVERIFY(publishFromTheTab(QStringLiteral("again")));
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("Nothing changed since version 1")),
                 qPrintable(m_page->message()->text()));
        QCOMPARE(m_page->list()->topLevelItemCount(), 1);

        // A change, then a publish by someone else (the CLI, the API): the list follows.
        QVERIFY(save(kNotes, "changed\n"));
        QVERIFY(callAndWait(*m_host->host, [this](Backend &b) {
                    return b.publishVersion(request()).ok();
                }).value_or(false));
        QVERIFY(untilRows(2));
        QCOMPARE(m_page->list()->topLevelItem(0)->text(0), QStringLiteral("2")); // newest first
    }

    // A version alone: read-only, its own text; beside $LATEST or another version: the lines
    // that changed are marked on both sides, and only those.
    void diffMarksChangedLines()
    {
        QVERIFY(save(kNotes, "one\ntwo\nthree\n"));
        QVERIFY(publishFromTheTab(QStringLiteral("v1")));
        QVERIFY(untilRows(1));
        QVERIFY(save(kNotes, "one\nTWO\nthree\nfour\n"));

        QVERIFY(showAndWait(QStringLiteral("1"), {}, kNotes));
        DiffView *view = m_page->diffView();
        QCOMPARE(view->leftEditor()->text(), QStringLiteral("one\ntwo\nthree\n"));
        QVERIFY(view->leftEditor()->isReadOnly());
        QVERIFY(view->rightEditor()->isHidden() || !view->rightEditor()->isVisible());
        QVERIFY(view->markedLeft().isEmpty());

        QVERIFY(showAndWait(QStringLiteral("1"), VersionsPage::kLatest, kNotes));
        QCOMPARE(view->rightEditor()->text(), QStringLiteral("one\nTWO\nthree\nfour\n"));
        QVERIFY(view->rightEditor()->isVisible());
        QVERIFY(view->rightEditor()->isReadOnly());
        QCOMPARE(view->markedLeft(), QList<int>{1});
        QCOMPARE(view->markedRight(), (QList<int>{1, 3}));

        // Two versions, and their configurations: only MemorySize's line differs.
        auto config = current();
        config.memorySize = 256;
        QVERIFY(callAndWait(*m_host->host, [config](Backend &b) {
                    return b.updateConfiguration(config).ok();
                }).value_or(false));
        m_page->setFunction(current());
        QVERIFY(publishFromTheTab(QStringLiteral("v2")));
        QVERIFY(untilRows(2));
        QVERIFY(showAndWait(QStringLiteral("1"), QStringLiteral("2"), kNotes));
        QCOMPARE(view->markedLeft(), QList<int>{1});
        QVERIFY(m_page->selectFile(VersionsPage::configurationEntry()));
        const QStringList right = view->rightEditor()->text().split(u'\n');
        QList<int> expected;
        for (int i = 0; i < right.size(); ++i) {
            if (right.at(i).contains(QLatin1String("MemorySize")) || right.at(i).contains(QLatin1String("LastModified"))
                || right.at(i).contains(QLatin1String("Description"))
                || right.at(i).contains(QLatin1String("CodeSha256")) || right.at(i).contains(QLatin1String("CodeSize"))
                || right.at(i).contains(QLatin1String("RevisionId")))
                expected.append(i);
        }
        const QList<int> marked = view->markedRight();
        QVERIFY(!marked.isEmpty());
        for (int line : marked)
            QVERIFY2(expected.contains(line),
                     qPrintable(QStringLiteral("line %1 marked: %2").arg(line).arg(right.at(line))));
        bool memoryMarked = false;
        for (int line : marked)
            memoryMarked |= right.at(line).contains(QLatin1String("\"MemorySize\": 256"));
        QVERIFY(memoryMarked);
    }

    // The tint of a changed line follows the theme chosen while the diff is open: dark in the
    // dark theme (where the editor's text is light), light in the light one.
    void diffColoursFollowTheTheme()
    {
        struct Restore // the next tests run in the light theme
        {
            Theme theme;
            ~Restore() { theme.setMode(Theme::Mode::Light); }
        } restore;
        restore.theme.setMode(Theme::Mode::Light);
        QVERIFY(save(kNotes, "one\ntwo\nthree\n"));
        QVERIFY(publishFromTheTab(QStringLiteral("v1")));
        QVERIFY(untilRows(1));
        QVERIFY(save(kNotes, "one\nTWO\nthree\n"));
        QVERIFY(showAndWait(QStringLiteral("1"), VersionsPage::kLatest, kNotes));
        CodeEditor *right = m_page->diffView()->rightEditor();
        QCOMPARE(m_page->diffView()->markedRight(), QList<int>{1});
        for (const Theme::Mode mode : {Theme::Mode::Dark, Theme::Mode::Light}) {
            restore.theme.setMode(mode);
            const bool dark = mode == Theme::Mode::Dark;
            QVERIFY(widgettestsupport::untilPaletteChanged(right, [&] { return right->isDark() == dark; }));
            QCoreApplication::sendPostedEvents(); // what the palette change queued
            right->setFirstVisibleLine(0);
            const int h = int(right->SendScintilla(QsciScintilla::SCI_TEXTHEIGHT, 1));
            const QImage image = right->viewport()->grab().toImage();
            const QColor changed = image.pixelColor(image.width() - 10, h + h / 2);
            const QColor same = image.pixelColor(image.width() - 10, h / 2);
            QVERIFY2(changed != same, qPrintable(changed.name()));
            QVERIFY2(dark ? changed.lightness() < 100 : changed.lightness() > 180,
                     qPrintable(QStringLiteral("changed line %1 in the %2 theme")
                                    .arg(changed.name(), dark ? QStringLiteral("dark") : QStringLiteral("light"))));
        }
    }

    // Another function is shown while a publish runs: its tab can publish at once, and the
    // first publish's answer does not land on it.
    void publishAnswerStaysWithItsFunction()
    {
        // Fetched first: waiting for it runs the event loop, where the first answer could land.
        auto node = callAndWait(*m_host->host, [](Backend &b) { return b.getFunction(QStringLiteral("hello-node")); });
        QVERIFY(node && node->ok());
        QSignalSpy answered(m_page.get(), &VersionsPage::actionAnswered);
        QTest::mouseClick(m_page->publishButton(), Qt::LeftButton);
        QVERIFY(m_page->isPublishing());
        m_page->setFunction(node->value());
        QVERIFY(!m_page->isPublishing());
        QVERIFY(m_page->publishButton()->isEnabled());
        // Its answer comes after the first one's (both are queued to this thread in order).
        QTest::mouseClick(m_page->publishButton(), Qt::LeftButton);
        QVERIFY(answered.wait(60000));
        QCOMPARE(answered.size(), 1);
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("hello-node")),
                 qPrintable(m_page->message()->text()));
    }

    // A version an alias uses can't be deleted: the message names the alias; without the
    // alias it goes, and the list follows.
    void deleteRefusedWhileAnAliasUsesIt()
    {
        QVERIFY(publishFromTheTab(QStringLiteral("v1")));
        QVERIFY(untilRows(1));
        QVERIFY(callAndWait(*m_host->host, [](Backend &b) {
                    return b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("1")).ok();
                }).value_or(false));
        m_page->list()->setCurrentItem(m_page->list()->topLevelItem(0));
        QSignalSpy answered(m_page.get(), &VersionsPage::actionAnswered);
        QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
        QVERIFY(answered.wait(30000));
        QCOMPARE(answered.first().first().toBool(), false);
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("live")), qPrintable(m_page->message()->text()));
        QCOMPARE(m_page->list()->topLevelItemCount(), 1);

        QVERIFY(callAndWait(*m_host->host, [](Backend &b) {
                    return b.deleteAlias(kFn, QStringLiteral("live")).ok();
                }).value_or(false));
        QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
        QVERIFY(answered.wait(30000));
        QVERIFY2(answered.last().first().toBool(), qPrintable(m_page->message()->text()));
        QVERIFY(untilRows(0));
    }
};

QTEST_MAIN(TestVersionsPage)
#include "tst_versionspage.moc"
