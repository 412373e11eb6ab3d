/**
 * Lambdesk Node.js runtime bootstrap (Node standard library only).
 *
 * Started by Lambdesk as `node <LAMBDA_RUNTIME_DIR>/nodejs/bootstrap.mjs`, with LAMBDA_TASK_ROOT as
 * the working directory. It behaves like AWS's managed Node.js runtime
 * (aws-lambda-nodejs-runtime-interface-client): it loads _HANDLER ("path/to/file.fn.nested") as
 * CommonJS or ES module with AWS's lookup order, then loops over the Lambda Runtime API 2018-06-01
 * at AWS_LAMBDA_RUNTIME_API - GET .../invocation/next, call handler(event, context, callback),
 * POST the JSON result to .../response or {"errorType","errorMessage","trace"} to .../error - and
 * posts .../init/error when the handler cannot be loaded. Async/promise, callback (honouring
 * context.callbackWaitsForEmptyEventLoop via 'beforeExit') and legacy context.succeed/fail/done
 * handlers are supported. console.* is patched to write one line per call to stdout:
 * "<ISO time>\t<request id>\t<LEVEL>\t<message>" (newlines inside a message become "\r", as AWS).
 * HTTP/1.1 is spoken over a single keep-alive socket (unref'd while idle so it never keeps the
 * event loop alive); if it drops, the bootstrap reconnects once, else exits with status 1. The
 * GET /next that follows a result is pipelined behind its POST (one round trip per invocation).
 */

