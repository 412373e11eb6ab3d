"""Process a batch of SQS messages, reporting failures one message at a time.

How SQS + Lambda works: Lambda polls the queue and calls the function with a
batch of messages in event["Records"]. What happens next depends on the result:
  - the function raises an error  -> the WHOLE batch returns to the queue and is
    retried, including the messages that were processed fine;
  - the function returns normally -> the whole batch is deleted from the queue...
  - ...unless the event source mapping has "ReportBatchItemFailures" turned on.
    Then the function returns {"batchItemFailures": [{"itemIdentifier": id}, ...]}
    and only the listed messages go back to the queue (and eventually to a
    dead-letter queue once they exceed maxReceiveCount).
"""
import json

REQUIRED_FIELD = "orderId"


class BadMessage(Exception):
    """A message we can never process, however often it is retried."""


def process(record):
    """Handle one message; raise on failure."""
    try:
        body = json.loads(record["body"])
    except json.JSONDecodeError as err:
        raise BadMessage(f"body is not valid JSON: {err}") from err
    if not isinstance(body, dict) or REQUIRED_FIELD not in body:
        raise BadMessage(f"body has no {REQUIRED_FIELD!r} field")
    # Real work would go here (write to a database, call an API, ...).
    print(f"Processed order {body[REQUIRED_FIELD]} (message {record['messageId']})")


def lambda_handler(event, context):
    failures = []
    records = event.get("Records", [])
    for record in records:
        try:
            process(record)
        except Exception as err:  # one bad message must not stop the others
            print(f"FAILED message {record['messageId']}: {err}")
            failures.append({"itemIdentifier": record["messageId"]})

    print(f"{len(records) - len(failures)} succeeded, {len(failures)} failed")
    # An empty list means "all good, delete the whole batch".
    return {"batchItemFailures": failures}
