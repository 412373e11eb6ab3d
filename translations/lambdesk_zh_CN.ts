<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Event → %1</source>
        <translation>事件 → %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n retries</source>
        <translation>
            <numerusform> · %n 次重试</numerusform>
        </translation>
    </message>
    <message>
        <source>max age %1</source>
        <translation>最长期限 %1</translation>
    </message>
    <message>
        <source>On success</source>
        <translation>成功时</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>失败时</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>NONE: anyone who can reach the URL can call the function; no signature is checked.</source>
        <translation>NONE：任何能访问该 URL 的人都可以调用此函数；不检查签名。</translation>
    </message>
    <message>
        <source>AWS_IAM: only requests signed with SigV4 with the local API&apos;s credentials are let in.</source>
        <translation>AWS_IAM：只允许使用本地 API 凭证以 SigV4 签名的请求。</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>On (no origin allowed)</source>
        <translation>开启（不允许任何来源）</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Invoke with the test event under the debugger: it stops on the breakpoints set in the editor&apos;s margin (Ctrl+F5).%1</source>
        <translation>在调试器下使用测试事件调用：会在编辑器边栏中设置的断点处停止（Ctrl+F5）。%1</translation>
    </message>
    <message>
        <source> The arrow: options.</source>
        <translation>箭头：选项。</translation>
    </message>
    <message>
        <source> Options: Debug menu.</source>
        <translation>选项：“调试”菜单。</translation>
    </message>
    <message>
        <source>Content: the folder %1 does not exist</source>
        <translation>内容：文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Content: the folder holds %1; a layer may hold at most %2 unzipped</source>
        <translation>内容：文件夹包含 %1；层解压后最多只能有 %2</translation>
    </message>
    <message>
        <source>Content: the file %1 does not exist</source>
        <translation>内容：文件 %1 不存在</translation>
    </message>
    <message>
        <source>Content: the zip is %1; a layer&apos;s zip may be at most %2</source>
        <translation>内容：zip 文件大小为 %1；层的 zip 文件最大为 %2</translation>
    </message>
    <message>
        <source>Content: cannot read %1: %2</source>
        <translation>内容：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
</context>
<context>
    <name>blueprint:cold-start-demo</name>
    <message>
        <source>Cold starts and warm environments</source>
        <extracomment>The title of a blueprint (File › New function)</extracomment>
        <translation>冷启动和热执行环境</translation>
    </message>
    <message>
        <source>See what survives between invocations, and why only the first one pays Init Duration.</source>
        <translation>了解哪些内容会在调用之间保留，以及为什么只有第一次调用需要付出 Init Duration。</translation>
    </message>
    <message>
        <source>Code outside the handler runs once, when a new execution environment starts (a cold start); this function deliberately spends about 200 ms there building a lookup table, and its &quot;Init:&quot; log line appears before the first START line. Invoke &quot;invoke&quot; several times: invocationCount grows, coldStart is true only the first time, and only the first REPORT line shows Init Duration. Then change the memory size or edit the code and invoke again: the old environment is retired, the count restarts at 1 and Init Duration comes back.</source>
        <translation>处理程序之外的代码只在新执行环境启动时（即冷启动时）运行一次；此函数特意在那里花费约 200 ms 构建一个查找表，其 &quot;Init:&quot; 日志行出现在第一个 START 行之前。多次调用“invoke”事件：invocationCount 不断增长，coldStart 只有第一次为 true，并且只有第一条 REPORT 行显示 Init Duration。然后更改内存大小或编辑代码，再次调用：旧的执行环境被停用，计数从 1 重新开始，Init Duration 再次出现。</translation>
    </message>
</context>
<context>
    <name>blueprint:cpu-demo</name>
    <message>
        <source>Memory size and CPU power</source>
        <translation>内存大小和 CPU 算力</translation>
    </message>
    <message>
        <source>Do a fixed amount of CPU work and see how the memory size sets the CPU share.</source>
        <translation>执行固定量的 CPU 工作，了解内存大小如何决定 CPU 份额。</translation>
    </message>
    <message>
        <source>Lambda gives a function CPU power in proportion to its memory size: one full vCPU at 1769 MB. This function does the same hashing work on every invocation, so its Duration shows how much CPU it got. Invoke it at 128 MB, then at 1769 MB, and compare Duration and Billed Duration.</source>
        <translation>Lambda 按内存大小的比例为函数分配 CPU 算力：1769 MB 时为一个完整的 vCPU。此函数每次调用都执行相同的哈希计算，因此其 Duration 反映了它获得了多少 CPU。先在 128 MB 下调用，再在 1769 MB 下调用，然后比较 Duration 和 Billed Duration。</translation>
    </message>
</context>
<context>
    <name>blueprint:env-config</name>
    <message>
        <source>Configuration with environment variables</source>
        <translation>使用环境变量进行配置</translation>
    </message>
    <message>
        <source>Read settings from environment variables, convert them from strings, and fail fast on bad values.</source>
        <translation>从环境变量读取设置，将其从字符串转换，并在值无效时快速失败。</translation>
    </message>
    <message>
        <source>The function reads GREETING, STAGE, MAX_ITEMS and FEATURE_FLAGS once at start-up and also shows variables Lambda sets itself (function name, region, memory size). Environment variables are always strings, so numbers and lists must be parsed. Change GREETING or MAX_ITEMS in the configuration and invoke again (changing configuration starts a new environment). Set MAX_ITEMS to &quot;lots&quot; to see an initialisation error.</source>
        <translation>此函数在启动时一次性读取 GREETING、STAGE、MAX_ITEMS 和 FEATURE_FLAGS，并显示 Lambda 自己设置的变量（函数名称、区域、内存大小）。环境变量始终是字符串，因此数字和列表必须经过解析。在配置中更改 GREETING 或 MAX_ITEMS，然后再次调用（更改配置会启动新的执行环境）。将 MAX_ITEMS 设置为 &quot;lots&quot; 可查看初始化错误。</translation>
    </message>
</context>
<context>
    <name>blueprint:error-handling</name>
    <message>
        <source>Errors: errorType, errorMessage, stackTrace</source>
        <translation>错误：errorType、errorMessage、stackTrace</translation>
    </message>
    <message>
        <source>Throw a custom error for bad input and see how Lambda reports a function error.</source>
        <translation>针对无效输入抛出自定义错误，查看 Lambda 如何报告函数错误。</translation>
    </message>
    <message>
        <source>When a handler raises or throws, Lambda turns the error into a JSON result with errorType (the error&apos;s class name), errorMessage and stackTrace, and marks the invocation as failed (X-Amz-Function-Error: Unhandled). Invoke &quot;ok&quot; for a normal result, &quot;bad-input&quot; for the custom ValidationError, and &quot;bug&quot; for an ordinary built-in error. Unlike a timeout or a memory kill, an error thrown by your code leaves the environment warm for the next invocation.</source>
        <translation>当处理程序引发或抛出错误时，Lambda 会将错误转换为包含 errorType（错误的类名）、errorMessage 和 stackTrace 的 JSON 结果，并将调用标记为失败（X-Amz-Function-Error: Unhandled）。调用“ok”获取正常结果，调用“bad-input”获取自定义的 ValidationError，调用“bug”获取普通的内置错误。与超时或因内存超限被终止不同，您的代码抛出的错误会让执行环境保持为热，供下一次调用使用。</translation>
    </message>
</context>
<context>
    <name>blueprint:event-context</name>
    <message>
        <source>The event and the context object</source>
        <translation>事件和 context 对象</translation>
    </message>
    <message>
        <source>Return the event you sent and what the context object says about this invocation.</source>
        <translation>返回您发送的事件，以及 context 对象提供的有关此次调用的信息。</translation>
    </message>
    <message>
        <source>The handler gets two arguments: the event (your JSON, parsed) and the context (facts Lambda supplies: request id, function name and version, memory limit, time left before the timeout, log group and stream). This function returns both. Edit the test event and invoke again, or change the timeout and watch remainingTimeMs follow.</source>
        <translation>处理程序接收两个参数：事件（您的 JSON，已解析）和 context（Lambda 提供的信息：请求 ID、函数名称和版本、内存限制、超时前的剩余时间、日志组和日志流）。此函数将两者都返回。编辑测试事件后再次调用，或更改超时，观察 remainingTimeMs 随之变化。</translation>
    </message>
</context>
<context>
    <name>blueprint:hello-world-nodejs</name>
    <message>
        <source>Hello world (Node.js)</source>
        <translation>Hello world (Node.js)</translation>
    </message>
    <message>
        <source>The smallest useful Node.js function: read the event, log a line, return a response.</source>
        <translation>最小的实用 Node.js 函数：读取事件、记录一行日志、返回响应。</translation>
    </message>
    <message>
        <source>An async Node.js handler that greets the &quot;name&quot; from the event and returns an API-style response with a statusCode and a JSON body. Invoke the &quot;hello&quot; event, then &quot;no-name&quot; to see the default value used. In the log viewer, each console.log line is prefixed with a timestamp, the request id and INFO, just as on AWS.</source>
        <translation>一个异步 Node.js 处理程序，它向事件中的 &quot;name&quot; 问好，并返回带有 statusCode 和 JSON 正文的 API 风格响应。先调用“hello”事件，再调用“no-name”查看所使用的默认值。在日志查看器中，每个 console.log 行都带有时间戳、请求 ID 和 INFO 前缀，与 AWS 上一样。</translation>
    </message>
</context>
<context>
    <name>blueprint:hello-world-python</name>
    <message>
        <source>Hello world (Python)</source>
        <translation>Hello world (Python)</translation>
    </message>
    <message>
        <source>The smallest useful Python function: read the event, log a line, return a response.</source>
        <translation>最小的实用 Python 函数：读取事件、记录一行日志、返回响应。</translation>
    </message>
    <message>
        <source>A Python handler that greets the &quot;name&quot; from the event and returns an API-style response with a statusCode and a JSON body. Invoke the &quot;hello&quot; event, then the &quot;no-name&quot; event to see the default value used. Watch the log viewer: your print() line sits between START and END, and the REPORT line shows duration and memory.</source>
        <translation>一个 Python 处理程序，它向事件中的 &quot;name&quot; 问好，并返回带有 statusCode 和 JSON 正文的 API 风格响应。先调用“hello”事件，再调用“no-name”事件查看所使用的默认值。注意日志查看器：您的 print() 行位于 START 和 END 之间，REPORT 行显示持续时间和内存。</translation>
    </message>
</context>
<context>
    <name>blueprint:http-api</name>
    <message>
        <source>HTTP API backend (API Gateway v2)</source>
        <translation>HTTP API 后端（API Gateway v2）</translation>
    </message>
    <message>
        <source>A small REST-style API behind an API Gateway HTTP API or a function URL: routing, JSON validation, status codes.</source>
        <translation>位于 API Gateway HTTP API 或函数 URL 之后的小型 REST 风格 API：路由、JSON 验证、状态码。</translation>
    </message>
    <message>
        <source>Handles API Gateway HTTP API and function URL events (payload format 2.0): GET /items, GET /items/{id} and POST /items, with 400 for an invalid body and 404 for unknown items or routes. Try &quot;post-item&quot; and then &quot;get-items&quot;: the new item is still there because module-level data lives as long as the warm environment, and it is gone after a cold start (change the memory size to force one). It is created with a function URL (auth type NONE): open it in a browser, or call it with curl, e.g. curl URL/items. Note that the response body is always a string, even when it holds JSON.</source>
        <translation>处理 API Gateway HTTP API 和函数 URL 事件（负载格式 2.0）：GET /items、GET /items/{id} 和 POST /items，正文无效时返回 400，项目或路由未知时返回 404。先试试“post-item”，再试试“get-items”：新项目仍然存在，因为模块级数据的生命周期与热执行环境相同；冷启动后它就消失了（更改内存大小可强制冷启动）。创建此函数时会附带函数 URL（身份验证类型 NONE）：可在浏览器中打开，或用 curl 调用，例如 curl URL/items。请注意，响应正文始终是字符串，即使其中包含 JSON。</translation>
    </message>
</context>
<context>
    <name>blueprint:json-transform</name>
    <message>
        <source>JSON transform</source>
        <translation>JSON 转换</translation>
    </message>
    <message>
        <source>Reshape a messy JSON record into a clean one: rename fields, convert types, compute totals.</source>
        <translation>将杂乱的 JSON 记录整理成干净的记录：重命名字段、转换类型、计算总计。</translation>
    </message>
    <message>
        <source>A pure data-in, data-out function, the kind often used as a Step Functions task or a small integration step. It turns a snake_case order with numbers stored as strings into a camelCase order with real numbers, a trimmed lower-case email and totals computed in whole cents to avoid floating-point rounding errors. Edit the &quot;legacy-order&quot; event (add a line, change a price) and compare input and output.</source>
        <translation>一个纯粹的数据输入、数据输出函数，常用作 Step Functions 任务或小型集成步骤。它将数字以字符串存储的 snake_case 订单转换为使用真实数字的 camelCase 订单，去除空格并转为小写的电子邮件地址，以及以整数分计算的总计，以避免浮点舍入误差。编辑“legacy-order”事件（添加一行、更改价格），并比较输入和输出。</translation>
    </message>
</context>
<context>
    <name>blueprint:memory-demo</name>
    <message>
        <source>Memory limit and Max Memory Used</source>
        <translation>内存限制和 Max Memory Used</translation>
    </message>
    <message>
        <source>Allocate real memory and see Max Memory Used climb, then exceed the 128 MB limit.</source>
        <translation>分配真实内存，观察 Max Memory Used 上升，然后超出 128 MB 限制。</translation>
    </message>
    <message>
        <source>The function allocates event.megabytes MB in 1 MB blocks and writes to every 4 KB page of them, so the memory is really used, not just reserved; every 16 MB it logs the process&apos;s resident memory, split into its own part and the files it shares with other processes (the runtime&apos;s code). &quot;fits&quot; (40 MB) succeeds, and the REPORT line&apos;s Max Memory Used (the peak of the whole process, runtime included) is above 40 MB. &quot;too-much&quot; (300 MB) goes past the 128 MB memory size: within a few seconds the process is killed mid-allocation, the progress log stops, the invocation fails with Runtime.OutOfMemory (&quot;Runtime exited with error: signal: killed&quot;), REPORT says 128 MB of 128 MB used, and the next invocation starts a fresh environment. Locally the limit counts the function&apos;s own memory (the runtime&apos;s code is usually in memory already for other programs), so the last resident figure may pass 128 MB. Raise the memory size to 512 MB and run &quot;too-much&quot; again.</source>
        <translation>此函数以 1 MB 为块分配 event.megabytes MB 内存，并写入其中的每个 4 KB 页面，因此内存是真正被使用，而不只是被预留；每分配 16 MB，它会记录进程的常驻内存，分为其自身部分和与其他进程共享的文件（运行时的代码）。“fits”（40 MB）会成功，REPORT 行的 Max Memory Used（整个进程的峰值，包括运行时）高于 40 MB。“too-much”（300 MB）会超出 128 MB 的内存大小：几秒钟内进程就会在分配过程中被终止，进度日志停止，调用以 Runtime.OutOfMemory 失败（&quot;Runtime exited with error: signal: killed&quot;），REPORT 显示已使用 128 MB/128 MB，下一次调用会启动全新的执行环境。在本地，限制只计算函数自身的内存（运行时的代码通常已因其他程序而在内存中），因此最后一个常驻内存数值可能超过 128 MB。将内存大小提高到 512 MB，然后再次运行“too-much”。</translation>
    </message>
</context>
<context>
    <name>blueprint:s3-object-processor</name>
    <message>
        <source>S3 object processor</source>
        <translation>S3 对象处理器</translation>
    </message>
    <message>
        <source>React to files uploaded to an S3 bucket: decode object keys and log what arrived.</source>
        <translation>响应上传到 S3 存储桶的文件：解码对象键并记录收到的内容。</translation>
    </message>
    <message>
        <source>Handles S3 event notifications (ObjectCreated:Put). One event can carry several Records, so the handler loops over them. Object keys arrive URL-encoded (a space becomes &quot;+&quot;, other special characters become %xx): compare the raw key in the &quot;s3-put&quot; event with the decoded key in the log. Try editing the event to add a key with unicode characters, e.g. &quot;caf%C3%A9.txt&quot;.</source>
        <translation>处理 S3 事件通知（ObjectCreated:Put）。一个事件可以包含多个 Records，因此处理程序会遍历它们。对象键以 URL 编码的形式到达（空格变为 &quot;+&quot;，其他特殊字符变为 %xx）：比较“s3-put”事件中的原始键和日志中解码后的键。试着编辑事件，添加一个包含 Unicode 字符的键，例如 &quot;caf%C3%A9.txt&quot;。</translation>
    </message>
</context>
<context>
    <name>blueprint:scheduled-job</name>
    <message>
        <source>Scheduled job (EventBridge cron)</source>
        <translation>计划任务（EventBridge cron）</translation>
    </message>
    <message>
        <source>A nightly cleanup task run by an EventBridge schedule such as cron(0 3 * * ? *).</source>
        <translation>由 EventBridge 计划（例如 cron(0 3 * * ? *)）运行的夜间清理任务。</translation>
    </message>
    <message>
        <source>EventBridge calls the function on a schedule with a &quot;Scheduled Event&quot; whose &quot;time&quot; field is the scheduled time. The handler uses that time (not the clock) to decide which sample sessions are older than RETENTION_HOURS and would be deleted, so runs are repeatable. Change &quot;time&quot; in the &quot;scheduled&quot; event, or the RETENTION_HOURS environment variable, and invoke again to see a different result.</source>
        <translation>EventBridge 按计划使用 &quot;Scheduled Event&quot; 调用函数，其 &quot;time&quot; 字段为计划时间。处理程序使用该时间（而不是时钟）来决定哪些示例会话早于 RETENTION_HOURS 而应被删除，因此每次运行的结果可重复。更改“scheduled”事件中的 &quot;time&quot; 或 RETENTION_HOURS 环境变量，然后再次调用，即可看到不同的结果。</translation>
    </message>
</context>
<context>
    <name>blueprint:sqs-batch-processor</name>
    <message>
        <source>SQS batch processor (partial batch failures)</source>
        <translation>SQS 批处理器（部分批处理失败）</translation>
    </message>
    <message>
        <source>Consume a batch of SQS messages and report only the bad ones back to the queue.</source>
        <translation>使用一批 SQS 消息，只将失败的消息报告回队列。</translation>
    </message>
    <message>
        <source>Lambda polls an SQS queue and hands the function up to 10 messages at once. With ReportBatchItemFailures turned on for the event source mapping, the function returns {&quot;batchItemFailures&quot;: [{&quot;itemIdentifier&quot;: messageId}]} and only those messages go back to the queue for a retry; the rest are deleted. Compare &quot;sqs-all-good&quot; (empty list) with &quot;sqs-some-bad&quot; (one body is not JSON, one lacks &quot;orderId&quot;), and read why throwing an error instead would retry the whole batch.</source>
        <translation>Lambda 轮询 SQS 队列，每次最多向函数传递 10 条消息。为事件源映射开启 ReportBatchItemFailures 后，函数返回 {&quot;batchItemFailures&quot;: [{&quot;itemIdentifier&quot;: messageId}]}，只有这些消息会返回队列重试；其余消息会被删除。比较“sqs-all-good”（空列表）和“sqs-some-bad”（一条消息的正文不是 JSON，一条缺少 &quot;orderId&quot;），并了解为什么改为抛出错误会重试整个批次。</translation>
    </message>
</context>
<context>
    <name>blueprint:timeout-demo</name>
    <message>
        <source>Timeouts and remaining time</source>
        <translation>超时和剩余时间</translation>
    </message>
    <message>
        <source>Sleep past the 3-second timeout and watch Lambda stop the function mid-work.</source>
        <translation>休眠超过 3 秒超时，观察 Lambda 在函数工作中途将其停止。</translation>
    </message>
    <message>
        <source>The function sleeps for event.sleepSeconds, logging each second together with the time the context says is left. The timeout is 3 s, so &quot;times-out&quot; (5 s) is stopped with &quot;Task timed out after 3.00 seconds&quot; and the environment is reset, while &quot;finishes&quot; (1 s) returns normally. &quot;stops-in-time&quot; shows the fix: check the remaining time and stop cleanly before the deadline. Try raising the timeout in the configuration to 6 s and run &quot;times-out&quot; again.</source>
        <translation>此函数休眠 event.sleepSeconds 秒，每秒记录一次日志以及 context 所报告的剩余时间。超时为 3 秒，因此“times-out”（5 秒）会以 &quot;Task timed out after 3.00 seconds&quot; 被停止，执行环境被重置，而“finishes”（1 秒）正常返回。“stops-in-time”展示了修复方法：检查剩余时间，并在截止时间之前干净地停止。试着在配置中将超时提高到 6 秒，然后再次运行“times-out”。</translation>
    </message>