import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import util from 'node:util';
import Module, { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

const API_VERSION = '/2018-06-01';
const NEXT_PATH = `${API_VERSION}/runtime/invocation/next`;
const INIT_ERROR_PATH = `${API_VERSION}/runtime/init/error`;
const ERROR_TYPE_HEADER = 'Lambda-Runtime-Function-Error-Type';

// ---------------------------------------------------------------------------------------------
// Errors (same names and shapes as AWS's runtime)

const errorClasses = {
  ImportModuleError: class ImportModuleError extends Error {},
  HandlerNotFound: class HandlerNotFound extends Error {},
  MalformedHandlerName: class MalformedHandlerName extends Error {},
  UserCodeSyntaxError: class UserCodeSyntaxError extends Error {},
  NodeJsExit: class NodeJsExit extends Error {
    constructor() {
      super(
        'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes',
      );
    }
  },
  UnhandledPromiseRejection: class UnhandledPromiseRejection extends Error {
    constructor(reason, promise) {
      super(reason);
      this.reason = reason;
      this.promise = promise;
    }
  },
};
for (const [name, cls] of Object.entries(errorClasses)) cls.prototype.name = `Runtime.${name}`;
const {
  ImportModuleError,
  HandlerNotFound,
  MalformedHandlerName,
  UserCodeSyntaxError,
  NodeJsExit,
  UnhandledPromiseRejection,
} = errorClasses;

function isErrorLike(obj) {
  return (
    obj &&
    obj.name &&
    obj.message &&
    obj.stack &&
    typeof obj.name === 'string' &&
    typeof obj.message === 'string' &&
    typeof obj.stack === 'string'
  );
}

function intoError(err) {
  return err instanceof Error ? err : new Error(err);
}

/** The body posted to /error and /init/error. */
function toRapidResponse(error) {
  try {
    if (util.types.isNativeError(error) || isErrorLike(error)) {
      return {
        errorType: error.name?.replaceAll('\x7F', '%7F'),
        errorMessage: error.message?.replaceAll('\x7F', '%7F'),
        trace: error.stack.replaceAll('\x7F', '%7F').split('\n'),
      };
    }
    return { errorType: typeof error, errorMessage: error.toString(), trace: [] };
  } catch (_err) {
    return {
      errorType: 'handled',
      errorMessage:
        'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    };
  }
}

function withEnumerableProperties(error) {
  if (error instanceof Error) {
    const ret = Object.assign(
      { errorType: error.name, errorMessage: error.message, code: error.code },
      error,
    );
    if (typeof error.stack == 'string') ret.stack = error.stack.split('\n');
    return ret;
  }
  return error;
}

/** The JSON that follows "Invoke Error" / "Uncaught Exception" in the log (starts with a tab). */
function toFormatted(error) {
  try {
    return '\t' + JSON.stringify(error, (_k, v) => withEnumerableProperties(v));
  } catch (_err) {
    return '\t' + JSON.stringify(toRapidResponse(error));
  }
}

// ---------------------------------------------------------------------------------------------
// Logging: console.* -> one stdout line per call (process.stdout is synchronous for pipes/files).

let currentRequestId; // undefined until the first invocation, like AWS
let currentTenantId;

const jsonLogFormat = process.env.AWS_LAMBDA_LOG_FORMAT?.toUpperCase() === 'JSON';

function logTextLine(levelName, message, ...params) {
  const line = `${new Date().toISOString()}\t${currentRequestId}\t${levelName}\t${util.format(message, ...params)}`;
  process.stdout.write(line.replace(/\n/g, '\r') + '\n');
}

// With AWS_LAMBDA_LOG_FORMAT=JSON, AWS's Node runtime writes one JSON record per call:
// {"timestamp","level","requestId","message"} (an Error as its errorType/errorMessage/stackTrace).
function jsonErrorReplacer(_key, value) {
  if (value instanceof Error) {
    return Object.assign(
      {
        errorType: value?.constructor?.name ?? 'UnknownError',
        errorMessage: value.message,
        stackTrace: typeof value.stack === 'string' ? value.stack.split('\n') : value.stack,
      },
      value,
    );
  }
  return value;
}

function formatJsonRecord(levelName, message, ...params) {
  const record = { timestamp: new Date().toISOString(), level: levelName, requestId: currentRequestId };
  if (params.length === 0) {
    record.message = message;
    try {
      return JSON.stringify(record, jsonErrorReplacer);
    } catch (_err) {
      record.message = util.format(record.message);
      return JSON.stringify(record);
    }
  }
  record.message = util.format(message, ...params);
  for (const param of [message, ...params]) {
    if (param instanceof Error) {
      record.errorType = param?.constructor?.name ?? 'UnknownError';
      record.errorMessage = param.message;
      record.stackTrace = typeof param.stack === 'string' ? param.stack.split('\n') : [];
      break;
    }
  }
  return JSON.stringify(record);
}

function logJsonLine(levelName, message, ...params) {
  process.stdout.write(formatJsonRecord(levelName, message, ...params).replace(/\n/g, '\r') + '\n');
}

const logLine = jsonLogFormat ? logJsonLine : logTextLine;

function patchConsole() {
  const levels = { TRACE: 1, DEBUG: 2, INFO: 3, WARN: 4, ERROR: 5, FATAL: 6 };
  const threshold = levels[process.env.AWS_LAMBDA_LOG_LEVEL?.toUpperCase()] ?? levels.TRACE;
  const nop = () => {};
  const make = (name) =>
    levels[name] >= threshold ? (message, ...params) => logLine(name, message, ...params) : nop;
  console.trace = make('TRACE');
  console.debug = make('DEBUG');
  console.info = make('INFO');
  console.log = console.info;
  console.warn = make('WARN');
  console.error = make('ERROR');
  console.fatal = (message, ...params) => logLine('FATAL', message, ...params);
}

function logError(label, err) {
  // JSON: the error alone, as AWS's runtime logs it; text: the label and the error's JSON.
  if (jsonLogFormat) console.error(intoError(err));
  else console.error(label, toFormatted(intoError(err)));
}

function bootstrapMessage(text) {
  try {
    process.stderr.write(`[lambdesk-bootstrap] ${text}\n`);
  } catch (_e) {
    /* nothing left to tell */
  }
}

function die(text) {
  bootstrapMessage(text);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Runtime API client: one persistent HTTP/1.1 keep-alive socket. Requests may be pipelined (a
// POST of a result goes out together with the GET /next that follows it: the runtime then waits
// for the server once per invocation, not twice); answers come back in request order.

const EMPTY = Buffer.alloc(0);
const ST_HEAD = 0;
const ST_LENGTH = 1;
const ST_CHUNKED = 2;
const ST_UNTIL_CLOSE = 3;

class Connection {
  constructor(host, port) {
    this.dead = false;
    this.answers = 0; // answers read so far
    this.pending = []; // { resolve, reject } per request sent and not answered, in order
    this.buf = EMPTY;
    this.resetAnswer();
    this.socket = net.connect({ host, port });
    this.socket.setNoDelay(true);
    this.socket.unref();
    this.socket.on('data', (d) => this.onData(d));
    this.socket.on('error', (e) => this.onEnd(e));
    this.socket.on('close', () => this.onEnd(null));
  }

  resetAnswer() {
    this.state = ST_HEAD;
    this.parts = [];
    this.got = 0;
  }

  /** Sends `data` (one whole request) and resolves with its answer. */
  exchange(data) {
    return new Promise((resolve, reject) => {
      if (this.dead) {
        reject(new Error('connection closed'));
        return;
      }
      if (this.pending.length === 0) this.socket.ref(); // a request in flight keeps the process alive...
      this.pending.push({ resolve, reject });
      this.socket.write(data);
    });
  }

  finish(body) {
    const p = this.pending.shift();
    this.answers++;
    if (this.pending.length === 0) this.socket.unref(); // ...an idle connection never does
    this.resetAnswer();
    if (!this.keepAlive) this.close();
    p.resolve({ status: this.status, headers: this.headers, body });
  }

  close() {
    this.dead = true;
    this.socket.destroy();
  }

  onEnd(err) {
    const wasDead = this.dead;
    this.dead = true;
    if (this.pending.length === 0) return;
    if (this.state === ST_UNTIL_CLOSE && !err) {
      this.finish(Buffer.concat(this.parts, this.got));
      if (this.pending.length === 0) return;
    }
    this.rejectAll(err || new Error(wasDead ? 'connection closed' : 'connection closed by the Runtime API'));
  }

  rejectAll(err) {
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) p.reject(err);
  }

  onData(d) {
    // Bytes may hold the end of one answer and the start of the next: take them answer by answer.
    while (d !== null && d.length > 0 && this.pending.length > 0 && !this.dead) d = this.take(d);
  }

  /** Takes what it can of `d` for the answer being read; returns what is left (or null). */
  take(d) {
    if (this.state === ST_HEAD) {
      const buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) {
        this.buf = buf;
        if (buf.length > 1048576) this.fail(new Error('response header too large'));
        return null;
      }
      this.buf = EMPTY;
      if (!this.parseHead(buf.toString('utf8', 0, end))) return null;
      const rest = buf.subarray(end + 4);
      if (this.state === ST_LENGTH && this.need === 0) {
        this.finish(EMPTY);
        return rest;
      }
      return rest;
    }
    if (this.state === ST_LENGTH) {
      const take = Math.min(this.need - this.got, d.length);
      this.parts.push(take === d.length ? d : d.subarray(0, take));
      this.got += take;
      if (this.got >= this.need) this.finish(this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.got));
      return take === d.length ? null : d.subarray(take);
    }
    if (this.state === ST_CHUNKED) {
      this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
      return this.parseChunks();
    }
    this.parts.push(d); // ST_UNTIL_CLOSE
    this.got += d.length;
    return null;
  }

  parseHead(head) {
    const lines = head.split('\r\n');
    const statusLine = lines[0].split(' ');
    this.status = parseInt(statusLine[1], 10);
    if (!(this.status >= 100)) {
      this.fail(new Error(`malformed status line: ${lines[0]}`));
      return false;
    }
    const headers = {};
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    this.headers = headers;
    const connection = (headers.connection || '').toLowerCase();
    this.keepAlive =
      !connection.includes('close') &&
      (statusLine[0].toUpperCase() !== 'HTTP/1.0' || connection.includes('keep-alive'));
    if (this.status < 200 || this.status === 204 || this.status === 304) {
      this.state = ST_LENGTH;
      this.need = 0;
    } else if ((headers['transfer-encoding'] || '').toLowerCase().includes('chunked')) {
      this.state = ST_CHUNKED;
      this.chunkLeft = 0; // 0: expecting a size line, >0: data bytes left, -1: CRLF after data
      this.trailers = false;
    } else if (headers['content-length'] !== undefined) {
      this.state = ST_LENGTH;
      this.need = parseInt(headers['content-length'], 10) || 0;
    } else if (!this.keepAlive) {
      this.state = ST_UNTIL_CLOSE;
    } else {
      this.state = ST_LENGTH; // keep-alive without a length: treat as empty rather than hang
      this.need = 0;
    }
    return true;
  }

  /** Reads chunks from this.buf; returns the bytes past the answer's end once it is complete. */
  parseChunks() {
    let b = this.buf;
    for (;;) {
      if (this.chunkLeft > 0) {
        const take = Math.min(this.chunkLeft, b.length);
        if (take > 0) {
          this.parts.push(b.subarray(0, take));
          this.got += take;
          b = b.subarray(take);
          this.chunkLeft -= take;
        }
        if (this.chunkLeft > 0) break;
        this.chunkLeft = -1;
      }
      if (this.chunkLeft === -1) {
        if (b.length < 2) break;
        b = b.subarray(2);
        this.chunkLeft = 0;
      }
      const nl = b.indexOf('\r\n');
      if (nl < 0) break;
      const line = b.toString('latin1', 0, nl);
      b = b.subarray(nl + 2);
      if (this.trailers) {
        if (line === '') {
          this.buf = EMPTY;
          this.finish(Buffer.concat(this.parts, this.got));
          return b;
        }
        continue;
      }
      const size = parseInt(line.split(';')[0].trim(), 16);
      if (Number.isNaN(size)) {
        this.fail(new Error('malformed chunked encoding'));
        return null;
      }
      if (size === 0) this.trailers = true;
      else this.chunkLeft = size;
    }
    this.buf = b;
    return null;
  }

  fail(err) {
    this.close();
    this.rejectAll(err);
  }
}

class RuntimeClient {
  constructor(address) {
    const colon = address.lastIndexOf(':');
    const port = parseInt(address.slice(colon + 1), 10);
    if (colon < 0 || !(port > 0)) die(`invalid AWS_LAMBDA_RUNTIME_API '${address}' (expected host:port)`);
    this.address = address;
    this.host = address.slice(0, colon).replace(/^\[|\]$/g, '') || '127.0.0.1';
    this.port = port;
    this.conn = null;
    this.inFlight = null; // { promise, method }
    this.nextRequest = `GET ${NEXT_PATH} HTTP/1.1\r\nHost: ${address}\r\n\r\n`;
    this.pendingNext = null; // the answer to a /next sent behind a POST, not yet taken
  }

  /** -> {status, headers (lower-case names), body: Buffer}; exits(1) if the API is unreachable.
   *  With thenNext, a GET /next goes out in the same write, its answer kept for next(). */
  request(method, reqPath, headers, body, thenNext) {
    let head = `${method} ${reqPath} HTTP/1.1\r\nHost: ${this.address}\r\n`;
    if (headers) for (const name in headers) head += `${name}: ${headers[name]}\r\n`;
    const data =
      body === undefined ? head + '\r\n' : head + `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n` + body;
    let promise;
    if (thenNext) {
      if (!this.conn || this.conn.dead) this.conn = new Connection(this.host, this.port);
      const socket = this.conn.socket;
      socket.cork(); // one write for both
      promise = this.send(method, reqPath, data);
      this.pendingNext = this.send('GET', NEXT_PATH, this.nextRequest);
      socket.uncork();
    } else {
      promise = this.send(method, reqPath, data);
    }
    const entry = { promise, method };
    this.inFlight = entry;
    const clear = () => {
      if (this.inFlight === entry) this.inFlight = null;
    };
    promise.then(clear, clear);
    return promise;
  }

  send(method, reqPath, data) {
    const conn = this.conn && !this.conn.dead ? this.conn : (this.conn = new Connection(this.host, this.port));
    const lost = (err) => die(`lost the Runtime API connection at ${this.address} (${method} ${reqPath}): ${err.message}`);
    // Dropped (server restarted?): send it again once on a new connection, unless this request
    // opened the connection it was lost on. Requests lost together are sent again in order.
    return conn.exchange(data).catch((err) => {
      if (conn.answers === 0) lost(err); // it never worked: the Runtime API is not there
      if (!this.conn || this.conn.dead || this.conn === conn) this.conn = new Connection(this.host, this.port);
      return this.conn.exchange(data).catch(lost);
    });
  }

  async next() {
    let res;
    if (this.pendingNext) {
      const pending = this.pendingNext;
      this.pendingNext = null;
      res = await pending;
    } else {
      res = await this.request('GET', NEXT_PATH);
    }
    if (res.status !== 200) {
      die(`GET ${NEXT_PATH} answered HTTP ${res.status}: ${res.body.toString('utf8', 0, 500)}`);
    }
    return res;
  }

  async postResponse(id, bodyString) {
    const p = `${API_VERSION}/runtime/invocation/${encodeURIComponent(id)}/response`;
    const res = await this.request('POST', p, { 'Content-Type': 'application/json' }, bodyString, true);
    if (res.status === 413) {
      console.error(
        `Response payload size (${Buffer.byteLength(bodyString)} bytes) exceeded the maximum allowed payload size; the Runtime API rejected the response (HTTP 413)`,
      );
    } else if (res.status !== 202) {
      reportStatus('POST', p, res);
    }
  }

  async postError(p, error, thenNext) {
    const response = toRapidResponse(error);
    let body;
    try {
      body = JSON.stringify(response);
    } catch (_e) {
      body = JSON.stringify({ errorType: String(response.errorType), errorMessage: String(response.errorMessage), trace: [] });
    }
    const errorType = String(response.errorType ?? '').replace(/[^\x20-\x7e]/g, '?');
    const res = await this.request(
      'POST',
      p,
      { 'Content-Type': 'application/json', [ERROR_TYPE_HEADER]: errorType },
      body,
      thenNext,
    );
    if (res.status !== 202) reportStatus('POST', p, res);
  }

  /** thenNext: the invocation loop goes on (not so after an uncaught exception: the process ends). */
  postInvocationError(id, error, thenNext) {
    return this.postError(`${API_VERSION}/runtime/invocation/${encodeURIComponent(id)}/error`, error, thenNext);
  }

  postInitError(error) {
    return this.postError(INIT_ERROR_PATH, error);
  }
}

// ---------------------------------------------------------------------------------------------
// Response streaming (InvokeMode RESPONSE_STREAM), as AWS's Node runtime offers it: the global
// `awslambda` is defined before user code loads; awslambda.streamifyResponse(fn) marks a handler
// `async (event, responseStream, context)`, whose writes are POSTed to .../response as they happen
// (Lambda-Runtime-Function-Response-Mode: streaming, chunked transfer, one chunk per write); an
// error after the stream began is told in the trailers Lambda-Runtime-Function-Error-Type and
// Lambda-Runtime-Function-Error-Body (the error document, base64).

const STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');
const HIGH_WATER_MARK = Symbol.for('aws.lambda.runtime.handler.highWaterMark');
const HTTP_INTEGRATION_TYPE = 'application/vnd.awslambda.http-integration-response';
const ERROR_BODY_HEADER = 'Lambda-Runtime-Function-Error-Body';

class HttpResponseStream {
  /** Makes `stream` an HTTP response: `prelude` ({statusCode, headers, cookies}) goes first, as
   *  JSON followed by 8 NUL bytes, then what the handler writes is the body. */
  static from(stream, prelude) {
    stream.setContentType(HTTP_INTEGRATION_TYPE);
    const json = JSON.stringify(prelude ?? {});
    stream._beforeFirstWrite = (write) => {
      write(json);
      write(Buffer.alloc(8));
    };
    return stream;
  }
}

function defineAwslambdaGlobal() {
  globalThis.awslambda = {
    streamifyResponse(fn, options) {
      fn[STREAMING] = 'response';
      if (options && Number.isInteger(options.highWaterMark)) fn[HIGH_WATER_MARK] = options.highWaterMark;
      return fn;
    },
    HttpResponseStream,
  };
}

/** The writable stream a streamified handler gets: an HTTP request to .../response on its own
 *  connection, its head sent with the first write (until then setContentType may change it). */
function createResponseStream(id, highWaterMark) {
  const p = `${API_VERSION}/runtime/invocation/${encodeURIComponent(id)}/response`;
  const req = http.request({
    host: client.host,
    port: client.port,
    path: p,
    method: 'POST',
    agent: false,
    highWaterMark,
    headers: {
      'Lambda-Runtime-Function-Response-Mode': 'streaming',
      'Transfer-Encoding': 'chunked',
      Trailer: `${ERROR_TYPE_HEADER}, ${ERROR_BODY_HEADER}`,
      'Content-Type': 'application/octet-stream',
    },
  });
  req.on('socket', (socket) => socket.setNoDelay(true));
  let written = false;
  let failed = false;
  const result = new Promise((resolve) => {
    req.on('response', (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(parts) }));
      res.on('error', () => resolve({ status: 0, body: EMPTY }));
    });
    req.on('error', (err) => resolve({ status: 0, body: Buffer.from(String(err.message)) }));
  });
  const write = req.write.bind(req);
  req.setContentType = (type) => {
    if (written) throw new Error('Cannot set content-type, too late.');
    req.setHeader('Content-Type', type);
  };
  req.write = function (chunk, encoding, cb) {
    if (!written) {
      written = true;
      if (typeof req._beforeFirstWrite === 'function') req._beforeFirstWrite(write);
    }
    return write(chunk, encoding, cb);
  };
  const end = req.end.bind(req);
  req.end = function (chunk, encoding, cb) {
    if (typeof chunk === 'function') [chunk, encoding, cb] = [undefined, undefined, chunk];
    else if (typeof encoding === 'function') [encoding, cb] = [undefined, encoding];
    if (chunk !== undefined && chunk !== null) req.write(chunk, encoding);
    else if (!written) {
      written = true;
      if (typeof req._beforeFirstWrite === 'function') req._beforeFirstWrite(write);
    }
    return end(cb);
  };
  /** Ends the stream with the error in its trailers, as AWS reports a failure mid-stream. */
  req.fail = (error) => {
    if (failed || req.writableEnded) return false;
    failed = true;
    const response = toRapidResponse(error);
    let body;
    try {
      body = JSON.stringify(response);
    } catch (_e) {
      body = JSON.stringify({ errorType: String(response.errorType), errorMessage: String(response.errorMessage), trace: [] });
    }
    if (!written) {
      written = true;
      if (typeof req._beforeFirstWrite === 'function') req._beforeFirstWrite(write);
    }
    req.addTrailers({
      [ERROR_TYPE_HEADER]: String(response.errorType ?? '').replace(/[^\x20-\x7e]/g, '?'),
      [ERROR_BODY_HEADER]: Buffer.from(body).toString('base64'),
    });
    end();
    return true;
  };
  req.result = result;
  return req;
}

