// Errors: what the caller sees when a handler throws.
//
// An error that escapes the handler (or a rejected promise) becomes the result:
//   {"errorType": "ValidationError",
//    "errorMessage": "quantity must be a whole number >= 1, got -3",
//    "stackTrace": ["ValidationError: quantity must be ...", "    at validate (file:///.../index.mjs:...)", ...]}
// errorType comes from the error's `name`, so a custom class gives callers
// (and Step Functions retry/catch rules) something precise to match on.
//
// To report a problem WITHOUT failing the invocation (for example behind API
// Gateway), catch the error and return a normal response instead, such as
// { statusCode: 400, body: err.message }.

// The input is wrong; retrying the same input will never help.
class ValidationError extends Error {
  constructor(field, message) {
    super(`${field} ${message}`);
    this.name = 'ValidationError'; // without this, errorType would just be "Error"
    this.field = field;
  }
}

const validate = (order) => {
  if (typeof order.orderId !== 'string' || order.orderId === '') {
    throw new ValidationError('orderId', 'must be a non-empty string');
  }
  if (!Number.isInteger(order.quantity) || order.quantity < 1) {
    throw new ValidationError('quantity', `must be a whole number >= 1, got ${JSON.stringify(order.quantity)}`);
  }
};

export const handler = async (event, context) => {
  if (event.simulateBug) {
    // An ordinary bug: reading a property of undefined throws a TypeError.
    // It is reported exactly like our own error, with errorType "TypeError".
    return { total: event.missing.total };
  }

  // Throwing here ends the invocation as a failure; nothing below runs.
  validate(event);

  const unitPrice = event.unitPrice ?? 9.99;
  const total = Math.round(event.quantity * unitPrice * 100) / 100;
  console.log(`Order ${event.orderId}: ${event.quantity} x ${unitPrice} = ${total}`);
  return { orderId: event.orderId, total };
};
