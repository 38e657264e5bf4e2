import { randomInt } from "node:crypto";

// Passwords people choose (or managers hand out) for this dashboard. Length beats composition
// rules: at least 10 characters, and never the username or the password being replaced.
export const passwordMinLength = 10;
export const passwordMaxLength = 200;

/** Message keys for what is wrong with a new password; empty when it is acceptable. */
export function passwordProblems(password: string, context: { username: string; current?: string }): string[] {
  const problems: string[] = [];
  if (password.length < passwordMinLength) problems.push("password.errors.tooShort");
  if (password.length > passwordMaxLength) problems.push("password.errors.tooLong");
  if (context.username && password.trim().toLowerCase() === context.username.trim().toLowerCase()) {
    problems.push("password.errors.sameAsUsername");
  }
  if (context.current !== undefined && password === context.current) problems.push("password.errors.sameAsCurrent");
  return problems;
}

// No 0/O, 1/l/I: a temporary password is read aloud or copied from paper in a ward office.
const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random temporary password, 4-4-4 groups (e.g. "k7Qm-x2Ra-9TfE"): 14 characters, ~71 bits. */
export function generateTemporaryPassword(): string {
  const group = () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return `${group()}-${group()}-${group()}`;
}