function reportStatus(method, p, res) {
  bootstrapMessage(`${method} ${p} answered HTTP ${res.status}: ${res.body.toString('utf8', 0, 500)}`);
}

// ---------------------------------------------------------------------------------------------
// Module search paths: NODE_PATH as AWS sets it (Lambdesk builds it from its paths: the layers'
// /opt/nodejs/node<N>/node_modules and /opt/nodejs/node_modules, the runtime's node_modules with
// the AWS SDK, the runtime folder, the task root) and nothing of the host's.

function nodePathDirs() {
  return (process.env.NODE_PATH || '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.resolve(dir));
}

/**
 * require() looks in the code's node_modules folders, then in Node's global folders: NODE_PATH's,
 * and the host's ($HOME/.node_modules, $HOME/.node_libraries, <prefix>/lib/node, and what a
 * distribution adds, such as Debian's /usr/share/nodejs). On AWS those host folders hold nothing;
 * here they would let code work that fails on AWS. The global folders become NODE_PATH's alone.
 */
function confineGlobalPaths() {
  const dirs = nodePathDirs();
  const allowed = new Set(dirs);
  const host = new Set(Module.globalPaths.filter((dir) => !allowed.has(dir)));
  Module.globalPaths.splice(0, Module.globalPaths.length, ...dirs); // what code inspecting it sees
  if (host.size === 0) return;
  // Node resolves with an internal copy of the global folders: drop the host's from every lookup.
  const resolveLookupPaths = Module._resolveLookupPaths;
  Module._resolveLookupPaths = function (request, parent) {
    const paths = resolveLookupPaths.call(this, request, parent);
    return Array.isArray(paths) ? paths.filter((dir) => !host.has(dir)) : paths;
  };
}

let esmHooksRegistered = false;

/**
 * ES modules ignore NODE_PATH: a resolve hook gives them its node_modules folders. Registering it
 * starts Node's loader thread (~20-80 ms), so it is done only when a handler needs it; returns
 * whether the hook is (now) active.
 */
function registerEsmNodePath() {
  if (esmHooksRegistered) return true;
  if (typeof Module.register !== 'function') return false;
  const dirs = nodePathDirs().filter((dir) => path.basename(dir) === 'node_modules');
  if (dirs.length === 0) return false;
  esmHooksRegistered = true;
  Module.register('./nodepath-hooks.mjs', import.meta.url, { data: { dirs } });
  return true;
}

const EVALUATING = Symbol.for('lambdesk.esmHandlerEvaluating');

/**
 * Imports the handler's module ({module} or {error, evaluated}) through a wrapper whose first
 * import sets a flag: ES modules are all linked (every import resolved) before any of them is
 * evaluated, so the flag says whether a failure happened while linking (no code of the function
 * ran) or while evaluating.
 */
async function importFlagged(url) {
  const flag = `globalThis[Symbol.for(${JSON.stringify(EVALUATING.description)})] = true;`;
  const wrapper =
    `import ${JSON.stringify('data:text/javascript,' + encodeURIComponent(flag))};\n` +
    `import * as handlerModule from ${JSON.stringify(url)};\nexport { handlerModule };\n`;
  globalThis[EVALUATING] = false;
  try {
    return { module: (await import('data:text/javascript,' + encodeURIComponent(wrapper))).handlerModule };
  } catch (error) {
    return { error, evaluated: globalThis[EVALUATING] !== false };
  } finally {
    delete globalThis[EVALUATING];
  }
}

/** A package (bare specifier) that Node's own ES module resolution did not find. */
function isMissingPackage(err) {
  return err?.code === 'ERR_MODULE_NOT_FOUND' && /^Cannot find package /.test(err.message ?? '');
}

/**
 * Imports an ES module handler. Without the resolve hook first; when linking fails on a package
 * the code's node_modules lacks, the hook is registered and the module imported again. Node keeps
 * the failed module jobs, so once registered the hook gives every file it resolves a fresh URL
 * (see nodepath-hooks.mjs). Nothing ran in the failed attempt: linking precedes evaluation.
 * A handler file that calls import() itself gets the hook at once: a package it imports while it
 * runs (at init or in an invocation) could not be imported again.
 */
async function importEsmHandler(file) {
  const url = pathToFileURL(file).href;
  if (/\bimport\s*\(/.test(fs.readFileSync(file, 'utf8'))) registerEsmNodePath();
  if (esmHooksRegistered) return await import(url);
  const first = await importFlagged(url);
  if (!first.error) return first.module;
  if (first.evaluated || !isMissingPackage(first.error) || !registerEsmNodePath()) throw first.error;
  return await import(url);
}

// ---------------------------------------------------------------------------------------------
// Handler loading (AWS's UserFunction.js logic)

function moduleRootAndHandler(fullHandlerString) {
  const handlerString = path.basename(fullHandlerString);
  const moduleRoot = fullHandlerString.substring(0, fullHandlerString.indexOf(handlerString));
  return [moduleRoot, handlerString];
}

function splitHandlerString(handler) {
  const match = handler.match(/^([^.]*)\.(.*)$/);
  if (!match || match.length != 3) throw new MalformedHandlerName('Bad handler');
  return [match[1], match[2]]; // [module, function path]
}

function resolveHandler(object, nestedProperty) {
  return nestedProperty.split('.').reduce((nested, key) => nested && nested[key], object);
}

function tryRequireFile(file, extension) {
  const p = file + (extension || '');
  return fs.existsSync(p) ? require(p) : undefined;
}

async function tryAwaitImport(file, extension) {
  const p = file + (extension || '');
  if (!fs.existsSync(p)) return undefined;
  return await importEsmHandler(p);
}

function hasFolderPackageJsonTypeModule(folder) {
  if (folder.endsWith('/node_modules')) return false;
  const pj = path.join(folder, '/package.json');
  if (fs.existsSync(pj)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(pj));
      if (pkg) return pkg.type === 'module';
    } catch (e) {
      console.warn(`${pj} cannot be read, it will be ignored for ES module detection purposes.`, e);
      return false;
    }
  }
  if (folder === '/') return false;
  return hasFolderPackageJsonTypeModule(path.resolve(folder, '..'));
}

