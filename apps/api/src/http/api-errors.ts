import { DecodeProblem } from '@debiteur/core';

/**
 * The API's own failures, thrown by controllers and handlers and turned into responses in
 * one place (`errorResponse`). Business rejections of the core arrive as `DomainRejected`.
 */
export class InvalidInput extends Error {
  override readonly name = 'InvalidInput';
  constructor(readonly problems: readonly DecodeProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  }
}

export class Unauthenticated extends Error {
  override readonly name = 'Unauthenticated';
  constructor(readonly problem: 'missing' | 'invalid') {
    super(
      problem === 'missing'
        ? 'Send an API key as Authorization: Bearer <key>'
        : 'The API key is unknown or revoked',
    );
  }
}

export type ResourceKind = 'invoice' | 'debtor' | 'route';

export class ResourceNotFound extends Error {
  override readonly name = 'ResourceNotFound';
  constructor(
    readonly resource: ResourceKind,
    readonly id: string,
  ) {
    super(`No ${resource} ${id}`);
  }
}

/** The stream's decider refused the command; `error` is the core's tagged rejection. */
export class DomainRejected extends Error {
  override readonly name = 'DomainRejected';
  constructor(
    readonly stream: 'invoice' | 'debtor' | 'tenant',
    readonly error: { readonly _tag: string } & Readonly<Record<string, unknown>>,
  ) {
    super(`The ${stream} refused the command: ${error._tag}`);
  }
}

/** An `Idempotency-Key` reused for a request that differs from the first one under it. */
export class IdempotencyKeyReused extends Error {
  override readonly name = 'IdempotencyKeyReused';
  constructor(readonly key: string) {
    super('This Idempotency-Key was used for a different request (method, path or body)');
  }
}
