#!/usr/bin/env python3
"""Writes the seed corpora under tests/fuzz/corpus/ (small, realistic inputs for each target).

Run it again only to change the seeds: `python3 tests/fuzz/seeds.py`. The zips are built
here so that what they hold is readable; the SigV4 seeds are signed here with the fuzz target's
own credentials and clock, so that the fuzzer starts from requests that verify.
"""
import base64
import hashlib
import hmac
import io
import json
import os
import shutil
import stat
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(HERE, "corpus")
FIXED = (2026, 11, 30, 10, 0, 0)


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def entry(name, mode, compress=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, date_time=FIXED[:6])
    info.create_system = 3  # Unix: the mode is in the high 16 bits
    info.external_attr = mode << 16
    info.compress_type = compress
    return info


def zip_bytes(entries, zip64=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", allowZip64=True) as z:
        for name, mode, content, *rest in entries:
            info = entry(name, mode, *rest)
            if zip64:
                with z.open(info, "w", force_zip64=True) as f:
                    f.write(content)
            else:
                z.writestr(info, content)
    return buf.getvalue()


HANDLER = b"def handler(event, context):\n    return {'statusCode': 200, 'body': 'hello'}\n"
BOOTSTRAP = b"#!/bin/sh\nwhile true; do sleep 1; done\n"
FILE = stat.S_IFREG | 0o644
EXEC = stat.S_IFREG | 0o755
DIR = stat.S_IFDIR | 0o755
LINK = stat.S_IFLNK | 0o777

ZIPS = {
    "python-handler.zip": zip_bytes([("lambda_function.py", FILE, HANDLER)]),
    "stored.zip": zip_bytes([("index.mjs", FILE, b"export const handler = async () => 'ok';\n", zipfile.ZIP_STORED)]),
    "bootstrap-executable.zip": zip_bytes([("bootstrap", EXEC, BOOTSTRAP)]),
    "folders.zip": zip_bytes([
        ("src/", DIR, b""),
        ("src/app/", DIR, b""),
        ("src/app/main.py", FILE, HANDLER),
        ("src/app/data.json", FILE, b'{"a": [1, 2, 3]}\n'),
    ]),
    "link-inside.zip": zip_bytes([
        ("lib/util.py", FILE, b"X = 1\n"),
        ("util.py", LINK, b"lib/util.py"),
        ("libs", LINK, b"lib"),
    ]),
    "zip64.zip": zip_bytes([("handler.py", FILE, HANDLER)], zip64=True),
}


def _plain_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        info = zipfile.ZipInfo("handler.py", date_time=FIXED[:6])
        info.create_system = 0  # MS-DOS: no Unix mode
        z.writestr(info, HANDLER)
    return buf.getvalue()


ZIPS["no-unix-mode.zip"] = _plain_zip()


def corpus_ziparchive():
    for name, data in ZIPS.items():
        write("ziparchive", name, data)


def corpus_jsoncheck():
    for name in ["apigateway-rest-proxy.json", "s3-put.json", "sqs.json", "eventbridge-scheduled.json"]:
        with open(os.path.join(ROOT, "resources", "event-templates", name), "rb") as f:
            write("jsoncheck", name, f.read())
    write("jsoncheck", "object.json", '{"key1": "value1", "key2": 2, "key3": [true, false, null]}')
    write("jsoncheck", "string.json", '"just a string with \\u00e9 and \\n"')
    write("jsoncheck", "number.json", "-12.5e+3")
    write("jsoncheck", "nested.json", '{"a": {"b": {"c": [[1], [2, {"d": "e"}]]}}}')
    write("jsoncheck", "invalid-trailing-comma.json", '{"a": 1,}')
    write("jsoncheck", "invalid-unterminated.json", '{"a": "b')
    write("jsoncheck", "unicode.json", '{"name": "Zoë", "emoji": "\\ud83d\\ude00", "raw": "日本"}')


def function_json(**over):
    c = {
        "FunctionName": "hello",
        "Runtime": "python3.11",
        "Handler": "lambda_function.handler",
        "Description": "",
        "MemorySize": 128,
        "Timeout": 3,
        "EphemeralStorage": {"Size": 512},
        "Environment": {"Variables": {}},
        "LastModified": "2026-11-22T10:04:05.123+0000",
        "CodeSha256": "47DEQpj8HBSa+/TZIW5YmG3aM8h5aG9yT7s6Kp0GhG0=",
        "CodeSize": 312,
    }
    c.update(over)
    return json.dumps(c, indent=4)


def corpus_functionconfig():
    write("functionconfig", "python.json", function_json())
    write("functionconfig", "node-env.json", function_json(
        FunctionName="orders", Runtime="nodejs20.x", Handler="index.handler", MemorySize=1024, Timeout=30,
        Environment={"Variables": {"TABLE": "orders", "LOG_LEVEL": "debug"}},
        Role="arn:aws:iam::123456789012:role/lambda-role"))
    write("functionconfig", "provided.json", function_json(
        FunctionName="custom", Runtime="provided.al2023", Handler="bootstrap", EphemeralStorage={"Size": 10240}))
    write("functionconfig", "hand-edited-invalid.json", function_json(
        Timeout=-1, MemorySize=999999, Runtime="python9", Environment={"Variables": {"AWS_REGION": "x", "N": 5}}))
    write("functionconfig", "wrong-types.json",
          '{"FunctionName": 7, "MemorySize": "256", "Timeout": 3.5, "Environment": []}')
    write("functionconfig", "json-logging.json", function_json(
        LoggingConfig={"LogFormat": "JSON", "ApplicationLogLevel": "WARN", "SystemLogLevel": "DEBUG",
                       "LogGroup": "/team/hello"}))
    write("functionconfig", "logging-broken.json", function_json(
        LoggingConfig={"LogFormat": "Text", "ApplicationLogLevel": 3, "LogGroup": "no spaces allowed"}))


def corpus_platformlog():
    write("platformlog", "python-record.txt",
          '{"timestamp": "2026-12-01T00:00:00.000Z", "level": "WARNING", "message": "slow", "logger": "root", '
          '"requestId": "8f2c"}')
    write("platformlog", "node-record.txt",
          '{"timestamp":"2026-12-01T00:00:00.000Z","level":"DEBUG","requestId":"8f2c","message":"m"}')
    write("platformlog", "docs-lower-case.txt", '{"level": "debug", "msg": "my debug log", "timestamp": "2024-11-02T16:51:31.587199Z"}')
    write("platformlog", "plain.txt", "plain print from the handler")
    write("platformlog", "level-not-text.txt", '{"level": ["ERROR"], "message": {"nested": true}}')


CODE_B64 = base64.b64encode(ZIPS["python-handler.zip"]).decode()


def corpus_requestbody():
    # The first byte picks the operation: '0' CreateFunction, '1' UpdateFunctionConfiguration,
    # '2' UpdateFunctionCode ('0' is 48, 48 % 3 == 0).
    write("requestbody", "create.json", "0" + json.dumps({
        "FunctionName": "hello", "Runtime": "python3.11", "Role": "arn:aws:iam::123456789012:role/lambda",
        "Handler": "lambda_function.handler", "Code": {"ZipFile": CODE_B64},
        "MemorySize": 256, "Timeout": 10, "Environment": {"Variables": {"STAGE": "dev"}},
        "EphemeralStorage": {"Size": 1024}, "Description": "hello", "Publish": False}))
    write("requestbody", "create-unsupported.json", "0" + json.dumps({
        "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:hello", "Runtime": "nodejs20.x",
        "Role": "r", "Handler": "index.handler", "Code": {"S3Bucket": "b", "S3Key": "k"},
        "Layers": ["arn:aws:lambda:us-east-1:123456789012:layer:x:1"], "VpcConfig": {"SubnetIds": []}}))
    write("requestbody", "update-config.json", "1" + json.dumps({
        "MemorySize": 512, "Timeout": 30, "Description": "updated", "Handler": "app.main",
        "Environment": {"Variables": {"K": "v"}}, "EphemeralStorage": {"Size": 2048}, "RevisionId": "abc"}))
    write("requestbody", "update-config-types.json", "1" + '{"MemorySize": "big", "Timeout": 1e400, "Environment": null}')
    write("requestbody", "update-code.json", "2" + json.dumps({"ZipFile": CODE_B64, "DryRun": True}))
    write("requestbody", "update-code-bad-base64.json", "2" + '{"ZipFile": "not base64!!", "Publish": true}')


def request_text(method, target, headers, body=b""):
    head = "%s %s\n" % (method, target) + "".join("%s: %s\n" % h for h in headers)
    return head.encode() + b"\n" + body


def corpus_requestparser():
    h = [("Host", "127.0.0.1:9001"), ("Content-Type", "application/json")]
    w = lambda name, *a: write("requestparser", name, request_text(*a))
    w("invoke.txt", "POST", "/2015-03-31/functions/hello/invocations", h + [("X-Amz-Invocation-Type", "RequestResponse"), ("X-Amz-Log-Type", "Tail")], b'{"key": "value"}')
    w("invoke-event-qualifier.txt", "POST", "/2015-03-31/functions/hello/invocations?Qualifier=%24LATEST", h + [("X-Amz-Invocation-Type", "Event"), ("X-Amz-Client-Context", base64.b64encode(b'{"custom": {"a": 1}}').decode())], b"{}")
    w("invoke-arn.txt", "POST", "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Ahello%3A1/invocations", h, b"[]")
    w("invoke-async.txt", "POST", "/2014-11-13/functions/hello/invoke-async/", h, b'{"a": 1}')
    w("list.txt", "GET", "/2015-03-31/functions/?MaxItems=2&Marker=djE6aGVsbG8", h)
    w("get.txt", "GET", "/2015-03-31/functions/hello", h)
    w("get-config.txt", "GET", "/2015-03-31/functions/hello/configuration?Qualifier=1", h)
    w("create.txt", "POST", "/2015-03-31/functions", h, json.dumps({"FunctionName": "hello", "Runtime": "python3.11", "Role": "r", "Handler": "a.b", "Code": {"ZipFile": CODE_B64}}).encode())
    w("update-config.txt", "PUT", "/2015-03-31/functions/hello/configuration", h + [("If-Match", "x")], b'{"Timeout": 5}')
    w("update-code.txt", "PUT", "/2015-03-31/functions/hello/code", h, json.dumps({"ZipFile": CODE_B64}).encode())
    w("delete.txt", "DELETE", "/2015-03-31/functions/hello?Qualifier=2", h)
    w("code-link.txt", "GET", "/lambdesk/code/hello.zip?expires=1795999999&signature=abcdef", h)
    w("unknown.txt", "PATCH", "/2015-03-31/functions/hello/policy", h)


# SigV4 with the fuzz target's credentials and clock (fuzz_sigv4.cpp).
AKID, SECRET = "AKIDLAMBDESKFUZZ", "fuzz/secret+key"
AMZ_DATE = "20261130T100000Z"
UNRESERVED = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def uri_encode(data, keep_slash):
    return "".join(chr(b) if b in UNRESERVED or (keep_slash and b == 0x2F) else "%%%02X" % b for b in data)


def canonical_query(query):
    from urllib.parse import unquote_to_bytes
    pairs = []
    for item in query.split("&"):
        if not item:
            continue
        k, _, v = item.partition("=")
        pairs.append((uri_encode(unquote_to_bytes(k), False), uri_encode(unquote_to_bytes(v), False)))
    return "&".join("%s=%s" % p for p in sorted(pairs))


def signed_request(method, path, query, headers, body=b""):
    headers = headers + [("X-Amz-Date", AMZ_DATE)]
    names = sorted({n.lower() for n, _ in headers})
    canonical_headers = "".join(
        "%s:%s\n" % (n, ",".join(" ".join(v.split()) for k, v in headers if k.lower() == n)) for n in names)
    payload = hashlib.sha256(body).hexdigest()
    creq = "\n".join([method, uri_encode(path.encode(), True), canonical_query(query), canonical_headers,
                      ";".join(names), payload])
    scope = "%s/us-east-1/lambda/aws4_request" % AMZ_DATE[:8]
    sts = "\n".join(["AWS4-HMAC-SHA256", AMZ_DATE, scope, hashlib.sha256(creq.encode()).hexdigest()])
    key = ("AWS4" + SECRET).encode()
    for part in (AMZ_DATE[:8], "us-east-1", "lambda", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    sig = hmac.new(key, sts.encode(), hashlib.sha256).hexdigest()
    auth = "AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=%s, Signature=%s" % (AKID, scope, ";".join(names), sig)
    target = path + ("?" + query if query else "")
    return request_text(method, target, headers + [("Authorization", auth)], body)


def corpus_sigv4():
    h = [("Host", "127.0.0.1:9001"), ("Content-Type", "application/json")]
    write("sigv4", "invoke.txt", signed_request("POST", "/2015-03-31/functions/hello/invocations", "", h + [("X-Amz-Invocation-Type", "RequestResponse")], b'{"a": 1}'))
    write("sigv4", "list-query.txt", signed_request("GET", "/2015-03-31/functions/", "MaxItems=50&Marker=djE6YQ", h))
    write("sigv4", "arn-path.txt", signed_request("GET", "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Ahello", "Qualifier=%24LATEST", h + [("User-Agent", "aws-cli/2.9")]))
    write("sigv4", "unsigned.txt", request_text("GET", "/2015-03-31/functions/", h))
    write("sigv4", "bad-scope.txt", request_text("GET", "/2015-03-31/functions/", h + [("X-Amz-Date", AMZ_DATE), ("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/2026/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00")]))
    write("sigv4", "unsigned-payload.txt", request_text("PUT", "/2015-03-31/functions/hello/code", h + [("X-Amz-Date", AMZ_DATE), ("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD"), ("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDLAMBDESKFUZZ/20261130/us-east-1/lambda/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=0123")], b'{"ZipFile": ""}'))


def corpus_filterpattern():
    # PATTERN \0 MESSAGE
    write("filterpattern", "terms", "ERROR 400\0[ERROR 400] BAD REQUEST")
    write("filterpattern", "alternatives", "?ERROR ?WARN -401\0[WARN 400] x")
    write("filterpattern", "phrase", '"Task timed out" -Exiting\0Task timed out after 3.00 seconds')
    write("filterpattern", "json", '{ ($.user.id = 1) && ($.user.email = "*@example.com") || $.latency > 100 }\0'
          '{"user": {"id": 1, "email": "a@example.com"}, "latency": 5}')
    write("filterpattern", "jsonnull", '{ $.arr[0] IS NULL || $.x NOT EXISTS }\0{"arr": [null]}')


def corpus_chunkedbody():
    write("chunkedbody", "simple", "5\r\nhello\r\n0\r\n\r\n")
    write("chunkedbody", "trailers", "4;ext=1\r\nabcd\r\n3\r\nefg\r\n0\r\nLambda-Runtime-Function-Error-Type: Error\r\n"
          "Lambda-Runtime-Function-Error-Body: e30=\r\n\r\n")
    write("chunkedbody", "prelude", "1c\r\n{\"statusCode\":200}\0\0\0\0\0\0\0\0\r\nA\r\n0123456789\r\n0\r\n\r\n")


def corpus_functionurlevent():
    # method \n path \n query \n headers \n\n body; the same bytes are also read as a handler's answer
    write("functionurlevent", "json", "POST\n/items/42\nx=1&x=2&y=%20z\nHost: abc.lambda-url.localhost:9001\n"
          "Cookie: a=1; b=2\nContent-Type: application/json\nAccept: a\nAccept: b\n\n{\"k\":\"v\"}")
    write("functionurlevent", "binary", "PUT\n/upload\n\nContent-Type: image/png\n\n\x89PNG\r\n\x1a\n")
    write("functionurlevent", "reply", json.dumps({"statusCode": 201, "headers": {"x-a": "1"}, "cookies": ["c=1"],
                                                   "body": "aGk=", "isBase64Encoded": True}))
    write("functionurlevent", "string", '"just a string"')


def corpus_samtemplate():
    write("samtemplate", "function", """Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage: {Type: String, Default: dev, AllowedValues: [dev, prod]}
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Globals:
  Function: {Timeout: 10, Environment: {Variables: {STAGE: !Ref Stage}}}
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: !Sub '${AWS::StackName}-api-${Stage}'
      CodeUri: src/
      Handler: app.handler
      Runtime: python3.11
      MemorySize: !If [IsProd, 1024, 128]
      FunctionUrlConfig: {AuthType: NONE, Cors: {AllowOrigins: ['*']}}
      Events:
        Get: {Type: HttpApi, Properties: {Path: /items, Method: get}}
        Tick: {Type: Schedule, Properties: {Schedule: rate(5 minutes)}}
        Jobs: {Type: SQS, Properties: {Queue: !GetAtt Jobs.Arn, BatchSize: 5}}
  Jobs:
    Type: AWS::SQS::Queue
  Bucket:
    Type: AWS::S3::Bucket
""")
    write("samtemplate", "longforms", """Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Code: {ZipFile: "def handler(e, c): return 1"}
      Handler: index.handler
      Runtime: python3.11
      Role: {"Fn::Join": [":", ["arn", "aws", "iam", "", {"Ref": "AWS::AccountId"}, "role/x"]]}
      Environment: {Variables: {A: {"Fn::Select": [1, {"Fn::Split": [",", "a,b,c"]}]}}}
""")


def dap_frame(message):
    body = json.dumps(message).encode("utf-8") if not isinstance(message, bytes) else message
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def corpus_dapmessage():
    write("dapmessage", "empty-object", dap_frame(b"{}"))
    stopped = dap_frame({"seq": 20, "type": "event", "event": "stopped",
                         "body": {"reason": "breakpoint", "threadId": 1, "allThreadsStopped": True}})
    partial = dap_frame({"seq": 7, "type": "request", "command": "stackTrace", "arguments": {"threadId": 1}})
    write("dapmessage", "stopped-then-partial", stopped + partial[:40])
    write("dapmessage", "content-type",
          b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 3\r\n\r\n[1]")
    write("dapmessage", "huge-length", b"Content-Length: 99999999999\r\n\r\n")
    write("dapmessage", "twice", b"Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello")


if __name__ == "__main__":
    for target in ["ziparchive", "jsoncheck", "functionconfig", "requestbody", "requestparser", "sigv4", "filterpattern",
                   "platformlog", "chunkedbody", "functionurlevent", "samtemplate", "dapmessage"]:
        shutil.rmtree(os.path.join(CORPUS, target), ignore_errors=True)
    corpus_ziparchive()
    corpus_jsoncheck()
    corpus_functionconfig()
    corpus_requestbody()
    corpus_requestparser()
    corpus_sigv4()
    corpus_filterpattern()
    corpus_platformlog()
    corpus_chunkedbody()
    corpus_functionurlevent()
    corpus_samtemplate()
    corpus_dapmessage()
