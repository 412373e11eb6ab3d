// InvokeWithResponseStream with the real @aws-sdk/client-lambda, for tst_responsestreaming.
//   node stream-call.mjs '<input JSON>' [GO_FILE]
// Env: LAMBDESK_NODE_CLIENTS (the DEST of install-node-clients.sh), LAMBDESK_ENDPOINT,
// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION. Input extra: PayloadText (a string).
// Prints one JSON line per event as the SDK hands it over ({"chunk"}, {"complete"}), after a
// first line {"head"}; creates GO_FILE as soon as the first PayloadChunk has arrived (the
// handler under test waits for that file before it writes its second chunk).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const [, , inputJson, goFile] = process.argv;
const clients = process.env.LAMBDESK_NODE_CLIENTS;
if (!clients || !inputJson) {
    console.error("usage: LAMBDESK_NODE_CLIENTS=DIR node stream-call.mjs '<input JSON>' [GO_FILE]");
    process.exit(2);
}
const require = createRequire(clients + '/node_modules/');
const sdk = require('@aws-sdk/client-lambda');
const print = (o) => process.stdout.write(JSON.stringify(o) + '\n');

const input = JSON.parse(inputJson);
if (input.PayloadText !== undefined) {
    input.Payload = Buffer.from(input.PayloadText);
    delete input.PayloadText;
}
const client = new sdk.LambdaClient({
    endpoint: process.env.LAMBDESK_ENDPOINT,
    region: process.env.AWS_REGION || 'us-east-1',
    credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY },
    maxAttempts: 1,
});

try {
    const out = await client.send(new sdk.InvokeWithResponseStreamCommand(input));
    print({ head: { status: out.$metadata.httpStatusCode, requestId: out.$metadata.requestId, executedVersion: out.ExecutedVersion } });
    let chunks = 0;
    for await (const event of out.EventStream) {
        if (event.PayloadChunk) {
            print({ chunk: Buffer.from(event.PayloadChunk.Payload ?? []).toString('utf8') });
            if (++chunks === 1 && goFile) writeFileSync(goFile, '');
        } else if (event.InvokeComplete) {
            print({ complete: event.InvokeComplete });
        } else {
            print({ other: Object.keys(event) });
        }
    }
} catch (e) {
    print({ error: e.name, status: e.$metadata?.httpStatusCode, message: e.message });
}