function hasPackageJsonTypeModule(file) {
  const jsPath = file + '.js';
  return fs.existsSync(jsPath) ? hasFolderPackageJsonTypeModule(path.resolve(path.dirname(jsPath))) : false;
}

async function tryRequire(appRoot, moduleRoot, module) {
  const lambdaStylePath = path.resolve(appRoot, moduleRoot, module);
  // Extensionless files are loaded with require().
  const extensionless = tryRequireFile(lambdaStylePath);
  if (extensionless) return extensionless;
  // .js is CommonJS unless the nearest package.json says "type": "module".
  const pjHasModule = hasPackageJsonTypeModule(lambdaStylePath);
  if (!pjHasModule) {
    const loaded = tryRequireFile(lambdaStylePath, '.js');
    if (loaded) return loaded;
  }
  // Then .js (as ESM), .mjs and .cjs, in that order.
  const loaded =
    (pjHasModule && (await tryAwaitImport(lambdaStylePath, '.js'))) ||
    (await tryAwaitImport(lambdaStylePath, '.mjs')) ||
    tryRequireFile(lambdaStylePath, '.cjs');
  if (loaded) return loaded;
  // Last, Node's own resolution (e.g. a package in node_modules), relative to the code root.
  const nodeStylePath = require.resolve(module, { paths: [appRoot, moduleRoot] });
  return require(nodeStylePath);
}

