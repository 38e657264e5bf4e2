import bcrypt from "bcryptjs";

// bcrypt at cost 11 (~150 ms here): slow enough to make offline guessing expensive, fast enough
// for a sign-in.
const COST = 11;

export const hashPassword = (plain: string) => bcrypt.hash(plain, COST);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

// Compared against when the account does not exist, so an unknown user costs the same time as a
// wrong password. Made once per process with the same cost as real hashes.
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= bcrypt.hash("no-such-account", COST));
