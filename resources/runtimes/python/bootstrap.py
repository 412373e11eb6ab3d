"""Lambdesk Python runtime bootstrap (standard library only).

Started by Lambdesk as `python3 -u <LAMBDA_RUNTIME_DIR>/python/bootstrap.py`, with LAMBDA_TASK_ROOT as
the working directory. It behaves like AWS's managed Python runtime (awslambdaric): it loads
_HANDLER ("path/to/module.function"), then loops over the Lambda Runtime API 2018-06-01 at
AWS_LAMBDA_RUNTIME_API - GET .../invocation/next, call handler(event, context), POST the JSON result
to .../response or {"errorMessage","errorType","requestId","stackTrace"} to .../error - and posts
.../init/error (then exits 1) when the handler cannot be loaded. It talks HTTP/1.1 over a single
keep-alive connection (reconnecting once if it drops), sending the next GET .../invocation/next
right behind each POST (HTTP/1.1 pipelining: one round trip per invocation instead of two), installs
AWS's root logging handler and error log format, and keeps stdout/stderr unbuffered so log lines are
never lost or reordered.
"""

import datetime
import importlib
import io
import json
import logging
import os
import socket
import sys
import time
import traceback

_API_VERSION = "/2018-06-01"
_NEXT_PATH = _API_VERSION + "/runtime/invocation/next"
_INIT_ERROR_PATH = _API_VERSION + "/runtime/init/error"
_ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type"

_BOOTSTRAP_FILE = os.path.abspath(__file__)

# Same text AWS's runtime logs (as a root-logger warning) before reporting an init error.
_UNHANDLED_EXCEPTION_WARNING = (
    "LAMBDA_WARNING: Unhandled exception. "
    "The most likely cause is an issue in the function code. "
    "However, in rare cases, a Lambda runtime update can cause unexpected function behavior. "
    "For functions using managed runtimes, runtime updates can be triggered by a function change, "
    "or can be applied automatically. "
    "To determine if the runtime has been updated, check the runtime version in the INIT_START log entry. "
    "If this error correlates with a change in the runtime version, you may be able to mitigate this "
    "error by temporarily rolling back to the previous runtime version. "
    "For more information, see https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html"
)

# Request id of the current (or last) invocation; "" in log lines before the first one, like AWS.
_GLOBAL_AWS_REQUEST_ID = None
_GLOBAL_TENANT_ID = None


# --------------------------------------------------------------------------------------------
# Faults and error results (same shapes and messages as awslambdaric)


class _Fault(Exception):
    MARSHAL_ERROR = "Runtime.MarshalError"
    UNMARSHAL_ERROR = "Runtime.UnmarshalError"
    USER_CODE_SYNTAX_ERROR = "Runtime.UserCodeSyntaxError"
    HANDLER_NOT_FOUND = "Runtime.HandlerNotFound"
    IMPORT_MODULE_ERROR = "Runtime.ImportModuleError"
    BUILT_IN_MODULE_CONFLICT = "Runtime.BuiltInModuleConflict"
    MALFORMED_HANDLER_NAME = "Runtime.MalformedHandlerName"
    LAMBDA_CONTEXT_UNMARSHAL_ERROR = "Runtime.LambdaContextUnmarshalError"

    def __init__(self, exception_type, msg, trace=None):
        Exception.__init__(self, msg)
        self.msg = msg
        self.exception_type = exception_type
        self.trace = trace


def _make_error(error_message, error_type, stack_trace, invoke_id=None):
    return {
        "errorMessage": error_message if error_message else "",
        "errorType": error_type if error_type else "",
        "requestId": invoke_id if invoke_id is not None else "",
        "stackTrace": stack_trace if stack_trace else [],
    }


def _error_from_exception(exc_info, invoke_id=None):
    etype, value, tb = exc_info
    # Plain 4-tuples, like awslambdaric: format_list() then renders no "^^^^" marker lines.
    frames = [(f.filename, f.lineno, f.name, f.line) for f in traceback.extract_tb(tb)]
    # Drop the bootstrap's own frames at the top of the stack.
    for i in range(len(frames)):
        if frames[i][0] != _BOOTSTRAP_FILE:
            frames = frames[i:]
            break
    return _make_error(str(value), etype.__name__, traceback.format_list(frames), invoke_id)


