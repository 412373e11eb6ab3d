"""Timeouts: Lambda stops a function that runs past its configured timeout.

When the deadline passes, the function is stopped wherever it is, the log
shows "Task timed out after 3.00 seconds" and the invocation fails. Nothing
after that point runs, so work half done stays half done.

context.get_remaining_time_in_millis() tells you how long you have left, so
long-running code can stop cleanly (and save progress) before the deadline.
"""
import time

# With "stopBeforeTimeout", keep at least this much time spare for cleaning up.
SAFETY_MARGIN_MS = 500


def lambda_handler(event, context):
    sleep_seconds = event.get("sleepSeconds", 5)
    stop_early = event.get("stopBeforeTimeout", False)
    print(f"Going to work for {sleep_seconds} s; "
          f"{context.get_remaining_time_in_millis()} ms left before the timeout")

    done = 0
    while done < sleep_seconds:
        step = min(1, sleep_seconds - done)
        # Will the next step (plus a margin) still fit before the deadline?
        if stop_early and context.get_remaining_time_in_millis() < step * 1000 + SAFETY_MARGIN_MS:
            print(f"Stopping early after {done} s to finish before the deadline")
            return {"finished": False, "secondsWorked": done,
                    "message": "stopped before the timeout; a real job would save progress here"}
        time.sleep(step)
        done += step
        print(f"Worked {done} s; {context.get_remaining_time_in_millis()} ms left")

    return {"finished": True, "secondsWorked": done}
