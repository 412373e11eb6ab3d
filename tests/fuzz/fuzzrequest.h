#pragma once

// The fuzz targets that take a whole Lambda API request read it from a compact text form, so
// that seeds are easy to write and mutations reach every part:
//
//   METHOD PATH[?QUERY]\n
//   Name: value\n          (any number of header lines)
//   \n
//   body (the rest, bytes as they are)
//
// It is not HTTP's wire format on purpose: the HTTP head parser has a target of its own.

#include "api/httpmessage.h"
#include "fuzzsupport.h"

namespace fuzzsupport {

inline lambdesk::api::HttpRequest request(const QByteArray &input)
{
    lambdesk::api::HttpRequest r;
    auto [head, body] = cut(input, "\n\n");
    r.body = body;
    const QList<QByteArray> lines = head.split('\n');
    const auto [method, target] = cut(lines.value(0), " ");
    r.method = method;
    const auto [path, query] = cut(target, "?");
    r.path = path;
    r.query = query;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto [name, value] = cut(lines[i], ":");
        r.headers.append({name, value.trimmed()});
    }
    return r;
}

} // namespace fuzzsupport
