/**
 * Reads a MIME message as the tests need it: the header block (unfolded) and the bodies with
 * quoted-printable undone, which is how nodemailer encodes mostly-ASCII letters.
 */
export const readMail = (
  raw: string,
): { header: (name: string) => string | null; body: string } => {
  const split = raw.indexOf('\r\n\r\n');
  const head = (split === -1 ? raw : raw.slice(0, split)).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string): string | null => {
    const line = head
      .split('\r\n')
      .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
    return line === undefined ? null : line.slice(name.length + 1).trim();
  };
  const qp = raw
    .slice(split === -1 ? 0 : split)
    .replace(/=\r?\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (run) =>
      Buffer.from(
        run
          .split('=')
          .slice(1)
          .map((h) => parseInt(h, 16)),
      ).toString('utf8'),
    );
  return { header, body: qp };
};

/** The PDF attachments of a MIME message: each part of type application/pdf, base64 undone. */
export const pdfAttachmentsOf = (
  raw: string,
): { readonly fileName: string | null; readonly content: Buffer }[] =>
  raw.split(/\r\n--[^\r\n]+/).flatMap((part) => {
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) return [];
    const head = part.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
    if (!/content-type:\s*application\/pdf/i.test(head)) return [];
    const fileName = /filename="?([^";\r\n]+)"?/i.exec(head)?.[1] ?? null;
    return [
      { fileName, content: Buffer.from(part.slice(split + 4).replace(/\s+/g, ''), 'base64') },
    ];
  });
