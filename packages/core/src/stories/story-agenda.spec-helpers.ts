import type { StoryWorld } from './story-world.spec-helpers';

/** Something that happens in a story on a given day: a payment, a call, an invoice. */
export type Happening = readonly [date: string, happen: (world: StoryWorld) => void];

/** What happens on given dates (`YYYY-MM-DD`) while the world lives through days. */
export type Agenda = Readonly<Record<string, (world: StoryWorld) => void>>;

/** An agenda from dated happenings; several on one day happen in the order given. */
export const agendaOf = (...happenings: readonly Happening[]): Agenda => {
  const byDate = new Map<string, ((world: StoryWorld) => void)[]>();
  for (const [date, happen] of happenings) {
    byDate.set(date, [...(byDate.get(date) ?? []), happen]);
  }
  return Object.fromEntries(
    [...byDate.entries()].map(([date, all]) => [
      date,
      (world: StoryWorld) => all.forEach((happen) => happen(world)),
    ]),
  );
};

/**
 * Builds a world once for a whole spec file; each test then takes its own `fork()`, so a long
 * history is lived through once and the tests stay independent.
 */
export const builtOnce = <A>(build: () => A): (() => A) => {
  let built: { readonly value: A } | null = null;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
};
