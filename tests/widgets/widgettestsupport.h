#pragma once

// Shared helper for the widget tests: a call on the backend thread, waited for with an event loop.

#include "backendhost.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace widgettestsupport {

// Runs `work` on the backend thread and waits (up to 30 s) for its result; empty on timeout,
// so callers check it.
template<typename Work>
auto callAndWait(lambdesk::BackendHost &host, Work work)
{
    using R = decltype(work(std::declval<lambdesk::Backend &>()));
    std::optional<R> out;
    QObject context;
    host.call(&context, std::move(work), [&out](R r) { out.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, 30000);
    return out;
}

} // namespace widgettestsupport
