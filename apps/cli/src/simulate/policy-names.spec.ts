import { join, sep } from 'node:path';
import { policyNames } from './policy-names';

describe('the column names of policy files compared', () => {
  it('are the base names when those differ', () => {
    expect(policyNames(['a/day-15.json', 'b/adaptive.json'])).toEqual([
      'day-15.json',
      'adaptive.json',
    ]);
  });

  it('are the shortest distinguishing paths when the base names clash', () => {
    expect(policyNames(['runs/a/policy.json', 'runs/b/policy.json'])).toEqual([
      join('a', 'policy.json'),
      join('b', 'policy.json'),
    ]);
    expect(policyNames(['x/old/p.json', 'x/new/old/p.json'])).toEqual([
      ['x', 'old', 'p.json'].join(sep),
      ['new', 'old', 'p.json'].join(sep),
    ]);
  });

  it('tell the same file named twice apart by its place', () => {
    expect(policyNames(['p.json', './p.json'])).toEqual(['p.json', 'p.json #2']);
  });
});
