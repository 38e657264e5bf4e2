import bcrypt from "bcryptjs";

// bcrypt at cost 11: ~150 ms on the ward offices' old PCs' class of server, slow enough to make
// offline guessing expensive, fast enough for a sign-in.
const COST = 11;

export const hashPassword = (plain: string) => bcrypt.hash(plain, COST);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

// Compared against when the account does not exist, so an unknown user costs the same time as a
// wrong password and the response cannot tell the two apart.
export const DUMMY_HASH = "$2b$11$C6UzMDM.H6dfI/f/IKxGhuYp0Z0n5y0r3bXp6gI5i5Zk2m3pQnHf6";
