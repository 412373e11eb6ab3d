#include "costestimate.h"

namespace lambdesk::metrics {

CostEstimate estimateCostMbMs(qint64 requests, double mbMs, const Prices &prices)
{
    CostEstimate c;
    c.requests = requests;
    c.gbSeconds = mbMs / 1024.0 / 1000.0;
    c.requestCost = double(requests) / 1e6 * prices.requestsPerMillion;
    c.durationCost = c.gbSeconds * prices.perGbSecond;
    return c;
}

CostEstimate estimateCost(qint64 requests, qint64 billedMs, int memoryMb, const Prices &prices)
{
    return estimateCostMbMs(requests, double(billedMs) * double(memoryMb), prices);
}

} // namespace lambdesk::metrics