async function loadUserApp(appRoot, moduleRoot, module) {
  try {
    return await tryRequire(appRoot, moduleRoot, module);
  } catch (e) {
    if (e instanceof SyntaxError) throw new UserCodeSyntaxError(e);
    if (e && e.code !== undefined && e.code === 'MODULE_NOT_FOUND') throw new ImportModuleError(e);
    throw e;
  }
}

// The handler's module must be a file inside the code folder: a path that starts with '/' or
// goes through '..' could load any file of the machine (Lambda's Handler field only forbids
// white space), so it is refused as a module that cannot be imported.
function checkInsideCodeFolder(appRoot, moduleRoot, module) {
  const parts = (moduleRoot + module).split('/');
  const resolved = path.resolve(appRoot, moduleRoot, module);
  const rel = path.relative(appRoot, resolved);
  if (moduleRoot.startsWith('/') || parts.includes('..') || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new ImportModuleError(
      `Cannot find module '${moduleRoot + module}': the handler's module must be a file inside the function's code folder (no leading '/', no '..')`,
    );
  }
}

async function loadHandler(appRoot, fullHandlerString) {
  const [moduleRoot, moduleAndHandler] = moduleRootAndHandler(fullHandlerString);
  const [module, handlerPath] = splitHandlerString(moduleAndHandler);
  checkInsideCodeFolder(appRoot, moduleRoot, module);
  const userApp = await loadUserApp(appRoot, moduleRoot, module);
  const handlerFunc = resolveHandler(userApp, handlerPath);
  if (!handlerFunc) throw new HandlerNotFound(`${fullHandlerString} is undefined or not exported`);
  if (typeof handlerFunc !== 'function') throw new HandlerNotFound(`${fullHandlerString} is not a function`);
  return handlerFunc;
}

