#pragma once

// Shared by the fuzz targets: the input as Qt bytes, a way to cut it into parts, and a check
// that stops the run (libFuzzer keeps the input as a crash) when a property does not hold.

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzzsupport {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: Qt's containers may be kept beyond the call.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits at the first occurrence of `separator` (the rest is empty when there is none).
inline std::pair<QByteArray, QByteArray> cut(const QByteArray &input, QByteArrayView separator)
{
    const qsizetype at = input.indexOf(separator);
    if (at < 0)
        return {input, {}};
    return {input.left(at), input.mid(at + separator.size())};
}

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: property failed: %s\n", file, line, what);
    std::abort();
}

} // namespace fuzzsupport

// Like assert(), but also in release builds (the replay build is RelWithDebInfo).
#define FUZZ_CHECK(cond)                                  \
    do {                                                  \
        if (!(cond))                                      \
            fuzzsupport::fail(#cond, __FILE__, __LINE__); \
    } while (false)
