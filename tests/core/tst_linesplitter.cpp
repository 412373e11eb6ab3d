// Output is cut into lines in core, keeping the unfinished tail (DESIGN.md §6.3).
#include "runtime/linesplitter.h"

#include <QtTest>

using namespace lambdesk;

class TestLineSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsAndKeepsTail()
    {
        LineSplitter s;
        QCOMPARE(s.feed("one\ntw"), (QList<QByteArray>{"one"}));
        QVERIFY(s.hasPending());
        QCOMPARE(s.feed("o\nthree\n"), (QList<QByteArray>{"two", "three"}));
        QVERIFY(!s.hasPending());
        QCOMPARE(s.feed("tail"), QList<QByteArray>{});
        QCOMPARE(s.flush(), (QList<QByteArray>{"tail"}));
        QCOMPARE(s.flush(), QList<QByteArray>{});
    }
    void crlfAndEmptyLines()
    {
        LineSplitter s;
        QCOMPARE(s.feed("a\r\n\nb\r\n"), (QList<QByteArray>{"a", "", "b"}));
        // A \r inside a line stays (Node writes multi-line messages that way).
        QCOMPARE(s.feed("x\ry\n"), (QList<QByteArray>{"x\ry"}));
    }
    void byteByByte()
    {
        LineSplitter s;
        QList<QByteArray> all;
        const QByteArray text = "héllo\nwörld\n";
        for (char c : text)
            all += s.feed(QByteArrayView(&c, 1));
        QCOMPARE(all, (QList<QByteArray>{"héllo", "wörld"}));
    }
    void longLinesAreCut()
    {
        LineSplitter s(10);
        QCOMPARE(s.feed("0123456789ABCDEF"), (QList<QByteArray>{"0123456789"}));
        QCOMPARE(s.feed("\n"), (QList<QByteArray>{"ABCDEF"}));
        // A long line within one chunk is cut the same way: nothing is lost silently.
        QCOMPARE(s.feed(QByteArray(QByteArray(25, 'x') + '\n')),
                 (QList<QByteArray>{QByteArray(10, 'x'), QByteArray(10, 'x'), QByteArray(5, 'x')}));
        QCOMPARE(s.feed(QByteArray(QByteArray(10, 'y') + '\n')), (QList<QByteArray>{QByteArray(10, 'y')}));
    }
    // A writer that never ends its line: what is kept between chunks stays within maxLine.
    void endlessLineKeepsTailBounded()
    {
        LineSplitter s(1000);
        const QByteArray chunk(4096, 'z');
        qsizetype out = 0;
        for (int i = 0; i < 1000; ++i) {
            for (const QByteArray &line : s.feed(chunk)) {
                QCOMPARE(line.size(), 1000);
                out += line.size();
            }
        }
        const QList<QByteArray> rest = s.flush();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(out + rest.first().size(), 4096 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