_JSON_LOG_FORMAT = (os.environ.get("AWS_LAMBDA_LOG_FORMAT") or "").upper() == "JSON"
_log_encoder = json.JSONEncoder(ensure_ascii=False)


def _log_error(error_result):
    """Print an error result the way AWS's log format does (text or JSON), as a single write."""
    if _JSON_LOG_FORMAT:
        record = {"timestamp": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()), "level": "ERROR"}
        record.update(error_result)
        _write_stdout(json.dumps(record) + "\n")
        return
    description = "[ERROR]"
    error_type = error_result.get("errorType")
    if error_type:
        description += " " + error_type
    error_message = error_result.get("errorMessage")
    if error_message:
        if error_type:
            description += ":"
        description += " " + error_message
    lines = [description, "Traceback (most recent call last):"]
    for element in error_result.get("stackTrace") or []:
        if element == "":
            lines.append("")
        else:
            lines.extend(element.splitlines())
    _write_stdout("\n".join(lines) + "\n")


# --------------------------------------------------------------------------------------------
# Output


def _setup_stdio():
    """Make sure stdout/stderr are unbuffered even if `-u` was not given (AWS wraps them too)."""
    for name, fd in (("stdout", 1), ("stderr", 2)):
        stream = getattr(sys, name, None)
        if stream is None:
            continue
        if isinstance(getattr(stream, "buffer", None), io.BufferedWriter) or not getattr(
            stream, "write_through", True
        ):
            # The same layering CPython uses for `-u`: text layer writing straight to the fd.
            try:
                unbuffered = io.TextIOWrapper(
                    io.FileIO(fd, "wb", closefd=False),
                    encoding=stream.encoding,
                    errors=stream.errors,
                    write_through=True,
                )
            except Exception:
                continue
            try:
                stream.flush()
            except Exception:
                pass
            setattr(sys, name, unbuffered)


def _write_stdout(text):
    sys.stdout.write(text)
    _flush_stdio()


def _write_stderr(text):
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except Exception:
        pass


def _flush_stdio():
    # A no-op with -u, but user code may have swapped in its own buffered streams.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


def _die(message):
    _flush_stdio()
    _write_stderr("[lambdesk-bootstrap] " + message + "\n")
    os._exit(1)


class _LambdaLoggerHandler(logging.Handler):
    """AWS's root handler: one write to stdout per record (format ends with a newline)."""

    def __init__(self):
        logging.Handler.__init__(self)

    def emit(self, record):
        # Like AWS, formatting errors propagate to the caller instead of being swallowed.
        msg = self.format(record)
        if not msg.endswith("\n"):  # an appended traceback has no newline: keep records on own lines
            msg += "\n"
        sys.stdout.write(msg)


class _LambdaLoggerFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _GLOBAL_AWS_REQUEST_ID or ""
        record.tenant_id = _GLOBAL_TENANT_ID
        return True


# The LogRecord attributes AWS's JSON formatter leaves out; any other (extra=...) becomes a field.
_RESERVED_RECORD_FIELDS = {
    "name", "msg", "args", "levelname", "levelno", "pathname", "filename", "module", "exc_info",
    "exc_text", "stack_info", "lineno", "funcName", "created", "msecs", "relativeCreated", "thread",
    "threadName", "processName", "process", "aws_request_id", "tenant_id", "_frame_type",
}


class _JsonFormatter(logging.Formatter):
    """AWS's JSON log records: {"timestamp","level","message","logger",...,"requestId"}."""

    def format(self, record):
        record.levelno = min(50, max(0, record.levelno)) // 10 * 10
        record.levelname = logging.getLevelName(record.levelno)
        exc_info = record.exc_info
        created = datetime.datetime.fromtimestamp(record.created, tz=datetime.timezone.utc)
        result = {
            "timestamp": created.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
            "level": record.levelname,
            "message": record.getMessage(),
            "logger": record.name,
            "stackTrace": traceback.format_tb(exc_info[2]) if exc_info else None,
            "errorType": exc_info[0].__name__ if exc_info else None,
            "errorMessage": str(exc_info[1]) if exc_info else None,
            "requestId": getattr(record, "aws_request_id", None),
            "location": "%s:%s:%s" % (record.pathname, record.funcName, record.lineno) if exc_info else None,
        }
        if getattr(record, "tenant_id", None) is not None:
            result["tenantId"] = record.tenant_id
        result.update(
            (key, value)
            for key, value in record.__dict__.items()
            if key not in _RESERVED_RECORD_FIELDS and key not in result
        )
        result = {k: v for k, v in result.items() if v is not None}
        return _log_encoder.encode(result) + "\n"


