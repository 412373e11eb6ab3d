// One Lambda API call with the real @aws-sdk/client-lambda, for tst_nodesdk.
//   node lambda-call.mjs <Command> '<input JSON>'
// Env: LAMBDESK_NODE_CLIENTS (the DEST of install-node-clients.sh), LAMBDESK_ENDPOINT,
// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION.
// Input extras, since JSON has no bytes: Code.ZipFileBase64 / ZipFileBase64 (base64 of a zip),
// PayloadText (a string), PayloadFile (a path). Prints one JSON line: the outcome as the SDK
// reported it (the HTTP status, request id and output, or the error's name, status and message).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const [, , command, inputJson] = process.argv;
const clients = process.env.LAMBDESK_NODE_CLIENTS;
if (!clients || !command) {
    console.error('usage: LAMBDESK_NODE_CLIENTS=DIR node lambda-call.mjs <Command> [input JSON]');
    process.exit(2);
}
const require = createRequire(clients + '/node_modules/');
const sdk = require('@aws-sdk/client-lambda');
const Command = sdk[command + 'Command'];
if (!Command) {
    console.error(`@aws-sdk/client-lambda has no ${command}Command`);
    process.exit(2);
}

const input = JSON.parse(inputJson || '{}');
if (input.Code?.ZipFileBase64 !== undefined) {
    input.Code.ZipFile = Buffer.from(input.Code.ZipFileBase64, 'base64');
    delete input.Code.ZipFileBase64;
}
if (input.ZipFileBase64 !== undefined) {
    input.ZipFile = Buffer.from(input.ZipFileBase64, 'base64');
    delete input.ZipFileBase64;
}
if (input.PayloadText !== undefined) {
    input.Payload = Buffer.from(input.PayloadText);
    delete input.PayloadText;
}
if (input.PayloadFile !== undefined) {
    input.Payload = readFileSync(input.PayloadFile);
    delete input.PayloadFile;
}

const client = new sdk.LambdaClient({
    endpoint: process.env.LAMBDESK_ENDPOINT,
    region: process.env.AWS_REGION || 'us-east-1',
    credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY },
    maxAttempts: 1, // report errors, do not retry them
});

let result;
try {
    const out = await client.send(new Command(input));
    const { $metadata, Payload, ...rest } = out;
    result = { ok: true, status: $metadata.httpStatusCode, requestId: $metadata.requestId, output: rest };
    if (Payload != null)
        result.payload = Buffer.from(Payload).toString('utf8');
} catch (e) {
    result = { ok: false, name: e.name, status: e.$metadata?.httpStatusCode, message: e.message, type: e.Type, fault: e.$fault };
}
process.stdout.write(JSON.stringify(result) + '\n');
