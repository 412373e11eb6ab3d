// "Explained where it happens" (issue 17): hovering what the console shows opens a card with the
// glossary's explanation and a link to AWS's documentation. Real results of a real backend are
// hovered as a user would (the pointer moved there and left to rest for the usual tooltip
// delay): the result panel's Duration and figures, the error type of a function that crashed,
// a REPORT line's field in the log viewer and in the result's log output, the memory slider's
// CPU share and a configuration label; the link opens the browser; leaving or Esc hides the card.
#include "backend.h"
#include "backendhost.h"
#include "common/explainpopup.h"
#include "common/invocationcontroller.h"
#include "common/theme.h"
#include "config/generalform.h"
#include "config/memoryedit.h"
#include "learn/glossary.h"
#include "logs/logmodel.h"
#include "logs/logview.h"
#include "results/resultpanel.h"
#include "store/logstore.h"
#include "urlcatcher.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QVBoxLayout>

#include "widgettestsupport.h"
#include "windowtestsupport.h"

using namespace lambdesk;
using widgettestsupport::callAndWait;

namespace {

constexpr int kWaitMs = 30000; // a safety net: the card comes after the tooltip delay (700 ms)

// Rests the pointer on `pos` of `widget` and waits for the card; false if it did not come.
bool hover(QWidget *widget, QPoint pos)
{
    ExplainPopup *card = ExplainPopup::instance();
    // Away first: the card comes anew, and a move to where the pointer already is would be no
    // move at all (Qt drops it), so no tooltip delay would start.
    QSignalSpy hidden(card, &ExplainPopup::hidden);
    QTest::mouseMove(widget->window(), QPoint(1, 1));
    if (card->isVisible() && !hidden.wait(kWaitMs))
        return false;
    QSignalSpy shown(card, &ExplainPopup::shown);
    QTest::mouseMove(widget, pos);
    return shown.wait(kWaitMs);
}

bool hover(QWidget *widget)
{
    return hover(widget, widget->rect().center());
}

// Rests the pointer inside the first `text` in a text browser (a few characters in) and waits
// for the card; false if the text is not there or the card did not come.
bool hoverText(QTextBrowser *browser, const QString &text)
{
    const QTextCursor found = browser->document()->find(text);
    if (found.isNull())
        return false;
    QTextCursor inside(browser->document());
    inside.setPosition(found.selectionStart() + 3);
    const QRect caret = browser->cursorRect(inside);
    return hover(browser->viewport(), QPoint(caret.left() + 2, caret.center().y()));
}

// The point in a label with rich text where `text` is drawn (the label lays its text out in a
// document of its own, placed as QLabel places it: left, centred vertically).
QPoint pointOf(QLabel *label, const QString &text)
{
    const auto *doc = label->findChild<QTextDocument *>();
    if (!doc)
        return {};
    const int at = int(doc->toPlainText().indexOf(text));
    if (at < 0)
        return {};
    const QTextBlock block = doc->findBlock(at);
    const QTextLine line = block.layout()->lineForTextPosition(at - block.position());
    const qreal height = doc->documentLayout()->documentSize().height();
    const QRect area = label->contentsRect();
    const qreal top = area.top() + std::max<qreal>(0, (area.height() - height) / 2);
    const qreal x = line.cursorToX(at - block.position() + 2);
    return QPointF(area.left() + block.layout()->position().x() + x,
                   top + block.layout()->position().y() + line.y() + line.height() / 2)
        .toPoint();
}

QLabel *labelWithText(QWidget *parent, const QString &text)
{
    for (QLabel *label : parent->findChildren<QLabel *>()) {
        if (label->text() == text && label->isVisible())
            return label;
    }
    return nullptr;
}

} // namespace

class TestExplainPopup : public QObject
{
    Q_OBJECT

public:
    // Called by QTEST_MAIN before the application exists: a projector's screen, 1024×640, as in
    // tst_mainwindow (the offscreen platform's own is 800×600).
    static void initMain() { windowtestsupport::useProjectorScreen(); }

private:
    std::unique_ptr<widgettestsupport::StartedHost> m_host;
    UrlCatcher m_browser;

    // Invokes `function` through the console's controller and returns its result.
    std::optional<InvocationResult> invoke(const QString &function)
    {
        QSignalSpy finished(m_host->invocations.get(), &InvocationController::invocationFinished);
        const QString id = m_host->invocations->invoke(function, QByteArrayLiteral("{\"name\":\"Ada\"}"));
        const auto done = [&] {
            for (const auto &call : std::as_const(finished)) {
                if (call.first().value<InvocationResult>().requestId == id)
                    return true;
            }
            return false;
        };
        widgettestsupport::Waiter().on(m_host->invocations.get(), &InvocationController::invocationFinished).until(done);
        for (const auto &call : std::as_const(finished)) {
            const auto r = call.first().value<InvocationResult>();
            if (r.requestId == id)
                return r;
        }
        return std::nullopt;
    }

