#pragma once

#include "model/functionconfig.h"

#include <QMetaType>
#include <QString>

namespace lambdesk {

// One published version of a function: an immutable snapshot of its code and configuration.
struct FunctionVersion
{
    int number = 0; // 1, 2, 3, ...
    // What it was published with. config.description is the version's description (the one
    // given at publish, else $LATEST's), config.lastModified the time it was published, and
    // config.codeSha256/codeSize its deployment package.
    FunctionConfig config;
    QString commit; // the git commit that records it (hex)

    QString version() const { return QString::number(number); }
    bool operator==(const FunctionVersion &) const = default;
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::FunctionVersion)
