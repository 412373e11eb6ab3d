// The two arguments of every handler: the event and the context.
//
// event    the JSON the caller sent, already parsed (here an object).
// context  facts Lambda supplies about this invocation and this function.

export const handler = async (event, context) => {
  console.log(`Request ${context.awsRequestId}: got an event with keys ${Object.keys(event ?? {}).sort()}`);
  return {
    event,
    requestId: context.awsRequestId,
    functionName: context.functionName,
    functionVersion: context.functionVersion,
    invokedFunctionArn: context.invokedFunctionArn,
    memoryLimitInMB: Number(context.memoryLimitInMB),
    // How long until the timeout stops this invocation.
    remainingTimeMs: context.getRemainingTimeInMillis(),
    logGroupName: context.logGroupName,
    logStreamName: context.logStreamName,
  };
};
