import { execFileSync } from 'node:child_process';
import { TempFolder, tempFolder } from '@debiteur/store-sqlite/testing';
import { readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/**
 * Runs a poppler-utils tool; a missing tool fails the test with what to install, so a
 * machine without poppler never passes (or skips) the PDF checks silently.
 */
const poppler = (tool: 'pdftotext' | 'pdftoppm', args: readonly string[]): void => {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${tool} is not installed: the PDF tests need poppler-utils (apt-get install poppler-utils)`,
      );
    }
    throw error;
  }
};

const inTempFolder = <A>(work: (folder: TempFolder) => A): A => {
  const folder = tempFolder('pdf');
  try {
    return work(folder);
  } finally {
    folder.remove();
  }
};

/** The text of a PDF as pdftotext reads it, with every run of white space made one space. */
export const pdfText = (pdf: Buffer): string =>
  inTempFolder((folder) => {
    writeFileSync(folder.path('letter.pdf'), pdf);
    poppler('pdftotext', ['-enc', 'UTF-8', folder.path('letter.pdf'), folder.path('letter.txt')]);
    return readFileSync(folder.path('letter.txt'), 'utf8').replace(/\s+/g, ' ');
  });

/** One page of a PDF as a PNG, as `pdftoppm -png -r <dpi> -f <page> -l <page>` draws it. */
export const pdfPageAsPng = (pdf: Buffer, page: number, dpi: number): Buffer =>
  inTempFolder((folder) => {
    writeFileSync(folder.path('letter.pdf'), pdf);
    poppler('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      folder.path('letter.pdf'),
      folder.path('page'),
    ]);
    return readFileSync(folder.path('page.png'));
  });

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/**
 * Reads an 8-bit, non-interlaced grey or RGB(A) PNG (what pdftoppm writes) far enough to
 * tell its size and how much of it is not white: the chunks, the inflated image data and
 * the five row filters of the PNG specification.
 */
export const readPng = (png: Buffer): { width: number; height: number; inkFraction: number } => {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  let header: Buffer | null = null;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += length + 12;
  }
  if (header === null) throw new Error('PNG without IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth, colourType, , , interlace] = [8, 9, 10, 11, 12].map((i) => header.readUInt8(i));
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType ?? -1];
  if (bitDepth !== 8 || interlace !== 0 || channels === undefined) {
    throw new Error(`PNG kind not read here: depth ${bitDepth}, colour ${colourType}`);
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  let previous = Buffer.alloc(stride);
  let ink = 0;
  for (let y = 0; y < height; y += 1) {
    const filter = raw.readUInt8(y * (stride + 1));
    const row = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? (row[x - channels] ?? 0) : 0;
      const up = previous[x] ?? 0;
      const upLeft = x >= channels ? (previous[x - channels] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      row[x] = ((row[x] ?? 0) + predictor) & 0xff;
    }
    for (let x = 0; x < width; x += 1) {
      const colour = Array.from(
        { length: channels >= 3 ? 3 : 1 },
        (_, c) => row[x * channels + c] ?? 0,
      );
      if (colour.some((v) => v < 200)) ink += 1;
    }
    previous = row;
  }
  return { width, height, inkFraction: ink / (width * height) };
};