</context>
<context>
    <name>eventtemplate</name>
    <message>
        <source>API Gateway REST API (proxy)</source>
        <translation>API Gateway REST API（代理）</translation>
    </message>
    <message>
        <source>API Gateway HTTP API (payload v2.0)</source>
        <translation>API Gateway HTTP API（负载 v2.0）</translation>
    </message>
    <message>
        <source>API Gateway REST authorizer (TOKEN)</source>
        <translation>API Gateway REST 授权方 (TOKEN)</translation>
    </message>
    <message>
        <source>API Gateway REST authorizer (REQUEST)</source>
        <translation>API Gateway REST 授权方 (REQUEST)</translation>
    </message>
    <message>
        <source>Lambda function URL</source>
        <translation>Lambda 函数 URL</translation>
    </message>
    <message>
        <source>Application Load Balancer</source>
        <translation>Application Load Balancer</translation>
    </message>
    <message>
        <source>S3 Put (ObjectCreated:Put)</source>
        <translation>S3 Put (ObjectCreated:Put)</translation>
    </message>
    <message>
        <source>S3 Delete (ObjectRemoved:Delete)</source>
        <translation>S3 Delete (ObjectRemoved:Delete)</translation>
    </message>
    <message>
        <source>SQS message batch</source>
        <translation>SQS 消息批次</translation>
    </message>
    <message>
        <source>SNS notification</source>
        <translation>SNS 通知</translation>
    </message>
    <message>
        <source>EventBridge custom event</source>
        <translation>EventBridge 自定义事件</translation>
    </message>
    <message>
        <source>EventBridge Scheduled Event (cron / rate)</source>
        <translation>EventBridge Scheduled Event (cron / rate)</translation>
    </message>
    <message>
        <source>DynamoDB Streams (INSERT, MODIFY, REMOVE)</source>
        <translation>DynamoDB Streams (INSERT, MODIFY, REMOVE)</translation>
    </message>
    <message>
        <source>Kinesis Data Streams</source>
        <translation>Kinesis Data Streams</translation>
    </message>
    <message>
        <source>Amazon Data Firehose (Kinesis Firehose) transformation</source>
        <translation>Amazon Data Firehose (Kinesis Firehose) 转换</translation>
    </message>
    <message>
        <source>CloudWatch Logs subscription filter</source>
        <translation>CloudWatch Logs 订阅筛选器</translation>
    </message>
    <message>
        <source>Cognito User Pools: pre sign-up</source>
        <translation>Cognito 用户池：注册前</translation>
    </message>
    <message>
        <source>Cognito User Pools: post confirmation</source>
        <translation>Cognito 用户池：确认后</translation>
    </message>
    <message>
        <source>SES email receiving (Lambda action)</source>
        <translation>SES 电子邮件接收（Lambda 操作）</translation>
    </message>
    <message>
        <source>CloudFormation custom resource (Create)</source>
        <translation>CloudFormation 自定义资源 (Create)</translation>
    </message>
    <message>
        <source>Step Functions task input</source>
        <translation>Step Functions 任务输入</translation>
    </message>
    <message>
        <source>AWS IoT rule (SELECT *, topic(), timestamp())</source>
        <translation>AWS IoT 规则 (SELECT *, topic(), timestamp())</translation>
    </message>
    <message>
        <source>CodePipeline Lambda invoke action (job)</source>
        <translation>CodePipeline Lambda 调用操作（作业）</translation>
    </message>
    <message>
        <source>Amazon Lex V2 (dialog code hook)</source>
        <translation>Amazon Lex V2（对话代码挂钩）</translation>
    </message>
    <message>
        <source>Amazon MSK (Kafka) records</source>
        <translation>Amazon MSK (Kafka) 记录</translation>
    </message>
    <message>
        <source>AppSync direct Lambda resolver</source>
        <translation>AppSync 直接 Lambda 解析器</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Lambda writes one REPORT line to the function&apos;s log at the end of every invocation. It says how long the invocation ran and was billed, how much memory was configured and used and, after a cold start, how long the init phase took.</source>
        <translation>Lambda 在每次调用结束时向函数日志写入一条 REPORT 行。它说明调用运行了多长时间、计费了多长时间、配置和使用了多少内存，以及在冷启动后 init 阶段花费了多长时间。</translation>
    </message>
    <message>
        <source>The ID Lambda gives each invocation. The START, END and REPORT lines and the lines your code logs carry it, and the handler reads it from the context object, so it ties together everything one invocation wrote.</source>
        <translation>Lambda 为每次调用分配的 ID。START、END 和 REPORT 行以及您的代码记录的日志行都带有它，处理程序也可以从 context 对象中读取它，因此它能将一次调用写入的所有内容关联在一起。</translation>
    </message>
    <message>
        <source>The time the handler took to process the event: from the moment the runtime received it until it returned a response or an error. The init phase of a cold start is not part of it; Init Duration tells that time.</source>
        <translation>处理程序处理事件所用的时间：从运行时收到事件开始，到返回响应或错误为止。冷启动的 init 阶段不包括在内；该时间由 Init Duration 表示。</translation>
    </message>
    <message>
        <source>The time the invocation is charged for: its Duration rounded up to the next millisecond. Lambda&apos;s price is this time multiplied by the memory configured (GB-seconds), plus a fee per request.</source>
        <translation>调用被计费的时间：其 Duration 向上取整到下一毫秒。Lambda 的价格为此时间乘以配置的内存（GB-秒），再加上按请求收取的费用。</translation>
    </message>
    <message>
        <source>The memory configured for the function, from 128 MB to 10,240 MB. Lambda gives the function CPU power in proportion to it, and the price of each millisecond grows with it.</source>
        <translation>为函数配置的内存，从 128 MB 到 10,240 MB。Lambda 按其比例为函数分配 CPU 算力，每毫秒的价格也随之增加。</translation>
    </message>
    <message>
        <source>The most memory the function&apos;s processes used, in MB. When invocations share an execution environment, it is the highest use across them. Close to Memory Size, the function risks running out of memory; far below it, a smaller setting may do.</source>
        <translation>函数的进程使用的最大内存，以 MB 为单位。当多个调用共用一个执行环境时，它是这些调用中的最高用量。接近 Memory Size 时，函数有内存耗尽的风险；远低于 Memory Size 时，可以改用更小的设置。</translation>
    </message>
    <message>
        <source>The time the init phase took: starting the runtime and running the code outside the handler (imports, clients, global state). It appears only on the first invocation of a new execution environment, a cold start; warm invocations reuse the environment and skip it.</source>
        <translation>init 阶段花费的时间：启动运行时并运行处理程序之外的代码（导入、客户端、全局状态）。它只出现在新执行环境的第一次调用（即冷启动）中；热调用会复用执行环境并跳过此阶段。</translation>
    </message>
    <message>
        <source>CPU share</source>
        <translation>CPU 份额</translation>
    </message>
    <message>
        <source>Lambda allocates CPU power in proportion to the memory configured: at 1,769 MB a function has the equivalent of one vCPU, below that a fraction of one, and at 10,240 MB up to 6 vCPUs. More memory therefore also makes CPU-bound code faster.</source>
        <translation>Lambda 按配置的内存比例分配 CPU 算力：1,769 MB 时函数拥有相当于一个 vCPU 的算力，低于此值时为一个 vCPU 的一部分，10,240 MB 时最多为 6 个 vCPU。因此，更多内存也会让 CPU 密集型代码运行得更快。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>The memory available to the function at runtime, 128 MB to 10,240 MB in 1 MB steps. CPU power grows in proportion to it, and so does the price of each millisecond. An invocation whose processes need more is stopped.</source>
        <translation>函数在运行时可用的内存，128 MB 到 10,240 MB，以 1 MB 为增量。CPU 算力按其比例增长，每毫秒的价格也是如此。进程需要更多内存的调用会被停止。</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>The longest an invocation may run, from 1 second to 15 minutes (900 seconds); the default is 3 seconds. At the deadline Lambda stops the invocation (&quot;Task timed out&quot;, error type Sandbox.Timedout).</source>
        <translation>一次调用可以运行的最长时间，从 1 秒到 15 分钟（900 秒）；默认为 3 秒。到达截止时间时，Lambda 会停止调用（&quot;Task timed out&quot;，错误类型 Sandbox.Timedout）。</translation>
    </message>
    <message>
        <source>Ephemeral storage</source>
        <translation>临时存储</translation>
    </message>
    <message>
        <source>The size of /tmp in each execution environment, 512 MB to 10,240 MB. Files written there stay while the environment is warm and are gone when it is replaced: a cache, not a place to keep data.</source>
        <translation>每个执行环境中 /tmp 的大小，512 MB 到 10,240 MB。写入其中的文件在执行环境为热时保留，在执行环境被替换时消失：它是缓存，而不是保存数据的地方。</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理程序</translation>
    </message>
    <message>
        <source>The function Lambda calls with each event, written as file.function: lambda_function.lambda_handler calls lambda_handler in lambda_function.py, index.handler the exported handler of index.mjs or index.js. A wrong name fails with Runtime.ImportModuleError or Runtime.HandlerNotFound.</source>
        <translation>Lambda 用每个事件调用的函数，写作 file.function：lambda_function.lambda_handler 调用 lambda_function.py 中的 lambda_handler，index.handler 调用 index.mjs 或 index.js 导出的 handler。名称错误会以 Runtime.ImportModuleError 或 Runtime.HandlerNotFound 失败。</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>The language environment that loads and runs the function&apos;s code, such as python3.12 or nodejs20.x, or provided for a bootstrap program of your own. It passes events between Lambda and the handler through the Runtime API.</source>
        <translation>加载并运行函数代码的语言环境，例如 python3.12 或 nodejs20.x，或用于您自己的 bootstrap 程序的 provided。它通过 Runtime API 在 Lambda 和处理程序之间传递事件。</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>The instruction set of the processor the function runs on: x86_64, or arm64 (AWS Graviton). Native libraries in the code and its layers must be built for it.</source>
        <translation>函数运行所在处理器的指令集：x86_64 或 arm64（AWS Graviton）。代码及其层中的本机库必须针对它构建。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>A free text of up to 256 characters that says what the function is for. Lambda keeps it with the configuration; it has no effect on how the function runs.</source>
        <translation>最多 256 个字符的自由文本，说明函数的用途。Lambda 将其与配置一起保存；它对函数的运行方式没有影响。</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Key-value pairs Lambda sets in the execution environment, read by the code like any environment variable (os.environ in Python, process.env in Node.js). They change behaviour without a change of code; together they may take 4 KB, and keys Lambda reserves, such as AWS_REGION, cannot be set.</source>
        <translation>Lambda 在执行环境中设置的键值对，代码像读取任何环境变量一样读取它们（Python 中为 os.environ，Node.js 中为 process.env）。它们无需更改代码即可改变行为；总共最多 4 KB，并且不能设置 Lambda 保留的键，例如 AWS_REGION。</translation>
    </message>
    <message>
        <source>Reserved concurrency</source>
        <translation>预留并发</translation>
    </message>
    <message>
        <source>The most execution environments the function may use at the same time, set aside for it out of the account&apos;s concurrency. Requests beyond it are throttled (TooManyRequestsException, HTTP 429); 0 stops every invocation.</source>
        <translation>函数可同时使用的最大执行环境数，从账户的并发中为其预留。超出的请求会被节流（TooManyRequestsException，HTTP 429）；设为 0 会停止所有调用。</translation>
    </message>
    <message>
        <source>Provisioned concurrency</source>
        <translation>预置并发</translation>
    </message>
    <message>
        <source>Execution environments Lambda initialises ahead of time for a version or an alias, so that their invocations start warm, without an Init Duration. They are billed for as long as they are configured, used or not.</source>
        <translation>Lambda 为某个版本或别名提前初始化的执行环境，使对它们的调用以热启动开始，没有 Init Duration。只要配置了它们，无论是否使用都会计费。</translation>
    </message>
    <message>
        <source>Asynchronous invocation</source>
        <translation>异步调用</translation>
    </message>
    <message>
        <source>With the Event invocation type Lambda queues the event, answers at once (HTTP 202) and runs the function in the background. When it fails, Lambda retries it, and can send a record of the outcome to a destination.</source>
        <translation>使用 Event 调用类型时，Lambda 将事件放入队列，立即应答（HTTP 202），并在后台运行函数。失败时，Lambda 会重试，并可以将结果记录发送到目标。</translation>
    </message>
    <message>
        <source>Maximum age of event</source>
        <translation>事件最长期限</translation>
    </message>
    <message>
        <source>How long Lambda keeps an asynchronous event in its queue, from 60 seconds to 6 hours. An event older than that is discarded, or sent to the on-failure destination or dead-letter queue.</source>
        <translation>Lambda 在其队列中保留异步事件的时长，从 60 秒到 6 小时。超过此时长的事件会被丢弃，或发送到失败时目标或死信队列。</translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>How many times Lambda retries an asynchronous invocation that returned an error: 0, 1 or 2 (the default). Lambda waits about a minute before the first retry and two before the second; an event that still fails goes to the on-failure destination or dead-letter queue.</source>
        <translation>Lambda 重试返回错误的异步调用的次数：0、1 或 2（默认）。Lambda 在第一次重试前等待约 1 分钟，在第二次重试前等待约 2 分钟；仍然失败的事件会发送到失败时目标或死信队列。</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Where Lambda sends a record of each asynchronous invocation: on success, on failure, or both. The record holds the request, the response and, on failure, why it failed.</source>
        <translation>Lambda 发送每次异步调用记录的位置：成功时、失败时或两者。记录包含请求、响应，以及失败时的失败原因。</translation>
    </message>
    <message>
        <source>Dead-letter queue</source>
        <translation>死信队列</translation>
    </message>
    <message>
        <source>An Amazon SQS queue or Amazon SNS topic that receives the events of asynchronous invocations that failed every attempt. Unlike an on-failure destination it keeps only the event, not the response or the error.</source>
        <translation>接收所有尝试均失败的异步调用事件的 Amazon SQS 队列或 Amazon SNS 主题。与失败时目标不同，它只保留事件，不保留响应或错误。</translation>
    </message>
    <message>
        <source>Log format</source>
        <translation>日志格式</translation>
    </message>
    <message>
        <source>Text keeps log lines as the runtime prints them; JSON writes every line as a JSON object with its time, level and request ID, which makes logs easy to filter and query. Log levels apply only with the JSON format.</source>
        <translation>文本格式按运行时打印的原样保留日志行；JSON 格式将每一行写为包含时间、级别和请求 ID 的 JSON 对象，便于筛选和查询日志。日志级别仅适用于 JSON 格式。</translation>
    </message>
    <message>
        <source>Application log level</source>
        <translation>应用程序日志级别</translation>
    </message>
    <message>
        <source>The lowest level of your code&apos;s log lines that Lambda keeps: TRACE, DEBUG, INFO, WARN, ERROR or FATAL; lines below it are dropped. It works only with the JSON log format.</source>
        <translation>Lambda 保留的代码日志行的最低级别：TRACE、DEBUG、INFO、WARN、ERROR 或 FATAL；低于此级别的行会被丢弃。仅适用于 JSON 日志格式。</translation>
    </message>
    <message>
        <source>System log level</source>
        <translation>系统日志级别</translation>
    </message>
    <message>
        <source>The lowest level of the records Lambda itself writes that are kept: DEBUG, INFO or WARN. Its start and report records (platform.start, platform.report) are INFO, so WARN leaves them out. It works only with the JSON log format.</source>
        <translation>Lambda 自身写入的记录中被保留的最低级别：DEBUG、INFO 或 WARN。其 start 和 report 记录（platform.start、platform.report）为 INFO 级别，因此 WARN 会将其排除。仅适用于 JSON 日志格式。</translation>
    </message>
    <message>
        <source>Function URL</source>
        <translation>函数 URL</translation>
    </message>
    <message>
        <source>A dedicated HTTPS endpoint of the function (or of an alias). Each HTTP request becomes an event for the handler, and the handler&apos;s answer becomes the HTTP response.</source>
        <translation>函数（或别名）的专用 HTTPS 端点。每个 HTTP 请求都会成为处理程序的一个事件，处理程序的应答会成为 HTTP 响应。</translation>
    </message>
    <message>
        <source>Auth type</source>
        <translation>身份验证类型</translation>
    </message>
    <message>
        <source>AWS_IAM lets only signed requests (SigV4) of principals allowed lambda:InvokeFunctionUrl call the function URL. NONE lets anyone who knows the URL call it, so the function must check requests itself.</source>
        <translation>AWS_IAM 只允许有权执行 lambda:InvokeFunctionUrl 的主体发出的已签名请求（SigV4）调用函数 URL。NONE 允许任何知道该 URL 的人调用它，因此函数必须自行检查请求。</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Cross-origin resource sharing: which web origins, methods and headers browsers may use to call the function URL from a page of another domain. Lambda answers the browsers&apos; preflight requests and adds the CORS headers to responses.</source>
        <translation>跨源资源共享：浏览器在其他域的页面中调用函数 URL 时可以使用哪些 Web 源、方法和标头。Lambda 会应答浏览器的预检请求，并在响应中添加 CORS 标头。</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>.zip archives of libraries, a custom runtime or other files that Lambda extracts to /opt in the execution environment. A function can use up to five layers, applied in order, so that code is shared between functions instead of packaged with each.</source>
        <translation>包含库、自定义运行时或其他文件的 .zip 存档，Lambda 会将其解压到执行环境的 /opt 中。一个函数最多可以使用五个层，按顺序应用，从而在函数之间共享代码，而不必与每个函数一起打包。</translation>
    </message>
    <message>
        <source>The runtime process exited before it answered: the code called exit, crashed, or was killed by a signal. The message gives the exit status or signal; the next invocation starts a new execution environment.</source>
        <translation>运行时进程在应答之前退出了：代码调用了 exit、崩溃了，或被信号终止。消息给出了退出状态或信号；下一次调用会启动新的执行环境。</translation>
    </message>
    <message>
        <source>The function&apos;s processes needed more memory than configured, so the execution environment was stopped. Raise the memory setting or make the code use less; Max Memory Used shows how close earlier invocations came.</source>
        <translation>函数的进程需要的内存超过了配置，因此执行环境被停止。请提高内存设置或让代码使用更少的内存；Max Memory Used 显示了之前的调用离上限有多近。</translation>
    </message>
    <message>
        <source>The init phase failed and the runtime did not say with which error type. The log lines just before the failure usually tell what went wrong.</source>
        <translation>init 阶段失败，且运行时没有说明错误类型。失败前的日志行通常能说明出了什么问题。</translation>
    </message>
    <message>
        <source>The runtime could not be started. For a provided runtime this usually means that no executable file named bootstrap is at the root of the code or of a layer.</source>
        <translation>无法启动运行时。对于 provided 运行时，这通常意味着代码或层的根目录中没有名为 bootstrap 的可执行文件。</translation>
    </message>
    <message>
        <source>The function wrote more to /tmp than the ephemeral storage setting allows, and the invocation was stopped. Delete files it no longer needs, or raise the ephemeral storage.</source>
        <translation>函数写入 /tmp 的数据超过了临时存储设置允许的大小，调用被停止。请删除不再需要的文件，或提高临时存储。</translation>
    </message>
    <message>
        <source>A streamed response ended before its last chunk: the runtime&apos;s connection closed while the function was still writing it. The client got only the part sent before.</source>
        <translation>流式响应在最后一个数据块之前结束：函数仍在写入时，运行时的连接已关闭。客户端只收到了之前发送的部分。</translation>
    </message>
    <message>
        <source>The function&apos;s response was larger than Lambda allows: 6 MB for a synchronous invocation, more for a streamed one. Return less, or store the data elsewhere (for example in Amazon S3) and return where to find it.</source>
        <translation>函数的响应超过了 Lambda 允许的大小：同步调用为 6 MB，流式调用可以更大。请返回更少的数据，或将数据存储在其他位置（例如 Amazon S3）并返回其位置。</translation>
    </message>
    <message>
        <source>The invocation, or the init phase before it, ran past the function&apos;s timeout and was stopped (&quot;Task timed out after … seconds&quot;). The execution environment is reset; raise the timeout or find what is slow.</source>
        <translation>调用（或之前的 init 阶段）运行超过了函数的超时时间而被停止（&quot;Task timed out after … seconds&quot;）。执行环境会被重置；请提高超时，或找出运行缓慢的原因。</translation>
    </message>
    <message>
        <source>The runtime could not load the module the handler names: the file is missing, or importing it or a library it needs failed. Check the handler setting, and that every dependency is in the code or a layer.</source>
        <translation>运行时无法加载处理程序指定的模块：文件不存在，或者导入它或它所需的库失败。请检查处理程序设置，并确认所有依赖项都在代码或层中。</translation>
    </message>
    <message>
        <source>The module loaded, but it has no function of the name the handler setting gives (in Node.js: none exported under that name). Compare the handler setting with the code.</source>
        <translation>模块已加载，但其中没有处理程序设置所指定名称的函数（在 Node.js 中：没有以该名称导出的函数）。请将处理程序设置与代码进行比较。</translation>
    </message>
    <message>
        <source>The handler setting is not of the form file.function (for example lambda_function.lambda_handler or index.handler), so the runtime cannot tell what to load.</source>
        <translation>处理程序设置不是 file.function 格式（例如 lambda_function.lambda_handler 或 index.handler），因此运行时无法确定要加载什么。</translation>
    </message>
    <message>
        <source>The function&apos;s code has a syntax error, found when the runtime loaded it in the init phase. The message names the file and the line.</source>
        <translation>函数代码存在语法错误，这是运行时在 init 阶段加载代码时发现的。消息会指出文件和行。</translation>
    </message>
    <message>
        <source>The handler&apos;s module has the name of a module built into Python (such as sys), which the runtime will not replace. Rename the file and the handler setting.</source>
        <translation>处理程序模块的名称与 Python 内置模块（例如 sys）相同，运行时不会替换内置模块。请重命名文件并修改处理程序设置。</translation>
    </message>
    <message>
        <source>The handler returned a value the runtime cannot turn into JSON, such as a set, bytes or an object of a class. Return dictionaries, lists, strings, numbers, booleans or None.</source>
        <translation>处理程序返回了运行时无法转换为 JSON 的值，例如 set、bytes 或某个类的对象。请返回字典、列表、字符串、数字、布尔值或 None。</translation>
    </message>
    <message>
        <source>The runtime could not read the event as JSON to hand it to the handler. The event must be a valid JSON document.</source>
        <translation>运行时无法将事件作为 JSON 读取并传递给处理程序。事件必须是有效的 JSON 文档。</translation>
    </message>
    <message>
        <source>The runtime could not read the client context or Cognito identity that came with the invocation, so it could not build the context object.</source>
        <translation>运行时无法读取随调用传入的客户端上下文或 Cognito 身份，因此无法构建 context 对象。</translation>
    </message>
    <message>
        <source>The Node.js process exited while an invocation was still running, most often because the handler&apos;s promise never settled and nothing else was left to run. Make sure the handler returns or awaits its work.</source>
        <translation>Node.js 进程在调用仍在运行时退出了，最常见的原因是处理程序的 promise 从未完成，且没有其他可运行的内容。请确保处理程序返回或 await 其工作。</translation>
    </message>
    <message>
        <source>A promise was rejected and nothing handled the rejection, so the Node.js runtime failed the invocation. Await the promises the handler starts, or catch their errors.</source>
        <translation>某个 promise 被拒绝且没有任何代码处理该拒绝，因此 Node.js 运行时使调用失败。请 await 处理程序启动的 promise，或捕获它们的错误。</translation>
    </message>
    <message>
        <source>Lambdesk&apos;s debugger could not start inside the runtime, for example because its port was not valid. This error type is Lambdesk&apos;s own; the linked page explains the init phase in which it happens.</source>
        <translation>Lambdesk 的调试器无法在运行时内启动，例如因为其端口无效。此错误类型是 Lambdesk 自己的；链接的页面解释了发生此错误的 init 阶段。</translation>
    </message>
    <message>
        <source>The function failed and the runtime gave no error type. Lambda marks such a response with the header X-Amz-Function-Error: Unhandled, and still answers with HTTP 200.</source>
        <translation>函数失败，且运行时没有给出错误类型。Lambda 会为此类响应添加标头 X-Amz-Function-Error: Unhandled，并仍以 HTTP 200 应答。</translation>
    </message>
    <message>
        <source>The request was throttled: the function had no execution environment free within its reserved concurrency, so nothing ran. Retry later, or raise the reserved concurrency.</source>
        <translation>请求被节流：函数在其预留并发范围内没有空闲的执行环境，因此没有运行任何内容。请稍后重试，或提高预留并发。</translation>
    </message>
</context>
<context>
    <name>lambdesk::AddLayerDialog</name>
    <message>
        <source>Add layer</source>
        <translation>添加层</translation>
    </message>
    <message>
        <source>Layers of this workspace</source>
        <translation>此工作区的层</translation>
    </message>
    <message>
        <source>The layers published here whose compatible runtimes include %1</source>
        <translation>此处发布的、兼容运行时包含 %1 的层</translation>
    </message>
    <message>
        <source>Specify an ARN</source>
        <translation>指定 ARN</translation>
    </message>
    <message numerus="yes">
        <source>%n layer version(s) not compatible with %1 are not offered.</source>
        <translation>
            <numerusform>%n 个与 %1 不兼容的层版本未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>No layer compatible with %1 is published yet: the Layers page (Tools → Layers…) creates one.</source>
        <translation>尚未发布与 %1 兼容的层：可在“层”页面（工具 → 层…）中创建。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Layer version ARN</source>
        <translation>层版本 ARN</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>%1 unzipped · runtimes: %2%3</source>
        <translation>解压后 %1 · 运行时：%2%3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
</context>
<context>
    <name>lambdesk::AliasDialog</name>
    <message>
        <source>Create alias</source>
        <translation>创建别名</translation>
    </message>
    <message>
        <source>Edit alias %1</source>
        <translation>编辑别名 %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Send a share of the invocations to a second version</source>
        <translation>将一部分调用发送到第二个版本</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Second version</source>
        <translation>第二个版本</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Name: give the alias a name.</source>
        <translation>名称：请为别名指定名称。</translation>
    </message>
    <message>
        <source>Name: 1 to 128 letters, digits, &apos;-&apos; or &apos;_&apos;, and not only digits.</source>
        <translation>名称：1 到 128 个字母、数字、“-”或“_”，且不能全是数字。</translation>
    </message>
    <message>
        <source>Version: publish a version first.</source>
        <translation>版本：请先发布一个版本。</translation>
    </message>
    <message>
        <source>Version: $LATEST can&apos;t be in a weighted alias; choose a published version.</source>
        <translation>版本：$LATEST 不能用于加权别名；请选择已发布的版本。</translation>
    </message>
    <message>
        <source>Second version: choose a version other than the first.</source>
        <translation>第二个版本：请选择与第一个版本不同的版本。</translation>
    </message>
</context>
<context>
    <name>lambdesk::AliasesPage</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation>删除别名</translation>
    </message>
    <message>
        <source>Create alias</source>
        <translation>创建别名</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>A name for a version, or for two with a share of the invocations for the second</source>
        <translation>指向一个版本的名称，或指向两个版本并将一部分调用分配给第二个版本</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aliases&lt;/b&gt; — invoke &lt;i&gt;function:alias&lt;/i&gt; to run the version it points at</source>
        <translation>&lt;b&gt;别名&lt;/b&gt; — 调用 &lt;i&gt;function:alias&lt;/i&gt; 即运行其指向的版本</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Shift traffic</source>
        <translation>转移流量</translation>
    </message>
    <message>
        <source>The version the selected alias moves to</source>
        <translation>所选别名将要转移到的版本</translation>
    </message>
    <message>
        <source>As CodeDeploy&apos;s presets (Canary10Percent5Minutes, Linear10PercentEvery1Minute, AllAtOnce), with the step interval below</source>
        <translation>与 CodeDeploy 的预设相同（Canary10Percent5Minutes、Linear10PercentEvery1Minute、AllAtOnce），步骤间隔见下方</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time between steps (seconds here, minutes on CodeDeploy: short for a demo)</source>
        <translation>步骤之间的间隔（此处为秒，CodeDeploy 上为分钟：便于演示）</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Roll back by itself when more than this share of the new version&apos;s invocations through the alias fail (after 3 invocations)</source>
        <translation>当通过别名对新版本的调用失败比例超过此值时自动回滚（3 次调用之后）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Send every invocation of the alias to its old version again</source>
        <translation>将该别名的所有调用重新发送到其旧版本</translation>
    </message>
    <message>
        <source>Select an alias, then the version it should move to.</source>
        <translation>请选择一个别名，然后选择它要转移到的版本。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转移到</translation>
    </message>
    <message>
        <source>%1 runs %2. Choose the version to move it to and how, then Start.</source>
        <translation>%1 运行的是 %2。请选择要转移到的版本和方式，然后点击“开始”。</translation>
    </message>
    <message>
        <source>Created alias %1.</source>
        <translation>已创建别名 %1。</translation>
    </message>
    <message>
        <source>Saved alias %1.</source>
        <translation>已保存别名 %1。</translation>
    </message>
    <message>
        <source>Delete alias %1? Invocations of %2:%1 will fail.</source>
        <translation>删除别名 %1？对 %2:%1 的调用将会失败。</translation>
    </message>
    <message>
        <source>Deleted alias %1.</source>
        <translation>已删除别名 %1。</translation>
    </message>
    <message>
        <source>%1 already runs version %2: choose another version to shift to.</source>
        <translation>%1 已在运行版本 %2：请选择另一个要转移到的版本。</translation>
    </message>
    <message>
        <source>%1 points at $LATEST, which can&apos;t share traffic: point it at a published version first.</source>
        <translation>%1 指向 $LATEST，无法分配流量：请先将其指向已发布的版本。</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 % of %4 runs version %5 · %6 of %7 invocations failed</source>
        <translation>第 %1 步，共 %2 步：%4 的 %3 % 运行版本 %5 · %7 次调用中有 %6 次失败</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <source>Roll back past %1 errors</source>
        <translation>错误率超过 %1 时回滚</translation>
    </message>
