// Linked into every executable of a ThreadSanitizer build (see CMakeLists.txt), never into
// any other build.
//
// Why: QProcess (Qt 6.4, forkfd) starts a child with glibc's clone(CLONE_VM | CLONE_VFORK):
// the child shares our memory until it execs. The TSan runtime of GCC 12 (and Clang 14)
// intercepts clone() and runs its fork bookkeeping in the child (ForkChildAfter, FdOnFork),
// which is meant for a copy of the address space. With CLONE_VM it lands in ours: a process
// with more than one thread is marked "after multi-threaded fork" (the next pthread_create
// dies: "starting new threads after multi-threaded fork is not supported"), and the thread
// that started the process has its memory accesses and synchronisation ignored from then on,
// so TSan misses races there without saying so.
//
// A clone that shares our memory is, until exec, our own thread running on another stack, so
// it needs none of that bookkeeping: such clones go straight to glibc; every other clone goes
// to the TSan interceptor as before.

#include <dlfcn.h>
#include <sched.h>
#include <sys/types.h>

#include <cstdarg>

extern "C" int __clone(int (*fn)(void *), void *stack, int flags, void *arg, ...);

extern "C" __attribute__((visibility("default"))) int clone(int (*fn)(void *), void *stack, int flags, void *arg,
                                                            ...) noexcept
{
    va_list ap;
    va_start(ap, arg);
    pid_t *parentTid = va_arg(ap, pid_t *);
    void *tls = va_arg(ap, void *);
    pid_t *childTid = va_arg(ap, pid_t *);
    va_end(ap);
    if (flags & CLONE_VM)
        return __clone(fn, stack, flags, arg, parentTid, tls, childTid);
    using Clone = int (*)(int (*)(void *), void *, int, void *, ...);
    static const Clone next = reinterpret_cast<Clone>(dlsym(RTLD_NEXT, "clone"));
    return next(fn, stack, flags, arg, parentTid, tls, childTid);
}