// ---------------------------------------------------------------------------------------------
// Invocation loop

const client = new RuntimeClient(process.env.AWS_LAMBDA_RUNTIME_API || die('AWS_LAMBDA_RUNTIME_API is not set'));
let handler;
let handlerIsAsync = false;
let initDone = false;
let current = null; // { id, reported } of the current (or last) invocation
let beforeExitListener = null;
let exiting = false;
const debugPort = Number(process.env._LAMBDESK_DEBUG_PORT) || 0;
const debugClock = debugPort ? process.env._LAMBDESK_DEBUG_CLOCK || '' : '';

function parseJsonHeader(value, name) {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch (err) {
    throw new Error(`Cannot parse ${name} as json: ${err.toString()}`);
  }
}

function scheduleNext() {
  setImmediate(nextInvocation);
}

function nextInvocation() {
  client.next().then(invoke).catch((err) => {
    console.log(`Unexpected Top Level Error: ${err}`);
    fatal(err, 129);
  });
}

function invoke(res) {
  const headers = res.headers;
  const id = headers['lambda-runtime-aws-request-id'];
  const inv = { id, reported: false };
  current = inv;
  currentRequestId = id;
  currentTenantId = headers['lambda-runtime-aws-tenant-id'];
  const traceId = headers['lambda-runtime-trace-id'];
  if (traceId) process.env._X_AMZN_TRACE_ID = traceId;
  else delete process.env._X_AMZN_TRACE_ID;

  const postError = (err) => {
    logError('Invoke Error', err);
    if (inv.reported) return;
    inv.reported = true;
    beforeExitListener = null;
    client.postInvocationError(id, err, true).then(scheduleNext);
  };
  const complete = (result) => {
    if (inv.reported) {
      console.error(
        'Invocation has already been reported as done. Cannot call complete more than once per invocation.',
      );
      return;
    }
    let body;
    try {
      body = JSON.stringify(result === undefined ? null : result);
    } catch (_e) {
      postError(new Error('Unable to stringify response body'));
      return;
    }
    inv.reported = true;
    beforeExitListener = null;
    client.postResponse(id, body === undefined ? 'null' : body).then(scheduleNext);
  };

  let waitForEmptyEventLoop = true;
  const callback = (err, result) => {
    beforeExitListener = null;
    if (err !== undefined && err !== null) {
      postError(err);
    } else if (!waitForEmptyEventLoop) {
      complete(result);
    } else {
      // Respond once the event loop is otherwise empty (our idle socket is unref'd).
      beforeExitListener = () => {
        beforeExitListener = null;
        setImmediate(() => complete(result));
      };
    }
  };
  const done = (err, result) => {
    beforeExitListener = null;
    if (err !== undefined && err !== null) postError(err);
    else complete(result);
  };
  const succeed = (result) => done(null, result);
  const fail = (err) => done(err === undefined || err === null ? 'handled' : err, null);

  // Only the first of callback/succeed/fail/done counts.
  let finished = false;
  const onlyFirst = (fn) =>
    function () {
      if (!finished) {
        fn.apply(null, arguments);
        finished = true;
      }
    };

  // Default: the loop emptied without an answer. A sync/callback handler answers null; an async
  // function whose promise never settled fails with Runtime.NodeJsExit (as AWS does today).
  beforeExitListener = () => {
    beforeExitListener = null;
    if (inv.reported) return;
    inv.reported = true;
    if (handlerIsAsync) {
      const err = new NodeJsExit();
      logError('Invoke Error', err);
      client.postInvocationError(id, err, true).then(scheduleNext);
    } else {
      client.postResponse(id, 'null').then(scheduleNext);
    }
  };

  const context = {
    get callbackWaitsForEmptyEventLoop() {
      return waitForEmptyEventLoop;
    },
    set callbackWaitsForEmptyEventLoop(value) {
      waitForEmptyEventLoop = value;
    },
    succeed: onlyFirst(succeed),
    fail: onlyFirst(fail),
    done: onlyFirst(done),
  };
  const userCallback = onlyFirst(callback);

  const streaming = handler[STREAMING] === 'response';
  try {
    const event = JSON.parse(res.body.toString('utf8'));
    const deadline = Number(headers['lambda-runtime-deadline-ms']);
    Object.assign(context, {
      functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
      functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
      memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
      logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
      logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
      clientContext: parseJsonHeader(headers['lambda-runtime-client-context'], 'ClientContext'),
      identity: parseJsonHeader(headers['lambda-runtime-cognito-identity'], 'CognitoIdentity'),
      invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
      awsRequestId: id,
      tenantId: currentTenantId,
      getRemainingTimeInMillis: debugClock ? () => debugRemainingTime(deadline) : () => deadline - Date.now(),
    });
    if (streaming) {
      invokeStreaming(inv, event, context);
      return;
    }
    if (debugPort) {
      invokeDebugged(inv, event, context, userCallback);
      return;
    }
    const result = handler(event, context, userCallback);
    if (result && result.then && typeof result.then === 'function') {
      result.then(context.succeed, context.fail).catch(context.fail);
    }
  } catch (err) {
    userCallback(err);
  }
}