def _setup_logging():
    logging.Formatter.converter = time.gmtime
    logger = logging.getLogger()
    handler = _LambdaLoggerHandler()
    if _JSON_LOG_FORMAT:
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(
            logging.Formatter(
                "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n",
                "%Y-%m-%dT%H:%M:%S",
            )
        )
    # AWS: the root level stays at Python's default (WARNING) unless AWS_LAMBDA_LOG_LEVEL is set.
    level = os.environ.get("AWS_LAMBDA_LOG_LEVEL")
    if level:
        level = level.upper()
        if level == "TRACE":
            level = "DEBUG"
        if level in logging._nameToLevel:
            logger.setLevel(level)
    handler.addFilter(_LambdaLoggerFilter())
    logger.addHandler(handler)


# --------------------------------------------------------------------------------------------
# JSON


def _json_default(obj):
    decimal = sys.modules.get("decimal")  # a Decimal can only exist if decimal was imported
    if decimal is not None and isinstance(obj, decimal.Decimal):
        if obj.is_nan():
            return float("nan")
        text = str(obj)
        if obj.is_finite() and text.lstrip("-").isdigit():
            return int(obj)
        return float(obj)
    raise TypeError("Object of type %s is not JSON serializable" % obj.__class__.__name__)


def _ensure_ascii():
    # AWS's python3.12+ runtimes stop escaping non-ASCII characters in responses.
    env = os.environ.get("AWS_EXECUTION_ENV", "")
    prefix = "AWS_Lambda_python3."
    if env.startswith(prefix) and env[len(prefix):].isdigit():
        return int(env[len(prefix):]) < 12
    return sys.version_info < (3, 12)


_ascii_encoder = json.JSONEncoder(default=_json_default, ensure_ascii=True)
_response_encoder = (
    _ascii_encoder if _ensure_ascii() else json.JSONEncoder(default=_json_default, ensure_ascii=False)
)


def _marshal_response(response):
    """-> (payload bytes, content type); raises _Fault(Runtime.MarshalError)."""
    if isinstance(response, bytes):
        return response, "application/unknown"
    try:
        text = _response_encoder.encode(response)
    except Exception as e:
        raise _Fault(_Fault.MARSHAL_ERROR, "Unable to marshal response: {}".format(str(e)))
    try:
        return text.encode("utf-8"), "application/json"
    except UnicodeEncodeError:  # lone surrogates: fall back to \u escapes
        return _ascii_encoder.encode(response).encode("ascii"), "application/json"


# --------------------------------------------------------------------------------------------
# Runtime API client: one persistent HTTP/1.1 keep-alive connection, no per-request setup. A
# POST of a result goes out together with the GET /next that follows it (pipelined): the answers
# come back in order, and the runtime waits for the server once per invocation, not twice.


class _ConnectionLost(Exception):
    pass


_SAFE_PATH_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _quote(text):
    if all(c in _SAFE_PATH_CHARS for c in text):
        return text
    return "".join(c if c in _SAFE_PATH_CHARS else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in text)


def _header_value(text):
    return "".join(c if " " <= c <= "~" else "?" for c in str(text))


