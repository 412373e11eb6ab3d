#pragma once

#include <QTextStream>

namespace lambdesk::cli {

// `lambdesk runtimes [--refresh] [--install-sdk]`: the detected runtimes (from the cache unless
// refresh), the SDKs the runtimes provide (installing the Node one first with installSdk), and
// the sandbox's mode.
int runtimesCommand(bool refresh, bool installSdk, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
