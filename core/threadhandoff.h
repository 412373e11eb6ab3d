#pragma once

// Qt hands a functor to another thread (a queued or blocking-queued invokeMethod, QThreadPool)
// through its own futex-based locks. The Qt of the distribution is not built with
// ThreadSanitizer, so a TSan build (the tsan preset) cannot see that ordering and reports the
// functor's captures, and whatever they point to, as races. handOff(f) states the ordering Qt
// provides: what the posting thread did before handing f over happens before f runs, and what f
// did happens before f is destroyed (after a blocking call, in the caller's thread, before it
// reads what f wrote). In every other build handOff(f) is f itself.

#include <utility>

#if defined(__SANITIZE_THREAD__)

extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);

namespace lambdesk {

namespace detail {

// Released where the functor arrives (it is copied or moved there last), acquired when it runs
// and again when it is destroyed.
class HandOffEdge
{
public:
    HandOffEdge() = default;
    HandOffEdge(const HandOffEdge &) { __tsan_release(this); }
    HandOffEdge(HandOffEdge &&) noexcept { __tsan_release(this); }
    HandOffEdge &operator=(const HandOffEdge &) = delete;
    ~HandOffEdge() { __tsan_acquire(this); }
    void enter() { __tsan_acquire(this); }
    void leave() { __tsan_release(this); }
};

template<typename F>
struct HandedOff
{
    F f;
    HandOffEdge edge; // last member: copied or moved after f

    template<typename... Args>
    decltype(auto) operator()(Args &&...args)
    {
        edge.enter();
        struct Leave
        {
            HandOffEdge &edge;
            ~Leave() { edge.leave(); }
        } leave{edge};
        return f(std::forward<Args>(args)...);
    }
};

} // namespace detail

template<typename F>
auto handOff(F f)
{
    return detail::HandedOff<F>{std::move(f), {}};
}

} // namespace lambdesk

#else

namespace lambdesk {

template<typename F>
F handOff(F f)
{
    return f;
}

} // namespace lambdesk

#endif
