// What a handler prints, as the platform reads it for ApplicationLogLevel
// (core/runtime/platformlog): any bytes, a JSON object with a "level" or not.

#include "fuzzsupport.h"
#include "runtime/platformlog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = QString::fromUtf8(fuzzsupport::bytes(data, size));
    const int rank = lambdesk::PlatformLog::applicationLevel(line);
    FUZZ_CHECK(rank >= 0 && rank <= 5); // every line has a level: its own, or INFO
    lambdesk::LoggingConfig config;
    FUZZ_CHECK(lambdesk::PlatformLog(config).keepsApplicationLine(line)); // Text drops nothing
    config.logFormat = QStringLiteral("JSON");
    config.applicationLogLevel = QStringLiteral("TRACE");
    FUZZ_CHECK(lambdesk::PlatformLog(config).keepsApplicationLine(line)); // nor does TRACE
    config.applicationLogLevel = QStringLiteral("FATAL");
    FUZZ_CHECK(lambdesk::PlatformLog(config).keepsApplicationLine(line) == (rank == 5));
    return 0;
}
