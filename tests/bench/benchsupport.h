// What the benchmarks share: order statistics of a sample, and a blocking keep-alive HTTP/1.1
// client on plain sockets (as little client cost as possible in the figures) with a helper
// that runs clients on threads while the calling thread's event loop serves.
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QMetaObject>
#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bench {

// The p-th percentile (0..100) of an ascending sample; 0 for an empty one.
inline double percentileOfSorted(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    return sorted[std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())))];
}

inline double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The median of `runs` timings of `f`, in ms.
template<typename F>
double medianMs(int runs, F f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(msSince(t));
    }
    std::sort(times.begin(), times.end());
    return percentileOfSorted(times, 50);
}

struct Stats
{
    double median = 0, p99 = 0, mean = 0;
    static Stats of(std::vector<double> v)
    {
        Stats s;
        if (v.empty())
            return s;
        std::sort(v.begin(), v.end());
        s.median = percentileOfSorted(v, 50);
        s.p99 = percentileOfSorted(v, 99);
        for (double x : v)
            s.mean += x;
        s.mean /= double(v.size());
        return s;
    }
};

// Milliseconds gathered over interleaved rounds, with the calls that failed.
struct Series
{
    std::vector<double> ms;
    int failures = 0;
    void add(const std::vector<double> &more) { ms.insert(ms.end(), more.begin(), more.end()); }
    double pct(double p) const
    {
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        return percentileOfSorted(s, p);
    }
    double mean() const { return Stats::of(ms).mean; }
};

class HttpClient
{
public:
    struct Reply
    {
        int status = 0;             // 0: the connection failed
        bool functionError = false; // X-Amz-Function-Error came with it
    };

    explicit HttpClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ok = ::connect(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    ~HttpClient() { ::close(m_fd); }
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // Sends `request`, reads one whole response (Content-Length framed).
    Reply roundTrip(const std::string &request)
    {
        if (::send(m_fd, request.data(), request.size(), 0) != ssize_t(request.size()))
            return {};
        for (;;) {
            const size_t end = m_buf.find("\r\n\r\n");
            if (end != std::string::npos) {
                const size_t cl = m_buf.find("Content-Length: ");
                const size_t length = cl < end ? std::stoul(m_buf.substr(cl + 16)) : 0;
                if (m_buf.size() >= end + 4 + length) {
                    Reply r;
                    r.status = std::atoi(m_buf.c_str() + 9);
                    r.functionError = m_buf.substr(0, end).find("X-Amz-Function-Error") != std::string::npos;
                    m_buf.erase(0, end + 4 + length);
                    return r;
                }
            }
            char chunk[16384];
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                return {};
            m_buf.append(chunk, size_t(n));
        }
    }
    bool ok = false;

private:
    int m_fd = -1;
    std::string m_buf;
};

// Runs `work` on client threads while this thread's event loop serves; returns when all end.
inline void runClients(int threads, const std::function<void(int)> &work)
{
    QEventLoop loop;
    std::atomic<int> left{threads};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            work(t);
            if (--left == 0)
                QMetaObject::invokeMethod(
                    &loop, [&loop] { loop.quit(); }, Qt::QueuedConnection);
        });
    }
    loop.exec();
    for (auto &th : pool)
        th.join();
}

} // namespace bench
