// Local queues: how fast messages are accepted (each on disk before the send returns), and how
// many messages per second an event source mapping delivers to a no-op Python function, by
// batch size and concurrency. Prints figures; asserts nothing.
#include "backend.h"
#include "benchbackend.h"
#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace lambdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // bench_queues [N]: N messages per run (default 20000).
    int n = 20000;
    for (const QString &a : app.arguments().mid(1))
        if (a.toInt() > 0)
            n = a.toInt();
    const auto setup = bench::startPythonBackend(true);  // as the console and serve run: START/END/REPORT lines are stored
    if (!setup)
        return 1;
    Backend &backend = *setup->backend;
    const RuntimeInfo *py = setup->python;
    FunctionConfig c;
    c.name = QStringLiteral("noop");
    c.runtime = py->id;
    c.handler = QStringLiteral("noop.handler");
    c.memorySize = 2048; // no CPU quota throttling in the measurement
    if (auto r = backend.createFunction(c, CodeSource::directory(QStringLiteral(LAMBDESK_SOURCE_DIR "/tests/bench/noop/python")));
        !r) {
        std::fprintf(stderr, "create: %s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("Lambdesk queue benchmark — %d messages per run, %s\n\n", n, qPrintable(backend.limitsDescription()));
    const QByteArray body = R"({"orderId": "0000000000", "amount": 12.5, "note": "a message of about a hundred bytes"})";

    // Send: one SQLite commit (WAL) per message.
    std::vector<double> sendRates;
    for (int round = 0; round < 3; ++round) {
        const QString q = QStringLiteral("send-%1").arg(round);
        backend.createQueue(q);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i)
            if (!backend.sendQueueMessage(q, body)) {
                std::fprintf(stderr, "send failed\n");
                return 1;
            }
        sendRates.push_back(n / (double(t.nsecsElapsed()) / 1e9));
        backend.purgeQueue(q);
    }
    const bench::Stats send = bench::Stats::of(sendRates);
    std::printf("  send (each on disk when it returns)                    median %9.0f msg/s\n\n", send.median);

    struct Config
    {
        int batch, concurrency;
    };
    const Config configs[] = {{1, 5}, {10, 5}, {10, 10}, {100, 5}, {100, 10}, {1000, 5}, {1000, 10}};
    std::printf("  delivery to a no-op Python function (send first, then the mapping drains the queue):\n");
    for (const Config &cfg : configs) {
        const QString q = QStringLiteral("deliver-%1-%2").arg(cfg.batch).arg(cfg.concurrency);
        backend.createQueue(q);
        const int count = cfg.batch == 1 ? std::min(n, 5000) : n;
        for (int i = 0; i < count; ++i)
            backend.sendQueueMessage(q, body);
        MappingChange m;
        m.function = QStringLiteral("noop");
        m.eventSourceArn = backend.queueArn(q);
        m.batchSize = cfg.batch;
        m.batchingWindowS = cfg.batch > 10 ? 1 : 0;
        m.maximumConcurrency = cfg.concurrency;
        int deleted = 0, failedBatches = 0, batches = 0;
        QEventLoop loop;
        auto conn = QObject::connect(backend.eventSourceMappings(), &EventSourceMappings::batchDone, &loop,
                                     [&](const QString &, int messages, int gone) {
                                         ++batches;
                                         deleted += gone;
                                         if (gone < messages)
                                             ++failedBatches;
                                         if (deleted >= count)
                                             loop.quit();
                                     });
        QElapsedTimer t;
        t.start();
        const auto created = backend.createEventSourceMapping(m);
        if (!created) {
            std::fprintf(stderr, "mapping: %s\n", qPrintable(created.error().message));
            return 1;
        }
        QTimer::singleShot(600000, &loop, &QEventLoop::quit); // a safety net only
        loop.exec();
        const double s = double(t.nsecsElapsed()) / 1e9;
        QObject::disconnect(conn);
        backend.deleteEventSourceMapping(created->uuid);
        char label[96];
        std::snprintf(label, sizeof label, "batch %4d, concurrency %2d (%d invocations%s)", cfg.batch,
                      cfg.concurrency, batches, failedBatches ? ", some failed" : "");
        std::printf("  %-55s %9.0f msg/s\n", label, deleted / s);
        std::fflush(stdout);
    }
    backend.stop();
    return 0;
}