    // A window the size of a small laptop screen holding `content`, shown and active (tooltips
    // and so the cards come only in the active window).
    std::unique_ptr<QWidget> window(QWidget *content)
    {
        auto w = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(w.get());
        layout->addWidget(content);
        w->resize(1000, 600);
        w->move(0, 0);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        return w;
    }

    // A result panel showing `result`, in a window of its own (empty if it did not come up).
    std::unique_ptr<QWidget> resultWindow(const InvocationResult &result, ResultPanel **panel)
    {
        *panel = new ResultPanel;
        (*panel)->showResult(result);
        return window(*panel);
    }

    void checkCardFor(const QString &key)
    {
        const glossary::Term *term = glossary::find(key);
        QVERIFY(term);
        ExplainPopup *card = ExplainPopup::instance();
        QVERIFY(card->isVisible());
        QCOMPARE(card->termKey(), key);
        QCOMPARE(card->titleText(), term->title);
        QCOMPARE(card->bodyText(), term->text);
        QCOMPARE(card->linkUrl(), term->docsUrl);
        QVERIFY(card->linkLabel()->text().contains(QLatin1String("Learn more in the AWS documentation")));
        QVERIFY(card->linkLabel()->text().contains(term->docsUrl));
        // Whole on the screen.
        const QRect screen = card->screen()->availableGeometry();
        QVERIFY2(
            screen.contains(card->geometry()),
            qPrintable(
                QStringLiteral("card %1,%2 %3x%4").arg(card->x()).arg(card->y()).arg(card->width()).arg(card->height())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = std::make_unique<widgettestsupport::StartedHost>();
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    }
    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        ExplainPopup::instance()->hideCard();
        m_host.reset();
    }
    void cleanup() { ExplainPopup::instance()->hideCard(); }

    // The Summary's Duration of a real invocation: the card with its text and link.
    void durationOfARealResult()
    {
        const auto r = invoke(QStringLiteral("hello-python"));
        QVERIFY(r);
        QVERIFY2(!r->isError(), r->payload.constData());
        ResultPanel *panel = nullptr;
        const auto w = resultWindow(*r, &panel);
        QVERIFY(w);
        panel->tabs()->setCurrentIndex(1); // Summary
        QLabel *duration = labelWithText(panel, ResultPanel::tr("Duration"));
        QVERIFY(duration);
        QVERIFY(hover(duration));
        checkCardFor(QStringLiteral("report.duration"));

        // The card is under the label, not over it.
        QVERIFY(ExplainPopup::instance()->y() >= duration->mapToGlobal(QPoint(0, duration->height())).y());

        // Leaving both hides it.
        QSignalSpy hidden(ExplainPopup::instance(), &ExplainPopup::hidden);
        QTest::mouseMove(w.get(), QPoint(w->width() - 5, w->height() - 5));
        QVERIFY(hidden.wait(kWaitMs));
        QVERIFY(!ExplainPopup::instance()->isVisible());

        // Another row: Max memory used.
        QLabel *memory = labelWithText(panel, ResultPanel::tr("Max memory used"));
        QVERIFY(memory);
        QVERIFY(hover(memory));
        checkCardFor(QStringLiteral("report.maxMemoryUsed"));

        // A new result rebuilds the Summary: the card goes with the label it explained.
        QSignalSpy gone(ExplainPopup::instance(), &ExplainPopup::hidden);
        panel->showResult(*r);
        QCOMPARE(gone.count(), 1);
        QVERIFY(!ExplainPopup::instance()->isVisible());
    }

    // The figures under the status ("Duration … · Billed … · Max memory …"): the part under the
    // pointer is explained, Billed as Billed Duration.
    void figuresLineExplainsThePartUnderThePointer()
    {
        const auto r = invoke(QStringLiteral("hello-python"));
        QVERIFY(r);
        ResultPanel *panel = nullptr;
        const auto w = resultWindow(*r, &panel);
        QVERIFY(w);
        QLabel *figures = nullptr;
        for (QLabel *label : panel->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("Billed")) && label->text().contains(QStringLiteral(" · ")))
                figures = label;
        }
        QVERIFY(figures);
        const QPoint billed = pointOf(figures, QStringLiteral("Billed"));
        QVERIFY(!billed.isNull());
        QVERIFY(hover(figures, billed));
        checkCardFor(QStringLiteral("report.billedDuration"));
        const QPoint duration = pointOf(figures, QStringLiteral("Duration"));
        QVERIFY(hover(figures, duration));
        checkCardFor(QStringLiteral("report.duration"));
    }

    // A function that crashes: its error type in the status line is explained.
    void errorTypeOfARealCrash()
    {
        const auto config = callAndWait(*m_host->host,
                                        [](Backend &b) { return b.getFunction(QStringLiteral("hello-python")); });
        QVERIFY(config && config->ok());
        QTemporaryDir code;
        QFile file(code.filePath(QStringLiteral("lambda_function.py")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("import os\n\ndef lambda_handler(event, context):\n    os._exit(3)\n");
        file.close();
        FunctionConfig crash = config->value();
        crash.name = QStringLiteral("crash");
        crash.handler = QStringLiteral("lambda_function.lambda_handler");
        const auto created = callAndWait(*m_host->host, [crash, dir = code.path()](Backend &b) {
            return b.createFunction(crash, CodeSource::directory(dir));
        });
        QVERIFY(created && created->ok());
        const auto r = invoke(QStringLiteral("crash"));
        QVERIFY(r);
        QCOMPARE(r->errorType, QStringLiteral("Runtime.ExitError"));
        ResultPanel *panel = nullptr;
        const auto w = resultWindow(*r, &panel);
        QVERIFY(w);
        QLabel *status = nullptr;
        for (QLabel *label : panel->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("Runtime.ExitError")) && label->isVisible())
                status = label;
        }
        QVERIFY(status);
        QVERIFY(hover(status, QPoint(10, status->height() / 2)));
        checkCardFor(QStringLiteral("error.Runtime.ExitError"));

        // The error view under it names the type too.
        auto *errorView = panel->findChild<QTextBrowser *>(QStringLiteral("errorView"));
        QVERIFY(errorView && errorView->isVisible());
        QVERIFY(hoverText(errorView, QStringLiteral("Runtime.ExitError")));
        checkCardFor(QStringLiteral("error.Runtime.ExitError"));
    }

    // The log viewer: hovering "Billed Duration: 16 ms" inside a real REPORT line explains that
    // field; the START line next to it keeps its ordinary tooltip.
    void reportLineInTheLogViewer()
    {
        const auto r = invoke(QStringLiteral("hello-python"));
        QVERIFY(r);
        LogModel model;
        QList<LogRecord> records;
        for (const LogLine &line : r->logs) {
            LogRecord record;
            record.function = QStringLiteral("hello-python");
            record.line = line;
            records.append(record);
        }
        model.append(records);
        auto *view = new LogView(&model);
        const auto w = window(view);
        QVERIFY(w);
        QTableView *table = view->table();
        // The message alone, so that the fields are on the screen.
        for (int column : {LogModel::TimeColumn, LogModel::FunctionColumn, LogModel::RequestColumn})
            table->setColumnHidden(column, true);
        int reportRow = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, LogModel::MessageColumn).data().toString().startsWith(QLatin1String("REPORT")))
                reportRow = row;
        }
        QVERIFY2(reportRow >= 0, "the invocation's REPORT line is shown");
        const QModelIndex index = table->model()->index(reportRow, LogModel::MessageColumn);
        table->scrollTo(index);
        const QString text = index.data().toString();
        const QFont font = index.data(Qt::FontRole).value<QFont>();
        const QRect cell = table->visualRect(index);
        const auto pointAt = [&](const QString &field) {
            const qsizetype at = text.indexOf(field);
            const int x = cell.left() + 4 + QFontMetrics(font).horizontalAdvance(text.left(at))
                + QFontMetrics(font).horizontalAdvance(field) / 2;
            return QPoint(x, cell.center().y());
        };
        QVERIFY(text.contains(QLatin1String("Billed Duration: ")));
        QVERIFY(hover(table->viewport(), pointAt(QStringLiteral("Billed Duration"))));
        checkCardFor(QStringLiteral("report.billedDuration"));
        QVERIFY(hover(table->viewport(), pointAt(QStringLiteral("Memory Size"))));
        checkCardFor(QStringLiteral("report.memorySize"));
        // What the line says is not changed by it.
        QCOMPARE(index.data().toString(), text);
    }

    // The result's own log output shows the REPORT line too.
    void reportLineInTheResultsLogOutput()
    {
        const auto r = invoke(QStringLiteral("hello-python"));
        QVERIFY(r);
        ResultPanel *panel = nullptr;
        const auto w = resultWindow(*r, &panel);
        QVERIFY(w);
        panel->tabs()->setCurrentIndex(2); // Log output
        auto *log = panel->findChild<QTextBrowser *>(QStringLiteral("logOutput"));
        QVERIFY(log);
        QVERIFY(hoverText(log, QStringLiteral("Memory Size")));
        checkCardFor(QStringLiteral("report.memorySize"));
    }

    // The memory slider's CPU share, in the light and the dark theme.
    void cpuShare_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void cpuShare()
    {
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        auto *memory = new MemoryEdit;
        memory->setValue(1769);
        const auto w = window(memory);
        QVERIFY(w);
        auto *cpu = memory->findChild<QLabel *>(QStringLiteral("cpuShare"));
        QVERIFY(cpu);
        QVERIFY(hover(cpu));
        checkCardFor(QStringLiteral("config.cpuShare"));
        ExplainPopup *card = ExplainPopup::instance();
        QVERIFY(card->bodyText().contains(QLatin1String("1,769 MB")));
        // Its colours are the theme's, and its text reads on its background.
        const QColor background = card->palette().color(QPalette::Window);
        QCOMPARE(background, QApplication::palette().color(QPalette::Base));
        QCOMPARE(Theme::isDark(card->palette()), dark);
        const QColor text =
            card->findChild<QLabel *>(QStringLiteral("explainText"))->palette().color(QPalette::WindowText);
        QVERIFY2(widgettestsupport::contrastRatio(text, background) >= 4.5,
                 qPrintable(text.name() + u' ' + background.name()));
        QApplication::setPalette(before);
    }

    // A configuration label (General configuration's Timeout), and its link opens AWS's page.
    void configurationLabelAndItsLink()
    {
        auto *form = new GeneralForm;
        const auto w = window(form);
        QVERIFY(w);
        QLabel *timeout = nullptr;
        for (QLabel *label : form->findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("<b>%1</b>").arg(GeneralForm::tr("Timeout")) && label->isVisible())
                timeout = label;
        }
        QVERIFY(timeout);
        QVERIFY(hover(timeout));
        checkCardFor(QStringLiteral("config.timeout"));

        // Over to the card (it stays), and a click on its link.
        ExplainPopup *card = ExplainPopup::instance();
        QLabel *link = card->linkLabel();
        const QPoint onLink(link->fontMetrics().horizontalAdvance(QStringLiteral("Learn more")) / 2,
                            link->height() / 2);
        QTest::mouseMove(link, onLink);
        QVERIFY(card->isVisible());
        QSignalSpy opened(&m_browser, &UrlCatcher::opened);
        QSignalSpy hidden(card, &ExplainPopup::hidden);
        QTest::mouseClick(link, Qt::LeftButton, {}, onLink);
        QVERIFY(!opened.isEmpty() || opened.wait(kWaitMs));
        QCOMPARE(m_browser.urls.last(), QUrl(glossary::find(QStringLiteral("config.timeout"))->docsUrl));
        QVERIFY(m_browser.urls.last().toString().startsWith(QLatin1String("https://docs.aws.amazon.com/lambda/")));
        // Opening the page puts the card away.
        QVERIFY(!hidden.isEmpty() || hidden.wait(kWaitMs));
    }

    void escapeHides()
    {
        auto *memory = new MemoryEdit;
        const auto w = window(memory);
        QVERIFY(w);
        QVERIFY(hover(memory->findChild<QLabel *>(QStringLiteral("cpuShare"))));
        QSignalSpy hidden(ExplainPopup::instance(), &ExplainPopup::hidden);
        QTest::keyClick(memory->spinBox(), Qt::Key_Escape);
        QVERIFY(!hidden.isEmpty() || hidden.wait(kWaitMs));
        QVERIFY(!ExplainPopup::instance()->isVisible());
    }

    // Near the screen's edges the card stays whole: above the part at the bottom, moved left at
    // the right edge.
    void staysOnTheScreen()
    {
        ExplainPopup *card = ExplainPopup::instance();
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        const QRect corner(screen.right() - 30, screen.bottom() - 15, 30, 15);
        QVERIFY(card->showFor(QStringLiteral("report.initDuration"), corner));
        QVERIFY(screen.contains(card->geometry()));
        QVERIFY(card->geometry().bottom() < corner.top()); // above it
        QVERIFY(card->showFor(QStringLiteral("config.layers"), QRect(screen.topLeft(), QSize(20, 10))));
        QVERIFY(screen.contains(card->geometry()));
        QVERIFY(card->geometry().top() > screen.top() + 9); // under it
        QVERIFY(!card->showFor(QStringLiteral("no.such.term"), corner));
    }
};

QTEST_MAIN(TestExplainPopup)
#include "tst_explainpopup.moc"
