#pragma once

#include "linesplitter.h"

#include <QElapsedTimer>
#include <QObject>

class QSocketNotifier;

namespace lambdesk {

// A pipe the runtime's stdout and stderr both write into (as Lambda merges them), read
// without blocking and cut into lines. drain() reads whatever the child wrote so far, so a
// line printed before the runtime posted its response is attributed to that invocation.
//
// A handler may write far faster than anything downstream (the log database, the console)
// can keep: output is let through up to a burst, then at a steady rate, and what comes faster
// is dropped — the pipe is still read at full speed, so the handler never blocks on its
// stdout. Each drop is said in the log by a marker line with how many lines and bytes were
// left out (at most once a second while it lasts, and at every drain()).
class OutputPipe : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qsizetype maxLine = 256 * 1024;    // longer lines are cut into pieces (AWS: 256 KB per event)
        qint64 burstBytes = 16LL << 20;    // let through at once
        qint64 bytesPerSecond = 4LL << 20; // then this much a second
        qint64 lineCost = 64;              // what a line costs beyond its bytes (its record and row)
        qsizetype readBudget = 256 * 1024; // read per wake-up, then other events get their turn
    };

    explicit OutputPipe(QObject *parent = nullptr);
    ~OutputPipe() override;

    void setLimits(const Limits &limits);
    const Limits &limits() const { return m_limits; }

    bool open();
    int writeFd() const { return m_writeFd; } // for the child; closed here after start
    void closeWriteEnd();
    // Reads what the pipe holds now (no more: a writer that keeps writing cannot hold us
    // here) and emits the complete lines, with a marker for what was dropped.
    void drain();
    // End of stream: drain, then emit the unfinished tail as a line.
    void finish();

    qint64 droppedLines() const { return m_totalDroppedLines; } // since open()

Q_SIGNALS:
    void linesRead(const QList<QByteArray> &lines);

private:
    void read(qsizetype budget);
    void refill();
    void admit(QList<QByteArray> &&lines, QList<QByteArray> &out);
    void addMarker(QList<QByteArray> &out);

    int m_readFd = -1;
    int m_writeFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    Limits m_limits;
    LineSplitter m_splitter;
    QElapsedTimer m_clock;
    double m_tokens = 0;
    qint64 m_refilledNs = 0;
    qint64 m_markerNs = 0;
    qint64 m_droppedLines = 0; // since the last marker
    qint64 m_droppedBytes = 0;
    qint64 m_totalDroppedLines = 0;
};

} // namespace lambdesk
