#pragma once

#include "linesplitter.h"

#include <QObject>

class QSocketNotifier;

namespace lambdesk {

// A pipe the runtime's stdout and stderr both write into (as Lambda merges them), read
// without blocking and cut into lines. drain() reads whatever the child wrote so far, so a
// line printed before the runtime posted its response is attributed to that invocation.
class OutputPipe : public QObject
{
    Q_OBJECT
public:
    explicit OutputPipe(QObject *parent = nullptr);
    ~OutputPipe() override;

    bool open();
    int writeFd() const { return m_writeFd; } // for the child; closed here after start
    void closeWriteEnd();
    // Reads everything available now and emits the complete lines.
    void drain();
    // End of stream: drain, then emit the unfinished tail as a line.
    void finish();

Q_SIGNALS:
    void linesRead(const QList<QByteArray> &lines);

private:
    void read(qsizetype budget); // budget < 0: until the pipe is empty

    int m_readFd = -1;
    int m_writeFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    LineSplitter m_splitter;
};

} // namespace lambdesk
