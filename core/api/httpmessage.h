#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>

#include <utility>

// The HTTP request and reply of the Lambda API as plain values, so that parsing and rendering
// are pure functions the tests drive without sockets (DESIGN §6.6).
namespace lambdesk::api {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// First value of a header, names compared case-insensitively; empty when absent.
QByteArray headerValue(const Headers &headers, QByteArrayView name);
bool hasHeader(const Headers &headers, QByteArrayView name);

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QByteArray path;   // as sent: percent-encoded, without the query (SigV4 signs it as sent)
    QByteArray query;  // as sent, without the '?'
    Headers headers;   // names as sent
    QByteArray body;
    QHostAddress peer; // the client's address (function URLs' sourceIp); null when not from a socket

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    bool has(QByteArrayView name) const { return hasHeader(headers, name); }
};

struct HttpReply
{
    int status = 200;
    Headers headers; // Content-Length is added by the writer
    QByteArray body;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    void addHeader(QByteArray name, QByteArray value) { headers.append({std::move(name), std::move(value)}); }
};

// Percent-decodes a query string into (name, value) pairs in order; '+' stays '+' as AWS reads it.
QList<std::pair<QString, QString>> queryItems(QByteArrayView rawQuery);
QString queryValue(const QList<std::pair<QString, QString>> &items, QStringView name);

} // namespace lambdesk::api
