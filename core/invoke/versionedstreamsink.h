#pragma once

#include "responsestream.h"

#include <QString>

namespace lambdesk {

// A ResponseStreamSink that must know the version that runs before the first chunk leaves
// (InvokeWithResponseStream says it in X-Amz-Executed-Version, a header of the answer that the
// first chunk starts). The execution environment tells it just before streamStarted().
// (responsestream.h is a fixed contract; this extends it without touching its includers.)
class VersionedStreamSink : public ResponseStreamSink
{
public:
    virtual void executedVersion(const QString &version) = 0;
};

} // namespace lambdesk
