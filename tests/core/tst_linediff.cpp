#include "text/linediff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace lambdesk;
using namespace lambdesk::linediff;

namespace {

// Applies the edits to `left` and checks that they make `right`, using every line once, in order.
bool rebuilds(const QStringList &left, const QStringList &right, const QList<Edit> &edits, QString *why)
{
    QStringList out;
    int nextLeft = 0, nextRight = 0;
    for (const Edit &e : edits) {
        if (e.kind != Edit::Kind::Added) {
            if (e.left != nextLeft++) {
                *why = QStringLiteral("left line %1 out of order").arg(e.left);
                return false;
            }
        }
        if (e.kind != Edit::Kind::Removed) {
            if (e.right != nextRight++) {
                *why = QStringLiteral("right line %1 out of order").arg(e.right);
                return false;
            }
            if (e.kind == Edit::Kind::Same && left.at(e.left) != right.at(e.right)) {
                *why = QStringLiteral("'same' lines %1/%2 differ").arg(e.left).arg(e.right);
                return false;
            }
            out.append(right.at(e.right));
        }
    }
    if (nextLeft != left.size() || nextRight != right.size()) {
        *why = QStringLiteral("not every line used");
        return false;
    }
    return out == right;
}

// The length of the longest common subsequence, by the textbook table (for small inputs).
int lcsLength(const QStringList &a, const QStringList &b)
{
    QList<QList<int>> t(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (int i = 1; i <= a.size(); ++i)
        for (int j = 1; j <= b.size(); ++j)
            t[i][j] = a.at(i - 1) == b.at(j - 1) ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    return t[a.size()][b.size()];
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksChangedLines_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QList<int>>("removed");
        QTest::addColumn<QList<int>>("added");
        QTest::newRow("same") << "a\nb\nc\n"
                              << "a\nb\nc\n"
                              << QList<int>{} << QList<int>{};
        QTest::newRow("both empty") << ""
                                    << "" << QList<int>{} << QList<int>{};
        QTest::newRow("all new") << ""
                                 << "a\nb\n"
                                 << QList<int>{} << QList<int>{0, 1};
        QTest::newRow("all gone") << "a\nb\n"
                                  << "" << QList<int>{0, 1} << QList<int>{};
        QTest::newRow("one changed") << "a\nb\nc\n"
                                     << "a\nB\nc\n"
                                     << QList<int>{1} << QList<int>{1};
        QTest::newRow("inserted in the middle") << "a\nc\n"
                                                << "a\nb\nc\n"
                                                << QList<int>{} << QList<int>{1};
        QTest::newRow("removed at the start") << "x\na\nb\n"
                                              << "a\nb\n"
                                              << QList<int>{0} << QList<int>{};
        QTest::newRow("added at the end") << "a\nb"
                                          << "a\nb\nc\n"
                                          << QList<int>{} << QList<int>{2};
        QTest::newRow("crlf is the same line") << "a\r\nb\r\n"
                                               << "a\nb\n"
                                               << QList<int>{} << QList<int>{};
        QTest::newRow("moved block") << "1\n2\n3\n4\n5\n"
                                     << "4\n5\n1\n2\n3\n"
                                     << QList<int>{3, 4} << QList<int>{0, 1};
        QTest::newRow("repeated lines") << "}\n}\nx\n}\n"
                                        << "}\nx\n}\n}\n"
                                        << QList<int>{1} << QList<int>{2};
    }
    void marksChangedLines()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QList<int>, removed);
        QFETCH(QList<int>, added);
        const QStringList a = splitLines(left), b = splitLines(right);
        const QList<Edit> edits = diff(a, b);
        QString why;
        QVERIFY2(rebuilds(a, b, edits, &why), qPrintable(why));
        const Changed c = changedLines(edits);
        QCOMPARE(c.left, removed);
        QCOMPARE(c.right, added);
    }

    void splitsAsAnEditorShowsLines()
    {
        QCOMPARE(splitLines(QString()), QStringList{});
        QCOMPARE(splitLines(QStringLiteral("a")), QStringList{QStringLiteral("a")});
        QCOMPARE(splitLines(QStringLiteral("a\n")), QStringList{QStringLiteral("a")});
        QCOMPARE(splitLines(QStringLiteral("a\n\n")), (QStringList{QStringLiteral("a"), QString()}));
        QCOMPARE(splitLines(QStringLiteral("\n")), QStringList{QString()});
    }

    // Random edits of random texts: the script always rebuilds the right side and is a shortest
    // one (as many 'same' lines as the longest common subsequence).
    void shortestOnRandomTexts()
    {
        QRandomGenerator rng(11); // fixed seed: a failure can be replayed
        for (int round = 0; round < 300; ++round) {
            QStringList a, b;
            const int n = int(rng.bounded(25)), m = int(rng.bounded(25));
            for (int i = 0; i < n; ++i)
                a.append(QString::number(rng.bounded(5)));
            for (int i = 0; i < m; ++i)
                b.append(QString::number(rng.bounded(5)));
            const QList<Edit> edits = diff(a, b);
            QString why;
            QVERIFY2(rebuilds(a, b, edits, &why), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(why)));
            const auto same = std::count_if(edits.begin(), edits.end(),
                                            [](const Edit &e) { return e.kind == Edit::Kind::Same; });
            QCOMPARE(int(same), lcsLength(a, b));
        }
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
