// Hello world: the smallest useful Lambda function.
//
// Lambda calls `handler(event, context)` once per invocation:
//   - event   is the JSON you send (here: {"name": "Ada"}), already parsed.
//   - context has facts about this invocation (request id, remaining time, ...).
// The value the returned promise resolves to is sent back as JSON.

export const handler = async (event, context) => {
  // `??` supplies a default when "name" is missing (undefined or null).
  const name = event?.name ?? 'world';

  // console.log goes to the function's log, between this request's START and END lines.
  console.log(`Saying hello to ${name} (request ${context.awsRequestId})`);

  // statusCode + a *string* body is what API Gateway and function URLs expect,
  // so the same code works behind an HTTP endpoint.
  return {
    statusCode: 200,
    body: JSON.stringify({ message: `Hello, ${name}!` }),
  };
};
