#pragma once

// Backend::offThread's definition, for the backend*.cpp files that run work on its worker pool.
#include "backend.h"

namespace lambdesk {

template<typename T>
void Backend::offThread(std::function<T()> work, std::function<void(T)> then)
{
    m_workers.start([this, work = std::move(work), then = std::move(then)]() mutable {
        auto result = std::make_shared<T>(work());
        // Queued to this thread; ~Backend waits for the workers, so `this` is alive here.
        QMetaObject::invokeMethod(
            this, [then = std::move(then), result]() mutable { then(std::move(*result)); }, Qt::QueuedConnection);
    });
}

} // namespace lambdesk
