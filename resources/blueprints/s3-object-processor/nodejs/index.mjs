// Process S3 "object created" notifications.
//
// S3 sends one event with a list of Records; each record names a bucket and an
// object key. Real code would now download the object (with the AWS SDK) and do
// something with it; here we decode, log and summarise, so it runs offline.

// S3 URL-encodes keys in notifications: "my file.txt" arrives as "my+file.txt"
// and "(" as "%28". decodeURIComponent does not turn "+" into a space, so
// replace those first. Forgetting this is a classic bug: GetObject then fails.
const decodeKey = (rawKey) => decodeURIComponent(rawKey.replace(/\+/g, ' '));

export const handler = async (event, context) => {
  const objects = [];
  for (const record of event.Records ?? []) {
    // Only handle the events we subscribed to; ignore anything else.
    if (!record.eventName?.startsWith('ObjectCreated:')) {
      console.log(`Skipping ${record.eventName}`);
      continue;
    }

    const bucket = record.s3.bucket.name;
    const rawKey = record.s3.object.key;
    const key = decodeKey(rawKey);
    const size = record.s3.object.size ?? 0;

    console.log(`New object s3://${bucket}/${key} (${size} bytes), raw key ${JSON.stringify(rawKey)}`);
    objects.push({ bucket, key, size });
  }

  const summary = {
    processed: objects.length,
    totalBytes: objects.reduce((total, o) => total + o.size, 0),
    objects,
  };
  console.log(`Processed ${summary.processed} object(s), ${summary.totalBytes} bytes`);
  return summary;
};
