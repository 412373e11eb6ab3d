"""Process S3 "object created" notifications.

S3 sends one event with a list of Records; each record names a bucket and an
object key. Real code would now download the object (with boto3) and do
something with it; here we decode, log and summarise, so it runs offline.
"""
from urllib.parse import unquote_plus


def lambda_handler(event, context):
    objects = []
    for record in event.get("Records", []):
        # Only handle the events we subscribed to; ignore anything else.
        if not record.get("eventName", "").startswith("ObjectCreated:"):
            print(f"Skipping {record.get('eventName')}")
            continue

        bucket = record["s3"]["bucket"]["name"]
        raw_key = record["s3"]["object"]["key"]
        # S3 URL-encodes keys in notifications: "my file.txt" arrives as
        # "my+file.txt" and "(" as "%28". unquote_plus reverses both.
        # Forgetting this is a classic bug: GetObject then fails with NoSuchKey.
        key = unquote_plus(raw_key)
        size = record["s3"]["object"].get("size", 0)

        print(f"New object s3://{bucket}/{key} ({size} bytes), raw key {raw_key!r}")
        objects.append({"bucket": bucket, "key": key, "size": size})

    summary = {
        "processed": len(objects),
        "totalBytes": sum(o["size"] for o in objects),
        "objects": objects,
    }
    print(f"Processed {summary['processed']} object(s), {summary['totalBytes']} bytes")
    return summary
