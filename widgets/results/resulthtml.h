#pragma once

#include "invoke/invocationresult.h"
#include "model/stacktrace.h"

#include <QList>
#include <QString>
#include <QStringList>

class QPalette;

namespace lambdesk::resulthtml {

// Rich text for the results panel. A stack frame inside one of `codeRoots` (every frame when
// there are none) becomes a link "frame:N", N its index in `links`, shown relative to its root.

// The error's type and message, then its trace.
QString error(const QString &type, const QString &message, const QList<stacktrace::Line> &trace,
              const QStringList &codeRoots, const QPalette &palette, QList<stacktrace::Frame> &links);

// The invocation's log lines, coloured by level; the last `maxLines` of them.
QString log(const QList<LogLine> &lines, int maxLines, const QStringList &codeRoots, const QPalette &palette,
            QList<stacktrace::Frame> &links);

// Whether a frame is the user's code (a link) rather than the runtime's.
bool isUserFrame(const stacktrace::Frame &frame, const QStringList &codeRoots);

} // namespace lambdesk::resulthtml
