// The placeholder of a tab that comes with a later release (Monitor, Aliases, Versions): its
// text reads whole at every width the window can have, from a narrow pane to a wide screen.
#include "pages/placeholderpage.h"

#include <QLabel>
#include <QTest>

using namespace lambdesk;

class TestPlaceholderPage : public QObject
{
    Q_OBJECT

    static QLabel *body(PlaceholderPage &page)
    {
        for (QLabel *l : page.findChildren<QLabel *>()) {
            if (l->wordWrap())
                return l;
        }
        return nullptr;
    }

private Q_SLOTS:
    void wholeTextAtEveryWidth_data()
    {
        QTest::addColumn<int>("width");
        for (int width : {260, 400, 560, 700, 900, 1200, 1700})
            QTest::addRow("%d px", width) << width;
    }

    void wholeTextAtEveryWidth()
    {
        QFETCH(int, width);
        PlaceholderPage page(ConsoleContext{}, QStringLiteral("Monitor"),
                             QStringLiteral("Charts of invocations, durations, errors and memory arrive with the "
                                            "monitoring release. Until then every invocation's REPORT is in the "
                                            "results panel and the log below."));
        page.resize(width, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QLabel *text = body(page);
        QVERIFY(text);
        QVERIFY(text->isVisible());
        // The label got the height its text needs at the width it got, and that width is inside the page.
        QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                 qPrintable(QStringLiteral("%1 px high, needs %2 at %3 px")
                                .arg(text->height())
                                .arg(text->heightForWidth(text->width()))
                                .arg(text->width())));
        QVERIFY(text->geometry().left() >= 0);
        QVERIFY(text->geometry().right() < page.width());
        QVERIFY(text->geometry().bottom() < page.height());
        // Several lines when the page is narrow: it wraps rather than widening the page.
        QVERIFY(page.minimumSizeHint().width() <= 260);
    }
};

QTEST_MAIN(TestPlaceholderPage)
#include "tst_placeholderpage.moc"
