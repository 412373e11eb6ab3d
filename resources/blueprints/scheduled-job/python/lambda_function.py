"""A scheduled cleanup job triggered by an EventBridge rule or schedule.

EventBridge sends an event like:
    {"detail-type": "Scheduled Event", "source": "aws.events",
     "time": "2024-05-14T03:00:00Z", "resources": ["arn:...:rule/nightly-cleanup"], ...}

Use event["time"] rather than the current clock: if the invocation is
delayed or retried, the job still works on the period it was scheduled for.
"""
import os
from datetime import datetime, timedelta

# Configuration comes from environment variables (set in blueprint.json).
RETENTION = timedelta(hours=int(os.environ.get("RETENTION_HOURS", "24")))

# Stand-in for rows in a database: session id -> last time it was seen.
SESSIONS = {
    "sess-a1": "2024-05-14T02:45:00Z",
    "sess-b2": "2024-05-13T20:10:00Z",
    "sess-c3": "2024-05-12T23:59:00Z",
    "sess-d4": "2024-05-10T08:00:00Z",
    "sess-e5": "2024-05-13T03:30:00Z",
}


def parse_time(text):
    # fromisoformat() in Python 3.11 accepts the trailing "Z" used by AWS.
    return datetime.fromisoformat(text)


def lambda_handler(event, context):
    if event.get("detail-type") != "Scheduled Event":
        print(f"Ignoring event of type {event.get('detail-type')!r}")
        return {"skipped": True}

    run_time = parse_time(event["time"])
    cutoff = run_time - RETENTION
    print(f"Cleanup run scheduled for {run_time.isoformat()} "
          f"by {event.get('resources', ['?'])[0]}; removing sessions older than {cutoff.isoformat()}")

    expired = sorted(sid for sid, seen in SESSIONS.items() if parse_time(seen) < cutoff)
    for sid in expired:
        print(f"  would delete {sid} (last seen {SESSIONS[sid]})")

    result = {
        "scheduledTime": event["time"],
        "cutoff": cutoff.isoformat().replace("+00:00", "Z"),
        "removed": expired,
        "kept": len(SESSIONS) - len(expired),
    }
    print(f"Removed {len(expired)}, kept {result['kept']}")
    return result
