// The runtime's output pipe: lines as they come, drain() bounded by what the pipe holds, and
// past its burst a flood is dropped with a marker saying how many lines and bytes.
#include "runtime/outputpipe.h"

#include <QSignalSpy>
#include <QtTest>

#include <unistd.h>

using namespace lambdesk;

namespace {

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

QList<QByteArray> collected(const QSignalSpy &spy)
{
    QList<QByteArray> out;
    for (const QList<QVariant> &args : spy)
        out += args.at(0).value<QList<QByteArray>>();
    return out;
}

} // namespace

class TestOutputPipe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesAndTail()
    {
        OutputPipe pipe;
        QVERIFY(pipe.open());
        QSignalSpy lines(&pipe, &OutputPipe::linesRead);
        QVERIFY(writeAll(pipe.writeFd(), "one\ntwo\npartial"));
        pipe.drain();
        QCOMPARE(collected(lines), (QList<QByteArray>{"one", "two"}));
        pipe.closeWriteEnd();
        pipe.finish();
        QCOMPARE(collected(lines), (QList<QByteArray>{"one", "two", "partial"}));
    }

    // Past the burst (and with next to no rate) lines are dropped, counted, and said once at
    // drain(), within the invocation that printed them.
    void floodIsDroppedWithMarker()
    {
        OutputPipe pipe;
        OutputPipe::Limits limits;
        limits.burstBytes = 1000;
        limits.bytesPerSecond = 1;
        limits.lineCost = 0;
        pipe.setLimits(limits);
        QVERIFY(pipe.open());
        QSignalSpy lines(&pipe, &OutputPipe::linesRead);
        QByteArray text;
        for (int i = 0; i < 100; ++i)
            text += QByteArray(99, 'a' + char(i % 26)) + '\n'; // 100 lines of 99 bytes
        QVERIFY(writeAll(pipe.writeFd(), text));
        pipe.drain();
        const QList<QByteArray> got = collected(lines);
        QCOMPARE(got.size(), 10 + 1); // 10 lines of 99 fit in 1000 bytes, then the marker
        QCOMPARE(got.at(0), QByteArray(99, 'a'));
        QCOMPARE(got.at(9), QByteArray(99, 'j'));
        QCOMPARE(got.last(),
                 QByteArray("Lambdesk: output dropped: 90 lines (9000 bytes) written faster than Lambdesk "
                            "logs output (1000 bytes at once, then 1 bytes a second)"));
        QCOMPARE(pipe.droppedLines(), 90);
        // Said once: another drain with nothing dropped adds nothing.
        lines.clear();
        pipe.drain();
        QVERIFY(collected(lines).isEmpty());
    }

    // drain() reads what the pipe held when called; a writer that goes on cannot keep it there.
    void drainReadsWhatIsThere()
    {
        OutputPipe pipe;
        QVERIFY(pipe.open());
        QSignalSpy lines(&pipe, &OutputPipe::linesRead);
        QVERIFY(writeAll(pipe.writeFd(), QByteArray(1000, 'x') + '\n'));
        pipe.drain();
        QCOMPARE(collected(lines), (QList<QByteArray>{QByteArray(1000, 'x')}));
    }
};

QTEST_GUILESS_MAIN(TestOutputPipe)
#include "tst_outputpipe.moc"
