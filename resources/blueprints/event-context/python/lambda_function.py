"""The two arguments of every handler: the event and the context.

event    the JSON the caller sent, already parsed (here a dict).
context  facts Lambda supplies about this invocation and this function.
"""


def lambda_handler(event, context):
    print(f"Request {context.aws_request_id}: got an event with keys {sorted(event)}")
    return {
        "event": event,
        "requestId": context.aws_request_id,
        "functionName": context.function_name,
        "functionVersion": context.function_version,
        "invokedFunctionArn": context.invoked_function_arn,
        "memoryLimitInMB": int(context.memory_limit_in_mb),
        # How long until the timeout stops this invocation.
        "remainingTimeMs": context.get_remaining_time_in_millis(),
        "logGroupName": context.log_group_name,
        "logStreamName": context.log_stream_name,
    }