/**
 * Under the debugger the handler is called so that no code of the runtime catches what it
 * throws or rejects with, as V8 sees it: from a fresh task (no try/catch of ours on the stack),
 * its promise followed with a fulfilment reaction only. V8's catch prediction then says
 * "uncaught" exactly when the exception escapes the function's own code, so "break on uncaught"
 * (Debugger.setPauseOnExceptions 'uncaught') stops there. The exception then reaches the
 * process's uncaughtException / unhandledRejection listeners, which hand it to the invocation.
 */
function invokeDebugged(inv, event, context, userCallback) {
  inv.debugCallback = userCallback;
  setImmediate(() => {
    inv.debugCalling = true; // still set in uncaughtException: the handler itself threw
    const result = handler(event, context, userCallback);
    inv.debugCalling = false;
    if (result && result.then && typeof result.then === 'function') {
      inv.debugDerived = result.then(context.succeed);
    }
  });
}

/** True when an escaped exception belongs to the debugged invocation (and was handed to it). */
function debuggedInvocationFailed(error, promise) {
  const inv = current;
  if (!debugPort || !inv || inv.reported || !inv.debugCallback) return false;
  // Only what the handler threw or its promise rejected with; anything else (a timer's
  // exception) ends the process as in an ordinary environment.
  if (promise === undefined ? !inv.debugCalling : promise !== inv.debugDerived) return false;
  inv.debugCalling = false;
  inv.debugCallback(error === undefined || error === null ? new Error('handled') : error);
  return true;
}