class _RuntimeClient(object):
    def __init__(self, address):
        host, sep, port = address.rpartition(":")
        if not sep or not port.isdigit():
            _die("invalid AWS_LAMBDA_RUNTIME_API %r (expected host:port)" % address)
        self.address = address
        self.host = host.strip("[]") or "127.0.0.1"
        self.port = int(port)
        self.sock = None
        self.buf = bytearray()
        self.next_request = ("GET %s HTTP/1.1\r\nHost: %s\r\n\r\n" % (_NEXT_PATH, address)).encode("utf-8")
        self.pending_next = None  # the answer to a /next sent behind a POST, not yet taken

    def _connect(self):
        try:
            sock = socket.create_connection((self.host, self.port))
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as e:
            _die("cannot connect to the Runtime API at %s: %s" % (self.address, e))
        self.sock = sock
        self.buf = bytearray()

    def _close(self):
        if self.sock is not None:
            try:
                self.sock.close()
            except OSError:
                pass
            self.sock = None
        self.buf = bytearray()

    def request(self, method, path, body=None, headers="", then_next=False):
        """-> (status, headers with lower-case names, body bytes). With then_next, a GET /next
        goes out right behind the request and its answer is kept for next(). Exits the process
        with status 1 when the Runtime API cannot be reached even after one reconnect."""
        head = "%s %s HTTP/1.1\r\nHost: %s\r\n%s" % (method, path, self.address, headers)
        if body is None:
            data = (head + "\r\n").encode("utf-8")
        else:
            data = (head + "Content-Length: %d\r\n\r\n" % len(body)).encode("utf-8") + body
        requests = [data, self.next_request] if then_next else [data]
        answers = []
        fresh = self.sock is None
        if fresh:
            self._connect()
        try:
            self._exchange(requests, answers)
        except (OSError, _ConnectionLost, ValueError) as e:
            self._close()
            if fresh and not answers:
                _die("lost the Runtime API connection (%s %s): %s" % (method, path, e or "closed"))
            # The connection dropped (server restarted?): reconnect once and send again what
            # was not answered.
            self._connect()
            try:
                self._exchange(requests[len(answers) :], answers)
            except (OSError, _ConnectionLost, ValueError) as e:
                self._close()
                _die("lost the Runtime API connection (%s %s): %s" % (method, path, e or "closed"))
        if then_next:
            self.pending_next = answers[1]
        return answers[0]

    def _recv(self):
        chunk = self.sock.recv(262144)
        if not chunk:
            raise _ConnectionLost("connection closed by the Runtime API")
        self.buf += chunk

    def _exchange(self, requests, answers):
        """Sends the requests in one write, then appends their answers, in order, to answers."""
        self.sock.sendall(requests[0] if len(requests) == 1 else b"".join(requests))
        for _ in requests:
            if self.sock is None:  # the last answer closed the connection: send the rest again
                raise _ConnectionLost("connection closed by the Runtime API")
            answers.append(self._read_answer())

    def _read_answer(self):
        buf = self.buf
        while True:
            end = buf.find(b"\r\n\r\n")
            if end >= 0:
                break
            if len(buf) > 1048576:
                raise _ConnectionLost("response header too large")
            self._recv()
        try:
            head = bytes(buf[:end]).decode("utf-8")
        except UnicodeDecodeError:
            head = bytes(buf[:end]).decode("latin-1")
        del buf[: end + 4]
        lines = head.split("\r\n")
        status_line = lines[0].split(" ", 2)
        version = status_line[0].upper()
        status = int(status_line[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        connection = headers.get("connection", "").lower()
        keep_alive = "close" not in connection and (version != "HTTP/1.0" or "keep-alive" in connection)
        if status < 200 or status in (204, 304):
            body = b""
        elif "chunked" in headers.get("transfer-encoding", "").lower():
            body = self._read_chunked()
        elif "content-length" in headers:
            body = self._read_exact(int(headers["content-length"]))
        elif not keep_alive:
            try:
                while True:
                    self._recv()
            except _ConnectionLost:
                pass
            body = bytes(self.buf)
            del self.buf[:]
        else:
            body = b""  # keep-alive without a length: treat as empty rather than hang
        if not keep_alive:
            self._close()
        return status, headers, body

    def _read_exact(self, n):
        while len(self.buf) < n:
            self._recv()
        body = bytes(self.buf[:n])
        del self.buf[:n]
        return body

    def _read_line(self):
        while True:
            i = self.buf.find(b"\r\n")
            if i >= 0:
                line = bytes(self.buf[:i])
                del self.buf[: i + 2]
                return line
            self._recv()

    def _read_chunked(self):
        parts = []
        while True:
            size = int(self._read_line().split(b";", 1)[0].strip(), 16)
            if size == 0:
                while self._read_line():  # trailers, up to the empty line
                    pass
                return b"".join(parts)
            parts.append(self._read_exact(size))
            self._read_line()

    # -- Runtime API calls

    def next(self):
        if self.pending_next is not None:
            status, headers, body = self.pending_next
            self.pending_next = None
        else:
            status, headers, body = self.request("GET", _NEXT_PATH)
        if status != 200:
            _die("GET %s answered HTTP %d: %s" % (_NEXT_PATH, status, body[:500].decode("utf-8", "replace")))
        return headers, body

    def post_response(self, invoke_id, payload, content_type):
        path = "%s/runtime/invocation/%s/response" % (_API_VERSION, _quote(invoke_id))
        status, _, body = self.request("POST", path, payload, "Content-Type: %s\r\n" % content_type, True)
        if status == 413:
            _write_stdout(
                "[ERROR] Response payload size (%d bytes) exceeded the maximum allowed payload size; "
                "the Runtime API rejected the response (HTTP 413)\n" % len(payload)
            )
        elif status != 202:
            self._report_status("POST", path, status, body)

    def post_error(self, path, error_result, then_next=False):
        payload = json.dumps(error_result).encode("utf-8")
        headers = "Content-Type: application/json\r\n%s: %s\r\n" % (
            _ERROR_TYPE_HEADER,
            _header_value(error_result["errorType"]),
        )
        status, _, body = self.request("POST", path, payload, headers, then_next)
        if status != 202:
            self._report_status("POST", path, status, body)

    def post_invocation_error(self, invoke_id, error_result):
        self.post_error("%s/runtime/invocation/%s/error" % (_API_VERSION, _quote(invoke_id)), error_result, True)

    def post_init_error(self, error_result):
        self.post_error(_INIT_ERROR_PATH, error_result)

    @staticmethod
    def _report_status(method, path, status, body):
        _write_stderr(
            "[lambdesk-bootstrap] %s %s answered HTTP %d: %s\n"
            % (method, path, status, body[:500].decode("utf-8", "replace"))
        )


# --------------------------------------------------------------------------------------------
# Context object (same attributes as awslambdaric's LambdaContext)


class CognitoIdentity(object):
    __slots__ = ["cognito_identity_id", "cognito_identity_pool_id"]

    def __repr__(self):
        return "%s([cognito_identity_id=%s,cognito_identity_pool_id=%s])" % (
            self.__class__.__name__,
            self.cognito_identity_id,
            self.cognito_identity_pool_id,
        )


class Client(object):
    __slots__ = ["installation_id", "app_title", "app_version_name", "app_version_code", "app_package_name"]

    def __repr__(self):
        return "%s([installation_id=%s,app_title=%s,app_version_name=%s,app_version_code=%s,app_package_name=%s])" % (
            self.__class__.__name__,
            self.installation_id,
            self.app_title,
            self.app_version_name,
            self.app_version_code,
            self.app_package_name,
        )


class ClientContext(object):
    __slots__ = ["custom", "env", "client"]

    def __repr__(self):
        return "%s([custom=%s,env=%s,client=%s])" % (self.__class__.__name__, self.custom, self.env, self.client)


def _make_obj_from_dict(cls, data):
    if data is None:
        return None
    obj = cls()
    for field in cls.__slots__:
        setattr(obj, field, data.get(field, None))
    return obj


class LambdaContext(object):
    def __init__(
        self,
        invoke_id,
        client_context,
        cognito_identity,
        epoch_deadline_time_in_ms,
        invoked_function_arn=None,
        tenant_id=None,
    ):
        environ = os.environ
        self.aws_request_id = invoke_id
        self.log_group_name = environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.memory_limit_in_mb = environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")  # a str, as on AWS
        self.function_version = environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = invoked_function_arn
        self.tenant_id = tenant_id
        self.client_context = _make_obj_from_dict(ClientContext, client_context)
        if self.client_context is not None:
            self.client_context.client = _make_obj_from_dict(Client, self.client_context.client)
        self.identity = _make_obj_from_dict(CognitoIdentity, {})
        if cognito_identity is not None:
            self.identity.cognito_identity_id = cognito_identity.get("cognitoIdentityId")
            self.identity.cognito_identity_pool_id = cognito_identity.get("cognitoIdentityPoolId")
        self._epoch_deadline_time_in_ms = epoch_deadline_time_in_ms

    def get_remaining_time_in_millis(self):
        if _DEBUG_CLOCK is not None:
            remaining = _debug_remaining_ms()
            if remaining is not None:
                return remaining
        delta_ms = self._epoch_deadline_time_in_ms - int(time.time() * 1000)
        return delta_ms if delta_ms > 0 else 0

    def log(self, msg):
        sys.stdout.write(str(msg))

    def __repr__(self):
        return (
            "%s([aws_request_id=%s,log_group_name=%s,log_stream_name=%s,function_name=%s,"
            "memory_limit_in_mb=%s,function_version=%s,invoked_function_arn=%s,client_context=%s,"
            "identity=%s,tenant_id=%s])"
            % (
                self.__class__.__name__,
                self.aws_request_id,
                self.log_group_name,
                self.log_stream_name,
                self.function_name,
                self.memory_limit_in_mb,
                self.function_version,
                self.invoked_function_arn,
                self.client_context,
                self.identity,
                self.tenant_id,
            )
        )


def _parse_json_header(value, name):
    try:
        return json.loads(value)
    except Exception as e:
        raise _Fault(
            _Fault.LAMBDA_CONTEXT_UNMARSHAL_ERROR, "Unable to parse {} JSON: {}".format(name, str(e))
        )


# --------------------------------------------------------------------------------------------
# Handler loading


def _is_stdlib_entry(entry):
    """An entry of the interpreter's own path that belongs to its standard library: the zip
    (pythonXY.zip), the stdlib folder (where `os` comes from) and lib-dynload inside it - never a
    site-packages/dist-packages. (Cheaper than asking sysconfig, which costs a cold start ms.)"""
    if not entry:
        return False
    norm = os.path.normpath(entry)
    parts = norm.split(os.sep)
    if "site-packages" in parts or "dist-packages" in parts:
        return False
    stdlib = os.path.dirname(os.path.abspath(os.__file__))
    if norm == stdlib or norm.startswith(stdlib + os.sep):
        return True
    base = os.path.basename(norm)
    return base.startswith("python") and base.endswith(".zip")


def _setup_sys_path(task_root):
    """AWS's module search path and nothing of the host's. On AWS python3.11 it is ['/var/task',
    '/opt/python/lib/python3.11/site-packages', '/opt/python', '/var/lang/lib/python311.zip',
    '/var/lang/lib/python3.11', '/var/lang/lib/python3.11/lib-dynload',
    '/var/lang/lib/python3.11/site-packages', '/var/runtime']. Here: the task root, the layers
    (_LAMBDESK_OPT_DIR, when the function has layers), the interpreter's standard library (the
    host's site-packages/dist-packages and the user site are dropped: Lambdesk runs python with
    -s), the SDK folder (_LAMBDESK_PYTHON_SDK_DIR: boto3 and its dependencies, when available),
    then PYTHONPATH (the runtime folder, as AWS sets it). The bootstrap's own folder is not on it:
    user modules must not be shadowed by, or shadow, runtime files."""
    paths = [task_root]
    opt = os.environ.get("_LAMBDESK_OPT_DIR")
    if opt:
        paths.append(os.path.join(opt, "python", "lib", "python%d.%d" % sys.version_info[:2], "site-packages"))
        paths.append(os.path.join(opt, "python"))
    paths.extend(entry for entry in sys.path if _is_stdlib_entry(entry))
    sdk = os.environ.get("_LAMBDESK_PYTHON_SDK_DIR")
    if sdk:
        paths.append(sdk)
    paths.extend(p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)
    seen = set()
    sys.path[:] = [p for p in paths if not (p in seen or seen.add(p))]
    # Finders cached for the dropped folders must not answer imports any more.
    sys.path_importer_cache.clear()
    importlib.invalidate_caches()


def _get_handler(handler):
    try:
        modname, fname = handler.rsplit(".", 1)
    except ValueError as e:
        raise _Fault(_Fault.MALFORMED_HANDLER_NAME, "Bad handler '{}': {}".format(handler, str(e)))

    # The module must be a file inside the code folder: "../x" or "/x" would be a relative
    # import (a TypeError from importlib) or reach outside LAMBDA_TASK_ROOT.
    dotted = modname.replace("/", ".")
    if not dotted or dotted.startswith(".") or dotted.endswith(".") or ".." in dotted:
        raise _Fault(
            _Fault.IMPORT_MODULE_ERROR,
            "Unable to import module '{}': the handler's module must be a file inside the function's code folder "
            "(no leading '/', no '..', no empty parts)".format(modname),
        )

    try:
        if modname.split(".")[0] in sys.builtin_module_names:
            raise _Fault(
                _Fault.BUILT_IN_MODULE_CONFLICT,
                "Cannot use built-in module {} as a handler module".format(modname),
            )
        module = importlib.import_module(dotted)
    except (ImportError, PermissionError) as e:  # AWS: a module the runtime's user cannot read is one too
        raise _Fault(_Fault.IMPORT_MODULE_ERROR, "Unable to import module '{}': {}".format(modname, str(e)))
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise _Fault(
            _Fault.USER_CODE_SYNTAX_ERROR,
            "Syntax error in module '{}': {}".format(modname, str(e)),
            trace,
        )

    try:
        return getattr(module, fname)
    except AttributeError:
        # Like AWS, only a missing attribute is an init error; a non-callable one fails each invoke.
        raise _Fault(_Fault.HANDLER_NOT_FOUND, "Handler '{}' missing on module '{}'".format(fname, modname))


# --------------------------------------------------------------------------------------------
# Debugging (a debug environment only: _LAMBDESK_DEBUG_PORT set, see core/runtime/debugenv.h).
# An ordinary environment imports nothing of this and pays one `is None` test per
# get_remaining_time_in_millis().

# The clock file while debugged: "run <epoch deadline ms>" while the handler runs, "stop
# <remaining ms>" while the debugger holds it (Lambdesk rewrites it atomically).
_DEBUG_CLOCK = None


def _debug_remaining_ms():
    try:
        with open(_DEBUG_CLOCK, "r") as f:
            state, value = f.read().split()
        value = int(value)
    except (OSError, ValueError):
        return None  # missing or unreadable: the Lambda-Runtime-Deadline-Ms header tells
    if state == "stop":
        remaining = value
    elif state == "run":
        remaining = value - int(time.time() * 1000)
    else:
        return None
    return remaining if remaining > 0 else 0


def _pydevd_without_nagle():
    """pydevd writes each message as two send() calls (the header, then the body) on a socket
    with Nagle's algorithm on: the body waits for the ACK of the header, which the client delays
    (40 ms on Linux), so every answer (a stop, a step, a variable) would take 40 ms more. Its
    connection gets TCP_NODELAY instead. Best effort: another pydevd goes on as it is."""
    try:
        import debugpy.server.api  # noqa: F401 -- debugpy's own set-up of pydevd, as listen() does it
        import pydevd

        initialize_network = pydevd.PyDB.initialize_network

        def _initialize_network(self, sock, *args, **kwargs):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except Exception:
                pass
            return initialize_network(self, sock, *args, **kwargs)

        pydevd.PyDB.initialize_network = _initialize_network
    except Exception:
        pass


def _start_debugger():
    """Starts debugpy and waits until Lambdesk (or the outside debugger) has set the breakpoints
    and let the runtime go, before the handler's module is imported (its init can be debugged)."""
    global _DEBUG_CLOCK
    environ = os.environ
    port = environ.pop("_LAMBDESK_DEBUG_PORT", None)
    engine = environ.pop("_LAMBDESK_DEBUG_PYTHON", None)
    _DEBUG_CLOCK = environ.pop("_LAMBDESK_DEBUG_CLOCK", None) or None
    if not port:
        return
    try:
        port = int(port)
    except ValueError:
        raise _Fault("Runtime.DebuggerError", "Invalid _LAMBDESK_DEBUG_PORT %r" % port)
    if engine:
        # Last, so that it shadows nothing of the function's; it stays there because pydevd
        # imports parts of itself later (evaluations, variables). It holds only debugpy.
        sys.path.append(engine)
    # The interpreter's frozen stdlib modules only hide breakpoints in the standard library:
    # no warning on every start.
    had_validation = "PYDEVD_DISABLE_FILE_VALIDATION" in environ
    environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    try:
        import debugpy

        _pydevd_without_nagle()
        debugpy.listen(("127.0.0.1", port), in_process_debug_adapter=True)
    except Exception as e:
        raise _Fault(
            "Runtime.DebuggerError",
            "Cannot start the Python debugger (debugpy) on 127.0.0.1:%d: %s: %s" % (port, type(e).__name__, e),
        )
    finally:
        if not had_validation:
            environ.pop("PYDEVD_DISABLE_FILE_VALIDATION", None)
    debugpy.wait_for_client()


# --------------------------------------------------------------------------------------------
# Main loop


def _handle_invocation(client, request_handler, headers, body):
    global _GLOBAL_AWS_REQUEST_ID, _GLOBAL_TENANT_ID
    invoke_id = headers.get("lambda-runtime-aws-request-id", "")
    tenant_id = headers.get("lambda-runtime-aws-tenant-id")
    _GLOBAL_AWS_REQUEST_ID = invoke_id
    _GLOBAL_TENANT_ID = tenant_id

    trace_id = headers.get("lambda-runtime-trace-id")
    if trace_id is not None:
        os.environ["_X_AMZN_TRACE_ID"] = trace_id
    elif "_X_AMZN_TRACE_ID" in os.environ:
        del os.environ["_X_AMZN_TRACE_ID"]

    error_result = None
    try:
        client_context = headers.get("lambda-runtime-client-context")
        if client_context:
            client_context = _parse_json_header(client_context, "Client Context")
        else:
            client_context = None
        cognito_identity = headers.get("lambda-runtime-cognito-identity")
        if cognito_identity:
            cognito_identity = _parse_json_header(cognito_identity, "Cognito Identity")
        else:
            cognito_identity = None
        try:
            deadline_ms = int(headers.get("lambda-runtime-deadline-ms", "0"))
        except ValueError:
            deadline_ms = 0
        context = LambdaContext(
            invoke_id,
            client_context,
            cognito_identity,
            deadline_ms,
            headers.get("lambda-runtime-invoked-function-arn"),
            tenant_id,
        )
        try:
            event = json.loads(body)
        except Exception as e:
            raise _Fault(_Fault.UNMARSHAL_ERROR, "Unable to unmarshal input: {}".format(str(e)))
        response = request_handler(event, context)
        payload, content_type = _marshal_response(response)
    except _Fault as e:
        error_result = _make_error(e.msg, e.exception_type, e.trace, invoke_id)
    except Exception:
        error_result = _error_from_exception(sys.exc_info(), invoke_id)

    if error_result is None:
        _flush_stdio()
        client.post_response(invoke_id, payload, content_type)
    else:
        _log_error(error_result)
        client.post_invocation_error(invoke_id, error_result)


def main():
    _setup_stdio()
    address = os.environ.get("AWS_LAMBDA_RUNTIME_API")
    if not address:
        _die("AWS_LAMBDA_RUNTIME_API is not set")
    client = _RuntimeClient(address)
    task_root = os.environ.get("LAMBDA_TASK_ROOT") or os.getcwd()

    error_result = None
    request_handler = None
    try:
        _setup_logging()
        _setup_sys_path(task_root)
        if "_LAMBDESK_DEBUG_PORT" in os.environ:
            _start_debugger()
        request_handler = _get_handler(os.environ.get("_HANDLER", ""))
    except _Fault as e:
        error_result = _make_error(e.msg, e.exception_type, e.trace)
    except Exception:
        error_result = _error_from_exception(sys.exc_info())

    if error_result is not None:
        logging.warning(_UNHANDLED_EXCEPTION_WARNING)
        _log_error(error_result)
        client.post_init_error(error_result)
        _flush_stdio()
        os._exit(1)  # not sys.exit(): non-daemon threads started by user code must not keep us alive

    while True:
        headers, body = client.next()
        _handle_invocation(client, request_handler, headers, body)


if __name__ == "__main__":
    main()
