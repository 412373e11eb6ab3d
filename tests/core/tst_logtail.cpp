// The lines an invocation's result carries stay bounded however much it prints; the newest
// are kept, and a first line says how many earlier ones were left out.
#include "runtime/logtail.h"

#include <QTest>

using namespace lambdesk;

class TestLogTail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsEverythingWithinBounds()
    {
        LogTail tail(10, 1000);
        tail.append(LogLine{1, QStringLiteral("r"), QStringLiteral("START"), true});
        tail.append({LogLine{2, QStringLiteral("r"), QStringLiteral("one"), false},
                     LogLine{3, QStringLiteral("r"), QStringLiteral("two"), false}});
        const QList<LogLine> lines = tail.take();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).text, QStringLiteral("START"));
        QCOMPARE(lines.at(2).text, QStringLiteral("two"));
        QCOMPARE(tail.size(), 0);
    }
    void keepsNewestLines()
    {
        LogTail tail(10, 1000000);
        for (int i = 0; i < 25; ++i)
            tail.append(LogLine{i, QStringLiteral("r"), QString::number(i), false});
        const QList<LogLine> lines = tail.take();
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.at(0).text,
                 QStringLiteral("Lambdesk: 15 earlier lines (20 characters) of this invocation are "
                                "left out of this result (see the function's log)"));
        QVERIFY(lines.at(0).platform);
        QCOMPARE(lines.at(1).text, QStringLiteral("15"));
        QCOMPARE(lines.at(10).text, QStringLiteral("24"));
    }
    void keepsNewestCharacters()
    {
        LogTail tail(1000, 100);
        for (int i = 0; i < 10; ++i)
            tail.append(LogLine{i, QStringLiteral("r"), QString(30, QChar(char16_t(u'a' + i))), false});
        const QList<LogLine> lines = tail.take();
        QCOMPARE(lines.size(), 4); // the marker and the last three (90 characters)
        QCOMPARE(lines.at(1).text, QString(30, u'h'));
        QCOMPARE(lines.at(3).text, QString(30, u'j'));
    }
};

QTEST_GUILESS_MAIN(TestLogTail)
#include "tst_logtail.moc"
