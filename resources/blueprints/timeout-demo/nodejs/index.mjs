// Timeouts: Lambda stops a function that runs past its configured timeout.
//
// When the deadline passes, the function is stopped wherever it is, the log
// shows "Task timed out after 3.00 seconds" and the invocation fails. Nothing
// after that point runs, so work half done stays half done.
//
// context.getRemainingTimeInMillis() tells you how long you have left, so
// long-running code can stop cleanly (and save progress) before the deadline.

// With "stopBeforeTimeout", keep at least this much time spare for cleaning up.
const SAFETY_MARGIN_MS = 500;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const handler = async (event, context) => {
  const sleepSeconds = event.sleepSeconds ?? 5;
  const stopEarly = event.stopBeforeTimeout ?? false;
  console.log(`Going to work for ${sleepSeconds} s; ` +
              `${context.getRemainingTimeInMillis()} ms left before the timeout`);

  let done = 0;
  while (done < sleepSeconds) {
    const step = Math.min(1, sleepSeconds - done);
    // Will the next step (plus a margin) still fit before the deadline?
    if (stopEarly && context.getRemainingTimeInMillis() < step * 1000 + SAFETY_MARGIN_MS) {
      console.log(`Stopping early after ${done} s to finish before the deadline`);
      return { finished: false, secondsWorked: done,
               message: 'stopped before the timeout; a real job would save progress here' };
    }
    await sleep(step * 1000);
    done += step;
    console.log(`Worked ${done} s; ${context.getRemainingTimeInMillis()} ms left`);
  }

  return { finished: true, secondsWorked: done };
};