</context>
<context>
    <name>lambdesk::ApiDialog</name>
    <message>
        <source>Lambda API</source>
        <translation>Lambda API</translation>
    </message>
    <message>
        <source>Listen on this port</source>
        <translation>在此端口上监听</translation>
    </message>
    <message>
        <source>Require requests signed with these credentials (SigV4)</source>
        <translation>要求请求使用这些凭证签名（SigV4）</translation>
    </message>
    <message>
        <source>The region in function ARNs and in AWS_REGION of handlers; warm environments restart when it changes</source>
        <translation>函数 ARN 和处理程序的 AWS_REGION 中使用的区域；更改后热执行环境会重启</translation>
    </message>
    <message>
        <source>Use this region</source>
        <translation>使用此区域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Copy profile</source>
        <translation>复制配置文件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>&lt;b&gt;~/.aws/config&lt;/b&gt; — then use &lt;code&gt;--profile lambdesk&lt;/code&gt;:</source>
        <translation>&lt;b&gt;~/.aws/config&lt;/b&gt; — 然后使用 &lt;code&gt;--profile lambdesk&lt;/code&gt;：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try it&lt;/b&gt; from a terminal:</source>
        <translation>在终端中&lt;b&gt;试一试&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent calls&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的调用&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Listening on &lt;b&gt;%1&lt;/b&gt; — %2 calls so far. Only this machine can connect.</source>
        <translation>正在 &lt;b&gt;%1&lt;/b&gt; 上监听 — 目前共 %2 次调用。只有本机可以连接。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d13212&apos;&gt;Not running.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d13212&apos;&gt;未运行。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>aws_access_key_id     %1
aws_secret_access_key %2</source>
        <translation>aws_access_key_id     %1
aws_secret_access_key %2</translation>
    </message>
    <message>
        <source>client left</source>
        <translation>客户端已断开</translation>
    </message>
</context>
<context>
    <name>lambdesk::ApiServerController</name>
    <message>
        <source>%1. The Lambda API is not running.</source>
        <translation>%1。Lambda API 未运行。</translation>
    </message>
    <message>
        <source>%1. The Lambda API goes on listening on %2.</source>
        <translation>%1。Lambda API 继续在 %2 上监听。</translation>
    </message>
</context>
<context>
    <name>lambdesk::AsyncInvocationForm</name>
    <message>
        <source>Retry attempts</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Maximum age of event</source>
        <translation>事件最长期限</translation>
    </message>
    <message>
        <source>Dead-letter target</source>
        <translation>死信目标</translation>
    </message>
    <message>
        <source>How many times Lambda retries an Event invocation whose function returned an error</source>
        <translation>函数返回错误时，Lambda 重试 Event 调用的次数</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long Lambda keeps an event that waits to run (1 minute to 6 hours)</source>
        <translation>Lambda 保留等待运行的事件的时长（1 分钟到 6 小时）</translation>
    </message>
    <message>
        <source>None: a function or queue ARN</source>
        <translation>无：函数或队列 ARN</translation>
    </message>
    <message>
        <source>Where the event goes when it is given up: a function (invoked with the event) or a local queue</source>
        <translation>放弃事件时将其发送到的位置：函数（以该事件调用）或本地队列</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>lambdesk::AsyncSummaryLabel</name>
    <message>
        <source>Where this function&apos;s asynchronous (Event) invocations lead: ✓ on success, ✗ on failure, ☠ the dead-letter target. Change them in the Configuration tab.</source>
        <translation>此函数的异步（Event）调用的去向：✓ 成功时，✗ 失败时，☠ 死信目标。可在“配置”选项卡中更改。</translation>
    </message>
</context>
<context>
    <name>lambdesk::BlueprintListModel</name>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <source>custom runtimes</source>
        <translation>自定义运行时</translation>
    </message>
    <message>
        <source>this runtime</source>
        <translation>此运行时</translation>
    </message>
    <message>
        <source>Blueprints come in Python and Node.js; with a custom runtime, author from scratch.</source>
        <translation>蓝图提供 Python 和 Node.js 版本；使用自定义运行时请从头开始创作。</translation>
    </message>
    <message>
        <source>%1 only: choose a %1 runtime to use it</source>
        <translation>仅限 %1：请选择 %1 运行时以使用它</translation>
    </message>
</context>
<context>
    <name>lambdesk::BreakpointMargin</name>
    <message>
        <source>Logpoint on line %1</source>
        <translation>第 %1 行的日志点</translation>
    </message>
    <message>
        <source>Message to log when line %1 runs (it never stops there); {expression} parts are evaluated, e.g. id={event[&apos;id&apos;]}:</source>
        <translation>第 %1 行运行时要记录的消息（不会在此停止）；{expression} 部分会被求值，例如 id={event[&apos;id&apos;]}：</translation>
    </message>
    <message>
        <source>Condition on line %1</source>
        <translation>第 %1 行的条件</translation>
    </message>
    <message>
        <source>Stop on line %1 only when this expression is true (empty: always):</source>
        <translation>仅当此表达式为真时才在第 %1 行停止（留空：始终停止）：</translation>
    </message>
    <message>
        <source>Add breakpoint</source>
        <translation>添加断点</translation>
    </message>
    <message>
        <source>Add conditional breakpoint…</source>
        <translation>添加条件断点…</translation>
    </message>
    <message>
        <source>Add logpoint…</source>
        <translation>添加日志点…</translation>
    </message>
    <message>
        <source>Edit condition…</source>
        <translation>编辑条件…</translation>
    </message>
    <message>
        <source>Edit log message…</source>
        <translation>编辑日志消息…</translation>
    </message>
    <message>
        <source>Disable breakpoint</source>
        <translation>禁用断点</translation>
    </message>
    <message>
        <source>Enable breakpoint</source>
        <translation>启用断点</translation>
    </message>
    <message>
        <source>Remove breakpoint</source>
        <translation>移除断点</translation>
    </message>
</context>
<context>
    <name>lambdesk::BrokenFunctionPage</name>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;This function cannot run&lt;/h2&gt;Its configuration (function.json) is broken, so Lambdesk does not invoke it. Nothing was changed or deleted.</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;此函数无法运行&lt;/h2&gt;其配置（function.json）已损坏，因此 Lambdesk 不会调用它。没有任何内容被更改或删除。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is wrong&lt;/b&gt;</source>
        <translation>&lt;b&gt;问题所在&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration file&lt;/b&gt;</source>
        <translation>&lt;b&gt;配置文件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To repair it, open function.json, correct the value named above and press &lt;b&gt;Reload&lt;/b&gt;; or give valid values through the Lambda API (&lt;code&gt;aws lambda update-function-configuration&lt;/code&gt;), which writes a new function.json. Deleting the function removes its folder: code, configuration and test events.</source>
        <translation>要修复它，请打开 function.json，更正上面指出的值，然后按&lt;b&gt;重新加载&lt;/b&gt;；或通过 Lambda API（&lt;code&gt;aws lambda update-function-configuration&lt;/code&gt;）提供有效值，这会写入新的 function.json。删除函数会移除其文件夹：代码、配置和测试事件。</translation>
    </message>
    <message>
        <source>Open function.json</source>
        <translation>打开 function.json</translation>
    </message>
    <message>
        <source>Open the file in the program your desktop uses for JSON files</source>
        <translation>在桌面用于 JSON 文件的程序中打开该文件</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Read function.json again, after you fixed it</source>
        <translation>修复后重新读取 function.json</translation>
    </message>
    <message>
        <source>Delete function…</source>
        <translation>删除函数…</translation>
    </message>
    <message>
        <source>No program opened %1; open it in your editor</source>
        <translation>没有程序打开 %1；请在您的编辑器中打开它</translation>
    </message>
    <message>
        <source>Read again at %1: still broken.</source>
        <translation>已于 %1 重新读取：仍然损坏。</translation>
    </message>
    <message>
        <source>%1 was read again and can run now.</source>
        <translation>已重新读取 %1，现在可以运行了。</translation>
    </message>
    <message>
        <source>Its whole folder goes, function.json included.</source>
        <translation>其整个文件夹都会被删除，包括 function.json。</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
</context>
<context>
    <name>lambdesk::CallStackView</name>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>1 runtime frame</source>
        <translation>1 个运行时帧</translation>
    </message>
    <message>
        <source>%1 runtime frames</source>
        <translation>%1 个运行时帧</translation>
    </message>
    <message>
        <source>Frames of the runtime (its bootstrap) and of libraries: expand to see them</source>
        <translation>运行时（其引导程序）和库的帧：展开即可查看</translation>
    </message>
</context>
<context>
    <name>lambdesk::CodeDeployer</name>
    <message>
        <source> The next invocation runs the new code.</source>
        <translation>下一次调用将运行新代码。</translation>
    </message>
    <message>
        <source> Its warm environments were retired: the next invocation starts cold (it reports an Init Duration).</source>
        <translation>其热执行环境已停用：下一次调用为冷启动（会报告 Init Duration）。</translation>
    </message>
</context>
<context>
    <name>lambdesk::CodePage</name>
    <message>
        <source>&lt;b&gt;Code source&lt;/b&gt;</source>
        <translation>&lt;b&gt;代码源&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find (Ctrl+F) · Replace (Ctrl+H) · Next (F3) · Go to line (Ctrl+G)</source>
        <translation>查找 (Ctrl+F) · 替换 (Ctrl+H) · 下一个 (F3) · 转到行 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Go to line (Ctrl+G)</source>
        <translation>转到行 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Save every changed file and deploy it to $LATEST (Ctrl+Shift+S; Ctrl+S saves the current file)</source>
        <translation>保存所有更改的文件并部署到 $LATEST（Ctrl+Shift+S；Ctrl+S 保存当前文件）</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Invoke $LATEST with the event chosen in the Test tab (Ctrl+Enter)</source>
        <translation>使用“测试”选项卡中选择的事件调用 $LATEST（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Debugging the deployed code: your changes to &lt;b&gt;%1&lt;/b&gt; are not deployed yet, so lines may not match. Deploy first (Ctrl+S).</source>
        <translation>正在调试已部署的代码：您对 &lt;b&gt;%1&lt;/b&gt; 的更改尚未部署，因此行可能不匹配。请先部署（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Testing the deployed code: your changes to &lt;b&gt;%1&lt;/b&gt; are not deployed yet. Deploy first (Ctrl+S) to test them.</source>
        <translation>正在测试已部署的代码：您对 &lt;b&gt;%1&lt;/b&gt; 的更改尚未部署。请先部署（Ctrl+S）再测试。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is the handler&apos;s file&lt;/b&gt;: invocations fail until it exists again.</source>
        <translation>&lt;b&gt;%1 是处理程序文件&lt;/b&gt;：在它重新存在之前，调用都会失败。</translation>
    </message>
    <message>
        <source>%1 has changes that are not deployed; they are lost too.</source>
        <translation>%1 有尚未部署的更改；这些更改也会丢失。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The code changed on disk (another program). $LATEST runs it now.</source>
        <translation>代码已在磁盘上被更改（由其他程序）。$LATEST 现在运行的就是它。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>关闭选项卡</translation>
    </message>
    <message>
        <source>Save all and deploy</source>
        <translation>全部保存并部署</translation>
    </message>
    <message>
        <source>Your changes to &lt;b&gt;%1&lt;/b&gt; are still here, not deployed yet.</source>
        <translation>您对 &lt;b&gt;%1&lt;/b&gt; 的更改仍在这里，尚未部署。</translation>
    </message>
    <message>
        <source>%1 is not part of this function&apos;s code (it belongs to the runtime or a library), so it does not open here.</source>
        <translation>%1 不属于此函数的代码（它属于运行时或某个库），因此不会在此处打开。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>%1 has no changes to deploy: $LATEST already runs it.</source>
        <translation>%1 没有可部署的更改：$LATEST 已在运行它。</translation>
    </message>
    <message>
        <source>No changes to deploy: $LATEST already runs what the editor shows.</source>
        <translation>没有可部署的更改：$LATEST 运行的已是编辑器中显示的内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not save %1:&lt;/b&gt; %2 Your text is still in the editor.</source>
        <translation>&lt;b&gt;无法保存 %1：&lt;/b&gt;%2 您的文本仍在编辑器中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deployed %1&lt;/b&gt; to $LATEST.</source>
        <translation>&lt;b&gt;已将 %1 部署&lt;/b&gt;到 $LATEST。</translation>
    </message>
    <message>
        <source>&lt;br&gt;Note: %1 is not valid JSON: %2</source>
        <translation>&lt;br&gt;注意：%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Created %1&lt;/b&gt; and deployed it to $LATEST.</source>
        <translation>&lt;b&gt;已创建 %1&lt;/b&gt;并部署到 $LATEST。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Created the folder %1.&lt;/b&gt; Files you add to it are deployed with the rest.</source>
        <translation>&lt;b&gt;已创建文件夹 %1。&lt;/b&gt;添加到其中的文件会与其余文件一起部署。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Renamed %1 to %2&lt;/b&gt; and deployed to $LATEST.</source>
        <translation>&lt;b&gt;已将 %1 重命名为 %2&lt;/b&gt;并部署到 $LATEST。</translation>
    </message>
    <message>
        <source>&lt;br&gt;The handler setting (&lt;code&gt;%1&lt;/code&gt;) still names the old file: change it in Configuration, or invocations fail with Runtime.ImportModuleError.</source>
        <translation>&lt;br&gt;处理程序设置（&lt;code&gt;%1&lt;/code&gt;）仍指向旧文件：请在“配置”中更改，否则调用会失败并报 Runtime.ImportModuleError。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deleted %1&lt;/b&gt; and deployed to $LATEST.</source>
        <translation>&lt;b&gt;已删除 %1&lt;/b&gt;并部署到 $LATEST。</translation>
    </message>
    <message>
        <source>&lt;br&gt;That was the handler&apos;s file: invocations fail (Runtime.ImportModuleError) until it exists again.</source>
        <translation>&lt;br&gt;那是处理程序文件：在它重新存在之前，调用会失败（Runtime.ImportModuleError）。</translation>
    </message>
    <message>
        <source>Changes not deployed</source>
        <translation>未部署的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not deployed:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 有尚未部署的更改：&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save deploys them to $LATEST. Discard goes back to the deployed code.</source>
        <translation>“保存”会将其部署到 $LATEST。“放弃”会恢复为已部署的代码。</translation>
    </message>
    <message>
        <source>Not deployed yet: %1
Ctrl+S deploys the current file, Deploy (Ctrl+Shift+S) all of them.</source>
        <translation>尚未部署：%1
Ctrl+S 部署当前文件，“部署”（Ctrl+Shift+S）部署全部文件。</translation>
    </message>
    <message>
        <source>$LATEST · %1 · code %2 · SHA-256 %3…</source>
        <translation>$LATEST · %1 · 代码 %2 · SHA-256 %3…</translation>
    </message>
    <message>
        <source>CodeSha256 %1
Last modified %2
Handler %3</source>
        <translation>CodeSha256 %1
上次修改时间 %2
Handler %3</translation>
    </message>
    <message>
        <source>This frame is in %1, not in the function&apos;s code: it does not open here.</source>
        <translation>此帧位于 %1 中，不在函数代码中：不会在此处打开。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not debug:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法调试：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breakpoints not saved:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;断点未保存：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>lambdesk::CodeTreeModel</name>
    <message>
        <source>
The handler&apos;s file: Lambda calls the handler function in it.</source>
        <translation>
处理程序文件：Lambda 调用其中的处理程序函数。</translation>
    </message>
    <message>
        <source>
Changes not deployed (Ctrl+S saves and deploys)</source>
        <translation>
有未部署的更改（Ctrl+S 保存并部署）</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>handler file</source>
        <translation>处理程序文件</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>lambdesk::ConcurrencyForm</name>
    <message>
        <source>Use unreserved account concurrency</source>
        <translation>使用未预留账户并发</translation>
    </message>
    <message>
        <source>The function shares the account&apos;s unreserved concurrency with every function that has no reservation</source>
        <translation>此函数与所有未设置预留的函数共享账户的未预留并发</translation>
    </message>
    <message>
        <source>Reserve concurrency</source>
        <translation>预留并发</translation>
    </message>
    <message>
        <source>The function always has this many at once for itself, and never runs more (0 throttles every invocation)</source>
        <translation>此函数始终独占这么多的并发，且绝不会超过此数（0 会节流每次调用）</translation>
    </message>
    <message>
        <source>Reserved concurrency</source>
        <translation>预留并发</translation>
    </message>
    <message>
        <source>Save concurrency</source>
        <translation>保存并发</translation>
    </message>
    <message>
        <source>Save the function&apos;s reserved concurrency; it applies from the next invocation</source>
        <translation>保存此函数的预留并发；从下一次调用开始生效</translation>
    </message>
    <message>
        <source>Account concurrency: %1 at once · Unreserved account concurrency: %2 (at least %3 always stays unreserved)</source>
        <translation>账户并发：同时 %1 个 · 未预留账户并发：%2 个（始终至少保留 %3 个未预留）</translation>
    </message>
    <message>
        <source>%1 uses the unreserved account concurrency (%2 shared at once).</source>
        <translation>%1 使用未预留账户并发（共享 %2 个并发）。</translation>
    </message>
    <message>
        <source>%1 has a reserved concurrency of 0: every invocation is throttled.</source>
        <translation>%1 的预留并发为 0：每次调用都会被节流。</translation>
    </message>
    <message>
        <source>%1 has a reserved concurrency of %2: it runs at most %2 at once.</source>
        <translation>%1 的预留并发为 %2：最多同时运行 %2 个。</translation>
    </message>
    <message>
        <source>You can reserve from 0 to %1 for this function (the account&apos;s minimum unreserved concurrency of %2 stays free).</source>
        <translation>您可以为此函数预留 0 到 %1 个（账户的最低未预留并发 %2 个保持空闲）。</translation>
    </message>
    <message>
        <source>Specified ReservedConcurrentExecutions for function decreases account&apos;s UnreservedConcurrentExecution below its minimum value of [%1]. Reserve at most %2 (the account limit %3, minus %4 reserved by other functions, minus the minimum unreserved %1).</source>
        <translation>Specified ReservedConcurrentExecutions for function decreases account&apos;s UnreservedConcurrentExecution below its minimum value of [%1]. 最多可预留 %2 个（账户限制 %3，减去其他函数预留的 %4，再减去最低未预留的 %1）。</translation>
    </message>
    <message>
        <source>Reserved concurrency of %1 set to %2</source>
        <translation>%1 的预留并发已设置为 %2</translation>
    </message>
    <message>
        <source>%1 uses the unreserved account concurrency</source>
        <translation>%1 使用未预留账户并发</translation>
    </message>
</context>
<context>
    <name>lambdesk::ConfigurationPage</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Change the settings and environment variables</source>
        <translation>更改设置和环境变量</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard the edits and show the saved configuration</source>
        <translation>放弃编辑并显示已保存的配置</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Check and save the configuration; warm environments are retired when something the code sees changes</source>
        <translation>检查并保存配置；当代码可见的内容发生变化时，热执行环境会被停用</translation>
    </message>
    <message>
        <source>General configuration</source>
        <translation>常规配置</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Logging configuration</source>
        <translation>日志记录配置</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>Provisioned concurrency</source>
        <translation>预置并发</translation>
    </message>
    <message>
        <source>Asynchronous invocation</source>
        <translation>异步调用</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Function URL</source>
        <translation>函数 URL</translation>
    </message>
    <message>
        <source>Environment variables (%1)</source>
        <translation>环境变量 (%1)</translation>
    </message>
    <message>
        <source>The configuration of %1 changed elsewhere while you were editing. Save replaces it with the values below; Cancel shows the new ones.</source>
        <translation>在您编辑期间，%1 的配置已在其他地方更改。“保存”会用下面的值替换它；“取消”会显示新的值。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 的配置&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration&lt;/b&gt;</source>
        <translation>&lt;b&gt;配置&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Runtime %1 is not installed on this machine; installed runtimes: %2</source>
        <translation>本机未安装运行时 %1；已安装的运行时：%2</translation>
    </message>
    <message>
        <source>Not saved. Fix these first:</source>
        <translation>未保存。请先修复以下问题：</translation>
    </message>
    <message>
        <source>Nothing changed, so nothing was saved.</source>
        <translation>没有任何更改，因此未保存。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>Saved the configuration of %1</source>
        <translation>已保存 %1 的配置</translation>
    </message>
    <message>
        <source>Saved the configuration of %1.</source>
        <translation>已保存 %1 的配置。</translation>
    </message>
    <message>
        <source>Its warm environments were retired: the next invocation is a cold start with the new settings.</source>
        <translation>其热执行环境已停用：下一次调用将以新设置冷启动。</translation>
    </message>
    <message>
        <source>The next invocation starts a new execution environment with these settings (a cold start).</source>
        <translation>下一次调用将使用这些设置启动新的执行环境（冷启动）。</translation>
    </message>
    <message>
        <source>Nothing the code sees changed, so warm environments stay warm.</source>
        <translation>代码可见的内容没有变化，因此热执行环境保持为热。</translation>
    </message>
</context>
<context>
    <name>lambdesk::CostPanel</name>
    <message>
        <source>Lambdesk runs on this machine&apos;s processor; the price is AWS&apos;s for the architecture chosen</source>
        <translation>Lambdesk 在本机的处理器上运行；价格为 AWS 针对所选架构的价格</translation>
    </message>
    <message>
        <source>AWS prices</source>
        <translation>AWS 价格</translation>
    </message>
    <message>
        <source>AWS&apos;s published us-east-1 prices: $0.20 per million requests, $0.0000166667 per GB-second on x86_64, $0.0000133334 on arm64 (free tier not counted)</source>
        <translation>AWS 公布的 us-east-1 价格：每百万次请求 $0.20，x86_64 上每 GB-秒 $0.0000166667，arm64 上 $0.0000133334（未计入免费套餐）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated cost&lt;/b&gt;</source>
        <translation>&lt;b&gt;估算成本&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Per GB-second</source>
        <translation>每 GB-秒</translation>
    </message>
    <message>
        <source>Per million requests</source>
        <translation>每百万次请求</translation>
    </message>
    <message>
        <source>This range</source>
        <translation>此范围</translation>
    </message>
    <message>
        <source>%1 requests, %2 GB-s at %3 MB: %4</source>
        <translation>%1 次请求，%2 GB-秒，%3 MB：%4</translation>
    </message>
    <message>
        <source>would cost %1 (%2 GB-s, the same billed durations)</source>
        <translation>成本将为 %1（%2 GB-秒，计费持续时间相同）</translation>
    </message>
</context>
<context>
    <name>lambdesk::CreateFunctionWizard</name>
    <message>
        <source>Create function</source>
        <translation>创建函数</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create function&lt;/b&gt;&lt;br&gt;Choose how to start, give the function a name and pick a runtime. Everything except the name can be changed later in the Configuration tab.</source>
        <translation>&lt;b&gt;创建函数&lt;/b&gt;&lt;br&gt;选择创建方式，为函数命名并选择运行时。除名称外，其他所有设置以后都可以在“配置”选项卡中更改。</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>my-function</source>
        <translation>my-function</translation>
    </message>
    <message>
        <source>Function name</source>
        <translation>函数名称</translation>
    </message>
    <message>
        <source>Custom runtime</source>
        <translation>自定义运行时</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Author from scratch</source>
        <translation>从头开始创作</translation>
    </message>
    <message>
        <source>Use a blueprint</source>
        <translation>使用蓝图</translation>
    </message>
    <message>
        <source>Start with a small hello-world handler and write your own code.</source>
        <translation>从一个小型 hello-world 处理程序开始，编写您自己的代码。</translation>
    </message>
    <message>
        <source>Start from a teaching example (HTTP API, S3, SQS, cold starts, limits…) that comes with matching test events.</source>
        <translation>从一个教学示例（HTTP API、S3、SQS、冷启动、限制…）开始，附带相应的测试事件。</translation>
    </message>
    <message>
        <source>Search blueprints (e.g. sqs, timeout, http)</source>
        <translation>搜索蓝图（例如 sqs、timeout、http）</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅限 %1</translation>
    </message>
    <message>
        <source>Runs your own bootstrap executable; no interpreter is involved.</source>
        <translation>运行您自己的 bootstrap 可执行文件；不涉及解释器。</translation>
    </message>
    <message>
        <source>Runs with this machine&apos;s %1 (version %2, %3).</source>
        <translation>使用本机的 %1 运行（版本 %2，%3）。</translation>
    </message>
    <message>
        <source>No runtime was found on this machine: install Python 3 or Node.js and restart Lambdesk.</source>
        <translation>本机上未找到运行时：请安装 Python 3 或 Node.js 并重启 Lambdesk。</translation>
    </message>
    <message>
        <source>FunctionName &apos;%1&apos; is already taken: every function in the workspace needs its own name</source>
        <translation>FunctionName“%1”已被占用：工作区中的每个函数都需要唯一的名称</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>No runtime to run the function with</source>
        <translation>没有可用于运行此函数的运行时</translation>
    </message>
    <message>
        <source>Choose a blueprint, or author from scratch</source>
        <translation>请选择一个蓝图，或从头开始创作</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, hyphens (-) or underscores (_), unique in the workspace.</source>
        <translation>1 到 64 个字母、数字、连字符 (-) 或下划线 (_)，在工作区中唯一。</translation>
    </message>
    <message>
        <source>✓ %1 is available.</source>
        <translation>✓ %1 可用。</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>未创建：%1</translation>
    </message>
