"""Hello world: the smallest useful Lambda function.

Lambda calls lambda_handler(event, context) once per invocation:
  - event   is the JSON you send (here: {"name": "Ada"}), already parsed into a dict.
  - context has facts about this invocation (request id, remaining time, ...).
Whatever you return is turned back into JSON and becomes the response.
"""
import json


def lambda_handler(event, context):
    # .get() with a default keeps the function working when "name" is missing.
    name = event.get("name", "world")

    # Anything printed goes to the function's log (CloudWatch Logs on AWS,
    # the log viewer here), between the START and END lines of this request.
    print(f"Saying hello to {name} (request {context.aws_request_id})")

    # This shape (statusCode + a *string* body) is what API Gateway and
    # function URLs expect, so the same code works behind an HTTP endpoint.
    return {
        "statusCode": 200,
        "body": json.dumps({"message": f"Hello, {name}!"}),
    }
