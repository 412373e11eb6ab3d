#pragma once

#include "model/error.h"

#include <QByteArray>

// The client context of an invocation (X-Amz-Client-Context, ClientContext in the SDKs), checked
// where every invocation enters (the Invoker) whoever sends it: the API, the CLI, the console.
namespace lambdesk::clientcontext {

inline constexpr qsizetype kMaxBase64Bytes = 3583; // what AWS accepts in the header

// The JSON text of a client context as the runtime gets it: one compact line of ASCII (the
// Lambda-Runtime-Client-Context header), or why it is not a client context.
Result<QByteArray> normalize(const QByteArray &json);

} // namespace lambdesk::clientcontext
