#pragma once

#include <QtGlobal>

namespace lambdesk::metrics {

// What Lambda would charge for some invocations: requests plus GB-seconds of billed duration
// at the configured memory. Defaults: AWS's published us-east-1 prices (first tier, free tier
// left out): $0.20 per million requests, $0.0000166667 per GB-second on x86_64 and
// $0.0000133334 on arm64.
struct Prices
{
    static constexpr double kRequestsPerMillion = 0.20;
    static constexpr double kX86PerGbSecond = 0.0000166667;
    static constexpr double kArm64PerGbSecond = 0.0000133334;
    double requestsPerMillion = kRequestsPerMillion;
    double perGbSecond = kX86PerGbSecond;
};

struct CostEstimate
{
    qint64 requests = 0;
    double gbSeconds = 0;
    double requestCost = 0;
    double durationCost = 0;
    double total() const { return requestCost + durationCost; }
};

// `billedMs` summed over the invocations, each at `memoryMb`.
CostEstimate estimateCost(qint64 requests, qint64 billedMs, int memoryMb, const Prices &prices);
// From the sum of billed ms x memory MB (invocations at several memory sizes).
CostEstimate estimateCostMbMs(qint64 requests, double mbMs, const Prices &prices);

} // namespace lambdesk::metrics
