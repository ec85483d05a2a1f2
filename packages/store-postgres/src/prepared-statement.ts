import { createHash } from 'node:crypto';

/** A statement that each connection parses and plans once, under a name its text decides. */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

// The name is a digest of the text, so stores on other schemas never reuse another's
// statement, and a changed text is a new statement.
export const prepared = (text: string): PreparedStatement => ({
  name: `debiteur_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`,
  text,
});