</context>
<context>
    <name>lambdesk::CreateLayerDialog</name>
    <message>
        <source>Create layer</source>
        <translation>创建层</translation>
    </message>
    <message>
        <source>my-dependencies</source>
        <translation>my-dependencies</translation>
    </message>
    <message>
        <source>1 to 140 letters, digits, hyphens or underscores; publishing again under the same name makes the next version</source>
        <translation>1 到 140 个字母、数字、连字符或下划线；以相同名称再次发布会生成下一个版本</translation>
    </message>
    <message>
        <source>Optional, up to 256 characters</source>
        <translation>可选，最多 256 个字符</translation>
    </message>
    <message>
        <source>The runtimes the layer is meant for (up to 15); the Configuration tab offers it to functions of these runtimes. None checked: any runtime</source>
        <translation>该层适用的运行时（最多 15 个）；“配置”选项卡会将其提供给使用这些运行时的函数。未勾选任何项：任意运行时</translation>
    </message>
    <message>
        <source>Optional: an SPDX identifier (MIT), a URL or the license&apos;s text</source>
        <translation>可选：SPDX 标识符（MIT）、URL 或许可证文本</translation>
    </message>
    <message>
        <source>From a folder</source>
        <translation>从文件夹</translation>
    </message>
    <message>
        <source>Upload a .zip file</source>
        <translation>上传 .zip 文件</translation>
    </message>
    <message>
        <source>The folder whose files become /opt (e.g. one holding python/ or nodejs/)</source>
        <translation>其文件将成为 /opt 的文件夹（例如包含 python/ 或 nodejs/ 的文件夹）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Its files are extracted to /opt: Python finds /opt/python, Node.js /opt/nodejs/node_modules, a custom runtime /opt/bootstrap.</source>
        <translation>其文件会被解压到 /opt：Python 在 /opt/python 中查找，Node.js 在 /opt/nodejs/node_modules 中查找，自定义运行时在 /opt/bootstrap 中查找。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Compatible runtimes</source>
        <translation>兼容的运行时</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>A .zip file of at most 50 MB</source>
        <translation>最大 50 MB 的 .zip 文件</translation>
    </message>
    <message>
        <source>Folder of the layer</source>
        <translation>层的文件夹</translation>
    </message>
    <message>
        <source>Zip file of the layer</source>
        <translation>层的 zip 文件</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip 文件 (*.zip)</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Unzipped size: %1</source>
        <translation>解压后大小：%1</translation>
    </message>
    <message>
        <source>Name: enter a name for the layer</source>
        <translation>名称：请输入层的名称</translation>
    </message>
    <message>
        <source>Name: at most %1 characters; got %2</source>
        <translation>名称：最多 %1 个字符；实际为 %2 个</translation>
    </message>
    <message>
        <source>Name: only letters, digits, hyphens (-) and underscores (_); got &quot;%1&quot;</source>
        <translation>名称：只能包含字母、数字、连字符 (-) 和下划线 (_)；实际为“%1”</translation>
    </message>
    <message>
        <source>Description: at most %1 characters; got %2</source>
        <translation>描述：最多 %1 个字符；实际为 %2 个</translation>
    </message>
    <message>
        <source>License: at most %1 characters; got %2</source>
        <translation>许可证：最多 %1 个字符；实际为 %2 个</translation>
    </message>
    <message>
        <source>Compatible runtimes: at most %1; %2 are checked</source>
        <translation>兼容的运行时：最多 %1 个；已勾选 %2 个</translation>
    </message>
    <message>
        <source>Content: choose the folder of the layer</source>
        <translation>内容：请选择层的文件夹</translation>
    </message>
    <message>
        <source>Content: choose the .zip file of the layer</source>
        <translation>内容：请选择层的 .zip 文件</translation>
    </message>
    <message>
        <source>The backend is not running</source>
        <translation>后端未运行</translation>
    </message>
    <message>
        <source>Content: cannot read %1: %2</source>
        <translation>内容：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
</context>
<context>
    <name>lambdesk::DebugConsole</name>
    <message>
        <source>Logpoint messages and the values of expressions appear here.</source>
        <translation>日志点消息和表达式的值显示在此处。</translation>
    </message>
    <message>
        <source>Evaluate in the selected frame (Enter; Up/Down: history)</source>
        <translation>在所选帧中求值（Enter；上/下：历史记录）</translation>
    </message>
