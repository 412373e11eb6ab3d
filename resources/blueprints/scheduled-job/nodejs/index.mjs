// A scheduled cleanup job triggered by an EventBridge rule or schedule.
//
// EventBridge sends an event like:
//   {"detail-type": "Scheduled Event", "source": "aws.events",
//    "time": "2024-05-14T03:00:00Z", "resources": ["arn:...:rule/nightly-cleanup"], ...}
//
// Use event.time rather than the current clock: if the invocation is delayed
// or retried, the job still works on the period it was scheduled for.

// Configuration comes from environment variables (set in blueprint.json).
const RETENTION_MS = Number(process.env.RETENTION_HOURS ?? '24') * 60 * 60 * 1000;

// Stand-in for rows in a database: session id -> last time it was seen.
const sessions = {
  'sess-a1': '2024-05-14T02:45:00Z',
  'sess-b2': '2024-05-13T20:10:00Z',
  'sess-c3': '2024-05-12T23:59:00Z',
  'sess-d4': '2024-05-10T08:00:00Z',
  'sess-e5': '2024-05-13T03:30:00Z',
};

export const handler = async (event, context) => {
  if (event['detail-type'] !== 'Scheduled Event') {
    console.log(`Ignoring event of type ${JSON.stringify(event['detail-type'])}`);
    return { skipped: true };
  }

  const runTime = new Date(event.time);
  const cutoff = new Date(runTime.getTime() - RETENTION_MS);
  console.log(`Cleanup run scheduled for ${runTime.toISOString()} by ${event.resources?.[0] ?? '?'}; ` +
              `removing sessions older than ${cutoff.toISOString()}`);

  const expired = Object.entries(sessions)
    .filter(([, lastSeen]) => new Date(lastSeen) < cutoff)
    .map(([id]) => id)
    .sort();
  for (const id of expired) {
    console.log(`  would delete ${id} (last seen ${sessions[id]})`);
  }

  const result = {
    scheduledTime: event.time,
    cutoff: cutoff.toISOString().replace('.000Z', 'Z'),
    removed: expired,
    kept: Object.keys(sessions).length - expired.length,
  };
  console.log(`Removed ${expired.length}, kept ${result.kept}`);
  return result;
};
