// Process a batch of SQS messages, reporting failures one message at a time.
//
// How SQS + Lambda works: Lambda polls the queue and calls the function with a
// batch of messages in event.Records. What happens next depends on the result:
//   - the function throws            -> the WHOLE batch returns to the queue and
//     is retried, including the messages that were processed fine;
//   - the function returns normally  -> the whole batch is deleted from the queue...
//   - ...unless the event source mapping has "ReportBatchItemFailures" turned on.
//     Then the function returns {batchItemFailures: [{itemIdentifier: id}, ...]}
//     and only the listed messages go back to the queue (and eventually to a
//     dead-letter queue once they exceed maxReceiveCount).

const REQUIRED_FIELD = 'orderId';

// Handle one message; throw on failure.
const processRecord = async (record) => {
  let body;
  try {
    body = JSON.parse(record.body);
  } catch (err) {
    throw new Error(`body is not valid JSON: ${err.message}`);
  }
  if (typeof body !== 'object' || body === null || !(REQUIRED_FIELD in body)) {
    throw new Error(`body has no "${REQUIRED_FIELD}" field`);
  }
  // Real work would go here (write to a database, call an API, ...).
  console.log(`Processed order ${body[REQUIRED_FIELD]} (message ${record.messageId})`);
};

export const handler = async (event, context) => {
  const failures = [];
  const records = event.Records ?? [];
  for (const record of records) {
    try {
      await processRecord(record);
    } catch (err) {
      // One bad message must not stop the others.
      console.log(`FAILED message ${record.messageId}: ${err.message}`);
      failures.push({ itemIdentifier: record.messageId });
    }
  }

  console.log(`${records.length - failures.length} succeeded, ${failures.length} failed`);
  // An empty list means "all good, delete the whole batch".
  return { batchItemFailures: failures };
};