</context>
<context>
    <name>lambdesk::DebugController</name>
    <message>
        <source>Ended: the handler returned</source>
        <translation>已结束：处理程序已返回</translation>
    </message>
    <message>
        <source>Ended: timed out</source>
        <translation>已结束：已超时</translation>
    </message>
    <message>
        <source>Ended: stopped in the debugger</source>
        <translation>已结束：已在调试器中停止</translation>
    </message>
    <message>
        <source>Ended: failed (%1)</source>
        <translation>已结束：失败 (%1)</translation>
    </message>
    <message>
        <source>Ended (%1)</source>
        <translation>已结束 (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 ms running, %3 ms paused · the result is below</source>
        <translation>%1 · 运行 %2 ms，暂停 %3 ms · 结果见下方</translation>
    </message>
    <message>
        <source>A debugger attached: it drives the session now.</source>
        <translation>已附加调试器：现在由它控制会话。</translation>
    </message>
    <message>
        <source>Driven by the attached debugger</source>
        <translation>由已附加的调试器控制</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Continue to the next breakpoint or the end</source>
        <translation>继续运行到下一个断点或结束</translation>
    </message>
    <message>
        <source>Step &amp;over</source>
        <translation>单步跳过(&amp;O)</translation>
    </message>
    <message>
        <source>Run the line, stop on the next one</source>
        <translation>运行此行，在下一行停止</translation>
    </message>
    <message>
        <source>Step &amp;into</source>
        <translation>单步进入(&amp;I)</translation>
    </message>
    <message>
        <source>Go into the function called on this line</source>
        <translation>进入此行调用的函数</translation>
    </message>
    <message>
        <source>Step o&amp;ut</source>
        <translation>单步跳出(&amp;U)</translation>
    </message>
    <message>
        <source>Run to the end of this function, stop in its caller</source>
        <translation>运行到此函数结束，在其调用方中停止</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>End the invocation now (it fails with Debugger.Stopped)</source>
        <translation>立即结束调用（以 Debugger.Stopped 失败）</translation>
    </message>
    <message>
        <source>Break on uncaught exceptions</source>
        <translation>在未捕获的异常处中断</translation>
    </message>
    <message>
        <source>Stop where an exception escapes the handler, before the runtime reports it</source>
        <translation>在异常逃出处理程序、运行时报告它之前停止</translation>
    </message>
    <message>
        <source>Cold start (debug init code)</source>
        <translation>冷启动（调试初始化代码）</translation>
    </message>
    <message>
        <source>Start a new environment, so module-level code (init) runs under the debugger too</source>
        <translation>启动新的执行环境，使模块级代码（init）也在调试器下运行</translation>
    </message>
    <message>
        <source>Wait for an external debugger on port %1</source>
        <translation>在端口 %1 上等待外部调试器</translation>
    </message>
    <message>
        <source>VS Code, PyCharm or Chrome DevTools attach on 127.0.0.1 and drive the session; the console shows the launch configuration</source>
        <translation>VS Code、PyCharm 或 Chrome DevTools 在 127.0.0.1 上附加并控制会话；控制台会显示启动配置</translation>
    </message>
    <message>
        <source>External debugger&apos;s port…</source>
        <translation>外部调试器端口…</translation>
    </message>
    <message>
        <source>External debugger</source>
        <translation>外部调试器</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 the IDE attaches to (1024 to 65535):</source>
        <translation>IDE 要附加的 127.0.0.1 端口（1024 到 65535）：</translation>
    </message>
    <message>
        <source>A debug session of %1 is still running: Continue or Stop it first (Shift+F5).</source>
        <translation>%1 的调试会话仍在运行：请先继续或停止它（Shift+F5）。</translation>
    </message>
    <message>
        <source>Could not debug: %1</source>
        <translation>无法调试：%1</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>变量：%1</translation>
    </message>
    <message>
        <source>The function is not paused: nothing to evaluate in.</source>
        <translation>函数未暂停：无法求值。</translation>
    </message>
    <message>
        <source>The invocation ended.</source>
        <translation>调用已结束。</translation>
    </message>
    <message>
        <source>Could not read the breakpoints of %1: %2</source>
        <translation>无法读取 %1 的断点：%2</translation>
    </message>
</context>
<context>
    <name>lambdesk::DebuggerPanel</name>
    <message>
        <source> in init (module code)</source>
        <translation>（init 阶段，模块代码）</translation>
    </message>
    <message>
        <source>Paused on a breakpoint%1</source>
        <translation>已在断点处暂停%1</translation>
    </message>
    <message>
        <source>Paused after a step%1</source>
        <translation>单步执行后已暂停%1</translation>
    </message>
    <message>
        <source>Paused on an uncaught exception%1</source>
        <translation>已在未捕获的异常处暂停%1</translation>
    </message>
    <message>
        <source>Paused at the start%1</source>
        <translation>已在开始处暂停%1</translation>
    </message>
    <message>
        <source>Paused%1</source>
        <translation>已暂停%1</translation>
    </message>
    <message>
        <source>Hide the debugger (it comes back on the next Debug)</source>
        <translation>隐藏调试器（下次调试时会重新显示）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger&lt;/b&gt;</source>
        <translation>&lt;b&gt;调试器&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Call stack</source>
        <translation>调用堆栈</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Debug console</source>
        <translation>调试控制台</translation>
    </message>
    <message>
        <source>The function is running: evaluate when it pauses</source>
        <translation>函数正在运行：请在其暂停时求值</translation>
    </message>
    <message>
        <source>Evaluate while paused: Debug (Ctrl+F5) stops on the breakpoints</source>
        <translation>暂停时求值：调试（Ctrl+F5）会在断点处停止</translation>
    </message>
    <message>
        <source>Set breakpoints in the editor&apos;s margin, then Debug (Ctrl+F5).</source>
        <translation>在编辑器边栏中设置断点，然后调试（Ctrl+F5）。</translation>
    </message>
    <message>
        <source>Starting the function under the debugger…</source>
        <translation>正在调试器下启动函数…</translation>
    </message>
    <message>
        <source>Running… (it stops on the next breakpoint)</source>
        <translation>正在运行…（将在下一个断点处停止）</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>An exception escaped the handler.</source>
        <translation>有异常逃出了处理程序。</translation>
    </message>
    <message>
        <source>Waiting for a debugger on 127.0.0.1:%1</source>
        <translation>正在 127.0.0.1:%1 上等待调试器</translation>
    </message>
    <message>
        <source>Waiting for a debugger on 127.0.0.1:%1. Attach your IDE with this launch configuration (launch.json):</source>
        <translation>正在 127.0.0.1:%1 上等待调试器。请使用此启动配置（launch.json）附加您的 IDE：</translation>
    </message>
</context>
<context>
    <name>lambdesk::DeleteFunctionDialog</name>
    <message>
        <source>Delete function</source>
        <translation>删除函数</translation>
    </message>
    <message>
        <source>Deleting &lt;b&gt;%1&lt;/b&gt; removes its code, its configuration and its test events from the workspace. This cannot be undone.</source>
        <translation>删除 &lt;b&gt;%1&lt;/b&gt; 会从工作区中移除其代码、配置和测试事件。此操作无法撤消。</translation>
    </message>
    <message>
        <source>To confirm, type the function&apos;s name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>要确认，请输入函数名称 &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Type %1 exactly as it is written to enable Delete.</source>
        <translation>请准确输入 %1 以启用“删除”。</translation>
    </message>
</context>
<context>
    <name>lambdesk::DestinationDialog</name>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>On success: every event that succeeds. On failure: an event whose retries ran out or that grew older than the maximum age</source>
        <translation>成功时：每个成功的事件。失败时：重试次数已用尽或超过最长期限的事件</translation>
    </message>
    <message>
        <source>A function or queue ARN</source>
        <translation>函数或队列 ARN</translation>
    </message>
    <message>
        <source>A function receives the invocation record as an Event invocation; a queue, as a message</source>
        <translation>函数以 Event 调用的方式接收调用记录；队列则以消息的形式接收</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>The destination receives AWS&apos;s invocation record: the request, the response and why.</source>
        <translation>目标会接收 AWS 的调用记录：请求、响应及原因。</translation>
    </message>
</context>
<context>
    <name>lambdesk::DestinationsForm</name>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>No destinations: the records of asynchronous invocations are not kept.</source>
        <translation>没有目标：不保留异步调用的记录。</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>lambdesk::DiffView</name>
    <message>
        <source>  (−%1)</source>
        <translation>  (−%1)</translation>
    </message>
    <message>
        <source>  (+%1)</source>
        <translation>  (+%1)</translation>
    </message>
</context>
<context>
    <name>lambdesk::EditorDocument</name>
    <message>
        <source>&lt;b&gt;%1 was deleted on disk&lt;/b&gt; by another program. Save (Ctrl+S) to bring it back with this text, or close the tab.</source>
        <translation>&lt;b&gt;%1 已在磁盘上被删除&lt;/b&gt;（由其他程序）。保存（Ctrl+S）可使用此文本恢复它，或关闭此选项卡。</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>关闭选项卡</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source> Reloading discards your unsaved changes here.</source>
        <translation>重新加载会放弃您在此处未保存的更改。</translation>
    </message>
    <message>
        <source> It is already deployed: $LATEST runs what is on disk.</source>
        <translation>它已部署：$LATEST 运行的是磁盘上的内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed on disk&lt;/b&gt; (another editor or program).%2</source>
        <translation>&lt;b&gt;%1 已在磁盘上更改&lt;/b&gt;（由其他编辑器或程序）。%2</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
</context>
<context>
    <name>lambdesk::EditorTabs</name>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No file open&lt;/p&gt;&lt;p&gt;Double-click a file on the left to open it,&lt;br&gt;or create one with the &lt;b&gt;New file&lt;/b&gt; button above the tree.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;未打开文件&lt;/p&gt;&lt;p&gt;双击左侧的文件将其打开，&lt;br&gt;或使用文件树上方的&lt;b&gt;新建文件&lt;/b&gt;按钮创建一个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <source>%1 has changes that are not deployed. Save and deploy them before closing?</source>
        <translation>%1 有尚未部署的更改。关闭前是否保存并部署？</translation>
    </message>
    <message>
        <source>%1 — changes not deployed</source>
        <translation>%1 — 更改未部署</translation>
    </message>
    <message>
        <source>Ln %1, Col %2 · %3 · Spaces: %4</source>
        <translation>行 %1，列 %2 · %3 · 空格：%4</translation>
    </message>
</context>
<context>
    <name>lambdesk::EnvironmentEditor</name>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>No environment variables. Your code reads them with &lt;tt&gt;os.environ&lt;/tt&gt; (Python) or &lt;tt&gt;process.env&lt;/tt&gt; (Node.js).</source>
        <translation>没有环境变量。您的代码通过 &lt;tt&gt;os.environ&lt;/tt&gt;（Python）或 &lt;tt&gt;process.env&lt;/tt&gt;（Node.js）读取它们。</translation>
    </message>
    <message>
        <source>Add environment variable</source>
        <translation>添加环境变量</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected variables</source>
        <translation>移除所选变量</translation>
    </message>
    <message>
        <source>Keys and values together may take at most 4 KB (4096 bytes, counted as UTF-8), as on AWS.</source>
        <translation>键和值总共最多 4 KB（4096 字节，按 UTF-8 计算），与 AWS 相同。</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Keys start with a letter and contain only letters, digits and underscores. Keys Lambda sets itself (AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, _HANDLER, …) are reserved. Values are always strings.</source>
        <translation>键以字母开头，只能包含字母、数字和下划线。Lambda 自己设置的键（AWS_REGION、AWS_LAMBDA_FUNCTION_NAME、_HANDLER…）为保留键。值始终为字符串。</translation>
    </message>
    <message>
        <source>%1 of 4096 bytes</source>
        <translation>%1/4096 字节</translation>
    </message>
</context>
<context>
    <name>lambdesk::EnvironmentModel</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Environment variables take %1 bytes; the total of keys and values must not exceed 4 KB (4096 bytes)</source>
        <translation>环境变量占用 %1 字节；键和值的总大小不得超过 4 KB（4096 字节）</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Rows %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Environment variable key is empty; every value needs a key that starts with a letter and contains only letters, digits and underscores</source>
        <translation>环境变量键为空；每个值都需要一个以字母开头、只包含字母、数字和下划线的键</translation>
    </message>
    <message>
        <source>Environment variable key &apos;%1&apos; is used more than once; keys must be unique</source>
        <translation>环境变量键“%1”使用了多次；键必须唯一</translation>
    </message>
</context>
<context>
    <name>lambdesk::EventForm</name>
    <message>
        <source>Create new event</source>
        <translation>创建新事件</translation>
    </message>
    <message>
        <source>Edit saved event</source>
        <translation>编辑已保存的事件</translation>
    </message>
    <message>
        <source>e.g. s3-put-photo</source>
        <translation>例如 s3-put-photo</translation>
    </message>
    <message>
        <source>1 to %1 letters, digits, dots (.), hyphens (-) or underscores (_)</source>
        <translation>1 到 %1 个字母、数字、点 (.)、连字符 (-) 或下划线 (_)</translation>
    </message>
    <message>
        <source>Only this function sees it; a function can have %1</source>
        <translation>仅此函数可见；每个函数最多可有 %1 个</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>可共享</translation>
    </message>
    <message>
        <source>Every function of this workspace can use it</source>
        <translation>此工作区的所有函数都可以使用</translation>
    </message>
    <message>
        <source>Test event action</source>
        <translation>测试事件操作</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>事件名称</translation>
    </message>
    <message>
        <source>Event sharing</source>
        <translation>事件共享设置</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Saved event</source>
        <translation>已保存的事件</translation>
    </message>
    <message>
        <source>No saved events yet</source>
        <translation>尚无已保存的事件</translation>
    </message>
    <message>
        <source>Private (%1 of %2)</source>
        <translation>私有（%1/%2）</translation>
    </message>
</context>
<context>
    <name>lambdesk::EventJsonEditor</name>
    <message>
        <source>Format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Indent the JSON (two spaces, keys kept in order)</source>
        <translation>缩进 JSON（两个空格，保持键的顺序）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Event JSON&lt;/b&gt;</source>
        <translation>&lt;b&gt;事件 JSON&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::ExplainPopup</name>
    <message>
        <source>Learn more in the AWS documentation</source>
        <translation>在 AWS 文档中了解更多</translation>
    </message>
</context>
<context>
    <name>lambdesk::FileOperations</name>
    <message>
        <source>%1 is the current name; type a different one</source>
        <translation>%1 是当前名称；请输入其他名称</translation>
    </message>
    <message>
        <source>%1 lies inside %2: a folder cannot move into itself</source>
        <translation>%1 位于 %2 内：文件夹不能移动到自身中</translation>
    </message>
    <message>
        <source>%1: a folder named %2 already exists</source>
        <translation>%1：已存在名为 %2 的文件夹</translation>
    </message>
    <message>
        <source>%1: a file named %2 already exists</source>
        <translation>%1：已存在名为 %2 的文件</translation>
    </message>
    <message>
        <source>%1: %2 is a file, so it cannot contain other files</source>
        <translation>%1：%2 是文件，不能包含其他文件</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <source>Name of the new file:</source>
        <translation>新文件的名称：</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>新文件夹的名称：</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>文件夹名称</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name (or path) for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的新名称（或路径）：</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>删除文件夹</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>Delete the folder &lt;b&gt;%1&lt;/b&gt; and everything in it?</source>
        <translation>删除文件夹 &lt;b&gt;%1&lt;/b&gt; 及其中的所有内容？</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>删除 &lt;b&gt;%1&lt;/b&gt;？</translation>
    </message>
    <message>
        <source>This deploys to $LATEST at once and cannot be undone.</source>
        <translation>此操作会立即部署到 $LATEST，且无法撤消。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>lambdesk::FileTreePanel</name>
    <message>
        <source>&lt;b&gt;Files&lt;/b&gt;</source>
        <translation>&lt;b&gt;文件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>&lt;small&gt;Only the first 5000 entries are shown.&lt;/small&gt;</source>
        <translation>&lt;small&gt;仅显示前 5000 个条目。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>新建文件…</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>新建文件夹…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
</context>
<context>
    <name>lambdesk::FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Enter: next match · Shift+Enter: previous · Escape: close</source>
        <translation>Enter：下一个匹配项 · Shift+Enter：上一个 · Escape：关闭</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Enter: replace this match and find the next · Escape: close</source>
        <translation>Enter：替换此匹配项并查找下一个 · Escape：关闭</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>全字匹配</translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement inserts a group)</source>
        <translation>正则表达式（替换文本中的 \\1 插入一个分组）</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项 (F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭 (Escape)</translation>
    </message>
    <message>
        <source>Invalid regular expression</source>
        <translation>无效的正则表达式</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace this match and go to the next</source>
        <translation>替换此匹配项并转到下一个</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replace every match in this file (one undo step)</source>
        <translation>替换此文件中的所有匹配项（一步即可撤消）</translation>
    </message>
    <message>
        <source>Matches empty text</source>
        <translation>匹配到空文本</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>已替换 %1 处</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 个匹配项</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个匹配项</translation>
    </message>
</context>
<context>
    <name>lambdesk::FunctionListDelegate</name>
    <message>
        <source>function.json is broken</source>
        <translation>function.json 已损坏</translation>
    </message>
</context>
<context>
    <name>lambdesk::FunctionListModel</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>running ×%1</source>
        <translation>运行中 ×%1</translation>
    </message>
    <message>
        <source>1 warm</source>
        <translation>1 个热环境</translation>
    </message>
    <message>
        <source>%1 warm</source>
        <translation>%1 个热环境</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>%1 cannot run: its configuration is broken.
%2</source>
        <translation>%1 无法运行：其配置已损坏。
%2</translation>
    </message>
    <message>
        <source>%1
%2 · %3 MB · %4 s timeout
%5</source>
        <translation>%1
%2 · %3 MB · 超时 %4 秒
%5</translation>
    </message>
</context>
<context>
    <name>lambdesk::FunctionUrlDialog</name>
    <message>
        <source>Edit function URL</source>
        <translation>编辑函数 URL</translation>
    </message>
    <message>
        <source>Create function URL</source>
        <translation>创建函数 URL</translation>
    </message>
    <message>
        <source>$LATEST: the function itself. An alias: the URL runs the version the alias points at</source>
        <translation>$LATEST：函数本身。别名：URL 运行该别名指向的版本</translation>
    </message>
    <message>
        <source>Configure cross-origin resource sharing (CORS)</source>
        <translation>配置跨源资源共享 (CORS)</translation>
    </message>
    <message>
        <source>Lets web pages of other origins call this URL from a browser: the answers to preflights and the CORS headers of every response</source>
        <translation>允许其他源的网页从浏览器调用此 URL：回应预检请求，并为每个响应添加 CORS 标头</translation>
    </message>
    <message>
        <source>* or https://example.com, http://localhost:3000</source>
        <translation>* 或 https://example.com, http://localhost:3000</translation>
    </message>
    <message>
        <source>Headers the page&apos;s script may read, e.g. x-request-id</source>
        <translation>页面脚本可以读取的标头，例如 x-request-id</translation>
    </message>
    <message>
        <source>Headers the page may send, e.g. content-type</source>
        <translation>页面可以发送的标头，例如 content-type</translation>
    </message>
    <message>
        <source>GET, PUT, HEAD, POST, PATCH, DELETE or *</source>
        <translation>GET、PUT、HEAD、POST、PATCH、DELETE 或 *</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long a browser may keep a preflight&apos;s answer (0 to 86400 seconds)</source>
        <translation>浏览器可以缓存预检响应的时长（0 到 86400 秒）</translation>
    </message>
    <message>
        <source>Allow credentials (cookies, authorization headers)</source>
        <translation>允许凭证（Cookie、Authorization 标头）</translation>
    </message>
    <message>
        <source>Allow origin</source>
        <translation>允许源</translation>
    </message>
    <message>
        <source>Expose headers</source>
        <translation>公开标头</translation>
    </message>
    <message>
        <source>Allow headers</source>
        <translation>允许标头</translation>
    </message>
    <message>
        <source>Allow methods</source>
        <translation>允许方法</translation>
    </message>
    <message>
        <source>Max age</source>
        <translation>最长期限</translation>
    </message>
    <message>
        <source>BUFFERED: the response is sent when the handler returns. RESPONSE_STREAM: a streaming handler&apos;s chunks reach the client as they are written</source>
        <translation>BUFFERED：处理程序返回时发送响应。RESPONSE_STREAM：流式处理程序写入的数据块会立即到达客户端</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定符</translation>
    </message>
    <message>
        <source>Auth type</source>
        <translation>身份验证类型</translation>
    </message>
    <message>
        <source>Invoke mode</source>
        <translation>调用模式</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>lambdesk::FunctionUrlForm</name>
    <message>
        <source>Qualifier</source>
        <translation>限定符</translation>
    </message>
    <message>
        <source>Auth type</source>
        <translation>身份验证类型</translation>
    </message>
    <message>
        <source>CORS allow origin</source>
        <translation>CORS 允许源</translation>
    </message>
    <message>
        <source>Invoke mode</source>
        <translation>调用模式</translation>
    </message>
    <message>
        <source>No function URL: the function is called through the Lambda API only. Create one to give it an HTTP address that a browser or curl can call.</source>
        <translation>没有函数 URL：只能通过 Lambda API 调用此函数。创建函数 URL 可为其提供一个浏览器或 curl 能调用的 HTTP 地址。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the URL to the clipboard</source>
        <translation>将 URL 复制到剪贴板</translation>
    </message>
    <message>
        <source>Open the URL in the web browser (a GET request to the function)</source>
        <translation>在 Web 浏览器中打开 URL（向函数发送 GET 请求）</translation>
    </message>
    <message>
        <source>The same URL for clients that cannot resolve *.localhost names</source>
        <translation>供无法解析 *.localhost 名称的客户端使用的同一 URL</translation>
    </message>
    <message>
        <source>Copy the path form of the URL</source>
        <translation>复制 URL 的路径形式</translation>
    </message>
    <message>
        <source>Create function URL</source>
        <translation>创建函数 URL</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Copied the function URL</source>
        <translation>已复制函数 URL</translation>
    </message>
    <message>
        <source>Routes of %1 (SAM %2 events), served by this URL; the handler tells them apart by rawPath and requestContext.http.method: %3</source>
        <translation>%1 的路由（SAM %2 事件），由此 URL 提供；处理程序通过 rawPath 和 requestContext.http.method 区分它们：%3</translation>
    </message>
    <message>
        <source>$LATEST and every alias have a URL already</source>
        <translation>$LATEST 和每个别名都已有 URL</translation>
    </message>
    <message>
        <source>Give the function (or one of its aliases) an HTTP address</source>
        <translation>为函数（或其某个别名）提供一个 HTTP 地址</translation>
    </message>
    <message>
        <source>The Lambda API is not running, so this URL does not answer now (URL id %1). Start it from the API link in the status bar.</source>
        <translation>Lambda API 未运行，因此此 URL 目前不会响应（URL ID %1）。请通过状态栏中的 API 链接启动它。</translation>
    </message>
    <message>
        <source>Open ↗</source>
        <translation>打开 ↗</translation>
    </message>
    <message>
        <source>Path form: %1</source>
        <translation>路径形式：%1</translation>
    </message>
    <message>
        <source>Saved the function URL of %1</source>
        <translation>已保存 %1 的函数 URL</translation>
    </message>
    <message>
        <source>Delete function URL</source>
        <translation>删除函数 URL</translation>
    </message>
    <message>
        <source>Delete the function URL of %1 (%2)? Its address stops answering at once; a URL created later gets a new address.</source>
        <translation>删除 %1 的函数 URL（%2）？其地址会立即停止响应；以后创建的 URL 会获得新地址。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Deleted the function URL of %1 (%2)</source>
        <translation>已删除 %1 的函数 URL（%2）</translation>
    </message>
</context>
<context>
    <name>lambdesk::FunctionUrlSummary</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the function URL</source>
        <translation>复制函数 URL</translation>
    </message>
    <message>
        <source>Function URL</source>
        <translation>函数 URL</translation>
    </message>
    <message>
        <source>Function URL (%1)</source>
        <translation>函数 URL (%1)</translation>
    </message>
    <message>
        <source>%1: &lt;i&gt;the Lambda API is not running, so the URL does not answer now&lt;/i&gt;</source>
        <translation>%1：&lt;i&gt;Lambda API 未运行，因此此 URL 目前不会响应&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Click to open it in the web browser. Path form: %1</source>
        <translation>单击可在 Web 浏览器中打开。路径形式：%1</translation>
    </message>
</context>
<context>
    <name>lambdesk::GeneralForm</name>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <source>a custom runtime</source>
        <translation>自定义运行时</translation>
    </message>
    <message>
        <source>an unknown runtime</source>
        <translation>未知运行时</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理程序</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Ephemeral storage</source>
        <translation>临时存储</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>上次修改时间</translation>
    </message>
    <message>
        <source>What this function does</source>
        <translation>此函数的用途</translation>
    </message>
    <message>
        <source>128 MB to 10240 MB in 1 MB steps. The invocation is stopped if the function&apos;s processes use more; CPU grows with memory.</source>
        <translation>128 MB 到 10240 MB，以 1 MB 为增量。如果函数的进程使用更多内存，调用将被停止；CPU 随内存增加。</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Size of /tmp in each execution environment, 512 MB to 10240 MB. Files there survive between invocations of a warm environment.</source>
        <translation>每个执行环境中 /tmp 的大小，512 MB 到 10240 MB。热执行环境中，其中的文件在调用之间保留。</translation>
    </message>
    <message>
        <source>1 second to 15 minutes. At the deadline the invocation is stopped (&quot;Task timed out&quot;) and its environment reset.</source>
        <translation>1 秒到 15 分钟。到达截止时间时，调用会被停止（&quot;Task timed out&quot;），其执行环境会被重置。</translation>
    </message>
    <message>
        <source>No network (loopback only)</source>
        <translation>无网络（仅环回）</translation>
    </message>
    <message>
        <source>Lambdesk only: the function&apos;s environments get a network of their own with only loopback (the Runtime API still works). Needs the sandbox (see the status bar); without it the switch has no effect.</source>
        <translation>仅限 Lambdesk：函数的执行环境拥有独立的网络，只有环回接口（Runtime API 仍可使用）。需要沙盒（见状态栏）；没有沙盒时此开关无效。</translation>
    </message>
    <message>
        <source>%1 (custom runtime: your bootstrap)</source>
        <translation>%1（自定义运行时：您的 bootstrap）</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1（%2，版本 %3）</translation>
    </message>
    <message>
        <source>%1 (not installed on this machine)</source>
        <translation>%1（本机未安装）</translation>
    </message>
    <message>
        <source>%1 (detecting this machine&apos;s runtimes…)</source>
        <translation>%1（正在检测本机的运行时…）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 MB (%2)</source>
        <translation>%1 MB (%2)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>No network (loopback only, in the sandbox)</source>
        <translation>无网络（仅环回，在沙盒中）</translation>
    </message>
    <message>
        <source>Host network</source>
        <translation>主机网络</translation>
    </message>
    <message>
        <source>Form: file.function (for example lambda_function.lambda_handler; folders with /).</source>
        <translation>格式：file.function（例如 lambda_function.lambda_handler；文件夹用 / 分隔）。</translation>
    </message>
    <message>
        <source>Lambda imports %1 and calls its %2(event, context).</source>
        <translation>Lambda 导入 %1 并调用其中的 %2(event, context)。</translation>
    </message>
    <message>
        <source>Form: file.export (for example index.handler, for index.mjs or index.js).</source>
        <translation>格式：file.export（例如 index.handler，对应 index.mjs 或 index.js）。</translation>
    </message>
    <message>
        <source>Lambda loads %1 and calls its exported %2 function.</source>
        <translation>Lambda 加载 %1 并调用其导出的 %2 函数。</translation>
    </message>
    <message>
        <source>Custom runtime: your bootstrap executable receives this value as _HANDLER and decides what it means (the blank template&apos;s function.handler calls handler in function.sh).</source>
        <translation>自定义运行时：您的 bootstrap 可执行文件以 _HANDLER 的形式接收此值，并自行决定其含义（空白模板的 function.handler 会调用 function.sh 中的 handler）。</translation>
    </message>
    <message>
        <source>Note: %1 is not in the function&apos;s code.</source>
        <translation>注意：%1 不在函数代码中。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>The function will run on %1 instead of %2. The handler form stays the same; check that your code works on the new version.</source>
        <translation>函数将在 %1 而不是 %2 上运行。处理程序格式保持不变；请检查您的代码能否在新版本上运行。</translation>
    </message>
    <message>
        <source>Changing from %1 to %2 does not convert your code, and the handler form may differ: %3 expects a handler like &lt;b&gt;%4&lt;/b&gt; and code in that language.</source>
        <translation>从 %1 更改为 %2 不会转换您的代码，处理程序格式也可能不同：%3 需要类似 &lt;b&gt;%4&lt;/b&gt; 的处理程序以及该语言的代码。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;handler:%1&quot;&gt;Use %1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;handler:%1&quot;&gt;使用 %1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::GoToLineBar</name>
    <message>
        <source>Go to line:</source>
        <translation>转到行：</translation>
    </message>
    <message>
        <source>A line number, or line:column</source>
        <translation>行号，或 行:列</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭 (Escape)</translation>
    </message>
    <message>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
    <message>
        <source>Type a line number (1–%1), or line:column</source>
        <translation>输入行号（1–%1），或 行:列</translation>
    </message>
    <message>
        <source>Line must be between 1 and %1</source>
        <translation>行号必须介于 1 和 %1 之间</translation>
    </message>
</context>
<context>
    <name>lambdesk::InvocationController</name>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>Lambda API</source>
        <translation>Lambda API</translation>
    </message>
    <message>
        <source>Load run</source>
        <translation>负载测试运行</translation>
    </message>
    <message>
        <source>Function URL</source>
        <translation>函数 URL</translation>
    </message>
    <message>
        <source>Event queue (attempt %1)</source>
        <translation>事件队列（第 %1 次尝试）</translation>
    </message>
    <message>
        <source>Event queue</source>
        <translation>事件队列</translation>
    </message>
    <message>
        <source>Queue trigger (SQS)</source>
        <translation>队列触发器 (SQS)</translation>
    </message>
    <message>
        <source>Schedule (attempt %1)</source>
        <translation>计划（第 %1 次尝试）</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>lambdesk::InvocationTableModel</name>
    <message>
        <source>%1
Double-click or Enter: show its log lines</source>
        <translation>%1
双击或按 Enter：显示其日志行</translation>
    </message>
    <message>
        <source>Invoked as %1, version %2 ran</source>
        <translation>以 %1 调用，运行的是版本 %2</translation>
    </message>
    <message>
        <source>Cold (init %1 ms)</source>
        <translation>冷启动（Init %1 ms）</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>热</translation>
    </message>
    <message>
        <source>, attempt %1</source>
        <translation>，第 %1 次尝试</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Billed Duration</translation>
    </message>
    <message>
        <source>Max memory</source>
        <translation>Max Memory Used</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>lambdesk::InvokeOptions</name>
    <message>
        <source>The version or alias to invoke; $LATEST is the code you are editing</source>
        <translation>要调用的版本或别名；$LATEST 是您正在编辑的代码</translation>
    </message>
    <message>
        <source>Synchronous (RequestResponse)</source>
        <translation>同步 (RequestResponse)</translation>
    </message>
    <message>
        <source>Asynchronous (Event)</source>
        <translation>异步 (Event)</translation>
    </message>
    <message>
        <source>Validate only (DryRun)</source>
        <translation>仅验证 (DryRun)</translation>
    </message>
    <message>
        <source>RequestResponse waits for the response; Event queues the event and returns at once; DryRun checks the request without running the function</source>
        <translation>RequestResponse 等待响应；Event 将事件排队并立即返回；DryRun 只检查请求而不运行函数</translation>
    </message>
</context>
<context>
    <name>lambdesk::JsonLint</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>lambdesk::LayersForm</name>
    <message>
        <source>Layers are extracted to /opt in this order: a file of a later layer replaces the same file of an earlier one. Up to %1 layers; with the code, at most %2 unzipped. These are $LATEST&apos;s layers: a published version keeps those it was published with.</source>
        <translation>层会按此顺序解压到 /opt：后面的层中的文件会替换前面的层中的同名文件。最多 %1 个层；与代码合计，解压后最大 %2。这些是 $LATEST 的层：已发布的版本保留其发布时的层。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Version ARN</source>
        <translation>版本 ARN</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>The merge order: a later layer&apos;s files win</source>
        <translation>合并顺序：后面的层的文件优先</translation>
    </message>
    <message>
        <source>Add layer…</source>
        <translation>添加层…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Merge earlier: later layers win over this one</source>
        <translation>更早合并：后面的层优先于此层</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Merge later: this layer wins over the earlier ones</source>
        <translation>更晚合并：此层优先于前面的层</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Show the saved layers again</source>
        <translation>重新显示已保存的层</translation>
    </message>
    <message>
        <source>Save layers</source>
        <translation>保存层</translation>
    </message>
    <message>
        <source>Save the layers of $LATEST; its warm environments are retired (the next invocation starts with the new /opt)</source>
        <translation>保存 $LATEST 的层；其热执行环境会被停用（下一次调用将使用新的 /opt 启动）</translation>
    </message>
    <message>
        <source>Unzipped; the zip is %1</source>
        <translation>解压后大小；zip 为 %1</translation>
    </message>
    <message>
        <source>(not a layer version ARN)</source>
        <translation>（不是层版本 ARN）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not a layer version published here: saving checks it</source>
        <translation>不是在此处发布的层版本：保存时会进行检查</translation>
    </message>
    <message>
        <source>No layers: /opt is empty. Code: %1 unzipped.</source>
        <translation>没有层：/opt 为空。代码：解压后 %1。</translation>
    </message>
    <message>
        <source>Total unzipped size: %1 (layers %2%3 + code %4) of %5</source>
        <translation>解压后总大小：%1（层 %2%3 + 代码 %4），上限 %5</translation>
    </message>
    <message>
        <source>, some unknown</source>
        <translation>，部分未知</translation>
    </message>
    <message>
        <source>Saved the layers of %1</source>
        <translation>已保存 %1 的层</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>lambdesk::LayersPage</name>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Delete layer version</source>
        <translation>删除层版本</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt; — files (libraries, a custom runtime) that functions share: a function&apos;s layers are extracted to &lt;i&gt;/opt&lt;/i&gt; in its order</source>
        <translation>&lt;b&gt;层&lt;/b&gt; — 函数共享的文件（库、自定义运行时）：函数的层会按其顺序解压到 &lt;i&gt;/opt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Create layer</source>
        <translation>创建层</translation>
    </message>
    <message>
        <source>Publish a layer (or the next version of one) from a folder or a .zip file</source>
        <translation>从文件夹或 .zip 文件发布层（或其下一个版本）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Compatible runtimes</source>
        <translation>兼容的运行时</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Delete the selected version; functions that use it keep working</source>
        <translation>删除所选版本；使用它的函数会继续正常运行</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Version ARN</source>
        <translation>版本 ARN</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions of %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1 的版本&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>The layer&apos;s ARN; a function names a version: ARN:VERSION</source>
        <translation>层的 ARN；函数引用的是某个版本：ARN:VERSION</translation>
    </message>
    <message>
        <source>Zip: %1 · unzipped: %2</source>
        <translation>Zip：%1 · 解压后：%2</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>描述：%1</translation>
    </message>
    <message>
        <source>Copy the version&apos;s ARN</source>
        <translation>复制该版本的 ARN</translation>
    </message>
    <message>
        <source>Copy ARN of version %1</source>
        <translation>复制版本 %1 的 ARN</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>No layers yet: &lt;b&gt;Create layer&lt;/b&gt; publishes one</source>
        <translation>尚无层：&lt;b&gt;创建层&lt;/b&gt;可发布一个</translation>
    </message>
    <message>
        <source>Published version %1 of %2</source>
        <translation>已发布 %2 的版本 %1</translation>
    </message>
    <message>
        <source>Delete version %1 of layer %2?

Functions that use it keep working. No function can add it any more, and it cannot be restored.</source>
        <translation>删除层 %2 的版本 %1？

使用它的函数会继续正常运行。此后任何函数都无法再添加它，且无法恢复。</translation>
    </message>
    <message>
        <source>Deleted version %1 of %2</source>
        <translation>已删除 %2 的版本 %1</translation>
    </message>
</context>
<context>
    <name>lambdesk::LearnPanel</name>
    <message>
        <source>Short lessons done in the real console: each step is checked by watching what happens when you invoke, deploy and configure. Pick one to begin.</source>
        <translation>在真实的控制台中完成的简短课程：通过观察调用、部署和配置时发生的情况来检查每个步骤。选择一个开始吧。</translation>
    </message>
    <message>
        <source>‹ All lessons</source>
        <translation>‹ 所有课程</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>开始课程</translation>
    </message>
    <message>
        <source>Restart lesson</source>
        <translation>重新开始课程</translation>
    </message>
    <message>
        <source>Forget this lesson&apos;s progress and begin again at its first step</source>
        <translation>清除此课程的进度，从第一步重新开始</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;步骤&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>指给我看</translation>
    </message>
    <message>
        <source>Outline the part of the window where this step happens</source>
        <translation>突出显示窗口中执行此步骤的部分</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checked off by itself once it happens in the console.&lt;/i&gt;</source>
        <translation>&lt;i&gt;在控制台中发生时会自动勾选。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress: %1 of %2 steps done</source>
        <translation>进行中：已完成 %1/%2 个步骤</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>已完成 %1/%2 个步骤</translation>
    </message>
    <message>
        <source>Continue lesson</source>
        <translation>继续课程</translation>
    </message>
    <message>
        <source>Next lesson: %1</source>
        <translation>下一课：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson complete.&lt;/b&gt; Every step of “%1” is done. Pick another lesson, or restart this one to do it again.</source>
        <translation>&lt;b&gt;课程已完成。&lt;/b&gt;“%1”的每个步骤都已完成。请选择其他课程，或重新开始此课程再做一遍。</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Waiting for the backend to detect this machine&apos;s runtimes…</source>
        <translation>正在等待后端检测本机的运行时…</translation>
    </message>
    <message>
        <source>Preparing the lesson&apos;s function %1…</source>
        <translation>正在准备课程的函数 %1…</translation>
    </message>
    <message>
        <source>The lesson cannot start: %1</source>
        <translation>课程无法开始：%1</translation>
    </message>
    <message>
        <source>Lesson started: %1</source>
        <translation>课程已开始：%1</translation>
    </message>
    <message>
        <source>That part of the window is not shown now.</source>
        <translation>窗口的该部分当前未显示。</translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation>步骤已完成：%1</translation>
    </message>
    <message>
        <source>Lesson complete: %1</source>
        <translation>课程已完成：%1</translation>
    </message>
</context>
<context>
    <name>lambdesk::LoadDialog</name>
    <message>
        <source>Run load: %1:%2</source>
        <translation>负载测试：%1:%2</translation>
    </message>
    <message>
        <source>How many invocations to run</source>
        <translation>要运行的调用次数</translation>
    </message>
    <message>
        <source>How many invocations are in flight at once (a new one starts when one ends)</source>
        <translation>同时进行的调用数（一个结束时启动一个新的）</translation>
    </message>
    <message>
        <source>&amp;Ramp to</source>
        <translation>逐步提升到(&amp;R)</translation>
    </message>
    <message>
        <source>Raise the concurrency step by step over the run, from the concurrency above to this</source>
        <translation>在运行过程中将并发从上面的值逐步提升到此值</translation>
    </message>
    <message>
        <source>&amp;Invocations:</source>
        <translation>调用次数(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>并发(&amp;C)：</translation>
    </message>
    <message>
        <source>The payload every invocation sends (the Test tab&apos;s event)</source>
        <translation>每次调用发送的负载（“测试”选项卡中的事件）</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>负载(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Payload (event %1):</source>
        <translation>负载（事件 %1）(&amp;P)：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start no more invocations; the ones in flight end</source>
        <translation>不再启动新的调用；进行中的调用会正常结束</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已请求</translation>
    </message>
    <message>
        <source>Throttles and errors</source>
        <translation>节流和错误</translation>
    </message>
    <message>
        <source>Throttles</source>
        <translation>节流</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>most in flight each second</source>
        <translation>每秒最多进行中的调用数</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>of the invocations that ended each second</source>
        <translation>基于每秒结束的调用</translation>
    </message>
    <message>
        <source>Hover for each second&apos;s values</source>
        <translation>悬停可查看每秒的值</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>The summary of the run appears here when it ends.</source>
        <translation>运行结束后，其摘要会显示在此处。</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1</source>
        <translation>负载不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>lambdesk::LogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>lambdesk::LogView</name>
    <message>
        <source>Whose lines to show</source>
        <translation>显示哪些函数的日志行</translation>
    </message>
    <message>
        <source>Selected function</source>
        <translation>所选函数</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>所有函数</translation>
    </message>
    <message>
        <source>Which version&apos;s lines to show</source>
        <translation>显示哪个版本的日志行</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>所有版本</translation>
    </message>
    <message>
        <source>Which time range to show</source>
        <translation>显示哪个时间范围</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>Lines of any time</source>
        <translation>任意时间的日志行</translation>
    </message>
    <message>
        <source>Lines of the last %1</source>
        <translation>最近 %1 的日志行</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Which levels to show (Node&apos;s console.warn/error, Python&apos;s logging, JSON &quot;level&quot;)</source>
        <translation>显示哪些级别（Node 的 console.warn/error、Python 的 logging、JSON &quot;level&quot;）</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Filter by text, request id, or a JSON field: level=ERROR</source>
        <translation>按文本、请求 ID 或 JSON 字段筛选：level=ERROR</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up pauses, scrolling to the end resumes</source>
        <translation>保持最新一行可见；向上滚动会暂停，滚动到末尾会恢复</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>复制所选行 (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the lines shown (after the filters) to a file</source>
        <translation>将显示的行（筛选后）保存到文件</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every line from this view (the log database keeps them)</source>
        <translation>从此视图中移除所有行（日志数据库仍会保留）</translation>
    </message>
    <message>
        <source>Copy lines</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Lines from %1 to %2; choose again to change</source>
        <translation>%1 到 %2 的日志行；重新选择可更改</translation>
    </message>
    <message>
        <source>Lines between</source>
        <translation>日志行时间范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转移到</translation>
    </message>
    <message>
        <source>Selected function (%1)</source>
        <translation>所选函数 (%1)</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>Showing only request %1; click to show every request</source>
        <translation>仅显示请求 %1；单击可显示所有请求</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export the lines shown</source>
        <translation>导出显示的行</translation>
    </message>
    <message>
        <source>lambdesk-logs.txt</source>
        <translation>lambdesk-logs.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>文本文件 (*.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Fold the fields in</source>
        <translation>折叠字段</translation>
    </message>
    <message>
        <source>Show the fields</source>
        <translation>显示字段</translation>
    </message>
    <message>
        <source>Copy lines with time, function and request id</source>
        <translation>复制行（含时间、函数和请求 ID）</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>Show only request %1</source>
        <translation>仅显示请求 %1</translation>
    </message>
    <message>
        <source>Show every request</source>
        <translation>显示所有请求</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1/%2 行</translation>
    </message>
</context>
<context>
    <name>lambdesk::LoggingForm</name>
    <message>
        <source>Text: lines as the code prints them and START/END/REPORT. JSON: structured records from the runtime&apos;s logger and platform.* records, filtered by level</source>
        <translation>文本：代码打印的原始行以及 START/END/REPORT。JSON：来自运行时日志记录器的结构化记录和 platform.* 记录，按级别筛选</translation>
    </message>
    <message>
        <source>Lambda keeps the function&apos;s log records at this level and above (TRACE shows all)</source>
        <translation>Lambda 保留此级别及以上的函数日志记录（TRACE 显示全部）</translation>
    </message>
    <message>
        <source>Lambda&apos;s own records: INFO keeps platform.start and platform.report, DEBUG adds platform.runtimeDone, WARN keeps neither</source>
        <translation>Lambda 自身的记录：INFO 保留 platform.start 和 platform.report，DEBUG 增加 platform.runtimeDone，WARN 两者都不保留</translation>
    </message>
    <message>
        <source>Log levels apply only with the JSON format.</source>
        <translation>日志级别仅适用于 JSON 格式。</translation>
    </message>
    <message>
        <source>Log format</source>
        <translation>日志格式</translation>
    </message>
    <message>
        <source>Application log level</source>
        <translation>应用程序日志级别</translation>
    </message>
    <message>
        <source>System log level</source>
        <translation>系统日志级别</translation>
    </message>
    <message>
        <source>Log group</source>
        <translation>日志组</translation>
    </message>
    <message>
        <source>Format: %1 · Log group: %2</source>
        <translation>格式：%1 · 日志组：%2</translation>
    </message>
    <message>
        <source>· Application log level: %1 · System log level: %2</source>
        <translation>· 应用程序日志级别：%1 · 系统日志级别：%2</translation>
    </message>
</context>
<context>
    <name>lambdesk::MainWindow</name>
    <message>
        <source>Lambdesk</source>
        <translation>Lambdesk</translation>
    </message>
    <message>
        <source>Starting the backend…</source>
        <translation>正在启动后端…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Functions&lt;/b&gt;</source>
        <translation>&lt;b&gt;函数&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create function</source>
        <translation>创建函数</translation>
    </message>
    <message>
        <source>Create a function from a blueprint or from scratch (Ctrl+N)</source>
        <translation>从蓝图或从头开始创建函数 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter functions</source>
        <translation>筛选函数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Show or hide the log viewer (Ctrl+J)</source>
        <translation>显示或隐藏日志查看器 (Ctrl+J)</translation>
    </message>
    <message>
        <source>No warm environments</source>
        <translation>没有热执行环境</translation>
    </message>
    <message>
        <source>%1: %2 — warm environments retired; the next invocation is a cold start</source>
        <translation>%1：%2 — 热执行环境已停用；下一次调用为冷启动</translation>
    </message>
    <message>
        <source>API &lt;a href=&apos;api&apos;&gt;%1&lt;/a&gt;</source>
        <translation>API &lt;a href=&apos;api&apos;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The Lambda API for the AWS CLI and SDKs (--endpoint-url %1). Click for credentials and recent calls.</source>
        <translation>供 AWS CLI 和 SDK 使用的 Lambda API（--endpoint-url %1）。单击可查看凭证和最近的调用。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d13212&apos;&gt;API not running&lt;/span&gt; — &lt;a href=&apos;api&apos;&gt;choose another port&lt;/a&gt;</source>
        <translation>&lt;span style=&apos;color:#d13212&apos;&gt;API 未运行&lt;/span&gt; — &lt;a href=&apos;api&apos;&gt;选择其他端口&lt;/a&gt;</translation>
    </message>
    <message>
        <source>API: %1 %2 → %3 (%4 ms)</source>
        <translation>API：%1 %2 → %3（%4 ms）</translation>
    </message>
    <message>
        <source>Lambdesk cannot start</source>
        <translation>Lambdesk 无法启动</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>工作区 %1</translation>
    </message>
    <message>
        <source>Sandbox: off</source>
        <translation>沙盒：关闭</translation>
    </message>
    <message>
        <source>Sandbox: namespaces</source>
        <translation>沙盒：命名空间</translation>
    </message>
    <message>
        <source>API: starting…</source>
        <translation>API：正在启动…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Starting…&lt;/h3&gt;Reading the workspace; its functions appear here in a moment.</source>
        <translation>&lt;h3&gt;正在启动…&lt;/h3&gt;正在读取工作区；其函数稍后会显示在此处。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting ready…&lt;/h3&gt;Detecting this machine&apos;s runtimes (Python, Node.js); a new workspace gets its demo functions then.</source>
        <translation>&lt;h3&gt;正在准备…&lt;/h3&gt;正在检测本机的运行时（Python、Node.js）；之后新工作区会获得其演示函数。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No function selected&lt;/h3&gt;Create one with &lt;b&gt;Create function&lt;/b&gt; (Ctrl+N).</source>
        <translation>&lt;h3&gt;未选择函数&lt;/h3&gt;使用&lt;b&gt;创建函数&lt;/b&gt;（Ctrl+N）创建一个。</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;span style=&apos;color:#d13212&apos;&gt;Cannot run: its function.json is broken&lt;/span&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;span style=&apos;color:#d13212&apos;&gt;无法运行：其 function.json 已损坏&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;span&gt;%2 · %3 MB · %4 s timeout%5&lt;/span&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;span&gt;%2 · %3 MB · 超时 %4 秒%5&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Environments: %1 warm, %2 busy</source>
        <translation>执行环境：%1 个热，%2 个繁忙</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Detecting this machine&apos;s runtimes…</source>
        <translation>正在检测本机的运行时…</translation>
    </message>
    <message>
        <source>Created %1 with a function URL (shown under its name; Configuration › Function URL to change it); its code is open in the Code tab</source>
        <translation>已创建 %1 及其函数 URL（显示在其名称下方；可在“配置 › 函数 URL”中更改）；其代码已在“代码”选项卡中打开</translation>
    </message>
    <message>
        <source>Created %1; its code is open in the Code tab</source>
        <translation>已创建 %1；其代码已在“代码”选项卡中打开</translation>
    </message>
    <message>
        <source>Unsaved configuration</source>
        <translation>未保存的配置</translation>
    </message>
    <message>
        <source>The configuration of %1 has edits that are not saved. Discard them?</source>
        <translation>%1 的配置有未保存的编辑。是否放弃？</translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) running</source>
        <translation>
            <numerusform>%n 个调用正在运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Quit anyway and lose them?</source>
        <translation>%1 有未保存的更改。仍要退出并丢失这些更改吗？</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New function…</source>
        <translation>新建函数(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;SAM project…</source>
        <translation>打开 SAM 项目(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>SAM project imported: %n function(s)</source>
        <translation>
            <numerusform>已导入 SAM 项目：%n 个函数</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export to AWS…</source>
        <translation>导出到 AWS(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>函数(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Invoke</source>
        <translation>调用(&amp;I)</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 无法运行：%2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete function…</source>
        <translation>删除函数(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lambda API (AWS CLI and SDKs)…</source>
        <translation>Lambda API（AWS CLI 和 SDK）(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Queues…</source>
        <translation>队列(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Schedules…</source>
        <translation>计划(&amp;S)…</translation>
    </message>
    <message>
        <source>La&amp;yers…</source>
        <translation>层(&amp;Y)…</translation>
    </message>
    <message>
        <source>Install AWS SDK for &amp;JavaScript…</source>
        <translation>安装 AWS SDK for JavaScript(&amp;J)…</translation>
    </message>
    <message>
        <source>The AWS SDK for JavaScript is being installed…</source>
        <translation>正在安装 AWS SDK for JavaScript…</translation>
    </message>
    <message>
        <source>AWS SDK for JavaScript</source>
        <translation>AWS SDK for JavaScript</translation>
    </message>
    <message>
        <source>Node.js environments started from now on can import it.</source>
        <translation>此后启动的 Node.js 执行环境可以导入它。</translation>
    </message>
    <message>
        <source>Keep idle environments &amp;warm for</source>
        <translation>空闲执行环境保持为热的时长(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Account &amp;concurrency limit</source>
        <translation>账户并发限制(&amp;C)</translation>
    </message>
    <message>
        <source>%1 at once</source>
        <translation>同时 %1 个</translation>
    </message>
    <message>
        <source>Account concurrency limit: %1 at once</source>
        <translation>账户并发限制：同时 %1 个</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation>调试(&amp;D)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Short lessons done in the console, each step checked as it happens (F1)</source>
        <translation>在控制台中完成的简短课程，每个步骤在发生时即被检查 (F1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lambdesk</source>
        <translation>关于 Lambdesk(&amp;A)</translation>
    </message>
    <message>
        <source>About Lambdesk</source>
        <translation>关于 Lambdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lambdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for serverless functions: it runs them for real on this machine, with AWS Lambda&apos;s limits, logs and API.&lt;/p&gt;&lt;p&gt;Help › Lessons (F1) teaches serverless step by step in this console.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lambdesk %1&lt;/h3&gt;&lt;p&gt;一个无服务器函数的桌面控制台：它在本机上真实运行函数，具有 AWS Lambda 的限制、日志和 API。&lt;/p&gt;&lt;p&gt;帮助 › 课程 (F1) 在此控制台中一步步讲解无服务器。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Debug &amp;test event</source>
        <translation>调试测试事件(&amp;T)</translation>
    </message>
    <message>
        <source>AWS Lambda &amp;Developer Guide</source>
        <translation>AWS Lambda 开发人员指南(&amp;D)</translation>
    </message>
</context>
<context>
    <name>lambdesk::MemoryEdit</name>
    <message>
        <source>Memory (slider)</source>
        <translation>内存（滑块）</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>128 MB to 10240 MB, in 1 MB steps</source>
        <translation>128 MB 到 10240 MB，以 1 MB 为增量</translation>
    </message>
    <message>
        <source>≈ %1 vCPU</source>
        <translation>≈ %1 vCPU</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lambda gives a function CPU power in proportion to its memory: one full vCPU at 1769 MB, a fraction below (128 MB ≈ 0.07 vCPU) and up to about 6 vCPUs at 10240 MB. More memory also makes CPU-bound code faster.&lt;/p&gt;&lt;p&gt;Lambdesk enforces this share with a CPU quota where cgroups allow it; without cgroups the function may use more CPU here than it would on AWS.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lambda 按内存比例为函数分配 CPU 算力：1769 MB 时为一个完整的 vCPU，低于此值时为其一部分（128 MB ≈ 0.07 vCPU），10240 MB 时最多约 6 个 vCPU。更多内存也会让 CPU 密集型代码运行得更快。&lt;/p&gt;&lt;p&gt;在 cgroups 允许的情况下，Lambdesk 通过 CPU 配额强制执行此比例；没有 cgroups 时，函数在此处可能使用比在 AWS 上更多的 CPU。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On this machine: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;在本机上：%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::MetricChart</name>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表另存为 PNG 图像</translation>
    </message>
    <message>
        <source>Hover for the values, click for that minute&apos;s invocations</source>
        <translation>悬停可查看数值，单击可查看该分钟的调用</translation>
    </message>
</context>
<context>
    <name>lambdesk::MonitorPage</name>
    <message>
        <source>Live: last 15 minutes</source>
        <translation>实时：最近 15 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>最近 12 小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Live: per second, exact. Longer ranges: per minute (5 minutes past an hour); their percentiles come from histograms, within 2.2%</source>
        <translation>实时：按秒，精确值。更长范围：按分钟（超过 1 小时的范围按 5 分钟）；其百分位数来自直方图，误差在 2.2% 以内</translation>
    </message>
    <message>
        <source>All invocations, those a version ran, or those invoked through an alias</source>
        <translation>所有调用、某个版本运行的调用，或通过某个别名进行的调用</translation>
    </message>
    <message>
        <source>All versions and aliases</source>
        <translation>所有版本和别名</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the range&apos;s figures, one row per point, as CSV</source>
        <translation>将此范围的数据保存为 CSV，每个数据点一行</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Errors and success rate</source>
        <translation>错误和成功率</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>成功率 (%)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Throttles</source>
        <translation>节流</translation>
    </message>
    <message>
        <source>Concurrent executions</source>
        <translation>并发执行</translation>
    </message>
    <message>
        <source>Cold starts and Init Duration</source>
        <translation>冷启动和 Init Duration</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>冷启动</translation>
    </message>
    <message>
        <source>Init Duration avg (ms)</source>
        <translation>Init Duration 平均值 (ms)</translation>
    </message>
    <message>
        <source>Max memory used</source>
        <translation>最大已用内存</translation>
    </message>
    <message>
        <source>Max Memory Used</source>
        <translation>Max Memory Used</translation>
    </message>
    <message>
        <source>Memory size</source>
        <translation>内存大小</translation>
    </message>
    <message>
        <source>Async events</source>
        <translation>异步事件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>已重试</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>Show the newest</source>
        <translation>显示最新的</translation>
    </message>
    <message>
        <source>Double-click an invocation (or press Enter) to show its log lines</source>
        <translation>双击某个调用（或按 Enter）可显示其日志行</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>%1 · %2% success</source>
        <translation>%1 · 成功率 %2%</translation>
    </message>
    <message>
        <source>p50 %1 · p99 %2 · max %3</source>
        <translation>p50 %1 · p99 %2 · 最大值 %3</translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation>峰值 %1</translation>
    </message>
    <message>
        <source>%1 · init avg %2</source>
        <translation>%1 · init 平均 %2</translation>
    </message>
    <message>
        <source>peak %1 of %2 MB</source>
        <translation>峰值 %1 / %2 MB</translation>
    </message>
    <message>
        <source>%1 received · %2 retried · %3 dropped</source>
        <translation>已接收 %1 · 已重试 %2 · 已丢弃 %3</translation>
    </message>
    <message>
        <source>%1 invocations, %2 errors, %3 throttles, %4 cold starts between %5 and %6%7</source>
        <translation>%5 至 %6 期间：%1 次调用，%2 次错误，%3 次节流，%4 次冷启动%7</translation>
    </message>
    <message>
        <source> (per second, exact)</source>
        <translation>（按秒，精确值）</translation>
    </message>
    <message>
        <source> (per %1 min; percentiles within 2.2%)</source>
        <translation>（每 %1 分钟；百分位数误差在 2.2% 以内）</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invocations&lt;/b&gt;: none in this range</source>
        <translation>&lt;b&gt;调用&lt;/b&gt;：此范围内没有</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newest invocations&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;最新的调用&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invocations started %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1 开始的调用&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Alias %1</source>
        <translation>别名 %1</translation>
    </message>
    <message>
        <source>Export the metrics as CSV</source>
        <translation>将指标导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>lambdesk::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>lambdesk::PathDialog</name>
    <message>
        <source>&lt;small&gt;Relative to the function&apos;s code folder; use / for sub-folders, e.g. &lt;code&gt;lib/helpers.py&lt;/code&gt;.&lt;/small&gt;</source>
        <translation>&lt;small&gt;相对于函数的代码文件夹；子文件夹使用 /，例如 &lt;code&gt;lib/helpers.py&lt;/code&gt;。&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::PresenterBanner</name>
    <message>
        <source>%1: 429 TooManyRequestsException</source>
        <translation>%1：429 TooManyRequestsException</translation>
    </message>
    <message>
        <source>%1: 202, queued</source>
        <translation>%1：202，已排队</translation>
    </message>
    <message>
        <source>%1: 204, DryRun</source>
        <translation>%1：204，DryRun</translation>
    </message>
    <message>
        <source>%1: %2, %3 ms</source>
        <translation>%1：%2，%3 ms</translation>
    </message>
    <message>
        <source>%1: 200, %2 ms</source>
        <translation>%1：200，%2 ms</translation>
    </message>
</context>
<context>
    <name>lambdesk::PresenterMode</name>
    <message>
        <source>Invoking %1…</source>
        <translation>正在调用 %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示者模式(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom the console for a projector, simplify the window and show the keys pressed (F11)</source>
        <translation>放大控制台以便投影、简化窗口并显示所按的键 (F11)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Reset &amp;demo workspace…</source>
        <translation>重置演示工作区(&amp;D)…</translation>
    </message>
    <message>
        <source>Bring the demo functions (hello-python, hello-node) back to their first state</source>
        <translation>将演示函数（hello-python、hello-node）恢复到初始状态</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>演示者</translation>
    </message>
    <message>
        <source>The function shown (the function list is hidden in presenter mode)</source>
        <translation>显示的函数（演示者模式下函数列表处于隐藏状态）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom: Ctrl+= larger, Ctrl+- smaller, Ctrl+0 back to the default</source>
        <translation>缩放：Ctrl+= 放大，Ctrl+- 缩小，Ctrl+0 恢复默认大小</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大 (Ctrl+=)</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>重置演示</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Leave presenter mode (F11)</source>
        <translation>退出演示者模式 (F11)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The backend is still starting; try again in a moment.</source>
        <translation>后端仍在启动；请稍后再试。</translation>
    </message>
    <message>
        <source>Their code (with edits not saved yet), configuration, environment variables and test events become their blueprint&apos;s again. Their versions, aliases, function URLs, asynchronous invocation settings, concurrency settings and breakpoints are deleted, and Event invocations of them still queued are dropped. An invocation running now ends as it would. Other functions, logs and metrics are not touched.</source>
        <translation>它们的代码（包括尚未保存的编辑）、配置、环境变量和测试事件将恢复为其蓝图的内容。它们的版本、别名、函数 URL、异步调用设置、并发设置和断点将被删除，仍在排队的对它们的 Event 调用将被丢弃。当前正在运行的调用会照常结束。其他函数、日志和指标不受影响。</translation>
    </message>
    <message>
        <source>The debug session of %1 is stopped first.</source>
        <translation>会先停止 %1 的调试会话。</translation>
    </message>
    <message>
        <source>Reset demo workspace</source>
        <translation>重置演示工作区</translation>
    </message>
    <message>
        <source>Bring the demo functions (%1) back to their first state?</source>
        <translation>将演示函数（%1）恢复到初始状态？</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
</context>
<context>
    <name>lambdesk::ProvisionedForm</name>
    <message>
        <source>Remove provisioned concurrency</source>
        <translation>移除预置并发</translation>
    </message>
    <message>
        <source>Environments of a version or alias initialised ahead of time: their invocations start warm (no Init Duration); beyond them, invocations start on demand.</source>
        <translation>提前初始化的版本或别名的执行环境：对它们的调用以热启动开始（没有 Init Duration）；超出部分的调用按需启动。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Keep environments of a published version or an alias initialised</source>
        <translation>使已发布版本或别名的执行环境保持初始化状态</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定符</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已请求</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>A published version or an alias ($LATEST cannot have provisioned concurrency)</source>
        <translation>已发布的版本或别名（$LATEST 不能设置预置并发）</translation>
    </message>
    <message>
        <source>How many environments to keep initialised (ProvisionedConcurrentExecutions)</source>
        <translation>要保持初始化的执行环境数量（ProvisionedConcurrentExecutions）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Provisioned concurrency</source>
        <translation>预置并发</translation>
    </message>
    <message>
        <source>Last modified %1</source>
        <translation>上次修改时间 %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED：%1</translation>
    </message>
    <message>
        <source>Publish a version first: $LATEST cannot have provisioned concurrency</source>
        <translation>请先发布版本：$LATEST 不能设置预置并发</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Alias %1</source>
        <translation>别名 %1</translation>
    </message>
    <message>
        <source>Choose a published version or an alias.</source>
        <translation>请选择已发布的版本或别名。</translation>
    </message>
    <message numerus="yes">
        <source>Initialising %n environment(s) of %1…</source>
        <translation>
            <numerusform>正在初始化 %1 的 %n 个执行环境…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the provisioned concurrency of %1:%2? Its environments stop; invocations start on demand again.</source>
        <translation>移除 %1:%2 的预置并发？其执行环境会停止；调用将重新按需启动。</translation>
    </message>
    <message>
        <source>Removed the provisioned concurrency of %1.</source>
        <translation>已移除 %1 的预置并发。</translation>
    </message>
</context>
<context>
    <name>lambdesk::QueuesPage</name>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Visibility timeout</source>
        <translation>可见性超时</translation>
    </message>
    <message>
        <source>Dead-letter queue</source>
        <translation>死信队列</translation>
    </message>
    <message>
        <source>Counts are live: visible messages wait for a consumer, in-flight ones were received and not deleted yet, delayed ones were sent with a delay</source>
        <translation>计数为实时数据：可见消息等待使用者接收，传输中的消息已被接收但尚未删除，延迟消息是带延迟发送的</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete every message of the queue</source>
        <translation>删除队列中的所有消息</translation>
    </message>
    <message>
        <source>Redrive</source>
        <translation>重新驱动</translation>
    </message>
    <message>
        <source>Move this dead-letter queue&apos;s messages back to the queues they came from</source>
        <translation>将此死信队列中的消息移回其来源队列</translation>
    </message>
    <message>
        <source>Create queue</source>
        <translation>创建队列</translation>
    </message>
    <message>
        <source>1–80 letters, digits, - and _</source>
        <translation>1–80 个字母、数字、- 和 _</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long a received message stays invisible before it returns (VisibilityTimeout)</source>
        <translation>接收的消息在返回队列前保持不可见的时长（VisibilityTimeout）</translation>
    </message>
    <message>
        <source>How long a message is kept (MessageRetentionPeriod; 4 days by default)</source>
        <translation>消息的保留时长（MessageRetentionPeriod；默认 4 天）</translation>
    </message>
    <message>
        <source>Where a message goes once it was received the maximum number of times (RedrivePolicy)</source>
        <translation>消息达到最大接收次数后的去向（RedrivePolicy）</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留期</translation>
    </message>
    <message>
        <source>Maximum receives</source>
        <translation>最大接收次数</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Message body (text, up to 256 KB)</source>
        <translation>消息正文（文本，最大 256 KB）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Messages (peek: nothing is received)</source>
        <translation>消息（查看：不会接收任何消息）</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>接收次数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Triggers (event source mappings of this queue)</source>
        <translation>触发器（此队列的事件源映射）</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批处理大小</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>The function the queue&apos;s messages are delivered to</source>
        <translation>接收此队列消息的函数</translation>
    </message>
    <message>
        <source>batch </source>
        <translation>每批 </translation>
    </message>
    <message>
        <source>Report batch item failures</source>
        <translation>报告批处理项目失败</translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation>添加触发器</translation>
    </message>
    <message>
        <source>Enable / disable</source>
        <translation>启用/禁用</translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation>删除触发器</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 after %2 receives</source>
        <translation>%1（接收 %2 次后）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Sent message %1 to %2</source>
        <translation>已将消息 %1 发送到 %2</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n message(s) from %1</source>
        <translation>
            <numerusform>已从 %1 清除 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) from %1 back to their queues</source>
        <translation>
            <numerusform>已将 %n 条消息从 %1 移回其队列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now receives the messages of %2</source>
        <translation>%1 现在接收 %2 的消息</translation>
    </message>
    <message>
        <source>Trigger enabled</source>
        <translation>触发器已启用</translation>
    </message>
    <message>
        <source>Trigger disabled</source>
        <translation>触发器已禁用</translation>
    </message>
    <message>
        <source>Trigger deleted</source>
        <translation>触发器已删除</translation>
    </message>
</context>
<context>
    <name>lambdesk::ResultFeed</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lambdesk::ResultPanel</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source> (alias %1)</source>
        <translation>（别名 %1）</translation>
    </message>
    <message>
        <source>not measured (no CPU quota)</source>
        <translation>未测量（无 CPU 配额）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 in 1 period</source>
        <translation>1 个周期内 %1</translation>
    </message>
    <message>
        <source>%1 in %2 periods</source>
        <translation>%2 个周期内 %1</translation>
    </message>
    <message>
        <source>started by %1</source>
        <translation>由 %1 启动</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>已节流</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Show or hide the details (response, summary, log output)</source>
        <translation>显示或隐藏详细信息（响应、摘要、日志输出）</translation>
    </message>
    <message>
        <source>Earlier results of this function (kept across restarts)</source>
        <translation>此函数之前的结果（重启后仍保留）</translation>
    </message>
    <message>
        <source>Show in log</source>
        <translation>在日志中显示</translation>
    </message>
    <message>
        <source>Show this request&apos;s lines in the log viewer</source>
        <translation>在日志查看器中显示此请求的日志行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the response</source>
        <translation>复制响应</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>Also show the invocations started outside the console: by the Lambda API (AWS CLI, SDKs), the lambdesk command and the Event queue. The history lists them either way.</source>
        <translation>同时显示在控制台外启动的调用：由 Lambda API（AWS CLI、SDK）、lambdesk 命令和事件队列启动的调用。历史记录中始终会列出它们。</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Log output</source>
        <translation>日志输出</translation>
    </message>
    <message>
        <source>&lt;b&gt;Execution results&lt;/b&gt; — none yet. Press &lt;b&gt;Test&lt;/b&gt; (Ctrl+Enter) to run the function.</source>
        <translation>&lt;b&gt;执行结果&lt;/b&gt; — 暂无。按&lt;b&gt;测试&lt;/b&gt;（Ctrl+Enter）运行函数。</translation>
    </message>
    <message>
        <source>1 invocation from other sources (the Lambda API, the CLI, the Event queue): tick &lt;b&gt;Other sources&lt;/b&gt; to see it.</source>
        <translation>有 1 个来自其他来源（Lambda API、CLI、事件队列）的调用：勾选&lt;b&gt;其他来源&lt;/b&gt;即可查看。</translation>
    </message>
    <message>
        <source>%1 invocations from other sources (the Lambda API, the CLI, the Event queue): tick &lt;b&gt;Other sources&lt;/b&gt; to see them.</source>
        <translation>有 %1 个来自其他来源（Lambda API、CLI、事件队列）的调用：勾选&lt;b&gt;其他来源&lt;/b&gt;即可查看。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Executing %1…&lt;/b&gt;</source>
        <translation>&lt;b&gt;正在执行 %1…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not invoke:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法调用：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; request id %2</source>
        <translation>&lt;b&gt;%1：&lt;/b&gt;请求 ID %2</translation>
    </message>
    <message>
        <source>Asynchronous invocation (Event): the function runs in the background; its lines appear in the log viewer.</source>
        <translation>异步调用 (Event)：函数在后台运行；其日志行显示在日志查看器中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — the request is valid; the function was not run (DryRun)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 请求有效；函数未运行 (DryRun)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — no execution environment could take it (%2); nothing ran</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 没有执行环境可以接受它（%2）；未运行任何内容</translation>
    </message>
    <message>
        <source>Duration %1 · Billed %2 ms · Max memory %3 of %4 MB</source>
        <translation>Duration %1 · Billed Duration %2 ms · Max Memory Used %3 / %4 MB</translation>
    </message>
    <message>
        <source> · CPU throttled %1</source>
        <translation> · CPU 节流 %1</translation>
    </message>
    <message>
        <source> · Init %1 (cold start)</source>
        <translation> · Init %1（冷启动）</translation>
    </message>
    <message>
        <source>The function runs asynchronously. </source>
        <translation>函数异步运行。</translation>
    </message>
    <message>
        <source>Nothing ran, so nothing was logged.</source>
        <translation>没有运行任何内容，因此没有记录日志。</translation>
    </message>
    <message>
        <source>The last %1 of %2 lines. </source>
        <translation>最后 %1 行，共 %2 行。</translation>
    </message>
    <message>
        <source>The logging calls of your code and the runtime&apos;s START, END and REPORT lines. </source>
        <translation>您的代码的日志调用以及运行时的 START、END 和 REPORT 行。</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;log:&apos;&gt;Show this request in the log viewer&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;log:&apos;&gt;在日志查看器中显示此请求&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Log output (%1)</source>
        <translation>日志输出 (%1)</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Function version</source>
        <translation>函数版本</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>启动者</translation>
    </message>
    <message>
        <source>Invocation type</source>
        <translation>调用类型</translation>
    </message>
    <message>
        <source>Event (asynchronous)</source>
        <translation>Event（异步）</translation>
    </message>
    <message>
        <source>DryRun</source>
        <translation>DryRun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Billed duration</source>
        <translation>Billed Duration</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Resources configured</source>
        <translation>已配置的资源</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Max memory used</source>
        <translation>Max Memory Used</translation>
    </message>
    <message>
        <source>CPU throttled</source>
        <translation>CPU 节流</translation>
    </message>
    <message>
        <source>Init duration</source>
        <translation>Init Duration</translation>
    </message>
    <message>
        <source>— (warm start)</source>
        <translation>—（热启动）</translation>
    </message>
    <message>
        <source>Log stream</source>
        <translation>日志流</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>最新：%1</translation>
    </message>
    <message>
        <source>Other sources (%1 new)</source>
        <translation>其他来源（%1 个新的）</translation>
    </message>
</context>
<context>
    <name>lambdesk::RoutingBar</name>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>%1: 100 %</source>
        <translation>%1：100 %</translation>
    </message>
    <message>
        <source>%1: %2 % · %3: %4 %</source>
        <translation>%1：%2 % · %3：%4 %</translation>
    </message>
</context>
<context>
    <name>lambdesk::SamExportDialog</name>
    <message>
        <source>Export to AWS</source>
        <translation>导出到 AWS</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>所有函数</translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation>空文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Replace files in a folder that is not empty</source>
        <translation>替换非空文件夹中的文件</translation>
    </message>
    <message>
        <source>Only the deployment packages (.zip), no SAM template</source>
        <translation>仅部署包 (.zip)，不含 SAM 模板</translation>
    </message>
    <message>
        <source>arn:aws:iam::ACCOUNT:role/NAME (optional: for the printed commands)</source>
        <translation>arn:aws:iam::ACCOUNT:role/NAME（可选：用于输出的命令）</translation>
    </message>
    <message>
        <source>The files written and the commands to deploy them appear here.</source>
        <translation>写入的文件和部署它们的命令会显示在此处。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Functions:</source>
        <translation>函数：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Role ARN:</source>
        <translation>角色 ARN：</translation>
    </message>
    <message>
        <source>Reading the functions…</source>
        <translation>正在读取函数…</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Written to %1:
</source>
        <translation>已写入 %1：
</translation>
    </message>
    <message>
        <source>
Notes:
</source>
        <translation>
注意：
</translation>
    </message>
    <message>
        <source>
To deploy (replace &lt;your-role-arn&gt; with an IAM role Lambda can assume):
</source>
        <translation>
部署方法（将 &lt;your-role-arn&gt; 替换为 Lambda 可以代入的 IAM 角色）：
</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>已导出 %n 个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lambdesk::SamImportDialog</name>
    <message>
        <source>Open SAM project</source>
        <translation>打开 SAM 项目</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>the project&apos;s template.yaml</source>
        <translation>项目的 template.yaml</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Parameters (double-click a value to change it):</source>
        <translation>参数（双击某个值可更改）：</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Function / event</source>
        <translation>函数/事件</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理程序</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>SAM templates (*.yaml *.yml);;All files (*)</source>
        <translation>SAM 模板 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Inline code (imported as a copy)</source>
        <translation>内联代码（以副本形式导入）</translation>
    </message>
    <message>
        <source>Runs from %1</source>
        <translation>从 %1 运行</translation>
    </message>
    <message>
        <source>Function URL (%1)</source>
        <translation>函数 URL (%1)</translation>
    </message>
    <message>
        <source>Alias %1 on a new version</source>
        <translation>新版本上的别名 %1</translation>
    </message>
    <message>
        <source>URL route %1 %2 (%3)</source>
        <translation>URL 路由 %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Schedule %1%2</source>
        <translation>计划 %1%2</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation>（已禁用）</translation>
    </message>
    <message>
        <source>Queue %1 (batch %2)</source>
        <translation>队列 %1（每批 %2）</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>层 %1</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Not imported (%1)</source>
        <translation>未导入 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) to import.</source>
        <translation>
            <numerusform>要导入 %n 个函数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1：%2%3</translation>
    </message>
</context>
<context>
    <name>lambdesk::SavedEventCombo</name>
    <message>
        <source>Shareable: every function of this workspace can use it</source>
        <translation>可共享：此工作区的所有函数都可以使用</translation>
    </message>
    <message>
        <source>Private to this function</source>
        <translation>仅此函数私有</translation>
    </message>
    <message>
        <source>Private events (%1 of %2)</source>
        <translation>私有事件（%1/%2）</translation>
    </message>
    <message>
        <source>Shareable events (%1)</source>
        <translation>可共享事件 (%1)</translation>
    </message>
</context>
<context>
    <name>lambdesk::ScheduleDialog</name>
    <message>
        <source>Create schedule</source>
        <translation>创建计划</translation>
    </message>
    <message>
        <source>Edit schedule %1</source>
        <translation>编辑计划 %1</translation>
    </message>
    <message>
        <source>nightly-report</source>
        <translation>nightly-report</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, periods, hyphens or underscores (EventBridge&apos;s rule names)</source>
        <translation>1 到 64 个字母、数字、句点、连字符或下划线（EventBridge 的规则名称）</translation>
    </message>
    <message>
        <source>The function to run: NAME, or NAME:QUALIFIER for a version or an alias</source>
        <translation>要运行的函数：NAME，或用 NAME:QUALIFIER 指定版本或别名</translation>
    </message>
    <message>
        <source>rate(5 minutes), rate(1 hour), rate(7 days), or cron(Minutes Hours Day-of-month Month Day-of-week Year) in UTC, e.g. cron(0 12 * * ? *) or cron(0 8 ? * MON-FRI *)</source>
        <translation>rate(5 minutes)、rate(1 hour)、rate(7 days)，或 UTC 时间的 cron(Minutes Hours Day-of-month Month Day-of-week Year)，例如 cron(0 12 * * ? *) 或 cron(0 8 ? * MON-FRI *)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Empty: the function gets EventBridge&apos;s Scheduled Event</source>
        <translation>留空：函数接收 EventBridge 的 Scheduled Event</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>接下来的运行时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Input (JSON)</source>
        <translation>输入 (JSON)</translation>
    </message>
    <message>
        <source>none (its years are over)</source>
        <translation>无（其年份已过）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>lambdesk::SchedulesPage</name>
    <message>
        <source>Schedules</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Create schedule</source>
        <translation>创建计划</translation>
    </message>
    <message>
        <source>Run a function on a rate or cron schedule, as an EventBridge rule does</source>
        <translation>按 rate 或 cron 计划运行函数，与 EventBridge 规则相同</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&lt;b&gt;Schedules&lt;/b&gt; — run a function at times given by &lt;i&gt;rate(5 minutes)&lt;/i&gt; or &lt;i&gt;cron(0 12 * * ? *)&lt;/i&gt; (UTC); it gets EventBridge&apos;s Scheduled Event</source>
        <translation>&lt;b&gt;计划&lt;/b&gt; — 在 &lt;i&gt;rate(5 minutes)&lt;/i&gt; 或 &lt;i&gt;cron(0 12 * * ? *)&lt;/i&gt;（UTC）给出的时间运行函数；函数接收 EventBridge 的 Scheduled Event</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>Gets the Scheduled Event</source>
        <translation>接收 Scheduled Event</translation>
    </message>
    <message>
        <source>Gets this input: %1</source>
        <translation>接收此输入：%1</translation>
    </message>
    <message>
        <source>%1 — broken: %2</source>
        <translation>%1 — 已损坏：%2</translation>
    </message>
    <message>
        <source>Enabled: click to disable</source>
        <translation>已启用：单击可禁用</translation>
    </message>
    <message>
        <source>Disabled: click to enable</source>
        <translation>已禁用：单击可启用</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Next runs:
%1</source>
        <translation>接下来的运行时间：
%1</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Delete schedule %1? Its function stays; it will no longer be run on this schedule.</source>
        <translation>删除计划 %1？其函数会保留；但不会再按此计划运行。</translation>
    </message>
</context>
<context>
    <name>lambdesk::TemplatePicker</name>
    <message>
        <source>Search templates (service, event, id)</source>
        <translation>搜索模板（服务、事件、ID）</translation>
    </message>
    <message>
        <source>%1 templates, written from the services&apos; public event formats</source>
        <translation>%1 个模板，根据各服务公开的事件格式编写</translation>
    </message>
    <message>
        <source>Start the event from an example of an AWS service&apos;s event</source>
        <translation>从 AWS 服务事件的示例开始创建事件</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>选择模板…</translation>
    </message>
</context>
<context>
    <name>lambdesk::TestPage</name>
    <message>
        <source>Test event</source>
        <translation>测试事件</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this saved event</source>
        <translation>删除此已保存的事件</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the event under its name</source>
        <translation>以其名称保存事件</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Invoke the function with this event (Ctrl+Enter)</source>
        <translation>使用此事件调用函数 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Run load…</source>
        <translation>负载测试…</translation>
    </message>
    <message>
        <source>Invoke the function many times at once with this event: concurrency, throttles and durations, live</source>
        <translation>使用此事件同时多次调用函数：实时查看并发、节流和持续时间</translation>
    </message>
    <message>
        <source>The new event has unsaved changes.</source>
        <translation>新事件有未保存的更改。</translation>
    </message>
    <message>
        <source>The test event “%1” has unsaved changes.</source>
        <translation>测试事件“%1”有未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before switching?</source>
        <translation>切换前是否保存？</translation>
    </message>
    <message>
        <source>Replace the edited event JSON with the template “%1”?</source>
        <translation>用模板“%1”替换已编辑的事件 JSON？</translation>
    </message>
    <message>
        <source>The event JSON is not valid, so it cannot be saved. %1</source>
        <translation>事件 JSON 无效，因此无法保存。%1</translation>
    </message>
    <message>
        <source>A shareable event named “%1” already exists; choose another name, or edit that event.</source>
        <translation>名为“%1”的可共享事件已存在；请选择其他名称，或编辑该事件。</translation>
    </message>
    <message>
        <source>This function already has a private event named “%1”; choose another name, or edit that event.</source>
        <translation>此函数已有名为“%1”的私有事件；请选择其他名称，或编辑该事件。</translation>
    </message>
    <message>
        <source>Saved test event %1</source>
        <translation>已保存测试事件 %1</translation>
    </message>
    <message>
        <source>Saved test event %1 (was %2)</source>
        <translation>已保存测试事件 %1（原为 %2）</translation>
    </message>
    <message>
        <source>Delete the shareable test event “%1”? Every function loses it; this cannot be undone.</source>
        <translation>删除可共享测试事件“%1”？所有函数都将失去它；此操作无法撤消。</translation>
    </message>
    <message>
        <source>Delete the private test event “%1”? This cannot be undone.</source>
        <translation>删除私有测试事件“%1”？此操作无法撤消。</translation>
    </message>
    <message>
        <source>Deleted test event %1</source>
        <translation>已删除测试事件 %1</translation>
    </message>
    <message>
        <source>Cannot invoke: the event is not valid JSON.</source>
        <translation>无法调用：事件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The event is not valid JSON: %1</source>
        <translation>事件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Cannot debug: the event is not valid JSON.</source>
        <translation>无法调试：事件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Fix the event JSON to save it</source>
        <translation>修正事件 JSON 后才能保存</translation>
    </message>
    <message>
        <source>Give the event a name to save it</source>
        <translation>为事件命名后才能保存</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test event&lt;/b&gt; — %1%2</source>
        <translation>&lt;b&gt;测试事件&lt;/b&gt; — %1%2</translation>
    </message>
    <message>
        <source> &lt;i&gt;(unsaved changes)&lt;/i&gt;</source>
        <translation> &lt;i&gt;（未保存的更改）&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::TimeoutEdit</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Timeout minutes</source>
        <translation>超时分钟数</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout seconds</source>
        <translation>超时秒数</translation>
    </message>
    <message>
        <source>From 1 second to 15 minutes. Lambda stops the invocation at this deadline (&quot;Task timed out after 3.00 seconds&quot;) and resets the environment.</source>
        <translation>从 1 秒到 15 分钟。到达此截止时间时，Lambda 会停止调用（&quot;Task timed out after 3.00 seconds&quot;）并重置执行环境。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>lambdesk::TrafficShift</name>
    <message>
        <source>Canary: 10 %, then all</source>
        <translation>金丝雀：10 %，然后全部</translation>
    </message>
    <message>
        <source>Linear: +10 % per step</source>
        <translation>线性：每步 +10 %</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>一次性全部</translation>
    </message>
    <message>
        <source>Shifting %1 from version %2 to %3</source>
        <translation>正在将 %1 从版本 %2 转移到 %3</translation>
    </message>
    <message>
        <source>Done: %1 runs version %2</source>
        <translation>完成：%1 运行版本 %2</translation>
    </message>
    <message>
        <source>Stopped at %1 % on version %2</source>
        <translation>已在版本 %2 的 %1 % 处停止</translation>
    </message>
    <message>
        <source>Rolled back: %1 runs version %2</source>
        <translation>已回滚：%1 运行版本 %2</translation>
    </message>
    <message>
        <source>Rolled back: %1</source>
        <translation>已回滚：%1</translation>
    </message>
    <message>
        <source>%1 of %2 invocations of version %3 failed (more than %4 %)</source>
        <translation>版本 %3 的 %2 次调用中有 %1 次失败（超过 %4 %）</translation>
    </message>
</context>
<context>
    <name>lambdesk::VariablesModel</name>
    <message>
        <source>(not available)</source>
        <translation>（不可用）</translation>
    </message>
    <message>
        <source>%1: folded, read when expanded</source>
        <translation>%1：已折叠，展开时读取</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>lambdesk::VersionsPage</name>
    <message>
        <source>Configuration (function.json)</source>
        <translation>配置 (function.json)</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Description of the new version (optional)</source>
        <translation>新版本的描述（可选）</translation>
    </message>
    <message>
        <source>Publish new version</source>
        <translation>发布新版本</translation>
    </message>
    <message>
        <source>Record $LATEST&apos;s code and configuration as an immutable version (a git commit and tag in the function&apos;s folder)</source>
        <translation>将 $LATEST 的代码和配置记录为不可变版本（在函数文件夹中创建 git 提交和标签）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected version and its snapshot</source>
        <translation>删除所选版本及其快照</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>CodeSha256</source>
        <translation>CodeSha256</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>The version to show</source>
        <translation>要显示的版本</translation>
    </message>
    <message>
        <source>Another version or $LATEST to compare it with, side by side</source>
        <translation>要与之并排比较的另一个版本或 $LATEST</translation>
    </message>
    <message>
        <source>A file of the code, or the configuration</source>
        <translation>代码中的某个文件，或配置</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>No version yet: publish one to freeze $LATEST&apos;s code and configuration.</source>
        <translation>尚无版本：发布一个版本以冻结 $LATEST 的代码和配置。</translation>
    </message>
    <message>
        <source>— (nothing)</source>
        <translation>—（无）</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>%1 · %2 (read-only)</source>
        <translation>%1 · %2（只读）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 (not in it)</source>
        <translation>%1 · %2（不在其中）</translation>
    </message>
    <message>
        <source>Publishing a version of %1…</source>
        <translation>正在发布 %1 的版本…</translation>
    </message>
    <message>
        <source>Published version %1 of %2.</source>
        <translation>已发布 %2 的版本 %1。</translation>
    </message>
    <message>
        <source>Nothing changed since version %1, so no new version was made (as on AWS).</source>
        <translation>自版本 %1 以来没有任何更改，因此未创建新版本（与 AWS 相同）。</translation>
    </message>
    <message>
        <source>Publish failed: %1</source>
        <translation>发布失败：%1</translation>
    </message>
    <message>
        <source>Delete version %1 of %2 and its snapshot? The commit stays in the function&apos;s git history.</source>
        <translation>删除 %2 的版本 %1 及其快照？该提交仍保留在函数的 git 历史记录中。</translation>
    </message>
    <message>
        <source>Deleted version %1.</source>
        <translation>已删除版本 %1。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Show %1 compared with %2</source>
        <translation>显示 %1 与 %2 的对比</translation>
    </message>
</context>
<context>
    <name>lambdesk::WizardTexts</name>
    <message>
        <source>&lt;p&gt;You get &lt;b&gt;lambda_function.py&lt;/b&gt; with a &lt;tt&gt;lambda_handler(event, context)&lt;/tt&gt; that returns &lt;tt&gt;{&quot;statusCode&quot;: 200, &quot;body&quot;: &quot;Hello from Lambda!&quot;}&lt;/tt&gt;; the handler setting is &lt;tt&gt;lambda_function.lambda_handler&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您将获得 &lt;b&gt;lambda_function.py&lt;/b&gt;，其中的 &lt;tt&gt;lambda_handler(event, context)&lt;/tt&gt; 返回 &lt;tt&gt;{&quot;statusCode&quot;: 200, &quot;body&quot;: &quot;Hello from Lambda!&quot;}&lt;/tt&gt;；处理程序设置为 &lt;tt&gt;lambda_function.lambda_handler&lt;/tt&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You get &lt;b&gt;index.mjs&lt;/b&gt; exporting an async &lt;tt&gt;handler(event)&lt;/tt&gt; that returns &lt;tt&gt;{statusCode: 200, body: &quot;Hello from Lambda!&quot;}&lt;/tt&gt;; the handler setting is &lt;tt&gt;index.handler&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您将获得 &lt;b&gt;index.mjs&lt;/b&gt;，它导出一个异步 &lt;tt&gt;handler(event)&lt;/tt&gt;，返回 &lt;tt&gt;{statusCode: 200, body: &quot;Hello from Lambda!&quot;}&lt;/tt&gt;；处理程序设置为 &lt;tt&gt;index.handler&lt;/tt&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You get a &lt;b&gt;bootstrap&lt;/b&gt; shell script that talks to the Runtime API itself (fetch the next event, run the handler, post the response) and &lt;b&gt;function.sh&lt;/b&gt; with the handler; the handler setting is &lt;tt&gt;function.handler&lt;/tt&gt;. This is how custom runtimes work on AWS; the script uses curl.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您将获得一个 &lt;b&gt;bootstrap&lt;/b&gt; shell 脚本，它自己与 Runtime API 通信（获取下一个事件、运行处理程序、发送响应），以及包含处理程序的 &lt;b&gt;function.sh&lt;/b&gt;；处理程序设置为 &lt;tt&gt;function.handler&lt;/tt&gt;。这就是自定义运行时在 AWS 上的工作方式；该脚本使用 curl。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a runtime.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请选择运行时。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next steps&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;The new function opens in the &lt;b&gt;Code&lt;/b&gt; tab: edit the handler and save with Ctrl+S.&lt;/li&gt;&lt;li&gt;In the &lt;b&gt;Test&lt;/b&gt; tab, create a test event (templates of AWS events help); a blank function comes without one.&lt;/li&gt;&lt;li&gt;Invoke with Ctrl+Enter and read the response, the log and the REPORT line.&lt;/li&gt;&lt;li&gt;Change memory, timeout and environment variables in the &lt;b&gt;Configuration&lt;/b&gt; tab.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Prefer a worked example? Choose &lt;b&gt;Use a blueprint&lt;/b&gt;: each comes with test events.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;后续步骤&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;新函数会在&lt;b&gt;代码&lt;/b&gt;选项卡中打开：编辑处理程序，然后按 Ctrl+S 保存。&lt;/li&gt;&lt;li&gt;在&lt;b&gt;测试&lt;/b&gt;选项卡中创建测试事件（AWS 事件模板可以提供帮助）；空白函数不附带测试事件。&lt;/li&gt;&lt;li&gt;按 Ctrl+Enter 调用，然后查看响应、日志和 REPORT 行。&lt;/li&gt;&lt;li&gt;在&lt;b&gt;配置&lt;/b&gt;选项卡中更改内存、超时和环境变量。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;想要一个完整的示例？请选择&lt;b&gt;使用蓝图&lt;/b&gt;：每个蓝图都附带测试事件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Languages:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;语言：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Test events included:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;包含的测试事件：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Environment variables:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;环境变量：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Settings:&lt;/b&gt; %1 MB memory, %2 timeout, handler &lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;设置：&lt;/b&gt;内存 %1 MB，超时 %2，处理程序 &lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Blueprints come in Python and Node.js. With a custom runtime, choose &lt;b&gt;Author from scratch&lt;/b&gt;, or pick a Python or Node.js runtime above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;蓝图提供 Python 和 Node.js 版本。使用自定义运行时请选择&lt;b&gt;从头开始创作&lt;/b&gt;，或在上方选择 Python 或 Node.js 运行时。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a blueprint on the left to see what it teaches and which test events come with it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在左侧选择一个蓝图，查看它讲授的内容以及附带的测试事件。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::demo</name>
    <message>
        <source>The blueprint %1 of %2 is missing</source>
        <translation>缺少 %2 的蓝图 %1</translation>
    </message>
    <message>
        <source>%1 needs %2, which is not installed on this machine</source>
        <translation>%1 需要 %2，但本机未安装</translation>
    </message>
    <message>
        <source>Demo: a Python hello world. Press Test (Ctrl+Enter).</source>
        <translation>演示：Python 版 hello world。按“测试”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Demo: a Node.js hello world. Press Test (Ctrl+Enter).</source>
        <translation>演示：Node.js 版 hello world。按“测试”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>The backend is not started</source>
        <translation>后端未启动</translation>
    </message>
    <message>
        <source>%1 was left as it is: %2</source>
        <translation>%1 保持原样：%2</translation>
    </message>
    <message>
        <source>%1 could not be created again: %2</source>
        <translation>无法重新创建 %1：%2</translation>
    </message>
    <message>
        <source>Demo functions restored to their first state: %1.</source>
        <translation>演示函数已恢复到初始状态：%1。</translation>
    </message>
</context>
<context>
    <name>lambdesk::i18n</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>系统默认(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The console will be in %1 from its next start.</source>
        <translation>控制台将在下次启动时使用%1。</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>CPU quota</source>
        <translation>CPU 配额</translation>
    </message>
    <message>
        <source>pids</source>
        <translation>进程数</translation>
    </message>
    <message>
        <source>Limits: %1 (%2)</source>
        <translation>限制：%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> — chosen by LAMBDESK_LIMITS</source>
        <translation>——由 LAMBDESK_LIMITS 选定</translation>
    </message>
    <message>
        <source> — cgroups are not writable here</source>
        <translation>——此处 cgroups 不可写</translation>
    </message>
    <message>
        <source>Limits: watchdog (memory sampled every 20 ms, no CPU quota)</source>
        <translation>限制：看门狗（每 20 ms 采样一次内存，无 CPU 配额）</translation>
    </message>
</context>
<context>
    <name>learn</name>
    <message>
        <source>The lesson names no function</source>
        <translation>该课程未指定函数</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; needs Python or Node.js, and neither is installed</source>
        <translation>课程“%1”需要 Python 或 Node.js，但两者都未安装</translation>
    </message>
</context>
<context>
    <name>lesson:async</name>
    <message>
        <source>Asynchronous invocation and retries</source>
        <translation>异步调用和重试</translation>
    </message>
    <message>
        <source>Invoke without waiting, and see Lambda retry an event that fails.</source>
        <translation>调用而不等待结果，并观察 Lambda 重试失败的事件。</translation>
    </message>
    <message>
        <source>An asynchronous (Event) invocation returns at once with HTTP 202: Lambda puts the event in
a queue and runs the function later. Event sources such as S3 and SNS invoke this way.</source>
        <translation>异步（Event）调用会立即返回 HTTP 202：Lambda 将事件放入队列，
稍后再运行函数。S3 和 SNS 等事件源就以这种方式调用。</translation>
    </message>
    <message>
        <source>Invoke asynchronously</source>
        <translation>异步调用</translation>
    </message>
    <message>
        <source>Choose the invocation type &quot;Asynchronous (Event)&quot; and invoke the &quot;ok&quot; event. The caller
only learns that the event was accepted; the result shows up in the log.</source>
        <translation>选择调用类型“异步 (Event)”，然后调用“ok”事件。
调用方只知道事件已被接受；结果显示在日志中。</translation>
    </message>
    <message>
        <source>A failing event</source>
        <translation>失败的事件</translation>
    </message>
    <message>
        <source>Invoke &quot;bad-input&quot; asynchronously. The handler fails, and no caller is waiting for the error.</source>
        <translation>异步调用“bad-input”。处理程序失败，而没有调用方在等待这个错误。</translation>
    </message>
    <message>
        <source>The retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Wait for the retry: Lambda runs a failed event twice more, one minute and then two
minutes later, under the same request id. Handlers of events should be safe to run twice.</source>
        <translation>等待重试：Lambda 会在 1 分钟后、
再过 2 分钟后以相同的请求 ID 再运行失败的事件两次。事件的处理程序应能安全地运行两次。</translation>
    </message>
    <message>
        <source>Limit the retries</source>
        <translation>限制重试</translation>
    </message>
    <message>
        <source>Set Retry attempts to 0 in the asynchronous invocation settings (MaximumRetryAttempts). With
an on-failure destination or a dead-letter queue, failed events are kept to look at instead.</source>
        <translation>在异步调用设置中将“重试次数”设置为 0（MaximumRetryAttempts）。
配置失败时目标或死信队列后，失败的事件就会被保留下来供查看，而不是被重试。</translation>
    </message>
</context>
<context>
    <name>lesson:cold-start</name>
    <message>
        <source>Cold start and warm reuse</source>
        <translation>冷启动和热复用</translation>
    </message>
    <message>
        <source>See Init Duration on a cold start, and none when a warm environment is reused.</source>
        <translation>观察冷启动时的 Init Duration，以及复用热执行环境时没有 Init Duration。</translation>
    </message>
    <message>
        <source>Lambda runs your code in an **execution environment**. Starting one (a cold start) runs
your module&apos;s top-level code once; later invocations may reuse it while it is warm.</source>
        <translation>Lambda 在**执行环境**中运行您的代码。启动执行环境（冷启动）时会运行一次模块的顶层代码；
之后的调用可以在其仍为热时复用它。</translation>
    </message>
    <message>
        <source>A cold start</source>
        <translation>冷启动</translation>
    </message>
    <message>
        <source>Invoke the function. No environment existed yet, so Lambda started one: the REPORT line
shows Init Duration, the time the runtime and your top-level code took before the handler.</source>
        <translation>调用函数。此前没有执行环境，因此 Lambda 启动了一个：
REPORT 行显示 Init Duration，即运行时和您的顶层代码在处理程序之前花费的时间。</translation>
    </message>
    <message>
        <source>Warm reuse</source>
        <translation>热复用</translation>
    </message>
    <message>
        <source>Invoke again. Lambda reused the warm environment, so there is no Init Duration this time
and the invocation is faster: only the handler ran.</source>
        <translation>再次调用。Lambda 复用了热执行环境，因此这次没有 Init Duration，
调用也更快：只运行了处理程序。</translation>
    </message>
    <message>
        <source>Change the configuration</source>
        <translation>更改配置</translation>
    </message>
    <message>
        <source>Change the memory size (or any setting). Environments run with the configuration they
started with, so Lambda stops using the old ones.</source>
        <translation>更改内存大小（或任意设置）。执行环境使用其启动时的配置运行，
因此 Lambda 不再使用旧的执行环境。</translation>
    </message>
    <message>
        <source>Cold again</source>
        <translation>再次冷启动</translation>
    </message>
    <message>
        <source>Invoke once more: Init Duration is back. Deployments and configuration changes cause cold
starts, and so does a burst of traffic that needs more environments at once.</source>
        <translation>再调用一次：Init Duration 又出现了。部署和配置更改都会导致冷启动，
需要同时使用更多执行环境的突发流量也会。</translation>
    </message>
</context>
<context>
    <name>lesson:concurrency</name>
    <message>
        <source>Concurrency and throttling</source>
        <translation>并发和节流</translation>
    </message>
    <message>
        <source>Reserve concurrency for a function and see an invocation throttled.</source>
        <translation>为函数预留并发，并观察调用被节流。</translation>
    </message>
    <message>
        <source>Each execution environment handles one invocation at a time, so the number of invocations
in flight is the function&apos;s **concurrency**. Requests beyond the limit are throttled.</source>
        <translation>每个执行环境一次处理一个调用，
因此正在进行的调用数就是函数的**并发**。超出限制的请求会被节流。</translation>
    </message>
    <message>
        <source>Reserve concurrency</source>
        <translation>预留并发</translation>
    </message>
    <message>
        <source>Set the function&apos;s reserved concurrency to 1. Reserved concurrency sets aside part of the
account&apos;s pool for this function, and is also the most it may run at once.</source>
        <translation>将函数的预留并发设置为 1。预留并发会从账户的并发池中为此函数留出一部分，
同时也是它最多可同时运行的数量。</translation>
    </message>
    <message>
        <source>Get throttled</source>
        <translation>被节流</translation>
    </message>
    <message>
        <source>Run two invocations of &quot;finishes&quot; at once (Run load… with a concurrency of 2 or more). The
second finds no free slot and is refused with TooManyRequestsException (HTTP 429).</source>
        <translation>同时运行两次“finishes”调用（使用“负载测试…”，并发设为 2 或更多）。
第二次调用找不到空闲位置，会被以 TooManyRequestsException (HTTP 429) 拒绝。</translation>
    </message>
    <message>
        <source>Release the limit</source>
        <translation>解除限制</translation>
    </message>
    <message>
        <source>Choose &quot;Use unreserved account concurrency&quot; to remove the reservation. Synchronous callers
must retry a throttled request themselves; for asynchronous events, Lambda keeps retrying
for up to six hours.</source>
        <translation>选择“使用未预留账户并发”以移除预留。同步调用方
必须自行重试被节流的请求；对于异步事件，Lambda 会持续重试，
最长可达六个小时。</translation>
    </message>
</context>
<context>
    <name>lesson:cost</name>
    <message>
        <source>What a function costs</source>
        <translation>函数的成本</translation>
    </message>
    <message>
        <source>See how requests, duration and memory make the bill.</source>
        <translation>了解请求、持续时间和内存如何构成账单。</translation>
    </message>
    <message>
        <source>Lambda bills each request, plus compute in **GB-seconds**: the memory size times the
Billed Duration. Idle time costs nothing.</source>
        <translation>Lambda 按每个请求计费，外加以 **GB-秒** 计的计算费用：
内存大小乘以 Billed Duration。空闲时间不收费。</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>运行它</translation>
    </message>
    <message>
        <source>Invoke the &quot;work&quot; event and find Billed Duration on the REPORT line. Lambda rounds the
duration up to the next millisecond and bills it at the function&apos;s memory size.</source>
        <translation>调用“work”事件，在 REPORT 行中找到 Billed Duration。
Lambda 将持续时间向上取整到下一毫秒，并按函数的内存大小计费。</translation>
    </message>
    <message>
        <source>Open the cost panel</source>
        <translation>打开成本面板</translation>
    </message>
    <message>
        <source>Open the Monitor tab. Its cost panel adds up requests and GB-seconds at AWS&apos;s published
prices, and shows what another memory size would cost.</source>
        <translation>打开“监控”选项卡。其成本面板按 AWS 公布的价格汇总请求和 GB-秒，
并显示使用其他内存大小时的成本。</translation>
    </message>
    <message>
        <source>More memory</source>
        <translation>更多内存</translation>
    </message>
    <message>
        <source>Set the memory size to 1024 MB or more. Each millisecond now costs more, but CPU grows
with memory, so CPU-bound work finishes sooner.</source>
        <translation>将内存大小设置为 1024 MB 或更多。现在每毫秒的费用更高，但 CPU 随内存增加，
因此 CPU 密集型工作会更快完成。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Invoke again and compare Billed Duration and the cost panel. For CPU-bound code a larger
memory size can cost about the same or less; for code that waits on the network it costs more.</source>
        <translation>再次调用，然后比较 Billed Duration 和成本面板。对于 CPU 密集型代码，
更大的内存大小可能花费相同甚至更少；对于等待网络的代码，则会花费更多。</translation>
    </message>
</context>
<context>
    <name>lesson:environment-variables</name>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Configure a function without changing its code, and fail fast on a bad value.</source>
        <translation>在不更改代码的情况下配置函数，并在值无效时快速失败。</translation>
    </message>
    <message>
        <source>Environment variables keep settings such as stage names, limits and feature flags out of
the code, so the same code runs in every stage. Their values are always strings.</source>
        <translation>环境变量将阶段名称、限制和功能标志等设置放在代码之外，
使同一份代码可以在每个阶段运行。它们的值始终是字符串。</translation>
    </message>
    <message>
        <source>Read the settings</source>
        <translation>读取设置</translation>
    </message>
    <message>
        <source>Invoke the &quot;basket&quot; event. The function read GREETING, STAGE, MAX_ITEMS and FEATURE_FLAGS
when its environment started, and shows the stage it runs in.</source>
        <translation>调用“basket”事件。函数在其执行环境启动时读取了 GREETING、STAGE、MAX_ITEMS 和 FEATURE_FLAGS，
并显示它运行所在的阶段。</translation>
    </message>
    <message>
        <source>Change the stage</source>
        <translation>更改阶段</translation>
    </message>
    <message>
        <source>Change STAGE to another value, for example &quot;prod&quot;, and save. A change of environment
variables is a configuration change: Lambda starts new environments that see the new values.</source>
        <translation>将 STAGE 更改为其他值，例如“prod”，然后保存。
更改环境变量属于配置更改：Lambda 会启动能看到新值的新执行环境。</translation>
    </message>
    <message>
        <source>See the new value</source>
        <translation>查看新值</translation>
    </message>
    <message>
        <source>Invoke again: the response shows the new stage, with no change to the code.</source>
        <translation>再次调用：响应显示了新的阶段，而代码没有任何更改。</translation>
    </message>
    <message>
        <source>A bad value</source>
        <translation>无效的值</translation>
    </message>
    <message>
        <source>Set MAX_ITEMS to &quot;lots&quot; and invoke. The code checks its settings at start-up and fails
during init, so a misconfigured function stops at once with a clear message.</source>
        <translation>将 MAX_ITEMS 设置为“lots”并调用。代码在启动时检查其设置，
并在 init 阶段失败，因此配置错误的函数会立即停止并给出明确的消息。</translation>
    </message>
</context>
<context>
    <name>lesson:errors</name>
    <message>
        <source>Errors and stack traces</source>
        <translation>错误和堆栈跟踪</translation>
    </message>
    <message>
        <source>See how Lambda reports an error your handler raises, and what the caller gets.</source>
        <translation>了解 Lambda 如何报告处理程序引发的错误，以及调用方会收到什么。</translation>
    </message>
    <message>
        <source>A good order</source>
        <translation>有效的订单</translation>
    </message>
    <message>
        <source>Invoke the &quot;ok&quot; event: the order is valid and the handler returns its total.</source>
        <translation>调用“ok”事件：订单有效，处理程序返回其总计。</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>无效的输入</translation>
    </message>
    <message>
        <source>Invoke &quot;bad-input&quot;. The handler raises its own ValidationError, and errorType is the
error&apos;s class name: callers and retry rules can match on it, so name your errors well.</source>
        <translation>调用“bad-input”。处理程序引发自己的 ValidationError，errorType 就是该错误的类名：
调用方和重试规则可以据此匹配，因此请为错误起个好名字。</translation>
    </message>
    <message>
        <source>A bug</source>
        <translation>一个 bug</translation>
    </message>
    <message>
        <source>Still warm</source>
        <translation>仍然是热的</translation>
    </message>
    <message>
        <source>Invoke &quot;ok&quot; again: no Init Duration. An error raised by your code leaves the execution
environment running, unlike a timeout or running out of memory, which reset it.</source>
        <translation>再次调用“ok”：没有 Init Duration。您的代码引发的错误不会停止执行环境，
而超时或内存耗尽则会重置执行环境。</translation>
    </message>
    <message>
        <source>When a handler raises an error, Lambda turns it into a JSON document with **errorType**,
**errorMessage** and a stack trace, and marks the invocation as failed.</source>
        <translation>当处理程序引发错误时，Lambda 会将其转换为包含 **errorType**、
**errorMessage** 和堆栈跟踪的 JSON 文档，并将调用标记为失败。</translation>
    </message>
    <message>
        <source>Invoke &quot;bug&quot;: a built-in error escapes the handler. The stack trace (stackTrace in Python,
trace in Node.js) shows the file and line where it happened.</source>
        <translation>调用“bug”：一个内置错误逃出了处理程序。堆栈跟踪（Python 中为 stackTrace，
Node.js 中为 trace）显示了发生错误的文件和行号。</translation>
    </message>
</context>
<context>
    <name>lesson:event-and-context</name>
    <message>
        <source>The event and the context</source>
        <translation>事件和 context</translation>
    </message>
    <message>
        <source>See what a handler receives: your event, and the context Lambda adds.</source>
        <translation>了解处理程序会收到什么：您的事件，以及 Lambda 添加的 context。</translation>
    </message>
    <message>
        <source>Every handler gets two arguments: the **event**, the caller&apos;s JSON, and the **context**,
facts Lambda supplies about this invocation. This function returns both so you can look.</source>
        <translation>每个处理程序都接收两个参数：**event**，即调用方的 JSON；以及 **context**，
即 Lambda 提供的有关此次调用的信息。此函数将两者都返回，方便您查看。</translation>
    </message>
    <message>
        <source>Look at both arguments</source>
        <translation>查看两个参数</translation>
    </message>
    <message>
        <source>Invoke the &quot;order&quot; event and read the response. The event comes back unchanged; the rest
comes from the context: request id, function name and version, memory limit and log stream.</source>
        <translation>调用“order”事件并阅读响应。事件原样返回；
其余内容来自 context：请求 ID、函数名称和版本、内存限制以及日志流。</translation>
    </message>
    <message>
        <source>Send your own event</source>
        <translation>发送您自己的事件</translation>
    </message>
    <message>
        <source>Add a field &quot;name&quot; to the test event and invoke again. Lambda does not check the event&apos;s
shape: that is your code&apos;s job, and every event source (S3, SQS, API Gateway) sends its own.</source>
        <translation>在测试事件中添加一个字段 &quot;name&quot;，然后再次调用。Lambda 不检查事件的结构：
那是您的代码的职责，而且每个事件源（S3、SQS、API Gateway）都会发送自己的格式。</translation>
    </message>
    <message>
        <source>Give it more time</source>
        <translation>给它更多时间</translation>
    </message>
    <message>
        <source>Set the timeout to 10 seconds or more. The timeout is part of the function&apos;s
configuration, and the context tells the handler how much of it is left.</source>
        <translation>将超时设置为 10 秒或更长。
超时是函数配置的一部分，context 会告诉处理程序还剩多少时间。</translation>
    </message>
    <message>
        <source>Read the time left</source>
        <translation>读取剩余时间</translation>
    </message>
    <message>
        <source>Invoke again: remainingTimeMs is now above 9000. Code that does long work can check the
remaining time and stop cleanly before Lambda stops it.</source>
        <translation>再次调用：remainingTimeMs 现在高于 9000。执行耗时工作的代码可以检查剩余时间，
在 Lambda 停止它之前干净地结束。</translation>
    </message>
</context>
<context>
    <name>lesson:first-function</name>
    <message>
        <source>Your first function</source>
        <translation>您的第一个函数</translation>
    </message>
    <message>
        <source>Invoke a function, read its response and its log, change its code and run it again.</source>
        <translation>调用函数，阅读其响应和日志，更改其代码后再次运行。</translation>
    </message>
    <message>
        <source>Invoke it</source>
        <translation>调用它</translation>
    </message>
    <message>
        <source>Change the event</source>
        <translation>更改事件</translation>
    </message>
    <message>
        <source>Pick the &quot;no-name&quot; event (or remove &quot;name&quot; from the JSON) and invoke again. The event is
whatever JSON the caller sends, so a handler should not assume a field is there.</source>
        <translation>选择“no-name”事件（或从 JSON 中删除 &quot;name&quot;），然后再次调用。
事件就是调用方发送的任意 JSON，因此处理程序不应假定某个字段一定存在。</translation>
    </message>
    <message>
        <source>Deploy a change</source>
        <translation>部署更改</translation>
    </message>
    <message>
        <source>Edit the greeting in the code and save it (Ctrl+S). Saving deploys the code to `$LATEST`;
on AWS every deployment also replaces the execution environments that ran the old code.</source>
        <translation>在代码中编辑问候语并保存（Ctrl+S）。保存会将代码部署到 `$LATEST`；
在 AWS 上，每次部署还会替换运行旧代码的执行环境。</translation>
    </message>
    <message>
        <source>Run the new code</source>
        <translation>运行新代码</translation>
    </message>
    <message>
        <source>Invoke again and look at the REPORT line: it now shows an Init Duration. The new code
needed a fresh execution environment, so this invocation was a cold start.</source>
        <translation>再次调用并查看 REPORT 行：现在它显示了 Init Duration。
新代码需要全新的执行环境，因此这次调用是冷启动。</translation>
    </message>
    <message>
        <source>Press **Test** (Ctrl+Enter) to invoke the function with the &quot;hello&quot; event. Lambda passes the event to
your handler, waits for it to return, and sends the returned value back as the response.</source>
        <translation>按**测试**（Ctrl+Enter），使用“hello”事件调用函数。Lambda 将事件传递给您的处理程序，
等待其返回，然后将返回值作为响应发回。</translation>
    </message>
    <message>
        <source>A Lambda function is code plus configuration: you never start a server, Lambda runs your
handler when something invokes it. Starting this lesson creates the function
**learn-first-function** from the hello-world blueprint and selects it.</source>
        <translation>Lambda 函数就是代码加配置：您从不启动服务器，有东西调用它时 Lambda 就运行您的处理程序。开始本课时会从 hello-world 蓝图创建函数 **learn-first-function** 并选中它。</translation>
    </message>
</context>
<context>
    <name>lesson:memory-and-cpu</name>
    <message>
        <source>Memory and CPU</source>
        <translation>内存和 CPU</translation>
    </message>
    <message>
        <source>Run the same work at 128 MB and at 1769 MB and compare the durations.</source>
        <translation>分别在 128 MB 和 1769 MB 下运行相同的工作，并比较持续时间。</translation>
    </message>
    <message>
        <source>On Lambda the memory size sets more than memory: CPU power grows with it, up to one full
vCPU at 1769 MB. This function does the same CPU work on every invocation.</source>
        <translation>在 Lambda 上，内存大小决定的不只是内存：CPU 算力也随之增长，
在 1769 MB 时达到一个完整的 vCPU。此函数每次调用都执行相同的 CPU 工作。</translation>
    </message>
    <message>
        <source>Run at 128 MB</source>
        <translation>在 128 MB 下运行</translation>
    </message>
    <message>
        <source>Invoke the &quot;work&quot; event and note the Duration on the REPORT line. At 128 MB the function
gets about 7% of a vCPU, so CPU-bound work is slow.</source>
        <translation>调用“work”事件，记下 REPORT 行中的 Duration。在 128 MB 下，
函数只能获得约 7% 的 vCPU，因此 CPU 密集型工作很慢。</translation>
    </message>
    <message>
        <source>Raise the memory</source>
        <translation>提高内存</translation>
    </message>
    <message>
        <source>Set the memory size to 1769 MB. That is where Lambda gives a function one full vCPU;
above it, a function gets more than one vCPU, which helps only code that uses several threads.</source>
        <translation>将内存大小设置为 1769 MB。Lambda 在此值时为函数提供一个完整的 vCPU；
高于此值时，函数会获得多个 vCPU，但这只对使用多个线程的代码有帮助。</translation>
    </message>
    <message>
        <source>Run at 1769 MB</source>
        <translation>在 1769 MB 下运行</translation>
    </message>
    <message>
        <source>Invoke again and compare Duration with the run at 128 MB. With the CPU share that follows
the memory size the same work takes a fraction of the time (the status bar says whether
Lambdesk limits CPU this way here); the price per millisecond is higher, so check the cost too.</source>
        <translation>再次调用，并将 Duration 与 128 MB 时的运行进行比较。由于 CPU 份额随内存大小变化，
相同的工作只需一小部分时间（状态栏会显示 Lambdesk 在此处是否以这种方式限制 CPU）；
每毫秒的价格更高，因此也请检查成本。</translation>
    </message>
</context>
<context>
    <name>lesson:statelessness</name>
    <message>
        <source>State between invocations</source>
        <translation>调用之间的状态</translation>
    </message>
    <message>
        <source>Module state lives as long as a warm environment, and is lost when it goes.</source>
        <translation>模块状态的生命周期与热执行环境相同，执行环境消失时状态也随之丢失。</translation>
    </message>
    <message>
        <source>Variables outside the handler live as long as the execution environment. This function
counts its invocations in such a variable: watch **invocationCount** in the response.</source>
        <translation>处理程序之外的变量的生命周期与执行环境相同。
此函数在这样一个变量中统计其调用次数：请留意响应中的 **invocationCount**。</translation>
    </message>
    <message>
        <source>Count from one</source>
        <translation>从 1 开始计数</translation>
    </message>
    <message>
        <source>Invoke the function. A new environment ran the module once, so the counter starts at 1.</source>
        <translation>调用函数。新的执行环境运行了一次模块，因此计数器从 1 开始。</translation>
    </message>
    <message>
        <source>State kept while warm</source>
        <translation>热执行环境中保留的状态</translation>
    </message>
    <message>
        <source>Invoke again: the count goes up. The warm environment kept the module&apos;s state, which is
why caching clients and connections outside the handler pays off.</source>
        <translation>再次调用：计数增加了。热执行环境保留了模块的状态，
这就是为什么在处理程序之外缓存客户端和连接是值得的。</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Make a small change to the code (a comment will do) and save it. A deployment retires
the environments that ran the old code, and their state goes with them.</source>
        <translation>对代码做一个小的更改（加一条注释即可）并保存。
部署会停用运行旧代码的执行环境，它们的状态也随之消失。</translation>
    </message>
    <message>
        <source>State lost</source>
        <translation>状态丢失</translation>
    </message>
    <message>
        <source>Invoke again: the count is back to 1. Lambda gives no promise that an environment lives
on, so keep anything that matters in a database or S3, never only in memory.</source>
        <translation>再次调用：计数回到了 1。Lambda 不保证执行环境会一直存在，
因此请将重要的内容保存在数据库或 S3 中，而不要只保存在内存中。</translation>
    </message>
</context>
<context>
    <name>lesson:timeouts</name>
    <message>
        <source>Timeouts</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Run past the timeout, see Lambda stop the function, then give it more time.</source>
        <translation>运行超过超时时间，观察 Lambda 停止函数，然后给它更多时间。</translation>
    </message>
    <message>
        <source>Every function has a **timeout** (3 seconds by default, at most 900). When it passes,
Lambda stops the invocation wherever the code is.</source>
        <translation>每个函数都有一个**超时**（默认 3 秒，最多 900 秒）。超过该时间时，
Lambda 会立即停止调用，无论代码运行到哪里。</translation>
    </message>
    <message>
        <source>Run out of time</source>
        <translation>时间耗尽</translation>
    </message>
    <message>
        <source>Invoke the &quot;times-out&quot; event: it works for 5 seconds with a timeout of 3. The log says
&quot;Task timed out after 3.00 seconds&quot; and the invocation fails; nothing after that point ran.</source>
        <translation>调用“times-out”事件：它需要工作 5 秒，而超时为 3 秒。
日志显示 &quot;Task timed out after 3.00 seconds&quot;，调用失败；此后的代码都没有运行。</translation>
    </message>
    <message>
        <source>A fresh environment</source>
        <translation>全新的执行环境</translation>
    </message>
    <message>
        <source>Invoke the &quot;finishes&quot; event. A timeout resets the execution environment, so this run is a
cold start with an Init Duration.</source>
        <translation>调用“finishes”事件。超时会重置执行环境，因此这次运行是冷启动，
带有 Init Duration。</translation>
    </message>
    <message>
        <source>Raise the timeout</source>
        <translation>提高超时</translation>
    </message>
    <message>
        <source>Set the timeout to 6 seconds or more. Pick a timeout above the slowest normal run, so that
only a run that is really stuck is stopped.</source>
        <translation>将超时设置为 6 秒或更长。请选择高于最慢的正常运行时间的超时，
这样只有真正卡住的运行才会被停止。</translation>
    </message>
    <message>
        <source>Finish in time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Invoke &quot;times-out&quot; again: it now finishes its 5 seconds. You pay for the time a function
runs, so a long timeout costs nothing until it is used.</source>
        <translation>再次调用“times-out”：现在它能完成 5 秒的工作。您为函数运行的时间付费，
因此较长的超时在被用到之前不会产生任何费用。</translation>
    </message>
</context>
<context>
    <name>lesson:versions-and-aliases</name>
    <message>
        <source>Versions and aliases</source>
        <translation>版本和别名</translation>
    </message>
    <message>
        <source>Publish versions, point an alias at one, and move it when the next is ready.</source>
        <translation>发布版本，将别名指向其中一个版本，并在下一个版本就绪时移动别名。</translation>
    </message>
    <message>
        <source>`$LATEST` is the code you edit. A **version** is an immutable snapshot of code and
configuration; an **alias** is a name that points at a version, so callers need not change.</source>
        <translation>`$LATEST` 是您编辑的代码。**版本**是代码和配置的不可变快照；
**别名**是指向某个版本的名称，因此调用方无需更改。</translation>
    </message>
    <message>
        <source>Publish version 1</source>
        <translation>发布版本 1</translation>
    </message>
    <message>
        <source>Create an alias</source>
        <translation>创建别名</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>更改代码</translation>
    </message>
    <message>
        <source>Edit the greeting and save. Only `$LATEST` changes; the published version keeps its code.</source>
        <translation>编辑问候语并保存。只有 `$LATEST` 会改变；已发布的版本保留其代码。</translation>
    </message>
    <message>
        <source>Publish version 2</source>
        <translation>发布版本 2</translation>
    </message>
    <message>
        <source>Publish again: the new code becomes the next version.</source>
        <translation>再次发布：新代码成为下一个版本。</translation>
    </message>
    <message>
        <source>Invoke the alias</source>
        <translation>调用别名</translation>
    </message>
    <message>
        <source>Move the alias</source>
        <translation>移动别名</translation>
    </message>
    <message>
        <source>Press **Publish new version**. Lambda copies the code and configuration of `$LATEST` into a
numbered version that never changes.</source>
        <translation>按**发布新版本**。Lambda 将 `$LATEST` 的代码和配置复制到一个带编号的版本中，
该版本永不改变。</translation>
    </message>
    <message>
        <source>Press **Create alias** and make &quot;live&quot; point at that version. Callers invoke
learn-versions:live, and you decide which version that means.</source>
        <translation>按**创建别名**，让“live”指向该版本。调用方调用
learn-versions:live，而由您决定它对应哪个版本。</translation>
    </message>
    <message>
        <source>Choose &quot;live&quot; as the qualifier in the Test tab and invoke: it still runs the first version,
so callers do not see the new code until you decide.</source>
        <translation>在“测试”选项卡中选择“live”作为限定符，然后调用：它仍运行第一个版本，
因此在您决定之前，调用方看不到新代码。</translation>
    </message>
    <message>
        <source>Edit &quot;live&quot; to point at the new version. Moving an alias is how you release, and moving it back
is how you roll back, with no redeployment.</source>
        <translation>编辑“live”，使其指向新版本。移动别名就是发布新版本的方式，
而将其移回就是回滚的方式，无需重新部署。</translation>
    </message>
</context>
</TS>