/** The invocation's deadline under the debugger: the clock file Lambdesk rewrites while the
 *  debugger holds the handler ("run <epoch deadline ms>" / "stop <remaining ms>"), else the
 *  Lambda-Runtime-Deadline-Ms header's. */
function debugRemainingTime(deadline) {
  try {
    const [state, value] = fs.readFileSync(debugClock, 'utf8').trim().split(/\s+/);
    const ms = Number(value);
    if (Number.isFinite(ms)) {
      if (state === 'stop') return Math.max(0, ms);
      if (state === 'run') return ms - Date.now();
    }
  } catch (_e) {
    // missing or unreadable: the header's deadline
  }
  return deadline - Date.now();
}

/** A streamified handler: (event, responseStream, context). Its promise settling ends the
 *  stream (with the error in the trailers when it rejects); the stream's answer from the
 *  Runtime API then lets the loop go on. */
function invokeStreaming(inv, event, context) {
  beforeExitListener = null;
  const stream = createResponseStream(inv.id, handler[HIGH_WATER_MARK]);
  inv.stream = stream;
  const finish = (err) => {
    if (inv.reported) return;
    inv.reported = true;
    beforeExitListener = null;
    if (err !== undefined) {
      logError('Invoke Error', err);
      stream.fail(err);
    } else if (!stream.writableEnded) {
      stream.end();
    }
    stream.result.then((res) => {
      if (res.status !== 202) bootstrapMessage(`POST streamed response answered HTTP ${res.status}: ${res.body.toString('utf8', 0, 500)}`);
      scheduleNext();
    });
  };
  beforeExitListener = () => {
    beforeExitListener = null;
    if (!inv.reported) finish(new NodeJsExit());
  };
  let result;
  try {
    result = handler(event, stream, context);
  } catch (err) {
    finish(err);
    return;
  }
  Promise.resolve(result).then(
    () => finish(undefined),
    (err) => finish(err === undefined || err === null ? new Error('handled') : err),
  );
}

/** Uncaught exception / unhandled rejection: report it, then exit like AWS. */
function fatal(error, exitCode) {
  if (exiting) return;
  exiting = true;
  let reported;
  if (!initDone) {
    reported = client.postInitError(error);
  } else if (current && !current.reported && current.stream) {
    current.reported = true;
    current.stream.fail(error);
    reported = current.stream.result;
  } else if (current && !current.reported) {
    current.reported = true;
    reported = client.postInvocationError(current.id, error);
  } else if (client.inFlight && client.inFlight.method === 'POST') {
    reported = client.inFlight.promise; // let the response already on its way arrive first
  } else {
    reported = Promise.resolve();
  }
  reported.then(
    () => process.exit(exitCode),
    () => process.exit(exitCode),
  );
}

process.on('uncaughtException', (error) => {
  if (debuggedInvocationFailed(error)) return;
  logError('Uncaught Exception', error);
  fatal(error, 129);
});

process.on('unhandledRejection', (reason, promise) => {
  if (debuggedInvocationFailed(reason, promise)) return;
  let error;
  try {
    error = new UnhandledPromiseRejection(reason, promise);
  } catch (_e) {
    error = new UnhandledPromiseRejection(Object.prototype.toString.call(reason), promise);
  }
  logError('Unhandled Promise Rejection', error);
  fatal(error, 128);
});

process.on('beforeExit', () => {
  if (beforeExitListener) beforeExitListener();
});

/**
 * A debug environment (Lambdesk sets _LAMBDESK_DEBUG_PORT): Node's inspector listens on
 * 127.0.0.1:<port> and the runtime waits, before the handler's module is loaded, until the
 * debugger has set its breakpoints and sent Runtime.runIfWaitingForDebugger (so init code can be
 * debugged). node:inspector is imported only here: ordinary environments load nothing of it.
 */
async function openDebugger() {
  const inspector = await import('node:inspector');
  inspector.open(debugPort, '127.0.0.1', true);
  // A debugger let us go on (the watching session of external mode reads this).
  globalThis[Symbol.for('lambdesk.debuggerAttached')] = true;
  // Logpoints (conditions that call this and yield false): the message goes to the function's
  // log and to the inspector's console, which only Lambdesk's session reads as output.
  globalThis[Symbol.for('lambdesk.logpoint')] = (text) => {
    console.log(text);
    inspector.console.log(text);
    return false;
  };
}

async function main() {
  if (debugPort) await openDebugger();
  defineAwslambdaGlobal(); // before user code loads: handlers call awslambda.* at import time
  patchConsole();
  confineGlobalPaths();
  const appRoot = process.env.LAMBDA_TASK_ROOT || process.cwd();
  handler = await loadHandler(appRoot, process.env._HANDLER || '');
  handlerIsAsync = handler.constructor?.name === 'AsyncFunction';
  initDone = true;
  nextInvocation();
}

main().catch((error) => {
  // Same log line and exit status as AWS, where a load failure surfaces as an uncaught exception.
  logError('Uncaught Exception', error);
  fatal(error, 129);
});
