// The counters a support record carries, in form order. Apart from the zod schemas so the entry
// form (a client component) can list them without shipping zod: zod probes `new Function` when
// its first object schema is built, which the nonce CSP reports as a violation.
export const counterFields = [
  "peopleServed",
  "householdsServed",
  "eidActivated",
  "signaturesInstalled",
  "simsGiven",
  "dossiersSubmitted",
  "paymentAppsInstalled",
  "smartphonesDonated",
] as const;
export type CounterField = (typeof counterFields)[number];
export type Counters = Record<CounterField, number>;
