import { isDiskFailure, OUTCOME, OutputWriteFailed, reasonOf } from './output-write-failed';

describe('reasonOf', () => {
  it('gives a system error in words and its code, without the call and the paths', () => {
    const error = Object.assign(
      new Error("EROFS: read-only file system, rename '/d/.out.csv.1-ab.tmp' -> '/d/out.csv'"),
      { code: 'EROFS' },
    );
    expect(reasonOf(error)).toBe('read-only file system (EROFS)');
  });

  it('gives any other error as its message', () => {
    expect(reasonOf(new Error('the disk went away'))).toBe('the disk went away');
    expect(reasonOf(Object.assign(new Error('odd'), { code: 'EODD' }))).toBe('odd');
  });
});

describe('OutputWriteFailed', () => {
  it('keeps the system error’s code', () => {
    const quota = Object.assign(new Error('EDQUOT: disk quota exceeded, write'), {
      code: 'EDQUOT',
    });
    const failed = new OutputWriteFailed('out.csv', quota, OUTCOME.nothingWritten);
    expect(failed).toMatchObject({ name: 'OutputWriteFailed', code: 'EDQUOT', cause: quota });
    expect(failed.message).toBe(
      'could not write out.csv: disk quota exceeded (EDQUOT); nothing was written',
    );
  });
});

describe('isDiskFailure', () => {
  const failure = (code: string) => Object.assign(new Error(`${code}: failed, open`), { code });

  it('is a full or failing disk, which no correction of the path mends', () => {
    for (const code of ['ENOSPC', 'EDQUOT', 'EIO', 'EFBIG']) {
      expect(isDiskFailure(failure(code))).toBe(true);
    }
  });

  it('is not a path the user can fix, nor an error without a code', () => {
    for (const code of ['EACCES', 'EPERM', 'ENOENT', 'EISDIR', 'ENOTDIR', 'ELOOP', 'EROFS']) {
      expect(isDiskFailure(failure(code))).toBe(false);
    }
    expect(isDiskFailure(new Error('no space'))).toBe(false);
  });
});
