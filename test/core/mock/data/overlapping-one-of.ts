// Contract shapes of `oneOf`s without a discriminator whose branches overlap, as Vonage's and Linode's
// published descriptions write them (issue 18 §10), written anew: each branch alone accepts what the others
// generate, so a value must be chosen (or made distinguishable) to fit exactly one.
const str = { type: 'string' };

export const OVERLAPPING = {
  // Vonage Verify: the error branch declares every property of the success branch and more; none required.
  Accepted: { type: 'object', properties: { request_id: { type: 'string', maxLength: 32 }, status: str } },
  Refused: {
    type: 'object',
    properties: { error_text: str, network: str, request_id: { type: 'string', maxLength: 32 }, status: str },
  },
  Outcome: { oneOf: [{ $ref: '#/components/schemas/Accepted' }, { $ref: '#/components/schemas/Refused' }] },
  // Vonage Audit: an event's `context`, three open objects sharing `country` and `msisdn`.
  AuditEvent: {
    type: 'object',
    required: ['id', 'context'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      context: {
        type: 'object',
        oneOf: [
          { type: 'object', properties: { appId: str, created: { type: 'object', properties: { name: str } } } },
          { type: 'object', properties: { account: str, country: str, msisdn: str } },
          {
            type: 'object',
            properties: { country: str, msisdn: str, 'voice-type': { type: 'string', enum: ['tel', 'sip'] } },
          },
        ],
      },
    },
  },
  // Vonage Reports: records of several products, told apart only by their `status` enums.
  Base: { type: 'object', required: ['product'], properties: { product: { type: 'string', enum: ['SMS', 'VOICE'] } } },
  SmsRecord: {
    allOf: [
      { $ref: '#/components/schemas/Base' },
      { properties: { status: { type: 'string', enum: ['delivered', 'failed'] } } },
    ],
  },
  CallRecord: {
    allOf: [
      { $ref: '#/components/schemas/Base' },
      { properties: { status: { type: 'string', enum: ['answered', 'failed'] } } },
    ],
  },
  Record: { oneOf: [{ $ref: '#/components/schemas/SmsRecord' }, { $ref: '#/components/schemas/CallRecord' }] },
  // Vonage SMS: the branches differ only inside their array items.
  Sent: {
    type: 'object',
    properties: { count: str, messages: { type: 'array', items: { $ref: '#/components/schemas/Message' } } },
  },
  Failed: {
    type: 'object',
    properties: { count: str, messages: { type: 'array', items: { $ref: '#/components/schemas/Problem' } } },
  },
  Message: { type: 'object', properties: { id: str, to: str, status: str } },
  Problem: { type: 'object', properties: { status: str, 'error-text': str } },
  SmsResponse: { oneOf: [{ $ref: '#/components/schemas/Sent' }, { $ref: '#/components/schemas/Failed' }] },
  // Linode payment methods: a discriminator whose branches do not declare it; two branches identical.
  Card: { type: 'object', properties: { card_type: str, last_four: str } },
  Wallet: { type: 'object', properties: { card_type: str, last_four: str } },
  PayPal: { type: 'object', properties: { email: str, paypal_id: str } },
  PaymentData: {
    discriminator: { propertyName: 'type' },
    oneOf: [
      { $ref: '#/components/schemas/Card' },
      { $ref: '#/components/schemas/Wallet' },
      { $ref: '#/components/schemas/PayPal' },
    ],
  },
  // Exactly one of two properties.
  Target: {
    type: 'object',
    properties: { email: { type: 'string', format: 'email' }, phone: str },
    oneOf: [{ required: ['email'] }, { required: ['phone'] }],
  },
  // A scalar: a plain string also admits the enum's values.
  Channel: { oneOf: [{ type: 'string', enum: ['sms', 'voice'] }, { type: 'string' }] },
};
